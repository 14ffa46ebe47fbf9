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

/** Weekday in parentheses after a date: "(수)", "(목요일)". */
export const WEEKDAY_CHARS = '월화수목금토일';

/** Counters after a number: the number is a count or an amount, not a year ("2023명", "2000만 원"). */
export const COUNTERS = [
  '명', '개', '원', '건', '곳', '가구', '대', '톤', '달러', '만', '억', '천', '차', '회', '번', '호', '쪽', '세', '살',
  '위', '점', '표', '석', '마리', '병', '권', '장', '편', '종', '배', '가지', '평', '여', '개월', '시간', '분', '초',
  '주', '층', '동', 'km', 'kg', '㎡', '㎞', '%', '명의', '인', '채', '척', '기', '발', '량', '석',
];

/** Words after a day number that make it a duration or a rate ("3일간", "10일 동안", "1일 평균"). */
export const DAY_NOT_DATE_AFTER = ['간', '째', '동안', '만에', '이내', '이상', '이하', '가량', '정도', '안팎', '내외', '평균', '치', '분', '여'];
