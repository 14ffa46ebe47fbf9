/**
 * Korean surnames. A Hangul personal name is a surname from these tables followed by a given
 * name of one or two (rarely three) syllables.
 *
 * Split by frequency: the common surnames cover nearly every person in the news, and the rare
 * ones are also everyday syllables (국, 대, 부, 태 …) that start ordinary nouns, so a candidate with
 * a rare surname needs a stronger cue.
 */

export const TWO_SYLLABLE_SURNAMES: ReadonlySet<string> = new Set([
  '남궁', '선우', '제갈', '황보', '독고', '사공', '서문', '동방', '어금', '망절', '을지', '장곡',
]);

export const COMMON_SURNAMES: ReadonlySet<string> = new Set([
  '김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황', '안', '송',
  '류', '유', '전', '홍', '고', '문', '양', '손', '배', '백', '허', '남', '심', '노', '하', '곽', '성', '차',
  '주', '우', '구', '민', '진', '나', '지', '엄', '채', '원', '천', '방', '공', '현', '함', '변', '염', '여',
  '추', '도', '소', '석', '선', '설', '마', '길', '연', '위', '표', '명', '기', '반', '라', '왕', '금', '옥',
  '육', '인', '맹', '제', '모', '탁', '진', '어', '은', '봉', '경', '예', '편', '용', '빈', '국', '로', '형',
]);

export const RARE_SURNAMES: ReadonlySet<string> = new Set([
  '사', '부', '가', '복', '태', '목', '피', '두', '감', '음', '동', '온', '호', '범', '좌', '팽', '승', '간',
  '상', '시', '갈', '단', '견', '계', '궁', '근', '내', '당', '대', '돈', '란', '뢰', '루', '림', '매',
  '묵', '미', '야', '엽', '영', '요', '운', '웅', '자', '점', '종', '즙', '창', '초', '춘', '쾌',
  '판', '평', '풍', '필', '학', '해', '화', '환', '후', '흥',
]);
