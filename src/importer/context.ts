/** What every extractor shares: the segmented text, the reference lists and the notes so far. */
import type { Note } from './draft.ts';
import type { Reference } from './reference-lists.ts';
import type { Segments } from './segment.ts';

export interface ExtractContext {
  segments: Segments;
  reference: Reference;
  notes: Note[];
  /** The issuing province's name and id (Lạng Sơn, 20), once known. */
  province: { name: string; id: string } | null;
  /** Year of the notice, for dates printed without one. */
  year: number | null;
  /** The notice's issue date (ISO, maybe partial), once known: a document it cites is not dated after it. */
  issued?: string | null;
}
