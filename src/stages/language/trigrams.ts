/**
 * franc's ranking, computed faster.
 *
 * `francAll(value, { only })` looks every trigram of the sample up in every candidate's model, an
 * object of 300 keys, one candidate after another: ~5 µs per candidate for a 200-character sample, so
 * ~0.2 ms per paragraph with 40 candidates and several milliseconds per article. This module runs the
 * same algorithm on franc's own models (`franc/data.js`) with one index per script built once: a Map from
 * trigram to the trigram's rank in each candidate's model, so each trigram of the sample is looked up
 * once for all candidates (trigrams are keyed by small integers, not strings). Same cleaning, same distance (|count − rank − 1|, 300 for a missing trigram),
 * same stable ordering and normalisation, so the ranking is identical to francAll's (test/language checks
 * this on the evaluation pieces).
 */
import { data } from 'franc/data.js';

/** franc's constant: distance added for a trigram missing from a model. */
const MAX_DIFFERENCE = 300;
/** franc's constant: longest sample it looks at. */
const MAX_LENGTH = 2048;

interface ScriptIndex {
  /** Candidate codes (ISO 639-3) in franc's data order. */
  langs: string[];
  /**
   * trigram key (see `key`) → the candidates whose model has it, packed as (candidate << RANK_BITS) | rank.
   * Sparse: a trigram is in a few models, so the distance loop skips the rest (they all add 300).
   */
  ranks: Map<number, Int32Array>;
}

const indexes = new Map<string, ScriptIndex>();

/**
 * Every UTF-16 unit that occurs in some model gets a small id (1…); 0 = occurs in no model, so a trigram
 * holding it is in no model either. Three ids make a trigram key below 2^30 (a small integer for V8).
 */
const charIds = new Uint16Array(0x10000);
let nextCharId = 1;
const ID_BITS = 10;

function idOf(unit: number): number {
  let id = charIds[unit]!;
  if (id === 0) {
    if (nextCharId >= 1 << ID_BITS) throw new Error('franc models use more characters than trigram keys hold');
    id = nextCharId++;
    charIds[unit] = id;
  }
  return id;
}

const key = (a: number, b: number, c: number): number => (((a << ID_BITS) | b) << ID_BITS) | c;
/** Ranks are < 300 (franc keeps 300 trigrams per model). */
const RANK_BITS = 9;

function buildIndex(francScript: string, only: readonly string[]): ScriptIndex {
  const models = data[francScript];
  if (!models) throw new Error(`franc has no models for script ${francScript}`);
  const allowed = new Set(only);
  const langs = Object.keys(models).filter((l) => allowed.has(l));
  const lists = new Map<number, number[]>();
  langs.forEach((lang, j) => {
    const model = models[lang]!.split('|');
    const seen = new Set<number>();
    // franc assigns from the last index down, so a trigram listed twice keeps its lowest rank.
    for (let r = 0; r < model.length; r++) {
      const t = model[r]!;
      if (t.length !== 3 || r >= 1 << RANK_BITS) throw new Error(`unexpected franc model entry ${JSON.stringify(t)} at ${r}`);
      const k = key(idOf(t.charCodeAt(0)), idOf(t.charCodeAt(1)), idOf(t.charCodeAt(2)));
      if (seen.has(k)) continue;
      seen.add(k);
      let list = lists.get(k);
      if (!list) lists.set(k, (list = []));
      list.push((j << RANK_BITS) | r);
    }
  });
  const ranks = new Map<number, Int32Array>();
  for (const [k, list] of lists) ranks.set(k, Int32Array.from(list));
  return { langs, ranks };
}

/** The index for a script and candidate list, built on first use. */
function indexFor(francScript: string, only: readonly string[]): ScriptIndex {
  const key = `${francScript}:${only.join(',')}`;
  let index = indexes.get(key);
  if (!index) {
    index = buildIndex(francScript, only);
    indexes.set(key, index);
  }
  return index;
}

/**
 * Counts of trigram keys: an open-addressing hash table reused across calls (a Map of fresh entries per
 * paragraph was a third of the cost). Keys are ≥ 0, so -1 marks a free slot.
 */
