/** Pattern pieces shared by the Korean parsers. */
import { alternation } from '../../common/pattern.js';
import { DAY_NOT_DATE_GLUED, DAY_NOT_DATE_SPACED } from '../data.js';

export const S = '[ \\t\\u00a0]';
export const RANGE = '[~∼〜～\\-–]';
/** After "N일": not a duration or a rate ("3일간", "10일 동안", "1일 평균"), not "일부"/"요일". */
export const DAY_GUARD = `(?!${alternation(DAY_NOT_DATE_GLUED)}|${S}${alternation(DAY_NOT_DATE_SPACED)}|부(?!터)|요일)`;
/** "N" directly followed by a range to "M일" ("19~24일"): the first day is written without 일. */
export const DAY_MARK = `(?:일|(?=${S}{0,2}${RANGE}${S}{0,2}\\d{1,2}${S}{0,1}일))`;
export const MONTH_MARK = `(?:월|(?=${S}{0,2}${RANGE}${S}{0,2}\\d{1,2}${S}{0,1}월))`;
