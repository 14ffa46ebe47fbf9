import { describe, expect, it } from 'vitest';
import { strip } from '../../src/stages/strip/index.js';

describe('strip text: English scraped page', () => {
  const input = [
    'Skip to main content',
    'Settings',
    'font-size',
    '  • -1',
    '  • 0',
    '  • +1',
    '',
    'Port city opens regional climate centre',
    '',
    '  • Facebook share button',
    '  • Twitter share button',
    '  • Link share button',
    'The new climate centre near the harbour, Jan. 8. / Courtesy of the city government',
    'The new climate centre near the harbour, Jan. 8. / Courtesy of the city government',
    '',
    'By Han Seo-yeon',
    '',
    'The city opened a regional climate centre on Wednesday that will share flood and heat forecasts with 12 neighbouring municipalities, officials said.',
    '',
    'The centre cost 18 billion won and employs 40 researchers, according to the city, which plans to double the staff by 2026.',
    '',
    '"We want every small town to get the same warnings as the capital," the mayor said at the opening ceremony.',
    '',
    'Han Seo-yeon hsy@example.com',
    '',
    'X',
    'CLOSE',
    '',
    'Top 10 Stories',
    '1',
    'Minister resigns over budget row',
    '2',
    'Exports rise for fifth month',
    '',
    'Copyright (c) 2025 Example Times. All rights reserved.',
  ].join('\n');
  const r = strip(input, { format: 'text' });

  it('keeps exactly the body paragraphs', () => {
    expect(r.text).toBe(
      [
        'The city opened a regional climate centre on Wednesday that will share flood and heat forecasts with 12 neighbouring municipalities, officials said.',
        'The centre cost 18 billion won and employs 40 researchers, according to the city, which plans to double the staff by 2026.',
        '"We want every small town to get the same warnings as the capital," the mayor said at the opening ceremony.',
      ].join('\n\n'),
    );
  });

  it('finds the headline and the byline', () => {
    expect(r.title).toBe('Port city opens regional climate centre');
    expect(r.byline).toContain('Han Seo-yeon');
    expect(r.publishedAt).toBeNull();
    expect(r.warnings).toEqual(['no-published-date']);
  });
});

describe('strip text: Korean government page', () => {
  const input = [
    '본문 바로가기',
    '주메뉴 바로가기',
    '검색창 열기',
    '',
    'HOME > 알림 > 보도자료',
    '',
    '보도자료',
    '',
    '가상부, 아세안 5개국 공무원 초청 디지털 행정 연수',
    '등록일 : 2024.12.03 조회수 : 1,203',
    '',
    '□ 가상부는 3일부터 13일까지 아세안 5개국 공무원 25명을 초청해 디지털 행정 연수를 실시한다고 밝혔다.',
    '',
    'ㅇ 이번 연수는 전자정부 시스템 운영 경험을 공유하고, 각국의 행정 현안에 맞는 협력 과제를 발굴하기 위해 마련됐다.',
    '',
    '※ 참가국: 태국, 베트남, 캄보디아, 라오스, 필리핀',
    '',
    '첨부파일',
    '연수 계획.hwp',
    '다운로드',
    '',
    '담당부서 국제협력과 담당자 홍길동 044-000-0000',
    '',
    'Copyright ⓒ 가상부. All rights reserved.',
  ].join('\n');
  const r = strip(input, { format: 'text' });

  it('keeps the press-release paragraphs with their markers', () => {
    expect(r.text).toBe(
      [
        '□ 가상부는 3일부터 13일까지 아세안 5개국 공무원 25명을 초청해 디지털 행정 연수를 실시한다고 밝혔다.',
        'ㅇ 이번 연수는 전자정부 시스템 운영 경험을 공유하고, 각국의 행정 현안에 맞는 협력 과제를 발굴하기 위해 마련됐다.',
        '※ 참가국: 태국, 베트남, 캄보디아, 라오스, 필리핀',
      ].join('\n\n'),
    );
  });

  it('reads title and the "등록일" metadata line', () => {
    expect(r.title).toBe('가상부, 아세안 5개국 공무원 초청 디지털 행정 연수');
    expect(r.publishedAt).toBe('2024-12-03');
  });
});

describe('strip text: Thai page republished by a Vietnamese portal', () => {
  const input = [
    'Example.vn - Nền tảng quảng bá Việt Nam',
    '',
    'Độc lập - Tự do - Hạnh phúc',
    '',
    'เวียดนามและไทยหารือความร่วมมือด้านการค้าชายแดน',
    '',
    'Báo Ví Dụ22/12/2023',
    '',
    'Hội nghị hợp tác thương mại biên giới- Ảnh 1.',
    '',
    'ผู้แทนทั้งสองประเทศร่วมประชุมที่จังหวัดหนองคาย - ภาพ: ทีมข่าว',
    '',
    'เมื่อวันที่ 22 ธันวาคม ผู้แทนกระทรวงพาณิชย์ของเวียดนามและไทยได้ร่วมประชุมหารือแนวทางขยายการค้าชายแดน โดยตั้งเป้าเพิ่มมูลค่าการค้าให้ถึง 25,000 ล้านดอลลาร์สหรัฐ',
    '',
    'ทั้งสองฝ่ายเห็นพ้องที่จะพัฒนาด่านชายแดนให้ทันสมัย และลดขั้นตอนพิธีการศุลกากรสำหรับสินค้าเกษตร โดยเฉพาะผลไม้และข้าว',
    '',
    'แหล่งที่มา',
    '',
    'การแสดงความคิดเห็น (0)',
    '',
    'หมวดหมู่เดียวกัน',
    '',
    'ภาพรวมการประชุมเศรษฐกิจภูมิภาคประจำปี',
    'นิทรรศการสินค้าเกษตรไทยที่ฮานอย',
    'ตลาดทุเรียนคึกคักช่วงปลายปี',
  ].join('\n');
  const r = strip(input, { format: 'text' });

  it('keeps only the Thai body', () => {
    expect(r.text.split('\n\n')).toHaveLength(2);
    expect(r.text).toMatch(/^เมื่อวันที่ 22 ธันวาคม/);
    expect(r.text).toMatch(/ผลไม้และข้าว$/);
  });

  it('takes the headline above the source/date line and the captions, and the date from that line', () => {
    expect(r.title).toBe('เวียดนามและไทยหารือความร่วมมือด้านการค้าชายแดน');
    expect(r.publishedAt).toBe('2023-12-22');
  });
});

describe('strip text: no article', () => {
  it('reports no-main-content for a menu-only page', () => {
    const r = strip(['Home', 'News', 'Sports', 'Business', 'Contact us', '', 'Copyright 2025 Example. All rights reserved.'].join('\n'), { format: 'text' });
    expect(r.text).toBe('');
    expect(r.warnings).toContain('no-main-content');
  });
});
