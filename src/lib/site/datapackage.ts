/** Data Package v2 descriptor for the downloads, with Fiscal Data Package style measure/dimension mapping. */

export interface FileInfo {
  /** File name under /data/. */
  name: string;
  bytes: number;
  sha256: string;
  /** Absolute URL when the file is published elsewhere (release assets, object storage) instead of under /data/. */
  url?: string;
}

/** A Parquet file under /data/parquet/ (name is the path below /data/), with its table and hive partition values. */
export interface ParquetFileInfo extends FileInfo {
  /** `facts`, `checks` or `documents`. */
  table: string;
  /** Hive partition values from the path, e.g. { fiscal_year: '2022' }. */
  partition: Record<string, string>;
}

const FACT_FIELDS: { name: string; type: string; description: string }[] = [
  { name: 'doc_id', type: 'string', description: '文档标识（ASCII slug），与 index.json 一致' },
  { name: 'department', type: 'string', description: '部门名称（封面所印）' },
  { name: 'fiscal_year', type: 'integer', description: '财政年度' },
  { name: 'doc_kind', type: 'string', description: 'final = 决算（executed），budget = 预算（proposed）' },
  { name: 'table_kind', type: 'string', description: '表格语义类型（与公开NN表编号无关）' },
  { name: 'table_title', type: 'string', description: '表格标题（原文）' },
  { name: 'entity', type: 'string', description: '分单位表格中的预算单位，或分项目表格中的项目名称' },
  { name: 'row_code', type: 'string', description: '科目编码（类款项连写），无则为空' },
  { name: 'row_name', type: 'string', description: '行标签（原文）' },
  { name: 'column', type: 'string', description: '列标题，多级表头以 / 连接' },
  { name: 'value', type: 'number', description: '精确十进制数值；金额单位为元（万元已精确换算）' },
  { name: 'measure', type: 'string', description: 'yuan / count / score / percent' },
  { name: 'unit', type: 'string', description: '原文单位（万元、元、分……）' },
  { name: 'source_line', type: 'integer', description: '源文本中的行号（从 1 开始）' },
  { name: 'table_id', type: 'string', description: '文档内表格标识' },
  { name: 'row_block', type: 'string', description: '左右并列表格的分块（收入 / 支出 …）' },
  { name: 'other_code', type: 'string', description: '其他分类编码（如政府预算经济分类）' },
  { name: 'placement', type: 'string', description: 'printed = 原位；inferred = 转换丢失空格后推断的位置' },
];

const CHECK_FIELDS: { name: string; type: string; description: string }[] = [
  { name: 'doc_id', type: 'string', description: '文档标识' },
  { name: 'check_id', type: 'string', description: '检查编号（见方法说明中的检查目录）' },
  { name: 'status', type: 'string', description: 'pass / warn / fail / skip' },
  { name: 'title', type: 'string', description: '检查名称' },
  { name: 'message', type: 'string', description: '结果说明' },
  { name: 'expected', type: 'string', description: '期望值（精确十进制，元）' },
  { name: 'actual', type: 'string', description: '实际值' },
  { name: 'difference', type: 'string', description: '差额' },
  { name: 'tolerance', type: 'string', description: '允许的尾差' },
  { name: 'refs', type: 'string', description: '比对的表格/行/列或说明行，以 ; 分隔' },
];

