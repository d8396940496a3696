/**
 * A coded 支出决算表 under a 行次 header over three pages (tests/fixtures/text-forms/
 * expenditure-continued-page-fewer-label-columns.pdftotext.txt: source lines 152–230 of the generated
 * synth-410700-fagaiwei-2017-final-00049 of pdf31 as `pdftotext -layout` wrote them). Its first page's header is
 * squeezed and read into more label columns (some blank in every row) than the header each next page repeats, laid out
 * otherwise (fixture lines 30–37):
 *
 * ```
 *       项目                           其中：基本支出                         对附
 *                                                             上缴 经营 属单
 * 功能分类 科目名称          行次 本年支出
 *                        合计                      公用经   项目支出 上级 支出 位补
 * 科目编码                             小计 人员经费 费                   支出    助支
 *                                                                    出
 * 2011102 一般行政管理事务    11 247.39                         247.39
 * 20132 组织事务          12 392.50    392.50 329.70 62.80
 * ```
 *
 * Each continued page's rows are the table's under the header it repeats: each cell in the table's column of the same
 * header word, not read with the first page's header cell for cell (three columns off). Values read by hand (万元 ×
 * 10,000 = 元); line numbers are the fixture's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../../src/lib/ingest/ingest-text.ts';

const text = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms/expenditure-continued-page-fewer-label-columns.pdftotext.txt'), 'utf8');

describe('a continued page repeating the header over fewer label columns is read under the header it repeats', () => {
  const doc = ingestText({ text, sourceFile: 'fagaiwei.txt', docId: 'fagaiwei', sha256: '0' });
  const t = doc.tables.find((x) => x.kind === 'final_expenditure')!;
  const values = (line: number) => t.rows.find((r) => r.line === line)?.cells.filter((c) => !c.blank).map((c) => [c.column, c.value]);

  it('reads 组织事务 on the second page (line 37: 392.50 | 392.50 | 329.70 | 62.80)', () => {
    expect(values(37)).toEqual([
      ['本年支出合计', '3925000'],
      ['其中：基本支出/小计', '3925000'],
      ['其中：基本支出/人员经费', '3297000'],
      ['其中：基本支出/公用经费', '628000'],
    ]);
  });
  it('reads 一般行政管理事务 on the second page (line 36: 247.39 under 本年支出合计 and 项目支出)', () => {
    expect(values(36)).toEqual([
      ['本年支出合计', '2473900'],
      ['项目支出', '2473900'],
    ]);
  });
  it('reads 抚恤 on the third page (line 62: 291.82 | 246.64 | 207.17 | 39.46 | 45.18)', () => {
    expect(values(62)).toEqual([
      ['本年支出合计', '2918200'],
      ['其中：基本支出/小计', '2466400'],
      ['其中：基本支出/人员经费', '2071700'],
      ['其中：基本支出/公用经费', '394600'],
      ['项目支出', '451800'],
    ]);
  });
  it('still reads the first page (line 17: 201 一般公共服务支出, 1716.27 first)', () => {
    expect(values(17)?.[0]).toEqual(['本年支出合计', '17162700']);
  });
});
