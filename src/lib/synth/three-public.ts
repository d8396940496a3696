import type { Ctx } from './context.ts';
import type { Fen } from './generate.ts';
import type { Printed } from './money.ts';
import type { SheetFact, SheetRow } from './sheet.ts';

/**
 * The 三公 table, horizontal (one row: 预算数 then 决算数 columns) or vertical (items as rows, 预算数/决算数 as
 * columns). Either way the truth records the canonical horizontal facts (row `*`, column `预算数/因公出国（境）费` …),
 * on the line each figure is printed on.
 */
export function threePublicTable(ctx: Ctx, kind: 'final_three_public' | 'budget_three_public', title: string, sides: { label: string; values: Fen[] }[], names: string[], groupWord: string, noteText: string): Printed[][] {
  ctx.titleBlock(kind, title);
  const printed = sides.map((s) => s.values.map((v) => ctx.P.money(v)));
  const allBlank = printed.flat().every((p) => p.value === null);
  const leaf = (j: number) => names[j]!.split('/').at(-1)!;
  const canonical = (si: number, j: number) => (sides.length > 1 || kind === 'final_three_public' ? `${sides[si]!.label}/${names[j]}` : names[j]!);
  if (ctx.o.threePublic === 'vertical') {
    // items as rows, in one of two printed orders: 出国, 公务用车 (购置, 运行), 接待 — or 出国, 接待, 公务用车 (运行, 购置)
    const carFirst = ctx.variantRng.chance(0.5);
    const order = carFirst ? [0, 1, 2, 3, 4, 5] : [0, 1, 5, 2, 4, 3];
    const labels = carFirst
      ? [names[0]!, `1.${names[1]}`, `2.${groupWord}`, `其中：${leaf(3)}`, leaf(4), `3.${names[5]}`]
      : [names[0]!, `1.${names[1]!.replace(/费$/, '费用')}`, `2.${names[5]}`, `3.${groupWord}`, `其中：${leaf(4)}`, leaf(3)];
    const header = [['项目', ...sides.map((s) => s.label)]];
    const rows: SheetRow[] = (allBlank ? [] : order).map((j, r) => ({
      cells: [labels[r]!, ...printed.map((p) => p[j]!.raw)],
      facts: printed.map((p, si): SheetFact => ({ block: null, code: null, name: '*', column: canonical(si, j), value: p[j]!.value })),
      total: j === 0,
    }));
    ctx.w.table(ctx.sheet(kind, header, [0], 0, rows), kind);
  } else {
    const span = (s: string) => [s, '', '', '', '', ''];
    const top = sides.length > 1 ? [sides.flatMap((s) => span(s.label))] : [];
    const h1 = sides.flatMap(() => [names[0]!, '因公出国（境）费', groupWord, '', '', '公务接待费']);
    const h2 = sides.flatMap(() => ['', '', '小计', leaf(3), leaf(4), '']);
    const header = [...top, h1, h2];
    if (ctx.o.columnNumbers) header.push(sides.flatMap((_, si) => names.map((_, j) => String(si * 6 + j + 1))));
    const cells = printed.flat();
    const facts = printed.flatMap((p, si) => p.map((x, j): SheetFact => ({ block: null, code: null, name: '*', column: canonical(si, j), value: x.value })));
    ctx.w.table(ctx.sheet(kind, header, [], 0, allBlank ? [] : [{ cells: cells.map((c) => c.raw), facts }]), kind);
  }
  ctx.note(noteText);
  if (allBlank) {
    ctx.push('说明：本表无数据');
    ctx.push();
  }
  return printed;
}
