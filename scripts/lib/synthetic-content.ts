/**
 * One province's content folder with synthetic notices, for benchmarks and scale tests — never
 * for content/ (scripts/generate-notices.ts is the command). Copies a content folder (register,
 * indicators, agencies, boundaries and its real notices) to `out`, makes it another province's
 * when asked (its units of the national register and its part of the 2025 reform, its People's
 * Committee, no real notice, no map), and adds N notices that differ from one another: dates over ten years, every district
 * and many communes of the register, figures of every indicator kind printed the vi-VN way,
 * findings, directives (some with deadlines), proposals with amounts, and status reports on the
 * directives (lib/synthetic-reports.ts). Each
 * notice's source.txt is composed from the same sentences its frontmatter quotes, so it passes
 * every check of `npm run validate`. Deterministic: the same seed gives the same files.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakerVI as faker } from '@faker-js/faker';
import yaml from 'js-yaml';
import Papa from 'papaparse';
import type { Agency, Locality } from '../../src/domain/model.ts';
import type { UnitRow } from '../../src/domain/schemas/locality.ts';
import { figureRow } from '../../src/domain/schemas/figure.ts';
import { formatAmount, formatFraction, formatPercent } from '../../src/domain/vi-format.ts';
import { loadModel } from '../../src/load/load-model.ts';
import { provinceUnits, provinceUnitsCsv, readGazetteer } from '../../src/load/gazetteer.ts';
import { slugifyVi } from '../../src/domain/slug.ts';
import { existedThroughout } from '../../src/domain/unit-validity.ts';
import { inSentence, vi } from '../../src/i18n/vi.ts';
import { portalReformYaml, provinceReform, readReform, writeProvinceReform } from './province-reform.ts';
import { writeSyntheticReports } from './synthetic-reports.ts';
import type { Reform } from './reform-2025.ts';

/** Marks every generated notice id, so that no synthetic notice can pass for a real one. */
export const SYNTHETIC_PREFIX = 'tong-hop';

export interface SyntheticOptions {
  /** The content folder copied (its register, indicators, agencies; its notices for its own province). */
  from: string;
  /** The content folder written (emptied first). */
  out: string;
  /** Another province of the national register (GSO code); unset: the source's own province. */
  province?: string | undefined;
  notices: number;
  seed: number | number[];
  /** The national register, when the caller has it read already (a national edition reads it once). */
  register?: readonly UnitRow[];
  /** The national files of the 2025 reform (content/gazetteer/), likewise. */
  reform?: Reform;
  /** Progress lines on a long run. */
  log?: (line: string) => void;
}

export interface SyntheticContent {
  /** The province's name as the register writes it (`Tỉnh Cao Bằng`). */
  provinceName: string;
  /** Units of the province in the register of 1 March 2025, the province itself included. */
  units: number;
  /** Units since 1 July 2025 that succeeded its communes (`units-2025-07-01.csv`). */
  currentUnits: number;
  /** Notices in the folder: the synthetic ones and any real ones copied. */
  notices: number;
  /** Status reports written for the synthetic notices. */
  reports: number;
}

/**
 * Turns the copy `out` into another province's content/ (one province of a national edition,
 * each built on its own): portal.yaml, its units of the national register, its People's
 * Committee as issuer, and its part of the 2025 reform from the national files of
 * content/gazetteer/ (lib/province-reform.ts): the units since 1 July 2025 that succeeded its
 * communes and the links old → new. The real notices and the boundaries of the source province
 * are left out; no unit or link is made up.
 */
