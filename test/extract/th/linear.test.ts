import { describe, expect, it } from 'vitest';
import { findOrganizations } from '../../../src/stages/extract/organizations/th/index.js';
import { findPersons } from '../../../src/stages/extract/persons/th/index.js';
import { doublingRatio, MAX_DOUBLING_RATIO } from '../../support/timing.js';

/** Thai with no spaces at all: honorifics, roles, type words and acronyms run together. */
const NO_SPACES = 'นายสมชายนางสาวคุณดร.ผศ.ดร.รองนายกรัฐมนตรีกระทรวงพาณิชย์กรมการข้าว(ก.พ.ร.)สำนักงานคณะกรรมการบริษัทจำกัด(มหาชน)อาเซียน';
/** Spaced Thai that triggers every parser, repeated. */
const SPACED =
  'นายสมชาย ใจดี รองนายกรัฐมนตรี ฝ่าม วัน ควา Tran Luu Quang กระทรวงพาณิชย์ (พณ.) บริษัท ก ข ค ง จ จำกัด (มหาชน) พณ. นางสมศรี ' +
  'นางสาวอนิตา ยังเกอร์ (Anita Younger) ประธาน Mekong Fresh Foods Pte. Ltd. คณะกรรมการให้ความช่วยเหลือจังหวัดน่าน องค์การยูนิเซฟประจำ ';

/** The newer shapes: faculties, parties, lists before a bracket, Latin names, spelled acronyms. */
const SHAPES =
  'คณะแพทยศาสตร์ มหาวิทยาลัยขอนแก่น อาจารย์คณะแพทยศาสตร์ มข. พรรครวมไทยสร้างชาติ ขอให้การไฟฟ้านครหลวง ' +
  'กองทุนโลกเพื่อต่อสู้โรค ก ข และค (Global Fund) Japan External Trade Organization (JETRO) ดีเอสไอ DSI มข. ' +
  'คณะทำงานแก้ไขปัญหาจังหวัดน่าน 3 สถาบัน (กกร.) หอการค้าจีนในประเทศไทย คณะวิศวกรรมศาสตร์คณะคณะ ';

const repeatTo = (unit: string, chars: number): string => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

describe('adversarial input runs in linear time', () => {
  // The case (1 MB of Thai without spaces) at full size; the other shapes at half of it.
  for (const [label, unit, chars] of [
    ['no spaces', NO_SPACES, 1_000_000],
    ['spaced', SPACED, 500_000],
    ['newer shapes', SHAPES, 500_000],
  ] as const) {
    for (const [kind, find] of [
      ['persons', findPersons],
      ['organizations', findOrganizations],
    ] as const) {
      it(`${kind}, ${label}: doubling ${chars / 1_000_000} MB about doubles the time`, () => {
        const ratio = doublingRatio([repeatTo(unit, chars / 2), repeatTo(unit, chars)], (t) => find(t, [{ start: 0, end: t.length }]));
        expect(ratio).toBeLessThan(MAX_DOUBLING_RATIO);
      });
    }
  }
});
