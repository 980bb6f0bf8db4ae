import { ErrorCard } from '../../components/ErrorCard';
import { useT } from '../../i18n';
import { selectSummary, useProjectStore } from '../../stores/project-store';
import { useSettingsStore } from '../../stores/settings-store';
import { selectRun, useUploadStore } from '../../stores/upload-store';
import { useWizardStore } from '../../stores/wizard-store';
import { StepGate } from '../../wizard/StepGate';
import { UploadProgress } from './UploadProgress';
import { UploadResult } from './UploadResult';

/** 上传: the version and notes of the draft, sent to WeChat with progress, a cancel, and the result. */
export function UploadStep() {
  const t = useT();
  const summary = useProjectStore(selectSummary);
  const draft = useWizardStore((state) => state.draft);
  const finish = useWizardStore((state) => state.finish);
  const defaultRobot = useSettingsStore((state) => state.defaultRobot);
  const run = useUploadStore(selectRun(summary?.projectRoot));
  const { start, cancel } = useUploadStore.getState();
  const robot = draft.robot ?? defaultRobot;
  const running = run !== null && run.outcome === null;
  const failed = run?.outcome && !run.outcome.ok ? run.outcome.problem : null;
  const succeeded = run?.outcome?.ok ? run.outcome.value : null;
  // A retry sends exactly what failed; a first upload sends the draft.
  const inputs = failed && run ? run.inputs : { projectRoot: summary?.projectRoot ?? '', version: draft.version.trim(), desc: draft.desc, robot };

  return (
    <main className="step" data-testid="step-upload">
      <h1>{t('upload.heading')}</h1>
      <StepGate step="upload">
        <dl className="summary__grid" data-testid="upload-inputs">
          <div className="summary__row">
            <dt>{t('upload.version')}</dt>
            <dd>
              <code>{inputs.version}</code>
            </dd>
          </div>
          <div className="summary__row">
            <dt>{t('upload.robot')}</dt>
            <dd>{inputs.robot}</dd>
          </div>
          <div className="summary__row">
            <dt>{t('upload.notes')}</dt>
            <dd className="notes-preview">{inputs.desc || t('upload.noNotes')}</dd>
          </div>
        </dl>
        {run && running && <UploadProgress run={run} onCancel={() => void cancel()} />}
        {failed && <ErrorCard problem={failed} />}
        {succeeded && <UploadResult result={succeeded} version={run!.inputs.version} />}
        <p className="step__next">
          {succeeded ? (
            <button type="button" className="button" onClick={() => finish('upload')} data-testid="next-preview">
              {t('upload.next')}
            </button>
          ) : (
            <button type="button" className="button" disabled={running || !summary} onClick={() => void start(inputs)} data-testid="upload-start">
              {failed ? t('upload.retry') : t('upload.start')}
            </button>
          )}
        </p>
      </StepGate>
    </main>
  );
}