/** Columns the Parquet files add to the CSV columns (see docs/open-data.md, section Parquet). */
const PARQUET_FACT_FIELDS: { name: string; type: string; description: string }[] = [
  { name: 'status', type: 'string', description: '文档解析状态（ok / partial / failed），查询时可用 status = \'ok\' 排除未完整解析的文档' },
  { name: 'province', type: 'string', description: '省' },
  { name: 'city', type: 'string', description: '市' },
  { name: 'county', type: 'string', description: '县（区）' },
  { name: 'region_code', type: 'string', description: 'GB/T 2260 行政区划代码' },
  { name: 'province_code', type: 'string', description: '省级代码前两位（41 = 河南），未识别为 00' },
  { name: 'value_decimal', type: 'number', description: 'value 的 DECIMAL(38,6) 精确数值；放不下（超过 6 位小数或 32 位整数）时为空，value 字符串始终精确' },
];
const PARQUET_CHECK_FIELDS: { name: string; type: string; description: string }[] = [
  { name: 'department', type: 'string', description: '部门名称' },
  { name: 'fiscal_year', type: 'integer', description: '财政年度（分区列）' },
  { name: 'doc_kind', type: 'string', description: 'final = 决算，budget = 预算' },
  { name: 'doc_status', type: 'string', description: '文档解析状态（ok / partial / failed）；status 列是检查结果' },
  ...PARQUET_FACT_FIELDS.filter((f) => f.name !== 'status' && f.name !== 'value_decimal'),
];

/** Fields of the facts Parquet files: the CSV's columns (value as the exact string), then the added ones. */
export function parquetFactFields() {
  return [...FACT_FIELDS.map((f) => (f.name === 'value' ? { ...f, type: 'string' } : f)), ...PARQUET_FACT_FIELDS];
}
/** Fields of the checks Parquet files. */
export function parquetCheckFields() {
  return [...CHECK_FIELDS, ...PARQUET_CHECK_FIELDS];
}

export function factFields() {
  return FACT_FIELDS;
}
export function checkFields() {
  return CHECK_FIELDS;
}

const PARQUET_TITLES: Record<string, string> = { facts: '表格数值（Parquet）', checks: '勾稽检查结果（Parquet）', documents: '文档索引（Parquet）' };

/** One Data Package resource per Parquet file (each with its own sha256), partition values named in the title. */
export function parquetResources(files: readonly ParquetFileInfo[]): Record<string, unknown>[] {
  return files.map((f) => {
    const part = Object.entries(f.partition);
    const fields = f.table === 'facts' ? parquetFactFields() : f.table === 'checks' ? parquetCheckFields() : null;
    return {
      name: ['parquet', f.table, ...part.map(([, v]) => v)].join('-').toLowerCase().replace(/[^a-z0-9._-]/g, '-'),
      path: f.name,
      bytes: f.bytes,
      hash: `sha256:${f.sha256}`,
      title: `${PARQUET_TITLES[f.table] ?? f.table}${part.length ? ' ' + part.map(([k, v]) => `${k}=${v}`).join(' ') : ''}`,
      type: 'table',
      format: 'parquet',
      mediatype: 'application/vnd.apache.parquet',
      ...(part.length ? { partition: Object.fromEntries(part) } : {}),
      ...(fields ? { schema: { $schema: 'https://datapackage.org/profiles/2.0/tableschema.json', fields: fields.filter((x) => !(x.name in f.partition)) } } : {}),
    };
  });
}

