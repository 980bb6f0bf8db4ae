import { PHASE_LABELS } from '../../../shared/i18n/labels';
import { ProgressBar } from '../../components/ProgressBar';
import { useT } from '../../i18n';
import type { UploadRun } from '../../stores/upload-store';
import { useElapsedSeconds } from './use-elapsed';

/** The running upload: phase, the file being compiled, the time so far, and the way to stop it. */
export function UploadProgress({ run, onCancel }: { run: UploadRun; onCancel(): void }) {
  const t = useT();
  const seconds = useElapsedSeconds(run.startedAt, !run.outcome);
  const progress = run.progress;
  const phase = t(PHASE_LABELS[progress?.phase ?? 'starting']);
  const indeterminate = !progress || progress.indeterminate === true;
  const percent = Math.round((progress?.fraction ?? 0) * 100);
  return (
    <section className="card" data-testid="upload-progress">
      <ProgressBar
        fraction={progress?.fraction ?? 0}
        indeterminate={indeterminate}
        label={progress?.file ? t('upload.phaseFile', { phase, file: progress.file }) : phase}
        percentText={indeterminate ? t('upload.elapsed', { seconds }) : t('upload.percentElapsed', { percent, seconds })}
        testId="upload-bar"
      />
      <p>
        <button type="button" className="button button--quiet" disabled={run.cancelling} onClick={onCancel} data-testid="upload-cancel">
          {run.cancelling ? t('upload.cancelling') : t('upload.cancel')}
        </button>
      </p>
    </section>
  );
}
