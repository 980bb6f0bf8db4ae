import path from 'node:path';
import type { BatchSummary } from '../../../shared/batch';
import { describeProblem } from '../../../shared/errors';
import { translator } from '../../../shared/i18n';
import type { Lang } from '../../../shared/model';
import type { DesktopNote } from './desktop-notifier';

// The one desktop note at the end of a batch (pure). A toast has room for a few lines: the failed
// rows are named with their reason, up to FAILED_SHOWN, and the page has the rest.

const FAILED_SHOWN = 3;

export function batchNote(summary: BatchSummary, lang: Lang): DesktopNote {
  const t = translator(lang);
  const ok = summary.failed === 0 && summary.ok === summary.total;
  const failed = summary.rows.filter((row) => row.state !== 'ok');
  const title = t(ok ? 'notify.msg.batch.ok' : 'notify.msg.batch.failed', { total: summary.total, failed: failed.length });
  const lines = failed.slice(0, FAILED_SHOWN).map((row) => {
    // Rows of one 第三方平台 template share the project and its appid: the merchant tells them apart.
    const id = row.extAppid ?? row.appid;
    const name = id ? `${path.basename(row.project)} (${id})` : path.basename(row.project);
    const message = row.problem ? describeProblem(row.problem, lang).message : t('batch.state.queued');
    return t('notify.msg.batch.row', { name, message });
  });
  if (failed.length > FAILED_SHOWN) lines.push(t('notify.msg.batch.more', { n: failed.length - FAILED_SHOWN }));
  return { title, body: lines.join('\n'), ok };
}
