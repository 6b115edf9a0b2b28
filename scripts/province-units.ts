/**
 * Prints the units.csv of one province: its rows of the national register
 * (content/gazetteer/units-vn-2025-03-01.csv), province first, then each district followed by
 * its communes, as the register lists them. For an office starting the portal for its own
 * province (docs/provinces.md, "Another province"), and to regenerate this portal's file; the
 * build checks units.csv against the same register. The rows and bytes are provinceUnitsCsv's
 * (src/load/gazetteer.ts), the only writer of units.csv.
 *
 * Usage: node scripts/province-units.ts <province-code> > content/localities/units.csv
 */
import { provinceUnits, provinceUnitsCsv, readGazetteer } from '../src/load/gazetteer.ts';

const code = process.argv[2];
if (!code || !/^\d{2}$/.test(code)) {
  console.error('Usage: node scripts/province-units.ts <two-digit province code, e.g. 20>');
  process.exit(2);
}
const register = readGazetteer();
if (provinceUnits(register, code).length === 0) {
  console.error(`No province ${code} in content/gazetteer/units-vn-2025-03-01.csv`);
  process.exit(1);
}
process.stdout.write(provinceUnitsCsv(register, code));
