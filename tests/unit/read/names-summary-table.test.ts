/**
 * Whether a document names a 收支总表 (`namesSummaryTable`): the table by whose totals the settle stage places a torn
 * 收入 header's undecided figures. Titles as disclosures print them (a 预算's 部门收支总体情况表 has no 总表 in it).
 */
import { describe, expect, it } from 'vitest';
import { namesSummaryTable } from '../../../src/lib/parse/read/spaced-lines.ts';
import { splitLines } from '../../../src/lib/text/lines.ts';

const names = (text: string) => namesSummaryTable(splitLines(text));

describe('a document names a 收支总表 by any of its titles', () => {
  it('finds a 决算’s 收入支出决算总表, numbered or in the contents', () => {
    expect(names('部门：某局\n          表一 收入支出决算总表\n')).toBe(true);
    expect(names('目录\n 一、收入支出决算总表\n 二、收入决算表\n')).toBe(true);
  });

  it('finds a 预算’s 部门收支总体情况表, whose title holds no 总表', () => {
    expect(names('2020年部门预算表\n              部门收支总体情况表\n')).toBe(true);
  });

  it('finds none in a document printing a 部门收入总表 alone', () => {
    expect(names('2020年部门预算表                                部门收入总表\n部门名称：平顶山市农业农村局\n')).toBe(false);
  });
});
