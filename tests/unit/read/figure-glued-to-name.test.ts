/**
 * A figure pdftotext wrote glued to the long name before it (`…离退休人员管理服务中心9,146.47`), in real `pdftotext
 * -layout` output: synth-410803-fagaiwei-2018-budget-00067 (pdf15), the 部门收入总表 by unit (万元), lines 67–74. The
 * table prints 总计 | 本年收入 (合计 | 一般公共预算 | 事业收入 | 其他收入) | 上年结转结余. An amount with a point or
 * a separator right after a name's last character is a figure of its own. Values read by hand.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const text = [
  ' 单位代                                                  本年收入           上年结',
  '   码              单位名称           总计                一般公共预     事业收 其他收',
  '                                           合计         算       入   入 转结余',
  '410001 焦作市中站区发展和改革委员会本级         9,901.41 9,901.41 9,901.41',
  '410002 焦作市中站区发展和改革委员会事务服务中心     8,806.55 8,806.55 8,806.55',
  '410003 焦作市中站区发展和改革委员会发展研究中心     7,720.26 7,720.26 7,720.26',
  '410004 焦作市中站区发展和改革委员会离退休人员管理服务中心9,146.47 9,146.47 9,146.47',
  '                               35,574.68 35,574.68 35,574.68',
].join('\n');

describe('a figure glued to the name before it', () => {
  const { header, at } = readFixture(text);

  it('reads the header with 总计 beside 本年收入', () => {
    expect(header(1)).toEqual(['单位代码', '单位名称', '总计', '本年收入/合计', '本年收入/一般公共预算', '本年收入/事业收入', '本年收入/其他收入', '上年结转结余']);
  });

  it('splits 9,146.47 off the name, under 总计 (line 7)', () => {
    expect(at(7).cells).toEqual(['410004', '焦作市中站区发展和改革委员会离退休人员管理服务中心', '9,146.47', '9,146.47', '9,146.47', '', '', '']);
  });

  it('reads the other units the same way (line 4)', () => {
    expect(at(4).cells).toEqual(['410001', '焦作市中站区发展和改革委员会本级', '9,901.41', '9,901.41', '9,901.41', '', '', '']);
  });
});
