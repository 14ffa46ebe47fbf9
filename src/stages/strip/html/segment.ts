/**
 * One pass over the page that cuts it into text blocks (paragraphs, headings, list items, table cells,
 * <br>-separated runs) and gathers per-element statistics (text length, link text, paragraphs), with an
 * explicit stack. Blocks come out in document order, so every element owns a contiguous range of them.
 */
import { effectiveLength } from '../common/normalize.js';
import { type HNode, attr, textContent } from './dom.js';
import {
  HIDDEN_CLASS,
  INLINE_TAGS,
  NEGATIVE_PARTS,
  NEGATIVE_ROLES,
  POSITIVE_PARTS,
  SKIP_TAGS,
  SOFT_NEGATIVE_TAGS,
  STRONG_POSITIVE_PARTS,
  TITLE_PARTS,
  WEAK_NEGATIVE_PARTS,
  EMPHASIS_TAGS,
  tokenParts,
} from './hints.js';
import { LARGE_TYPE, WEIGHTS } from './weights.js';

export type BlockKind = 'p' | 'heading' | 'li' | 'cell' | 'pre' | 'quote' | 'caption' | 'text';

export interface Block {
  index: number;
  text: string;
  /** Nearest block-level element. */
  owner: ElInfo;
  kind: BlockKind;
  /** 1–6 for headings. */
  level: number;
  /** Latin-equivalent length. */
  length: number;
  linkLength: number;
  /** Inside an element that looks like a headline (h1, class="title"…). */
  titleish: boolean;
  /** Inside an element marked as chrome (header, footer, class="related"…): the innermost such element. */
  chrome: ElInfo | null;
  /** Share (0–1) of the block's unlinked text set in emphasis (<b>, <strong>, <i>, <em>) or large type. */
  emphasis: number;
  /** An image came right before this block's text, with no text between (an image-only paragraph above it,
   * or an <img> earlier in the same paragraph): the block is where a caption sits. */
  afterImage: boolean;
}

export interface ElInfo {
  node: HNode;
  tag: string;
  depth: number;
  parent: ElInfo | null;
  /** Block range [first, end). */
  first: number;
  end: number;
  length: number;
  linkLength: number;
  /** Paragraph-like blocks inside. */
  paragraphs: number;
  /** Class/id weight (positive: content, negative: chrome). */
  classWeight: number;
  /** Readability-style content score (filled by score.ts). */
  score: number;
  scored: boolean;
}

export interface Segmentation {
  blocks: Block[];
  /** Block-level elements in document order (no Map keyed by node: hashing 100,000s of DOM nodes is slow). */
  infos: ElInfo[];
  body: ElInfo;
}

const HEADING = /^h([1-6])$/;

// Pages repeat the same class/id strings thousands of times: memoise per string (bounded: the
// cache lives as long as the worker, across every document it processes).
const weightCache = new Map<string, number>();
const titleishCache = new Map<string, boolean>();
const CACHE_LIMIT = 4_000;

export function classWeight(n: HNode): number {
  const a = n.attribs;
  if (!a || (!a.class && !a.id)) return 0;
  const raw = `${a.class ?? ''} ${a.id ?? ''}`.trim();
  if (!raw) return 0;
  const hit = weightCache.get(raw);
  if (hit !== undefined) return hit;
  const w = computeClassWeight(raw);
  if (weightCache.size >= CACHE_LIMIT) weightCache.clear();
  weightCache.set(raw, w);
  return w;
}

function computeClassWeight(raw: string): number {
  let w = 0;
  for (const token of raw.split(/\s+/)) {
    const parts = tokenParts(token);
    let pos = false;
    let strong = false;
    let neg = false;
    let weak = false;
    for (const p of parts) {
      if (NEGATIVE_PARTS.has(p)) {
        if (!WEAK_NEGATIVE_PARTS.has(p)) neg = true;
        else if (parts.length === 1) weak = true;
      }
      if (POSITIVE_PARTS.has(p)) pos = true;
      if (STRONG_POSITIVE_PARTS.has(p)) strong = true;
    }
    if (neg || (weak && !pos)) w += WEIGHTS.negativeClass;
    else if (pos) w += WEIGHTS.positiveClass + (strong ? WEIGHTS.strongPositiveClass : 0);
  }
  return Math.max(-50, Math.min(60, w));
}

