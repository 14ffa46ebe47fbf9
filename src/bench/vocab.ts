/**
 * Site-chrome vocabulary for the bench corpus: menus, sections, footers, banners, comment
 * phrases and names in the style of Korean, Thai and English news and government sites.
 * Invented names only; the article bodies come from the project's own fixtures.
 */

export type BenchLang = 'ko' | 'th' | 'en';

export interface Section {
  name: string;
  slug: string;
  subs: string[];
}

export interface Vocab {
  lang: BenchLang;
  newsSites: { name: string; domain: string }[];
  govSites: { name: string; domain: string }[];
  newsSections: Section[];
  govSections: Section[];
  /** Long lists that sites turn into hundreds of links (regions, provinces, countries, topics). */
  regions: string[];
  topics: string[];
  util: string[];
  share: string[];
  skipLinks: string[];
  footerNews: string[];
  footerGov: string[];
  familySites: string[];
  headings: {
    related: string;
    mostRead: string;
    latest: string;
    comments: string;
    tags: string;
    attachments: string;
    contact: string;
    prevNext: [string, string];
    breadcrumbHome: string;
    subscribe: string;
    photo: string;
    sitemap: string;
    allMenu: string;
  };
  cookie: { text: string; accept: string; settings: string; reject: string };
  adLabel: string;
  commentPhrases: string[];
  commentUi: { reply: string; like: string; report: string; more: string; login: string; placeholder: string; sortBest: string; sortNew: string };
  surveys: string[];
  copyright: (site: string, year: number) => string;
  address: string[];
  reporterLine: (name: string, email: string) => string;
  givenNames: string[];
  familyNames: string[];
  nicknames: string[];
  bylinePrefix: string;
  published: string;
  updated: string;
  views: string;
  readMore: string;
  newsletter: string;
  fontSize: string;
  print: string;
  govNotice: string[];
  deptWords: string[];
}

const slugify = (s: string, i: number): string => {
  const ascii = s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return ascii || `s${i}`;
};

function sections(spec: Record<string, string[]>): Section[] {
  return Object.entries(spec).map(([name, subs], i) => ({ name, slug: slugify(name, i), subs }));
}

