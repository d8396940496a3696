/**
 * A group word over its own subtotal with its other parts in cells spanning both lines, in real `pdftotext -layout`
 * output: tests/fixtures/text-forms/group-parts-in-tall-cells.pdftotext.txt is the 一般公共预算财政拨款支出决算表 of
 * synth-140300-gongxinju-2016-final-00018 (source lines 242–262). The printed HTML heads it `科目编码 | 行次 | 本年支出
 * (colspan 5: 小计 | 其中：基本支出 (colspan 3: 小计 | 人员经费 | 公用经费) | 项目支出)`; pdftotext prints `人员经` / `费`
 * and `公用` / `经费` from the line of `其中：基本支出` down to the line of its `小计`. Expected cells are read by hand
 * from that HTML; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { at, header } = readTextFormFixture('group-parts-in-tall-cells.pdftotext.txt');

describe('parts of a group starting on the group word’s line, the group’s subtotal under it', () => {
  it('puts 人员经费 and 公用经费 under 其中：基本支出 beside its 小计 (lines 3–5)', () => {
    const h = header(3);
    expect(h.filter((x) => x.includes('其中：基本支出'))).toEqual(['本年支出/其中：基本支出/小计', '本年支出/其中：基本支出/人员经费', '本年支出/其中：基本支出/公用经费']);
  });

  it('puts the total row’s figures in order (line 6)', () => {
    expect(at(6).cells.slice(-5)).toEqual(['180.1', '138.5', '112.2', '26.3', '41.6']);
  });
});
