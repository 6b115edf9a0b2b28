/**
 * Reads the public dataset dvhcvn/20250701 (https://github.com/dvhcvn/20250701, MIT licence,
 * © 2025 dvhcvn), a checkout of which is the input of scripts/extract-national-2025.ts:
 *
 * - `mapping/splits.json`: every commune before 1 July 2025 (its GSO code, `level3_id`) → the
 *   commune-level unit(s) after, per old province, with the old province → its new province;
 *   the five island districts that had no commune are `level2s`;
 * - `input/docs/915_CTK-CSCL.csv`: the codes and names of the 34 provinces (Công văn 915/CTK-CSCL);
 * - `input/docs/1027_CTK-CSCL.md`: the codes and names of the 3,321 commune-level units and their
 *   province (Công văn 1027/CTK-CSCL of the Statistics Office, Phụ lục I);
 * - `input/docs/<n>_NQ-UBTVQH15.md`: the 34 resolutions of the National Assembly Standing
 *   Committee, one per new province, that arranged its communes.
 *
 * Only the data is read; no code of that repository is used. Run by an editor, never by the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { normalizeViText } from '../../src/domain/vi-number.ts';

/** One unit an old unit went to (splits.json). */
export interface SplitTarget {
  new_id: string;
  name: string;
}

/** An old unit and where it went. */
export interface SplitUnit {
  /** GSO code before 1 July 2025 (`level3_id` of a commune, `level2_id` of an island district). */
  code: string;
  name: string;
  splits: SplitTarget[];
}

/** One province before 1 July 2025 as splits.json gives it. */
export interface SplitsProvince {
  level1_id: string;
  name: string;
  /** Its province since 1 July 2025 (one for every province). */
  splits: SplitTarget[];
  /** Its communes, in the source's order. */
  communes: SplitUnit[];
  /** Its districts that had no commune (island districts), which became special zones (đặc khu). */
  districts: SplitUnit[];
}

/** A resolution of the Standing Committee arranging the communes of one new province. */
export interface Resolution {
  /** As cited: `1672/NQ-UBTVQH15`. */
  number: string;
  /** The province's type word in the title: `Tỉnh` or `Thành phố`. */
  type: 'Tỉnh' | 'Thành phố';
  /** The province's name as the title prints it, in capitals: `LẠNG SƠN`. */
  titleName: string;
  /** The whole text, NFC, single spaces, without Markdown's bold marks and escapes. */
  text: string;
}

export interface Dataset {
  provinces: SplitsProvince[];
  /** The 34 provinces since 1 July 2025 (915/CTK-CSCL): code and name as listed (`Cao Bằng`, `Thành phố Hà Nội`). */
  newProvinces: { code: string; name: string }[];
  /** Commune-level units since 1 July 2025 (1027/CTK-CSCL) by code: name and province as listed; null when not read. */
  communeCodes: ReadonlyMap<string, { name: string; province: string }> | null;
  resolutions: Resolution[];
}

interface RawUnit {
  level3_id?: string;
  level2_id?: string;
  name: string;
  splits: SplitTarget[];
}

/** splits.json → its provinces, communes and island districts. */
export function parseSplits(json: string): SplitsProvince[] {
  const { data } = JSON.parse(json) as { data: { level1_id: string; name: string; splits: SplitTarget[]; level2s?: RawUnit[]; level3s: RawUnit[] }[] };
  const unit = (u: RawUnit, code: string | undefined): SplitUnit => {
    if (!code || u.splits.length === 0) throw new Error(`splits.json: unit "${u.name}" without a code or a successor`);
    return { code, name: u.name, splits: u.splits };
  };
  return data.map((p) => ({
    level1_id: p.level1_id,
    name: p.name,
    splits: p.splits,
    communes: p.level3s.map((u) => unit(u, u.level3_id)),
    districts: (p.level2s ?? []).map((u) => unit(u, u.level2_id)),
  }));
}

/** 915_CTK-CSCL.csv (`Stt,Mã số,Tên 34 tỉnh sau sáp nhập`) → code and name of each province. */
export function parseProvinceCodes(csv: string): { code: string; name: string }[] {
  const { data, errors } = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  if (errors.length > 0) throw new Error(`915_CTK-CSCL.csv: ${errors.map((e) => e.message).join('; ')}`);
  return data.map((r) => ({ code: r['Mã số'] ?? '', name: normalizeViText(r['Tên 34 tỉnh sau sáp nhập'] ?? '') }));
}

/**
 * 1027_CTK-CSCL.md, a Markdown table per page (`| Stt | Mã số | Tên đơn vị hành chính | Tỉnh
 * (thành phố) |`, cells broken with `<br>`) → name and province of each code.
 */
export function parseCommuneCodes(markdown: string): Map<string, { name: string; province: string }> {
  const codes = new Map<string, { name: string; province: string }>();
  const cell = (s: string): string => normalizeViText(s.replaceAll('<br>', ' '));
  for (const line of markdown.normalize('NFC').split('\n')) {
    const m = /^\|\s*\d+\s*\|\s*(\d{5})\s*\|(.*)\|(.*)\|\s*$/u.exec(line);
    if (!m) continue;
    if (codes.has(m[1]!)) throw new Error(`1027_CTK-CSCL.md: code ${m[1]} listed twice`);
    codes.set(m[1]!, { name: cell(m[2]!), province: cell(m[3]!) });
  }
  return codes;
}

/**
 * A resolution's number (its `Số: …` line) and the province of its title, `VỀ VIỆC SẮP XẾP CÁC
 * ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH LẠNG SƠN NĂM 2025` (the title may run over two lines).
 */
export function parseResolution(file: string, markdown: string): Resolution {
  const text = normalizeViText(markdown.normalize('NFC').replaceAll('**', '').replaceAll('\\', ''));
  const number = /Số: (\d+\/NQ-UBTVQH15)/u.exec(text)?.[1];
  const title = /CẤP XÃ CỦA (TỈNH|THÀNH PHỐ) (.+?) NĂM 2025/u.exec(text);
  if (!number || !title) throw new Error(`${file}: no "Số: …/NQ-UBTVQH15" line or no title "… CẤP XÃ CỦA TỈNH|THÀNH PHỐ … NĂM 2025"`);
  return { number, type: title[1] === 'TỈNH' ? 'Tỉnh' : 'Thành phố', titleName: title[2]!, text };
}

/** Reads the dataset from a checkout (or an export) of the repository at `dir`. */
export function readDataset(dir: string): Dataset {
  const docs = join(dir, 'input/docs');
  const resolutionFiles = readdirSync(docs).filter((f) => /^\d+_NQ-UBTVQH15\.md$/.test(f)).sort();
  return {
    provinces: parseSplits(readFileSync(join(dir, 'mapping/splits.json'), 'utf8')),
    newProvinces: parseProvinceCodes(readFileSync(join(docs, '915_CTK-CSCL.csv'), 'utf8')),
    communeCodes: parseCommuneCodes(readFileSync(join(docs, '1027_CTK-CSCL.md'), 'utf8')),
    resolutions: resolutionFiles.map((f) => parseResolution(f, readFileSync(join(docs, f), 'utf8'))),
  };
}
