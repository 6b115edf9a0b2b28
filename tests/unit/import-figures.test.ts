/**
 * Every figure found goes into figures.csv (issue 11, point 1), with the forms real notices
 * print. Expected values are read from the quoted text itself.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePrintedFigure } from '../../src/domain/vi-number.ts';
import type { ExtractContext } from '../../src/importer/context.ts';
import { extractFigures, type FigureState } from '../../src/importer/extract-figures.ts';
import { importText } from '../../src/importer/index.ts';
import { sameOccurrence } from '../../src/importer/occurrence.ts';
import { segment } from '../../src/importer/segment.ts';
import { referenceOf, type Reference } from '../../src/importer/reference-lists.ts';
import { loadModel } from '../../src/load/load-model.ts';

let reference: Reference;
beforeAll(() => {
  reference = referenceOf(loadModel(resolve('content')));
});

/** The figures written for a text: printed, then the qualifier its printed text is read with ("-" for none). */
function qualifiers(text: string): string[] {
  return importText(`${text}\n`, reference).figures.map((f) => {
    const parsed = parsePrintedFigure(f.printed);
    return `${f.printed} ${('qualifier' in parsed ? parsed.qualifier : null) ?? '-'}`;
  });
}

/** The rows of figures.csv for a text: section, printed, value, unit, total, subject. */
function rows(text: string): string[] {
  return importText(`${text}\n`, reference).figures.map(
    (f) => `${f.section} | ${f.printed} | ${f.value} ${f.unit}${f.denominator ?? f.target ? ` / ${f.denominator ?? f.target}` : ''}${f.subject ? ` | ${f.subject}` : ''}`,
  );
}

describe('figures before the first numbered section', () => {
  it('are written with section "0", not dropped', () => {
    expect(rows('Tổng thu ngân sách trên địa bàn đạt 17,420 tỷ đồng, đạt 35,16% dự toán.')).toEqual([
      '0 | đạt 17,420 tỷ đồng | 17420000000 đồng',
      '0 | đạt 35,16% | 35.16 %',
    ]);
  });

  it('and in a numbered section take its number', () => {
    expect(rows('Mở đầu.\n1. Kết quả\nGiải ngân đạt 0,22%.')).toEqual(['1 | đạt 0,22% | 0.22 %']);
  });
});

describe('hedge words are kept in the printed figure', () => {
  it.each([
    ['Tỷ lệ giải ngân gần bằng 61,9% kế hoạch.', '0 | gần bằng 61,9% | 61.9 %'],
    ['Đã giải ngân hơn 601 tỷ đồng.', '0 | hơn 601 tỷ đồng | 601000000000 đồng'],
    ['Tỷ lệ chưa đến 10% kế hoạch.', '0 | chưa đến 10% | 10 %'],
    ['Giải ngân ước đạt 21% kế hoạch.', '0 | ước đạt 21% | 21 %'],
    ['Tổng mức khoảng 5.500 tỉ đồng.', '0 | khoảng 5.500 tỉ đồng | 5500000000000 đồng'],
    ['Có 33 địa phương giải ngân đạt từ 40%.', '0 | 33 địa phương | 33 địa phương'],
    ['Có 33 địa phương giải ngân đạt từ 40%.', '0 | từ 40% | 40 %'],
  ])('%s', (text, row) => {
    expect(rows(text)).toContain(row);
  });

  // Issue 11: "Qualifiers are kept for every hedge word (gần, gần bằng, trên, hơn, khoảng, chưa đến, đạt …)".
  it('"đạt" (reached) is kept as a qualifier: "đạt 24%" is printed so and read as 24, qualifier đạt', () => {
    expect(rows('Giải ngân đạt 24% kế hoạch.')).toEqual(['0 | đạt 24% | 24 %']);
    expect(qualifiers('Giải ngân đạt 24% kế hoạch.')).toEqual(['đạt 24% đạt']);
  });

  it('"chưa đạt 50%" and "không đạt 50%" (not reached) are not given the qualifier "đạt"', () => {
    expect(qualifiers('Giải ngân chưa đạt 50% kế hoạch.')).toEqual(['50% -']);
    expect(qualifiers('Giải ngân không đạt 50% kế hoạch.')).toEqual(['50% -']);
    expect(qualifiers('Tỷ lệ Chưa đạt 50% kế hoạch.')).toEqual(['50% -']);
    // Text copied from a PDF breaks lines anywhere, between "chưa" and "đạt" too.
    expect(qualifiers('Giải ngân chưa\nđạt 50% kế hoạch.')).toEqual(['50% -']);
  });

  it('"đạt trên 50%" gives "trên", "ước đạt 22%" stays "ước đạt", "đạt khoảng 10km" gives "khoảng"', () => {
    expect(qualifiers('Giải ngân đạt trên 50% kế hoạch.')).toEqual(['trên 50% trên']);
    expect(qualifiers('Giải ngân ước đạt 22% kế hoạch.')).toEqual(['ước đạt 22% ước đạt']);
    expect(qualifiers('Chiều dài đạt khoảng 10km.')).toEqual(['khoảng 10km khoảng']);
  });

  it('a part of a whole after "đạt" takes no qualifier: "mới đạt 09/19 tiêu chí" is 09/19', () => {
    expect(rows('Xã mới đạt 09/19 tiêu chí nông thôn mới.')).toEqual(['0 | 09/19 | 9 tiêu chí / 19']);
  });
});

