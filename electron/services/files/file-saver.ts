import fs from 'node:fs/promises';
import path from 'node:path';
import type { ReleaseRecord } from '../../../shared/history';
import { historyCsv } from '../../../shared/history-csv';
import { filterHistory, type HistoryFilter } from '../../../shared/history-view';
import { NO_REVIEWS, type ReviewLookup } from '../../../shared/review';
import type { Lang, Problem } from '../../../shared/model';
import { base64OfDataUrl, imageTypeOf } from '../../../shared/qr-image';
import type { SavedFile } from '../../../shared/saved-file';

// Files the operator keeps: the preview and 体验版 QR images, the history as CSV. The main process
// writes them where the operator chose in a save dialog (the harness has a preset folder instead), so
// the window never makes a download of its own and nothing unchecked lands on disk.

export interface SaveRequest {
  /** The file name the dialog proposes. */
  suggestedName: string;
  kind: 'image' | 'csv' | 'zip';
}

/** The save dialog: the chosen path, or null when the operator closed it. */
export type PickSavePath = (request: SaveRequest) => Promise<string | null>;

export interface FileSaverDeps {
  pickSavePath: PickSavePath;
  /** The CSV's language: the one the operator chose for the app. */
  lang(): Lang;
  now?: () => Date;
}

const pad = (n: number) => String(n).padStart(2, '0');
const stamp = (d: Date) => `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}`;
/** A folder's name as part of a file name on every system: no separators, reserved marks or spaces. */
const fileNamePart = (name: string) => name.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'project';

/** Asks where (the save dialog) and writes there; a failed write is the file.save-failed problem. */
export async function saveWhereChosen(pickSavePath: PickSavePath, request: SaveRequest, content: Uint8Array | string): Promise<SavedFile> {
  const chosen = await pickSavePath(request);
  if (!chosen) return { saved: false, problem: null };
  const file = path.resolve(chosen);
  try {
    await fs.writeFile(file, content);
  } catch (error) {
    const problem: Problem = { code: 'file.save-failed', severity: 'error', params: { path: file }, detail: (error as NodeJS.ErrnoException).code ?? String(error) };
    return { saved: false, problem };
  }
  return { saved: true, file };
}

export function createFileSaver(deps: FileSaverDeps) {
  const now = deps.now ?? (() => new Date());

  const write = (request: SaveRequest, content: Uint8Array | string) => saveWhereChosen(deps.pickSavePath, request, content);

  return {
    /** A QR image, refused unless its bytes are a PNG or a JPEG; the file's extension follows the bytes. */
    saveQr(request: { kind: 'preview' | 'trial'; appid: string; image: string }): Promise<SavedFile> {
      const bytes = Buffer.from(base64OfDataUrl(request.image) ?? '', 'base64');
      const type = imageTypeOf(bytes);
      if (!type) {
        const problem: Problem = { code: 'preview.qr-not-image', severity: 'error', detail: `first bytes: ${bytes.subarray(0, 16).toString('hex')}` };
        return Promise.resolve({ saved: false, problem });
      }
      const suggestedName = `${request.kind}-qr-${request.appid}-${stamp(now())}.${type === 'png' ? 'png' : 'jpg'}`;
      return write({ suggestedName, kind: 'image' }, bytes);
    },

    /** The hand-off card the window drew, refused unless its bytes are a PNG. */
    saveHandoffCard(request: { appid: string; version: string; image: string }): Promise<SavedFile> {
      const bytes = Buffer.from(base64OfDataUrl(request.image) ?? '', 'base64');
      if (imageTypeOf(bytes) !== 'png') return Promise.resolve({ saved: false, problem: { code: 'handoff.not-png', severity: 'error' } });
      return write({ suggestedName: `handoff-${request.appid}-${fileNamePart(request.version)}-${stamp(now())}.png`, kind: 'image' }, bytes);
    },

    /** The records the filter keeps (the same filter as on screen), as CSV in the operator's language. */
    saveHistoryCsv(records: readonly ReleaseRecord[], projectRoot: string, filter: HistoryFilter, reviews: ReviewLookup = NO_REVIEWS): Promise<SavedFile> {
      const lang = deps.lang();
      const csv = historyCsv(filterHistory(records, filter, lang, reviews), lang, reviews);
      return write({ suggestedName: `history-${fileNamePart(path.basename(projectRoot))}-${stamp(now())}.csv`, kind: 'csv' }, csv);
    },
  };
}

export type FileSaver = ReturnType<typeof createFileSaver>;
