import { describe, expect, it } from 'vitest';
import { handoff } from '../../src/stages/extract/common/handoff.js';

describe('handoff', () => {
  const counting = () => {
    let calls = 0;
    const find = handoff((text: string) => {
      calls += 1;
      return [text.toUpperCase()];
    });
    return { find, calls: () => calls };
  };

  it('hands the result of the first call to the second call with the same text and spans', () => {
    const { find, calls } = counting();
    const first = find('abc', [{ start: 0, end: 3 }]);
    const second = find('abc', [{ start: 0, end: 3 }]);
    expect(second).toBe(first);
    expect(calls()).toBe(1);
  });

  it('hands a result out only once: a third call computes afresh', () => {
    const { find, calls } = counting();
    const first = find('abc', [{ start: 0, end: 3 }]);
    find('abc', [{ start: 0, end: 3 }]);
    const third = find('abc', [{ start: 0, end: 3 }]);
    expect(third).not.toBe(first);
    expect(third).toEqual(first);
    expect(calls()).toBe(2);
  });

  it('computes afresh for other spans or another text', () => {
    const { find, calls } = counting();
    find('abc', [{ start: 0, end: 3 }]);
    find('abc', [{ start: 0, end: 2 }]);
    find('abd', [{ start: 0, end: 2 }]);
    expect(calls()).toBe(3);
  });
});
