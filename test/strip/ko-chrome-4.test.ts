/**
 * Korean page layouts added in the fourth round of unseen-layout fixtures: an association webzine whose feature
 * story closes on a "글·사진 …" writer credit. Small invented snippets only.
 */
import { describe, expect, it } from 'vitest';
import { bylineNames, furnitureKind } from '../../src/stages/strip/common/lines.js';
import { stripHtml } from '../../src/stages/strip/html/index.js';

const P1 = '충남 아산의 한 부품공장. 오전 7시 반이 되자 작업복을 입은 직원들이 조회를 마치고 각자의 라인으로 흩어진다.';
const P2 = '이 공장은 지난해부터 외국인 직원을 위한 기술 교육을 매달 열고 있으며, 교육을 마친 직원 대부분이 숙련공으로 자리 잡았다.';
const P3 = '공장 관계자는 "처음에는 말이 잘 통하지 않았지만 지금은 서로의 말을 조금씩 배우고 있다"고 말했다.';

describe('feature / webzine writer credits', () => {
  it('reads a joined writer-photographer credit as a byline naming the writer', () => {
    expect(bylineNames('글·사진 편집부 한겨울')).toEqual(['한겨울']);
    expect(bylineNames('글/사진=나봄 기자')).toEqual(['나봄']);
    expect(bylineNames('글=가을빛 객원필자')).toEqual(['가을빛']);
    expect(furnitureKind('글·사진 홍보팀')).toBe('byline');
    expect(furnitureKind('정리·사진 편집위원회')).toBe('byline');
  });

  it('leaves sentences that merely open with 사진 or 정리 alone', () => {
    expect(furnitureKind('사진 속 인물은 공장의 첫 외국인 직원이다.')).toBeNull();
    expect(furnitureKind('정리하면 교육의 효과는 분명했다.')).toBeNull();
    expect(furnitureKind('글로벌 공급망 재편이 빨라지고 있다.')).toBeNull();
  });

  it('drops the credit closing a webzine story in a table cell', () => {
    const html = `<html><body><table><tr><td>제목</td><td><b>부품공장의 기술 교실</b></td></tr>
      <tr><td colspan="2" class="view_cont"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>&nbsp;</p>
      <p align="right">글·사진 편집실 한겨울</p></td></tr></table></body></html>`;
    const r = stripHtml(html);
    expect(r.text).toContain('조금씩 배우고 있다');
    expect(r.text).not.toContain('글·사진');
  });
});
