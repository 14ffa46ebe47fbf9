import { describe, expect, it } from 'vitest';
import { names, orgs } from './helpers.js';

const aliasesOf = (text: string, name: string): string[] | undefined => orgs(text).find((o) => o.name === name)?.aliases;

describe('extent: words inside names and forms written apart', () => {
  it('keeps "ด้าน" (field) inside a name, but not as its last word', () => {
    expect(names(orgs('สถาบันวิจัยด้านพลังงานทดแทนแห่งชาติ ร่วมกับเอกชน'))).toEqual(['สถาบันวิจัยด้านพลังงานทดแทนแห่งชาติ']);
    expect(names(orgs('กรมวิชาการเกษตรด้านนายสมพงษ์ ทองดี กล่าว'))).toEqual(['กรมวิชาการเกษตร']);
  });

  it('keeps the copula made a noun by ความ/การ inside a name ("ความเป็นเลิศ")', () => {
    expect(names(orgs('ศูนย์ความเป็นเลิศทางการแพทย์แห่งชาติ ได้เปิดคลินิก'))).toEqual(['ศูนย์ความเป็นเลิศทางการแพทย์แห่งชาติ']);
  });

  it('takes royal patronage written after a space into the name', () => {
    expect(names(orgs('มูลนิธิส่งเสริมศิลปาชีพ ในพระบรมราชินูปถัมภ์ จัดงานแสดงผ้าไหม'))).toEqual(['มูลนิธิส่งเสริมศิลปาชีพ ในพระบรมราชินูปถัมภ์']);
  });

  it('splits "A และ B (acronym)" when the acronym abbreviates B alone', () => {
    const out = orgs('ร่วมกับกรมอนามัยและสำนักงานหลักประกันสุขภาพแห่งชาติ (สปสช.) จัดงาน');
    expect(out.map((o) => [o.name, o.aliases])).toEqual([
      ['กรมอนามัย', []],
      ["สำนักงานหลักประกันสุขภาพแห่งชาติ", ["สปสช."]],
    ]);
  });

  it('reads a company name written in words apart up to its ticker or legal form', () => {
    const text = 'หุ้น บมจ.ไทยพัฒน์ อินดัสทรี (TPI) ปรับขึ้น';
    expect(names(orgs(text))).toEqual(['บมจ.ไทยพัฒน์ อินดัสทรี']);
    expect(aliasesOf(text, 'บมจ.ไทยพัฒน์ อินดัสทรี')).toEqual(expect.arrayContaining(['TPI', 'ไทยพัฒน์ อินดัสทรี']));
    expect(names(orgs('บริษัทสยามฟู้ด เทรดดิ้ง จำกัด ได้ลงนามสัญญา'))).toEqual(['บริษัทสยามฟู้ด เทรดดิ้ง จำกัด']);
  });

  it('reads a federation of cooperatives and a border task force', () => {
    expect(names(orgs('ชุมนุมสหกรณ์การเกษตรแห่งประเทศไทย จำกัด แถลงว่า'))).toEqual(['ชุมนุมสหกรณ์การเกษตรแห่งประเทศไทย จำกัด']);
    expect(names(orgs('ร่วมกับกองกำลังผาเมือง ตรวจยึด'))).toEqual(['กองกำลังผาเมือง']);
  });

  it('ends a name at "และ" + a group of people and at "สำหรับ"', () => {
    expect(names(orgs('เจ้าหน้าที่เทศบาลตำบลบางพระและอาสาสมัครช่วยกันขนกระสอบทราย'))).toEqual(['เทศบาลตำบลบางพระ']);
    expect(names(orgs('สินเชื่อผ่านธนาคารกรุงไทยสำหรับร้านค้ารายย่อย'))).toEqual(['ธนาคารกรุงไทย']);
  });

  it('reads a centre named by a verb when it says whose body it is', () => {
    expect(names(orgs('รับข้อมูลจากศูนย์เตือนภัยพิบัติแห่งชาติโดยตรง'))).toEqual(['ศูนย์เตือนภัยพิบัติแห่งชาติ']);
    expect(orgs('ศูนย์เตือนภัยประจำหมู่บ้าน')).toEqual([]);
  });

  it('reads police stations named after their place, in full and short, as one body', () => {
    const text = 'ผู้กำกับการสถานีตำรวจภูธรหาดใหญ่ กล่าวว่า พนักงานสอบสวน สภ.หาดใหญ่ และ สน.ลุมพินี ได้ประสานกัน';
    expect(orgs(text).map((o) => [o.name, o.aliases])).toEqual([
      ['สถานีตำรวจภูธรหาดใหญ่', ['สภ.หาดใหญ่']],
      ['สน.ลุมพินี', []],
    ]);
    expect(orgs('นำตัวส่งพนักงานสอบสวนที่ สภ.คลองแงะ')).toEqual([]);
  });

  it('takes a Latin acronym spelled in Thai letter names in brackets as an alias, however long', () => {
    expect(aliasesOf('สถาบันวิจัยเพื่อการพัฒนาประเทศไทย (ทีดีอาร์ไอ) ประเมินว่า', 'สถาบันวิจัยเพื่อการพัฒนาประเทศไทย')).toEqual(['ทีดีอาร์ไอ']);
  });

  it('reads a hospital named after its province', () => {
    expect(names(orgs('นพ.สมชาย ใจดี ผู้อำนวยการโรงพยาบาลขอนแก่น กล่าวว่า'))).toEqual(['โรงพยาบาลขอนแก่น']);
  });

  it('reads past a stop word when the bracketed acronym spells the words after it', () => {
    const text = 'ให้กองทุนเงินให้กู้ยืมเพื่อการศึกษา (กยศ.) ขยายเวลา';
    expect(orgs(text).map((o) => [o.name, o.aliases])).toEqual([['กองทุนเงินให้กู้ยืมเพื่อการศึกษา', ['กยศ.']]]);
  });

  it('takes a club\'s English tail written apart into its name', () => {
    expect(names(orgs('สโมสรชลบุรี เอฟซี ประกาศเซ็นสัญญา'))).toEqual(['สโมสรชลบุรี เอฟซี']);
  });

  it('ends a name before a glued "set up posts" predicate', () => {
    expect(names(orgs('กรมทางหลวงตั้งจุดพักรถ 12 แห่ง'))).toEqual(['กรมทางหลวง']);
  });
});

