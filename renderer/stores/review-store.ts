import { create } from 'zustand';
import type { Problem } from '../../shared/model';
import { localDay, reviewLookup, type ReviewBook, type ReviewEventInput, type ReviewLookup } from '../../shared/review';
import { api } from '../api';
import { attempt } from './call-failure';

// What the operator recorded of 提交审核 and 发布 (per appid: every version, the 加急 quota, whether
// it was released before the app), the last refusal, and every appid's book for the start-up banner.

interface ReviewStoreState {
  books: Record<string, ReviewBook>;
  /** Why the last record or load for the appid failed, shown beside the form. */
  problems: Record<string, Problem | null>;
  /** Every appid with records, loaded at start for the phased-release banner. */
  all: ReviewBook[];
  load(appid: string): Promise<void>;
  loadAll(): Promise<void>;
  /** Records one event of a version; true when it was kept. */
  record(appid: string, version: string, event: ReviewEventInput): Promise<boolean>;
  setUrgentQuota(appid: string, quota: number): Promise<void>;
  setReleasedBefore(appid: string, releasedBefore: boolean): Promise<void>;
}

export const useReviewStore = create<ReviewStoreState>((set, get) => {
  const keep = (book: ReviewBook) => set({ books: { ...get().books, [book.appid]: book }, problems: { ...get().problems, [book.appid]: null } });
  const fail = (appid: string, problem: Problem) => set({ problems: { ...get().problems, [appid]: problem } });
  return {
    books: {},
    problems: {},
    all: [],
    async load(appid) {
      const book = await attempt(() => api().review.list({ appid }));
      if (book.ok) keep(book.value);
      else fail(appid, book.problem);
    },
    async loadAll() {
      const books = await attempt(() => api().review.all());
      if (books.ok) set({ all: books.value });
    },
    async record(appid, version, event) {
      const result = await attempt(() => api().review.record({ appid, version, event }));
      if (!result.ok || !result.value.ok) {
        fail(appid, result.ok ? (result.value as { problem: Problem }).problem : result.problem);
        return false;
      }
      await Promise.all([get().load(appid), get().loadAll()]);
      return true;
    },
    async setUrgentQuota(appid, quota) {
      const book = await attempt(() => api().review.setUrgentQuota({ appid, quota }));
      if (book.ok) keep(book.value);
      else fail(appid, book.problem);
    },
    async setReleasedBefore(appid, releasedBefore) {
      const book = await attempt(() => api().review.setReleasedBefore({ appid, releasedBefore }));
      if (book.ok) keep(book.value);
      else fail(appid, book.problem);
    },
  };
});

export const selectBook = (appid: string) => (state: ReviewStoreState) => state.books[appid];
export const selectReviewProblem = (appid: string) => (state: ReviewStoreState) => state.problems[appid] ?? null;

/** Today in the operator's calendar: the default day of a record and the "now" of every clock. */
export const today = () => localDay(new Date());

/** The history's join: every loaded appid's versions, by appid + version. */
export function lookupOf(books: Record<string, ReviewBook>): ReviewLookup {
  return reviewLookup(Object.values(books).flatMap((book) => book.versions));
}