export function dataPackage(files: readonly FileInfo[], opts: { created?: string; site?: string; parquet?: readonly ParquetFileInfo[] } = {}): Record<string, unknown> {
  const byName = new Map(files.map((f) => [f.name, f]));
  const res = (name: string, extra: Record<string, unknown>) => {
    const f = byName.get(name);
    if (!f) return null;
    return { name: name.replace(/\.[a-z]+$/, '').replace(/[^a-z0-9._-]/g, '-'), path: f.url ?? name, bytes: f.bytes, hash: `sha256:${f.sha256}`, ...extra };
  };
  const resources: Record<string, unknown>[] = [];
  const facts = res('facts.csv', {
    title: '部门预决算表格数值（每个数值单元格一行）',
    type: 'table',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json', header: true, delimiter: ',' },
    schema: {
      $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
      fields: FACT_FIELDS.map((f) => ({ ...f, ...(f.name === 'value' ? { bareNumber: true } : {}) })),
      missingValues: [''],
    },
    // Fiscal Data Package style logical model.
    model: {
      measures: {
        amount: { source: 'value', currency: 'CNY', factor: 1, direction: 'expenditure|revenue by table_kind', phase: { final: 'executed', budget: 'proposed' } },
      },
      dimensions: {
        department: { attributes: { name: { source: 'department' }, id: { source: 'doc_id' } }, primaryKey: 'id' },
        date: { dimensionType: 'datetime', attributes: { year: { source: 'fiscal_year' } }, primaryKey: 'year' },
        phase: { attributes: { kind: { source: 'doc_kind' } }, primaryKey: 'kind', mapping: { final: 'executed', budget: 'proposed' } },
        functional_classification: {
          dimensionType: 'classification',
          classificationType: 'functional',
          attributes: { code: { source: 'row_code' }, label: { source: 'row_name', labelfor: 'code' }, parent: { description: 'code without its last two digits (项 → 款 → 类)' } },
          primaryKey: 'code',
          appliesTo: ['final_expenditure', 'final_general_expenditure', 'budget_expenditure', 'budget_general_expenditure'],
        },
        economic_classification: {
          dimensionType: 'classification',
          classificationType: 'economic',
          attributes: { code: { source: 'row_code' }, label: { source: 'row_name', labelfor: 'code' }, parent: { description: '3-digit 类 of a 5-digit 款' } },
          primaryKey: 'code',
          appliesTo: ['final_general_basic', 'budget_general_basic', 'budget_economic_summary'],
        },
        direction: { attributes: { table_kind: { source: 'table_kind' }, block: { source: 'row_block' } }, primaryKey: 'table_kind', description: 'income (收入) or expenditure (支出) follows from the table kind and block' },
      },
    },
  });
  if (facts) resources.push(facts);
  const checks = res('checks.csv', {
    title: '勾稽检查结果',
    type: 'table',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: { $schema: 'https://datapackage.org/profiles/2.0/tableschema.json', fields: CHECK_FIELDS, missingValues: [''] },
  });
  if (checks) resources.push(checks);
  for (const f of files) {
    if (f.name === 'facts.csv' || f.name === 'checks.csv') continue;
    const isSchema = f.name.endsWith('.schema.json');
    const r = res(f.name, {
      title: f.name === 'index.json' ? '文档索引' : isSchema ? 'JSON Schema' : `文档模型 ${f.name.replace(/\.json$/, '')}`,
      format: 'json',
      mediatype: isSchema ? 'application/schema+json' : 'application/json',
      encoding: 'utf-8',
      ...(isSchema || f.name === 'index.json' ? {} : { jsonSchema: 'document.schema.json' }),
    });
    if (r) resources.push(r);
  }
  resources.push(...parquetResources(opts.parquet ?? []));
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'mingzhang',
    title: '明账：部门预算与决算公开数据',
    description: '从政府部门预算、决算公开文件（PDF 转文本）提取的精确数据与勾稽检查结果。',
    ...(opts.created ? { created: opts.created } : {}),
    ...(opts.site ? { homepage: opts.site } : {}),
    licenses: [{ name: 'ODC-PDDL-1.0', path: 'https://opendatacommons.org/licenses/pddl/', title: 'Open Data Commons Public Domain Dedication and License' }],
    keywords: ['预算', '决算', 'budget', 'final accounts', 'China', 'fiscal data package'],
    resources,
  };
}

/** Merge glossary entries of several documents: one entry per term, first definition kept, with sources. */
export function mergeGlossary<T extends { term: string; definition: string }>(
  lists: readonly { doc: string; entries: readonly T[] }[],
): { term: string; definition: string; sources: string[]; variants: number }[] {
  const map = new Map<string, { term: string; definition: string; sources: string[]; defs: Set<string> }>();
  for (const l of lists) {
    for (const e of l.entries) {
      const term = e.term.trim();
      if (!term) continue;
      const m = map.get(term) ?? { term, definition: e.definition.trim(), sources: [], defs: new Set<string>() };
      m.defs.add(e.definition.trim());
      if (!m.sources.includes(l.doc)) m.sources.push(l.doc);
      map.set(term, m);
    }
  }
  return [...map.values()]
    .map((m) => ({ term: m.term, definition: m.definition, sources: m.sources, variants: m.defs.size }))
    .sort((a, b) => a.term.localeCompare(b.term, 'zh-CN'));
}
