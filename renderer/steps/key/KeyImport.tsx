import { DropZone } from '../../components/DropZone';
import { useT } from '../../i18n';
import { useKeyStore } from '../../stores/key-store';

/** The drop target and file picker for a key file; the main process reads the file, not the page. */
export function KeyImport({ appid }: { appid: string }) {
  const t = useT();
  const busy = useKeyStore((state) => state.busy);
  const pickerUnavailable = useKeyStore((state) => state.pickerUnavailable);
  const importFile = useKeyStore((state) => state.importFile);
  const pickFile = useKeyStore((state) => state.pickFile);
  const showProblem = useKeyStore((state) => state.showProblem);

  return (
    <DropZone
      label={t('key.drop')}
      activeLabel={t('key.dropActive')}
      disabled={busy}
      testId="key-dropzone"
      onPath={(path) => void importFile(path, appid)}
      onUnrecognised={() => showProblem(appid, { code: 'app.drop-no-file', severity: 'error' })}
    >
      <p className="muted">{t('project.or')}</p>
      <button type="button" className="button" disabled={busy} onClick={() => void pickFile(appid)} data-testid="choose-key-file">
        {t('key.choose')}
      </button>
      {pickerUnavailable && <p className="muted">{t('key.chooseUnavailable')}</p>}
    </DropZone>
  );
}
