/**
 * Header words placed over the figures by order (`header-placing.ts` `alignDriftingHeaders`) when the group word over
 * them reaches over a broken word's stack and is clustered with it (`groupOnTop`), on real `pdftotext -layout` output of
 * Chromium-printed generator HTML: 国有资本经营预算财政拨款支出决算表 of 新乡市工业和信息化局 2019 决算
 * (synth-410700-gongxinju-2019-final-00069 of the kept corpus pdf33, its lines 389–395). `本年支出` over `项目支` / `出`
 * read as one stack is no word, so only 小计 and 基本支出 took the two figures by order; split into the group word and
 * 项目支出, the second figure, right of every header word, is 项目支出's (the generator's HTML prints 小计 and 项目支出,
 * 基本支出 blank).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/parse-document.ts';

const FIXTURE = `        表八：国有资本经营预算财政拨款支出决算表
部门名称：新乡市工业和信息化局                     单位：元
项目      本年支出
科目 小计 基本支 项目支
名称       出    出
合计 0.00       0.00
  注：本表反映部门本年度国有资本经营预算财政拨款支出情况。
`;

describe('a group word clustered with the broken word under it', () => {
  const doc = parseDocument({ text: `2019年度\n部门决算\n\n${FIXTURE}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const table = doc.tables.find((t) => t.kind === 'final_state_capital')!;

  it('is split off it, the word under it heading the figures it stands nearest by order, 项目支出', () => {
    const row = table.rows.find((r) => r.name === '合计')!;
    expect(row.cells.filter((c) => c.value !== null).map((c) => [c.column, c.value])).toEqual([
      ['本年支出/小计', '0'],
      ['本年支出/项目支出', '0'],
    ]);
  });
});
