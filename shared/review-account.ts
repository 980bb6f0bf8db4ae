import type { Problem } from './model';

/** The test account a reviewer signs in with when the Mini Program needs login. Kept encrypted, per appid. */
export interface ReviewAccount {
  username: string;
  password: string;
  /** For the reviewer: how to reach the features behind login (optional). */
  note: string;
}

/** Saved, or kept for this session only (no real keychain on this machine), or refused with a problem. */
export type ReviewAccountSaved = { ok: true; sessionOnly: boolean } | { ok: false; problem: Problem };

/** The two lines pasted into the 提审 form's test account fields, or onto a hand-off card. */
export function accountLines(account: ReviewAccount, labels: { username: string; password: string }): string {
  return `${labels.username}${account.username}\n${labels.password}${account.password}`;
}
