/**
 * Baseline extractor for the body: Mozilla Readability on a jsdom document (what most
 * "reader mode" tools do). Plain-text inputs are wrapped one line per <p> so it can try too.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';

const quietConsole = new VirtualConsole();

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function readabilityText(decoded: string, format: 'html' | 'text'): string {
  const html =
    format === 'html'
      ? decoded
      : `<html><body>${decoded
          .split(/\n/)
          .map((line) => `<p>${escapeHtml(line)}</p>`)
          .join('')}</body></html>`;
  const dom = new JSDOM(html, { virtualConsole: quietConsole });
  const article = new Readability(dom.window.document).parse();
  dom.window.close();
  return article?.textContent ?? '';
}
