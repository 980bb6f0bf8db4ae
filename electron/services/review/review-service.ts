import { checkEvent, localDay, reviewLookup, reviewOf, tidyEvent, type ReviewBook, type ReviewEventInput, type ReviewLookup, type ReviewRecordResult } from '../../../shared/review';
import type { ReviewRepository } from './review-repository';

// The review records behind the contract: every new event is checked against the version's
// records and the appid's other versions (shared/review.ts) before it is written.

export interface ReviewService {
  list(appid: string): ReviewBook;
  all(): ReviewBook[];
  record(appid: string, version: string, event: ReviewEventInput): ReviewRecordResult;
  setUrgentQuota(appid: string, quota: number): ReviewBook;
  setReleasedBefore(appid: string, releasedBefore: boolean): ReviewBook;
  /** The review state and dates of history rows, read once for all of them. */
  lookup(): ReviewLookup;
}

export function createReviewService(repository: ReviewRepository, now: () => Date = () => new Date()): ReviewService {
  return {
    list: (appid) => repository.book(appid),
    all: () => repository.appids().map((appid) => repository.book(appid)),
    record(appid, version, input) {
      const time = now();
      const today = localDay(time);
      const book = repository.book(appid);
      const event = tidyEvent(input, today, time.toISOString());
      const problem = checkEvent(book, version, event, today);
      if (problem) return { ok: false, problem };
      const review = reviewOf(book, version);
      const updated = { ...review, events: [...review.events, event] };
      repository.saveVersion(updated);
      return { ok: true, review: updated };
    },
    setUrgentQuota(appid, quota) {
      repository.setApp(appid, { urgentQuota: quota });
      return repository.book(appid);
    },
    setReleasedBefore(appid, releasedBefore) {
      repository.setApp(appid, { releasedBefore });
      return repository.book(appid);
    },
    lookup: () => reviewLookup(repository.entries()),
  };
}
