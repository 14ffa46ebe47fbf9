/**
 * Refiner: groups Thai organization candidates into entities and finds their other mentions.
 * - a name read into a glued verb phrase is cut back to the same name written with a clean end
 *   elsewhere in the document;
 * - a candidate nested in a longer one is dropped ("คณะกรรมการกำกับกิจการพลังงาน" inside
 *   "สำนักงานคณะกรรมการกำกับกิจการพลังงาน");
 * - candidates with the same name, the same gazetteer entry, or sharing an alias are one entity;
 * - a name that is another's plus a country word is the same body ("กระทรวงการต่างประเทศไทย" /
 *   "กระทรวงการต่างประเทศ");
 * - a name cut short with ฯ ("สมาคมกีฬาฟุตบอลฯ") is the one longer name it begins;
 * - later bare uses of a name, an alias or a short form are mentions ("ก.พ.ร. จะ…", "สายด่วน กทม.");
 *   a type word + space before an acronym is part of the mention and an alias ("สำนักงาน ก.ล.ต.");
 * - the name is the first full form written; aliases are acronyms and short forms.
 */
import type { OrganizationEntity, Span } from '../../../../../schema/record.js';
import { byFirstMention, byStartOutermostFirst, pushUnique } from '../../../common/spans.js';
import type { ThaiText } from '../../../persons/th/thai/text.js';
import { isDigit, isLatinLetter, isThaiLetter, thaiConsonants } from '../../../persons/th/thai/text.js';
import { GAZETTEER } from '../../common/gazetteer.js';
import { INSTITUTIONS } from '../data/lexicon.js';
import { COUNTRY_TABLE, GENERIC_ORG_NOUN_SET, MONTH_ABBREVIATION_SET, ORG_STOP_TABLE, PLACE_TABLE, PREFIX_INFO, PREFIX_TABLE } from '../tables.js';
import { orgCandidate, type OrgCandidate } from '../types.js';
import { abbreviates, latinOfSpelled, nameInitials, thaiSpellings } from './acronymLinks.js';

interface Draft {
  name: string;
  aliases: string[];
  mentions: Span[];
  gazetteerId?: string;
  into?: Draft;
}

/** Every field set from the start, so drafts keep one object shape when they gain a gazetteer id or are merged. */
const newDraft = (name: string, gazetteerId: string | undefined): Draft => ({ name, aliases: [], mentions: [], gazetteerId, into: undefined });

const root = (d: Draft): Draft => {
  let r = d;
  while (r.into) r = r.into;
  return r;
};

/** At most this many forms are tried at one position (keeps the scan linear). */
const MAX_FORMS_PER_KEY = 16;
/** At most this many entities are tried as the long form of a standalone acronym, … */
const MAX_LINK_TARGETS = 128;
/** … for at most this many standalone acronyms. */
const MAX_LINK_ATTEMPTS = 256;
/** Shortest short form searched for alone. */
const MIN_SHORT_FORM = 4;

/**
 * Keeps the outermost of nested candidates; of two overlapping ones, the earlier. Unlike the shared
 * `dropNested`, folds the dropped candidate's aliases into the one that covers it.
 */
export function dropNested(candidates: OrgCandidate[]): OrgCandidate[] {
  const sorted = [...candidates].sort(byStartOutermostFirst);
  const out: OrgCandidate[] = [];
  let reach = -1;
  for (const c of sorted) {
    if (c.start < reach) {
      // Nested or overlapping: fold its aliases (and gazetteer entry, for the same span) into the
      // one that covers it when they end together.
      const last = out[out.length - 1];
      if (last && last.end === c.end) for (const a of c.aliases) last.aliases.push(a);
      if (last && last.start === c.start && last.end === c.end) last.gazetteerId ??= c.gazetteerId;
      continue;
    }
    out.push(c);
    reach = Math.max(reach, c.end);
  }
  return out;
}

/**
 * A type word + a known international body is that body ("องค์การยูนิเซฟ"); its country office is
 * the body too, as far as the name goes ("ผู้แทนองค์การยูนิเซฟประจำประเทศไทย" → องค์การยูนิเซฟ,
 * "องค์การอนามัยโลกประจำประเทศไทย" → องค์การอนามัยโลก).
 * Such a candidate takes the gazetteer entry and ends where the known name does.
 */
