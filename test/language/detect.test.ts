import { describe, expect, it } from 'vitest';
import { languageSchema } from '../../src/schema/record.js';
import { analyzeParagraph, detectLanguage, splitParagraphs } from '../../src/stages/language/index.js';

const doc = (...paragraphs: string[]): string => paragraphs.join('\n\n');

/** Every paragraph lies in exactly one segment, segments are ordered, disjoint and inside the text. */
function expectSegmentsCoverParagraphs(text: string): void {
  const { segments } = detectLanguage(text);
  const paragraphs = splitParagraphs(text);
  let previousEnd = -1;
  for (const s of segments) {
    expect(s.start).toBeGreaterThan(previousEnd);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    previousEnd = s.end;
  }
  for (const p of paragraphs) {
    const inside = segments.filter((s) => s.start <= p.start && p.end <= s.end);
    expect(inside).toHaveLength(1);
  }
  // A segment starts at a paragraph's start and ends at a paragraph's end.
  for (const s of segments) {
    expect(paragraphs.some((p) => p.start === s.start)).toBe(true);
    expect(paragraphs.some((p) => p.end === s.end)).toBe(true);
  }
}

// Excerpts of the seed pages (../shared/seeds): bodies as a lenient strip stage would leave them.
const ENGLISH_WITH_KOREAN_MENU = doc(
  '바로가기 메뉴',
  '본문 바로가기',
  '주메뉴 바로가기',
  'Press Releases',
  'Heads of ROK’s Overseas Diplomatic Missions Discuss Ways to Innovate Foreign Ministry',
  '1. On December 10, the first day of the 2018 meeting of the heads of the Republic of Korea’s overseas diplomatic missions, the Foreign Minister and the mission heads attended a session for “a discussion on the innovation of the Ministry of Foreign Affairs,” which served as an opportunity to discuss a new innovation vision.',
  '2. In her opening remarks, Foreign Minister Kang Kyung-wha, the chair of the meeting, underscored the need for the Foreign Ministry to draw up “a new diplomatic vision that would contribute to peace and prosperity” amid ongoing fundamental changes in the international political landscape.',
  '3. In the session on government innovation that ensued, Minister of the Interior and Safety Kim Boo-kyum delivered a lecture on “government innovation toward an inclusive nation,” followed by a question-and-answer session with the mission heads.',
  '※시스템관리를 위해 15MB가 넘으면 바로보기가 제한 됩니다.',
);

const THAI_WITH_VIETNAMESE = doc(
  'Vietnam.vn - Nền tảng quảng bá Việt Nam',
  'Độc lập - Tự do - Hạnh phúc',
  'กระทรวงการต่างประเทศเชื่อมโยงการปรับโครงสร้างองค์กรกับการส่งเสริมการเปลี่ยนแปลงทางดิจิทัล',
  'Bộ Ngoại giao gắn tổ chức sắp xếp bộ máy với đẩy mạnh chuyển đổi số- Ảnh 1.',
  'รองนายกรัฐมนตรี Tran Luu Quang เข้าร่วมการประชุมเต็มคณะในหัวข้อ "การสร้างและพัฒนาภาค การทูต " - ภาพ: VGP/Hai Minh',
  'เมื่อเช้าวันที่ 22 ธันวาคม ณ กรุงฮานอย กระทรวงการต่างประเทศได้จัดการประชุมเต็มคณะในหัวข้อ "การสร้างและพัฒนาภาคการทูต" ซึ่งเป็นส่วนหนึ่งของการประชุมทางการทูตครั้งที่ 32',
  'รัฐมนตรี Bui Thanh Son เสนอแนะให้ผู้แทนที่เข้าร่วมการประชุมมุ่งเน้นไปที่การหารือประเด็นสำคัญต่างๆ รวมถึงการส่งเสริมการพัฒนาสถาบัน การกำหนดมาตรฐานกฎระเบียบและกระบวนการ',
  'Simple Empty No data',
  'ในการประชุม รองนายกรัฐมนตรี Tran Luu Quang ได้กล่าวชื่นชมความสำเร็จอันโดดเด่นของภาคการทูตในปี 2566 ซึ่งมีส่วนช่วยเสริมสร้างภาพลักษณ์ ตำแหน่ง และศักดิ์ศรีของประเทศในเวทีระหว่างประเทศ',
);

