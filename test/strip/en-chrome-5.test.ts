/**
 * Rules added after English pages in layouts the strip stage had not seen (a news page saved with a text browser's
 * dump, an infinite-scroll page pre-loading the next story of its feed, a press release saved from Word as a web
 * page): link numbers, image labels and the "References" list of a dump; the container kept to the first story of a
 * feed; "reactions" bars; Word's Title / Subtitle styles; Word bullet glyphs dropped, list numbers kept.
 */
import { describe, expect, it } from 'vitest';
import { classWeight } from '../../src/stages/strip/html/segment.js';
import { tokenParts } from '../../src/stages/strip/html/hints.js';
import { strip } from '../../src/stages/strip/index.js';
import { undoTextBrowserDump } from '../../src/stages/strip/text/index.js';
import type { HNode } from '../../src/stages/strip/html/dom.js';

const P = [
  'The river authority said on Monday that it would dredge 12 kilometres of the main channel before the rainy season, to cut the risk of floods in the old town.',
  'Work will start next month and take about ten weeks, and barges will carry the silt to a reclaimed site outside the city where it will be used for new dykes.',
  'Fishermen have asked the authority to keep one lane of the channel open during the day so that their boats can reach the market at the usual hours.',
  'The authority said the project would be paid for from its own budget and from a grant by a regional development bank, without any rise in local fees.',
];
const PAGE = (inner: string, head = ''): string => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${inner}</body></html>`;

describe('text browser dumps (lynx -dump, w3m -dump)', () => {
  const dump = (refs: string[]): string[] => [
    '   [1]Skip to main content',
    '     * [2]Home',
    '     o [3]World',
    '   [4][logo] Search: ________________ [5][Go]',
    '   [IMG] A barge on the river.',
    '   The [6]river authority said on Monday that it would dredge the channel.',
    '',
    'References',
    '',
    ...refs,
  ];

  it('drops the References list, link numbers (anchor text kept), image / button labels, form fields and bullets', () => {
    const out = undoTextBrowserDump(dump(['   Visible links:', '   1. https://site.example/#main', '   2. https://site.example/', '   3. https://site.example/world', '   Hidden links:', '  4. https://site.example/', '  5. javascript:void(0)', '  6. https://site.example/topics/river']));
    expect(out.map((t) => t.trim().replace(/\s+/g, ' '))).toEqual([
      'Skip to main content', 'Home', 'World', 'Search:', 'A barge on the river.',
      'The river authority said on Monday that it would dredge the channel.', '',
    ]);
  });

  it('leaves a text alone when what follows "References" is not a list of numbered URLs', () => {
    const texts = dump(['1. Smith, J. (2020). River silt. Journal of Rivers 4.', '2. Lee, K. (2021). Dykes.', '3. Kim, S. (2022). Floods.']);
    expect(undoTextBrowserDump(texts)).toBe(texts);
    const short = dump(['1. https://site.example/', '2. https://site.example/a']);
    expect(undoTextBrowserDump(short)).toBe(short);
  });

  it('gives the body without link numbers through strip', () => {
    const wrap = (p: string): string => p.replace(/(.{1,70})(?:\s+|$)/g, '   $1\n');
    const text = [
      '   [1]Home [2]World', '', 'River authority to dredge main channel before rains', '', '   By [3]Ann Lee', '   May 6, 2025', '',
      wrap(P[0]!.replace('river authority', '[4]river authority')), wrap(P[1]!), wrap(P[2]!), wrap(P[3]!),
      'References', '', '   1. https://site.example/', '   2. https://site.example/world', '   3. https://site.example/ann-lee', '   4. https://site.example/river',
    ].join('\n');
    const out = strip(text, { format: 'text' });
    expect(out.title).toBe('River authority to dredge main channel before rains');
    expect(out.text).toBe(P.join('\n\n'));
  });
});

describe('infinite-scroll feeds', () => {
  const story = (h: string, time: string, paras: string[]): string =>
    `<article class="story"><h1>${h}</h1><p class="byline">By Ann Lee</p><time datetime="${time}">${time}</time>` +
    `<div class="story-body">${paras.map((p) => `<p>${p}</p>`).join('')}</div></article>`;
  const NEXT = [
    'The port operator reported a record number of containers in the first quarter, helped by new shipping routes to the Middle East and to East Africa.',
    'The company said it would buy six new cranes and extend the quay by 300 metres, and that it expected volumes to keep rising for the rest of the year.',
    'Analysts said the results were better than expected, though they warned that higher fuel costs could squeeze the margins of the shipping lines.',
    'Shares in the company rose by four per cent in morning trade after the results were published, their biggest one-day gain in more than a year.',
    'The operator will present its new five-year plan to investors at a meeting in the capital later this month, its chief financial officer said.',
  ];

  it('keeps the first story and drops the pre-loaded next one, even when that one scores higher', () => {
    const html = PAGE(`<main class="feed">${story('River authority to dredge main channel', '2025-05-06', P)}<div class="divider">Up next</div>${story('Port operator posts record first quarter', '2025-05-05', NEXT)}</main>`);
    const out = strip(html, { format: 'html' });
    expect(out.title).toBe('River authority to dredge main channel');
    expect(out.text).toBe(P.join('\n\n'));
  });

  it('still joins a body split over sibling containers under one headline', () => {
    const html = PAGE(`<article><h1>River authority to dredge main channel</h1><div class="body-part">${P.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}</div><div class="ad">Advertisement</div><div class="body-part">${P.slice(2).map((p) => `<p>${p}</p>`).join('')}</div></article>`);
    expect(strip(html, { format: 'html' }).text).toBe(P.join('\n\n'));
  });

  it('reads a "reactions" bar as chrome', () => {
    const el = (cls: string): HNode => ({ type: 'tag', name: 'div', attribs: { class: cls }, children: [], parent: null }) as unknown as HNode;
    expect(classWeight(el('reactions'))).toBeLessThan(0);
  });
});

describe('Word "Save as Web Page" documents', () => {
  it('reads the Title and Subtitle styles as headline and deck, other Mso classes as nothing', () => {
    expect(tokenParts('MsoTitle')).toEqual(['title']);
    expect(tokenParts('MsoSubtitle')).toEqual(['subtitle']);
    expect(tokenParts('MsoListParagraphCxSpFirst')).toEqual([]);
  });

  it('drops bullet glyphs of Word lists and keeps their numbers', () => {
    const item = (marker: string, text: string, font = ''): string =>
      `<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='${font}'><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>${text}<o:p></o:p></p>`;
    const html = PAGE(
      `<div class=WordSection1><p class=MsoTitle>River authority to dredge main channel<o:p></o:p></p><p class=MsoNormal>${P[0]}<o:p></o:p></p>` +
        item('·', P[1]!, 'font-family:Symbol') + item('o', P[2]!, 'font-family:"Courier New"') + item('§', P[3]!, 'font-family:Wingdings') +
        item('1.', P[1]!) + item('b)', P[2]!) + `</div>`,
    );
    const out = strip(html, { format: 'html' });
    expect(out.title).toBe('River authority to dredge main channel');
    expect(out.text).toBe([P[0], P[1], P[2], P[3], `1. ${P[1]}`, `b) ${P[2]}`].join('\n\n'));
  });
});
