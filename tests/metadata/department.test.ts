/**
 * The department is read from wherever it is printed: the cover, a title line `XXX2022年部门预算`, or a label
 * (部门名称, 单位名称, 编制单位, 填报单位) — and never cut short.
 */
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../src/lib/metadata/metadata.ts';
import { splitLines } from '../../src/lib/text/lines.ts';
import { parseSeed } from '../helpers.ts';

const meta = (text: string) => readMetadata(splitLines(text), 'x');

describe('department, region and type of the seeds (read by hand)', () => {
  it('焦作 2022: cover line 5 `焦作市工业和信息化局部门决算` → 河南省 焦作市, industry-it', () => {
    const m = parseSeed('jiaozuo2022').metadata;
    expect(m.department).toBe('焦作市工业和信息化局');
    expect(m.region).toEqual({ province: '河南省', city: '焦作市', county: null, code: '410800' });
    expect(m.department_type).toBe('industry-it');
    expect(m.department_type_name).toBe('工业和信息化');
  });

  it('解放区 2024: cover line 3 `# 焦作市解放区科技和工业信息化局` → county 解放区 410802, a merged bureau typed industry-it', () => {
    const m = parseSeed('jiefang2024').metadata;
    expect(m.department).toBe('焦作市解放区科技和工业信息化局');
    expect(m.region).toEqual({ province: '河南省', city: '焦作市', county: '解放区', code: '410802' });
    expect(m.department_type).toBe('industry-it');
  });

  it('阳泉 2022: cover line 3 `阳泉市工业和信息化局` → 山西省 阳泉市 140300', () => {
    const m = parseSeed('yangquan2022').metadata;
    expect(m.region.code).toBe('140300');
    expect(m.region.province).toBe('山西省');
  });
});

describe('readMetadata: the department from wherever it is printed', () => {
  it('reads a title line with the year after the name (`宜昌市农业农村局2022年部门预算`)', () => {
    const r = meta('宜昌市农业农村局2022年部门预算\n\n目录\n');
    expect(r.metadata.department).toBe('宜昌市农业农村局');
    expect(r.metadata.fiscal_year).toBe(2022);
    expect(r.metadata.doc_kind).toBe('budget');
    expect(r.metadata.region).toEqual({ province: '湖北省', city: '宜昌市', county: null, code: '420500' });
    expect(r.metadata.department_type).toBe('agriculture-rural');
    expect(r.problems.filter((p) => p.code === 'unknown_region')).toEqual([]);
  });

  it('joins an organ printed on the line after its party committee (never `中共上海市普陀区委` alone)', () => {
    const r = meta('中共上海市普陀区委\n社会工作部\n2023年度部门决算\n\n目录\n');
    expect(r.metadata.department).toBe('中共上海市普陀区委社会工作部');
    expect(r.metadata.region).toEqual({ province: '上海市', city: '上海市', county: '普陀区', code: '310107' });
    expect(r.metadata.department_type).toBe('party-social-work');
  });

  it('completes a short cover name from a longer labelled one (编制单位：中共上海市普陀区委社会工作部)', () => {
    const r = meta('中共上海市普陀区委\n2023年度部门决算\n目录\n收入支出决算总表\n编制单位：中共上海市普陀区委社会工作部\t单位：万元\n');
    expect(r.metadata.department).toBe('中共上海市普陀区委社会工作部');
  });

  it('falls back to 部门名称 / 单位名称 / 填报单位 when the cover has no name', () => {
    expect(meta('2022年度部门决算\n目录\n部门名称\t\t宜阳县财政局\t\n').metadata.department).toBe('宜阳县财政局');
    expect(meta('2022年度部门预算\n目录\n单位名称：巩义市教育局\n').metadata.department).toBe('巩义市教育局');
    expect(meta('2022年度部门决算\n目录\n填报单位(公章): 深圳市南山区教育局\n').metadata.department).toBe('深圳市南山区教育局');
  });

  it('reports an ambiguous place without a code (朝阳区教育局)', () => {
    const r = meta('朝阳区教育局\n2022年度部门决算\n目录\n');
    expect(r.metadata.region.code).toBeNull();
    expect(r.metadata.department_type).toBe('education');
    const p = r.problems.find((x) => x.code === 'ambiguous_region');
    expect(p?.message).toContain('110105');
    expect(p?.message).toContain('220104');
  });

  it('says when no department is printed anywhere', () => {
    const r = meta('2022年度部门决算\n目录\n');
    expect(r.metadata.department).toBe('未知部门');
    expect(r.problems.map((p) => p.code)).toContain('no_department');
  });
});

describe('department type of a party or CPPCC organ keeps its prefix', () => {
  it('政协焦作市委员会 → cppcc; 中共焦作市委组织部 → party-organization', () => {
    expect(readMetadata(splitLines('政协焦作市委员会\n2022年度部门决算\n目录\n'), 'x').metadata).toMatchObject({ department_type: 'cppcc', region: { code: '410800' } });
    expect(readMetadata(splitLines('中共焦作市委组织部\n2022年度部门决算\n目录\n'), 'x').metadata).toMatchObject({ department_type: 'party-organization', region: { code: '410800' } });
  });
});
