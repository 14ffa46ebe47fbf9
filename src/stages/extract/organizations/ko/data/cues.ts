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
  // the parent of a group named after the subsidiary: "지주회사 OOO", "모회사 OOO"
  '모회사', '지주회사', '지주사',
  // joint ventures and local subsidiaries: "합작법인 'OOO'", "현지법인 OOO"
  '합작법인', '합작사', '합작회사', '현지법인',
  // retail and restaurant chains, after their trade (CHAIN_TRADES): "편의점 체인 OOO", "커피 체인 OOO"
  '체인',
];

/**
 * Cue nouns that introduce a company only with the copula, "국내 선사인 OOO": bare, 선사 is also
 * prehistory ("선사 유적지").
 */
export const COPULA_ONLY_CUES: ReadonlySet<string> = new Set(['선사', '해운선사', '컨테이너선사']);

/** Trades that make "체인" introduce a chain's name ("공급 체인 다변화" names none). */
export const CHAIN_TRADES: ReadonlySet<string> = new Set([
  '편의점', '커피', '외식', '유통', '소매', '호텔', '슈퍼마켓', '마트', '대형마트', '드럭스토어', '프랜차이즈', '베이커리',
  '패스트푸드', '치킨', '식당', '레스토랑', '서점', '약국', '영화관', '극장', '뷰티',
]);

/**
 * Cue nouns of a group's members: the bare word before them is the parent company ("OOO
 * 계열사 A와 B", "OOO 자회사 A"), the words after them its members.
 */
export const GROUP_MEMBER_CUES: ReadonlySet<string> = new Set(['자회사', '계열사', '손자회사', '관계사', '자회사인', '계열사인']);

/**
 * Bound nouns that follow a cue noun without naming anything: "플랫폼 기업 중에서는",
 * "관련 업체 가운데". A word that is one of them plus a particle is no name.
 */
export const BOUND_NOUNS: ReadonlySet<string> = new Set(['중', '가운데', '사이', '간', '중심', '위주', '대상', '대부분', '일부']);

/**
 * Verbs of a listed company's own filings: the topic of a sentence that ends so is a company
 * ("OOO은 … 영업손실을 냈다고 31일 공시했다").
 */
export const DISCLOSURE_VERBS: readonly string[] = ['공시했다', '공시했다고', '공시했으며', '공시했고'];

/**
 * Earnings items that, with an amount right after them, make a sentence a company's results:
 * "OOO은 영업이익 3120억원으로 …" (a filer's topic, like a disclosure verb).
 */
export const EARNINGS_ITEMS: ReadonlySet<string> = new Set([
  '영업이익', '영업손실', '순이익', '순손실', '당기순이익', '당기순손실', '매출액', '영업익',
]);

/**
 * Endings of words for a sector, an authority in general or a community rather than one body:
 * "업계 관계자", "금융당국", "지자체", "지역사회와 협약을".
 */
export const SECTOR_END_RE = /(?:업계|당국|재계|학계|정계|관가|부처|지자체|현장|구단|주변|내부|안팎|소식통|일각|쪽|측|권|사회|주민|농가|기관|단체|업체|기업)$/;

/**
 * Agreements a body signs with a partner named before them: "OOO와 업무협약을 맺었다",
 * "OOO과 양해각서(MOU)를 체결했다"; and verbs of teaming up: "OOO와 손잡고".
 */
export const AGREEMENT_NOUNS: ReadonlySet<string> = new Set([
  '협약', '업무협약', '협정', '업무협정', '양해각서', 'MOU', '파트너십', '제휴', '업무제휴', '전략적제휴', '투자협약', '공급계약',
]);
export const SIGNING_VERB_RE = /^(?:맺|체결)/;
export const TEAMING_VERB_RE = /^손잡/;

/** Topics of a filing sentence that are no company: the figures and organs it reports on. */
export const NOT_FILERS: ReadonlySet<string> = new Set([
  '영업이익', '영업손실', '순이익', '순손실', '당기순이익', '당기순손실', '매출액', '실적', '배당금', '이사회', '최대주주',
  '주주총회', '감사보고서', '사업보고서', '반기보고서', '분기보고서', '주가', '주식', '자사주', '유상증자', '무상증자',
]);

/**
 * Heads' titles in a bracket right after a body's name: "OOO(대표 홍길동)은", "OOO(회장
 * 홍길동)". The word before the bracket is the body they head.
 */
export const BRACKET_HEAD_TITLES: ReadonlySet<string> = new Set([
  '대표', '대표이사', '공동대표', '회장', '사장', '이사장', '원장', '총장', '소장', '관장', '위원장', '센터장', '조합장',
]);

/**
 * Words after a short university name ("성균관대", "존스홉킨스대") that show it is the university:
 * its departments, schools and research teams, and the titles of its faculty. Elsewhere words
 * ending in 대 are common nouns (세대, 시대, 확대).
 */
export const UNIVERSITY_FOLLOWERS_RE = /^(?:[가-힣]{1,10}(?:학과|학부|대학|대학원|전공|연구팀|연구진|연구소|교실)|의대|법대|약대|공대|교수|교수팀|총장|연구교수|명예교수|석좌교수|부교수|조교수|교수진)$/;
/**
 * Common nouns of three syllables or more ending in 대 that could stand before those words; any
 * longer word ending in 세대/시대/부대/지대/무대 is one too (see NOT_UNIVERSITY_RE).
 */
export const NOT_UNIVERSITIES: ReadonlySet<string> = new Set([
  '가격대', '시간대', '연령대', '신세대', '구세대', '현세대', '전세대', '새시대', '신시대',
]);
export const NOT_UNIVERSITY_RE = /^[가-힣]{2,}(?:세대|시대|부대|지대|무대)$/;

/**
 * Nouns that close a list of companies or bodies: "SK에코플랜트와 고려아연 등 대기업도",
 * "OO·OO 등 업체". The listed words before "등" are names.
 */
export const LIST_CLOSING_CUES: readonly string[] = [
  '대기업', '기업', '업체', '회사', '중견기업', '중소기업', '스타트업', '기관', '단체', '시민단체', '은행', '증권사',
  '제약사', '완성차업체', '건설사', '통신사', '플랫폼기업', '빅테크', '운용사', '공기업', '공공기관', '협력사',
  // sports clubs: "A·B·C 등 구단들은"
  '구단', '프로구단',
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
  // competitions named with a Latin letter: "V리그", "K리그", "F1그랑프리"
  '리그', '시리즈', '컵', '투어', '챔피언십', '그랑프리',
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
/**
 * Overseas offices named by their city, after their body: "코트라 하노이무역관", "OO 방콕사무소".
 * No table lists foreign cities, so after a body any name before the ending will do.
 */
export const OVERSEAS_OFFICE_ENDINGS: readonly string[] = ['무역관'];
