/**
 * A text key that sorts like the number it stands for (for tablesort's text comparison):
 * 0.22 → "000000000000000.220000", 100.65 → "000000000000100.650000". Non-negative values only,
 * which is all the portal's figures are.
 */
export function numericSortKey(value: number): string {
  if (!(value >= 0)) throw new RangeError(`numericSortKey expects a non-negative number, got ${value}`);
  return value.toFixed(6).padStart(22, '0');
}
