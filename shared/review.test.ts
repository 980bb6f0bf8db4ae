import { describe, expect, it } from 'vitest';
import {
  checkEvent,
  daysInReview,
  localDay,
  otherInReview,
  phaseClock,
  reviewLookup,
  reviewSummary,
  tidyEvent,
  urgentUsedThisYear,
  type ReviewBook,
  type ReviewEvent,
  type ReviewState,
  type VersionReview,
} from './review';

const APPID = 'wx0123456789abcdef';
const ev = (state: ReviewState, at: string, extra: Partial<ReviewEvent> = {}): ReviewEvent => ({ state, at, recordedAt: `${at}T08:00:00.000Z`, ...extra });
const version = (v: string, ...events: ReviewEvent[]): VersionReview => ({ appid: APPID, version: v, events });
const book = (versions: VersionReview[], extra: Partial<ReviewBook> = {}): ReviewBook => ({ appid: APPID, versions, urgentQuota: 3, releasedBefore: false, ...extra });
const codeOf = (b: ReviewBook, v: string, event: ReviewEvent, today = '2026-05-20') => checkEvent(b, v, event, today)?.code ?? null;

describe('review transitions', () => {
  const allowed: Array<[ReviewEvent[], ReviewEvent]> = [
    [[], ev('submitted', '2026-05-01')],
    [[ev('submitted', '2026-05-01')], ev('approved', '2026-05-02')],
    [[ev('submitted', '2026-05-01')], ev('rejected', '2026-05-02', { reason: 'x' })],
    [[ev('submitted', '2026-05-01')], ev('withdrawn', '2026-05-01')],
    [[ev('submitted', '2026-05-01'), ev('rejected', '2026-05-02')], ev('submitted', '2026-05-03')],
    [[ev('submitted', '2026-05-01'), ev('withdrawn', '2026-05-02')], ev('submitted', '2026-05-02')],
    [[ev('submitted', '2026-05-01'), ev('approved', '2026-05-02')], ev('released', '2026-05-03', { mode: 'full' })],
  ];
  it.each(allowed)('allows %j then %j', (events, next) => {
    expect(codeOf(book([version('1.0.0', ...events)]), '1.0.0', next)).toBeNull();
  });

  it('allows a phased release to be recorded as reaching 全量', () => {
    const b = book([version('1.0.0', ev('submitted', '2026-05-01'), ev('approved', '2026-05-02'), ev('released', '2026-05-03', { mode: 'phased' }))], { releasedBefore: true });
    expect(codeOf(b, '1.0.0', ev('released', '2026-05-06', { mode: 'full' }))).toBeNull();
    expect(codeOf(b, '1.0.0', ev('released', '2026-05-06', { mode: 'phased' }))).toBe('review.transition-refused');
  });

  const refused: Array<[ReviewEvent[], ReviewEvent]> = [
    [[], ev('approved', '2026-05-01')],
    [[], ev('released', '2026-05-01', { mode: 'full' })],
    [[ev('submitted', '2026-05-01')], ev('submitted', '2026-05-02')],
    [[ev('submitted', '2026-05-01')], ev('released', '2026-05-02', { mode: 'full' })],
    [[ev('submitted', '2026-05-01'), ev('rejected', '2026-05-02')], ev('approved', '2026-05-03')],
    [[ev('submitted', '2026-05-01'), ev('approved', '2026-05-02')], ev('rejected', '2026-05-03')],
    [[ev('submitted', '2026-05-01'), ev('approved', '2026-05-02'), ev('released', '2026-05-03', { mode: 'full' })], ev('released', '2026-05-04', { mode: 'full' })],
    [[ev('submitted', '2026-05-01'), ev('approved', '2026-05-02'), ev('released', '2026-05-03', { mode: 'full' })], ev('submitted', '2026-05-04')],
  ];
  it.each(refused)('refuses %j then %j', (events, next) => {
    const problem = checkEvent(book([version('1.0.0', ...events)]), '1.0.0', next, '2026-05-20');
    expect(problem).toMatchObject({ code: 'review.transition-refused', severity: 'error', params: { to: next.state, version: '1.0.0' } });
  });

  it('refuses dates that are not days, lie ahead, or run backwards', () => {
    const b = book([version('1.0.0', ev('submitted', '2026-05-10'))]);
    expect(codeOf(b, '1.0.0', ev('approved', '2026-02-30'))).toBe('review.bad-date');
    expect(codeOf(b, '1.0.0', ev('approved', '2026-5-11'))).toBe('review.bad-date');
    expect(codeOf(b, '1.0.0', ev('approved', '2026-05-21'))).toBe('review.date-future');
    expect(codeOf(b, '1.0.0', ev('approved', '2026-05-09'))).toBe('review.date-before-last');
    expect(codeOf(b, '1.0.0', ev('approved', '2026-05-20'))).toBeNull();
  });

  it('keeps a second version from being submitted while one is in review, until its outcome is recorded', () => {
    const b = book([version('1.0.0', ev('submitted', '2026-05-10'))]);
    expect(checkEvent(b, '1.1.0', ev('submitted', '2026-05-11'), '2026-05-20')).toMatchObject({ code: 'review.other-in-review', params: { version: '1.0.0', since: '2026-05-10' } });
    expect(otherInReview(b, '1.1.0')?.version).toBe('1.0.0');
    expect(otherInReview(b, '1.0.0')).toBeNull();
    const withdrawn = book([version('1.0.0', ev('submitted', '2026-05-10'), ev('withdrawn', '2026-05-11'))]);
    expect(codeOf(withdrawn, '1.1.0', ev('submitted', '2026-05-11'))).toBeNull();
  });

  it('makes the first release 全量, unless the operator says the appid was released before', () => {
    const approved = version('1.0.0', ev('submitted', '2026-05-01'), ev('approved', '2026-05-02'));
    expect(codeOf(book([approved]), '1.0.0', ev('released', '2026-05-03', { mode: 'phased' }))).toBe('review.first-release-full');
    expect(codeOf(book([approved], { releasedBefore: true }), '1.0.0', ev('released', '2026-05-03', { mode: 'phased' }))).toBeNull();
    const earlier = version('0.9.0', ev('submitted', '2026-04-01'), ev('approved', '2026-04-02'), ev('released', '2026-04-03', { mode: 'full' }));
    expect(codeOf(book([earlier, approved]), '1.0.0', ev('released', '2026-05-03', { mode: 'phased' }))).toBeNull();
    expect(codeOf(book([approved]), '1.0.0', ev('released', '2026-05-03'))).toBe('review.mode-missing');
  });

  it('refuses another release while a phase runs, and allows it once day 15 has passed', () => {
    const phased = version('1.0.0', ev('submitted', '2026-05-01'), ev('approved', '2026-05-02'), ev('released', '2026-05-03', { mode: 'phased' }));
    const next = version('1.1.0', ev('submitted', '2026-05-05'), ev('approved', '2026-05-06'));
    const b = book([phased, next], { releasedBefore: true });
    expect(checkEvent(b, '1.1.0', ev('released', '2026-05-10', { mode: 'full' }), '2026-05-10')).toMatchObject({
      code: 'review.phase-running',
      params: { version: '1.0.0', day: 8, autoFullOn: '2026-05-17' },
    });
    expect(codeOf(b, '1.1.0', ev('released', '2026-05-18', { mode: 'full' }), '2026-05-18')).toBeNull();
  });
});

