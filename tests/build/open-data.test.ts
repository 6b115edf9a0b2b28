/**
 * The downloads as a data user gets them: every CSV parses back (papaparse) to the same rows as
 * its JSON twin and as the content; the Excel CSV carries a BOM; datapackage.json validates
 * against the Frictionless Tabular Data Package schema and describes the files as they are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/load/load-model.ts';
import { partyName } from '../../src/site/party-name.ts';
import { dataUrl, localityUrl } from '../../src/site/urls.ts';
import { distDir, page } from '../helpers/dist-pages.ts';

const model = loadModel();
const dataDir = join(distDir, 'du-lieu');
const read = (path: string): string => readFileSync(join(dataDir, path), 'utf8');
const csvFiles = readdirSync(dataDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.csv') && !f.endsWith('-excel.csv'));

type Rows = Record<string, string>[];
function parseCsv(text: string, file: string): { fields: string[]; rows: Rows } {
  const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(result.errors, file).toEqual([]);
  return { fields: result.meta.fields ?? [], rows: result.data };
}
const rowsOf = (table: string): Rows => parseCsv(read(`${table}.csv`), table).rows;
const cell = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : String(v));

describe('the Excel edition reads in Vietnamese, with names beside the codes', () => {
  it('so-lieu-excel.csv: Tràng Định’s revenue with its locality, indicator and notice named', () => {
    const { fields, rows } = parseCsv(read('so-lieu-excel.csv').slice(1), 'so-lieu-excel.csv');
    expect(fields.slice(0, 8)).toEqual(['Mã thông báo', 'Thông báo', 'Mã số liệu', 'Mã địa phương', 'Địa phương', 'Mã chỉ tiêu', 'Chỉ tiêu', 'Giá trị chuẩn (theo đơn vị tính)']);
    const revenue = rows.find((r) => r['Mã số liệu'] === 'thu-nsnn')!;
    expect(revenue['Thông báo']).toBe('Kết luận kiểm tra tại huyện Tràng Định, tháng 4/2024');
    expect(revenue['Địa phương']).toBe('Huyện Tràng Định');
    expect(revenue['Chỉ tiêu']).toBe('Thu ngân sách nhà nước trên địa bàn');
    expect(revenue['Giá trị chuẩn (theo đơn vị tính)']).toBe('17420000000');
    expect(revenue['Đơn vị tính']).toBe('đồng');
    expect(revenue['Số liệu như in']).toBe('17,420 tỷ đồng');
  });

  it('nhiem-vu-excel.csv: statuses in words, agencies by name', () => {
    const { rows } = parseCsv(read('nhiem-vu-excel.csv').slice(1), 'nhiem-vu-excel.csv');
    const d = rows.find((r) => r['Mã nhiệm vụ'] === '2.2')!;
    expect(d['Trạng thái']).toBe('Chưa có báo cáo');
    expect(d['Các địa phương']).toBe('Xã Chí Minh');
  });

  it('thong-bao: the issuing body by id and by name; nothing absent from the sample’s header or signature', () => {
    const plain = rowsOf('thong-bao').find((r) => r['id'] === '2024-04-trang-dinh')!;
    expect(plain['issuer_id']).toBe('ubnd-tinh-lang-son');
    expect(plain['absent']).toBe('');
    const excel = parseCsv(read('thong-bao-excel.csv').slice(1), 'thong-bao-excel.csv').rows.find((r) => r['Mã thông báo'] === '2024-04-trang-dinh')!;
    expect(excel['Cơ quan ban hành']).toBe('Ủy ban nhân dân tỉnh Lạng Sơn');
  });

  it('the plain CSV keeps its English field names and codes', () => {
    expect(read('so-lieu.csv').split('\r\n')[0]).toBe('notice_id,id,locality_id,indicator_id,value,unit,denominator,target,as_of,printed,excerpt,section,subject,ref,source_line,url');
  });
});

describe('every CSV download', () => {
  it('exists in plain, Excel (BOM) and JSON form and parses to the same rows in each', () => {
    expect(csvFiles.length).toBeGreaterThan(10);
    for (const file of csvFiles) {
      const plain = read(file);
      expect(plain.charCodeAt(0), file).not.toBe(0xfeff);
      const excel = read(file.replace(/\.csv$/, '-excel.csv'));
      expect(excel.charCodeAt(0), file).toBe(0xfeff);
      // A text cell a spreadsheet would run as a formula (= + - @ tab CR) starts with an apostrophe.
      const excelCells = Papa.parse<string[]>(excel.slice(1), { skipEmptyLines: true }).data.flat();
      for (const c of excelCells) expect(c, file).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
      const { rows } = parseCsv(plain, file);
      // The Excel edition: the same rows, the machine columns' values kept, Vietnamese headers.
      const excelRows = parseCsv(excel.slice(1), file);
      expect(excelRows.rows.length, file).toBe(rows.length);
      expect(excelRows.fields.every((f) => !/^[a-z_]+$/.test(f)), `${file}: ${excelRows.fields.join(',')}`).toBe(true);
      expect(excelRows.rows.map((r) => Object.values(r).filter((v) => v !== '').length).reduce((a, b) => a + b, 0), file).toBeGreaterThanOrEqual(
        rows.map((r) => Object.values(r).filter((v) => v !== '').length).reduce((a, b) => a + b, 0),
      );
      const json = JSON.parse(read(file.replace(/\.csv$/, '.json'))) as Record<string, string | number | null>[];
      expect(rows.map((r) => Object.keys(r)), file).toEqual(json.map((r) => Object.keys(r)));
      expect(rows, file).toEqual(json.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cell(v)]))));
    }
  });
});

describe('the tables hold the content', () => {
  it('so-lieu: every figure with its canonical value, unit, printed text and excerpt', () => {
    const rows = rowsOf('so-lieu');
    expect(rows).toHaveLength(model.figures.length);
    for (const f of model.figures) {
      const row = rows.find((r) => r['notice_id'] === f.notice.id && r['id'] === f.id)!;
      expect(row, f.key).toBeDefined();
      expect(Number(row['value']), f.key).toBe(f.value);
      expect(row['unit']).toBe(f.indicator.unit);
      expect(row['printed']).toBe(f.printed);
      expect(row['excerpt']).toBe(f.excerpt);
      expect(row['locality_id']).toBe(f.locality.id);
      expect(row['denominator']).toBe(cell(f.denominator));
      expect(row['as_of']).toBe(f.asOf ? [f.asOf.year, f.asOf.month, f.asOf.day].filter((x) => x !== null).map((x, i) => (i === 0 ? String(x) : String(x).padStart(2, '0'))).join('-') : '');
    }
  });

  it('nhiem-vu and kien-nghi: every directive and proposal, verbatim, with who leads and coordinates', () => {
    const directives = rowsOf('nhiem-vu');
    expect(directives).toHaveLength(model.directives.length);
    for (const d of model.directives) {
      const row = directives.find((r) => r['notice_id'] === d.notice.id && r['id'] === d.id)!;
      expect(row['text'], d.id).toBe(d.text);
      expect(row['addressee']).toBe(d.addressee.printed);
      expect(row['lead']).toBe(d.lead.map(partyName).join('; '));
      expect(row['coordinating']).toBe(d.coordinating.map(partyName).join('; '));
      expect(row['deadline_printed']).toBe(d.deadline?.printed ?? '');
      expect(row['status']).toBe(d.changes.at(-1)?.status ?? 'chua-bao-cao');
      // Overdue is computed only from a stated deadline.
      if (!d.deadline) expect(row['overdue_as_of'], d.id).toBe('');
    }
    const proposals = rowsOf('kien-nghi');
    expect(proposals).toHaveLength(model.proposals.length);
    for (const p of model.proposals) {
      const row = proposals.find((r) => r['notice_id'] === p.notice.id && r['id'] === p.id)!;
      expect(row['request'], p.id).toBe(p.request);
      expect(row['response']).toBe(p.response);
      expect(row['lead']).toBe(p.lead.map(partyName).join('; '));
      expect(row['consolidating']).toBe(p.consolidating.map(partyName).join('; '));
    }
  });

  it('dia-phuong: every unit of the register and every former unit, keyed by code', () => {
    const rows = rowsOf('dia-phuong');
    expect(rows.map((r) => r['id'])).toEqual(model.localities.map((l) => l.id));
    for (const l of model.localities) expect(rows.find((r) => r['id'] === l.id)!['name']).toBe(l.name);
  });

  it('per-locality files hold exactly that unit’s figures, and its page links them', () => {
    const withFigures = model.localities.filter((l) => model.figures.some((f) => f.locality.id === l.id));
    expect(withFigures.length).toBeGreaterThan(0);
    for (const l of withFigures) {
      const rows = parseCsv(read(`dia-phuong/${l.slug}/so-lieu.csv`), l.slug).rows;
      expect(rows.map((r) => r['id']).sort()).toEqual(model.figures.filter((f) => f.locality.id === l.id).map((f) => f.id).sort());
      expect(page(localityUrl(l))(`a[href="${dataUrl}dia-phuong/${l.slug}/so-lieu-excel.csv"]`).length, l.slug).toBe(1);
    }
  });
});

describe('datapackage.json', () => {
  const descriptor = JSON.parse(read('datapackage.json')) as { licenses: unknown[]; resources: { name: string; path: string; schema: { fields: { name: string; type: string; description: string }[] } }[] };

  it('validates against the Frictionless Tabular Data Package schema', () => {
    const schema = JSON.parse(readFileSync('tests/fixtures/schemas/tabular-data-package.json', 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    // The profile marks free text as format "textarea" (an editor hint, not a constraint).
    ajv.addFormat('textarea', true);
    const validate = ajv.compile(schema);
    expect(validate(descriptor) ? [] : validate.errors).toEqual([]);
    expect(descriptor.licenses.length).toBeGreaterThan(0);
  });

  it('describes every whole-table CSV with the columns it really has, each with a description', () => {
    const whole = csvFiles.filter((f) => !f.includes('/'));
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual(whole.sort());
    for (const r of descriptor.resources) {
      const { fields } = parseCsv(read(r.path), r.path);
      expect(r.schema.fields.map((f) => f.name), r.path).toEqual(fields);
      for (const f of r.schema.fields) expect(f.description.length, `${r.name}.${f.name}`).toBeGreaterThan(0);
    }
  });

  it('is documented field by field on the data page', () => {
    const $ = page(dataUrl);
    for (const r of descriptor.resources) {
      const table = $(`table[id="bang-${r.name}"]`);
      expect(table.find('tbody th[scope="row"]').map((_, el) => $(el).text()).get(), r.name).toEqual(r.schema.fields.map((f) => f.name));
    }
  });
});
