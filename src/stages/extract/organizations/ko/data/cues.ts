/**
 * Cue words around organization names that carry no organization-type suffix.
 */

/**
 * Nouns that introduce a company or body by apposition: "해양로봇 전문기업 씨로보틱스",
 * "스타트업 OOO", "협력업체 OOO". The word after the cue is the name.
 */
export const APPOSITION_CUES: readonly string[] = [
  '기업', '전문기업', '벤처기업', '스타트업', '업체', '전문업체', '협력업체', '회사', '제조사', '운영사', '시행사',
  '자회사', '계열사', '법인', '단체', '시민단체', '기관', '연구기관', '공공기관', '언론사', '통신사', '방송사',
  // investors and partners: "벤처캐피털 OOO", "협력사 OOO", "바이오벤처 OOO"
  '벤처캐피털', '벤처캐피탈', '투자사', '운용사', '자산운용사', '액셀러레이터', '사모펀드', '협력사', '바이오벤처',
  '제약사', '유통사', '시공사', '설계사', '배급사', '제작사', '환경단체', '노동단체', '협력기관',
  // publishers, clubs, broadcasters and firms introduced by their trade: "출판사 OOO", "구단 OOO",
  // "공영방송 KBS", "방산업체 OOO", "신용평가사 OOO"
  '출판사', '구단', '프로구단', '공영방송', '민영방송', '방산업체', '방산기업', '신용평가사', '조선사', '항공사',
  '게임사', '보험사', '카드사', '증권사', '건설사', '여행사', '연구소기업', '핀테크', '핀테크기업',
  // non-profits introduced by their kind: "국제구호개발 NGO OOO", "(사)OOO"
  'NGO', '비영리단체', '민간단체', '구호단체', '국제구호단체', '비정부기구',
];

/**
 * Nouns that close a list of companies or bodies: "SK에코플랜트와 고려아연 등 대기업도",
 * "OO·OO 등 업체". The listed words before "등" are names.
 */
export const LIST_CLOSING_CUES: readonly string[] = [
  '대기업', '기업', '업체', '회사', '중견기업', '중소기업', '스타트업', '기관', '단체', '시민단체', '은행', '증권사',
  '제약사', '완성차업체', '건설사', '통신사', '플랫폼기업', '빅테크', '운용사', '공기업', '공공기관', '협력사',
];

/**
 * Legal-form words that are part of a firm's name, written before it: "법무법인 세광",
 * "회계법인 한길". The two words are one name.
 */
export const FIRM_FORM_WORDS: ReadonlySet<string> = new Set(['법무법인', '회계법인', '특허법인', '세무법인', '노무법인']);

/**
 * Word endings after a two-syllable city name that prove the city is an administration in the
 * document: its mayor, city hall or council ("당진시장", "당진시청", "당진시의회").
 */
export const CITY_EVIDENCE_TAILS: readonly string[] = ['장', '청', '의회', '의원', '청장'];

/** Two syllables before 시 that make a common noun, not a city ("비상시", "대도시", "필요시"). */
export const NOT_CITY_STEMS: ReadonlySet<string> = new Set([
  '비상', '평상', '유사', '필요', '위급', '대도', '신도', '소도', '구도', '원도', '적발', '위반', '발생', '사용',
  '이용', '방문', '신청', '가입', '출국', '입국', '도착', '초기', '동시', '재개', '미표', '개표', '주식', '전통',
  '노동', '금융', '수출', '국내', '해외', '외환', '채권', '부동', '재래', '농산', '수산', '중고', '야간',
]);

/**
 * Latin capitals glued to a Hangul word make a company name ("SK하이닉스", "LS전선", "LG전자")
 * unless the capitals are a technical term ("AI반도체", "ICT수출").
 */
