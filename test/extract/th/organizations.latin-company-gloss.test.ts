import { describe, expect, it } from 'vitest';
import { orgs } from './helpers.js';

describe('a company\'s registered Latin name in brackets', () => {
  it('is an alias of the Thai company name before it, not a second company', () => {
    const text = 'ผู้จัดการของบริษัท ตัวอย่าง ฟู้ดส์ จำกัด (Example Foods Co., Ltd.) กล่าวว่าจะเพิ่มการนำเข้า';
    const out = orgs(text);
    expect(out).toHaveLength(1);
    expect(out[0]!.name).toBe('บริษัท ตัวอย่าง ฟู้ดส์ จำกัด');
    expect(out[0]!.aliases).toContain('Example Foods Co., Ltd.');
  });
});