describe('review clocks', () => {
  it('counts days in review to today while in review, and to the outcome after it, across month and year ends', () => {
    const open = version('1.0.0', ev('submitted', '2026-12-30'));
    expect(daysInReview(open, '2026-12-30')).toEqual({ since: '2026-12-30', until: null, days: 0, pastUsual: false });
    expect(daysInReview(open, '2027-01-02')?.days).toBe(3);
    expect(daysInReview(open, '2027-01-06')).toMatchObject({ days: 7, pastUsual: false });
    expect(daysInReview(open, '2027-01-07')).toMatchObject({ days: 8, pastUsual: true });
    const closed = version('1.0.0', ev('submitted', '2026-02-27'), ev('approved', '2026-03-02'));
    expect(daysInReview(closed, '2026-06-01')).toEqual({ since: '2026-02-27', until: '2026-03-02', days: 3, pastUsual: false });
    // A resubmission starts a new count.
    const again = version('1.0.0', ev('submitted', '2026-05-01'), ev('rejected', '2026-05-04'), ev('submitted', '2026-05-06'));
    expect(daysInReview(again, '2026-05-07')).toMatchObject({ since: '2026-05-06', days: 1 });
    expect(daysInReview(version('1.0.0'), '2026-05-07')).toBeNull();
  });

  it('counts 加急 per calendar year over every version of the appid', () => {
    const b = book([
      version('1.0.0', ev('submitted', '2025-12-31', { urgent: true }), ev('rejected', '2026-01-01'), ev('submitted', '2026-01-01', { urgent: true })),
      version('1.1.0', ev('submitted', '2026-03-01'), ev('withdrawn', '2026-03-01'), ev('submitted', '2026-03-02', { urgent: true })),
    ]);
    expect(urgentUsedThisYear(b, '2025-12-31')).toBe(1);
    expect(urgentUsedThisYear(b, '2026-01-01')).toBe(2);
    expect(urgentUsedThisYear(b, '2026-12-31')).toBe(2);
    expect(urgentUsedThisYear(b, '2027-01-01')).toBe(0);
  });

  it('runs the phased clock from day 1 to day 15, stops it at 全量 and after day 15', () => {
    const phased = version('2.0.0', ev('submitted', '2026-01-20'), ev('approved', '2026-01-22'), ev('released', '2026-01-25', { mode: 'phased' }));
    const b = book([phased]);
    expect(phaseClock(b, '2026-01-25')).toEqual({ version: '2.0.0', startedAt: '2026-01-25', day: 1, autoFullOn: '2026-02-08' });
    expect(phaseClock(b, '2026-02-01')?.day).toBe(8);
    expect(phaseClock(b, '2026-02-08')?.day).toBe(15);
    expect(phaseClock(b, '2026-02-09')).toBeNull();
    const full = version('2.0.0', ...phased.events, ev('released', '2026-01-28', { mode: 'full' }));
    expect(phaseClock(book([full]), '2026-01-29')).toBeNull();
    expect(phaseClock(book([]), '2026-01-29')).toBeNull();
  });

  it('reads today in the local calendar', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDay(new Date(2026, 0, 6, 0, 0))).toBe('2026-01-06');
  });
});