class CountTable {
  readonly keys: Int32Array;
  readonly counts: Int32Array;
  /** Slots in use, in insertion order. */
  readonly used: Int32Array;
  size = 0;
  private readonly mask: number;
  private readonly shift: number;

  constructor(minCapacity: number) {
    let bits = 6;
    while (1 << bits < minCapacity) bits++;
    const capacity = 1 << bits;
    this.keys = new Int32Array(capacity).fill(-1);
    this.counts = new Int32Array(capacity);
    this.used = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.shift = 32 - bits;
  }

  add(k: number): void {
    // Fibonacci hashing: the high bits of k × 2^32/φ.
    let slot = Math.imul(k, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const at = this.keys[slot]!;
      if (at === k) {
        this.counts[slot]!++;
        return;
      }
      if (at === -1) {
        this.keys[slot] = k;
        this.counts[slot] = 1;
        this.used[this.size++] = slot;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  clear(): void {
    for (let u = 0; u < this.size; u++) this.keys[this.used[u]!] = -1;
    this.size = 0;
  }
}

/** Room for samples of up to 1024 characters (half full at most); longer ones get their own table. */
const TABLE_SIZE = 2048;
const countTable = new CountTable(TABLE_SIZE);

const PUNCT_DIGITS = /[\u0021-\u0040]+/g;
const WHITESPACE = /\s+/g;

/** trigram-utils' `clean`: ASCII punctuation and digits to spaces, whitespace collapsed, trimmed, lower-cased. */
function clean(value: string): string {
  return value.replace(PUNCT_DIGITS, ' ').replace(WHITESPACE, ' ').trim().toLowerCase();
}

/** Module-level, not inline: see byStartOutermostFirst in extract/common/spans.ts. */
const byDistance = (a: [string, number], b: [string, number]): number => a[1] - b[1];

/**
 * What `francAll(value, { only, minLength: 1 })` returns for a sample whose top script is `francScript`
 * (franc's script name: "Latin", "Cyrillic", "Arabic", "Devanagari"): [code, score] best first, the best
 * scoring 1.
 */
export function rankCandidates(value: string, francScript: string, only: readonly string[]): Array<[string, number]> {
  if (!value) return [['und', 1]];
  const sample = value.slice(0, MAX_LENGTH);
  const { langs, ranks } = indexFor(francScript, only);
  if (langs.length === 0) return [['und', 1]];

  const padded = ` ${clean(sample)} `;
  const table = padded.length * 2 <= TABLE_SIZE ? countTable : new CountTable(padded.length * 2);
  // Distinct trigrams with a character no model has: missing from every model.
  const unknown = new Set<string>();
  let a = charIds[padded.charCodeAt(0)]!;
  let b = charIds[padded.charCodeAt(1)]!;
  for (let i = 2; i < padded.length; i++) {
    const c = charIds[padded.charCodeAt(i)]!;
    if (a === 0 || b === 0 || c === 0) unknown.add(padded.slice(i - 2, i + 1));
    else table.add(key(a, b, c));
    a = b;
    b = c;
  }

  // Every distinct trigram adds 300 to every candidate, less (300 − |count − rank − 1|) where the
  // candidate's model has it.
  const distances = new Float64Array(langs.length).fill((unknown.size + table.size) * MAX_DIFFERENCE);
  const rankMask = (1 << RANK_BITS) - 1;
  for (let u = 0; u < table.size; u++) {
    const slot = table.used[u]!;
    const entries = ranks.get(table.keys[slot]!);
    if (!entries) continue;
    const count = table.counts[slot]!;
    for (let e = 0; e < entries.length; e++) {
      const packed = entries[e]!;
      distances[packed >>> RANK_BITS]! -= MAX_DIFFERENCE - Math.abs(count - (packed & rankMask) - 1);
    }
  }
  table.clear();

  const ranked: Array<[string, number]> = langs.map((lang, j) => [lang, distances[j]!]);
  ranked.sort(byDistance); // stable: ties keep franc's data order, as in franc
  const min = ranked[0]![1];
  const max = sample.length * MAX_DIFFERENCE - min;
  for (const entry of ranked) entry[1] = 1 - (entry[1] - min) / max || 0;
  return ranked;
}