export function knownBodyWithTypeWord(doc: ThaiText, candidates: OrgCandidate[]): void {
  const { text } = doc;
  const known = new Map<number, OrgCandidate>();
  for (const c of candidates) if (c.gazetteerId && isThaiLetter(c.name[0])) known.set(c.start, c);
  if (known.size === 0) return;
  for (const c of candidates) {
    if (c.gazetteerId) continue;
    const prefix = PREFIX_TABLE.prefixAt(c.name, 0);
    // "องค์การยูนิเซฟ…" (type word + known name) or "องค์การอนามัยโลกประจำ…" (the known name itself).
    const g = (prefix ? known.get(c.start + prefix.length) : undefined) ?? known.get(c.start);
    if (!g || g === c || g.end > c.end || (g.end < c.end && !text.startsWith(POSTED, g.end))) continue;
    if (g.start === c.start && g.end === c.end) continue;
    c.end = g.end;
    c.name = text.slice(c.start, c.end);
    c.shortForms = [];
    c.gazetteerId = g.gazetteerId;
  }
}
const POSTED = 'ประจำ';
/** Thai abbreviation mark: "สมาคมกีฬาฟุตบอลฯ" for a name written in full before. */
const ABBREVIATION_MARK = 'ฯ';

const INSTITUTION_ALIASES = new Map(INSTITUTIONS.map((i) => [i.name, i.aliases]));
const GAZETTEER_BY_ID = new Map(GAZETTEER.map((e) => [e.id, e]));

/**
 * A name read up to a glued word ("กรมบัญชีกลางโอนเงิน…" when โอน is in no table) is cut back to a
 * shorter name the document writes with a clean end elsewhere ("กรมบัญชีกลาง ", "(…)" or a stop word
 * after it), unless what follows it continues names (แห่ง…, และ…, a country). The shorter name may
 * also be the clean name after a type word ("สำนักงาน|คณะกรรมการการเลือกตั้ง|ครบถ้วน" when
 * "คณะกรรมการการเลือกตั้ง (กกต.)" is written). A name that ends at a space is cut only by one
 * trailing word that cannot be part of a name ("พรรคเสรีประชาธรรม|รวม 6 ครั้ง").
 */
export function trimToCleanNames(doc: ThaiText, candidates: OrgCandidate[]): void {
  const { text } = doc;
  const cleanEnd = (c: OrgCandidate): boolean => !isThaiLetter(text[c.end]) || !!ORG_STOP_TABLE.match(doc, c.end);
  const clean = new Set(candidates.filter(cleanEnd).map((c) => c.name));
  for (const c of candidates) {
    if (c.gazetteerId || c.fromAcronym) continue;
    const glued = isThaiLetter(text[c.end]);
    // Where a nested name may start: after a type word that begins the name, at another type word.
    const inners: number[] = [];
    for (let k = c.start + 2; k < Math.min(c.end, c.start + MAX_TYPE_WORD); k++) {
      if (PREFIX_TABLE.has(text.slice(c.start, k)) && PREFIX_TABLE.prefixAt(text, k)) inners.push(k);
    }
    for (let cut = c.end - 1; cut > c.start + 2; cut--) {
      if (!doc.isBoundary(cut)) continue;
      const whole = clean.has(text.slice(c.start, cut));
      const inner = !whole && inners.some((k) => cut > k + 2 && clean.has(text.slice(k, cut)));
      if (!whole && !inner) continue;
      if (CONTINUATIONS.some((w) => text.startsWith(w, cut)) || COUNTRY_TABLE.match(doc, cut) || PLACE_TABLE.match(doc, cut)) break;
      if (!glued && !loneTrailingWord(doc, cut, c.end)) break;
      c.name = text.slice(c.start, cut);
      c.end = cut;
      break;
    }
  }
}

