// 项目总览: one row per known project, assembled in the main process from what the app already
// keeps (recent projects, history, review records, keys, ticks, answers) and the two facts the
// fleet records itself (the last connection check, the domain lists at the last open). Plain data.

/** Where the project's newest version stands: its review state when recorded, else what the upload made it. */
export const FLEET_STATES = ['none', 'uploaded', 'trial', 'submitted', 'approved', 'rejected', 'withdrawn', 'released'] as const;
export type FleetState = (typeof FLEET_STATES)[number];

export interface FleetVersion {
  version: string;
  state: Exclude<FleetState, 'none'>;
  /** When it got there: the upload's start, or the day of its latest review event (YYYY-MM-DD). */
  at: string;
}

export interface FleetKey {
  fingerprint: string;
  importedAt: string;
  /** Whole days since the import. */
  ageDays: number;
  /** Held for this session only (no keychain): gone at the next start. */
  sessionOnly: boolean;
}

/** The last connection check of the project (key, AppID, IP whitelist), as it ended. */
export interface FleetCheck {
  at: string;
  ok: boolean;
  /** The problem's code when it failed. */
  code: string | null;
  /** The IP WeChat refused, when it named one. */
  ip: string | null;
}

/** The copy lists the code needed at the last open, against the entries ticked as configured. */
export interface FleetDomains {
  /** When the lists were read (the last time the project was opened). */
  at: string;
  /** Entries across the five lists. */
  total: number;
  /** Entries not ticked as configured. */
  open: number;
}

/** A clock that runs by itself: a phased release's 15 days, or the days a version has been in review. */
export type FleetClock =
  | { kind: 'phase'; version: string; day: number; autoFullOn: string }
  | { kind: 'review'; version: string; days: number; since: string; pastUsual: boolean };

export interface FleetRow {
  projectRoot: string;
  appid: string;
  projectName: string;
  openedAt: string;
  /** null: never uploaded through the app and nothing recorded of a review. */
  version: FleetVersion | null;
  /** null: no key stored for the appid. */
  key: FleetKey | null;
  /** null: no connection check recorded. */
  check: FleetCheck | null;
  /** null: not opened since the fleet began recording the lists. */
  domains: FleetDomains | null;
  /** 备案 as the operator recorded it (提审前体检's answer or the first-release checklist); null: not said. */
  filed: boolean | null;
  /** 用户隐私保护指引 as recorded: ticked done on the first-release checklist, and the categories ticked as declared. */
  privacy: { guideDone: boolean; declared: number };
  clocks: FleetClock[];
}
