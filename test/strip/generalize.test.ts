/**
 * Rules added so that the strip stage generalises beyond the layouts of the dev fixtures: calls to
 * action, embedded posts, breadcrumbs, caption credits, compound class names, profile boxes inside
 * content-classed siblings, inline title elements, logo headings, logo labels as site names, decks.
 */
import { describe, expect, it } from 'vitest';
import { furnitureKind, isBreadcrumb, isEmbedLine, isPromoLine } from '../../src/stages/strip/common/lines.js';
import { tokenParts } from '../../src/stages/strip/html/hints.js';
import { strip } from '../../src/stages/strip/index.js';

describe('call-to-action lines (promo lexicon per language)', () => {
  it.each([
    'Get The Daily Brief in your inbox',
    'Our free morning briefing, sent before 7 a.m. No spam, unsubscribe anytime.',
    'Sign up for our weekly climate newsletter',
    'Follow us on Facebook',
    '독자 여러분의 후원이 지역 언론을 지킵니다',
    '○○신문은 정직한 보도를 위해 독자 후원을 받고 있습니다. 소중한 후원은 더 좋은 기사로 돌려드리겠습니다.',
    '매주 월요일 아침, 경제 소식을 메일로 받아보세요.',
    'ติดตามข่าวสารภูมิภาคทั่วไทย เกาะติดทุกสถานการณ์ได้ที่ ข่าวออนไลน์',
    'ติดตามข่าวเราทาง LINE คลิก @news',
    'กดติดตามเพจ Facebook : ข่าวภูมิภาค',
  ])('%s → promo', (line) => {
    expect(isPromoLine(line)).toBe(true);
    expect(furnitureKind(line)).toBe('promo');
  });

  it('leaves sentences about newsletters, sponsors and following up alone', () => {
    expect(isPromoLine('The bank said scam messages may land in your inbox looking like ordinary alerts.')).toBe(false);
    expect(isPromoLine('재단은 지역 기업들로부터 후원을 받아 장학금을 지급하고 있다.')).toBe(false);
    expect(isPromoLine('กระทรวงจะติดตามผลการดำเนินงานอย่างใกล้ชิดทุกเดือน')).toBe(false);
    expect(isPromoLine('Fans can follow the team on Facebook.')).toBe(false);
  });
});

describe('embedded social posts', () => {
  it.each([
    'View this post on Instagram',
    'A post shared by Tonle Sap Fishers Network (@tonlesapfishers)',
    'Our new cold room is up and running! pic.twitter.com/x8Ke2Lw0aP',
    '— Fishers Network (@TSFishers) March 2, 2025',
  ])('%s → embed', (line) => {
    expect(isEmbedLine(line)).toBe(true);
  });
  it('keeps quotes that mention social networks', () => {
    expect(isEmbedLine('"We posted the warning on Instagram within minutes," she said.')).toBe(false);
  });
});

describe('breadcrumbs and caption credits', () => {
  it.each(['Business › Agriculture', '사회 > 교육', 'หน้าแรก › ข่าวภูมิภาค › ภาคอีสาน', 'Home » World » Asia'])('%s is a breadcrumb', (line) => {
    expect(isBreadcrumb(line)).toBe(true);
    expect(furnitureKind(line)).toBe('ui');
  });
  it('does not take a headline with a comparison for a breadcrumb', () => {
    expect(isBreadcrumb('Kospi > 3,000')).toBe(false);
    expect(isBreadcrumb('Exports rise 8%, imports fall > analysts see a turn.')).toBe(false);
  });
  it('reads a trailing "Photo by …" credit as a caption, not a sentence about photos', () => {
    expect(furnitureKind('Farmers harvest shrimp in Ngọc Hiển District. Photo by VnTimes/Trần Minh')).toBe('caption');
    expect(furnitureKind('He said, photos from the site showed damage to the roof of the school.')).toBeNull();
  });
});

describe('class/id compounds', () => {
  it('splits glued chrome and content words, and only into known words', () => {
    expect(tokenParts('cmplz-cookiebanner')).toEqual(['cmplz', 'cookie', 'banner']);
    expect(tokenParts('sharebar')).toEqual(['share', 'bar']);
    expect(tokenParts('newsbody')).toEqual(['news', 'body']);
    expect(tokenParts('commentary')).toEqual(['commentary']);
    expect(tokenParts('readmore')).toEqual(['readmore']);
  });
});

