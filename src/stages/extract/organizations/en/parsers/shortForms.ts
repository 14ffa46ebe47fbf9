/**
 * Parsers for forms that only make sense next to a long form in the same document:
 *   lower-case short forms  "the interior ministry", "the foreign ministry"
 *   bare acronyms           "MOIS", "MPM", "KOICA" (resolved against bracketed definitions,
 *                           the gazetteer, or the initials of a long form found in the document)
 * "the ministry" alone is not a short form: it is too vague to name one body.
 */
import { COUNTRIES, INSTITUTION_WORDS } from '../data.js';
import { isAcronym, isMixedAcronym } from '../tokens.js';
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
    out.push({ start: t.start, end: t.end, first: i, last: i, kind: 'acronym', parser: 'acronym' });
  }
  return out;
}
