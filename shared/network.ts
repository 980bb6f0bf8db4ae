import type { Problem } from './model';

/** One address the echo services saw, and which services saw it. */
export interface PublicIpAnswer {
  ip: string;
  sources: string[];
}

/**
 * This machine's public IPv4 as echo services saw it: the address to put on the upload IP whitelist.
 * Several answers mean several exits (an office network); `sharedEntry` is the one `a.b.c.*` entry that
 * covers them all when they share a /24, else null (each must be listed, at most 10 entries).
 */
export type PublicIpResult = { ok: true; answers: PublicIpAnswer[]; sharedEntry: string | null } | { ok: false; problem: Problem };

/** The most entries WeChat's upload IP whitelist holds. */
export const IP_WHITELIST_LIMIT = 10;
