/**
 * Dates of every form (issue 11, point 3): the importer tells apart a day left blank, a month
 * only, a year taken from the document and a missing date line, and the page says each in its
 * own true sentence (src/site/notice-date.ts). Texts are the sample's, with its date line edited.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseIsoPartialDate } from '../../src/domain/vi-date.ts';
import { importText } from '../../src/importer/index.ts';
import { referenceOf, type Reference } from '../../src/importer/reference-lists.ts';
import { loadModel } from '../../src/load/load-model.ts';
import { issueDateNote } from '../../src/site/notice-date.ts';

const sample = readFileSync('content/notices/2024/2024-04-trang-dinh/source.txt', 'utf8');
const LINE = 'Lạng Sơn, ngày tháng 4 năm 2024';
let reference: Reference;
beforeAll(() => {
  reference = referenceOf(loadModel(resolve('content')));
});
const head = (text: string) => {
  const { date, datePrinted, dateSource, dateBasis } = importText(text, reference).frontmatter;
  return { date, datePrinted, dateSource, dateBasis };
};

describe('the issue date as the importer reads it', () => {
  it('a day left blank (the sample): partial date, nothing more to say in the frontmatter', () => {
    expect(head(sample)).toEqual({ date: '2024-04', datePrinted: LINE, dateSource: undefined, dateBasis: undefined });
  });

  it('a full date', () => {
    expect(head(sample.replace(LINE, 'Lạng Sơn, ngày 15 tháng 4 năm 2024'))).toMatchObject({ date: '2024-04-15', dateSource: undefined });
  });

  it('a month only, by design: partial', () => {
    expect(head(sample.replace(LINE, 'Lạng Sơn, tháng 4 năm 2024'))).toEqual({ date: '2024-04', datePrinted: 'Lạng Sơn, tháng 4 năm 2024', dateSource: 'partial', dateBasis: undefined });
  });

  it('day and month without a year: the year from the document, with the words it rests on, and a review note', () => {
    const text = sample.replace(LINE, 'Lạng Sơn, ngày 20/9');
    expect(head(text)).toEqual({ date: '2024-09-20', datePrinted: 'Lạng Sơn, ngày 20/9', dateSource: 'year-inferred', dateBasis: 'năm 2024' });
    expect(importText(text, reference).frontmatter.review).toContain('[chưa chắc] date (dòng 5): dòng ngày "ngày 20/9" không ghi năm; lấy năm 2024 từ "năm 2024" (dateSource: year-inferred) — kiểm tra');
  });

  it('no date line in the kept text: not-in-text, the date left for the editor', () => {
    expect(head(sample.replace(`${LINE}\n`, ''))).toEqual({ date: null, datePrinted: null, dateSource: 'not-in-text', dateBasis: null });
  });
});

describe('what the notice page says after the date', () => {
  const d = (iso: string) => parseIsoPartialDate(iso);
  it.each([
    [{ date: d('2024-04-15'), datePrinted: 'Lạng Sơn, ngày 15 tháng 4 năm 2024' }, null],
    [{ date: d('2024-04'), datePrinted: LINE }, 'ngày để trống trong văn bản (“Lạng Sơn, ngày tháng 4 năm 2024”)'],
    [{ date: d('2024-04'), datePrinted: 'Lạng Sơn, tháng 4 năm 2024', dateSource: 'partial' as const }, 'văn bản chỉ ghi đến tháng hoặc kỳ, không ghi ngày (“Lạng Sơn, tháng 4 năm 2024”)'],
    [
      { date: d('2024-09-20'), datePrinted: 'Lạng Sơn, ngày 20/9', dateSource: 'year-inferred' as const, dateBasis: 'năm 2024' },
      'văn bản chỉ ghi ngày và tháng (“Lạng Sơn, ngày 20/9”); năm 2024 lấy từ “năm 2024” trong văn bản',
    ],
    [
      { date: d('2024-04'), datePrinted: null, dateSource: 'not-in-text' as const, dateBasis: 'ngày 09/4/2024' },
      'văn bản được lưu không có dòng ngày ban hành; ngày ghi theo “ngày 09/4/2024” trong văn bản',
    ],
  ])('%j → %s', (n, sentence) => {
    expect(issueDateNote(n)).toBe(sentence);
  });
});

describe('the build', () => {
  it('accepts a notice whose kept text has no date line, when the date rests on words of the text', async () => {
    const { contentCopy } = await import('../helpers/content-copy.ts');
    const content = contentCopy([
      {
        file: 'notices/2024/2024-04-trang-dinh/notice.mdx',
        find: 'datePrinted: Lạng Sơn, ngày tháng 4 năm 2024',
        replace: 'datePrinted: null\ndateSource: not-in-text\ndateBasis: ngày 09/4/2024',
      },
    ]);
    const notice = loadModel(content).noticeById.get('2024-04-trang-dinh')!;
    expect(issueDateNote(notice)).toBe('văn bản được lưu không có dòng ngày ban hành; ngày ghi theo “ngày 09/4/2024” trong văn bản');
  });
});