/** Is [from, end) one word that does not begin a part of a name (การ…, ความ…, ผู้…, นัก…)? */
function loneTrailingWord(doc: ThaiText, from: number, end: number): boolean {
  if (end - from > MAX_TRAILING_WORD || doc.nextBoundary(from, end) !== end) return false;
  return !NAME_PART_STARTS.some((w) => doc.text.startsWith(w, from));
}
const MAX_TRAILING_WORD = 8;
/** Longest type word (characters). */
const MAX_TYPE_WORD = 24;
const NAME_PART_STARTS = ['การ', 'ความ', 'ผู้', 'นัก', 'ภาย', 'สาขา', 'จังหวัด', 'อำเภอ', 'ประจำ'];
const CONTINUATIONS = ['แห่ง', 'และ', 'เพื่อ', 'ของ', 'ประจำ', 'ส่วน', 'ภาค', 'เขต', 'สาขา', 'ภายใน', 'จังหวัด', 'อำเภอ', '('];

export function resolveOrganizations(doc: ThaiText, raw: OrgCandidate[]): OrganizationEntity[] {
  const { text } = doc;
  const candidates = dropNested(raw.map(orgCandidate)).filter((c) => !GENERIC_ORG_NOUN_SET.has(c.name));
  trimToCleanNames(doc, candidates);
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const merge = (a: Draft, b: Draft): Draft => {
    const ra = root(a);
    const rb = root(b);
    if (ra === rb) return ra;
    const first = (ra.mentions[0]?.start ?? 0) <= (rb.mentions[0]?.start ?? 0) ? ra : rb;
    const other = first === ra ? rb : ra;
    pushUnique(first.aliases, other.name);
    for (const x of other.aliases) pushUnique(first.aliases, x);
    first.mentions.push(...other.mentions);
    first.gazetteerId ??= other.gazetteerId;
    other.into = first;
    return first;
  };

  const weak: { draft: Draft; alias: string; span?: Span }[] = [];
  const standalone = candidates.filter((c) => c.standalone);
  for (const c of candidates) {
    if (c.standalone) continue;
    const strong = c.aliases.filter((a) => !a.weak);
    const keys = [c.gazetteerId ? `gaz:${c.gazetteerId}` : undefined, `name:${c.name}`, ...strong.map((a) => `name:${a.name}`)].filter(
      (k): k is string => !!k,
    );
    let d: Draft | undefined;
    for (const k of keys) {
      const hit = byKey.get(k);
      if (hit) d = d ? merge(d, hit) : root(hit);
    }
    if (!d) {
      d = newDraft(c.name, c.gazetteerId);
      drafts.push(d);
    }
    d = root(d);
    if (c.name !== d.name) pushUnique(d.aliases, c.name);
    for (const a of c.aliases) {
      if (a.weak) {
        weak.push({ draft: d, alias: a.name, span: a.span });
        continue;
      }
      pushUnique(d.aliases, a.name);
      if (a.span) d.mentions.push(a.span);
    }
    for (const s of c.shortForms) pushUnique(d.aliases, s);
    d.mentions.push({ start: c.start, end: c.end });
    for (const k of keys) byKey.set(k, d);
    for (const s of c.shortForms) byKey.set(`name:${s}`, d);
  }

  // Weak aliases go to their entity unless another one owns the form.
  for (const w of weak) {
    const owner = byKey.get(`name:${w.alias}`);
    if (owner && root(owner) !== root(w.draft)) continue;
    const d = root(w.draft);
    pushUnique(d.aliases, w.alias);
    if (w.span) d.mentions.push(w.span);
    byKey.set(`name:${w.alias}`, d);
  }

  // "สมาคมกีฬาฟุตบอลฯ": a name cut short with ฯ after the full name is a mention of the one longer
  // name it begins.
  for (const c of candidates) {
    const d = text[c.end] === ABBREVIATION_MARK ? byKey.get(`name:${c.name}`) : undefined;
    if (!d) continue;
    const longer = drafts.filter((x) => !x.into && x.name.length > c.name.length && x.name.startsWith(c.name));
    if (longer.length === 1) merge(longer[0]!, d);
  }

  // Standalone acronyms: a mention of the entity that has the acronym, or of the one entity whose
  // name it abbreviates ("มข." ← "… มหาวิทยาลัยขอนแก่น"), else an entity of their own.
  // (Bounded: a document names a few dozen bodies; adversarial input gets no more links.)
  const named = drafts
    .filter((d) => !d.into && isThaiLetter(d.name[0]))
    .slice(0, MAX_LINK_TARGETS)
    .map((d) => {
      const m = d.mentions.find((s) => text.slice(s.start, s.end) === d.name);
      return { draft: d, initials: m ? nameInitials(doc, m.start, m.end) : [] };
    });
  let linkAttempts = 0;
  for (const c of standalone) {
    let d = byKey.get(`name:${c.name}`);
    if (!d && linkAttempts++ < MAX_LINK_ATTEMPTS) {
      const letters = thaiConsonants(c.name);
      const owners = named.filter((x) => abbreviates(letters, x.initials)).map((x) => root(x.draft)).filter((x, i, all) => all.indexOf(x) === i);
      if (owners.length === 1) {
        d = root(owners[0]!);
        pushUnique(d.aliases, c.name);
        byKey.set(`name:${c.name}`, d);
      }
    }
    if (!d) {
      d = newDraft(c.name, undefined);
      drafts.push(d);
      byKey.set(`name:${c.name}`, d);
    }
    root(d).mentions.push({ start: c.start, end: c.end });
  }

  // A name that is another's plus a country word: the same body ("กระทรวงการต่างประเทศไทย"). For
  // government bodies the name without the country is also a short form.
  const live = (): Draft[] => drafts.filter((d) => !d.into);
  const byName = new Map(live().map((d) => [d.name, d]));
  for (const d of live()) {
    const at = d.mentions.find((m) => text.slice(m.start, m.end) === d.name)?.start;
    if (at === undefined) continue;
    const base = countryless(doc, d.name, at);
    if (!base) continue;
    const other = byName.get(base);
    if (other && root(other) !== root(d)) merge(d, other);
    if (PREFIX_INFO.get(PREFIX_TABLE.prefixAt(base, 0) ?? '')?.kind === 'government') pushUnique(root(d).aliases, base);
  }

  findMentions(doc, live());

  const out: OrganizationEntity[] = [];
  for (const d of live()) {
    const mentions = uniqueSpans(d.mentions);
    if (mentions.length === 0) continue;
    let name = d.name;
    if (d.gazetteerId && !isThaiLetter(name[0])) {
      // A body first named by its Latin acronym takes its Thai name when the text has one.
      const thai = mentions.map((m) => text.slice(m.start, m.end)).find((s) => isThaiLetter(s[0]));
      if (thai) name = thai;
    }
    const institutionAliases = INSTITUTION_ALIASES.get(name) ?? [];
    const surfaces = new Set(mentions.map((m) => text.slice(m.start, m.end)));
    const aliases = [...d.aliases, ...institutionAliases.filter((a) => surfaces.has(a)), d.name].filter(
      (a, i, all) => a !== name && all.indexOf(a) === i,
    );
    out.push({ name, aliases, mentions });
  }
  return out.sort(byFirstMention);
}