describe('counts', () => {
  it('are found without a leading zero, with their noun', () => {
    expect(rows('Toàn tỉnh có 431 công trình chậm tiến độ và 59 xã khu vực III.')).toEqual(['0 | 431 công trình | 431 công trình', '0 | 59 xã | 59 xã']);
  });

  it('and with one, as before', () => {
    expect(rows('Xây mới 02 nhà văn hóa thôn.')).toEqual(['0 | 02 nhà văn hóa thôn | 2 nhà văn hóa thôn']);
  });

  it('but a year, a period, an article or a rank is no count', () => {
    expect(rows('Năm 2024, sau 6 tháng đầu năm, theo Điều 5, tại Kỳ họp thứ 6, Quý I năm 2024, 9 tháng.')).toEqual([]);
  });

  // Phrases of the texts in tests/fixtures/import-real (Long Điền, Thái Bình, 2022 work teams).
  it('of any noun, not only the nouns of a list, with the noun as the unit', () => {
    expect(rows('HĐND huyện đã tổ chức 16 kỳ họp, ban hành 226 nghị quyết. 7 tổ đại biểu của HĐND huyện đã giám sát.')).toEqual([
      '0 | 16 kỳ họp | 16 kỳ họp',
      '0 | 226 nghị quyết | 226 nghị quyết',
      '0 | 7 tổ đại biểu | 7 tổ đại biểu',
    ]);
    expect(rows('Thành lập 6 tổ công tác.')).toEqual(['0 | 6 tổ công tác | 6 tổ công tác']);
    expect(rows('Nhu cầu vốn do 3 Ban Quản lý dự án làm chủ đầu tư.')).toEqual(['0 | 3 Ban Quản lý dự án | 3 Ban Quản lý dự án']);
  });

  it('but a number after the noun it names is no count, nor a duration, a factor, a number word or a name with a dash', () => {
    expect(rows('HĐND huyện khóa 2 tổ chức họp; Tổ 3 phường Đông Kinh; Dự án 4 hỗ trợ; Nghị quyết 18 quy định; đợt 2 giải ngân.')).toEqual([]);
    expect(rows('Trong 2 tháng còn lại, sau 3 năm triển khai, gấp 2 lần, 5 triệu người, 200 USD, dịch COVID-19 gây khó khăn.')).toEqual([]);
  });

  it('after a kind of document, a number before a counted noun counts ("kết luận 232 cuộc"); with "số", a slash or another word it is the document', () => {
    expect(rows('Các tổ chức thanh tra đã ban hành kết luận 232 cuộc.')).toEqual(['0 | 232 cuộc | 232 cuộc']);
    expect(rows('Lĩnh vực tài chính, thực hiện 190 cuộc, kết luận 112 cuộc thanh tra.')).toEqual(['0 | 190 cuộc | 190 cuộc', '0 | 112 cuộc | 112 cuộc']);
    expect(rows('Theo Kết luận số 232 cuộc họp; Kết luận 12/KL-UBND; Kết luận 232 của Thanh tra tỉnh; Kết luận 45 Thanh tra tỉnh ban hành; Nghị quyết 18 quy định.')).toEqual([]);
  });

  it('a 4-digit number without its grouping dot is a year, not a count of an unlisted noun', () => {
    expect(rows('Kế hoạch 2024 Ban Quản lý dự án.')).toEqual([]);
  });
});