const KOREAN_QUOTING_ENGLISH = doc(
  '(세종=연합뉴스) 김다은 기자 = 행정안전부는 24일 정부세종청사에서 아세안 국가 공무원을 대상으로 디지털 정부 연수를 열었다고 밝혔다.',
  '윤종인 차관은 "We will strive to make tangible outcomes of the New Southern Policy"라고 말했다.',
  '"Korea is a true partner in development," said the Thai deputy secretary-general at the forum in Busan.',
  '행안부는 내년에도 메콩 국가와의 협력을 확대할 계획이다.',
);

describe('detectLanguage: single languages', () => {
  it.each([
    ['ko', '행정안전부는 24일 정부세종청사에서 디지털 정부 연수를 열었다고 밝혔다.'],
    ['th', 'กระทรวงการต่างประเทศได้จัดการประชุมเต็มคณะในหัวข้อการสร้างและพัฒนาภาคการทูต'],
    ['en', 'The ministry said Monday that it has received inquiries from several developing countries.'],
    ['vi', 'Bộ Ngoại giao gắn tổ chức sắp xếp bộ máy với đẩy mạnh chuyển đổi số'],
    ['id', 'Semua orang dilahirkan merdeka dan mempunyai martabat dan hak-hak yang sama.'],
    ['tl', 'Ang lahat ng tao ay isinilang na malaya at pantay-pantay sa karangalan at mga karapatan.'],
    ['fr', 'Tous les êtres humains naissent libres et égaux en dignité et en droits.'],
    ['de', 'Alle Menschen sind frei und gleich an Würde und Rechten geboren.'],
    ['es', 'Todos los seres humanos nacen libres e iguales en dignidad y derechos.'],
    ['ja', 'すべての人間は、生まれながらにして自由であり、かつ、尊厳と権利とについて平等である。'],
    ['zh', '人人生而自由，在尊严和权利上一律平等。'],
    ['ru', 'Все люди рождаются свободными и равными в своем достоинстве и правах.'],
    ['el', 'Όλοι οι άνθρωποι γεννιούνται ελεύθεροι και ίσοι στην αξιοπρέπεια και τα δικαιώματα.'],
  ])('%s', (lang, text) => {
    const r = detectLanguage(text);
    expect(r.primary).toBe(lang);
    expect(r.distribution).toEqual({ [lang]: 1 });
    expect(r.segments).toEqual([{ start: 0, end: text.length, lang }]);
    expect(r.confidence).toBeGreaterThan(0.7);
  });

  it('calls Korean with hanja Korean and Japanese kanji-kana Japanese', () => {
    expect(detectLanguage('文在寅 대통령은 28일 청와대에서 회의를 열었다.').primary).toBe('ko');
    expect(detectLanguage('東京都は本日、新しい計画を発表しました。').primary).toBe('ja');
  });

  it('takes Han-only paragraphs of a Japanese document for Japanese, alone for Chinese', () => {
    const text = doc('世界人権宣言', 'すべての人間は、生まれながらにして自由であり、かつ、尊厳と権利とについて平等である。');
    const r = detectLanguage(text);
    expect(r.segments).toEqual([{ start: 0, end: text.length, lang: 'ja' }]);
    expect(detectLanguage('世界人権宣言').primary).toBe('zh');
  });
});

