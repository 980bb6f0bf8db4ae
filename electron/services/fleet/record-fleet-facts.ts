import type { ProjectCheck } from '../../../shared/model';
import { copyEntries } from '../precheck/domain-findings';
import type { ReleaseService } from '../release/release-service';
import type { FleetRecords } from './fleet-records';

/**
 * The release service, with how every connection check ended written to the fleet's records: the
 * whitelist step's and the pre-upload check's alike, since both go through this one service. A
 * check refused before its job (no key, an unreadable project) is recorded too: it says the same.
 */
export function recordChecks<S extends Pick<ReleaseService, 'checkConnection'>>(service: S, records: Pick<FleetRecords, 'recordCheck'>): S {
  return {
    ...service,
    async checkConnection(request, sink) {
      const outcome = await service.checkConnection(request, sink);
      records.recordCheck(request.projectRoot, outcome);
      return outcome;
    },
  };
}

/**
 * The project service, with the domain copy lists of every project opened written to the fleet's
 * records: the open has just scanned the code, so the board can count the open entries without
 * scanning every project again.
 */
export function recordDomainLists<S extends { open(droppedPath: string): Promise<ProjectCheck> }>(service: S, records: Pick<FleetRecords, 'recordDomains'>): S {
  return {
    ...service,
    async open(droppedPath: string) {
      const check = await service.open(droppedPath);
      if (check.summary && check.domains) records.recordDomains(check.summary.projectRoot, copyEntries(check.domains));
      return check;
    },
  };
}
