/**
 * The items of the review page and the fields the editor writes back (src/desk/items.ts): each
 * item rests on its sentence of the source (line found by the verbatim check), a list of agencies
 * is written with commas and kept as a list, a blank cell of figures.csv stays blank.
 */
import { describe, expect, it } from 'vitest';
import type { DeskDocument } from '../../src/desk/documents.ts';
import { removeItem, reviewItems, setField } from '../../src/desk/items.ts';

const doc = (): DeskDocument => ({
  dir: '/nowhere',
  kind: 'notice',
  source: 'Lạng Sơn, ngày tháng 4 năm 2024\n2.1. Đối với huyện Tràng Định:\na) Tập trung chỉ đạo\nthu ngân sách đạt 17,420 tỷ đồng',
  data: {
    date: '2024-04',
    datePrinted: 'Lạng Sơn, ngày tháng 4 năm 2024',
    findings: [],
    directives: [{ id: '2.1-a', topic: null, text: 'Tập trung chỉ đạo', addressee: { printed: 'Đối với huyện Tràng Định:', localities: ['180'], agencies: ['so-tai-chinh'] } }],
    proposals: [],
  },
  narrative: '',
  figures: [{ id: 'thu-nsnn', printed: '17,420 tỷ đồng', excerpt: 'thu ngân sách đạt 17,420 tỷ đồng', as_of: '' }],
  hasFigures: true,
});

describe('review items', () => {
  it('points each item at the line of its words in the source', () => {
    const items = reviewItems(doc());
    expect(items.map((i) => [i.key, i.line])).toEqual([['date', 1], ['directive:2.1-a', 3], ['figure:thu-nsnn', 4]]);
  });

  it('shows a list of agencies with commas and writes it back as a list', () => {
    const d = doc();
    const agencies = reviewItems(d).find((i) => i.key === 'directive:2.1-a')!.fields.find((f) => f.name.endsWith('.agencies'))!;
    expect(agencies.value).toBe('so-tai-chinh');
    setField(d, agencies.name, 'so-tai-chinh, so-xay-dung ,');
    expect((d.data['directives'] as { addressee: { agencies: string[] } }[])[0]!.addressee.agencies).toEqual(['so-tai-chinh', 'so-xay-dung']);
  });

  it('writes a topic, clears a blank YAML field to null, keeps a blank CSV cell blank', () => {
    const d = doc();
    setField(d, 'directives[0].topic', 'Thu ngân sách');
    setField(d, 'datePrinted', '');
    setField(d, 'figures[0].as_of', '');
    expect((d.data['directives'] as { topic: string }[])[0]!.topic).toBe('Thu ngân sách');
    expect(d.data['datePrinted']).toBeNull();
    expect(d.figures[0]!['as_of']).toBe('');
  });

  it('removes a figure by its id and a directive by its id', () => {
    const d = doc();
    expect(removeItem(d, 'figure:thu-nsnn')).toBe(true);
    expect(removeItem(d, 'directive:2.1-a')).toBe(true);
    expect(removeItem(d, 'directive:9.9')).toBe(false);
    expect(reviewItems(d).map((i) => i.key)).toEqual(['date']);
  });
});
