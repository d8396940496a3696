/**
 * A wrapped name whose first line ends one character short of the name column's right edge: the 部门支出总表 of
 * synth-410803-fagaiwei-2018-budget-00067 (corpus pdf17, source lines 121–152, copied as they are). Names are
 * indented by level; pdftotext counts a deeper level's cell a character wider, so the level-two names that fill
 * their cell (`政府办公厅（室）及相`, `支持中小企业发展和管`) end one column left of the level-three ones
 * (`其他行政事业单位医`). Each is the first line of a name whose rest (`关机构事务`, `理支出`) stands alone on the next
 * line, where it starts. Expected names read by hand from the printed table (行次 4 and 21).
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '部门名称：焦作市中站区发展和改革委员会                                         单位：万元',
  '2018年部门预算表                                                 部门支出总表',
  '       项目                          其中：基本支出',
  '              行次 合计                                  项目支出',
  '      科目名称                    小计 人员经费 公用经费',
  ' 一般公共服务支出        1 9,900.1    7,377.6 5,533.2 1,844.4 2,522.5',
  '  人大事务           2 2,877.6    2,877.6 2,158.2 719.4',
  '    行政运行         3 2,877.6    2,877.6 2,158.2 719.4',
  '  政府办公厅（室）及相     4 2,851.1    1,356.0 1,017.0 339.0 1,495.1',
  '  关机构事务',
  '    行政运行         5 1,356.0    1,356.0 1,017.0 339.0',
  '    信访事务         6 1,495.1                            1,495.1',
  '  组织事务           7 4,171.4    3,144.0 2,358.0 786.0 1,027.4',
  '    行政运行         8 1,385.9    1,385.9 1,039.4 346.5',
  '    其他组织事务支出     9 2,785.5    1,758.1 1,318.6 439.5 1,027.4',
  ' 科学技术支出         10 1,227.7                            1,227.7',
  '  应用研究          11 1,227.7                            1,227.7',
  '    其他应用研究支出    12 1,227.7                            1,227.7',
  ' 社会保障和就业支出      13 1,246.6    1,121.0 840.7 280.2 125.6',
  '  其他社会保障和就业支    14 1,246.6    1,121.0 840.7 280.2 125.6',
  '  出',
  '    其他社会保障和就业   15 1,246.6    1,121.0     840.7   280.2   125.6',
  '    支出',
  ' 卫生健康支出         16 3,541.4    3,261.9   2,446.4   815.5   279.5',
  '  行政事业单位医疗      17 3,541.4    3,261.9   2,446.4   815.5   279.5',
  '    行政单位医疗      18 1,691.0    1,691.0   1,268.3   422.8',
  '    其他行政事业单位医   19 1,850.4    1,570.9   1,178.2   392.7   279.5',
  '    疗支出',
  ' 资源勘探工业信息等支出    20 983.6                                  983.6',
  '  支持中小企业发展和管    21 983.6                                  983.6',
  '  理支出',
  '    中小企业发展专项    22 983.6                                  983.6',
  '',
].join('\n');

const { at } = readFixture(TEXT);

describe('a wrapped name one character short of a deeper level\'s edge', () => {
  it('joins 关机构事务 to 政府办公厅（室）及相 (lines 9–10, 行次 4)', () => {
    expect(at(9).cells.slice(0, 3)).toEqual(['政府办公厅（室）及相关机构事务', '4', '2,851.1']);
    expect(at(10).skip).toBe('joined');
  });

  it('joins 理支出 to 支持中小企业发展和管 (lines 30–31, 行次 21)', () => {
    expect(at(30).cells.slice(0, 3)).toEqual(['支持中小企业发展和管理支出', '21', '983.6']);
    expect(at(31).skip).toBe('joined');
  });

  it('keeps the level-three row after it a row of its own (line 11: 行政运行, 行次 5)', () => {
    expect(at(11).cells.slice(0, 3)).toEqual(['行政运行', '5', '1,356.0']);
  });
});
