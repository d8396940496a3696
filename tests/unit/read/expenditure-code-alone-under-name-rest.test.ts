/**
 * A 支出决算表 (元) whose 款 row's name wraps onto a line of its own (`215 08 支持中小企业发展和管理支 …` / `出`), right
 * above a 项 code alone on its line (`215 08 05`) over the next row's name and figures: real `pdftotext -layout` output
 * of a generated 焦作 商务局 2017 决算, lines 40–43 of the fixture. The name's rest alone ends the row above; the code
 * is the next row's. Values read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const { table, coded } = ingestTextFormFixture('expenditure-code-alone-under-name-rest.pdftotext.txt', 'final_expenditure');

describe('a code alone on its line right under the rest of the name above', () => {
  it('reads `215 08 05` over `中小企业发展专项 4710.54 …` as row 2150805 on line 43', () => {
    const row = table.rows.find((r) => r.code === '2150805');
    expect(row?.name).toBe('中小企业发展专项');
    expect(row?.line).toBe(43);
    // 4710.54 = 0.00 + 4710.54 (项目支出)
    expect(coded('2150805')).toEqual({
      本年支出合计: '4710.54',
      '其中：基本支出/小计': '0',
      '其中：基本支出/人员经费': '0',
      '其中：基本支出/公用经费': '0',
      项目支出: '4710.54',
      上缴上级支出: '0',
      经营支出: '0',
      对附属单位补助支出: '0',
    });
  });

  it('keeps the name of row 21508 whole, its rest `出` joined', () => {
    expect(table.rows.find((r) => r.code === '21508')?.name).toBe('支持中小企业发展和管理支出');
  });
});
