/**
 * The parsed page as a plain node tree (domhandler's shape, produced by cheerio with htmlparser2) and
 * iterative helpers over it. Nothing here recurses: a page nested 20,000 levels deep must not overflow
 * the stack.
 */
import { load } from 'cheerio/slim';

export interface HNode {
  /** 'tag' | 'script' | 'style' | 'text' | 'comment' | 'directive' | 'cdata' | 'root' */
  type: string;
  parent: HNode | null;
  data?: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: HNode[];
}

/**
 * Parse once with htmlparser2 in HTML mode: several times faster than parse5 on large pages, tolerant
 * of truncated markup, and it builds the tree without recursion. Entities are decoded here.
 * `cheerio/slim` is cheerio without parse5 and the URL loaders we never call: each worker thread
 * holds ~6 MB less heap, which every full garbage collection would otherwise mark again.
 */
export function parseHtml(html: string): HNode {
  const $ = load(html, { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } });
  return $.root()[0] as unknown as HNode;
}

export function isElement(n: HNode): boolean {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

export function attr(n: HNode, name: string): string {
  return n.attribs?.[name] ?? '';
}

/**
 * Visit every node in document order (pre-order), skipping the subtrees for which `enter` returns false.
 * Hot visitors are module-level functions that get their per-call data as `state`: V8 drops the optimized
 * code of a closure created per call once the closure dies (at the next full GC), so a per-document
 * closure that runs over every node is compiled again and again on the background threads.
 */
export function walk<S>(root: HNode, enter: (n: HNode, state: S) => boolean | void, state: S): void;
export function walk(root: HNode, enter: (n: HNode) => boolean | void): void;
export function walk<S>(root: HNode, enter: (n: HNode, state?: S) => boolean | void, state?: S): void {
  const stack: HNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (enter(n, state) === false) continue;
    const kids = n.children;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

/** Concatenated text of a subtree (nested script/style excluded; the root itself may be one), bounded by `limit` characters. */
export function textContent(root: HNode, limit = 100_000): string {
  const state: TextState = { root, limit, parts: [], size: 0 };
  walk(root, collectText, state);
  return state.parts.join('');
}

interface TextState {
  root: HNode;
  limit: number;
  parts: string[];
  size: number;
}

function collectText(n: HNode, s: TextState): boolean {
  if (s.size >= s.limit) return false;
  if (n.type === 'text') {
    s.parts.push(n.data ?? '');
    s.size += (n.data ?? '').length;
  } else if (n !== s.root && (n.type === 'script' || n.type === 'style' || n.type === 'comment')) return false;
  else if (n.name === 'br') s.parts.push(' ');
  return true;
}
