import type { Problem } from './model';

/** This machine's public IPv4 as an echo service saw it: the address to put on the upload IP whitelist. */
export type PublicIpResult = { ok: true; ip: string; source: string } | { ok: false; problem: Problem };