describe('period phrases and dates', () => {
  it('"lũy kế 10 tháng 3.798,254 tỷ đồng" keeps the amount', () => {
    expect(rows('Giải ngân lũy kế 10 tháng 3.798,254 tỷ đồng.')).toEqual(['0 | 3.798,254 tỷ đồng | 3798254000000 đồng']);
  });

  it('"Ngày 19/12" and "ngày 31/8 là hơn 299.447 tỷ đồng" give no fraction, and the qualifier stays', () => {
    expect(rows('Ngày 19/12, Đoàn làm việc.')).toEqual([]);
    expect(rows('Giải ngân đến ngày 31/8 là hơn 299.447 tỷ đồng.')).toEqual(['0 | hơn 299.447 tỷ đồng | 299447000000000 đồng']);
  });

  it('"sáng 4/11" is a day, and "đến 6/2021" a month of a year: no fraction', () => {
    expect(rows('Phát biểu tại Phiên họp sáng 4/11, Chủ tịch đề nghị.')).toEqual([]);
    expect(rows('Giải ngân đến 6/2021 đạt 30%.')).toEqual(['0 | đạt 30% | 30 %']);
  });

  it('an area in km2 is a measure, not a count of km', () => {
    expect(rows('Diện tích tự nhiên 832 km2.')).toEqual(['0 | 832 km2 | 832 km2']);
  });

  it('a part of a whole stays a fraction: 15/63 địa phương', () => {
    expect(rows('Có 15/63 địa phương giải ngân trên 3%.')).toEqual(['0 | 15/63 | 15 địa phương / 63', '0 | trên 3% | 3 %']);
    expect(rows('Đã giải ngân 300,9/4.128,9 tỷ đồng.')).toEqual(['0 | 300,9/4.128,9 tỷ đồng | 300900000000 đồng / 4128900000000']);
  });

  it('but a slash between counts of two things is two counts: "tiếp 89 lượt/102 người"', () => {
    expect(rows('Các cơ quan đã tiếp 89 lượt/102 người đến khiếu nại.')).toEqual(['0 | 89 lượt | 89 lượt', '0 | 102 người | 102 người']);
    expect(rows('Đã tiếp 03 lượt/05 người.')).toEqual(['0 | 03 lượt | 3 lượt', '0 | 05 người | 5 người']);
  });

  it('and the same thing on both sides ("5 xã/10 xã"), an amount per thing or a document number give no count after the slash', () => {
    expect(rows('Có 5 xã/10 xã hoàn thành.')).toEqual(['0 | 5 xã | 5 xã']);
    expect(rows('Hỗ trợ 20 triệu đồng/01 hộ.')).toEqual(['0 | 20 triệu đồng | 20000000 đồng']);
    expect(rows('Theo Nghị quyết 30a/2008/NQ-CP của Chính phủ.')).toEqual([]);
  });
});

describe('a figure printed twice', () => {
  const placed = (text: string) => importText(`${text}\n`, reference).figures.map((f) => `${f.printed} | dòng ${f.line} | ${f.excerpt}`);

  it('in two sentences, for two facts, is two rows, each with its own line and excerpt', () => {
    expect(placed('Phát hiện sai phạm 3.447 m2 đất.\nKiến nghị thu hồi 3.447 m2 đất.')).toEqual([
      '3.447 m2 | dòng 1 | Phát hiện sai phạm 3.447 m2 đất',
      '3.447 m2 | dòng 2 | Kiến nghị thu hồi 3.447 m2 đất',
    ]);
  });

  it('in one sentence, for two facts, is two rows too', () => {
    expect(placed('Kiến nghị thu hồi 2.416,7 triệu đồng, đã thu 2.416,7 triệu đồng, đạt tỷ lệ 100%.')).toEqual([
      '2.416,7 triệu đồng | dòng 1 | Kiến nghị thu hồi 2.416,7 triệu đồng',
      '2.416,7 triệu đồng | dòng 1 | đã thu 2.416,7 triệu đồng',
      '100% | dòng 1 | đạt tỷ lệ 100%',
    ]);
  });

  it('as the topic of its clause ("Đối với 10/19 tiêu chí chưa đạt, …") names the fact stated before: one row', () => {
    expect(placed('Xã mới đạt 09/19 tiêu chí, còn lại 10/19 tiêu chí chưa đạt.\nĐối với 10/19 tiêu chí chưa đạt, xã xây dựng kế hoạch.')).toEqual([
      '09/19 | dòng 1 | Xã mới đạt 09/19 tiêu chí',
      '10/19 | dòng 1 | còn lại 10/19 tiêu chí chưa đạt',
    ]);
  });

  it('but the same words read twice are one row', () => {
    const source = 'Đã thu hồi hơn 2,3 tỷ đồng.\n';
    const ctx: ExtractContext = { segments: segment(source), reference, notes: [], province: null, year: null };
    const state: FigureState = { figures: [], usedIds: new Set(), spans: new Map(), proposedIndicators: [] };
    const [paragraph] = ctx.segments.head;
    const place = { section: '0', locality: null, ref: null };
    extractFigures(ctx, paragraph!, place, state);
    extractFigures(ctx, paragraph!, place, state);
    expect(state.figures.map((f) => f.printed)).toEqual(['hơn 2,3 tỷ đồng']);
  });

  it('and two readings that share words ("hơn 2,3 tỷ đồng" at 11–26, "2,3 tỷ đồng" at 15–26) are one occurrence; neighbours are not', () => {
    expect(sameOccurrence({ start: 11, end: 26 }, { start: 15, end: 26 })).toBe(true);
    expect(sameOccurrence({ start: 11, end: 26 }, { start: 26, end: 30 })).toBe(false);
  });
});

