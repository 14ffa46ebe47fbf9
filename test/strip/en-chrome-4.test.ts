/**
 * Rules added after English pages in layouts the strip stage had not seen (a local government's media statement
 * exported from PDF to text, a portal page syndicating a wire story, a chamber's e-mail alert saved from Outlook as
 * Word HTML): hard-wrapped lines rejoined, PDF page breaks, release reference numbers, a "Date:" row over the
 * headline, Office style classes, a layout-table cell as the container, the headline nearest the body.
 */
import { describe, expect, it } from 'vitest';
import { furnitureKind } from '../../src/stages/strip/common/lines.js';
import { tokenParts } from '../../src/stages/strip/html/hints.js';
import { strip } from '../../src/stages/strip/index.js';
import { splitLines } from '../../src/stages/strip/text/index.js';

const P = [
  'The provincial water authority said on Monday that it would replace 40 kilometres of old pipes in the city centre, cutting losses from leaks by a third.',
  'Work will start in the dry season and is expected to take two years, with night shifts planned to limit disruption to traffic on the main roads.',
  'The authority will finance the project with a loan from a state bank and with a small rise in water tariffs for large commercial users.',
  'Residents will be told about planned outages at least three days in advance through text messages and notices at local community offices.',
];

/** Wraps a paragraph at `width` chars, as a PDF-to-text export does. */
function wrap(p: string, width: number): string {
  const out: string[] = [];
  let line = '';
  for (const w of p.split(' ')) {
    if (line && line.length + 1 + w.length > width) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  return [...out, line].join('\n');
}

describe('hard-wrapped text', () => {
  it('rejoins the lines of a paragraph wrapped at a fixed width', () => {
    const lines = splitLines([wrap(P[0]!, 60), wrap(P[1]!, 60), wrap(P[2]!, 60)].join('\n\n'));
    expect(lines.map((l) => l.text)).toEqual([P[0], P[1], P[2]]);
  });

  it('leaves unwrapped scraped text (long paragraph lines, short menu lines) alone', () => {
    const page = ['Home', 'News', 'Business', '', P[0], P[1], '', 'Share'].join('\n');
    expect(splitLines(page).map((l) => l.text)).toEqual(['Home', 'News', 'Business', P[0], P[1], 'Share']);
  });

  it('does not join a wrapped line that ends a sentence to the next', () => {
    const text = ['The city will open two help desks at the airport and at the central', 'hospital from September, staffed by trained interpreters.', 'A third desk will follow at the railway station next spring, officials', 'said on Monday, and a fourth at the ferry terminal in the harbour area.'].join('\n');
    const lines = splitLines([text, text].join('\n\n')).map((l) => l.text);
    expect(lines[0]).toBe('The city will open two help desks at the airport and at the central hospital from September, staffed by trained interpreters.');
    expect(lines[1]).toMatch(/^A third desk/);
  });
});

describe('a PDF export scraped to text', () => {
  const statement = [
    'PROVINCIAL WATER AUTHORITY',
    'Media Statement',
    '',
    'Statement No. 2025-031',
    'Date: 2 April 2025 (Wednesday)',
    'Department: Communications Office',
    '',
    'Water authority to replace old pipes in city centre',
    '',
    wrap(P[0]!, 80),
    '',
    wrap(P[1]!, 80),
    '',
    'Provincial Water Authority | Communications Office',
    'Page 1 of 2',
    '\fPROVINCIAL WATER AUTHORITY',
    'Media Statement',
    '',
    wrap(P[2]!, 80),
    '',
    wrap(P[3]!, 80),
    '',
    '# # #',
    '',
    'Provincial Water Authority | Communications Office',
    'Page 2 of 2',
  ].join('\n');

  it('the running footer, page counter and next page header between paragraphs leave the body, which runs on', () => {
    expect(strip(statement, { format: 'text' }).text).toBe(P.join('\n\n'));
  });

  it('a release reference number is metadata, not a headline; the "Date:" row above the headline dates the page', () => {
    expect(furnitureKind('Statement No. 2025-031')).toBe('meta');
    expect(furnitureKind('Press Release No. 45/2025')).toBe('meta');
    const out = strip(statement, { format: 'text' });
    expect(out.title).toBe('Water authority to replace old pipes in city centre');
    expect(out.publishedAt).toBe('2025-04-02');
  });
});

describe('Word / Outlook HTML in a layout table', () => {
  const bullet = (t: string): string =>
    `<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·</span></span><![endif]><span>${t}</span></p>`;
  const html = `<html><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><title>[Member Alert] Water authority to replace old pipes in city centre</title></head><body>
    <div class=WordSection1>
    <p class=MsoNormal><b>From:</b> Business Council<br><b>Sent:</b> Wednesday, April 2, 2025 9:02 AM<br><b>Subject:</b> [Member Alert] Water authority to replace old pipes in city centre</p>
    <table class=MsoNormalTable width=600>
      <tr><td><p class=MsoNormal><a href="https://example.org/view">View this email in your browser</a></p></td></tr>
      <tr><td>
        <p class=MsoNormal><b><span style='font-size:18pt'>Water authority to replace old pipes in city centre</span></b></p>
        <p class=MsoNormal>${P[0]}</p>
        <p class=MsoNormal>${P[1]}</p>
        ${bullet('Check the outage notices for your street before booking deliveries next month.')}
        ${bullet('Register a contact person with the authority so that planned cuts can be announced.')}
        <p class=MsoNormal>${P[2]}</p>
        <p class=MsoNormal>${P[3]}</p>
      </td></tr>
      <tr><td><p class=MsoNormal><b>Questions? Contact our policy desk</b></p><p class=MsoNormal>Ms. Jane Doe, Policy Manager, +66 2 000 0000</p></td></tr>
      <tr><td><p class=MsoNormal>You are receiving this email because you are a member of the council.</p><p class=MsoNormal><a href="https://example.org/unsub">Unsubscribe</a></p></td></tr>
    </table></div></body></html>`;

  it('Office style classes carry no hint ("MsoListParagraph" is no list box)', () => {
    expect(tokenParts('MsoListParagraph')).toEqual([]);
    expect(tokenParts('MsoNormalTable')).toEqual([]);
    expect(tokenParts('article-list')).toEqual(['article', 'list']);
  });

  it('the table cell holding the article is the container; its bulleted paragraphs stay', () => {
    const out = strip(html, { format: 'html' });
    expect(out.text).toContain(P[0]);
    expect(out.text).toContain('Register a contact person with the authority');
    expect(out.text).toContain(P[3]);
    expect(out.text).not.toContain('View this email');
    expect(out.text).not.toContain('Contact our policy desk');
    expect(out.text).not.toContain('You are receiving this email');
  });

  it('the headline over the text wins over the "Subject:" header row that repeats <title>', () => {
    expect(strip(html, { format: 'html' }).title).toBe('Water authority to replace old pipes in city centre');
  });
});

describe('hard-wrap detection limits', () => {
  it('a long run of short menu items is not a wrapped paragraph', () => {
    const menu = Array.from({ length: 40 }, (_, i) => `menu item ${i}`).join('\n');
    expect(splitLines(menu)).toHaveLength(40);
  });
});
