/** Text normalization applied to every string read from `content/`. */
import { normalizeViText } from '../domain/vi-number.ts';

/**
 * NFC (so "Tràng Định" typed on macOS equals the one typed on Windows) and single spaces
 * (the register writes `Xã  Hoàng Văn Thụ` with two), for every string inside parsed YAML.
 */
export function normalizeDeep(value: unknown): unknown {
  if (typeof value === 'string') return normalizeViText(value);
  if (Array.isArray(value)) return value.map(normalizeDeep);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeDeep(v)]));
  }
  return value;
}