function forProvince(register: readonly UnitRow[], reform: Reform, out: string, code: string, log?: (line: string) => void): void {
  const units = provinceUnits(register, code);
  const root = units[0];
  if (!root || root.level !== 'tinh') throw new Error(`--province ${code}: no province of that code in the national register`);
  writeFileSync(join(out, 'portal.yaml'), `province: "${code}"\nboundaries: null\n${portalReformYaml(reform, code)}`);
  writeFileSync(join(out, 'localities/units.csv'), provinceUnitsCsv(register, code));
  const former = join(out, 'localities/former-units.csv');
  writeFileSync(former, `${readFileSync(former, 'utf8').split('\n')[0]}\n`);
  for (const f of readdirSync(join(out, 'localities'))) if (/^(units|successors)-.*\.csv$/.test(f)) rmSync(join(out, 'localities', f));
  const reformed = provinceReform(reform, code, new Set(units.map((u) => u.code)));
  writeProvinceReform(out, reformed);
  if (reformed.leftOut.length > 0) log?.(`generate: ${code}: ${reformed.leftOut.length} links of units not in its units.csv left out (${reformed.leftOut.map((s) => `${s.old_code} → ${s.new_code}`).join(', ')})`);
  rmSync(join(out, 'notices'), { recursive: true });
  mkdirSync(join(out, 'notices'));
  const issuers = join(out, 'issuers.csv');
  const header = readFileSync(issuers, 'utf8').split('\n')[0];
  const name = inSentence(root.name);
  writeFileSync(issuers, `${header}\nubnd-${slugifyVi(root.name)},Ủy ban nhân dân ${name},UBND ${name},tinh,${code},UBND\n`);
}

