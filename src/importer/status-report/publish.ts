/**
 * How `npm run publish-draft` publishes a report draft (../publish.ts does the rest, as for a
 * notice): report.yaml, source.txt and figures.csv go to `content/reports/<year>/<id>/` once the whole
 * content, with the report in it, passes every check of the build (src/load/check-reports.ts).
 */
import type { DraftKind } from '../publish.ts';

/** A status report: report.yaml (all YAML), source.txt and, when it gives figures, figures.csv. */
export const REPORT_DRAFT: DraftKind = {
  dataFile: 'report.yaml',
  files: ['report.yaml', 'source.txt', 'figures.csv'],
  folder: 'reports',
  noun: 'báo cáo',
  idShape: 'yyyy-mm-bc-issuer',
  yamlOf: (text) => text,
  before: () => [],
  after: (id) => [`npm run build, then read /bao-cao/${id}/ and the pages of the notice it answers against the original document`],
};