export const LATIN_NOT_COMPANY: ReadonlySet<string> = new Set([
  'AI', 'IT', 'ICT', 'HBM', 'CEO', 'CFO', 'CTO', 'MOU', 'ODA', 'SNS', 'TV', 'PC', 'IoT', 'VR', 'AR', 'XR', 'DX',
  'ESG', 'GDP', 'GNI', 'CPI', 'R', 'D', 'B2B', 'B2C', 'OTT', 'EV', 'LNG', 'LPG', 'CCTV', 'GPS', 'QR', 'PCR',
  'K', 'KTX', 'SRT', 'DNA', 'RNA', 'UN', 'EU', 'MZ', 'NFT', 'API', 'OS', 'SW', 'HW', 'PM', 'CO', 'NO', 'OLED',
  'URL', 'LCD', 'LED', 'SSD', 'DRAM', 'NAND', 'CPU', 'GPU', 'NPU', 'USB', 'SMS', 'FTA', 'WTO', 'GPT', 'LLM', 'UAM', 'BIM',
  'RE', 'SOC', 'PF', 'ETF', 'IPO', 'M', 'A', 'S', 'T', 'G', 'N', 'E', 'PPT', 'PDF', 'FAQ', 'Q', 'IMF', 'OECD',
  'R&D', 'CSR', 'IR', 'PR', 'HR', 'NGO', 'NGOs', 'NPO', 'M&A', 'Q&A',
]);

/** Hangul words glued after Latin capitals that are not company names ("AI교과서"). */
export const LATIN_PREFIX_NOT_COMPANY_TAIL: ReadonlySet<string> = new Set([
  '기반', '기술', '교과서', '디지털교과서', '서비스', '시대', '산업', '분야', '시장', '관련', '활용', '도입', '전환',
  '수출', '수입', '투자', '인재', '교육', '반도체', '인증', '사업', '플랫폼', '정책', '규제', '모델', '방식', '체계', '복사', '공유', '제공', '바로가기', '부문', '사업부', '사업본부', '본부', '팀', '부', '실', '센터', '연구팀', '연구진',
]);

/** Company markers before or after a name: "(주)씨로보틱스", "주식회사 씨로보틱스". */
export const COMPANY_MARKERS: readonly string[] = ['(주)', '㈜', '주식회사', '(사)', '사단법인', '(재)', '재단법인'];

/**
 * Endings of venues and buildings: after Latin capitals they name a company's site, not the
 * company ("OO타워", "OO빌딩", "OO파크", "OO캠퍼스").
 */
export const VENUE_ENDINGS: readonly string[] = [
  '파크', '타워', '빌딩', '플라자', '스퀘어', '캠퍼스', '홀', '아트홀', '센터빌딩', '사옥', '본사', '공장', '연구동',
  '전시관', '기념관', '박물관', '미술관', '아레나', '스타디움', '돔',
];

/**
 * Cue words after an organization that introduce a body under it: "환경부 산하 OO통제소",
 * "교육부 산하 OO원". The word after the cue is an organization even with no type word.
 */
export const SUBORDINATE_CUES: ReadonlySet<string> = new Set(['산하']);

/** Generic nouns that follow a subordinate cue without naming a body ("산하 기관", "산하 공기업"). */
export const SUBORDINATE_GENERIC: ReadonlySet<string> = new Set([
  '기관', '기관들', '공공기관', '공기업', '단체', '조직', '부서', '기구', '연구기관', '출연기관', '출연연',
  '위원회', '센터', '연구소', '법인', '자회사', '계열사', '공단', '재단', '학교', '병원', '위원', '직원', '각',
]);

/**
 * Branches, secretariats, offices and graduate schools: right after the body they belong to they
 * are a body of their own, named with it ("국회 사무처", "OO공단 서울본부", "OO대학교
 * 보건대학원", "OO기구 지역사무처", "OO군 급식지원센터"). Other units after a body ("OO조합
 * 운항관리센터", "OO부 기획조정실") are parts of it, not reported.
 */
export const BODY_UNIT_WORDS: ReadonlySet<string> = new Set(['사무처', '사무국', '사무소', '지역사무소', '지역사무처', '지역본부', '산학협력단']);
export const BODY_UNIT_ENDINGS: readonly string[] = [
  '사무처', '사무국', '사무소', '본부', '지부', '지사', '지회', '분원', '대학원', '지원센터', '지청',
];
/**
 * Of those, the endings of regional branches: named with a place and the ending alone ("서울북부지사",
 * "경기지부", "안산지청"), a branch no suffix rule knows by itself.
 */
export const BRANCH_ENDINGS: readonly string[] = ['지사', '지부', '지회', '지청', '본부', '분원'];
