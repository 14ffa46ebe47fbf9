/**
 * Rules added after English pages in layouts the strip stage had not seen (an embassy's board view in a layout
 * table under a site-name logo, a Q&A explainer with an FAQ accordion, a print-edition archive page scraped to text):
 * skip links read as home links, the logo confirmed by a "Board | Site" <title>, FAQ accordions, print jump lines and
 * page breaks, "Photo: …" credits, pull quotes, a headline under a list of the page's articles, folio dates.
 */
import { describe, expect, it } from 'vitest';
import { furnitureKind, pageJump } from '../../src/stages/strip/common/lines.js';
import { HOME_HREF } from '../../src/stages/strip/html/hints.js';
import { strip } from '../../src/stages/strip/index.js';

const P = [
  'The provincial water authority said on Monday that it would replace 40 kilometres of old pipes in the city centre, cutting losses from leaks by a third.',
  'Work will start in the dry season and is expected to take two years, with night shifts planned to limit disruption to traffic on the main roads.',
  'The authority will finance the project with a loan from a state bank and with a small rise in water tariffs for large commercial users.',
  'Residents will be told about planned outages at least three days in advance through text messages and notices at local community offices.',
];

describe('home links and the site logo', () => {
  it('an in-page fragment (a skip link) is not a link to the home page', () => {
    expect(HOME_HREF.test('#contents')).toBe(false);
    expect(HOME_HREF.test('/en/index.do')).toBe(true);
  });

  it('a logo heading contained in a "Board | Site Name" <title> is not the headline; the board subject cell is', () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>Agency News | Office of the Provincial Water Works Authority</title></head><body>
      <a href="#content">Skip to content</a>
      <h1><a href="/en/index.do">Office of the Provincial Water Works Authority</a></h1>
      <ul><li><a href="/en/a">About</a></li><li><a href="/en/b">Services</a></li><li><a href="/en/c">Agency News</a></li></ul>
      <h2>Agency News</h2>
      <table class="bbs_view"><thead><tr><th colspan="4">Water authority to replace old pipes in city centre</th></tr>
      <tr><th>Date</th><td>2025-04-02</td><th>Views</th><td>311</td></tr></thead>
      <tbody><tr><td colspan="4">${P.map((p) => `<p>${p}</p>`).join('')}</td></tr></tbody></table>
      </body></html>`;
    const out = strip(html, { format: 'html' });
    expect(out.title).toBe('Water authority to replace old pipes in city centre');
    expect(out.text).toBe(P.join('\n\n'));
  });
});

describe('FAQ accordions', () => {
  it('the site\'s standing questions under the article are not body', () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"></head><body><article>
      <h1>Water authority to replace old pipes in city centre</h1>
      <div class="body"><p>${P[0]}</p><p>${P[1]}</p><h2>Who pays?</h2><p>${P[2]}</p><p>${P[3]}</p></div>
      <section class="faq-accordion"><h2>About our explainers</h2>
        <details><summary>How do we choose which questions to answer?</summary><p>Our desk looks at the questions readers send us and at the stories people search for most.</p></details>
        <details><summary>Can I republish this explainer?</summary><p>Please contact our syndication team for permission before republishing any part of this page.</p></details>
      </section></article></body></html>`;
    expect(strip(html, { format: 'html' }).text).toBe([P[0], P[1], 'Who pays?', P[2], P[3]].join('\n\n'));
  });
});

describe('print-edition archive pages scraped to text', () => {
  it('jump lines are recognised', () => {
    expect(pageJump('PIPES: Continued on Page A6')).toBe('to');
    expect(pageJump('(Continued on page 6)')).toBe('to');
    expect(pageJump('See PIPES, Page A6')).toBe('to');
    expect(pageJump('Continued from Page A1')).toBe('from');
    expect(pageJump('From page 1')).toBe('from');
    expect(pageJump('The work continued on page two of the plan.')).toBeNull();
    expect(furnitureKind('Continued from Page A1')).toBe('related');
  });

  it('a caption closing on "Photo: Credit" after its sentence is a caption', () => {
    expect(furnitureKind('NEW PIPES: Workers lay a main under Station Road on Monday. Photo: Provincial Water Works')).toBe('caption');
    expect(furnitureKind('Photo: Provincial Water Works')).toBe('caption');
  });

  const page = [
    'PRINT EDITION ARCHIVE',
    '',
    'Page A1 | FRONT PAGE',
    'View this page as PDF (2.1 MB)',
    '',
    'Articles on this page (3):',
    '1. Water authority to replace old pipes in city centre',
    '2. Night market to move to the riverside',
    '3. School bus routes to change next term',
    '',
    'Water authority to replace old pipes in city centre',
    '',
    'Two-year project aims to cut leaks by a third',
    '',
    'By SOMSAK DEEJAI',
    '',
    P[0],
    '',
    P[1],
    '',
    'PIPES: Continued on Page A6',
    '',
    'Page A6 | CITY',
    'View this page as PDF (1.8 MB)',
    '',
    'A6 THE RIVERSIDE TIMES WEDNESDAY, APRIL 2, 2025',
    '',
    'PIPES',
    'Continued from Page A1',
    '',
    P[2],
    '',
    '"Residents will be told about outages in advance" — Anong Sukjai, water authority',
    '',
    P[3],
    '',
    'Clip this article',
    '',
    '© 2025 The Riverside Times. All rights reserved.',
  ].join('\n');

  it('the article runs on across a page break; pull quote, jump lines and page furniture are dropped', () => {
    const out = strip(page, { format: 'text' });
    expect(out.text).toBe(P.join('\n\n'));
  });

  it('the headline under a list of the page\'s articles wins over the deck under it', () => {
    expect(strip(page, { format: 'text' }).title).toBe('Water authority to replace old pipes in city centre');
  });

  it('without a dateline near the headline, the folio in the page break dates the page', () => {
    expect(strip(page, { format: 'text' }).publishedAt).toBe('2025-04-02');
  });
});
