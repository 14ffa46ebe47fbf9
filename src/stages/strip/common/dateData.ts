/** Month names and dateline labels, as data. */

export const EN_MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

/** Thai month names, full and abbreviated (with and without the spaces some sites put inside). */
export const TH_MONTHS: Readonly<Record<string, number>> = {
  มกราคม: 1, 'ม.ค.': 1, กุมภาพันธ์: 2, 'ก.พ.': 2, มีนาคม: 3, 'มี.ค.': 3, เมษายน: 4, 'เม.ย.': 4, พฤษภาคม: 5, 'พ.ค.': 5,
  มิถุนายน: 6, 'มิ.ย.': 6, กรกฎาคม: 7, 'ก.ค.': 7, สิงหาคม: 8, 'ส.ค.': 8, กันยายน: 9, 'ก.ย.': 9, ตุลาคม: 10, 'ต.ค.': 10,
  พฤศจิกายน: 11, 'พ.ย.': 11, ธันวาคม: 12, 'ธ.ค.': 12,
};

/**
 * Words that label a dateline. "published" labels name the publication date; "updated" labels a later
 * revision (used only when nothing better exists); "other" is a generic "date".
 */
export const DATE_LABELS: Readonly<Record<'published' | 'updated' | 'other' | 'counter', readonly string[]>> = {
  published: [
    '입력', '기사입력', '등록', '등록일', '작성일', '게재일', '발행일', '보도일', '배포일', '송고', '승인', '작성',
    'published', 'posted', 'released', 'issued', 'created', 'first published', 'publish date',
    'เผยแพร่', 'โพสต์', 'ลงวันที่', 'ประกาศเมื่อ', 'วันที่เผยแพร่',
    'ngày đăng', 'đăng lúc', 'đăng ngày',
  ],
  updated: ['수정', '최종수정', '업데이트', 'updated', 'last updated', 'modified', 'อัปเดต', 'อัพเดต', 'ปรับปรุง', 'แก้ไขล่าสุด', 'cập nhật'],
  other: ['date', 'dated', '일자', '날짜', '보도시점', 'วันที่', 'ngày'],
  // The start of a visitor counter or membership ("เริ่มนับ 1 ต.ค. 2558", "Member since …"): never the publication date.
  counter: ['เริ่มนับ', 'นับตั้งแต่', 'since'],
};

/** Korean board labels after which a date may carry a two-digit year ("작성일 : 25-09-03 14:22", "등록일 25.09.03"). */
export const TWO_DIGIT_YEAR_LABELS: readonly string[] = ['작성일', '등록일', '게시일', '작성일시', '등록일시', '입력', '날짜', '일자'];
