/**
 * Label words drawn left of the columns they head, in a table some of whose names start left of the others
 * (`label-heads.ts`, `labelsOverRows`, called by `page-columns.ts` `columnsOf` on the columns however found). The
 * header line `功能分类科 科目名称 行次` stands at 1–13 while the codes take 0–9, most names 10–18 and the 行次 19–21;
 * a name after a short code (`208 08 抚恤`, `208 05 行政事业单位养老`) starts at 7, right after the code. Read by
 * position, 科目名称 headed a column 7–12 holding only those names, 行次 headed the other names and the row numbers
 * stood under no word. The names' two columns, no row filling both, are one column of names: the three label words
 * are the three label columns the rows fill, in order. Lines as pdftotext wrote them (a 收入决算表 of the generated
 * corpus, cut to nine rows, the totals set to the rows kept); cells read by hand, line numbers the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '                                 表2：收入决算表',
  '                                     2022年度',
  '部门：焦作市山阳区住房和城乡建设局                                                        单位：元',
  '          项目',
  '                      本年收入合      一般公共预      上级 事业 经营 附属  单位 其他收入',
  ' 功能分类科 科目名称 行次           计                  补助',
  '                                 算拨款收入 收入 收入 收入 上缴',
  '  目编码                                                    收入',
  '          合计        1  655775.63  649655.37    0.00 0.00       6120.26',
  '201       一般公共服务支出 2 134459.41 132942.11            0.00 0.00 1517.30',
  '201 01    人大事务      3 134459.41 132942.11           0.00       1517.30',
  '201 01 01 行政运行      4 72235.05 70717.75        0.00            1517.30',
  '201 01 02 一般行政管理事务 5 62224.36 62224.36 0.00 0.00 0.00             0.00',
  '208       社会保障和就业支 13 521316.22 516713.26 0.00      0.00 0.00 4602.96',
  '          出',
  '208 05 行政事业单位养老',
  '          支出       14 472899.69 468863.40      0.00            4036.29',
  '208 08 抚恤          18 48416.53 47849.86 0.00 0.00 0.00          566.67',
  '208 08 01 死亡抚恤     19 48416.53 47849.86        0.00 0.00 0.00 566.67',
  '    注：本表反映部门本年度取得的各项收入情况。',
].join('\n');

const { at, header } = readFixture(TEXT);

describe('a 收入决算表 whose label words stand left of the columns and some names start right after a short code (lines 4–19)', () => {
  it('reads line 11 as 201 01 | 人大事务 | 3, its name under 科目名称 and its number under 行次', () => {
    const cells = at(11).cells;
    expect(cells.filter((c) => c !== '').slice(0, 4)).toEqual(['201 01', '人大事务', '3', '134459.41']);
    expect(header(4)[cells.indexOf('201 01')]).toBe('功能分类科目编码');
    expect(header(4)[cells.indexOf('人大事务')]).toBe('项目/科目名称');
    expect(header(4)[cells.indexOf('3')]).toBe('行次');
  });
  it('reads line 18 as 208 08 | 抚恤 | 18, its name under 科目名称 with the other names', () => {
    const cells = at(18).cells;
    expect(cells.filter((c) => c !== '').slice(0, 4)).toEqual(['208 08', '抚恤', '18', '48416.53']);
    expect(cells.indexOf('抚恤')).toBe(at(11).cells.indexOf('人大事务'));
    expect(header(4)[cells.indexOf('18')]).toBe('行次');
  });
});
