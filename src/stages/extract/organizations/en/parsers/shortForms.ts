/**
 * Parsers for forms that only make sense next to a long form in the same document:
 *   lower-case short forms  "the interior ministry", "the foreign ministry"
 *   bare acronyms           "MOIS", "MPM", "KOICA" (resolved against bracketed definitions,
 *                           the gazetteer, or the initials of a long form found in the document)
 * "the ministry" alone is not a short form: it is too vague to name one body.
 */
import { COUNTRIES, INSTITUTION_WORDS, REPORTING_VERBS } from '../data.js';
import { isOrgRole } from '../lexicon.js';
import { isAcronym, isMixedAcronym, type Token } from '../tokens.js';
import type { OrgCandidate, OrgContext } from '../types.js';

/** Lower-case heads that take a subject-word modifier in running text. */
const SHORT_HEADS = new Set(['ministry', 'department']);
const LOWER_INSTITUTION_WORDS = new Set([...INSTITUTION_WORDS].map((w) => w.toLowerCase()));
const NOT_SUBJECT = new Set(['the', 'a', 'an', 'this', 'that', 'said', 'national', 'public', 'relevant', 'concerned', 'related', 'same', 'other', 'each', 'government', 'ministry', 'state', 'local']);

export function parseShortForms(ctx: OrgContext): OrgCandidate[] {
  const { tokens } = ctx;
  const out: OrgCandidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !SHORT_HEADS.has(t.text)) continue;
    const mod = tokens[i - 1]!;
    if (mod.kind !== 'word' || mod.para !== t.para || NOT_SUBJECT.has(mod.text) || !LOWER_INSTITUTION_WORDS.has(mod.text)) continue;
    out.push({ start: mod.start, end: t.end, first: i - 1, last: i, kind: 'short', parser: 'short-form' });
  }
  return out;
}

/** Acronyms that are never organization names on their own. */
export const NOT_ORG_ACRONYMS = new Set([
  'MOU', 'MOUs', 'MoU', 'MoUs', 'CEO', 'CEOs', 'CFO', 'CTO', 'COO', 'GDP', 'GNP', 'GNI', 'AI', 'IT', 'ICT', 'IoT', 'VR', 'AR',
  'COVID', 'SARS', 'MERS', 'HIV', 'AIDS', 'ODA', 'SME', 'SMEs', 'R&D', 'FTA', 'FTAs', 'FDI', 'ESG', 'PM', 'AM', 'TV', 'PC',
  'USD', 'KRW', 'THB', 'EUR', 'JPY', 'CNY', 'VAT', 'QR', 'ID', 'IDs', 'PDF', 'URL', 'DNA', 'RNA', 'PCR', 'EV', 'EVs', 'LNG',
  'OK', 'NGO', 'NGOs', 'CO2', 'KTX', 'SNS', 'FAQ', 'Q&A', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'END',
  'BTS', 'K-pop', 'OTT', 'UHD', 'HD', 'LED', 'OLED', 'DRAM', 'NAND', 'CPU', 'GPU', 'API', 'APIs', 'SDGs', 'SDG', 'B2B', 'IPO',
  'MW', 'GW', 'KW', 'KM', 'PPE', 'ICU', 'WiFi', 'Wi-Fi', 'DMZ', 'NLL', 'ICBM', 'SLBM', 'UAV', 'FY', 'Q1', 'Q2', 'Q3',
  'Q4', 'H1', 'H2', 'YoY', 'PhD', 'MBA',
]);

export function parseBareAcronyms(ctx: OrgContext): OrgCandidate[] {
  const { tokens } = ctx;
  const out: OrgCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!(isAcronym(t) || isMixedAcronym(t))) continue;
    if (NOT_ORG_ACRONYMS.has(t.text) || COUNTRIES.has(t.text)) continue;
    const standalone = actsAsBody(tokens, i);
    out.push({ start: t.start, end: t.end, first: i, last: i, kind: 'acronym', parser: 'acronym', ...(standalone ? { standalone } : {}) });
  }
  return out;
}

/** Prepositions between a job and the body it is held at: "an official at KOICA", "a lawmaker from the PDI-P". */
const ROLE_PREPOSITIONS = new Set(['at', 'from', 'with']);

/** "an official at KOICA", "researchers from the KDI": a job (singular or plural) held at the acronym. */
function heldAt(tokens: readonly Token[], i: number): boolean {
  const k = tokens[i - 1]?.text === 'the' ? i - 2 : i - 1;
  const role = tokens[k - 1];
  if (!ROLE_PREPOSITIONS.has(tokens[k]?.text ?? '') || !role || role.para !== tokens[i]!.para) return false;
  const w = role.text.toLowerCase();
  return isOrgRole(w) || (w.endsWith('s') && isOrgRole(w.slice(0, -1)));
}

/**
 * An acronym that the document never defines is still a body when it acts as one: the subject of
 * a reporting verb ("NDRRMC said"), the place of a job ("a lawmaker from the PDI-P"), or the
 * source named after an amount in brackets
 * ("(KRW 4.2 billion, KOICA)", "(USD 3 million; ADB)").
 */
function actsAsBody(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (next && next.para === t.para && REPORTING_VERBS.has(next.text)) return true;
  if (heldAt(tokens, i)) return true;
  if (next?.text !== ')' || (tokens[i - 1]?.text !== ',' && tokens[i - 1]?.text !== ';')) return false;
  let amount = false;
  for (let k = i - 2; k >= Math.max(0, i - 8); k--) {
    const w = tokens[k]!;
    if (w.para !== t.para || w.text === ')') return false;
    if (w.text === '(') return amount;
    if (w.kind === 'word' && /^\d/.test(w.text)) amount = true;
  }
  return false;
}
