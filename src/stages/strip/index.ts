/**
 * strip: page → article body and metadata. Two paths: HTML (cheerio/htmlparser2, block scoring) and
 * plain text already scraped from a page (line classification).
 */
import type { StripOptions, Stripped } from '../types.js';
import { stripHtml } from './html/index.js';
import { stripText } from './text/index.js';

export { stripHtml } from './html/index.js';
export { stripText } from './text/index.js';

export function strip(text: string, options: StripOptions): Stripped {
  const out = options.format === 'html' ? stripHtml(text) : stripText(text);
  return { ...out, title: out.title ? out.title.normalize('NFC') : null, text: out.text.normalize('NFC') };
}