/** Writes `out` (see the module comment); returns what it holds. */
export function writeSyntheticContent(options: SyntheticOptions): SyntheticContent {
  const { from, out, notices: count } = options;
  faker.seed(options.seed);
  if (existsSync(out)) rmSync(out, { recursive: true });
  cpSync(from, out, { recursive: true });
  if (options.province) forProvince(options.register ?? readGazetteer(from), options.reform ?? readReform(from), out, options.province, options.log);
  const model = loadModel(out);
  const province = model.province;
  /** `Lạng Sơn` of `Tỉnh Lạng Sơn`: the place of the date line. */
  const placeName = province.name.replace(/^(Tỉnh|Thành phố) /u, '');

  // Units of the register of 1 March 2025 (valid until 30 June 2025), so notices stay in their era.
  const districts = model.localities.filter((l) => l.level === 'huyen' && l.status === 'active');
  const indicator = (id: string) => {
    const found = model.indicatorById.get(id);
    if (!found) throw new Error(`${from}/indicators.csv: no indicator "${id}", which the generator uses`);
    return found;
  };
  const pick = <T>(list: readonly T[]): T => faker.helpers.arrayElement(list);
  const pad = (n: number): string => String(n).padStart(2, '0');
  /** Nghị định 30/2020: days below 10 and months below 3 get a leading zero. */
  const worded = (y: number, m: number, d: number): string => `ngày ${pad(d)} tháng ${m < 3 ? pad(m) : m} năm ${y}`;
  const short = (y: number, m: number, d: number): string => `${pad(d)}/${m < 3 ? pad(m) : m}/${y}`;
  const iso = (y: number, m: number, d?: number): string => `${y}-${pad(m)}${d === undefined ? '' : `-${pad(d)}`}`;
  const committee = (l: Locality): string => `${l.type.toLowerCase()} ${l.name.slice(l.type.length + 1)}`;

  interface FigureRow {
    id: string; locality: string; indicator: string; as_of: string; value: string; unit: string;
    denominator: string; target: string; printed: string; excerpt: string; section: string; subject: string; ref: string;
  }

  function notice(i: number): void {
    // 2015 to June 2025: the units of the register of 1 March 2025 existed until 30 June 2025.
    const year = 2015 + (i % 11);
    const month = year === 2025 ? 1 + (i % 6) : 1 + (i % 12);
    const day = faker.number.int({ min: 2, max: 28 });
    const inspectionDay = faker.number.int({ min: 1, max: day - 1 });
    const district = districts[i % districts.length]!;
    const communes = faker.helpers.arrayElements(district.children, { min: 0, max: Math.min(2, district.children.length) });
    // Only the agencies that existed in the notice's month (the 2025 mergers: content/agency-successors.csv).
    const existing = model.agencies.filter((a) => existedThroughout(a, { year, month, day: null }));
    const agencies: Agency[] = faker.helpers.arrayElements(existing, { min: 3, max: Math.min(8, existing.length) });
    const presiding = faker.person.fullName();
    const signer = faker.person.fullName();
    const team = `Đoàn kiểm tra số ${pad(faker.number.int({ min: 1, max: 12 }))}`;
    const number = `${faker.number.int({ min: 10, max: 999 })}/TB-UBND`;
    const programmeNumber = `${faker.number.int({ min: 1, max: 60 })}/CTr-UBND`;
    const place = committee(district);
    const id = `${SYNTHETIC_PREFIX}-${iso(year, month)}-${String(i).padStart(5, '0')}`;

    const figures: FigureRow[] = [];
    const figure = (row: Omit<FigureRow, 'as_of' | 'denominator' | 'target' | 'subject' | 'ref'> & Partial<FigureRow>): string => {
      figures.push({ as_of: '', denominator: '', target: '', subject: '', ref: '', ...row });
      return row.excerpt;
    };
    const priorMonth = month === 1 ? { y: year - 1, m: 12 } : { y: year, m: month - 1 };
    const endOfPrior = new Date(Date.UTC(priorMonth.y, priorMonth.m, 0)).getUTCDate();
    const revenue = faker.number.int({ min: 2_000, max: 400_000 }) * 1_000_000;
    const share = faker.number.int({ min: 500, max: 13_000 }) / 100;
    const allocation = faker.number.int({ min: 6_000, max: 10_100 }) / 100;
    const disbursement = faker.number.int({ min: 0, max: 9_500 }) / 100;
    const works = faker.number.int({ min: 2, max: 12 });
    const done = faker.number.int({ min: 0, max: works });
    const revenueText = figure({
      id: 'thu-nsnn', locality: district.id, indicator: 'thu-nsnn', as_of: iso(priorMonth.y, priorMonth.m, endOfPrior), value: String(revenue), unit: 'đồng',
      printed: formatAmount(revenue), section: '1',
      excerpt: `tổng thu ngân sách nhà nước trên địa bàn đến ${short(priorMonth.y, priorMonth.m, endOfPrior)} thực hiện đạt ${formatAmount(revenue)}`,
    });
    const shareText = figure({
      id: 'thu-nsnn-du-toan-tinh', locality: district.id, indicator: 'thu-nsnn-du-toan-tinh', as_of: iso(priorMonth.y, priorMonth.m, endOfPrior), value: String(share), unit: '%',
      printed: formatPercent(share), section: '1', excerpt: `đạt ${formatPercent(share)} dự toán tỉnh giao`,
    });
    const allocationText = figure({
      id: 'phan-bo-ke-hoach-von', locality: district.id, indicator: 'phan-bo-ke-hoach-von', value: String(allocation), unit: '%',
      printed: formatPercent(allocation), section: '1', excerpt: `phân bổ đạt ${formatPercent(allocation)} kế hoạch vốn tỉnh giao`,
    });
    const disbursementText = figure({
      id: 'giai-ngan-von-su-nghiep', locality: district.id, indicator: 'giai-ngan-von-su-nghiep', value: String(disbursement), unit: '%',
      printed: formatPercent(disbursement), section: '1', excerpt: `giải ngân vốn sự nghiệp các chương trình mục tiêu quốc gia đạt ${formatPercent(disbursement)}`,
    });
    const worksText = figure({
      id: 'cong-trinh-hoan-thanh', locality: district.id, indicator: 'cong-trinh-hoan-thanh', value: String(done), unit: indicator('cong-trinh-hoan-thanh').unit,
      denominator: String(works), printed: formatFraction(done, works), section: '1', subject: 'công trình giao thông nông thôn',
      excerpt: `thi công hoàn thành ${formatFraction(done, works)} công trình giao thông nông thôn`,
    });
    const communeTexts = communes.map((c, k) => {
      const met = faker.number.int({ min: 5, max: 19 });
      return figure({
        id: `tieu-chi-ntm-dat-${k + 1}`, locality: c.id, indicator: 'tieu-chi-ntm-dat', value: String(met), unit: indicator('tieu-chi-ntm-dat').unit,
        denominator: '19', printed: formatFraction(met, 19), section: '2.2', excerpt: `${c.name} đến nay đạt ${formatFraction(met, 19)} tiêu chí nông thôn mới`,
      });
    });
    const proposalAmount = faker.number.int({ min: 100, max: 90_000 }) * 1_000_000;
    const request = `Đề nghị UBND tỉnh xem xét hỗ trợ ${formatAmount(proposalAmount)} để đầu tư sửa chữa các tuyến đường giao thông trên địa bàn ${place}.`;
    figure({
      id: 'kinh-phi-de-xuat', locality: district.id, indicator: 'kinh-phi-de-xuat', value: String(proposalAmount), unit: 'đồng',
      printed: formatAmount(proposalAmount), section: '3', excerpt: request, ref: 'de-xuat-1',
    });
    const response = `Giao ${pick(agencies).name} chủ trì, phối hợp với các cơ quan liên quan xem xét, tham mưu UBND tỉnh theo quy định.`;
    const lead = agencies[0]!;

    const deadlineYear = month > 9 ? year + 1 : year;
    const deadline = { date: iso(deadlineYear, 12), printed: `hoàn thành trong năm ${deadlineYear}` };
    const directiveTexts = [
      `Tập trung chỉ đạo thực hiện hoàn thành các chỉ tiêu kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm ${year}, ${deadline.printed}; ${lead.name} phối hợp hướng dẫn thực hiện.`,
      `Đẩy nhanh tiến độ giải ngân vốn các chương trình mục tiêu quốc gia, khắc phục tình trạng giải ngân chậm tại ${place}.`,
      `Quan tâm công tác an sinh xã hội, bảo đảm quốc phòng, an ninh và trật tự an toàn xã hội trên địa bàn.`,
    ];
    const addressee = `Đối với ${place}:`;
    const directives = directiveTexts.map((text, k) => ({
      id: `2.1-${'abc'[k]}`, section: '2.1', label: 'abc'[k], addressee: { printed: addressee, localities: [district.id] },
      topic: ['Kế hoạch năm', 'Giải ngân vốn', 'An sinh xã hội'][k]!, text,
      // The dated directive names an agency, so agencies' four-way counts have items with deadlines.
      ...(k === 0 ? { deadline, coordinating: [{ agency: lead.id }] } : {}),
    }));
    const communeDirectives = communes.map((c, k) => ({
      id: `2.2-${'abcdefg'[k]}`, section: '2.2', label: 'abcdefg'[k], addressee: { printed: `Đối với ${committee(c)}:`, localities: [c.id] },
      topic: 'Xây dựng nông thôn mới', text: `${c.name} rà soát, tập trung thực hiện các tiêu chí nông thôn mới chưa đạt.`,
    }));

    const title = `Kết luận của đồng chí ${presiding}, Phó Chủ tịch UBND tỉnh tại buổi kiểm tra tình hình thực hiện nhiệm vụ năm ${year} tại ${place}`;
    const programme = `Chương trình số ${programmeNumber} ngày ${short(year, month, inspectionDay)} của UBND tỉnh`;
    const agenciesPrinted = `Lãnh đạo các Sở, ngành: ${agencies.map((a) => a.short_name).join(', ')}.`;
    const datePrinted = `${placeName}, ${worded(year, month, day)}`;
    const recipients = ['Như trên;', 'Chủ tịch UBND tỉnh;', 'Lưu: VT.'];
    const chain = ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'];
    const findings = [
      { kind: 'achievement', section: '1', topic: 'Thu ngân sách', localities: [district.id], figures: ['thu-nsnn', 'thu-nsnn-du-toan-tinh'], text: `${revenueText}, ${shareText}.` },
      { kind: 'achievement', section: '1', topic: 'Phân bổ vốn', localities: [district.id], figures: ['phan-bo-ke-hoach-von'], text: `Công tác ${allocationText}.` },
      { kind: 'shortcoming', section: '1', topic: 'Giải ngân vốn', localities: [district.id], figures: ['giai-ngan-von-su-nghiep'], text: `Tuy nhiên, ${disbursementText}.` },
      { kind: 'achievement', section: '1', topic: 'Công trình', localities: [district.id], figures: ['cong-trinh-hoan-thanh'], text: `Đã ${worksText}.` },
      ...communes.map((c, k) => ({ kind: 'shortcoming', section: '2.2', topic: 'Nông thôn mới', localities: [c.id], figures: [`tieu-chi-ntm-dat-${k + 1}`], text: `${communeTexts[k]}.` })),
    ];
    const source = [
      `ỦY BAN NHÂN DÂN ${inSentence(province.name).toLocaleUpperCase('vi-VN')}`, `Số: ${number}`, datePrinted, '', 'THÔNG BÁO', title, '',
      `Thực hiện ${programme}, ngày ${short(year, month, inspectionDay)}, đồng chí ${presiding}, Phó Chủ tịch UBND tỉnh, Trưởng ${team} đã kiểm tra tại ${place}.`,
      `Tham dự có: ${agenciesPrinted}`, '',
      '1. Kết quả đạt được và tồn tại, hạn chế', ...findings.filter((f) => f.section === '1').map((f) => f.text), '',
      '2. Nhiệm vụ trọng tâm', '2.1. ' + addressee, ...directives.map((d) => `${d.label}) ${d.text}`),
      ...(communes.length > 0 ? ['2.2. Đối với các xã', ...communeDirectives.map((d) => `${d.addressee.printed} ${d.text}`), ...findings.filter((f) => f.section === '2.2').map((f) => f.text)] : []),
      '', '3. Về kiến nghị, đề xuất', request, response, '',
      'Nơi nhận:', ...recipients, ...chain, signer, '',
    ].join('\n');

    const frontmatter = {
      documentType: 'Thông báo kết luận', number, numberPrinted: `Số: ${number}`, date: iso(year, month, day), datePrinted,
      // The province's People's Committee, from content/issuers.csv.
      issuer: model.issuers.find((i) => i.level === 'tinh' && i.locality.level === 'tinh')?.id,
      title, shortTitle: `Kết luận kiểm tra tại ${place}, ${short(year, month, day)}`,
      presiding: { name: presiding, role: `Phó Chủ tịch UBND tỉnh, Trưởng ${team}` },
      signature: { chain, signer },
      programme: { id: `ctr-${programmeNumber.split('/')[0]}-${year}`, number: programmeNumber, type: 'Chương trình', issuer: vi.siteOwner(province.name), date: iso(year, month, inspectionDay), subject: `kiểm tra tại ${place}`, printed: programme },
      inspectionDate: iso(year, month, inspectionDay), team,
      agencies: agencies.map((a) => a.id), agenciesPrinted, inspected: [district.id, ...communes.map((c) => c.id)],
      findings, directives: [...directives, ...communeDirectives],
      proposals: [{ id: 'de-xuat-1', from: { locality: district.id }, topic: 'Hỗ trợ giao thông', request, response, lead: [{ agency: lead.id }] }],
      recipients,
    };
    const dir = join(out, 'notices', String(year), id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'notice.mdx'), `---\n${yaml.dump(frontmatter, { lineWidth: 100, noRefs: true })}---\n\nThông báo tổng hợp dùng để đo tốc độ, không phải văn bản thật.\n`);
    const columns = Object.keys(figureRow.shape) as (keyof FigureRow)[];
    writeFileSync(join(dir, 'figures.csv'), `${Papa.unparse({ fields: columns, data: figures.map((f) => columns.map((c) => f[c])) }, { newline: '\n' })}\n`);
    writeFileSync(join(dir, 'source.txt'), source);
    reports += writeSyntheticReports(out, {
      id, index: i, year, month, day, place, districtId: district.id, deadlineYear,
      cited: `Thông báo số ${number} ngày ${short(year, month, day)} của UBND tỉnh`,
      signer: () => faker.person.fullName(), number: () => faker.number.int({ min: 10, max: 999 }),
    });
  }

  let reports = 0;
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    notice(i);
    // On a long run, a line every 1,000 notices: count, rate and time left.
    if ((i + 1) % 1000 === 0 && i + 1 < count) {
      const rate = (i + 1) / ((performance.now() - started) / 1000);
      options.log?.(`generate: ${i + 1}/${count} notices, ${rate.toFixed(0)}/s, about ${Math.round((count - i - 1) / rate)} s left`);
    }
  }
  return {
    provinceName: province.name,
    units: model.localities.filter((l) => l.status === 'active' && l.validFrom === null).length,
    currentUnits: model.localities.filter((l) => l.validFrom !== null).length,
    notices: model.notices.length + count,
    reports,
  };
}