const KO: Vocab = {
  lang: 'ko',
  newsSites: [
    { name: '한빛일보', domain: 'www.hanbitilbo.co.kr' },
    { name: '서울경제신문', domain: 'www.seoulgyeongje.com' },
    { name: '부산해양일보', domain: 'www.busanhaeyang.co.kr' },
    { name: '대한뉴스통신', domain: 'www.daehannews.kr' },
    { name: '아시아타임즈코리아', domain: 'www.asiatimes-korea.com' },
    { name: '중부매일뉴스', domain: 'www.jungbumaeil.co.kr' },
    { name: '디지털산업신문', domain: 'www.digitalsanup.com' },
    { name: '남도일보', domain: 'www.namdoilbo.kr' },
  ],
  govSites: [
    { name: '행정안전부', domain: 'www.mois.go.kr' },
    { name: '과학기술정보통신부', domain: 'www.msit.go.kr' },
    { name: '해양수산부', domain: 'www.mof.go.kr' },
    { name: '농림축산식품부', domain: 'www.mafra.go.kr' },
    { name: '보건복지부', domain: 'www.mohw.go.kr' },
    { name: '산업통상자원부', domain: 'www.motie.go.kr' },
    { name: '서울특별시', domain: 'www.seoul.go.kr' },
    { name: '부산광역시', domain: 'www.busan.go.kr' },
    { name: '제주특별자치도', domain: 'www.jeju.go.kr' },
    { name: '인사혁신처', domain: 'www.mpm.go.kr' },
  ],
  newsSections: sections({
    정치: ['대통령실', '국회·정당', '북한', '외교', '국방', '행정·자치', '선거', '정치일반'],
    경제: ['경제정책', '금융', '증권', '부동산', '산업', '중소기업·벤처', '유통·소비', '자동차', '에너지', '취업·창업', '경제일반'],
    사회: ['사건·사고', '법원·검찰', '교육', '노동', '환경', '복지', '의료·건강', '인권·여성', '날씨', '사회일반'],
    국제: ['아시아·호주', '미국·중남미', '유럽', '중동·아프리카', '국제기구', '해외토픽', '국제일반'],
    문화: ['문화일반', '책', '공연·전시', '여행·레저', '종교', '학술', '방송·연예', '음식·맛집'],
    스포츠: ['야구', '축구', '골프', '농구·배구', 'e스포츠', '스포츠일반'],
    'IT·과학': ['인터넷', '모바일', '반도체', '인공지능', '과학', '게임', '통신', '보안'],
    오피니언: ['사설', '칼럼', '기고', '시론', '만평', '독자의견', '데스크칼럼'],
    '해양·수산': ['항만·물류', '수산', '해운', '조선', '해양환경'],
    '포토·영상': ['포토뉴스', '영상뉴스', '카드뉴스', '인포그래픽'],
  }),
  govSections: sections({
    '알림·소식': ['보도자료', '설명자료', '공지사항', '입법·행정예고', '카드뉴스', '사진자료', '동영상', '장관동정', '고시·공고'],
    정책정보: ['주요정책', '정책자료', '정책브리핑', '통계', '간행물', '연구용역보고서', '업무계획', '규제개혁'],
    정보공개: ['정보공개제도', '사전정보공표', '공공데이터 개방', '사업실명제', '업무추진비', '재정정보', '계약정보', '정보목록'],
    국민참여: ['국민신문고', '민원안내', '국민제안', '부패·공익신고', '설문조사', '자주 묻는 질문', '정책토론', '청렴자료실'],
    기관소개: ['인사말', '연혁', '조직도', '직원검색', '찾아오시는 길', '소속기관', '산하기관', 'CI 소개', '역대 장관'],
  }),
  regions: ['서울', '부산', '대구', '인천', '광주', '대전', '울산', '세종', '경기', '강원', '충북', '충남', '전북', '전남', '경북', '경남', '제주', '수원', '창원', '고양', '용인', '청주', '전주', '천안', '포항', '김해', '제천', '목포', '여수', '순천', '안동', '경주', '강릉', '춘천', '원주', '거제', '통영', '서귀포'],
  topics: ['탄소중립', '저출생', '반도체', '인공지능', '부동산 대책', '물가', '기후위기', '의대 증원', '한류', '관광', '스마트팜', '수출', '디지털 전환', '지방소멸', '청년 일자리', '해상풍력', '2차전지', '우주항공', '재난안전', 'K-방산', '공공의대', '전세사기', '교권', '출산장려금', '고령화'],
  util: ['로그인', '회원가입', '구독신청', '기사제보', '광고문의', '모바일웹', 'PDF지면', 'English', '日本語', '中文', '뉴스레터', '전체메뉴'],
  share: ['카카오톡', '페이스북', 'X(트위터)', '네이버밴드', '카카오스토리', 'URL복사', '인쇄', '스크랩', '이메일'],
  skipLinks: ['본문 바로가기', '주메뉴 바로가기', '하단메뉴 바로가기'],
  footerNews: ['회사소개', '개인정보처리방침', '청소년보호정책', '이메일무단수집거부', '고충처리인', '윤리강령', '저작권 안내', '제휴문의', '기사제보', '광고안내', '구독신청', '인재채용', 'RSS'],
  footerGov: ['개인정보처리방침', '저작권정책', '이메일무단수집거부', '영상정보처리기기 운영·관리방침', '찾아오시는 길', '웹접근성 품질인증', '누리집 이용안내', '뷰어 다운로드', '공공누리'],
  familySites: ['정부24', '국민신문고', '정책브리핑', '나라장터', '공공데이터포털', '국가법령정보센터', 'e-나라지표', '대한민국 구석구석', '국가기록원', '통계청', '기상청', '안전디딤돌', '복지로', '워크넷', '온나라 정책연구', '청렴포털', '국민권익위원회', '행정기관 누리집 목록'],
  headings: {
    related: '관련기사',
    mostRead: '많이 본 뉴스',
    latest: '최신기사',
    comments: '댓글',
    tags: '태그',
    attachments: '첨부파일',
    contact: '담당부서',
    prevNext: ['이전글', '다음글'],
    breadcrumbHome: '홈',
    subscribe: '구독하기',
    photo: '포토',
    sitemap: '사이트맵',
    allMenu: '전체메뉴',
  },
  cookie: {
    text: '이 웹사이트는 이용자 경험 개선과 맞춤형 광고 제공을 위해 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주합니다. 자세한 내용은 개인정보처리방침을 확인하세요.',
    accept: '모두 동의',
    settings: '쿠키 설정',
    reject: '거부',
  },
  adLabel: '광고',
  commentPhrases: [
    '좋은 기사 잘 읽었습니다.',
    '이런 소식은 더 자주 전해주세요.',
    '기자님 후속 보도 부탁드립니다.',
    '현장의 목소리를 좀 더 들어야 하지 않을까요?',
    '예산이 제대로 쓰이는지 꼭 확인해야 합니다.',
    '우리 동네 이야기라 반갑네요.',
    '결국 세금으로 하는 일 아닌가요',
    '취지는 좋은데 실효성이 의문입니다.',
    '다른 지역에도 확대됐으면 좋겠습니다.',
    '정확한 수치가 궁금하네요. 출처 부탁드립니다.',
    '응원합니다!',
    '이번에는 제대로 추진되길 바랍니다.',
    '관계자분들 고생 많으십니다.',
    '작년에도 비슷한 발표가 있었던 것 같은데요',
    '기사 제목이 내용과 조금 다른 것 같아요.',
  ],
  commentUi: { reply: '답글', like: '추천', report: '신고', more: '댓글 더보기', login: '로그인 후 댓글을 작성할 수 있습니다.', placeholder: '댓글을 입력하세요 (최대 400자)', sortBest: '추천순', sortNew: '최신순' },
  surveys: ['매우 만족', '만족', '보통', '불만족', '매우 불만족'],
  copyright: (site, year) => `Copyright ⓒ ${year} ${site}. All rights reserved. 무단전재 및 재배포 금지`,
  address: ['서울특별시 중구 세종대로 124 프레스센터 12층', '부산광역시 해운대구 센텀중앙로 97', '세종특별자치시 도움6로 42 정부세종청사', '경기도 수원시 팔달구 효원로 1', '대전광역시 서구 청사로 189'],
  reporterLine: (name, email) => `${name} 기자 ${email}`,
  givenNames: ['민준', '서연', '도윤', '하은', '지호', '수아', '예준', '지민', '현우', '다은', '준서', '서윤', '건우', '채원', '우진', '유진', '태윤', '소율', '동현', '하린'],
  familyNames: ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황', '안', '송', '류', '전'],
  nicknames: ['바다사랑', '행복한하루', '서울시민', '부산갈매기', '정의로운눈', '들꽃', '산책하는사람', '시골농부', '새벽감성', '독수리오형제', '맑은하늘', '커피한잔'],
  bylinePrefix: '기자',
  published: '입력',
  updated: '수정',
  views: '조회수',
  readMore: '더보기',
  newsletter: '매일 아침 주요 뉴스를 이메일로 받아보세요',
  fontSize: '글자크기',
  print: '인쇄',
  govNotice: [
    '이 자료는 보도 시점 이후 변경될 수 있습니다.',
    '본 저작물은 "공공누리" 제1유형:출처표시 조건에 따라 이용할 수 있습니다.',
    '이 페이지에서 제공하는 정보에 대하여 만족하십니까?',
    '첨부파일은 15MB 이하만 미리보기가 가능합니다.',
  ],
  deptWords: ['정책기획과', '국제협력과', '디지털정부정책과', '재난대응정책과', '해양정책과', '지역경제과', '대변인실', '홍보담당관실'],
};

