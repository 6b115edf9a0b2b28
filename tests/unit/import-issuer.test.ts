/**
 * The importer proposes the issuing body from the register content/issuers.csv (issue 11,
 * point 4): by the heading in capitals, else by the number's symbol and the date line's place;
 * a heading of a body outside the register is reported, never added.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importText } from '../../src/importer/index.ts';
import { referenceOf, type Reference } from '../../src/importer/reference-lists.ts';
import { loadModel } from '../../src/load/load-model.ts';

let reference: Reference;
beforeAll(() => {
  reference = referenceOf(loadModel(resolve('content')));
});

const BODY = 'Số: 12/TB-UBND\nLạng Sơn, ngày 15 tháng 4 năm 2024\nTHÔNG BÁO\nKết luận kiểm tra\n';
const issuerOf = (text: string) => {
  const draft = importText(text, reference);
  return { issuer: draft.frontmatter.issuer, notes: draft.notes.filter((n) => n.field === 'issuer').map((n) => n.message) };
};

describe('the issuing body', () => {
  it('is read from its heading, on one line or two', () => {
    expect(issuerOf(`ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n${BODY}`)).toEqual({ issuer: 'ubnd-tinh-lang-son', notes: [] });
    expect(issuerOf(`ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\n${BODY}`).issuer).toBe('ubnd-tinh-lang-son');
  });

  it('without a heading, from the symbol UBND and the place of the date line (as in the sample), for review', () => {
    expect(issuerOf(BODY)).toEqual({
      issuer: 'ubnd-tinh-lang-son',
      notes: ['văn bản không có dòng tên cơ quan ban hành; suy ra "Ủy ban nhân dân tỉnh Lạng Sơn" (ubnd-tinh-lang-son) từ ký hiệu UBND và địa danh "Lạng Sơn"'],
    });
  });

  it('a body outside the register is reported, not invented', () => {
    expect(issuerOf(`ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\n${BODY.replace('Lạng Sơn', 'Cao Bằng')}`)).toEqual({
      issuer: null,
      notes: [
        'dòng cơ quan ban hành "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG" không khớp cơ quan nào trong content/issuers.csv; thêm cơ quan đó (kèm nguồn, content/SOURCES.md) rồi ghi issuer',
        'không xác định được cơ quan ban hành trong content/issuers.csv (ubnd-tinh-lang-son)',
      ],
    });
  });
});