/** The name without a last word that is a country ("…ต่างประเทศไทย" → "…ต่างประเทศ"), or null. */
function countryless(doc: ThaiText, name: string, at: number): string | null {
  if (name.includes('(') || !PREFIX_TABLE.prefixAt(name, 0)) return null;
  for (let cut = name.length - 2; cut > 2; cut--) {
    if (!doc.isBoundary(at + cut) || !COUNTRY_TABLE.has(name.slice(cut))) continue;
    // "…ต่างประเทศไทย": the country is ไทย; ประเทศ belongs to the name.
    const base = name.startsWith('ประเทศ', cut) ? name.slice(0, cut + 'ประเทศ'.length) : name.slice(0, cut);
    if (base === name) return null;
    // "…แห่งประเทศไทย", "…ประจำประเทศไทย": the country is where the body serves, part of its name.
    if (/(?:แห่ง|ของ|และ|แห่งประเทศ|ประจำ|ประจำประเทศ)$/.test(base) || base.endsWith(' ')) return null;
    return PREFIX_TABLE.has(base) ? null : base;
  }
  return null;
}

/** "1 ก.พ. 2568": a month abbreviation next to a number is a date. */
function nextToNumber(text: string, start: number, end: number): boolean {
  let a = start - 1;
  while (a >= 0 && text[a] === ' ') a--;
  let b = end;
  while (b < text.length && text[b] === ' ') b++;
  return isDigit(text[a]) || isDigit(text[b]);
}

