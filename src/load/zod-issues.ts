/**
 * Turns zod validation errors into content issues that name field, value found and expectation,
 * in Vietnamese: every schema of content/ is parsed with `parseContent`, which gives zod its own
 * Vietnamese locale (`z.locales.vi()`) for that parse only (zod's global config, which Astro's
 * own schemas share, is left alone). The schemas' custom messages (domain/schemas/) are written
 * in Vietnamese and take precedence over the locale.
 */
import { z } from 'astro/zod';
import type { ContentIssue } from './errors.ts';
import { showValue } from './errors.ts';

const zodVi = z.locales.vi().localeError;

/**
 * zod's Vietnamese locale leaves most type names in English ("mong đợi string"); these are the
 * words the site uses for them (i18n/vi.ts, `fieldType`), put in place of the name it prints.
 */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'văn bản',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true hoặc false',
  array: 'danh sách',
  'mảng': 'danh sách',
  object: 'một nhóm trường',
};

/** zod's Vietnamese message for `issue`, with the type name after "mong đợi" in the site's words. */
const contentErrorMap: z.core.$ZodErrorMap = (issue) => {
  const message = zodVi(issue);
  const text = typeof message === 'string' ? message : message?.message;
  return text?.replace(/(mong đợi )([^\s,]+)/u, (all, lead: string, word: string) => (TYPE_NAMES[word] ? `${lead}${TYPE_NAMES[word]}` : all));
};

/** Parses one piece of content against its schema, the input kept in each issue, zod's messages in Vietnamese. */
export function parseContent<S extends z.ZodType>(schema: S, input: unknown): z.ZodSafeParseResult<z.output<S>> {
  return schema.safeParse(input, { reportInput: true, error: contentErrorMap });
}

/**
 * What zod's Vietnamese message says is needed, worded to follow "cần": its lead-in ("Đầu vào
 * không hợp lệ: mong đợi …", "Quá nhỏ: mong đợi …", "Chuỗi không hợp lệ: phải …") and the
 * type it received (", nhận được …", shown as the value found) taken off. A schema's own
 * message is kept as written.
 */
export function expectationOf(message: string): string {
  return message
    .replace(/^(?:(?:Đầu vào|Tùy chọn|Chuỗi|Số) không hợp lệ|Quá (?:nhỏ|lớn)): (?:mong đợi |phải )?/u, '')
    .replace(/, nhận được [^,]+$/u, '');
}

/** Renders a zod path readably: `directives[3].lead[0].agency`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** One issue per zod issue, with the offending value taken from the input. */
export function issuesFromZod(error: z.ZodError, file: string, where: string | null, input: unknown): ContentIssue[] {
  return error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    if (keys.length > 0) {
      return { file, where, field: formatPath(issue.path) || null, found: keys.join(', '), expected: 'chỉ các trường có trong định dạng dữ liệu (có trường lạ)' };
    }
    const found = valueAt(input, issue.path);
    return {
      file,
      where,
      field: formatPath(issue.path) || null,
      found: showValue(found),
      expected: expectationOf(issue.message),
    };
  });
}
