import type { Problem } from '../model/document.ts';
import type { Table } from '../model/table.ts';
import { UNIT_KINDS } from './budget-units.ts';

/** A unit name as the list and the tables may print it: no spaces, no closing full stop or semicolon. */
const norm = (s: string) => s.replace(/[\s\u3000。；;]/g, '');

/**
 * Unit-by-unit rows whose names a wrap split at the wrong line, put back by the printed 预算单位构成 list. A unit's
 * name wrapped over three lines prints its first line above its figures line, where it may as well end the row above
 * (`洛阳市文化广电和` between `410003 … 旅游发展研究中心 9811239.81 …` and `410004 旅游离退休人员管 13418870.95 …`). When
 * a row's name is no printed unit's but a printed unit's name followed by a rest, and that rest followed by the next
 * row's name is a printed unit's name (the next row's own name none), the rest moves to the next row. Each move is
 * reported as `info` (`unit_name_rejoined`) with both lines. Tables of other kinds, and a document printing no list,
 * are returned as they are. Pure.
 */
export function rejoinUnitNames(tables: readonly Table[], printed: readonly string[]): { tables: Table[]; problems: Problem[] } {
  const names = new Set(printed.map(norm));
  const problems: Problem[] = [];
  if (names.size === 0) return { tables: [...tables], problems };
  const out = tables.map((t) => {
    if (!UNIT_KINDS.has(t.kind)) return t;
    const rows = t.rows.map((r) => ({ ...r }));
    for (let i = 0; i + 1 < rows.length; i++) {
      const [a, b] = [rows[i]!, rows[i + 1]!];
      if (a.is_total || b.is_total || names.has(norm(a.name)) || names.has(norm(b.name))) continue;
      const name = norm(a.name);
      const unit = [...names].find((u) => name.length > u.length && name.startsWith(u) && names.has(name.slice(u.length) + norm(b.name)));
      if (unit === undefined) continue;
      const rest = name.slice(unit.length);
      problems.push({
        severity: 'info',
        line: b.line,
        message: `单位名称折行后被分到上一行：「${rest}」从第 ${a.line} 行的「${a.name}」移到本行，两行的名称「${unit}」「${rest + norm(b.name)}」都是预算单位构成中列出的单位`,
        raw: `${a.name} | ${b.name}`,
        code: 'unit_name_rejoined',
      });
      rows[i] = { ...a, name: unit };
      rows[i + 1] = { ...b, name: rest + norm(b.name) };
    }
    return { ...t, rows };
  });
  return { tables: out, problems };
}
