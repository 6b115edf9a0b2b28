/**
 * Recognizes text in a legacy Vietnamese encoding, so that it is refused (by the importer and
 * by the content loader) instead of being read as garbage.
 *
 * Before Unicode, Vietnamese offices typed with TCVN3 (ABC, ".Vn" fonts), VNI or Windows-1258
 * code pages; such files still circulate. No library detects these, so this is a small
 * heuristic on their byte patterns, and on the garbled characters they leave when a tool
 * converted them to UTF-8 as if they were Latin-1 ("Céng hoµ x· héi chñ nghÜa ViÖt Nam").
 */

/** Which legacy encoding the text looks like, or null when it reads as Unicode Vietnamese. */
export type LegacyEncoding = 'TCVN3' | 'VNI' | 'Windows-1258' | 'unknown';

// Letters of Vietnamese written in Unicode beyond ASCII: ă â đ ê ô ơ ư and every toned vowel.
const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/giu;
// TCVN3 stores toned vowels in 0xA1–0xFE; read as Latin-1 they show as these signs inside words
// (µ = à, ¸ = á, · = ã, ® = đ, « = ô, ¬ = ơ, ­ = ư, ¨ = ă, © = â, ª = ê).
// Only the signs of 0xA8–0xB9 are counted: VNI and Unicode Vietnamese never put them in a word.
const TCVN3_SIGN = /\p{L}[µ¸¶·¹®«¬¨©ª]|[µ¸¶·¹®«¬¨©ª]\p{L}/gu;
// VNI writes a base vowel followed by a mark byte: "Vieät", "hoøa", "chuû" (ä ø û ö ï …).
const VNI_SIGN = /[aeiouyAEIOUY][äåëöøûüïñÄÅÖØÛÜ]/gu;
// Whether a text holds any of the signs at all.
const TCVN3_ANY = /[µ¸¶·¹®«¬¨©ª]/u;
const VNI_ANY = /[äåëöøûüïñÄÅÖØÛÜ]/u;
// Windows-1258 keeps tone marks as separate bytes after the vowel: 0xCC ̀, 0xEC ́, 0xD2 ̉, 0xDE ̃, 0xF2 ̣.
const CP1258_TONE_BYTES = new Set([0xcc, 0xec, 0xd2, 0xde, 0xf2]);

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

function cp1258Tones(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 1; i < bytes.length; i++) {
    if (CP1258_TONE_BYTES.has(bytes[i]!) && /[aeiouyâêôăơư]/i.test(String.fromCharCode(bytes[i - 1]!))) n++;
  }
  return n;
}

/** Guesses the legacy encoding of bytes that are not valid UTF-8. */
export function guessLegacyEncoding(bytes: Uint8Array): LegacyEncoding {
  const latin1 = new TextDecoder('latin1').decode(bytes);
  const scores: [LegacyEncoding, number][] = [
    ['TCVN3', count(latin1, TCVN3_SIGN)],
    ['VNI', count(latin1, VNI_SIGN)],
    ['Windows-1258', cp1258Tones(bytes) * 2],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  return scores[0]![1] > 0 ? scores[0]![0] : 'unknown';
}

/**
 * Looks for legacy-encoded Vietnamese that was already converted to UTF-8 character by
 * character (so it is valid UTF-8 but unreadable). Returns the encoding or null.
 */
export function detectGarbledLegacy(text: string): LegacyEncoding | null {
  // Most texts hold none of the signs: those are read once, by the cheap test (the loader reads
  // every notice through here; counting every Vietnamese letter of each took 0.7 s at 5,001).
  const tcvn3 = TCVN3_ANY.test(text) ? count(text, TCVN3_SIGN) : 0;
  const vni = VNI_ANY.test(text) ? count(text, VNI_SIGN) : 0;
  const worst = Math.max(tcvn3, vni);
  // Real Vietnamese has far more of its own letters than stray Latin-1 signs; a garbled
  // text has the opposite. A few signs in a long Unicode text (a quoted "µ") are tolerated.
  if (worst >= 3 && worst > count(text, VIETNAMESE_LETTER)) return tcvn3 >= vni ? 'TCVN3' : 'VNI';
  return null;
}

/** The explanation shown when a legacy-encoded file is refused (what is needed, worded to follow "cần"). */
export function legacyExplanation(encoding: LegacyEncoding): string {
  const which = encoding === 'unknown' ? 'một bảng mã cũ (không phải Unicode)' : `bảng mã cũ ${encoding}`;
  return (
    `văn bản Unicode UTF-8. Tệp này có vẻ là tiếng Việt theo ${which}; nhập tệp này sẽ lưu lại ` +
    'các chữ không đọc được. Hãy chuyển sang Unicode trước (ví dụ Unikey → Công cụ chuyển mã, ' +
    'hoặc mở bằng Word/LibreOffice với đúng phông chữ rồi lưu thành văn bản UTF-8 hoặc .docx), sau đó nhập lại'
  );
}
