/** Korean tables: relative words, period words, counters that make a number a count. */

/** Year words that combine with an explicit month ("지난해 12월"): offset from the anchor's year. */
export const RELATIVE_YEAR: Record<string, number> = {
  지난해: -1, 작년: -1, 재작년: -2, 올해: 0, 금년: 0, 올: 0, 내년: 1, 내후년: 2,
};

/** Words before a month: direction from the anchor ("지난 9월", "오는 11월"). */
export const MONTH_DIRECTION: Record<string, 'past' | 'future'> = { 지난: 'past', 오는: 'future' };

/** Words before a day: month offset ("지난달 23일") or direction ("지난 3일", "오는 15일"). */
export const DAY_RELATIVE: Record<string, { monthOffset?: number; direction?: 'past' | 'future' | 'nearest' }> = {
  지난달: { monthOffset: -1 },
  '지난 달': { monthOffset: -1 },
  전달: { monthOffset: -1 },
  이달: { monthOffset: 0 },
  '이번 달': { monthOffset: 0 },
  이번달: { monthOffset: 0 },
  '다음 달': { monthOffset: 1 },
  다음달: { monthOffset: 1 },
  내달: { monthOffset: 1 },
  지난: { direction: 'past' },
  오는: { direction: 'future' },
  이번: { direction: 'nearest' },
};

/** Period words after a month ("12월 말", "4월 중순"): the value keeps the month. */
export const MONTH_PERIODS = ['초순', '상순', '중순', '하순', '초', '말', '께', '경', '중'];
/** Period words after a year: half / quarter change the precision, others keep "year". */
export const YEAR_HALVES: Record<string, 'half'> = { 상반기: 'half', 하반기: 'half' };
export const YEAR_PERIODS = ['초', '말', '중반', '후반', '전반', '연말', '연초'];

/** What may follow a one-syllable period word (초/말/중) so that it is one ("12월 말까지", not "말레이시아"). */
export const PERIOD_FOLLOW = '(?=$|[^가-힣]|까지|에|부터|로|께|쯤|경|이|의|은|는|을|엔|까)';

/** Reporting verbs: "…라고 10일 밝혔다" — a bare day right before one is the day of the report (the anchor's month). */
export const REPORTING_VERBS = ['밝혔다', '말했다', '발표했다', '전했다', '알렸다', '설명했다', '강조했다', '공개했다', '공시했다', '보도했다', '덧붙였다', '내다봤다', '예상했다', '전망했다'];

/** Weekday in parentheses after a date: "(수)", "(목요일)". */
export const WEEKDAY_CHARS = '월화수목금토일';

/** Counters after a number: the number is a count or an amount, not a year ("2023명", "2000만 원"). */
export const COUNTERS = [
  '명', '개', '원', '건', '곳', '가구', '대', '톤', '달러', '만', '억', '천', '차', '회', '번', '호', '쪽', '세', '살',
  '위', '점', '표', '석', '마리', '병', '권', '장', '편', '종', '배', '가지', '평', '여', '개월', '시간', '분', '초',
  '주', '층', '동', 'km', 'kg', '㎡', '㎞', '%', '명의', '인', '채', '척', '기', '발', '량', '석',
];

/**
 * After a day number, glued to 일: a duration, a share or a rate ("3일간", "10일째", "3일치", "5일제",
 * "3일씩"), a time taken or cut to ("12일이 걸렸다", "7일로 줄어든다", "5일로 단축"). Only glued: "10일 간담회",
 * "10일 치러진", "10일 여야", "15일이 마감" are dates.
 */
export const DAY_NOT_DATE_GLUED = ['간', '째', '치', '분', '제', '씩', '마다', '여', '이내', '이상', '이하', '동안', '만에', '만의', '이 걸', '로 줄', '로 단축'];
/** After a day number and a space: a duration or a rate ("10일 동안", "3일 연속", "1일 평균"). */
export const DAY_NOT_DATE_SPACED = ['동안', '만에', '만의', '이내', '이상', '이하', '가량', '정도', '안팎', '내외', '평균', '연속', '간격', '주기', '단위', '최대', '최소', '한도'];

/** Sentence cues: the date lies ahead ("…할 예정이다", "…열린다") or behind ("…열렸다"). */
export const FUTURE_CUES = ['예정', '계획', '방침', '할 것', '될 것', '전망', '목표', '부터 시행', '앞두고', '열린다', '개최한다', '시행된다', '진행된다', '실시한다', '운영한다', '개최될', '열릴', '시행될'];
export const PAST_CUES = ['했다', '됐다', '었다', '았다', '였다', '렸다', '졌다', '웠다', '했으며', '했고', '됐으며', '됐고', '열린', '개최된', '발표된', '지난'];