const PAGE = (inner: string, head = ''): string => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${inner}</body></html>`;
const PARAS = [
  'The provincial government opened fourteen solar cold rooms along the lake shore last year, and fishing families now lose far less of their catch.',
  'A survey of 412 households found that losses fell from 27 percent of the catch in 2023 to 11 percent in 2024, the research group said on its website.',
  'Cooperatives pay a small fee per crate per night, and the rooms are run by a local company under a grant from a development bank.',
  'Officials said they would expand the network to sixty sites by 2027 and were discussing financing with two international lenders.',
];

describe('in-article widgets (HTML)', () => {
  it('drops newsletter boxes, embeds and follow lines inside the content container', () => {
    const html = PAGE(`<article><h1>Solar cold rooms cut fish losses on the lake</h1><div class="post-content">
      <p>${PARAS[0]}</p><p>${PARAS[1]}</p>
      <div class="wp-block-group nl-signup-box"><h3>Get The Lake Wire in your inbox</h3><p>Our free morning briefing on the region, sent before 7 a.m. No spam, unsubscribe anytime.</p></div>
      <p>${PARAS[2]}</p>
      <figure class="wp-block-embed is-type-rich is-provider-twitter"><blockquote class="twitter-tweet"><p>Our new cold room is up and running! <a href="https://t.co/x">pic.twitter.com/x8Ke2</a></p>&mdash; Fishers (@fishers) <a href="#">March 2, 2025</a></blockquote></figure>
      <p>${PARAS[3]}</p><p>Follow us on Facebook</p></div></article>`);
    const out = strip(html, { format: 'html' });
    expect(out.text).toBe(PARAS.join('\n\n'));
  });

  it('does not join a content-classed sibling that is mostly a profile box', () => {
    const html = PAGE(`<section><article class="article-body">${PARAS.map((p) => `<p>${p}</p>`).join('')}</article>
      <div class="view-editors"><div class="editor-profile"><strong>Kim Ha-neul</strong><p>Covers industry and the economy of the central region, and welcomes tips from readers.</p><a href="#">More articles</a></div></div></section>`);
    const out = strip(html, { format: 'html' });
    expect(out.text).toBe(PARAS.join('\n\n'));
  });

  it('drops a standfirst marked as an abstract', () => {
    const html = PAGE(`<article><h1>Port expansion delayed as carmakers weigh other hubs</h1><p class="abstract">Business groups ask the prime minister to speed up the first berths, warning that exporters may move.</p>
      <div class="article-body">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div></article>`);
    expect(strip(html, { format: 'html' }).text).toBe(PARAS.join('\n\n'));
  });
});

describe('headline (HTML)', () => {
  it('skips an h1 that is only a link to the home page (the logo)', () => {
    const html = PAGE(`<div class="top"><h1><a href="/">CENTRAL HOSPITAL NEWSROOM</a></h1></div>
      <div class="board"><h4 class="subject">Hospital cuts the wait for rare-disease gene tests from a year to two weeks</h4>
      <div class="board-body">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div></div>`, '<title>News | Press releases | Central Hospital</title>');
    expect(strip(html, { format: 'html' }).title).toBe('Hospital cuts the wait for rare-disease gene tests from a year to two weeks');
  });

  it('reads a headline written in an inline title element closed before a <br>', () => {
    const html = PAGE(`<table><tr><td class="content"><div class="path">Home &gt; Research</div>
      <font class="newstitle">Researchers find drug-resistant malaria rising along the western border</font><br>
      <font class="newsdate">27 November 2024 10:24</font><br><div class="newsbody">${PARAS.join('<br><br>')}</div></td></tr></table>`,
      '<title>Health Today :: Researchers find drug-resistant malaria rising along the western border</title>');
    expect(strip(html, { format: 'html' }).title).toBe('Researchers find drug-resistant malaria rising along the western border');
  });

  it('removes a leading site name known only from the logo when <title> is the only headline', () => {
    const html = PAGE(`<div class="banner"><a href="/"><img src="/logo.gif" alt="Health Today"></a></div>
      <div>${PARAS.map((p) => `<p>${p}</p>`).join('')}</div>`, '<title>Health Today :: Lake cold rooms halve fish losses</title>');
    expect(strip(html, { format: 'html' }).title).toBe('Lake cold rooms halve fish losses');
  });
});

describe('headline (text)', () => {
  it('takes the top of a headline over a two-line deck, not the nearest deck line', () => {
    const input = [
      'Business News Plus',
      'Industry',
      'Startups',
      'Battery recycler raises 30 billion won and signs cell supply deal with a major maker',
      'Secures 40,000 tonnes of scrap cells',
      'First wage talks with unionised staff',
      'By Yoon Chae-a',
      'Posted 2025-11-12 11:30',
      '',
      ...PARAS.flatMap((p) => [p, '']),
    ].join('\n');
    expect(strip(input, { format: 'text' }).title).toBe('Battery recycler raises 30 billion won and signs cell supply deal with a major maker');
  });

  it('does not take a breadcrumb line above the date for the headline', () => {
    const input = [
      'Trang chủ', 'Kinh doanh', 'Tìm kiếm', '',
      'Business › Agriculture', '',
      'Thứ ba, 11/3/2025, 16:20 (GMT+7)', '',
      'Mekong Delta shrimp farmers win premium prices with mangrove certification', '',
      'Chia sẻ', 'Facebook', 'Copy link', '',
      ...PARAS.flatMap((p) => [p, '']),
    ].join('\n');
    const out = strip(input, { format: 'text' });
    expect(out.title).toBe('Mekong Delta shrimp farmers win premium prices with mangrove certification');
    expect(out.publishedAt).toBe('2025-03-11');
  });
});
