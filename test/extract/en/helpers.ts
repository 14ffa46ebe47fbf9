import type { OrganizationEntity, PersonEntity, Span } from '../../../src/schema/record.js';
import { findOrganizations } from '../../../src/stages/extract/organizations/en/index.js';
import { findPersons } from '../../../src/stages/extract/persons/en/index.js';
import { tokenize } from '../../../src/stages/extract/organizations/en/tokens.js';

/** One span per paragraph ("\n\n"-separated), as the language stage hands them over. */
export function paragraphs(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    spans.push({ start, end: start + part.length });
    start += part.length + 2;
  }
  return spans;
}

export const orgs = (text: string): OrganizationEntity[] => findOrganizations(text, paragraphs(text));
export const persons = (text: string): PersonEntity[] => findPersons(text, paragraphs(text));
export const tokens = (text: string) => tokenize(text, paragraphs(text));

/** Names (and aliases) in a compact form for assertions. */
export const names = (entities: { name: string }[]): string[] => entities.map((e) => e.name);

/** Every mention's slice is a form of the entity (its name or an alias). */
export function expectConsistentMentions(text: string, entities: (PersonEntity | OrganizationEntity)[]): string[] {
  const problems: string[] = [];
  for (const e of entities) {
    const forms = new Set([e.name, ...e.aliases]);
    for (const m of e.mentions) {
      const s = text.slice(m.start, m.end);
      if (!forms.has(s)) problems.push(`${e.name}: mention "${s}" is neither its name nor an alias`);
    }
  }
  return problems;
}
