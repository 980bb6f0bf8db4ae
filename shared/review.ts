import type { Problem } from './model';

// 提交审核 and 发布 happen on mp.weixin.qq.com (no API for an ordinary account), so the app keeps
// what the operator tells it happened there, per appid and version, and derives the clocks from
// it: days in review, 加急 used this year, the phased release's 15 days. Pure: dates come in as
// calendar days ("YYYY-MM-DD", the operator's own day), and "today" is always passed in.

export const REVIEW_STATES = ['submitted', 'approved', 'rejected', 'withdrawn', 'released'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];
export type ReleaseMode = 'full' | 'phased';

export interface ReviewEvent {
  state: ReviewState;
  /** The calendar day the operator confirms it happened (default today), YYYY-MM-DD. */
  at: string;
  /** 加急 was asked for (on submitted only). */
  urgent?: boolean;
  /** WeChat's 审核不通过 text as pasted (on rejected only): kept to explain and to fix. */
  reason?: string;
  /** 全量 or 分阶段 (on released only). */
  mode?: ReleaseMode;
  /** When the record was made, ISO time. */
  recordedAt: string;
}

/** What the operator records; the day defaults to today. */
export type ReviewEventInput = Omit<ReviewEvent, 'recordedAt' | 'at'> & { at?: string };

export interface VersionReview {
  appid: string;
  version: string;
  /** Oldest first. */
  events: ReviewEvent[];
}

/** Everything kept for one appid. */
export interface ReviewBook {
  appid: string;
  versions: VersionReview[];
  /** 加急 allowed per calendar year: about 3 (1 for personal subjects), unverified, so the operator sets it. */
  urgentQuota: number;
  /** The operator said this appid was released before (outside this app): the first-release rule is met. */
  releasedBefore: boolean;
}

export type ReviewRecordResult = { ok: true; review: VersionReview } | { ok: false; problem: Problem };

export const DEFAULT_URGENT_QUOTA = 3;
export const URGENT_QUOTA_MAX = 50;
/** Review usually takes 1–7 days (community sources). */
export const USUAL_REVIEW_DAYS = 7;
/** A phased release reaches 全量 by itself on day 15. */
export const PHASE_DAYS = 15;
export const REASON_MAX = 10_000;

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** The day of a local time, as the operator's calendar shows it. */
export function localDay(time: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}

const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);

/** Whole calendar days from `from` to `to` (0 on the same day). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(day: string, days: number): string {
  return new Date((dayNumber(day) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Where a version stands: its last event, or 'none' before it was submitted. */
export type CurrentState = ReviewState | 'none';

export function currentState(review: VersionReview | undefined): CurrentState {
  return review?.events.at(-1)?.state ?? 'none';
}

/** May this event follow the version's last one? (Only the states; other rules are in `checkEvent`.) */
export function allowedAfter(last: ReviewEvent | undefined, next: Pick<ReviewEvent, 'state' | 'mode'>): boolean {
  switch (last?.state) {
    case undefined:
    case 'rejected':
    case 'withdrawn':
      return next.state === 'submitted';
    case 'submitted':
      return next.state === 'approved' || next.state === 'rejected' || next.state === 'withdrawn';
    case 'approved':
      return next.state === 'released';
    case 'released':
      // The phase reaching 全量 is recorded as a second, full release of the same version.
      return last.mode === 'phased' && next.state === 'released' && next.mode === 'full';
  }
}

/** The days the latest submission of the version spent in review: to its outcome, or to today. */
export interface ReviewDays {
  since: string;
  until: string | null;
  days: number;
  pastUsual: boolean;
}

export function daysInReview(review: VersionReview | undefined, today: string): ReviewDays | null {
  const events = review?.events ?? [];
  const index = events.findLastIndex((event) => event.state === 'submitted');
  if (index < 0) return null;
  const since = events[index]!.at;
  const until = events[index + 1]?.at ?? null;
  const days = daysBetween(since, until ?? today);
  return { since, until, days, pastUsual: days > USUAL_REVIEW_DAYS };
}

/** 加急 asked for in `today`'s calendar year, over every version of the appid. */
export function urgentUsedThisYear(book: Pick<ReviewBook, 'versions'>, today: string): number {
  const year = today.slice(0, 4);
  return book.versions.flatMap((review) => review.events).filter((event) => event.state === 'submitted' && event.urgent && event.at.startsWith(year)).length;
}

export interface PhaseClock {
  version: string;
  startedAt: string;
  /** Day N of 15 (day 1 is the day it started). */
  day: number;
  /** Day 15: it goes 全量 by itself unless it reached 全量 or was revoked first. */
  autoFullOn: string;
}

/**
 * The phased release under way for the appid, or null: the newest release is phased, not yet
 * recorded as 全量, and day 15 has not passed. While it runs no other release or 版本回退 is possible.
 */