describe('ranges and changes keep their meaning', () => {
  it('"từ 5% đến 7%" is a range: two ends, no "từ" qualifier, each flagged', () => {
    const draft = importText('Lãi suất từ 5% đến 7%.\n', reference);
    expect(draft.figures.map((f) => f.printed)).toEqual(['5%', '7%']);
    expect(draft.notes.filter((n) => n.message.includes('một đầu của khoảng')).length).toBe(2);
  });

  it('"giảm 3,2%" is a fall: the direction is written in subject and flagged', () => {
    expect(rows('Thu ngân sách giảm 3,2% so với cùng kỳ.')).toEqual(['0 | 3,2% | 3.2 % | mức giảm']);
    expect(rows('Số hộ nghèo tăng thêm 12 hộ.')).toEqual(['0 | 12 hộ | 12 hộ | mức tăng']);
  });
});

describe('the date a figure stands at', () => {
  const asOf = (text: string) => importText(`Lạng Sơn, ngày 10 tháng 11 năm 2024\n${text}\n`, reference).figures.map((f) => `${f.printed} @${f.as_of ?? ''}`);
  it.each([
    ['Tổng thu đến 31/03/2024 đạt 17,420 tỷ đồng.', 'đạt 17,420 tỷ đồng @2024-03-31'],
    ['Giải ngân Quý I năm 2024 đạt 12,5%.', 'đạt 12,5% @2024-03'],
    ['Thu ngân sách 6 tháng đầu năm đạt 52,3% dự toán.', 'đạt 52,3% @2024-06'],
    ['Giải ngân lũy kế 10 tháng 3.798,254 tỷ đồng.', '3.798,254 tỷ đồng @2024-10'],
    ['Giải ngân 9 tháng năm 2023 đạt 61,9%.', 'đạt 61,9% @2023-09'],
    ['Giải ngân đạt 24%.', 'đạt 24% @'],
  ])('%s', (text, row) => {
    expect(asOf(text)).toEqual([row]);
  });
});

describe('an indicator for every figure (issue 11, point 2)', () => {
  it('names the indicator it chose and why', () => {
    const [f] = importText('Tổng thu ngân sách nhà nước trên địa bàn đạt 17,420 tỷ đồng.\n', reference).figures;
    expect(f!.indicator).toBe('thu-nsnn');
    expect(f!.reason).toMatch(/^chỉ tiêu thu-nsnn: từ chung với nhãn "Thu ngân sách nhà nước trên địa bàn": thu, ngân, sách, nhà, nước, địa, bàn/);
  });

  it('proposes a new one when none fits: label from the words before a rate or amount, from the noun for a count', () => {
    const draft = importText('Tỷ lệ giải ngân vốn đầu tư công đạt 24% kế hoạch. Có 59 xã khu vực III và 12 xã khu vực II.\n', reference);
    expect(draft.figures.map((f) => f.indicator)).toEqual([null, null, null]);
    expect(draft.proposedIndicators).toEqual([
      { id: 'ty-le-giai-ngan-von-dau-tu-cong', label: 'Tỷ lệ giải ngân vốn đầu tư công', unit: '%', kind: 'percent' },
      { id: 'so-xa', label: 'Số xã', unit: 'xã', kind: 'quantity' },
    ]);
  });
});

describe("a fraction's noun decides its indicator", () => {
  const written = (text: string) => importText(`${text}\n`, reference).figures.map((f) => `${f.printed} | ${f.value} ${f.unit} / ${f.denominator} | ${f.indicator ?? '-'}`);

  it('"23/23 xã" counts communes: no criteria indicator, whatever the sentence says about "đạt chuẩn nông thôn mới"', () => {
    expect(written('Huyện Nam Đàn có 23/23 xã (100%) đã được công nhận đạt chuẩn nông thôn mới.')).toContain('23/23 | 23 xã / 23 | -');
  });

  it('"16/16 (100%) xã": the noun may follow a share in brackets', () => {
    expect(written('Huyện Duy Tiên có 16/16 (100%) xã đã được công nhận đạt chuẩn nông thôn mới.')).toContain('16/16 | 16 xã / 16 | -');
  });

  it('"03/04 Trạm y tế" counts built works, and "09/19 tiêu chí" criteria', () => {
    expect(written('Đã bàn giao đưa vào khai thác sử dụng 03/04 Trạm y tế.')).toEqual(['03/04 | 3 công trình / 4 | cong-trinh-ban-giao']);
    expect(written('Xã mới đạt 09/19 tiêu chí nông thôn mới.')).toEqual(['09/19 | 9 tiêu chí / 19 | tieu-chi-ntm-dat']);
  });
});
