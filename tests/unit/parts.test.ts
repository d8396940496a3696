/** Part detection and staffing on layouts the 决算 seeds do not show (read by hand from the 预算 seeds). */
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../helpers.ts';

describe('parts whose 第X部分 heading stands alone on its line (解放区 2024: "## 第一部分" / "### …概况")', () => {
  const doc = parseSeed('jiefang2024');
  it('names the parts from the next line, and 附件：…部门预算表 opens the attachments', () => {
    expect(doc.parts.map((p) => [p.name, p.start_line])).toEqual([
      ['cover', 1],
      ['toc', 9],
      ['overview', 39],
      ['narrative', 87],
      ['glossary', 165],
      ['attachments', 183],
    ]);
    expect(doc.parts[2]!.title).toBe('第一部分 焦作市解放区科技和工业信息化局概况');
  });
  it('reads staffing: 共有编制 17 人，其中行政 7 人 (line 47)', () => {
    expect(doc.metadata.staffing).toEqual([
      { label: '共有编制', value: '17', line: 47 },
      { label: '其中行政', value: '7', line: 47 },
    ]);
  });
  it('the glossary stops where the attachments begin', () => {
    expect(doc.glossary.every((g) => g.line < 183)).toBe(true);
  });
});
