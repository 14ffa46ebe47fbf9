/**
 * Scoring functions for `npm run eval`: bag-of-words body F1, set F1 for dates, name-or-alias
 * matching for entities. Pure, so tests can pin them down.
 */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function addCounts(into: Counts, add: Counts): void {
  into.tp += add.tp;
  into.fp += add.fp;
  into.fn += add.fn;
}

/** Precision/recall/F1 from counts; an empty prediction against an empty gold set scores 1. */
export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const wordSegmenter = new Intl.Segmenter('und', { granularity: 'word' });
const thaiSegmenter = new Intl.Segmenter('th', { granularity: 'word' });

/** Word tokens (lower-cased, NFC) via Intl.Segmenter, so Thai and Korean split into words too. */
export function tokenize(text: string): string[] {
  const normalized = text.normalize('NFC').toLowerCase();
  const segmenter = /[\u0E00-\u0E7F]/.test(normalized) ? thaiSegmenter : wordSegmenter;
  const tokens: string[] = [];
  for (const s of segmenter.segment(normalized)) if (s.isWordLike) tokens.push(s.segment);
  return tokens;
}

/** Bag-of-words overlap between predicted and gold text (multiset intersection). */
export function tokenCounts(predicted: string, gold: string): Counts {
  const bag = new Map<string, number>();
  for (const t of tokenize(gold)) bag.set(t, (bag.get(t) ?? 0) + 1);
  const predictedTokens = tokenize(predicted);
  let tp = 0;
  for (const t of predictedTokens) {
    const left = bag.get(t) ?? 0;
    if (left > 0) {
      tp += 1;
      bag.set(t, left - 1);
    }
  }
  const goldTotal = [...bag.values()].reduce((a, b) => a + b, 0) + tp;
  return { tp, fp: predictedTokens.length - tp, fn: goldTotal - tp };
}

/** Set overlap of distinct values (dates are scored by distinct normalized value per document). */
export function setCounts(predicted: Iterable<string>, gold: Iterable<string>): Counts {
  const p = new Set(predicted);
  const g = new Set(gold);
  let tp = 0;
  for (const v of p) if (g.has(v)) tp += 1;
  return { tp, fp: p.size - tp, fn: g.size - tp };
}

export interface NamedEntity {
  name: string;
  aliases?: readonly string[];
}

/** Case-, width- and whitespace-insensitive form used to compare names. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * One-to-one matching of predicted to gold entities: a pair matches when any name or alias of one
 * equals any name or alias of the other. Gold entities are taken in order, each claiming the first
 * unmatched predicted entity that matches it.
 */
export function entityCounts(predicted: readonly NamedEntity[], gold: readonly NamedEntity[]): Counts & { missed: string[]; spurious: string[] } {
  const keys = (e: NamedEntity): Set<string> => new Set([e.name, ...(e.aliases ?? [])].map(normalizeName));
  const predictedKeys = predicted.map(keys);
  const used = new Set<number>();
  const missed: string[] = [];
  let tp = 0;
  for (const g of gold) {
    const gk = keys(g);
    const hit = predictedKeys.findIndex((pk, i) => !used.has(i) && [...pk].some((k) => gk.has(k)));
    if (hit >= 0) {
      used.add(hit);
      tp += 1;
    } else missed.push(g.name);
  }
  const spurious = predicted.filter((_, i) => !used.has(i)).map((e) => e.name);
  return { tp, fp: predicted.length - tp, fn: gold.length - tp, missed, spurious };
}