const TH: Vocab = {
  lang: 'th',
  newsSites: [
    { name: 'สยามรายวัน', domain: 'www.siamraiwan.com' },
    { name: 'ไทยนิวส์ออนไลน์', domain: 'www.thainewsonline.co.th' },
    { name: 'ข่าวเด่นรายวัน', domain: 'www.khaoden.com' },
    { name: 'เศรษฐกิจไทยวันนี้', domain: 'www.setthakitthai.net' },
    { name: 'เสียงอีสานนิวส์', domain: 'www.siangisan.news' },
    { name: 'ข่าวภาคใต้ออนไลน์', domain: 'www.southnews.in.th' },
    { name: 'สยามธุรกิจรายวัน', domain: 'www.siamturakij.com' },
  ],
  govSites: [
    { name: 'สำนักนายกรัฐมนตรี', domain: 'www.thaigov.go.th' },
    { name: 'กรมประชาสัมพันธ์', domain: 'www.prd.go.th' },
    { name: 'กระทรวงพาณิชย์', domain: 'www.moc.go.th' },
    { name: 'กระทรวงแรงงาน', domain: 'www.mol.go.th' },
    { name: 'สำนักงาน ก.ล.ต.', domain: 'www.sec.or.th' },
    { name: 'กรุงเทพมหานคร', domain: 'www.bangkok.go.th' },
    { name: 'มหาวิทยาลัยเทคโนโลยีราชมงคลอีสาน', domain: 'www.rmuti.ac.th' },
  ],
  newsSections: sections({
    ข่าว: ['ข่าวด่วน', 'การเมือง', 'สังคม', 'อาชญากรรม', 'ภูมิภาค', 'ต่างประเทศ', 'การศึกษา', 'สิ่งแวดล้อม', 'คุณภาพชีวิต'],
    เศรษฐกิจ: ['การเงิน-การลงทุน', 'หุ้น', 'ราคาทองคำ', 'ราคาน้ำมัน', 'อสังหาริมทรัพย์', 'ยานยนต์', 'การเกษตร', 'ธุรกิจ SME', 'พลังงาน', 'การค้าชายแดน'],
    กีฬา: ['ฟุตบอลไทย', 'ฟุตบอลต่างประเทศ', 'มวย', 'วอลเลย์บอล', 'แบดมินตัน', 'กีฬาอื่นๆ'],
    บันเทิง: ['ข่าวดารา', 'ละคร', 'ภาพยนตร์', 'เพลง', 'ซีรีส์เกาหลี', 'ทีวี'],
    ไลฟ์สไตล์: ['สุขภาพ', 'ท่องเที่ยว', 'อาหาร', 'แฟชั่น', 'ความงาม', 'บ้านและสวน', 'ดูดวง', 'แม่และเด็ก'],
    เทคโนโลยี: ['มือถือ', 'แกดเจ็ต', 'เกม', 'ไอที', 'รีวิว', 'ปัญญาประดิษฐ์'],
    หวย: ['ตรวจหวย', 'ผลสลากกินแบ่งรัฐบาล', 'เลขเด็ด', 'หวยลาว', 'หวยฮานอย'],
    วิดีโอ: ['คลิปข่าว', 'ไลฟ์สด', 'พอดแคสต์', 'สารคดี'],
    ความคิดเห็น: ['บทบรรณาธิการ', 'คอลัมนิสต์', 'บทความพิเศษ', 'จดหมายถึงบรรณาธิการ'],
  }),
  govSections: sections({
    เกี่ยวกับหน่วยงาน: ['ประวัติความเป็นมา', 'วิสัยทัศน์และพันธกิจ', 'โครงสร้างองค์กร', 'ผู้บริหาร', 'อำนาจหน้าที่', 'ยุทธศาสตร์', 'ทำเนียบผู้บริหาร'],
    ข่าวสาร: ['ข่าวประชาสัมพันธ์', 'ข่าวกิจกรรม', 'ประกาศ', 'จัดซื้อจัดจ้าง', 'รับสมัครงาน', 'ภาพกิจกรรม', 'วิดีทัศน์'],
    บริการประชาชน: ['ร้องเรียน/ร้องทุกข์', 'ถาม-ตอบ', 'ดาวน์โหลดเอกสาร', 'e-Service', 'คู่มือประชาชน', 'ศูนย์ข้อมูลข่าวสาร'],
    ข้อมูลสาธารณะ: ['แผนปฏิบัติราชการ', 'รายงานประจำปี', 'ITA', 'ข้อมูลเปิดภาครัฐ', 'กฎหมายที่เกี่ยวข้อง', 'งบประมาณ', 'สถิติ'],
    ติดต่อเรา: ['ที่ตั้งหน่วยงาน', 'หมายเลขโทรศัพท์', 'แผนผังเว็บไซต์', 'แบบสอบถามความพึงพอใจ'],
  }),
  regions: ['เชียงใหม่', 'เชียงราย', 'ลำปาง', 'ลำพูน', 'แม่ฮ่องสอน', 'น่าน', 'พะเยา', 'แพร่', 'อุตรดิตถ์', 'ตาก', 'สุโขทัย', 'พิษณุโลก', 'เพชรบูรณ์', 'นครสวรรค์', 'ขอนแก่น', 'อุดรธานี', 'หนองคาย', 'เลย', 'นครราชสีมา', 'บุรีรัมย์', 'สุรินทร์', 'ศรีสะเกษ', 'อุบลราชธานี', 'ร้อยเอ็ด', 'มหาสารคาม', 'กาฬสินธุ์', 'สกลนคร', 'นครพนม', 'มุกดาหาร', 'ชลบุรี', 'ระยอง', 'จันทบุรี', 'ตราด', 'ฉะเชิงเทรา', 'ปราจีนบุรี', 'สระแก้ว', 'นครปฐม', 'ราชบุรี', 'กาญจนบุรี', 'สุพรรณบุรี', 'เพชรบุรี', 'ประจวบคีรีขันธ์', 'พระนครศรีอยุธยา', 'ลพบุรี', 'สระบุรี', 'ชุมพร', 'สุราษฎร์ธานี', 'นครศรีธรรมราช', 'กระบี่', 'พังงา', 'ภูเก็ต', 'ตรัง', 'พัทลุง', 'สงขลา', 'สตูล', 'ปัตตานี', 'ยะลา', 'นราธิวาส'],
  topics: ['ฝุ่น PM2.5', 'ค่าไฟ', 'ดิจิทัลวอลเล็ต', 'น้ำท่วม', 'ภัยแล้ง', 'ราคาข้าว', 'ทุเรียน', 'ท่องเที่ยว', 'แก๊งคอลเซ็นเตอร์', 'รถไฟฟ้า', 'ค่าแรงขั้นต่ำ', 'EEC', 'รถยนต์ไฟฟ้า', 'ซอฟต์พาวเวอร์', 'ยาเสพติด', 'หนี้ครัวเรือน', 'กัญชา', 'เลือกตั้งท้องถิ่น', 'ประกันสังคม', 'เงินเฟ้อ'],
  util: ['เข้าสู่ระบบ', 'สมัครสมาชิก', 'ค้นหา', 'ดูสด', 'E-Paper', 'English', 'ดาวน์โหลดแอป', 'ติดต่อโฆษณา'],
  share: ['Facebook', 'X', 'LINE', 'คัดลอกลิงก์', 'แชร์', 'บันทึก', 'พิมพ์'],
  skipLinks: ['ข้ามไปยังเนื้อหาหลัก', 'ข้ามไปยังเมนูหลัก'],
  footerNews: ['เกี่ยวกับเรา', 'ติดต่อเรา', 'ลงโฆษณา', 'นโยบายความเป็นส่วนตัว', 'นโยบายคุกกี้', 'ข้อกำหนดการใช้งาน', 'ร่วมงานกับเรา', 'แผนผังเว็บไซต์', 'RSS', 'แจ้งข่าว'],
  footerGov: ['นโยบายเว็บไซต์', 'นโยบายการคุ้มครองข้อมูลส่วนบุคคล', 'นโยบายการรักษาความมั่นคงปลอดภัย', 'แผนผังเว็บไซต์', 'ติดต่อหน่วยงาน', 'คำถามที่พบบ่อย', 'แบบสำรวจความพึงพอใจ'],
  familySites: ['ศูนย์บริการประชาชน 1111', 'ราชกิจจานุเบกษา', 'ข้อมูลเปิดภาครัฐ', 'ระบบจัดซื้อจัดจ้างภาครัฐ', 'สำนักงาน ก.พ.', 'กรมบัญชีกลาง', 'สำนักงบประมาณ', 'สำนักงานสถิติแห่งชาติ', 'กรมอุตุนิยมวิทยา', 'กรมการปกครอง', 'ศูนย์ดำรงธรรม', 'ไทยคู่ฟ้า', 'สำนักงาน ป.ป.ช.', 'กรมสรรพากร'],
  headings: {
    related: 'ข่าวที่เกี่ยวข้อง',
    mostRead: 'ข่าวยอดนิยม',
    latest: 'ข่าวล่าสุด',
    comments: 'ความคิดเห็น',
    tags: 'แท็กที่เกี่ยวข้อง',
    attachments: 'เอกสารแนบ',
    contact: 'หน่วยงานที่รับผิดชอบ',
    prevNext: ['ข่าวก่อนหน้า', 'ข่าวถัดไป'],
    breadcrumbHome: 'หน้าแรก',
    subscribe: 'ติดตาม',
    photo: 'ภาพ',
    sitemap: 'แผนผังเว็บไซต์',
    allMenu: 'เมนูทั้งหมด',
  },
  cookie: {
    text: 'เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานและนำเสนอเนื้อหาที่ตรงกับความสนใจของท่าน ท่านสามารถศึกษารายละเอียดเพิ่มเติมได้ที่นโยบายคุกกี้',
    accept: 'ยอมรับทั้งหมด',
    settings: 'ตั้งค่าคุกกี้',
    reject: 'ปฏิเสธ',
  },
  adLabel: 'โฆษณา',
  commentPhrases: [
    'ขอบคุณสำหรับข้อมูลครับ',
    'ติดตามข่าวอยู่ตลอดค่ะ',
    'อยากให้รัฐบาลเร่งแก้ปัญหานี้จริงจัง',
    'ข่าวดีสำหรับคนในพื้นที่',
    'ขอให้ทำได้จริงตามที่พูดนะครับ',
    'งบประมาณต้องโปร่งใสตรวจสอบได้',
    'เป็นกำลังใจให้เจ้าหน้าที่ทุกคนค่ะ',
    'ปีที่แล้วก็พูดแบบนี้ สุดท้ายก็เหมือนเดิม',
    'รบกวนนำเสนอข่าวต่อเนื่องด้วยครับ',
    'ที่บ้านก็เจอปัญหาเดียวกันเลย',
    'เห็นด้วยครับ',
    'ข้อมูลตัวเลขมาจากไหนคะ',
    'หวังว่าจะขยายไปจังหวัดอื่นด้วย',
  ],
  commentUi: { reply: 'ตอบกลับ', like: 'ถูกใจ', report: 'แจ้งลบ', more: 'ดูความคิดเห็นเพิ่มเติม', login: 'เข้าสู่ระบบเพื่อแสดงความคิดเห็น', placeholder: 'แสดงความคิดเห็นของคุณ', sortBest: 'ยอดนิยม', sortNew: 'ล่าสุด' },
  surveys: ['ดีมาก', 'ดี', 'ปานกลาง', 'พอใช้', 'ควรปรับปรุง'],
  copyright: (site, year) => `สงวนลิขสิทธิ์ พ.ศ. ${year + 543} ${site} ห้ามนำเนื้อหาไปเผยแพร่โดยไม่ได้รับอนุญาต`,
  address: ['เลขที่ 1 ถนนพิษณุโลก แขวงดุสิต เขตดุสิต กรุงเทพฯ 10300', '99/9 ถนนวิภาวดีรังสิต แขวงจอมพล เขตจตุจักร กรุงเทพฯ 10900', '239 ถนนห้วยแก้ว ตำบลสุเทพ อำเภอเมือง จังหวัดเชียงใหม่ 50200', '123 ถนนมิตรภาพ ตำบลในเมือง อำเภอเมือง จังหวัดขอนแก่น 40000'],
  reporterLine: (name, email) => `ผู้เขียน: ${name} (${email})`,
  givenNames: ['สมชาย', 'สุดารัตน์', 'วิชัย', 'พิมพ์ชนก', 'ธนพล', 'กมลวรรณ', 'ณัฐวุฒิ', 'ศิริพร', 'อนุชา', 'ปิยะนุช', 'ชยพล', 'วรรณา', 'กิตติศักดิ์', 'นภัสสร'],
  familyNames: ['ใจดี', 'ศรีสุข', 'วงศ์สวัสดิ์', 'แก้วมณี', 'บุญมา', 'ทองดี', 'รุ่งเรือง', 'สายบุญ', 'พรหมมา', 'จันทร์เพ็ญ', 'มีสุข', 'ชัยมงคล'],
  nicknames: ['คนบ้านนอก', 'แม่ค้าออนไลน์', 'ลุงเดช', 'น้องฝน', 'คนอีสาน', 'หนุ่มใต้', 'ป้าแดง', 'ชาวนาไทย', 'คนเมือง', 'นักเดินทาง'],
  bylinePrefix: 'ผู้เขียน',
  published: 'เผยแพร่',
  updated: 'ปรับปรุง',
  views: 'เข้าชม',
  readMore: 'อ่านเพิ่มเติม',
  newsletter: 'รับข่าวสารล่าสุดทางอีเมลทุกเช้า',
  fontSize: 'ขนาดตัวอักษร',
  print: 'พิมพ์',
  govNotice: [
    'ข้อมูลข่าวสารนี้เผยแพร่เพื่อประโยชน์สาธารณะ',
    'กรุณาประเมินความพึงพอใจต่อการให้บริการข้อมูลบนเว็บไซต์',
    'ดาวน์โหลดเอกสารฉบับเต็มได้ที่ส่วนเอกสารแนบ',
  ],
  deptWords: ['กองการต่างประเทศ', 'สำนักงานเลขานุการกรม', 'กองนโยบายและแผน', 'ศูนย์เทคโนโลยีสารสนเทศ', 'กลุ่มงานประชาสัมพันธ์', 'สำนักงานรัฐมนตรี'],
};

