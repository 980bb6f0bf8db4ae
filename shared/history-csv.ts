import { csvText, type CsvCell } from './csv';
import type { ReleaseRecord } from './history';
import { FULL_PACKAGE, mainPackageBytes, packageBytes, problemWords, subpackageSizes } from './history-view';
import { translator, type MessageKey } from './i18n';
import type { Lang } from './model';
import { NO_REVIEWS, type ReviewLookup } from './review';
import { REVIEW_STATE_LABELS } from './review-labels';

// The history as a spreadsheet: one row per upload or preview, in the operator's language, sizes
// in bytes so the columns add up, the problem as its code and its words.

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11-30 18:00:04" in the machine's time zone: what Excel shows as a date and time. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

const COLUMNS: MessageKey[] = [
  'history.col.time',
  'history.col.kind',
  'history.col.result',
  'history.col.version',
  'history.col.notes',
  'history.col.robot',
  'history.col.operator',
  'history.col.seconds',
  'history.col.mainBytes',
  'history.col.totalBytes',
  'history.col.subpackages',
  'history.col.trial',
  'history.col.code',
  'history.col.problem',
  'history.col.review',
  'history.col.submittedAt',
  'history.col.outcomeAt',
  'history.col.releasedAt',
];

/** `reviews` joins each upload's version to its review records (state and dates, YYYY-MM-DD). */
export function historyCsv(records: readonly ReleaseRecord[], lang: Lang, reviews: ReviewLookup = NO_REVIEWS): string {
  const t = translator(lang);
  const rows: CsvCell[][] = records.map((record) => {
    const review = reviews(record.appid, record.version);
    return [
      localTime(record.startedAt),
      t(record.kind === 'upload' ? 'history.kind.upload' : 'history.kind.preview'),
      t(record.outcome.ok ? 'history.result.ok' : 'history.result.failed'),
      record.version,
      record.desc,
      record.robot,
      record.operator,
      Math.round(record.durationMs / 100) / 10,
      mainPackageBytes(record),
      packageBytes(record, FULL_PACKAGE),
      subpackageSizes(record)
        .map(({ name, bytes }) => `${name}=${bytes}`)
        .join('; '),
      record.trialVersion ? t('history.trialMark') : '',
      record.outcome.ok ? '' : record.outcome.code,
      problemWords(record, lang),
      review ? t(REVIEW_STATE_LABELS[review.state]) : '',
      review?.submittedAt ?? '',
      review?.outcomeAt ?? '',
      review?.releasedAt ?? '',
    ];
  });
  return csvText([COLUMNS.map((key) => t(key)), ...rows]);
}
