/**
 * Reads a notice from a file: UTF-8 text (with or without BOM, NFC or NFD) or a Word .docx
 * (through mammoth). Any other input is refused with a message that says what is accepted.
 * The result is the normalized text every extractor and `source.txt` work from.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import mammoth from 'mammoth';
import { detectGarbledLegacy, guessLegacyEncoding, legacyExplanation } from './encoding.ts';
import { ImportError } from './errors.ts';

export type InputKind = 'txt' | 'docx';

/**
 * The text as the importer keeps it: NFC, Unix line ends, no BOM, no trailing spaces on a
 * line. Nothing else changes, so line numbers in the report match the saved source.txt.
 */
export function normalizeSourceText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00A0]+$/gm, '')
    .replace(/\n+$/, '\n');
}

/** Decodes bytes that must be UTF-8; refuses legacy Vietnamese encodings with an explanation. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError({ file, where: null, field: null, found: 'các byte không phải UTF-8', expected: legacyExplanation(guessLegacyEncoding(bytes)) });
  }
  const garbled = detectGarbledLegacy(text);
  if (garbled !== null) {
    throw new ImportError({ file, where: null, field: null, found: `văn bản có ký tự ${garbled} bị đọc như Latin-1 (ví dụ "Céng hoµ")`, expected: legacyExplanation(garbled) });
  }
  return text;
}

/** Reads a .docx as plain text, one Word paragraph per paragraph. */
export async function readDocx(bytes: Uint8Array, file: string): Promise<string> {
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
  } catch (error) {
    throw new ImportError({ file, where: null, field: null, found: `một tệp .docx không đọc được (${(error as Error).message})`, expected: 'một văn bản Word .docx (Office Open XML)' });
  }
  const garbled = detectGarbledLegacy(value);
  if (garbled !== null) {
    throw new ImportError({ file, where: null, field: null, found: `văn bản gõ bằng phông chữ ${garbled}`, expected: legacyExplanation(garbled) });
  }
  return value;
}

/**
 * Reads `path` and returns its normalized text.
 * @throws {ImportError} for an unsupported extension, a legacy encoding or an unreadable file
 */
export async function readInput(path: string, file = path): Promise<{ kind: InputKind; text: string }> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.txt' && ext !== '.docx') {
    throw new ImportError({
      file,
      where: null,
      field: null,
      found: ext === '' ? 'một tệp không có phần mở rộng' : `một tệp ${ext}`,
      expected: 'một tệp .txt (văn bản UTF-8) hoặc .docx (Word); tệp dạng khác (.doc, .pdf, .rtf) thì lưu lại thành một trong hai dạng này trước',
    });
  }
  const bytes = readBytes(path, file);
  const raw = ext === '.docx' ? await readDocx(bytes, file) : decodeUtf8(bytes, file);
  const text = normalizeSourceText(raw);
  if (text.trim() === '') {
    throw new ImportError({
      file,
      where: null,
      field: null,
      found: bytes.length === 0 ? 'một tệp rỗng' : 'chỉ có khoảng trắng',
      expected: 'nội dung của một thông báo (chưa ghi gì)',
    });
  }
  return { kind: ext === '.docx' ? 'docx' : 'txt', text };
}

/** The file's bytes; a missing, unreadable or directory path becomes one line, not a stack trace. */
function readBytes(path: string, file: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const found =
      code === 'ENOENT' ? 'không có tệp này'
      : code === 'EACCES' || code === 'EPERM' ? 'một tệp người dùng này không được phép đọc'
      : code === 'EISDIR' ? 'một thư mục'
      : `một tệp không đọc được (${code ?? (error as Error).message})`;
    throw new ImportError({ file, where: null, field: null, found, expected: 'một tệp .txt hoặc .docx đọc được' });
  }
}