function isTitleish(n: HNode): boolean {
  const a = n.attribs;
  if (!a || (!a.class && !a.id)) return false;
  const raw = `${a.class ?? ''} ${a.id ?? ''}`.trim();
  if (!raw) return false;
  const hit = titleishCache.get(raw);
  if (hit !== undefined) return hit;
  const v = computeTitleish(raw);
  if (titleishCache.size >= CACHE_LIMIT) titleishCache.clear();
  titleishCache.set(raw, v);
  return v;
}

function computeTitleish(raw: string): boolean {
  for (const token of raw.split(/\s+/)) {
    const parts = tokenParts(token);
    if (parts.some((p) => TITLE_PARTS.has(p)) && !parts.some((p) => p === 'sub' || p === 'subtitle' || p === 'list' || p === 'related' || p === 'rank' || p === 'popular' || p === 'most' || p === 'side')) return true;
  }
  return false;
}

/**
 * Inline typography that sets a line apart as a headline: a font size well above body text in an inline
 * style ("font-size:16.0pt" from Word, "font-size:22px", "x-large") or <font size="5">. Editors and Word
 * exports style the headline this way when the template gives it no heading element.
 */
export function isLargeType(n: HNode): boolean {
  const a = n.attribs;
  if (!a) return false;
  if (n.name === 'font' && a.size) {
    const m = /^\s*([+-]?)(\d)/.exec(a.size);
    if (m) {
      const v = m[1] === '+' ? 3 + Number(m[2]) : m[1] === '-' ? 3 - Number(m[2]) : Number(m[2]);
      if (v >= LARGE_TYPE.fontTagSize) return true;
    }
  }
  const style = a.style;
  if (!style || !/font/i.test(style)) return false;
  const m = /font-size\s*:\s*([\d.]+)\s*(px|pt|em|rem|%)|font-size\s*:\s*(x+-large|larger)/i.exec(style);
  if (!m) return false;
  if (m[3]) return true;
  const v = Number(m[1]);
  switch (m[2]!.toLowerCase()) {
    case 'px': return v >= LARGE_TYPE.px;
    case 'pt': return v >= LARGE_TYPE.pt;
    case '%': return v / 100 >= LARGE_TYPE.em;
    default: return v >= LARGE_TYPE.em;
  }
}

const CENTER_STYLE = /text-align\s*:\s*center/i;

/** Text centred by this element: <center>, align="center", or style="text-align:center". */
function centersText(n: HNode): boolean {
  if (n.name === 'center') return true;
  const a = n.attribs;
  if (!a) return false;
  return (a.align ?? '').toLowerCase() === 'center' || (!!a.style && CENTER_STYLE.test(a.style));
}

/** The block's element or the one around it centres its text (editors centre captions under images). */
export function isCentered(b: Block): boolean {
  const owner = b.owner;
  return centersText(owner.node) || (!!owner.parent && owner.parent.tag !== 'body' && centersText(owner.parent.node));
}