describe('detectLanguage: too short or too mixed is und', () => {
  it('returns und, confidence 0 and no segments for an empty body', () => {
    for (const text of ['', '   ', '\n\n\n\n']) {
      expect(detectLanguage(text)).toEqual({ primary: 'und', confidence: 0, distribution: {}, segments: [] });
    }
  });

  it('does not guess on short Latin text', () => {
    for (const text of ['ok', 'Hi there', 'Back To Top', 'Tran Luu Quang']) {
      const r = detectLanguage(text);
      expect(r.primary, text).toBe('und');
      expect(r.confidence).toBe(0);
      expect(r.segments).toEqual([{ start: 0, end: text.length, lang: 'und' }]);
    }
  });

  it('gives letterless paragraphs und and no distribution', () => {
    const r = detectLanguage('12345\n\n2024.09.27');
    expect(r.primary).toBe('und');
    expect(r.distribution).toEqual({});
    expect(r.segments).toEqual([{ start: 0, end: 17, lang: 'und' }]);
  });

  it('leaves a lone Hangul bullet und but calls two syllables', () => {
    expect(detectLanguage('ㅇ').primary).toBe('und');
    expect(detectLanguage('ㅇ 12.').primary).toBe('und');
    expect(detectLanguage('안내').primary).toBe('ko');
  });

  it('calls a half-and-half line und while its Hangul still counts as Korean', () => {
    const r = detectLanguage('Kim Boo-kyum (김부겸)');
    expect(r.segments[0]!.lang).toBe('und');
    expect(r.distribution.ko).toBeGreaterThan(0);
    expect(r.confidence).toBeLessThan(0.5);
  });
});

describe('detectLanguage: quotes and names do not flip a paragraph', () => {
  it('keeps an English sentence with a Korean name English', () => {
    const text = 'Foreign Minister Kang Kyung-wha (강경화) said the ministry would strengthen its capability.';
    const r = detectLanguage(text);
    expect(r.primary).toBe('en');
    expect(r.segments).toEqual([{ start: 0, end: text.length, lang: 'en' }]);
    expect(r.distribution.ko).toBeGreaterThan(0);
    expect(r.distribution.en).toBeGreaterThan(0.8);
  });

  it('keeps a Korean sentence quoting a longer English sentence Korean', () => {
    const text = '윤종인 차관은 "We will strive to make tangible outcomes of the New Southern Policy"라고 말했다.';
    const p = analyzeParagraph(text);
    expect(p.lang).toBe('ko');
    const r = detectLanguage(text);
    expect(r.primary).toBe('ko');
    expect(r.distribution.en).toBeGreaterThan(0.5); // the quote shows in the distribution…
    expect(r.confidence).toBeLessThan(0.9); // …and tempers the confidence
  });

  it('keeps Thai paragraphs with Latin-script Vietnamese names Thai', () => {
    const text = 'รองนายกรัฐมนตรี Tran Luu Quang เข้าร่วมการประชุมเต็มคณะในหัวข้อ "การสร้างและพัฒนาภาค การทูต " - ภาพ: VGP/Hai Minh';
    expect(detectLanguage(text)).toMatchObject({ primary: 'th', distribution: { th: 1 } });
  });

  it('keeps an English paragraph quoting Korean English', () => {
    const text = 'The campaign slogan, “함께 잘사는 나라”, was repeated by the minister throughout the two-day meeting in Sejong.';
    const r = detectLanguage(text);
    expect(r.segments[0]!.lang).toBe('en');
    expect(r.primary).toBe('en');
    expect(r.distribution.ko).toBeGreaterThan(0);
  });
});