describe('precision: generic and truncated readings', () => {
  it('drops a committee named by a list of purposes that does not say whose body it is', () => {
    expect(orgs('ประชุมคณะกรรมการป้องกันและแก้ไขปัญหาน้ำท่วมจังหวัด โดยที่ประชุมมีมติ')).toEqual([]);
    expect(names(orgs('คณะกรรมการป้องกันและแก้ไขปัญหาน้ำท่วมจังหวัดพิจิตร มีมติ'))).toEqual(['คณะกรรมการป้องกันและแก้ไขปัญหาน้ำท่วมจังหวัดพิจิตร']);
  });

  it('reads a hospital or school after "into" / "to" as a place', () => {
    expect(orgs('ผู้บาดเจ็บถูกส่งตัวเข้าโรงพยาบาลมหาราช ทันที')).toEqual([]);
    expect(orgs('รถรับส่งจากบ้านถึงโรงเรียนบ้านหนองบัว ทุกวัน')).toEqual([]);
  });

  it('treats "per school", function-only boards, generic cooperatives and criminal rings as generic', () => {
    expect(orgs('แจกเครื่องฟอกอากาศโรงเรียนละ 2 เครื่อง')).toEqual([]);
    expect(orgs('ที่ประชุมสภาบริหารของสมาคมฯ มีมติ')).toEqual([]);
    expect(names(orgs('ให้สหกรณ์ออมทรัพย์ทั่วประเทศ รวมถึงสหกรณ์ออมทรัพย์ตำรวจลำปาง จำกัด'))).toEqual(['สหกรณ์ออมทรัพย์ตำรวจลำปาง จำกัด']);
    expect(orgs('ตำรวจทลายเครือข่ายค้ายาเสพติดชายแดนใต้')).toEqual([]);
    expect(orgs('ปะทะกับกองกำลังติดอาวุธ ในพื้นที่')).toEqual([]);
  });

  it('reads a province as an organization only when it opens a clause with a verb of administering', () => {
    expect(names(orgs('ลำปาง - จังหวัดลำปางร่วมกับกรมชลประทาน ขุดลอกคลอง'))).toEqual(['จังหวัดลำปาง', 'กรมชลประทาน']);
    expect(names(orgs('ทั้งนี้ จังหวัดน่านจะจัดงานแข่งเรือ'))).toEqual(['จังหวัดน่าน']);
    expect(orgs('ผู้ว่าราชการจังหวัดน่าน กล่าวว่า นักท่องเที่ยวในจังหวัดน่านเพิ่มขึ้น')).toEqual([]);
    expect(orgs('จังหวัดน่านได้รับผลกระทบจากพายุ')).toEqual([]);
  });

  it('treats an office "in every province" or "nationwide" as a class of offices', () => {
    expect(orgs('สอบถามได้จากสำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดทุกแห่ง หรือสายด่วน')).toEqual([]);
    expect(names(orgs('ขณะที่กรมการค้าภายในจัดงานทั่วประเทศ'))).toEqual(['กรมการค้าภายใน']);
  });

  it('takes the parent, not the unit, from a person\'s title', () => {
    const text = 'ดร.สมศรี ใจงาม นักวิจัยศูนย์จีโนมทางการแพทย์ โรงพยาบาลรามาธิบดี กล่าวว่า';
    expect(names(orgs(text))).toEqual(['โรงพยาบาลรามาธิบดี']);
    expect(names(orgs('นักวิจัยสถาบันวิจัยโภชนาการ มหาวิทยาลัยมหิดล ระบุว่า'))).toEqual(['มหาวิทยาลัยมหิดล']);
  });

  it('takes a name cut short with ฯ after the full name as a mention of it', () => {
    const text = 'สมาคมกีฬาวอลเลย์บอลแห่งประเทศไทย ประกาศรายชื่อนักกีฬา ขณะที่สมาคมกีฬาวอลเลย์บอลฯ ยืนยันว่า';
    expect(names(orgs(text))).toEqual(['สมาคมกีฬาวอลเลย์บอลแห่งประเทศไทย']);
  });

  it('keeps such a unit when it also acts on its own', () => {
    const text = 'ศูนย์จีโนมทางการแพทย์จะเปิดบริการ โดยนักวิจัยศูนย์จีโนมทางการแพทย์ โรงพยาบาลรามาธิบดี ระบุว่า';
    expect(names(orgs(text))).toEqual(['ศูนย์จีโนมทางการแพทย์', 'โรงพยาบาลรามาธิบดี']);
  });
});
