/**
 * Generic lexicon: the current Korean central government (ministries 부, ministries-level offices
 * 처, agencies 청, commissions, constitutional bodies) with their official short forms. Names
 * here are recognized even where the suffix rules would hesitate (short forms such as "해경",
 * "금감원", "국정원" end in no suffix), and a short form found in a document becomes an alias of
 * the full name found there.
 *
 * This is a general reference list of the state's institutions, not taken from any document.
 */

export interface LexiconEntry {
  name: string;
  short: readonly string[];
}

const e = (name: string, ...short: string[]): LexiconEntry => ({ name, short });

export const CENTRAL_GOVERNMENT: readonly LexiconEntry[] = [
  // 부 (ministries)
  e('기획재정부', '기재부'), e('교육부'), e('과학기술정보통신부', '과기정통부', '과기부'), e('외교부'), e('통일부'),
  e('법무부'), e('국방부'), e('행정안전부', '행안부'), e('국가보훈부', '보훈부'), e('문화체육관광부', '문체부'),
  e('농림축산식품부', '농식품부', '농림부'), e('산업통상자원부', '산업부', '산자부'), e('보건복지부', '복지부'),
  e('환경부'), e('고용노동부', '고용부', '노동부'), e('여성가족부', '여가부'), e('국토교통부', '국토부'),
  e('해양수산부', '해수부'), e('중소벤처기업부', '중기부'),
  // 처 (ministry-level offices)
  e('인사혁신처', '인사처'), e('법제처'), e('식품의약품안전처', '식약처'), e('대통령경호처', '경호처'),
  e('국가보훈처', '보훈처'),
  // 청 (agencies)
  e('국세청'), e('관세청'), e('조달청'), e('통계청'), e('재외동포청'), e('대검찰청', '대검'), e('병무청'),
  e('방위사업청', '방사청'), e('경찰청'), e('소방청'), e('국가유산청'), e('문화재청'), e('농촌진흥청', '농진청'),
  e('산림청'), e('특허청'), e('질병관리청', '질병청'), e('기상청'), e('행정중심복합도시건설청', '행복청'),
  e('새만금개발청'), e('해양경찰청', '해경'), e('우주항공청'),
  // commissions
  e('방송통신위원회', '방통위'), e('공정거래위원회', '공정위'), e('금융위원회', '금융위'),
  e('국민권익위원회', '권익위'), e('원자력안전위원회', '원안위'), e('개인정보보호위원회', '개인정보위'),
  e('국가인권위원회', '인권위'), e('중앙선거관리위원회', '선관위'),
  // offices of state and constitutional bodies
  e('대통령실'), e('대통령비서실'), e('국무조정실', '국조실'), e('국무총리비서실'), e('감사원'), e('국가정보원', '국정원'),
  e('국회'), e('대법원'), e('헌법재판소', '헌재'), e('금융감독원', '금감원'), e('한국은행', '한은'),
  e('청와대'),
];

/**
 * Well-known public institutions (공공기관, state-funded institutes of science and technology,
 * business federations) with the brand names and acronyms the news uses for them, often alone:
 * "코트라는", "KAIST 연구팀", "한전 관계자". A general reference list, like the one above. Short
 * forms that are also common words with a particle ("산은" = 산 + 은, "수은" is mercury) are left out.
 */
export const PUBLIC_INSTITUTIONS: readonly LexiconEntry[] = [
  // trade, aid and finance
  e('대한무역투자진흥공사', '코트라', 'KOTRA'), e('한국국제협력단', '코이카', 'KOICA'), e('한국무역협회', '무역협회', 'KITA'),
  e('한국무역보험공사', '무역보험공사', 'K-SURE'), e('한국수출입은행', '수출입은행'), e('한국산업은행', '산업은행', 'KDB산업은행'),
  e('중소벤처기업진흥공단', '중진공'), e('소상공인시장진흥공단', '소진공'),
  // business federations
  e('대한상공회의소', '대한상의'), e('한국경제인협회', '한경협'), e('전국경제인연합회', '전경련'), e('중소기업중앙회', '중기중앙회'),
  // public corporations
  e('한국전력공사', '한전', 'KEPCO'), e('한국수력원자력', '한수원'), e('한국가스공사', '가스공사', 'KOGAS'),
  e('한국석유공사', '석유공사'), e('한국토지주택공사', 'LH'), e('한국수자원공사', '수자원공사'), e('한국철도공사', '코레일'),
  e('한국농어촌공사', '농어촌공사'), e('한국관광공사', '관광공사'), e('한국산업단지공단', '산단공'),
  e('국민건강보험공단', '건보공단', '건강보험공단'),
  // institutes of science and technology and state research institutes
  e('한국과학기술원', '카이스트', 'KAIST'), e('포항공과대학교', '포스텍', 'POSTECH'), e('울산과학기술원', '유니스트', 'UNIST'),
  e('광주과학기술원', '지스트', 'GIST'), e('대구경북과학기술원', '디지스트', 'DGIST'), e('한국과학기술연구원', 'KIST'),
  e('한국개발연구원', 'KDI'), e('대외경제정책연구원', 'KIEP'), e('한국생산기술연구원', '생기원'),
  e('한국콘텐츠진흥원', '콘진원'), e('정보통신산업진흥원', 'NIPA'),
];

/**
 * State bodies written without any suffix, Korean and foreign: the legislature and cabinet, the
 * seats of government that stand for the government itself ("백악관은 성명을 내고").
 */
export const STATE_BODIES: ReadonlySet<string> = new Set([
  '국회', '내각', '청와대', '대통령실', '백악관', '국무원', '크렘린궁', '크렘린', '전인대', '펜타곤', '엘리제궁',
]);
