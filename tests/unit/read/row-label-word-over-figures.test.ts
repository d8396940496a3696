/**
 * A row-label word printed over a figure column, the rest of a value word under it (`header-levels.ts`): the 部门支出总表
 * of a generated document (bench/pdf-accuracy.ts, lines 104–109 as `pdftotext -layout` wrote them) prints `项目` over
 * `支出` for its third figure column, the two drawn apart (`项目` three columns right of `支出`). `项目` names the row
 * labels and no figure column takes it; with `支出` under it, it is the wrapped value word `项目支出`, not a group
 * `项目` over a column `支出`. Expected cells read by hand; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const { at, header } = readFixture(`                        部门支出总表
     项目       合计 基本支      项目
    科目名称             出 支出
              134.4 109.7 24.8
一般公共服务支出       15.3 5.0 10.3
 纪检监察事务        15.3 5.0 10.3
  行政运行          5.0 5.0 0.0
`);

describe('a 部门支出总表 whose third figure column prints 项目 over 支出 (lines 2–3)', () => {
  it('heads the figure columns with 合计, 基本支出 and 项目支出', () => {
    expect(header(2).slice(-3)).toEqual(['合计', '基本支出', '项目支出']);
  });
  it('reads line 5 as 一般公共服务支出 and its three figures', () => {
    expect(at(5).cells).toEqual(['一般公共服务支出', '15.3', '5.0', '10.3']);
  });
});
