/**
 * Titles, ranks and honorifics that stand next to a Korean person's name ("홍길동 장관",
 * "장관 홍길동", "홍길동 씨"). A title is not part of the name; it is collected in `titles`.
 */

/** Whole-word titles. */
export const TITLES: ReadonlySet<string> = new Set([
  // government
  '대통령', '부통령', '총리', '국무총리', '부총리', '장관', '차관', '차관보', '제1차관', '제2차관', '대변인',
  '부대변인', '비서관', '비서실장', '수석', '정무수석', '보좌관', '특별보좌관', '정책관', '심의관', '조정관',
  '기획관', '담당관', '실장', '국장', '과장', '팀장', '부장', '차장', '청장', '처장', '원장', '부원장', '소장',
  '단장', '부단장', '센터장', '본부장', '관장', '위원장', '부위원장', '위원', '상임위원', '의장', '부의장',
  '사무총장', '사무차장', '사무국장', '총재', '부총재', '사무관', '서기관', '주무관', '감사관',
  // diplomacy
  '대사', '특명전권대사', '공사참사관', '참사관', '총영사', '영사', '서기관',
  // legislature, local government, parties
  '의원', '국회의원', '시의원', '도의원', '구의원', '국회의장', '시장', '부시장', '도지사', '지사', '부지사',
  '군수', '구청장', '교육감', '대표', '원내대표', '최고위원', '간사', '원내대변인', '정책위의장',
  // business
  '회장', '부회장', '사장', '부사장', '대표이사', '이사', '이사장', '전무', '상무', '최고경영자',
  '창업자', '의장', '최고기술책임자', '최고재무책임자', '최고운영책임자', '최고정보책임자', '최고마케팅책임자',
  '최고전략책임자', '최고디지털책임자', '최고인사책임자',
  // shop-floor ranks ("생산라인 홍길동 반장", "홍길동 공장장")
  '반장', '공장장', '주임',
  // business titles written as Latin acronyms inside Korean text: "홍길동 CTO(최고기술책임자)는"
  'CEO', 'CTO', 'CFO', 'COO', 'CIO', 'CMO', 'CSO', 'CDO', 'CHRO', 'CISO',
  // academia, research, professions
  '교수', '부교수', '조교수', '명예교수', '석좌교수', '총장', '부총장', '학장', '박사', '연구원', '선임연구원',
  '책임연구원', '수석연구원', '연구위원', '선임연구위원', '박사후연구원', '전임연구원', '방문연구원', '연구교수',
  '초빙교수', '겸임교수', '객원교수', '박사과정', '석사과정', '박사후과정', '교사', '교장', '변호사', '판사', '검사장',
  // research officers of state institutes ("국립보건연구원 홍길동 보건연구관")
  '연구관', '보건연구관', '학예연구관', '농업연구관', '연구사', '보건연구사', '학예연구사', '농업연구사',
  // courts and prosecution ("(재판장 홍길동 부장판사)", "(부장검사 홍길동)"); "검사" alone is also
  // an examination ("유전자 검사"), so only the ranked forms
  '재판장', '부장판사', '수석부장판사', '대법관', '재판관', '헌법재판관', '부장검사', '차장검사', '주임검사',
  '지검장', '지청장',
  // police ranks that are no common noun ("경감", "경위", "경사" are: 부담 경감, 사건 경위)
  '총경', '경무관', '치안감', '치안정감', '치안총감', '순경',
  '검찰총장', '간호사', '작가', '감독', '코치', '선수', '기자', '특파원', '앵커', '애널리스트',
  '이코노미스트', '주석', '국가주석', '총서기', '국왕', '여왕', '왕세자', '총통', '총독',
  // honorifics
  '씨', '여사', '님',
]);

/**
 * Titles that head an organizational unit and may be glued to the unit's name: "복지실장",
 * "해운물류국장", "지방재정경제실장", "서울시장". A word ending in one of these is a title.
 */
export const UNIT_HEAD_TITLES: readonly string[] = [
  '실장', '국장', '과장', '팀장', '부장', '청장', '처장', '원장', '소장', '단장', '센터장', '본부장', '관장',
  '위원장', '이사장', '회장', '사장', '총장', '학장', '구청장', '군수', '교육감', '시장', '지사', '도지사', '대변인',
  '정책관', '심의관', '기획관', '담당관', '비서관', '연구원', '연구위원', '교수', '대사', '총영사', '의원', '장관',
  '차관', '차관보', '대장',
];

/** Words that may stand before a title and change its rank but not its kind: "수석연구원". */
export const TITLE_MODIFIERS: readonly string[] = [
  '수석', '선임', '책임', '부', '공동', '상임', '명예', '초대', '전임', '신임', '사무', '대표', '정무', '경제',
  '수석부', '제1', '제2', '주한', '특임', '원내',
];

/**
 * Words that may stand between a name and its title: "홍길동 전 장관", "홍길동 주한 태국 대사".
 * Organizations and countries may stand there too; those are recognized by rule, not listed.
 */
export const BETWEEN_NAME_AND_TITLE: ReadonlySet<string> = new Set([
  '전', '현', '前', '신임', '초대', '당시', '겸', '주한', '수석', '공동', '상임', '명예', '대표', '직무대행',
  '권한대행', '부', '제1', '제2',
]);

/**
 * The administration an official serves, written with its type word alone, between the name and
 * the title: "OOO 도 경제부지사", "OOO 시 복지국장".
 */
export const ADMINISTRATION_WORDS: ReadonlySet<string> = new Set(['도', '시', '군', '구']);

/**
 * Titles that are also common nouns and, before a word, mostly are: "시장 기대치" (market),
 * "이사 비용" (moving), "지사 설립" (branch). Before a name they count only inside a bracket
 * ("(시장 홍길동)").
 */
export const NOUN_LIKE_TITLES: ReadonlySet<string> = new Set(['시장', '이사', '지사']);

/** Words between a country and a foreign name that say where the person comes from: "브라질 출신 OOO 감독". */
export const ORIGIN_WORDS: ReadonlySet<string> = new Set(['출신', '국적', '태생', '출신의', '국적의', '태생의']);

/** Titles that are honorifics ("씨") may glue to the name directly: "홍길동씨". */
export const GLUING_HONORIFICS: readonly string[] = ['씨'];

/** A reporter's name before "기자" followed by "=" or an e-mail is a byline, not body text. */
export const BYLINE_TITLES: ReadonlySet<string> = new Set(['기자', '특파원']);