const EN: Vocab = {
  lang: 'en',
  newsSites: [
    { name: 'The Seoul Herald', domain: 'www.seoulherald.example' },
    { name: 'Bangkok Courier', domain: 'www.bkkcourier.example' },
    { name: 'Asia Ledger', domain: 'www.asialedger.example' },
    { name: 'The Siam Times', domain: 'www.siamtimes.example' },
    { name: 'Mekong Monitor', domain: 'www.mekongmonitor.example' },
    { name: 'Pacific Wire Service', domain: 'www.pacificwire.example' },
  ],
  govSites: [
    { name: 'Ministry of the Interior and Safety', domain: 'www.mois.go.kr/eng' },
    { name: 'Ministry of Foreign Affairs', domain: 'www.mofa.go.kr/eng' },
    { name: 'UNDP Asia and the Pacific', domain: 'www.undp.org/asia-pacific' },
    { name: 'OECD Southeast Asia Regional Programme', domain: 'www.oecd.org/southeast-asia' },
    { name: 'Thailand Board of Investment', domain: 'www.boi.go.th/en' },
    { name: 'Ministry of Science and ICT', domain: 'www.msit.go.kr/eng' },
  ],
  newsSections: sections({
    World: ['Asia-Pacific', 'Americas', 'Europe', 'Middle East', 'Africa', 'United Nations'],
    Business: ['Markets', 'Economy', 'Companies', 'Energy', 'Autos', 'Finance', 'Trade', 'Property', 'Retail'],
    Politics: ['Elections', 'Diplomacy', 'Defense', 'Policy', 'Parliament'],
    Technology: ['AI', 'Semiconductors', 'Telecom', 'Startups', 'Cybersecurity', 'Gadgets', 'Space'],
    Science: ['Environment', 'Climate', 'Health', 'Research'],
    Sports: ['Football', 'Baseball', 'Golf', 'Tennis', 'Esports', 'Olympics'],
    Culture: ['Film', 'Music', 'K-pop', 'Books', 'Art', 'Food', 'Travel'],
    Opinion: ['Editorials', 'Columnists', 'Letters', 'Analysis', 'Podcasts'],
    Lifestyle: ['Wellness', 'Fashion', 'Homes', 'Family', 'Style'],
  }),
  govSections: sections({
    'About us': ['Mission', 'Leadership', 'Organization chart', 'History', 'Affiliated agencies', 'Careers', 'Contact'],
    'News and media': ['Press releases', 'Speeches', 'Statements', 'Photo gallery', 'Videos', 'Media contacts', 'Events'],
    'Policies and programmes': ['Key policies', 'Digital government', 'Disaster safety', 'Local autonomy', 'International cooperation', 'Climate action', 'Gender equality'],
    Publications: ['Reports', 'Policy papers', 'Statistics', 'Annual reports', 'Working papers', 'Data portal'],
    'Work with us': ['Procurement', 'Funding opportunities', 'Partnerships', 'Internships', 'Consultancies'],
  }),
  regions: ['Korea', 'Thailand', 'Vietnam', 'Japan', 'China', 'Indonesia', 'Malaysia', 'Philippines', 'Singapore', 'India', 'Cambodia', 'Laos', 'Myanmar', 'Mongolia', 'Taiwan', 'Australia', 'Bangladesh', 'Sri Lanka', 'Nepal', 'Pakistan', 'Uzbekistan', 'Kazakhstan', 'Brunei', 'Timor-Leste', 'Hong Kong', 'New Zealand', 'Fiji', 'Papua New Guinea'],
  topics: ['Climate change', 'Supply chains', 'Chips', 'Electric vehicles', 'Interest rates', 'Tourism', 'Rice', 'Trade talks', 'Haze', 'Digital ID', 'Cyber fraud', 'Ageing society', 'Green finance', 'Mekong', 'ASEAN summit', 'Inflation', 'Startups', 'Food security', 'Renewables', 'Labour migration'],
  util: ['Sign in', 'Register', 'Subscribe', 'Newsletters', 'E-paper', '한국어', 'ภาษาไทย', 'Search', 'Advertise', 'Apps'],
  share: ['Facebook', 'X', 'LinkedIn', 'WhatsApp', 'Email', 'Copy link', 'Print'],
  skipLinks: ['Skip to main content', 'Skip to navigation', 'Skip to footer'],
  footerNews: ['About us', 'Contact us', 'Advertise', 'Careers', 'Privacy policy', 'Cookie policy', 'Terms of use', 'Accessibility', 'Corrections', 'Ethics policy', 'Licensing', 'RSS', 'Sitemap', 'Help centre'],
  footerGov: ['Privacy notice', 'Copyright policy', 'Terms of use', 'Accessibility statement', 'Fraud alert', 'Freedom of information', 'Sitemap', 'Contact', 'Open data'],
  familySites: ['Korea.net', 'Invest Korea', 'Visit Korea', 'ASEAN Secretariat', 'UN Environment', 'World Bank East Asia', 'ADB Data Library', 'Thailand Open Data', 'Mekong River Commission', 'UN ESCAP', 'OECD iLibrary', 'ReliefWeb'],
  headings: {
    related: 'Related stories',
    mostRead: 'Most read',
    latest: 'Latest news',
    comments: 'Comments',
    tags: 'Topics',
    attachments: 'Downloads',
    contact: 'Media contact',
    prevNext: ['Previous', 'Next'],
    breadcrumbHome: 'Home',
    subscribe: 'Subscribe',
    photo: 'Photo',
    sitemap: 'Sitemap',
    allMenu: 'All sections',
  },
  cookie: {
    text: 'We use cookies and similar technologies to recognise your repeat visits and preferences, to measure the effectiveness of campaigns and to improve our websites. By clicking "Accept all", you consent to the use of cookies.',
    accept: 'Accept all',
    settings: 'Cookie settings',
    reject: 'Reject non-essential',
  },
  adLabel: 'Advertisement',
  commentPhrases: [
    'Great reporting, thank you.',
    'Would love to see a follow-up on this.',
    'The numbers in the third paragraph do not add up.',
    'This has been promised for years. We will see.',
    'Finally some good news from the region.',
    'Who is paying for all of this?',
    'Interesting read. Any link to the full report?',
    'Same problem in my city, nobody talks about it.',
    'Well explained, shared with my colleagues.',
    'Hope they actually follow through this time.',
    'The headline is a bit misleading.',
    'Thanks for covering this.',
  ],
  commentUi: { reply: 'Reply', like: 'Like', report: 'Report', more: 'Load more comments', login: 'Sign in to join the conversation', placeholder: 'Add a comment…', sortBest: 'Top', sortNew: 'Newest' },
  surveys: ['Very useful', 'Useful', 'Neutral', 'Not useful'],
  copyright: (site, year) => `© ${year} ${site}. All rights reserved.`,
  address: ['1 Government Complex Road, Sejong 30112, Republic of Korea', '555 Rajdamnern Nok Avenue, Bangkok 10100, Thailand', 'United Nations Service Building, Rajdamnern Nok Avenue, Bangkok 10200', '2 rue André Pascal, 75016 Paris, France'],
  reporterLine: (name, email) => `${name} can be reached at ${email}`,
  givenNames: ['James', 'Sarah', 'Daniel', 'Emily', 'Michael', 'Hannah', 'David', 'Grace', 'Thomas', 'Olivia', 'Kevin', 'Rachel', 'Minji', 'Somchai', 'Linh'],
  familyNames: ['Park', 'Miller', 'Nguyen', 'Thompson', 'Kim', 'Wright', 'Chen', 'Suzuki', 'Harris', 'Lee', 'Walker', 'Tan', 'Brooks', 'Srisuk'],
  nicknames: ['jdoe_84', 'seoulsearcher', 'mekong_watcher', 'RiceTrader', 'anon_reader', 'BKKcommuter', 'policywonk', 'tropicalstorm', 'kimchi_fan', 'oldhand'],
  bylinePrefix: 'By',
  published: 'Published',
  updated: 'Updated',
  views: 'views',
  readMore: 'Read more',
  newsletter: 'Get the morning briefing in your inbox',
  fontSize: 'Text size',
  print: 'Print',
  govNotice: [
    'For media enquiries, please contact the press office.',
    'This press release is also available in other languages.',
    'Was this page helpful?',
  ],
  deptWords: ['International Cooperation Division', 'Press Office', 'Digital Government Bureau', 'Communications Unit', 'Regional Programme Office', 'Policy Planning Division'],
};

export const VOCAB: Readonly<Record<BenchLang, Vocab>> = { ko: KO, th: TH, en: EN };
