import { daysInReview, localDay, PHASE_DAYS, phaseClock, type ReviewBook } from '../../../shared/review';
import type { NotifyMessage } from '../../../shared/notify';
import type { Logger } from '../logging/logger';
import type { StoreBackend } from '../settings/store-backend';
import type { NotifyFile } from './robot-store';

// Reminders for the clocks the operator records (review/): a phased release in its last days before
// WeChat turns it 全量 by itself (day 13 on), and a version in review past the usual days. Each goes out
// at most once a day per appid and version: what was sent is kept in the notify store.

/** From this day of 15 on, the phased release is "nearing day 15". */
export const PHASE_REMIND_FROM_DAY = PHASE_DAYS - 2;
/** How many sent reminders are remembered (a few per appid per day, a few appids). */
const REMEMBERED = 200;

export interface ClockRemindersDeps {
  books(): ReviewBook[];
  notify(message: NotifyMessage): Promise<void>;
  store: StoreBackend<NotifyFile>;
  logger: Logger;
  now?: () => Date;
}

/** The reminders due today, each with the key that keeps it to once a day. */
export function dueReminders(books: readonly ReviewBook[], today: string): Array<{ key: string; message: NotifyMessage }> {
  const base = (appid: string, version: string) => ({ projectName: appid, appid, version, notes: null, operator: '', result: { ok: true } as const });
  return books.flatMap((book) => {
    const due: Array<{ key: string; message: NotifyMessage }> = [];
    const phase = phaseClock(book, today);
    if (phase && phase.day >= PHASE_REMIND_FROM_DAY) {
      due.push({ key: `phase:${book.appid}:${phase.version}:${today}`, message: { ...base(book.appid, phase.version), kind: 'phase-ending', clock: { day: phase.day, date: phase.autoFullOn } } });
    }
    for (const review of book.versions) {
      const days = daysInReview(review, today);
      if (days && days.until === null && days.pastUsual) {
        due.push({ key: `review:${book.appid}:${review.version}:${today}`, message: { ...base(book.appid, review.version), kind: 'review-long', clock: { day: days.days, date: days.since } } });
      }
    }
    return due;
  });
}

export function createClockReminders(deps: ClockRemindersDeps) {
  const now = deps.now ?? (() => new Date());
  return {
    /** Sends what is due and not yet sent today; resolves when every robot has answered. */
    async run(): Promise<number> {
      const sent = new Set(deps.store.get('reminded') ?? []);
      const due = dueReminders(deps.books(), localDay(now())).filter((reminder) => !sent.has(reminder.key));
      for (const reminder of due) {
        deps.store.set('reminded', [...(deps.store.get('reminded') ?? []), reminder.key].slice(-REMEMBERED));
        await deps.notify(reminder.message).catch((error: unknown) => deps.logger.warn(`reminder failed: ${error instanceof Error ? error.message : String(error)}`));
      }
      return due.length;
    },
  };
}
