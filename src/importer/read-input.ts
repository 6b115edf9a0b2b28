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
    throw new ImportError({ file, where: null, field: null, found: 'bytes that are not UTF-8', expected: legacyExplanation(guessLegacyEncoding(bytes)) });
  }
  const garbled = detectGarbledLegacy(text);
  if (garbled !== null) {
    throw new ImportError({ file, where: null, field: null, found: `text with ${garbled} characters read as Latin-1 (e.g. "Céng hoµ")`, expected: legacyExplanation(garbled) });
  }
  return text;
}

/** Reads a .docx as plain text, one Word paragraph per paragraph. */
export async function readDocx(bytes: Uint8Array, file: string): Promise<string> {
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
  } catch (error) {
    throw new ImportError({ file, where: null, field: null, found: `an unreadable .docx (${(error as Error).message})`, expected: 'a Word .docx document (Office Open XML)' });
  }
  const garbled = detectGarbledLegacy(value);
  if (garbled !== null) {
    throw new ImportError({ file, where: null, field: null, found: `text typed in a ${garbled} font`, expected: legacyExplanation(garbled) });
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
      found: ext === '' ? 'a file without extension' : `a ${ext} file`,
      expected: 'a .txt (UTF-8 text) or .docx (Word) file; save other formats (.doc, .pdf, .rtf) as one of these first',
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
      found: bytes.length === 0 ? 'an empty file' : 'only white space',
      expected: 'the text of a notice (nothing was written)',
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
      code === 'ENOENT' ? 'no such file'
      : code === 'EACCES' || code === 'EPERM' ? 'a file this user may not read'
      : code === 'EISDIR' ? 'a folder'
      : `a file that cannot be read (${code ?? (error as Error).message})`;
    throw new ImportError({ file, where: null, field: null, found, expected: 'a readable .txt or .docx file' });
  }
}