export function phaseClock(book: Pick<ReviewBook, 'versions'>, today: string): PhaseClock | null {
  const releases = book.versions.flatMap((review) => review.events.filter((event) => event.state === 'released').map((event) => ({ version: review.version, event })));
  const newest = releases.sort((a, b) => a.event.at.localeCompare(b.event.at) || a.event.recordedAt.localeCompare(b.event.recordedAt)).at(-1);
  if (!newest || newest.event.mode !== 'phased') return null;
  const day = daysBetween(newest.event.at, today) + 1;
  if (day > PHASE_DAYS) return null;
  return { version: newest.version, startedAt: newest.event.at, day: Math.max(day, 1), autoFullOn: addDays(newest.event.at, PHASE_DAYS - 1) };
}

/** Another version of the appid waiting for its review outcome, which keeps this one from being submitted. */
export function otherInReview(book: Pick<ReviewBook, 'versions'>, version: string): VersionReview | null {
  return book.versions.find((review) => review.version !== version && currentState(review) === 'submitted') ?? null;
}

/** Was this appid ever released, through the app or (as the operator says) before it? */
export function everReleased(book: ReviewBook): boolean {
  return book.releasedBefore || book.versions.some((review) => review.events.some((event) => event.state === 'released'));
}

function refuse(code: Problem['code'], params?: Problem['params']): Problem {
  return { code, severity: 'error', params };
}

/**
 * Whether the event may be recorded for this version, as a problem when not: the transitions,
 * dates that neither run backwards nor lie in the future, one version in review at a time, the
 * first release 全量, and no release while another phase runs.
 */
export function checkEvent(book: ReviewBook, version: string, event: Omit<ReviewEvent, 'recordedAt'>, today: string): Problem | null {
  const review = book.versions.find((entry) => entry.version === version);
  const last = review?.events.at(-1);
  if (!isCalendarDay(event.at)) return refuse('review.bad-date', { at: event.at });
  if (daysBetween(today, event.at) > 0) return refuse('review.date-future', { at: event.at, today });
  if (event.state === 'released' && !event.mode) return refuse('review.mode-missing');
  if (!allowedAfter(last, event)) return refuse('review.transition-refused', { from: last?.state ?? 'none', to: event.state, version });
  if (last && daysBetween(last.at, event.at) < 0) return refuse('review.date-before-last', { at: event.at, last: last.at });
  if (event.state === 'submitted') {
    const other = otherInReview(book, version);
    if (other) return refuse('review.other-in-review', { version: other.version, since: daysInReview(other, today)?.since ?? '' });
  }
  if (event.state === 'released') {
    const phase = phaseClock(book, today);
    if (phase && phase.version !== version) return refuse('review.phase-running', { version: phase.version, day: phase.day, autoFullOn: phase.autoFullOn });
    if (event.mode === 'phased' && !everReleased(book)) return refuse('review.first-release-full');
  }
  return null;
}

/** Keeps only the fields that belong to the event's state, so a stray checkbox is not kept. */
export function tidyEvent(event: ReviewEventInput, today: string, recordedAt: string): ReviewEvent {
  const tidy: ReviewEvent = { state: event.state, at: event.at ?? today, recordedAt };
  if (event.state === 'submitted' && event.urgent) tidy.urgent = true;
  if (event.state === 'rejected' && event.reason?.trim()) tidy.reason = event.reason.trim();
  if (event.state === 'released' && event.mode) tidy.mode = event.mode;
  return tidy;
}

/** The version's review records, or an empty one. */
export function reviewOf(book: Pick<ReviewBook, 'appid' | 'versions'>, version: string): VersionReview {
  return book.versions.find((entry) => entry.version === version) ?? { appid: book.appid, version, events: [] };
}

/** What a history row shows of its version: the state and the dates that matter. */
export interface ReviewSummary {
  state: CurrentState;
  submittedAt: string | null;
  /** The day the latest submission was approved, rejected or withdrawn. */
  outcomeAt: string | null;
  releasedAt: string | null;
  mode: ReleaseMode | null;
}

export function reviewSummary(review: VersionReview | undefined): ReviewSummary {
  const events = review?.events ?? [];
  const submitted = events.findLastIndex((event) => event.state === 'submitted');
  const outcome = submitted >= 0 ? events[submitted + 1] : undefined;
  const released = events.findLast((event) => event.state === 'released');
  return {
    state: currentState(review),
    submittedAt: submitted >= 0 ? events[submitted]!.at : null,
    outcomeAt: outcome?.at ?? null,
    releasedAt: events.find((event) => event.state === 'released')?.at ?? null,
    mode: released?.mode ?? null,
  };
}

/** A history row's version: its review state and dates; undefined for a record without a version (a preview). */
export type ReviewLookup = (appid: string, version: string | null) => ReviewSummary | undefined;

export const NO_REVIEWS: ReviewLookup = () => undefined;

/** One lookup over many versions' records, read once (a CSV of thousands of rows asks for each). */
export function reviewLookup(reviews: readonly VersionReview[]): ReviewLookup {
  const byKey = new Map(reviews.map((review) => [`${review.appid}\u0000${review.version}`, review]));
  return (appid, version) => (version === null ? undefined : reviewSummary(byKey.get(`${appid}\u0000${version}`)));
}
