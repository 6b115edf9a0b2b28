/**
 * Corrections ("Đính chính") on a document's page: each correction's day, what was corrected in
 * readers' words, the value before and after and why, newest first; nothing when there is none;
 * a value holding markup is shown as text. Expected texts are written out.
 */
import { describe, expect, it } from 'vitest';
import Corrections from '../../src/components/Corrections.astro';
import { correctionRows } from '../../src/site/corrections.ts';
import { render, renderHtml, textOf } from '../helpers/render.ts';

describe('Corrections', () => {
  it('lists each correction, newest first, in readers’ words', async () => {
    const $ = await render(Corrections, {
      rows: correctionRows([
        { date: '2024-05-02', field: 'directives[2.1-a].topic', old: 'Kế hoạch', new: 'Kế hoạch phát triển kinh tế - xã hội năm 2024', reason: 'Chủ đề viết lại cho rõ' },
        { date: '2024-06-10', field: 'figures[thu-nsnn].as_of', old: '', new: '2024-03-31', reason: 'Thêm thời điểm văn bản nêu' },
      ]),
    });
    expect(textOf($('h2'))).toBe('Đính chính');
    expect($('h2').attr('id')).toBe('dinh-chinh');
    const rows = $('tbody tr').map((_, tr) => textOf($(tr))).get();
    expect(rows).toEqual([
      '10/6/2024 Số liệu thu-nsnn, thời điểm (để trống) 2024-03-31 Thêm thời điểm văn bản nêu',
      '02/5/2024 Nhiệm vụ 2.1-a, chủ đề Kế hoạch Kế hoạch phát triển kinh tế - xã hội năm 2024 Chủ đề viết lại cho rõ',
    ]);
  });

  it('shows nothing for a document never corrected', async () => {
    expect((await renderHtml(Corrections, { rows: [] })).trim()).toBe('');
  });

  it('shows a value holding markup as text', async () => {
    const html = await renderHtml(Corrections, { rows: correctionRows([{ date: '2024-05-02', field: 'title', old: 'a', new: '<script>x</script>{y}', reason: 'r' }]) });
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;{y}');
    expect(html).not.toContain('<script>');
  });
});
