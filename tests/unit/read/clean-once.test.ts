/**
 * Conversion markup is removed once, when the text forms are read: the lines handed to segmentation, the grid and the
 * layout parsers carry clean cells, and `raw` keeps the line as printed (for problems).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextForms } from '../../../src/lib/parse/read/index.ts';
import { splitLines } from '../../../src/lib/text/lines.ts';
import { RAW, SEEDS } from '../../helpers.ts';

describe('readTextForms cleans every cell once', () => {
  it('平顶山 2023 line 147 `<b>本年收入合计</b>⇥27⇥2,175.87⇥<b>本年支出合计</b>⇥58⇥2,175.87` comes out without the bold tags', () => {
    const text = readFileSync(path.join(RAW, SEEDS.pingdingshan2023), 'utf8');
    const { lines } = readTextForms(splitLines(text));
    const l = lines.find((x) => x.n === 147)!;
    expect(l.cells).toEqual(['本年收入合计', '27', '2,175.87', '本年支出合计', '58', '2,175.87']);
    expect(l.raw).toBe('<b>本年收入合计</b>\t27\t2,175.87\t<b>本年支出合计</b>\t58\t2,175.87');
  });

  it('郑州 2022 line 1260 keeps its cells in place while `<p>` tags go: 管理制度健全性 / 健全', () => {
    const text = readFileSync(path.join(RAW, SEEDS.zhengzhou2022), 'utf8');
    const { lines } = readTextForms(splitLines(text));
    const l = lines.find((x) => x.n === 1260)!;
    expect(l.cells.slice(0, 4)).toEqual(['', '', '管理制度健全性', '健全']);
    expect(l.raw.startsWith('\t\t<p>管理制度健全性</p>\t<p>健全</p>')).toBe(true);
  });

  it('a line without markup is handed on as it was read (the same object)', () => {
    const input = splitLines('收入支出决算总表\n项目\t金额\n一般公共预算财政拨款收入\t1,234.56');
    const { lines } = readTextForms(input);
    expect(lines[2]).toBe(input[2]);
  });
});
