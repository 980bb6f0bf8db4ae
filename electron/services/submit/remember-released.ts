import type { ReleaseService } from '../release/release-service';
import type { FirstReleaseLedger } from './first-release-ledger';

/**
 * The release service, with getattr's `released` written to the first-release ledger after every
 * connection check that WeChat answered: the whitelist step's and the pre-upload check's alike, since
 * both go through this one service. The 提审 step then knows whether to show the first-time checklist.
 */
export function rememberReleased<S extends Pick<ReleaseService, 'checkConnection'>>(service: S, ledger: Pick<FirstReleaseLedger, 'recordAnswer'>): S {
  return {
    ...service,
    async checkConnection(request, sink) {
      const outcome = await service.checkConnection(request, sink);
      if (outcome.ok) ledger.recordAnswer(outcome.value.appid, outcome.value.released);
      return outcome;
    },
  };
}
