/**
 * The spaced reader on headers printed as government PDFs print merged header cells, in the shapes the district PDF
 * shows (tests/unit/read/district.test.ts): words centred over their cells, group words centred over wide spans, a
 * single-line word vertically centred beside a word wrapped over three lines, 三公 header words drifting left of their
 * columns. The fixtures under tests/fixtures/text-forms/ are space-aligned text in those shapes (a few lines each);
 * expected cells are read by hand from them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const read = (file: string) => readFixture(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms', file), 'utf8'));

describe('项目 centred over code and name, 本年支出 centred over three columns, 小计 on the middle line of the band (centred-groups.txt)', () => {
  const { at, header } = read('centred-groups.txt');
  it('reads 项目 over the code and name columns only, never over 小计 (lines 1–4)', () => {
    expect(header(1)).toEqual(['项目/功能分类科目编码', '项目/科目名称', '本年支出/小计', '本年支出/基本支出', '本年支出/项目支出']);
  });
  it('reads the unlabelled 合计 row and the 201 row under 小计 | 基本支出 | 项目支出 (lines 7–8)', () => {
    expect(at(7).cells).toEqual(['', '', '26,433.3', '22,578.7', '3,854.5']);
    expect(at(8).cells).toEqual(['201', '一般公共服务支出', '5,424.9', '4,561.8', '863.1']);
  });
});

describe('人员经费 centred over one triplet, 公用经费 centred over two, 经济分类科目编码 wrapped over three lines (basic-triplets.txt)', () => {
  const { at, header } = read('basic-triplets.txt');
  it('reads 公用经费 over the second and third 经济分类科目编码 | 科目名称 | 决算数 (lines 1–4)', () => {
    const triplet = ['经济分类科目编码', '科目名称', '决算数'];
    expect(header(1)).toEqual([...triplet.map((w) => `人员经费/${w}`), ...triplet.map((w) => `公用经费/${w}`), ...triplet.map((w) => `公用经费/${w}`)]);
  });
  it('reads each row in its three triplets (line 8)', () => {
    expect(at(8).cells).toEqual(['30102', '津贴补贴', '206.24', '30202', '印刷费', '0.00', '30702', '国外债务付息', '0.00']);
  });
});

describe('三公 header words wrapped in narrow cells and drifting left of their columns over the 栏次 row (three-public-drift.txt)', () => {
  const { at, header } = read('three-public-drift.txt');
  it('joins 因公出国（ / 境）费 and 公务用车购 / 置及运行维 / 护费 and reads the twelve columns in order (lines 1–6)', () => {
    const parts = ['合计', '因公出国（境）费', '公务用车购置及运行维护费/小计', '公务用车购置及运行维护费/公务用车购置费', '公务用车购置及运行维护费/公务用车运行维护费', '公务接待费'];
    expect(header(1)).toEqual([...parts.map((p) => `预算数/${p}`), ...parts.map((p) => `决算数/${p}`)]);
  });
  it('puts 决算数 公务用车运行维护费 0.39 in column 11 and 公务接待费 0.00 in column 12 (line 9)', () => {
    expect(at(7).cells).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(at(9).cells).toEqual(['0.55', '0.00', '0.55', '0.00', '0.55', '0.00', '0.39', '0.00', '0.39', '0.00', '0.39', '0.00']);
  });
});
