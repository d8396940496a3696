/**
 * The rest of a wrapped row name written where the code column's span reaches, in `pdftotext -layout` output of a
 * 部门收入总表 continued on a second page (tests/fixtures/text-forms/name-rest-under-codes.pdftotext.txt: source lines
 * 77–124 of synth-410803-fagaiwei-2018-budget-00067). On the second page pdftotext moved the figures and the 行次 two
 * characters right but left the codes and names where they stood, so the page's label columns stand a little right of
 * its names and a name's last line (`出`, `支出`) falls in the code column. Expected names read by hand.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('the rest of a wrapped name under the code column', () => {
  const { at } = readTextFormFixture('name-rest-under-codes.pdftotext.txt');

  it('joins `出` to 其他行政事业单位养老支 on the line above (line 32)', () => {
    expect(at(32).cells.slice(0, 3)).toEqual(['208 05 99', '其他行政事业单位养老支出', '18']);
    expect(at(33).skip).toBe('joined');
  });

  it('joins `支出` to 其他工业和信息产业监管 and to 支持中小企业发展和管理 (lines 42 and 44)', () => {
    expect(at(42).cells.slice(0, 2)).toEqual(['215 05 99', '其他工业和信息产业监管支出']);
    expect(at(44).cells.slice(0, 2)).toEqual(['215 08', '支持中小企业发展和管理支出']);
  });

  it('joins a rest that stood in the name column as before (管理支出, line 47)', () => {
    expect(at(47).cells.slice(0, 2)).toEqual(['215 08 99', '其他支持中小企业发展和管理支出']);
  });
});
