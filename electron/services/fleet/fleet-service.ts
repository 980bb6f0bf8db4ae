import type { FirstReleaseState } from '../../../shared/first-release';
import type { FleetRow } from '../../../shared/fleet';
import type { ReleaseRecord } from '../../../shared/history';
import type { StoredKeyInfo } from '../../../shared/keys';
import type { RecentProject, WhitelistTicks } from '../../../shared/model';
import type { ReadinessAnswers } from '../../../shared/readiness';
import type { ReviewBook } from '../../../shared/review';
import type { FleetRecords } from './fleet-records';
import { assembleFleetRow } from './fleet-rows';

// 项目总览 behind the contract: every known project (the recent projects the project service
// keeps), one row each from the stores as they are now. Reads only: nothing here asks WeChat or
// scans a project.

export interface FleetServiceDeps {
  recent(): RecentProject[];
  forget(projectRoot: string): RecentProject[];
  history(): ReleaseRecord[];
  removeHistory(projectRoot: string): number;
  reviews(appid: string): ReviewBook;
  trialRobot(appid: string): number | null;
  keys(): StoredKeyInfo[];
  ticks(appid: string): WhitelistTicks;
  answers(appid: string): ReadinessAnswers;
  firstRelease(appid: string): FirstReleaseState;
  records: Pick<FleetRecords, 'check' | 'domainLists' | 'forget'>;
  now?: () => Date;
}

export function createFleetService(deps: FleetServiceDeps) {
  const now = deps.now ?? (() => new Date());

  function list(): FleetRow[] {
    const time = now();
    const keys = new Map(deps.keys().map((key) => [key.appid, key]));
    const history = deps.history();
    return deps.recent().map((project) =>
      assembleFleetRow(
        {
          project,
          history: history.filter((record) => record.projectRoot === project.projectRoot),
          reviews: deps.reviews(project.appid),
          trialRobot: deps.trialRobot(project.appid),
          key: keys.get(project.appid) ?? null,
          check: deps.records.check(project.projectRoot),
          domains: deps.records.domainLists(project.projectRoot),
          ticks: deps.ticks(project.appid),
          answers: deps.answers(project.appid),
          firstRelease: deps.firstRelease(project.appid),
        },
        time,
      ),
    );
  }

  return {
    list,
    /**
     * Takes the project off the board (and the recent list). Its history goes only when asked;
     * what belongs to the appid (key, review records, ticks, answers) stays: another folder of the
     * same appid may still need it.
     */
    remove({ projectRoot, deleteHistory }: { projectRoot: string; deleteHistory: boolean }): FleetRow[] {
      deps.forget(projectRoot);
      deps.records.forget(projectRoot);
      if (deleteHistory) deps.removeHistory(projectRoot);
      return list();
    },
  };
}

export type FleetService = ReturnType<typeof createFleetService>;
