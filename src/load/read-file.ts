/**
 * Reads one text file of content/ the safe way, with one clear error per root cause:
 * a link that leads out of content/, a file over its size limit, or text that is not UTF-8
 * (UTF-16, a legacy Vietnamese encoding such as TCVN3, VNI or Windows-1258, or binary) is
 * reported once with what it looks like, and the file is then treated as unreadable, so no
 * follow-on errors come from reading garbage.
 */
import { lstatSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, sep } from 'node:path';
import { detectGarbledLegacy, guessLegacyEncoding } from '../domain/legacy-encoding.ts';
import type { ContentIssue } from './errors.ts';

const MIB = 1024 * 1024;

/**
 * The largest file accepted, by kind. A notice's text is some 15 KB, its figures a few KB and the
 * whole register 20 KB; the limits leave ample room and stop a runaway file (a 50 MB source.txt
 * once built into a 62 MB page with 3.4 GB of memory) with a clear message.
 */
export function sizeLimit(file: string): number {
  if (extname(file) === '.geojson') return 5 * MIB;
  if (/^(units|successors-.*|former-units)\.csv$/.test(basename(file))) return 5 * MIB;
  return 1 * MIB;
}

const units = (bytes: number): string => (bytes >= MIB ? `${(bytes / MIB).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`);

/**
 * Returns the file's text (BOM removed), or null after pushing one issue. `file` is the path
 * printed in messages; `root` is the content folder no file may lead out of.
 */
export function readContentText(path: string, file: string, root: string, issues: ContentIssue[]): string | null {
  const fail = (found: string | null, expected: string): null => {
    issues.push({ file, where: null, field: null, found, expected });
    return null;
  };
  if (lstatSync(path).isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(path);
    } catch {
      return fail(`một liên kết (symbolic link) tới ${readlinkSync(path)}, nơi không tồn tại`, 'một tệp thông thường nằm trong content/');
    }
    const inside = realpathSync(root);
    if (!target.startsWith(inside + sep)) return fail(`một liên kết (symbolic link) tới ${readlinkSync(path)}`, 'một tệp thông thường nằm trong content/ (liên kết không được dẫn ra ngoài content/)');
  }
  const size = statSync(path).size;
  const limit = sizeLimit(path);
  if (size > limit) return fail(`${units(size)} (${size} byte)`, `một tệp không quá ${units(limit)}; có đúng tệp không? Văn bản một thông báo chỉ khoảng 15 KiB`);
  const bytes = readFileSync(path);
  const problem = encodingProblem(bytes);
  if (problem) return fail(problem.found, problem.expected);
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const garbled = detectGarbledLegacy(text);
  if (garbled) {
    return fail(`tiếng Việt theo bảng mã cũ ${garbled} đã bị chuyển sang UTF-8 từng ký tự một (chữ không đọc được như "µ", "¸", "®")`, CONVERT);
  }
  return text;
}

const CONVERT = 'văn bản Unicode UTF-8: chuyển mã tệp (ví dụ Unikey → Công cụ chuyển mã, hoặc lưu lại với kiểu mã "UTF-8" trong trình soạn thảo) rồi kiểm tra lại';

/**
 * What a YAML file that cannot be read needs: valid YAML. The YAML reader's own reason
 * (js-yaml: "bad indentation of a mapping entry", …) has no Vietnamese form; it is quoted as the
 * reader's words, after the line it names (the issue's `where`).
 */
export function yamlExpected(reason: string): string {
  return `YAML đúng cú pháp (trình đọc YAML báo: ${reason})`;
}

/** What is wrong with the bytes as UTF-8 text, or null when they are UTF-8. */
function encodingProblem(bytes: Buffer): { found: string; expected: string } | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { found: `văn bản UTF-16 (dấu thứ tự byte ${bytes[0] === 0xff ? 'FF FE, little-endian' : 'FE FF, big-endian'})`, expected: CONVERT };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    // UTF-16 without a BOM puts a NUL beside every ASCII letter; anything else with NULs is binary.
    const nuls = bytes.subarray(0, 200).filter((b) => b === 0).length;
    const found = nuls >= 20 ? 'văn bản UTF-16 không có dấu thứ tự byte (byte NUL xen giữa các chữ)' : `dữ liệu nhị phân (byte NUL ở byte thứ ${nul})`;
    return { found, expected: CONVERT };
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return null;
  } catch {
    // The first byte that is not UTF-8 shows as U+FFFD when decoded leniently.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
    const legacy = guessLegacyEncoding(bytes);
    const what = legacy === 'unknown' ? 'văn bản theo bảng mã cũ (không phải Unicode)' : `tiếng Việt theo bảng mã cũ ${legacy}`;
    return { found: `${what} (dòng ${line} có byte không phải UTF-8)`, expected: CONVERT };
  }
}