function uniqueSpans(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return [...spans]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((s) => {
      const key = `${s.start}:${s.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

interface Form {
  form: string;
  draft: Draft;
}

/** Finds further mentions of every entity's name, aliases and short forms. */
function findMentions(doc: ThaiText, drafts: Draft[]): void {
  const { text } = doc;
  const covered = new Uint8Array(text.length + 1);
  for (const d of drafts) for (const m of d.mentions) covered.fill(1, m.start, m.end);
  const forms = new Map<string, Form[]>();
  const add = (form: string, draft: Draft): void => {
    if (form.length < 2) return;
    const key = form.slice(0, 2);
    const list = forms.get(key) ?? [];
    if (list.length >= MAX_FORMS_PER_KEY || list.some((f) => f.form === form)) return;
    list.push({ form, draft });
    forms.set(key, list);
  };
  for (const d of drafts) {
    add(d.name, d);
    for (const a of d.aliases) if (a.length >= MIN_SHORT_FORM || a.includes('.') || /^[A-Z]/.test(a)) add(a, d);
    // "DSI" ↔ "ดีเอสไอ": an acronym and its spelling in Thai letter names find each other.
    for (const a of [d.name, ...d.aliases]) {
      for (const t of thaiSpellings(a)) add(t, d);
      const latin = isThaiLetter(a[0]) ? latinOfSpelled(a) : null;
      if (latin) add(latin, d);
    }
    for (const a of INSTITUTION_ALIASES.get(d.name) ?? []) add(a, d);
    if (d.gazetteerId) {
      const entry = GAZETTEER_BY_ID.get(d.gazetteerId);
      for (const a of entry?.acronyms ?? []) add(a, d);
      for (const a of entry?.th ?? []) add(a, d);
    }
  }
  for (const list of forms.values()) list.sort((a, b) => b.form.length - a.form.length);

  for (const chunk of doc.chunks) {
    for (let p = chunk.start; p < chunk.end; p++) {
      if (covered[p]) continue;
      const prev = text[p - 1];
      if (isLatinLetter(text[p]) ? isLatinLetter(prev) || isDigit(prev) : !doc.startsWord(p) || prev === '.') continue;
      const list = forms.get(text.slice(p, p + 2));
      if (!list) continue;
      for (const f of list) {
        if (!text.startsWith(f.form, p)) continue;
        const end = p + f.form.length;
        if (covered[end - 1]) continue;
        const next = text[end];
        if (isLatinLetter(f.form[0]) ? isLatinLetter(next) || isDigit(next) : f.form.endsWith('.') ? isThaiLetter(next) : !doc.endsWord(end)) continue;
        if (MONTH_ABBREVIATION_SET.has(f.form) && nextToNumber(text, p, end)) continue;
        const d = root(f.draft);
        let start = p;
        // "สำนักงาน ก.ล.ต.": a type word + space before an acronym belongs to the mention.
        if (f.form.includes('.') && p === chunk.start) {
          const before = doc.prevChunkInPhrase(doc.chunkIndexAt(p), 1);
          if (before) {
            for (let q = Math.max(before.start, before.end - 24); q < before.end; q++) {
              const prefix = (q === before.start || doc.isBoundary(q)) && PREFIX_TABLE.prefixAt(text, q);
              if (prefix && q + prefix.length === before.end && !covered[q]) {
                start = q;
                break;
              }
            }
          }
        }
        d.mentions.push({ start, end });
        const surface = text.slice(start, end);
        if (surface !== d.name) pushUnique(d.aliases, surface);
        covered.fill(1, start, end);
        p = end - 1;
        break;
      }
    }
  }
}
