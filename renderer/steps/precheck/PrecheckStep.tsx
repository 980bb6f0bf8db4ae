import { useEffect } from 'react';
import { precheckBlockers } from '../../../shared/precheck';
import { ErrorCard } from '../../components/ErrorCard';
import { ProgressBar } from '../../components/ProgressBar';
import { useT } from '../../i18n';
import { selectKeyFor, useKeyStore } from '../../stores/key-store';
import { precheckInputs, selectPrecheck, usePrecheckStore, type PrecheckRun } from '../../stores/precheck-store';
import { selectSummary, useProjectStore } from '../../stores/project-store';
import { useSettingsStore } from '../../stores/settings-store';
import { useWizardStore } from '../../stores/wizard-store';
import { StepGate } from '../../wizard/StepGate';
import { PrecheckFindings } from './PrecheckFindings';
import { PrecheckParts } from './PrecheckParts';
import { PrecheckSizes } from './PrecheckSizes';
import './precheck.css';

export function PrecheckStep() {
  const t = useT();
  return (
    <main className="step" data-testid="step-precheck">
      <h1>{t('precheck.heading')}</h1>
      <StepGate step="precheck">
        <PrecheckBody />
      </StepGate>
    </main>
  );
}

function Running({ run }: { run: PrecheckRun }) {
  const t = useT();
  const { stop } = usePrecheckStore.getState();
  const progress = run.progress;
  const label = progress?.kind === 'connection-check' ? t('precheck.phase.connection') : progress ? t('precheck.phase.offline') : t('precheck.running');
  // One bar for the whole check: the compile is most of the wait, the connection check the last tenth.
  const fraction = !progress ? 0 : progress.kind === 'connection-check' ? 0.9 + 0.1 * progress.fraction : 0.9 * progress.fraction;
  return (
    <div className="precheck-running" role="status" data-testid="precheck-running">
      <ProgressBar
        fraction={fraction}
        label={label}
        indeterminate={progress?.indeterminate === true}
        percentText={progress?.indeterminate ? '' : t('precheck.percent', { percent: Math.round(fraction * 100) })}
        testId="precheck-progress"
      />
      <button type="button" className="link-button" onClick={() => void stop()} data-testid="precheck-stop">
        {t('precheck.stop')}
      </button>
    </div>
  );
}

function PrecheckBody() {
  const t = useT();
  const summary = useProjectStore(selectSummary);
  const project = useProjectStore((state) => state.check);
  const fingerprint = useKeyStore(selectKeyFor(summary?.appid))?.fingerprint;
  const proxy = useSettingsStore((state) => state.proxy);
  const version = useWizardStore((state) => state.draft.version);
  const finish = useWizardStore((state) => state.finish);
  const projectRoot = summary?.projectRoot ?? '';
  const run = usePrecheckStore(selectPrecheck(precheckInputs(projectRoot, fingerprint, proxy, version), project));
  const start = usePrecheckStore((state) => state.run);

  // Arriving here, or after the project, key, proxy or version changed: the check runs by itself.
  useEffect(() => {
    if (projectRoot && !run) void start(projectRoot);
  }, [projectRoot, run, start]);

  const running = run?.status === 'running';
  const result = run?.status === 'done' ? run.result : null;
  const blockers = result ? precheckBlockers(result).length : 0;
  const warnings = result ? result.findings.length - blockers : 0;
  return (
    <>
      <p className="intro">{t('precheck.intro')}</p>
      <p>
        <button type="button" className="button button--quiet" disabled={running || !projectRoot} onClick={() => void start(projectRoot)} data-testid="precheck-rerun">
          {run ? t('precheck.rerun') : t('precheck.start')}
        </button>
      </p>
      {run && running && <Running run={run} />}
      {run?.status === 'cancelled' && <p className="banner">{t('precheck.cancelled')}</p>}
      {run?.failure && <ErrorCard problem={run.failure} />}
      {result && (
        <div data-testid="precheck-result" data-blockers={blockers} data-warnings={warnings}>
          {blockers === 0 ? (
            <p className="banner banner--ok" data-testid="precheck-verdict" data-ok="true">
              ✓ {t('precheck.passed')}
            </p>
          ) : (
            <p className="banner banner--error" data-testid="precheck-verdict" data-ok="false">
              {t('precheck.blocked', { count: blockers })}
            </p>
          )}
          {warnings > 0 && <p className="muted">{t('precheck.warningsCount', { count: warnings })}</p>}
          <PrecheckFindings result={result} project={project} />
          {result.sizes && <PrecheckSizes sizes={result.sizes} />}
          <PrecheckParts parts={result.parts} />
          <p className="muted">{t('precheck.took', { seconds: (result.durationMs / 1000).toFixed(1) })}</p>
        </div>
      )}
      <p className="step__next">
        <button type="button" className="button" disabled={!result || blockers > 0} onClick={() => finish('precheck')} data-testid="next-upload">
          {t('precheck.next')}
        </button>
        {result && blockers > 0 && <span className="muted"> {t('precheck.nextBlocked')}</span>}
      </p>
    </>
  );
}