describe('detectLanguage: mixed pages', () => {
  it('English article with Korean menu lines left in', () => {
    const r = detectLanguage(ENGLISH_WITH_KOREAN_MENU);
    expect(r.primary).toBe('en');
    expect(r.confidence).toBeGreaterThan(0.8);
    expect(r.distribution.en).toBeGreaterThan(0.85);
    expect(r.distribution.ko).toBeGreaterThan(0.05);
    expect(r.segments.map((s) => s.lang)).toEqual(['ko', 'en', 'ko']);
    // "Press Releases" alone is not English to franc; inside an English page it is.
    expect(analyzeParagraph('Press Releases').lang).not.toBe('en');
    const menuEnd = ENGLISH_WITH_KOREAN_MENU.indexOf('Press Releases');
    expect(r.segments[1]!.start).toBe(menuEnd);
    expectSegmentsCoverParagraphs(ENGLISH_WITH_KOREAN_MENU);
  });

  it('Thai article with Vietnamese boilerplate and Latin names', () => {
    const r = detectLanguage(THAI_WITH_VIETNAMESE);
    expect(r.primary).toBe('th');
    expect(r.confidence).toBeGreaterThan(0.7);
    expect(r.distribution.vi).toBeGreaterThan(0.05);
    expect(r.distribution.th).toBeGreaterThan(r.distribution.vi! * 3);
    const langOf = (needle: string): string | undefined => {
      const at = THAI_WITH_VIETNAMESE.indexOf(needle);
      return r.segments.find((s) => s.start <= at && at < s.end)?.lang;
    };
    expect(langOf('Vietnam.vn')).toBe('vi');
    expect(langOf('Độc lập')).toBe('vi');
    expect(langOf('Bộ Ngoại giao')).toBe('vi');
    expect(langOf('รองนายกรัฐมนตรี Tran')).toBe('th');
    expect(langOf('รัฐมนตรี Bui Thanh Son')).toBe('th');
    // A short English menu line is not Italian (franc's guess) nor, without diacritics, Vietnamese.
    expect(langOf('Simple Empty')).toBe('und');
    expect(Object.keys(r.distribution)).not.toContain('it');
    expectSegmentsCoverParagraphs(THAI_WITH_VIETNAMESE);
  });

  it('Korean article quoting English: primary Korean, English in the distribution', () => {
    const r = detectLanguage(KOREAN_QUOTING_ENGLISH);
    expect(r.primary).toBe('ko');
    expect(r.distribution.en).toBeGreaterThan(0.2);
    expect(r.segments.map((s) => s.lang)).toEqual(['ko', 'en', 'ko']);
    expectSegmentsCoverParagraphs(KOREAN_QUOTING_ENGLISH);
  });

  it('keeps a real French paragraph inside an English page French', () => {
    const text = doc(
      'The ministry said Monday that it has received inquiries from several developing countries on its personnel administration measures.',
      'Tous les êtres humains naissent libres et égaux en dignité et en droits. Ils sont doués de raison et de conscience.',
      'It signed an agreement with Saudi Arabia in June and is in the final stages of signing agreements with Uzbekistan.',
    );
    expect(detectLanguage(text).segments.map((s) => s.lang)).toEqual(['en', 'fr', 'en']);
  });

  it('a short line franc misreads in an English page becomes und, not another language', () => {
    const text = doc('Simple Empty No data', ENGLISH_WITH_KOREAN_MENU.split('\n\n')[5]!);
    expect(analyzeParagraph('Simple Empty No data').lang).toBe('it'); // franc alone
    expect(detectLanguage(text).segments[0]).toEqual({ start: 0, end: 20, lang: 'und' });
    expect(analyzeParagraph('Attached File').lang).toBe('und'); // too short for its gap
  });
});