describe('what is kept and shown of a record', () => {
  it('keeps only the fields of the event\'s state, and today when no day is given', () => {
    expect(tidyEvent({ state: 'approved', urgent: true, reason: 'x', mode: 'full' }, '2026-05-20', 'T')).toEqual({ state: 'approved', at: '2026-05-20', recordedAt: 'T' });
    expect(tidyEvent({ state: 'rejected', at: '2026-05-19', reason: '  类目不符  ' }, '2026-05-20', 'T')).toEqual({ state: 'rejected', at: '2026-05-19', reason: '类目不符', recordedAt: 'T' });
    expect(tidyEvent({ state: 'submitted', urgent: true }, '2026-05-20', 'T').urgent).toBe(true);
  });

  it('sums a version up for the history, joined by appid and version', () => {
    const v = version('1.0.0', ev('submitted', '2026-05-01'), ev('rejected', '2026-05-03'), ev('submitted', '2026-05-04'), ev('approved', '2026-05-06'), ev('released', '2026-05-07', { mode: 'phased' }), ev('released', '2026-05-12', { mode: 'full' }));
    expect(reviewSummary(v)).toEqual({ state: 'released', submittedAt: '2026-05-04', outcomeAt: '2026-05-06', releasedAt: '2026-05-07', mode: 'full' });
    const lookup = reviewLookup([v]);
    expect(lookup(APPID, '1.0.0')?.state).toBe('released');
    expect(lookup(APPID, '9.9.9')?.state).toBe('none');
    expect(lookup('wx1111111111111111', '1.0.0')?.state).toBe('none');
    expect(lookup(APPID, null)).toBeUndefined();
  });
});
