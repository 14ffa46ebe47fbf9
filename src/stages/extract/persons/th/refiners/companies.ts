/**
 * Refiner: a role is often followed by the company it heads ("ประธานเจ้าหน้าที่บริหาร Mekong Fresh
 * Foods"), which reads like a romanized name. When the document writes the same words with a legal
 * form elsewhere ("Mekong Fresh Foods Pte. Ltd."), they are a company, not a person.
 */
import { findLatinCompanies } from '../../../organizations/th/parsers/latinCompany.js';
import type { ThaiText } from '../thai/text.js';
import type { PersonCandidate } from '../types.js';

export function dropCompanyNames(doc: ThaiText, candidates: PersonCandidate[]): PersonCandidate[] {
  if (!candidates.some((c) => c.latin)) return candidates;
  const companies = findLatinCompanies(doc.text, doc.spans);
  if (companies.length === 0) return candidates;
  const cores = new Set(companies.map((c) => c.core));
  const covered = new Uint8Array(doc.text.length + 1);
  for (const k of companies) covered.fill(1, k.start, k.end);
  return candidates.filter((c) => !c.latin || (!cores.has(c.name) && !covered[c.start]));
}