describe('detectLanguage: offsets', () => {
  it('gives one segment per paragraph whose slice is the paragraph', () => {
    const paragraphs = [
      '행정안전부는 24일 디지털 정부 연수를 열었다고 밝혔다.',
      'The ministry said Monday that it has received inquiries from several developing countries.',
      'กระทรวงการต่างประเทศได้จัดการประชุมเต็มคณะในหัวข้อการสร้างและพัฒนาภาคการทูต',
      'Bộ Ngoại giao gắn tổ chức sắp xếp bộ máy với đẩy mạnh chuyển đổi số',
    ];
    const text = doc(...paragraphs);
    const r = detectLanguage(text);
    expect(r.segments.map((s) => text.slice(s.start, s.end))).toEqual(paragraphs);
    expect(r.segments.map((s) => s.lang)).toEqual(['ko', 'en', 'th', 'vi']);
  });

  it('merges adjacent same-language paragraphs into one span covering them', () => {
    const a = '행정안전부는 24일 디지털 정부 연수를 열었다고 밝혔다.';
    const b = '행안부는 내년에도 메콩 국가와의 협력을 확대할 계획이다.';
    const c = 'The ministry said Monday that it has received inquiries from several developing countries.';
    const text = doc(a, b, c);
    const r = detectLanguage(text);
    expect(r.segments).toEqual([
      { start: 0, end: a.length + 2 + b.length, lang: 'ko' },
      { start: a.length + 2 + b.length + 2, end: text.length, lang: 'en' },
    ]);
    expect(text.slice(r.segments[0]!.start, r.segments[0]!.end)).toBe(`${a}\n\n${b}`);
  });

  it('lets a letterless paragraph between two of one language join them, else stay und', () => {
    const ko = '행정안전부는 24일 디지털 정부 연수를 열었다고 밝혔다.';
    const en = 'The ministry said Monday that it has received inquiries from several developing countries.';
    const joined = doc(ko, '2024.12.03', ko);
    expect(detectLanguage(joined).segments).toEqual([{ start: 0, end: joined.length, lang: 'ko' }]);
    const between = doc(ko, '2024.12.03', en);
    expect(detectLanguage(between).segments.map((s) => s.lang)).toEqual(['ko', 'und', 'en']);
  });

  it('counts UTF-16 code units and skips whitespace around paragraphs', () => {
    const text = '  𠀀𠀁 中文段落。 \n\n\n\nThe ministry said Monday that it has received inquiries from several developing countries.\n';
    const r = detectLanguage(text);
    expect(r.segments).toHaveLength(2);
    expect(text.slice(r.segments[0]!.start, r.segments[0]!.end)).toBe('𠀀𠀁 中文段落。');
    expect(text.slice(r.segments[1]!.start, r.segments[1]!.end)).toBe(
      'The ministry said Monday that it has received inquiries from several developing countries.',
    );
    expectSegmentsCoverParagraphs(text);
  });
});

describe('detectLanguage: output contract', () => {
  const samples = [ENGLISH_WITH_KOREAN_MENU, THAI_WITH_VIETNAMESE, KOREAN_QUOTING_ENGLISH, '', 'ok', '12345'];

  it('matches the record schema', () => {
    for (const text of samples) expect(() => languageSchema.parse(detectLanguage(text))).not.toThrow();
  });

  it('is deterministic, byte for byte', () => {
    for (const text of samples) {
      const first = JSON.stringify(detectLanguage(text));
      for (let i = 0; i < 3; i++) expect(JSON.stringify(detectLanguage(text))).toBe(first);
    }
  });

  it('lists the distribution largest share first, rounded, summing to ~1', () => {
    for (const text of [ENGLISH_WITH_KOREAN_MENU, THAI_WITH_VIETNAMESE, KOREAN_QUOTING_ENGLISH]) {
      const shares = Object.values(detectLanguage(text).distribution);
      expect([...shares].sort((x, y) => y - x)).toEqual(shares);
      for (const s of shares) expect(Math.round(s * 1e4) / 1e4).toBe(s);
      expect(Math.abs(shares.reduce((x, y) => x + y, 0) - 1)).toBeLessThan(1e-3);
    }
  });

  it('is fast: well under a millisecond per article', () => {
    const articles = [ENGLISH_WITH_KOREAN_MENU, THAI_WITH_VIETNAMESE, KOREAN_QUOTING_ENGLISH];
    for (const a of articles) detectLanguage(a);
    const runs = 200;
    const started = performance.now();
    for (let i = 0; i < runs; i++) for (const a of articles) detectLanguage(a);
    const perDoc = (performance.now() - started) / (runs * articles.length);
    // Typically ~0.1–0.3 ms; the bound leaves room for a loaded CI machine.
    expect(perDoc).toBeLessThan(2);
  });
});
