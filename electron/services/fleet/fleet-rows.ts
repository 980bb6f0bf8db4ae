import { WHITELIST_TYPES } from '../../../shared/domains';
import type { FirstReleaseState } from '../../../shared/first-release';
import type { FleetCheck, FleetClock, FleetDomains, FleetKey, FleetRow, FleetVersion } from '../../../shared/fleet';
import type { ReleaseRecord } from '../../../shared/history';
import type { StoredKeyInfo } from '../../../shared/keys';
import type { RecentProject, WhitelistTicks } from '../../../shared/model';
import type { ReadinessAnswers } from '../../../shared/readiness';
import { currentState, daysInReview, localDay, phaseClock, type ReviewBook } from '../../../shared/review';
import type { DomainListsRecord } from './fleet-records';

// One row of the fleet board from everything the app keeps of the project and its appid. Pure:
// the service reads the stores, this decides what the row says; "now" is passed in.

export interface FleetSources {
  project: RecentProject;
  /** The project's uploads and previews, oldest first. */
  history: readonly ReleaseRecord[];
  reviews: ReviewBook;
  /** The robot recorded as the 体验版's for the appid. */
  trialRobot: number | null;
  key: StoredKeyInfo | null;
  check: FleetCheck | null;
  domains: DomainListsRecord | null;
  ticks: WhitelistTicks;
  answers: ReadinessAnswers;
  firstRelease: FirstReleaseState;
}

const DAY_MS = 86_400_000;

/** The newest successful upload with a version. */
function lastUpload(history: readonly ReleaseRecord[]): ReleaseRecord | null {
  const uploads = history.filter((record) => record.kind === 'upload' && record.outcome.ok && record.version !== null);
  return uploads.sort((a, b) => a.startedAt.localeCompare(b.startedAt)).at(-1) ?? null;
}

/**
 * The newest version the app knows of: the last upload, or a version whose review was recorded
 * later (submitted after an upload made elsewhere, say). Its review state wins over what the
 * upload made it: a version in review is no longer just uploaded.
 */
function newestVersion(sources: FleetSources): FleetVersion | null {
  const upload = lastUpload(sources.history);
  const candidates = [
    ...(upload?.version ? [{ version: upload.version, time: upload.startedAt }] : []),
    ...sources.reviews.versions.filter((review) => review.events.length > 0).map((review) => ({ version: review.version, time: review.events.at(-1)!.recordedAt })),
  ];
  const newest = candidates.sort((a, b) => a.time.localeCompare(b.time)).at(-1);
  if (!newest) return null;
  const review = sources.reviews.versions.find((entry) => entry.version === newest.version);
  const state = currentState(review);
  if (state !== 'none') return { version: newest.version, state, at: review!.events.at(-1)!.at };
  // The 体验版 is the latest upload of the robot recorded as the 体验版's.
  const trial = upload !== null && sources.trialRobot !== null && upload.robot === sources.trialRobot;
  return { version: newest.version, state: trial ? 'trial' : 'uploaded', at: newest.time };
}

function keyOf(key: StoredKeyInfo | null, now: Date): FleetKey | null {
  if (!key) return null;
  const ageDays = Math.max(0, Math.floor((now.getTime() - Date.parse(key.importedAt)) / DAY_MS));
  return { fingerprint: key.fingerprint, importedAt: key.importedAt, ageDays, sessionOnly: key.sessionOnly };
}

function domainsOf(record: DomainListsRecord | null, ticks: WhitelistTicks): FleetDomains | null {
  if (!record) return null;
  let total = 0;
  let open = 0;
  for (const type of WHITELIST_TYPES) {
    const ticked = new Set(ticks[type] ?? []);
    total += record.lists[type].length;
    open += record.lists[type].filter((origin) => !ticked.has(origin)).length;
  }
  return { at: record.at, total, open };
}

/** The phase's 15 days first (it blocks any other release), then the days of the version in review. */
function clocksOf(reviews: ReviewBook, today: string): FleetClock[] {
  const clocks: FleetClock[] = [];
  const phase = phaseClock(reviews, today);
  if (phase) clocks.push({ kind: 'phase', version: phase.version, day: phase.day, autoFullOn: phase.autoFullOn });
  for (const review of reviews.versions.filter((entry) => currentState(entry) === 'submitted')) {
    const days = daysInReview(review, today);
    if (days) clocks.push({ kind: 'review', version: review.version, days: days.days, since: days.since, pastUsual: days.pastUsual });
  }
  return clocks;
}

export function assembleFleetRow(sources: FleetSources, now: Date): FleetRow {
  const { project, answers, firstRelease } = sources;
  const beianTicked = firstRelease.done.includes('beian');
  return {
    projectRoot: project.projectRoot,
    appid: project.appid,
    projectName: project.projectName,
    openedAt: project.openedAt,
    version: newestVersion(sources),
    key: keyOf(sources.key, now),
    check: sources.check,
    domains: domainsOf(sources.domains, sources.ticks),
    filed: answers.filed === true || beianTicked ? true : answers.filed,
    privacy: { guideDone: firstRelease.done.includes('privacy'), declared: answers.declared.length },
    clocks: clocksOf(sources.reviews, localDay(now)),
  };
}