export function isHidden(n: HNode): boolean {
  const a = n.attribs;
  if (!a) return false;
  if ('hidden' in a) return true;
  if (a['aria-hidden'] === 'true') return true;
  const style = a.style;
  if (style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  const cls = a.class;
  if (cls) for (const t of cls.split(/\s+/)) if (HIDDEN_CLASS.test(t)) return true;
  return false;
}

/** Word's list marker ("<span style='mso-list:Ignore'>·&nbsp;&nbsp;</span>" before a list paragraph, Word pages without
 * conditional comments show it) … */
const WORD_LIST_MARKER_STYLE = /mso-list\s*:\s*ignore/i;
/** …is kept when it numbers the item ("1.", "a)", "iv."), as press releases number their points; a bullet glyph (Symbol
 * "·", Wingdings "§", Courier "o") is no text. */
const WORD_LIST_NUMBER = /^\(?(?:\d{1,3}|[a-z]|[ivxlc]{1,6})[.)]$/i;

/** A Word list marker that is a bullet glyph, not a number (see WORD_LIST_NUMBER). */
export function isWordBulletGlyph(n: HNode): boolean {
  const style = n.attribs?.style;
  if (!style || !WORD_LIST_MARKER_STYLE.test(style)) return false;
  return !WORD_LIST_NUMBER.test(textContent(n, 20).replace(SPACE_RUN, ''));
}

function kindOf(tag: string, inCaption: boolean): BlockKind {
  if (inCaption) return 'caption';
  if (HEADING.test(tag)) return 'heading';
  if (tag === 'p') return 'p';
  if (tag === 'li' || tag === 'dt' || tag === 'dd') return 'li';
  if (tag === 'td' || tag === 'th') return 'cell';
  if (tag === 'pre') return 'pre';
  if (tag === 'blockquote') return 'quote';
  return 'text';
}

const SPACE_RUN = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;

export function segment(root: HNode): Segmentation {
  return new Segmenter(root).run();
}

// Explicit stack: parallel arrays of nodes and flags (-1 = enter; ≥0 = exit with these flags), so no
// object is allocated per node. Exits close elements in reverse order of opening.
const F_BLOCK = 1;
const F_CHROME = 2;
const F_TITLE = 4;
const F_CAPTION = 8;
const F_LINK = 16;
const F_EMPH = 32;

/**
 * One walk over a document's tree. A class rather than a function with a `flush` closure: a closure made
 * per call dies with its document and V8 drops its optimized code at the next full GC, so a per-call
 * `flush` was recompiled all run long (see extract/common/spans.ts).
 */
class Segmenter {
  readonly blocks: Block[] = [];
  readonly infos: ElInfo[] = [];
  readonly bodyInfo: ElInfo;
  // Open block elements (innermost last) and their chrome / title / caption context.
  readonly blockStack: ElInfo[];
  readonly chromeStack: ElInfo[] = [];
  titleDepth = 0;
  captionDepth = 0;
  linkDepth = 0;
  depth = 0;
  parts: string[] = [];
  partsLinkLength = 0;
  /** Unlinked text of the pending block written inside a title-like inline element (<font class="newstitle">). */
  partsTitleLength = 0;
  /** Unlinked text of the pending block inside emphasis or large type. */
  partsEmphLength = 0;
  emphDepth = 0;
  /** An <img> was met since the last block with text (captions follow their image). */
  imagePending = false;

  constructor(readonly root: HNode) {
    this.bodyInfo = {
      node: root, tag: 'body', depth: 0, parent: null, first: 0, end: 0, length: 0, linkLength: 0, paragraphs: 0,
      classWeight: 0, score: 0, scored: false,
    };
    this.infos.push(this.bodyInfo);
    this.blockStack = [this.bodyInfo];
  }

  flush(): void {
    if (this.parts.length === 0) return;
    const text = this.parts.join('').replace(SPACE_RUN, ' ').trim();
    const linkLength = this.partsLinkLength;
    const titleLength = this.partsTitleLength;
    const emphLength = this.partsEmphLength;
    this.parts = [];
    this.partsLinkLength = 0;
    this.partsTitleLength = 0;
    this.partsEmphLength = 0;
    if (!text) return;
    const afterImage = this.imagePending;
    this.imagePending = false;
    const { blocks, blockStack, chromeStack } = this;
    const owner = blockStack[blockStack.length - 1]!;
    const length = effectiveLength(text);
    const m = HEADING.exec(owner.tag);
    const kind = kindOf(owner.tag, this.captionDepth > 0);
    blocks.push({
      index: blocks.length,
      text,
      owner,
      kind,
      level: m ? Number(m[1]) : 0,
      length,
      linkLength: Math.min(linkLength, length),
      // Also when the title element was inline and closed before the line break that ends the block.
      titleish: this.titleDepth > 0 || owner.tag === 'h1' || (titleLength > 0 && titleLength >= length * WEIGHTS.inlineTitleShare),
      chrome: chromeStack.length > 0 ? chromeStack[chromeStack.length - 1]! : null,
      emphasis: length > linkLength ? Math.min(1, emphLength / (length - Math.min(linkLength, length))) : 0,
      afterImage,
    });
    owner.length += length;
    owner.linkLength += Math.min(linkLength, length);
    if (length >= 40 && (kind === 'p' || kind === 'text' || kind === 'quote' || kind === 'pre') && linkLength < length * 0.3) owner.paragraphs++;
  }

  run(): Segmentation {
    const { blocks, infos, blockStack, chromeStack } = this;
    const stackNodes: HNode[] = [];
    const stackFlags: number[] = [];
    const kids = this.root.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) {
      stackNodes.push(kids[i]!);
      stackFlags.push(-1);
    }

    while (stackNodes.length > 0) {
      const n = stackNodes.pop()!;
      const fl = stackFlags.pop()!;
      if (fl >= 0) {
        this.depth--;
        if (fl & F_LINK) this.linkDepth--;
        if (fl & F_EMPH) this.emphDepth--;
        if (fl & F_BLOCK) {
          this.flush();
          const el = blockStack.pop()!;
          el.end = blocks.length;
          const parent = blockStack[blockStack.length - 1]!;
          parent.length += el.length;
          parent.linkLength += el.linkLength;
          parent.paragraphs += el.paragraphs;
        }
        if (fl & F_CHROME) chromeStack.pop();
        if (fl & F_TITLE) this.titleDepth--;
        if (fl & F_CAPTION) this.captionDepth--;
        continue;
      }
      if (n.type === 'text') {
        const data = n.data ?? '';
        if (data) {
          this.parts.push(data);
          if (this.linkDepth > 0) this.partsLinkLength += effectiveLength(data);
          else {
            if (this.titleDepth > 0) this.partsTitleLength += effectiveLength(data);
            if (this.emphDepth > 0) this.partsEmphLength += effectiveLength(data);
          }
        }
        continue;
      }
      if (n.type !== 'tag') continue; // script, style, comments, directives
      const tag = n.name ?? '';
      if (tag === 'br') {
        // A line break inside a headline is typography, not a paragraph break.
        if (this.titleDepth > 0 || HEADING.test(blockStack[blockStack.length - 1]!.tag)) this.parts.push(' ');
        else this.flush();
        continue;
      }
      if (tag === 'hr') {
        this.flush();
        continue;
      }
      if (SKIP_TAGS.has(tag) || isHidden(n) || isWordBulletGlyph(n)) continue;
      const role = attr(n, 'role');
      if (role && NEGATIVE_ROLES.has(role)) continue;
      if (tag === 'img') {
        // An image inside running text (an icon, an emoji) has no caption after it.
        if (!hasText(this.parts)) this.imagePending = true;
        continue;
      }

      let flags = 0;
      if (tag === 'a') {
        flags |= F_LINK;
        this.linkDepth++;
      }
      if (!INLINE_TAGS.has(tag)) {
        this.flush();
        flags |= F_BLOCK;
        const cw = classWeight(n);
        const el: ElInfo = {
          node: n, tag, depth: this.depth + 1, parent: blockStack[blockStack.length - 1]!, first: blocks.length, end: blocks.length,
          length: 0, linkLength: 0, paragraphs: 0, classWeight: cw, score: 0, scored: false,
        };
        infos.push(el);
        blockStack.push(el);
        if (SOFT_NEGATIVE_TAGS.has(tag) || cw < 0) {
          flags |= F_CHROME;
          chromeStack.push(el);
        }
        if (tag === 'figcaption' || tag === 'caption') {
          flags |= F_CAPTION;
          this.captionDepth++;
        }
      }
      const large = isLargeType(n);
      if (HEADING.test(tag) || isTitleish(n) || (large && INLINE_TAGS.has(tag))) {
        flags |= F_TITLE;
        this.titleDepth++;
      }
      if (large || EMPHASIS_TAGS.has(tag)) {
        flags |= F_EMPH;
        this.emphDepth++;
      }
      this.depth++;
      stackNodes.push(n);
      stackFlags.push(flags);
      const ch = n.children;
      if (ch) {
        for (let i = ch.length - 1; i >= 0; i--) {
          stackNodes.push(ch[i]!);
          stackFlags.push(-1);
        }
      }
    }
    this.flush();
    this.bodyInfo.end = blocks.length;
    return { blocks, infos, body: this.bodyInfo };
  }
}

function hasText(parts: readonly string[]): boolean {
  for (const x of parts) if (x.trim()) return true;
  return false;
}
