/**
 * Rules added after pages in layouts the strip stage had not seen (a think-tank commentary, a UN-agency press
 * page, a gnuboard local daily, an embassy board, a Daum article, a Joomla department page, a Thai business
 * daily, a Thai regional gallery page): pull quotes, summary boxes, press-release boilerplate headings,
 * captions under images without caption markup, gallery counters, player bars, disclaimers, slash credits,
 * two-digit board dates, headlines over a deck line a little longer than themselves.
 */
import { describe, expect, it } from 'vitest';
import { findDates, formatDate } from '../../src/stages/strip/common/dates.js';
import { endsBody, furnitureKind, isGalleryCounter, isSummaryHeading } from '../../src/stages/strip/common/lines.js';
import { classWeight } from '../../src/stages/strip/html/segment.js';
import { strip } from '../../src/stages/strip/index.js';
import type { HNode } from '../../src/stages/strip/html/dom.js';

const PAGE = (inner: string, head = ''): string => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${inner}</body></html>`;
const EN = [
  'The ministry unveiled its minerals strategy two years ago, and the region has since made clear that it will not settle for exporting raw ore.',
  '“We do not want to be a quarry for other people’s industrial policy,” a deputy minister told a forum in March, and officials elsewhere agreed.',
  'Export credit agencies already finance overseas plants, and a dedicated facility could lower the cost of building refineries near the mines.',
  'The next summit is scheduled for October, and it is an opportunity to put such a proposal on the table before partners look elsewhere.',
];
const KO = [
  '제천시가 대표 관광지인 의림지 둘레길 2.2㎞ 구간에 야간 경관조명을 설치해 밤에도 머무는 관광지로 만든다고 3일 밝혔다.',
  '시는 저수지 둑을 따라 미디어 파사드와 LED 조명을 설치하고, 소나무 숲길에는 동작 감지 조명을 달아 산책객이 지나갈 때만 불이 켜지도록 할 계획이다.',
  '이번 사업은 문화체육관광부의 야간관광 특화도시 공모에 선정되면서 추진됐으며, 시는 국비 14억원을 확보했다.',
];
const TH = [
  'กรมทรัพยากรน้ำบาดาลเร่งเจาะบ่อน้ำบาดาลเพื่อแก้ไขปัญหาภัยแล้งจำนวน 120 บ่อ ในพื้นที่ 5 จังหวัดภาคตะวันออกเฉียงเหนือ ให้แล้วเสร็จภายในเดือนพฤษภาคม',
  'บ่อน้ำบาดาลทั้งหมดจะติดตั้งระบบสูบน้ำพลังงานแสงอาทิตย์และหอถังเก็บน้ำ เพียงพอต่อการอุปโภคบริโภคของประชาชนประมาณ 36,000 ครัวเรือน',
  'ประชาชนที่ประสบปัญหาขาดแคลนน้ำสามารถแจ้งขอรับความช่วยเหลือได้ที่องค์กรปกครองส่วนท้องถิ่นในพื้นที่ หรือสายด่วนของกรมตลอด 24 ชั่วโมง',
];
const el = (cls: string): HNode => ({ type: 'tag', name: 'div', parent: null, attribs: { class: cls } });

describe('class hints for display copies, summaries, citations and players', () => {
  it.each(['wp-block-pullquote', 'key-takeaways', 'keypoints', 'cite-block', 'insight-disclaimer', 'article-audio', 'carousel slide'])('%s is chrome', (cls) => {
    expect(classWeight(el(cls))).toBeLessThan(0);
  });
});

describe('pull quotes', () => {
  it('drops an unclassed blockquote that repeats a sentence of a paragraph', () => {
    const html = PAGE(`<article><h1>Minerals deals need local processing to last</h1><div class="wysiwyg">
      <p>${EN[0]}</p><blockquote><p>“We do not want to be a quarry for other people’s industrial policy.”</p></blockquote>
      <p>${EN[1]}</p><p>${EN[2]}</p><p>${EN[3]}</p></div></article>`);
    expect(strip(html, { format: 'html' }).text).toBe(EN.join('\n\n'));
  });

  it('keeps a blockquote that quotes something said nowhere else', () => {
    const quote = '“The refinery will employ four thousand people once it runs at full capacity,” the governor said at the ceremony.';
    const html = PAGE(`<article><h1>Minerals deals need local processing to last</h1><div class="wysiwyg">
      <p>${EN[0]}</p><blockquote><p>${quote}</p></blockquote><p>${EN[2]}</p><p>${EN[3]}</p></div></article>`);
    expect(strip(html, { format: 'html' }).text).toBe([EN[0], quote, EN[2], EN[3]].join('\n\n'));
  });
});

describe('summary boxes', () => {
  it.each(['Key takeaways', 'Key Points', '자동요약', '본문 요약봇', 'ประเด็นสำคัญ', '【요약】'])('%s is a summary heading', (line) => {
    expect(isSummaryHeading(line)).toBe(true);
    expect(furnitureKind(line)).toBe('deck');
  });

  it('drops an unclassed box headed "Key takeaways" inside the body container (HTML)', () => {
    const html = PAGE(`<article><h1>Minerals deals need local processing to last</h1><div class="wysiwyg">
      <div class="box-a"><h2>Key takeaways</h2><ul><li>Seoul has signed 11 minerals agreements since 2023, but few have led to investment.</li>
      <li>Host governments want refining at home, not just offtake contracts.</li></ul></div>
      ${EN.map((p) => `<p>${p}</p>`).join('')}</div></article>`);
    expect(strip(html, { format: 'html' }).text).toBe(EN.join('\n\n'));
  });

  it('drops a portal machine summary set tight under its heading (text)', () => {
    const input = [
      '충북교육청, 농촌 작은학교 통학택시 2배로 늘린다', '김서연 기자', '입력 2025. 6. 17. 11:32', '',
      '자동요약',
      '기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다.',
      '충북교육청이 2026년 행복통학택시 예산을 18억원으로 늘려 지원 학교를 96곳으로 확대한다.',
      '택시 기사 안전교육을 의무화하고 차량 위치 알림 앱을 도입한다.', '',
      ...KO.flatMap((p) => [p, '']),
    ].join('\n');
    const out = strip(input, { format: 'text' });
    expect(out.text).toBe(KO.join('\n\n'));
    expect(out.title).toBe('충북교육청, 농촌 작은학교 통학택시 2배로 늘린다');
  });
});

describe('press-release boilerplate headings end the body', () => {
  it.each(['Notes to editors', 'Note to editors:', "Editor's notes", 'About the ILO', 'About ADB', '<회사 소개>'])('%s', (line) => {
    expect(endsBody(line)).toBe(true);
  });
  it('not sentences or counts that open with "About"', () => {
    expect(endsBody('About 200 people attended')).toBe(false);
    expect(endsBody('About the ILO and its partners, see the annex.')).toBe(false);
  });
  it('drops the "Notes to editors" section of the body field', () => {
    const html = PAGE(`<article><h1>Cambodia pilots unemployment insurance for garment workers</h1><div class="field--name-body">
      ${EN.map((p) => `<p>${p}</p>`).join('')}<h3>Notes to editors</h3>
      <p><strong>About the ILO</strong><br>The International Labour Organization is the United Nations agency for the world of work. It brings together governments, employers and workers.</p></div></article>`);
    expect(strip(html, { format: 'html' }).text).toBe(EN.join('\n\n'));
  });
});

describe('captions under images without caption markup (HTML)', () => {
  it('drops a centred paragraph that follows an image-only paragraph', () => {
    const html = PAGE(`<div class="view_cont"><p style="text-align:center;"><img src="a.jpg"></p>
      <p style="text-align:center;">박정훈 대사와 태국 노동부 차관 등 포럼 참석자들이 기념촬영을 하고 있다.</p>${KO.map((p) => `<p>${p}</p>`).join('')}</div>`,
      '<title>대사관 소식</title>');
    expect(strip(html, { format: 'html' }).text).toBe(KO.join('\n\n'));
  });

  it('drops a caption after an image and a line break in the same paragraph', () => {
    const html = PAGE(`<table><tr><td class="contentheading">ทบ. เร่งเจาะบ่อน้ำบาดาล 120 บ่อ ช่วยหมู่บ้านขาดแคลนน้ำ</td></tr><tr><td>
      <p style="text-align: center;"><img src="w.jpg"><br>อธิบดีตรวจเยี่ยมการติดตั้งระบบสูบน้ำพลังงานแสงอาทิตย์ ที่บ้านหนองแวง จังหวัดร้อยเอ็ด</p>
      ${TH.map((p) => `<p>${p}</p>`).join('')}</td></tr></table>`);
    expect(strip(html, { format: 'html' }).text).toBe(TH.join('\n\n'));
  });

  it('drops a "▲" caption under an image even when it is not centred', () => {
    const html = PAGE(`<div class="view_cont"><p><img src="a.jpg"></p><p>▲ 의림지 둘레길 야간 경관조명 조감도</p>${KO.map((p) => `<p>${p}</p>`).join('')}</div>`);
    expect(strip(html, { format: 'html' }).text).toBe(KO.join('\n\n'));
  });

  it('keeps the lede that follows the lead image', () => {
    const html = PAGE(`<div class="view_cont"><p><img src="a.jpg"></p>${KO.map((p) => `<p>${p}</p>`).join('')}</div>`);
    expect(strip(html, { format: 'html' }).text).toBe(KO.join('\n\n'));
  });
});

describe('gallery counters and captions (text)', () => {
  it.each(['ภาพที่ 2 จาก 6', 'Photo 2 of 6', '사진 3/8', 'รูปที่ ๒ จาก ๖'])('%s is a gallery counter', (line) => {
    expect(isGalleryCounter(line)).toBe(true);
    expect(furnitureKind(line)).toBe('caption');
  });

  it('drops the counter and the caption line under it between paragraphs', () => {
    const input = [
      'ทบ. เร่งเจาะบ่อน้ำบาดาล 120 บ่อ ช่วยหมู่บ้านขาดแคลนน้ำ 5 จังหวัดอีสาน', '22 ก.ค. 2568 10:15 น.', '',
      'ภาพที่ 1 จาก 6', 'ชาวบ้านรอรับน้ำจากรถบรรทุกน้ำที่หน้าศาลากลางหมู่บ้าน', '',
      TH[0], '', 'ภาพที่ 2 จาก 6', 'เจ้าหน้าที่ติดตั้งแผงโซลาร์เซลล์บนหอถังเก็บน้ำ', '', TH[1], '', TH[2], '',
    ].join('\n');
    expect(strip(input, { format: 'text' }).text).toBe(TH.join('\n\n'));
  });
});

describe('single chrome lines', () => {
  it.each([
    ['ฟังข่าว 00:00 / 04:12 ความเร็ว 1x', 'ui'],
    ['Listen 0:00 / 3:41', 'ui'],
    ['Cite this article', 'ui'],
    ['The views expressed in this article are those of the authors and do not necessarily reflect those of the Institute.', 'disclaimer'],
    ['Disclaimer: Comments do not represent the views of the Manila Sentinel.', 'disclaimer'],
    ['외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다.', 'disclaimer'],
    ['บทความนี้เป็นความคิดเห็นส่วนตัวของผู้เขียน ไม่จำเป็นต้องสอดคล้องกับนโยบายของกองบรรณาธิการ', 'disclaimer'],
    ['충북 괴산군의 한 초등학교 학생들이 행복통학택시에서 내리고 있다. /충북교육청 제공', 'caption'],
    ['선수들이 훈련을 마친 뒤 기념촬영을 하고 있다. /사진=대한배구협회', 'caption'],
  ])('%s → %s', (line, kind) => {
    expect(furnitureKind(line)).toBe(kind);
  });

  it('leaves body sentences alone', () => {
    for (const s of [
      'The match ended 3:10 / 2:05 in the two sets, officials said after reviewing the footage.',
      '양측의 입장이 다를 수 있다는 점을 감안해 협상을 이어가기로 했다.',
      'Views expressed at the forum ranged from cautious support to open opposition.',
      '시는 이번 사업에 국비와 시비를 함께 투입할 계획이라고 밝혔다.',
    ]) expect(furnitureKind(s)).toBeNull();
  });
});

describe('two-digit board dates', () => {
  const first = (s: string): string | null => {
    const d = findDates(s)[0];
    return d ? formatDate(d.dt, '+09:00') : null;
  };
  it('reads yy-mm-dd after a Korean board date label', () => {
    expect(first('작성일 : 25-09-03 14:22')).toBe('2025-09-03T14:22+09:00');
    expect(first('등록일 25.09.03')).toBe('2025-09-03');
  });
  it('does not read an unlabelled or impossible yy-mm-dd', () => {
    expect(first('25-09-03')).toBeNull();
    expect(first('작성일 : 25-13-03')).toBeNull();
  });
});

describe('headline over a slightly longer deck line (text)', () => {
  it('takes the top of a stack whose second line is a little longer', () => {
    const input = [
      '홈 > 의학·연구',
      "환자 세포로 만든 '미니 뇌'로 파킨슨병 약 반응 미리 본다",
      '서울대병원·KIST 공동연구팀, 약물 반응 예측 정확도 83%',
      '2주 만에 맞춤 약 선별…기업에 기술이전',
      '정은솔 기자',
      '승인 2025.03.12 14:35', '',
      ...KO.flatMap((p) => [p, '']),
    ].join('\n');
    expect(strip(input, { format: 'text' }).title).toBe("환자 세포로 만든 '미니 뇌'로 파킨슨병 약 반응 미리 본다");
  });
});
