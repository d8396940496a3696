/**
 * A 收入决算表 in 元 whose header line under `财政拨款（补` prints the rests of three words packed one space after
 * `本年收入合计` (`助）收入 助收入 入`), then, where they print, the starts of two of them (`上级补 事业收`) and of a
 * third word whose rest is on the line below (`经营收` over `入`): `本年收入合计 助）收入 助收入 入          上级补 事业收
 * 经营收`. The rests end 财政拨款（补助）收入 (its start on the line above), 上级补助收入 and 事业收入; `经营收` and
 * `附属单` (over `位上缴` / `收入`) are continued below. Put back, the header reads its seven columns and the rows'
 * figures stand under 本年收入合计, 财政拨款（补助）收入 and 其他收入; no figure is left to the settle stage to guess.
 * Lines as `pdftotext -layout` wrote them (synth-410803-jiaoyuju-2017-final-00047 of the fresh corpus pdf83, 公开02表,
 * lines 79–101); values read by hand (元).
 */
import { describe, expect, it } from 'vitest';
import { cell, ingestBody } from '../helpers.ts';

const d = ingestBody(
  `2017年度\n焦作市中站区教育局部门决算`,
  `
部门：焦作市中站区教育局                                                                   金额单位：元
                                      收入决算表
                                                                                公开02表
            项目                                                  附属单
                                       财政拨款（补
                         本年收入合计 助）收入 助收入 入          上级补 事业收 经营收
功能分类科           科目名称                                         入 位上缴
                                                                收入
                                                                    其他收入
  目编码
                          1,337,131.20 1,333,918.94                 3,212.26
201       一般公共服务支出         407,875.55 407,875.55
201 01    人大事务               56,766.40    56,766.40
201 01 02 一般行政管理事务           56,766.40    56,766.40
201 03    政府办公厅（室）及相关机构事务 191,827.02 191,827.02
201 03 02 一般行政管理事务           91,195.33    91,195.33
201 03 08 信访事务              100,631.69 100,631.69
201 32    组织事务              159,282.13 159,282.13
201 32 99 其他组织事务支出          159,282.13 159,282.13
205       教育支出              114,193.46 114,193.46
205 08 进修及培训                114,193.46 114,193.46
205 08 01 教师进修              114,193.46 114,193.46
208       社会保障和就业支出         278,707.86 277,453.92                   1,253.94
`,
);

describe('rests packed after a whole word, their starts drawn right of them', () => {
  const income = d.tables.find((t) => t.kind === 'final_income')!;
  it('reads the seven value columns by their words', () => {
    expect(income.columns.slice(-7)).toEqual(['本年收入合计', '财政拨款（补助）收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });
  it('reads the unlabelled total 1,337,131.20 1,333,918.94 3,212.26', () => {
    const r = income.rows.find((x) => x.is_total);
    expect(cell(r!, '本年收入合计')).toBe('1337131.2');
    expect(cell(r!, '财政拨款（补助）收入')).toBe('1333918.94');
    expect(cell(r!, '其他收入')).toBe('3212.26');
  });
  it('reads 208 社会保障和就业支出 278,707.86 277,453.92 1,253.94', () => {
    const r = income.rows.find((x) => x.code === '208');
    expect(cell(r!, '本年收入合计')).toBe('278707.86');
    expect(cell(r!, '财政拨款（补助）收入')).toBe('277453.92');
    expect(cell(r!, '其他收入')).toBe('1253.94');
  });
});
