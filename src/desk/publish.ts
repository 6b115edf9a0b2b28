/**
 * Publishing a draft from the desk: the editor's "Công bố". Every item accepted, then the same
 * publication as `npm run publish-draft` (src/importer/publish.ts: the whole content checked with
 * the draft in it, in a copy, by the loader; the folder renamed into content/ in one step), under
 * the draft's lock, so two tabs cannot both publish it: the second waits for nothing, is refused,
 * and finds the draft published.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContentIssue } from '../load/errors.ts';
import { publishDraft } from '../importer/publish.ts';
import { documentFiles, readDocument, writeFilesAtomically } from './documents.ts';
import { readState, withPublishLock, writeState } from './draft-state.ts';
import { reviewItems } from './items.ts';

export type PublishOutcome =
  | { status: 'locked' }
  | { status: 'already'; folder: string }
  | { status: 'pending'; keys: string[] }
  | { status: 'refused'; issues: ContentIssue[] }
  | { status: 'published'; folder: string; kind: 'notice' | 'report'; id: string };

/** Publishes the draft in `draftDir` as `id` into `contentDir`. */
export async function publishFromDesk(draftDir: string, id: string, contentDir: string): Promise<PublishOutcome> {
  const outcome = await withPublishLock(draftDir, (): PublishOutcome => {
    const state = readState(draftDir);
    if (state.published) return { status: 'already', folder: state.published.folder };
    const doc = readDocument(draftDir);
    if (doc === null) return { status: 'refused', issues: [{ file: draftDir, where: null, field: null, found: null, expected: 'một thư mục bản nháp do công cụ nhập văn bản tạo ra' }] };
    const accepted = new Set(state.accepted);
    const pending = reviewItems(doc).map((i) => i.key).filter((k) => !accepted.has(k));
    if (pending.length > 0) return { status: 'pending', keys: pending };
    // What is published is the reviewed draft without its draft flag (and without an emptied review list).
    const data = { ...doc.data };
    delete data['draft'];
    if (Array.isArray(data['review']) && data['review'].length === 0) delete data['review'];
    const stage = join(mkdtempSync(join(tmpdir(), 'tp-desk-')), id);
    mkdirSync(stage);
    try {
      writeFilesAtomically(stage, documentFiles({ ...doc, data }));
      for (const f of ['source.txt', 'criteria.csv']) if (existsSync(join(draftDir, f))) copyFileSync(join(draftDir, f), join(stage, f));
      const result = publishDraft(stage, contentDir, id);
      if (result.folder === null) return { status: 'refused', issues: result.issues };
      writeState(draftDir, { ...state, published: { folder: result.folder, at: new Date().toISOString() } });
      return { status: 'published', folder: result.folder, kind: doc.kind, id };
    } finally {
      rmSync(join(stage, '..'), { recursive: true, force: true });
    }
  });
  return outcome ?? { status: 'locked' };
}
