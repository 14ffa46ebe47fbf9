import { describe, expect, it } from 'vitest';
import { countScripts, NO_SCRIPT, SCRIPT_ID, scriptOf, scriptSample } from '../../src/stages/language/scripts.js';

const cp = (ch: string): number => ch.codePointAt(0)!;

describe('scriptOf', () => {
  it.each([
    ['a', 'Latin'],
    ['ệ', 'Latin'],
    ['Ð', 'Latin'],
    ['한', 'Hangul'],
    ['ㅇ', 'Hangul'],
    ['ก', 'Thai'],
    ['\u0e31', 'Thai'], // ั, a combining vowel mark of the Thai script
    ['中', 'Han'],
    ['々', 'Han'],
    ['𠀀', 'Han'], // astral (CJK Extension B)
    ['あ', 'Kana'],
    ['ア', 'Kana'],
    ['ー', 'Kana'], // prolonged sound mark: Script=Common, Script_Extensions=Hira/Kana
    ['ж', 'Cyrillic'],
    ['ع', 'Arabic'],
    ['क', 'Devanagari'],
    ['α', 'Greek'],
    ['ש', 'Hebrew'],
    ['ລ', 'Lao'],
    ['ក', 'Khmer'],
  ] as const)('%s is %s', (ch, script) => {
    expect(scriptOf(cp(ch))).toBe(SCRIPT_ID[script]);
  });

  it.each(['1', '๑', ' ', '.', '“', '※', '\u0301', '😀', '@'])('%j is not a letter of any script', (ch) => {
    expect(scriptOf(cp(ch))).toBe(NO_SCRIPT);
  });

  it('answers the same on the second call (memoised table)', () => {
    expect(scriptOf(cp('ข'))).toBe(SCRIPT_ID.Thai);
    expect(scriptOf(cp('ข'))).toBe(SCRIPT_ID.Thai);
  });
});

describe('countScripts', () => {
  it('weighs Hangul syllables as their jamo, Han as 3, kana as 2, alphabets as 1', () => {
    const c = countScripts('한가 中 あ ab ก');
    expect(c.all[SCRIPT_ID.Hangul]).toBe(3 + 2); // 한 = ㅎㅏㄴ, 가 = ㄱㅏ
    expect(c.all[SCRIPT_ID.Han]).toBe(3);
    expect(c.all[SCRIPT_ID.Kana]).toBe(2);
    expect(c.all[SCRIPT_ID.Latin]).toBe(2);
    expect(c.all[SCRIPT_ID.Thai]).toBe(1);
    expect(c.total).toBe(13);
  });

  it('counts letters inside quotation marks apart from the frame', () => {
    const c = countScripts('김 장관은 "We will win"라고 말했다');
    expect(c.all[SCRIPT_ID.Latin]).toBe(9);
    expect(c.frame[SCRIPT_ID.Latin]).toBe(0);
    expect(c.frame[SCRIPT_ID.Hangul]).toBe(c.all[SCRIPT_ID.Hangul]);
    const curly = countScripts('He said “안녕하세요” twice');
    expect(curly.frame[SCRIPT_ID.Hangul]).toBe(0);
    expect(curly.frame[SCRIPT_ID.Latin]).toBe('Hesaidtwice'.length);
  });

  it('counts only a span when given offsets', () => {
    const text = 'abc 한국 def';
    const c = countScripts(text, 4, 6);
    expect(c.total).toBe(c.all[SCRIPT_ID.Hangul]);
    expect(c.all[SCRIPT_ID.Latin]).toBe(0);
  });

  it('counts Vietnamese-only letters, not Yoruba ẹ/ọ, Romanian ă or Croatian đ', () => {
    expect(countScripts('Nền tảng quảng bá Việt Nam').vietnamese).toBe(4); // ề ả ả ệ (á is French too)
    expect(countScripts('ọmọ ẹni').vietnamese).toBe(0);
    expect(countScripts('mă đak').vietnamese).toBe(0);
    expect(countScripts('ơ ư').vietnamese).toBe(2);
  });
});

describe('scriptSample', () => {
  it('blanks the letters of other scripts and keeps the rest', () => {
    const text = 'Minister Kang Kyung-wha (강경화) said';
    const s = scriptSample(text, 0, text.length, SCRIPT_ID.Latin, 1000);
    expect(s).toBe('Minister Kang Kyung-wha (   ) said');
    expect(s.length).toBe(text.length);
  });

  it('cuts at the first space after the cap', () => {
    const text = 'alpha beta gamma delta';
    expect(scriptSample(text, 0, text.length, SCRIPT_ID.Latin, 8)).toBe('alpha beta');
  });
});
