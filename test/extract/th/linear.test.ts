import { describe, expect, it } from 'vitest';
import { findOrganizations } from '../../../src/stages/extract/organizations/th/index.js';
import { findPersons } from '../../../src/stages/extract/persons/th/index.js';

/**
 * Median of three timings, each on a text of its own (the last character differs), so the prepared
 * text the person and organization rules share is never reused and segmentation is timed too.
 */
function time(texts: string[], fn: (text: string) => void): number {
  const runs = texts.map((t) => {
    const t0 = performance.now();
    fn(t);
    return performance.now() - t0;
  });
  return runs.sort((a, b) => a - b)[1]!;
}

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

/** Three texts of `chars` characters, differing in their last one. */
const build = (unit: string, chars: number): string[] =>
  ['ก', 'ข', 'ค'].map((last) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars - 1) + last);

describe('adversarial input runs in linear time', () => {
  for (const [label, unit] of [
    ['no spaces', NO_SPACES],
    ['spaced', SPACED],
    ['newer shapes', SHAPES],
  ] as const) {
    for (const [kind, find] of [
      ['persons', findPersons],
      ['organizations', findOrganizations],
    ] as const) {
      it(`${kind}, ${label}: doubling 1 MB about doubles the time`, () => {
        const half = build(unit, 500_000);
        const full = build(unit, 1_000_000);
        find(half[0]!.slice(0, 20_000), [{ start: 0, end: 20_000 }]); // warm up
        const t1 = time(half, (t) => find(t, [{ start: 0, end: t.length }]));
        const t2 = time(full, (t) => find(t, [{ start: 0, end: t.length }]));
        expect(t2 / t1).toBeLessThan(3.5);
      });
    }
  }
});
