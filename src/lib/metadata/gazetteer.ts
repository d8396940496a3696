/**
 * A small gazetteer of administrative divisions (GB/T 2260 codes) covering the seeds' places.
 * Extend by adding entries; longer names are matched first. Slugs are ASCII for URLs.
 */
export interface Place {
  name: string;
  /** Other printed forms (e.g. without 市). */
  aliases?: string[];
  level: 'province' | 'city' | 'county';
  code: string;
  slug: string;
  /** Parent division code. */
  parent: string | null;
}

export const PLACES: readonly Place[] = [
  { name: '河南省', aliases: ['河南'], level: 'province', code: '410000', slug: 'henan', parent: null },
  { name: '山西省', aliases: ['山西'], level: 'province', code: '140000', slug: 'shanxi', parent: null },
  { name: '郑州市', aliases: ['郑州'], level: 'city', code: '410100', slug: 'zhengzhou', parent: '410000' },
  { name: '平顶山市', aliases: ['平顶山'], level: 'city', code: '410400', slug: 'pingdingshan', parent: '410000' },
  { name: '焦作市', aliases: ['焦作'], level: 'city', code: '410800', slug: 'jiaozuo', parent: '410000' },
  { name: '解放区', level: 'county', code: '410802', slug: 'jiefang', parent: '410800' },
  { name: '山阳区', level: 'county', code: '410811', slug: 'shanyang', parent: '410800' },
  { name: '中站区', level: 'county', code: '410803', slug: 'zhongzhan', parent: '410800' },
  { name: '马村区', level: 'county', code: '410804', slug: 'macun', parent: '410800' },
  { name: '阳泉市', aliases: ['阳泉'], level: 'city', code: '140300', slug: 'yangquan', parent: '140000' },
  { name: '太原市', aliases: ['太原'], level: 'city', code: '140100', slug: 'taiyuan', parent: '140000' },
  { name: '洛阳市', aliases: ['洛阳'], level: 'city', code: '410300', slug: 'luoyang', parent: '410000' },
  { name: '开封市', aliases: ['开封'], level: 'city', code: '410200', slug: 'kaifeng', parent: '410000' },
  { name: '新乡市', aliases: ['新乡'], level: 'city', code: '410700', slug: 'xinxiang', parent: '410000' },
];

const BY_CODE = new Map(PLACES.map((p) => [p.code, p]));

export interface ResolvedRegion {
  province: string | null;
  city: string | null;
  county: string | null;
  code: string | null;
  slug: string;
}

/** Resolve the region named at the start of a department name (焦作市解放区科技和工业信息化局 → 河南省/焦作市/解放区). */
export function resolveRegion(department: string): ResolvedRegion {
  const names = PLACES.flatMap((p) => [p.name, ...(p.aliases ?? [])].map((n) => ({ n, p }))).sort((a, b) => b.n.length - a.n.length);
  let rest = department;
  let found: Place | null = null;
  for (let guard = 0; guard < 3; guard++) {
    const hit = names.find(({ n, p }) => rest.startsWith(n) && (!found || p.parent === found.code));
    if (!hit) break;
    found = hit.p;
    rest = rest.slice(hit.n.length);
  }
  if (!found) return { province: null, city: null, county: null, code: null, slug: 'unknown' };
  const chain: Place[] = [];
  for (let p: Place | undefined = found; p; p = p.parent ? BY_CODE.get(p.parent) : undefined) chain.unshift(p);
  const get = (level: Place['level']) => chain.find((p) => p.level === level)?.name ?? null;
  return {
    province: get('province'),
    city: get('city'),
    county: get('county'),
    code: found.code,
    slug: chain.map((p) => p.slug).join('-'),
  };
}
