/**
 * Rules added after English pages in layouts the strip stage had not seen (a Singapore-government media release,
 * an AMP article, a Next.js news page, a newsletter-platform post, a broadcaster's mobile page scraped to text):
 * page wrappers with content-sounding ids, newsletter calls to action, subheads in chrome-classed wrappers, media-contact headings, ad slots
 * and read-on markers between paragraphs, video teasers, a bare-name byline over the dateline.
 */
import { describe, expect, it } from 'vitest';
import { endsBody, furnitureKind, isAdSlotLine } from '../../src/stages/strip/common/lines.js';
import { strip } from '../../src/stages/strip/index.js';

const PAGE = (inner: string): string => `<!doctype html><html><head><meta charset="utf-8"></head><body>${inner}</body></html>`;
const P = [
  'The port authority said on Monday that a second container berth would open next spring, doubling the capacity of the river terminal.',
  'Shipping lines have asked for the expansion for years because vessels now wait up to two days for a berth during the harvest season.',
  'The project is financed by a loan from a regional development bank and by the provincial government, officials said at the briefing.',
  'Freight forwarders welcomed the plan but said the access road would also need widening before the new berth could be used at full capacity.',
];

describe('page wrappers with a content-sounding id', () => {
  it('do not pull the body up to the whole page when they score close to the article', () => {
    // The wrapper's id ("main") scores like the article div; the newsletter's closing call to action beside the
    // article is chrome either way.
    const html = PAGE(`<div id="main" class="main-wrap"><div class="topbar"><a href="/">Harbour Notes</a></div>
      <div class="single"><article class="post"><h1>River terminal to get a second berth</h1>
      <div class="available-content"><div class="body">${P.map((p) => `<p>${p}</p>`).join('')}</div></div></article></div>
      <div class="recommendations"><h4>Ready for more?</h4></div></div>`);
    const out = strip(html, { format: 'html' });
    expect(out.text).toBe(P.join('\n\n'));
  });

  it('nor to the wrapper when the wrapper itself scores close to the article', () => {
    // id and class "main" weigh like a content container: the wrapper ranks second, above the article element.
    const body = [1, 2, 3].flatMap((k) => P.map((p, i) => `${p} ${P[(i + k) % 4]}`));
    const html = PAGE(`<div id="app"><div id="main" class="main"><div class="single"><article class="post">
      <h1>River terminal to get a second berth</h1><div class="available-content"><div class="body">${body.map((p) => `<p>${p}</p>`).join('')}</div></div>
      </article></div><div class="recommendations"><h4>Ready for more?</h4></div>
      <div class="site-foot"><div class="inner"><div class="slogan">Harbour Notes is where readers meet the people who run their ports.</div></div></div></div></div>`);
    expect(strip(html, { format: 'html' }).text).toBe(body.join('\n\n'));
  });
});

describe('subheads in chrome-classed wrappers', () => {
  it('keeps a heading alone in a "header…widget" element between body paragraphs', () => {
    const html = PAGE(`<article><h1>River terminal to get a second berth</h1><div class="story-body">
      <p>${P[0]}</p><p>${P[1]}</p>
      <div class="header-anchor-post"><h2 class="header-with-anchor-widget">Who pays for it</h2></div>
      <p>${P[2]}</p><h3 id="next-steps">Next steps</h3><p>${P[3]}</p></div></article>`);
    expect(strip(html, { format: 'html' }).text).toBe([P[0], P[1], 'Who pays for it', P[2], 'Next steps', P[3]].join('\n\n'));
  });

  it('still drops a heading that shares its chrome element with a box', () => {
    const html = PAGE(`<article><h1>River terminal to get a second berth</h1><div class="story-body">
      <p>${P[0]}</p><p>${P[1]}</p>
      <section class="newsletter-cta"><h3>The Port Brief</h3><p>Our weekday newsletter on shipping, free in your inbox.</p></section>
      <p>${P[2]}</p><p>${P[3]}</p></div></article>`);
    expect(strip(html, { format: 'html' }).text).toBe(P.join('\n\n'));
  });
});

describe('media-contact headings', () => {
  it.each(['For media enquiries, please contact:', 'Media contacts', 'For press inquiries:', 'For more information, please contact:'])(
    '%s ends the body',
    (line) => expect(endsBody(line)).toBe(true),
  );

  it('is not a sentence that mentions media enquiries', () => {
    expect(endsBody('For media enquiries the ministry set up a hotline last week.')).toBe(false);
  });

  it('drops the contact card after it', () => {
    const html = PAGE(`<div class="content"><h1>River terminal to get a second berth</h1>${P.map((p) => `<p>${p}</p>`).join('')}
      <p><strong>For media enquiries, please contact:</strong></p><p>Ms Jane Lim<br>Senior Manager, Corporate Communications<br>Port Authority</p></div>`);
    expect(strip(html, { format: 'html' }).text).toBe(P.join('\n\n'));
  });
});

describe('ad slots, read-on markers and video teasers', () => {
  it.each(['Continue reading', 'Story continues below advertisement', 'Article continues below', 'ADVERTISEMENT'])('%s is an ad slot', (line) => {
    expect(furnitureKind(line)).toBe('ui');
    expect(isAdSlotLine(line)).toBe(true);
  });

  it.each(['Watch: Officials outline the new berth plan', 'VIDEO: Inside the river terminal', 'Listen: The week in shipping'])('%s is a teaser', (line) => {
    expect(furnitureKind(line)).toBe('related');
  });

  it('lets the body run on across several slot lines between paragraphs (text)', () => {
    const text = ['River terminal to get a second berth', '', P[0], '', P[1], '', 'Story continues below advertisement', '', 'ADVERTISEMENT', '',
      'Continue reading', '', P[2], '', P[3], '', 'Trending now', '1', 'Another headline about something else entirely'].join('\n');
    expect(strip(text, { format: 'text' }).text).toBe(P.join('\n\n'));
  });
});

describe('a bare-name byline over the dateline (text)', () => {
  it('is not taken for the headline', () => {
    const text = ['Asia', '', 'River terminal to get a second berth after years of delays', '',
      'The expansion will double the capacity of the terminal.', '', 'Listen to this article', '',
      'Watch: Officials outline the new berth plan', '', 'Jane Lim', '13 May 2025 06:15PM', '', 'Share', 'Facebook', '',
      ...P.flatMap((p) => [p, ''])].join('\n');
    const out = strip(text, { format: 'text' });
    expect(out.title).toBe('River terminal to get a second berth after years of delays');
    expect(out.text).toBe(P.join('\n\n'));
  });
});

describe('a deck written as a sentence under the headline (text)', () => {
  it('is not taken for the headline though it sits nearer the byline', () => {
    const text = ['River terminal to get a second berth after years of delays', '',
      'The expansion will double the capacity of the terminal.', '', 'Listen to this article', '', 'Share', '', 'By Jane Lim', '13 May 2025', '',
      ...P.flatMap((p) => [p, ''])].join('\n');
    expect(strip(text, { format: 'text' }).title).toBe('River terminal to get a second berth after years of delays');
  });
});
