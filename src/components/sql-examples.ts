/**
 * Example queries of the SQL page, in Chinese, over the views facts, checks and documents (see docs/open-data.md,
 * section Parquet). Each one works on the seed documents; the e2e test runs the first.
 */
export interface SqlExample {
  id: string;
  title: string;
  sql: string;
}

export const SQL_EXAMPLES: readonly SqlExample[] = [
  {
    id: 'three-public',
    title: '各部门各年度“三公”经费',
    sql: `-- 各部门各年度“三公”经费合计（决算文档取决算数，预算文档取预算数），单位：万元
SELECT department AS 部门,
       fiscal_year AS 年度,
       CASE doc_kind WHEN 'final' THEN '决算' ELSE '预算' END AS 类型,
       CAST(value_decimal / 10000 AS DECIMAL(18, 2)) AS "三公经费（万元）",
       source_line AS 原文行号
FROM facts
WHERE status = 'ok'
  AND entity IS NULL
  AND ((table_kind = 'final_three_public' AND "column" = '决算数/合计')
    OR (table_kind = 'budget_three_public' AND "column" LIKE '%三公%合计%'))
ORDER BY 部门, 年度`,
  },
  {
    id: 'final-vs-budget',
    title: '一个部门的决算与预算对比',
    sql: `-- 焦作市工业和信息化局 2022 年“三公”经费：各项预算数与决算数，单位：万元
SELECT substr("column", strpos("column", '/') + 1) AS 项目,
       CAST(sum(value_decimal) FILTER (WHERE "column" LIKE '预算数/%') / 10000 AS DECIMAL(18, 2)) AS 预算数,
       CAST(sum(value_decimal) FILTER (WHERE "column" LIKE '决算数/%') / 10000 AS DECIMAL(18, 2)) AS 决算数,
       CAST(100 * sum(value_decimal) FILTER (WHERE "column" LIKE '决算数/%')
            / nullif(sum(value_decimal) FILTER (WHERE "column" LIKE '预算数/%'), 0) AS DECIMAL(9, 2)) AS "完成率（%）"
FROM facts
WHERE department = '焦作市工业和信息化局' AND fiscal_year = 2022
  AND table_kind = 'final_three_public'
GROUP BY 项目
ORDER BY 预算数 DESC NULLS LAST`,
  },
  {
    id: 'failing-checks',
    title: '未通过的勾稽检查（按表格）',
    sql: `-- 未通过（fail）或需注意（warn）的检查，按涉及的表格汇总
SELECT split_part(ref, ':', 1) AS 表格,
       status AS 结果,
       count(DISTINCT doc_id || check_id || message) AS 次数,
       string_agg(DISTINCT department, '、') AS 部门
FROM (SELECT *, unnest(string_split(refs, ';')) AS ref FROM checks WHERE status IN ('fail', 'warn'))
GROUP BY ALL
ORDER BY 次数 DESC, 表格`,
  },
  {
    id: 'largest-projects',
    title: '预算中金额最大的项目',
    sql: `-- 郑州市工业和信息化局 2022 年预算：项目支出预算表中金额最大的 10 个项目，单位：万元
SELECT row_name AS 项目,
       entity AS 预算单位,
       CAST(value_decimal / 10000 AS DECIMAL(18, 2)) AS "金额（万元）",
       source_line AS 原文行号
FROM facts
WHERE department = '郑州市工业和信息化局' AND fiscal_year = 2022 AND doc_kind = 'budget'
  AND table_kind = 'budget_projects' AND "column" = '合计'
  AND entity IS NOT NULL AND NOT ends_with(entity, ' ' || row_name)
ORDER BY value_decimal DESC
LIMIT 10`,
  },
  {
    id: 'classes-by-city',
    title: '各城市按功能分类（类）的支出',
    sql: `-- 决算：各城市各“类”（功能分类前三位）的本年支出合计，单位：万元
SELECT city AS 城市,
       fiscal_year AS 年度,
       row_code AS 类,
       any_value(row_name) AS 名称,
       CAST(sum(value_decimal) / 10000 AS DECIMAL(18, 2)) AS "支出（万元）"
FROM facts
WHERE status = 'ok' AND doc_kind = 'final'
  AND table_kind = 'final_expenditure' AND "column" = '本年支出合计'
  AND length(row_code) = 3 AND entity IS NULL
GROUP BY ALL
ORDER BY 类, 城市, 年度`,
  },
  {
    id: 'documents',
    title: '全部文档及其解析状态',
    sql: `-- 每份文档一行：状态不是 ok 的文档，在 facts 中 status 列相同，可用 WHERE status = 'ok' 排除
SELECT province AS 省, city AS 市, county AS 县区, department AS 部门, fiscal_year AS 年度,
       doc_kind AS 类型, status AS 状态, status_reason AS 原因, checks_fail AS 未通过检查
FROM documents
ORDER BY 省, 市, 部门, 年度`,
  },
];
