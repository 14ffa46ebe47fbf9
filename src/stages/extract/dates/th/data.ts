/** Thai tables: month names and abbreviations, eras, period words, counters. */

export const MONTHS: Record<string, number> = {
  มกราคม: 1, กุมภาพันธ์: 2, มีนาคม: 3, เมษายน: 4, พฤษภาคม: 5, มิถุนายน: 6,
  กรกฎาคม: 7, กรกฏาคม: 7, สิงหาคม: 8, กันยายน: 9, ตุลาคม: 10, พฤศจิกายน: 11, ธันวาคม: 12,
};

/** Abbreviations as written with dots; the parser accepts a missing final dot and a space after the first. */
export const MONTH_ABBREVIATIONS: Record<string, number> = {
  'ม.ค.': 1, 'ก.พ.': 2, 'มี.ค.': 3, 'เม.ย.': 4, 'พ.ค.': 5, 'มิ.ย.': 6,
  'ก.ค.': 7, 'ส.ค.': 8, 'ก.ย.': 9, 'ต.ค.': 10, 'พ.ย.': 11, 'ธ.ค.': 12,
};

/** Eras: พ.ศ. (Buddhist, subtract 543) and ค.ศ. (Gregorian). */
export const ERAS: Record<string, 'buddhist' | 'gregorian'> = { พ: 'buddhist', ค: 'gregorian' };

/** Period words before ปี / เดือน: dropped from the value. */
export const PERIODS = ['ต้น', 'กลาง', 'ปลาย', 'สิ้น', 'ช่วงต้น', 'ช่วงกลาง', 'ช่วงปลาย', 'ช่วงสิ้น'];

/** Year words after a month ("ธันวาคมปีที่แล้ว"): offset from the anchor's year. */
export const RELATIVE_YEAR: Record<string, number> = {
  ปีที่แล้ว: -1, ปีก่อน: -1, ปีที่ผ่านมา: -1, ปีนี้: 0, ปีหน้า: 1,
};

/** Words that follow "ปี" as part of a year label: ปีงบประมาณ 2568, ปีการศึกษา 2567. */
export const YEAR_LABELS = ['งบประมาณ', 'งบฯ', 'การศึกษา', 'บัญชี', 'ภาษี'];

/** Counters after a number: a count or amount, not a year or a day. */
export const COUNTERS = [
  'คน', 'ราย', 'บาท', 'ล้าน', 'แสน', 'หมื่น', 'พัน', 'แห่ง', 'ครั้ง', 'หลัง', 'ตัน', 'กิโล', 'เมตร', 'ไร่', 'ชิ้น',
  'เล่ม', 'หน่วย', 'ฉบับ', 'เรื่อง', 'ข้อ', 'ลำ', 'คัน', 'เครื่อง', 'ตำบล', 'หมู่บ้าน', 'โรงเรียน', 'ดอลลาร์', 'วอน',
  'ปี', 'เดือน', 'วัน', 'ชั่วโมง', 'นาที', 'องค์กร', 'ประเทศ', 'โครงการ', 'อัตรา', 'ตำแหน่ง', 'แปลง', 'ครัวเรือน',
  'เปอร์เซ็นต์', '%', 'ล้านบาท', 'ตร.', 'กม.', 'กก.', 'ลิตร', 'จังหวัด', 'อำเภอ', 'คะแนน', 'เท่า', 'รุ่น', 'ชุด',
];

/** Sentence cues: the date lies ahead ("จะจัดขึ้น", "กำหนด") or behind ("เมื่อวันที่", "ที่ผ่านมา"). */
export const FUTURE_CUES = ['จะ', 'กำหนดการ', 'กำหนด', 'มีแผน', 'เตรียม', 'คาดว่า', 'ตั้งเป้า', 'เป้าหมาย', 'ภายใน', 'ที่จะถึง'];
export const PAST_CUES = ['เมื่อ', 'ที่ผ่านมา', 'แล้ว', 'ได้จัด', 'ได้มี', 'ได้ลงนาม', 'ได้ประชุม', 'ที่แล้ว'];
