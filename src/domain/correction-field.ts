/**
 * The fields a correction may name (schemas/correction.ts), and the value a document holds at
 * one: `title`, `directives[2.1-a].topic` (an element of a list by its `id`, else its `item`,
 * else its index), `entries[0].status`, `figures[thu-nsnn].value` (a figure row by id). Shared by
 * the desk, which writes corrections, and the loader, which checks them.
 */

export type FieldStep = { key: string } | { select: string };

/** `directives[2.1-a].topic` → key directives, select 2.1-a, key topic; null when malformed. */
export function parseFieldPath(path: string): FieldStep[] | null {
  const steps: FieldStep[] = [];
  const re = /([A-Za-z_][A-Za-z0-9_]*)|\[([^\]]+)\]|(\.)/gy;
  let expectKey = true;
  for (let m = re.exec(path); m !== null && re.lastIndex <= path.length; m = re.exec(path)) {
    if (m[1] !== undefined) {
      if (!expectKey) return null;
      steps.push({ key: m[1] });
      expectKey = false;
    } else if (m[2] !== undefined) {
      if (expectKey) return null;
      steps.push({ select: m[2] });
    } else {
      if (expectKey) return null;
      expectKey = true;
    }
    if (re.lastIndex === path.length) return expectKey ? null : steps;
  }
  return null;
}

/** The element of `list` that `select` names: by id, by item, or by index. */
function pick(list: readonly unknown[], select: string): unknown {
  const byName = list.find((x) => x !== null && typeof x === 'object' && ((x as Record<string, unknown>)['id'] === select || (x as Record<string, unknown>)['item'] === select));
  if (byName !== undefined) return byName;
  return /^\d+$/u.test(select) ? list[Number(select)] : undefined;
}

/** The holder of the field's last step and that step, or null when the path leads nowhere. */
export function locateField(root: Record<string, unknown>, path: string): { holder: Record<string, unknown>; key: string } | null {
  const steps = parseFieldPath(path);
  if (steps === null) return null;
  let at: unknown = root;
  for (const [i, s] of steps.entries()) {
    if (at === null || typeof at !== 'object') return null;
    if ('key' in s) {
      if (i === steps.length - 1) return Object.hasOwn(at, s.key) || !Array.isArray(at) ? { holder: at as Record<string, unknown>, key: s.key } : null;
      at = (at as Record<string, unknown>)[s.key];
    } else {
      if (!Array.isArray(at)) return null;
      at = pick(at, s.select);
    }
  }
  return null;
}

/** The value at a field as a correction writes it: a string, '' for blank; undefined when there is no such field. */
export function fieldText(root: Record<string, unknown>, path: string): string | undefined {
  const place = locateField(root, path);
  if (place === null || !Object.hasOwn(place.holder, place.key)) return undefined;
  const v = place.holder[place.key];
  if (v === null || v === undefined) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}
