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
 * State bodies written without any suffix, Korean and foreign: the legislature and cabinet, the
 * seats of government that stand for the government itself ("백악관은 성명을 내고").
 */
export const STATE_BODIES: ReadonlySet<string> = new Set([
  '국회', '내각', '청와대', '대통령실', '백악관', '국무원', '크렘린궁', '크렘린', '전인대', '펜타곤', '엘리제궁',
]);
