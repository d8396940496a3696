/** Data Package v2 descriptor for the downloads, with Fiscal Data Package style measure/dimension mapping. */

export interface FileInfo {
  /** File name under /data/. */
  name: string;
  bytes: number;
  sha256: string;
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

export function factFields() {
  return FACT_FIELDS;
}
export function checkFields() {
  return CHECK_FIELDS;
}

export function dataPackage(files: readonly FileInfo[], opts: { created?: string; site?: string } = {}): Record<string, unknown> {
  const byName = new Map(files.map((f) => [f.name, f]));
  const res = (name: string, extra: Record<string, unknown>) => {
    const f = byName.get(name);
    if (!f) return null;
    return { name: name.replace(/\.[a-z]+$/, '').replace(/[^a-z0-9._-]/g, '-'), path: name, bytes: f.bytes, hash: `sha256:${f.sha256}`, ...extra };
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
