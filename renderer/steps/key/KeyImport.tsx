import { useState } from 'react';
import { api } from '../../api';
import { DropZone } from '../../components/DropZone';
import { useT } from '../../i18n';
import { useKeyStore } from '../../stores/key-store';

/** The drop target and file picker for a key file; the main process reads the file, not the page. */
export function KeyImport({ appid }: { appid: string }) {
  const t = useT();
  const busy = useKeyStore((state) => state.busy);
  const importFile = useKeyStore((state) => state.importFile);
  const showProblem = useKeyStore((state) => state.showProblem);
  const [pickerUnavailable, setPickerUnavailable] = useState(false);

  const choose = async () => {
    const path = await api().keys.pickFile();
    if (path) await importFile(path, appid);
    else setPickerUnavailable((await api().app.info()).shell === 'harness');
  };

  return (
    <DropZone
      label={t('key.drop')}
      activeLabel={t('key.dropActive')}
      disabled={busy}
      testId="key-dropzone"
      onPath={(path) => void importFile(path, appid)}
      onUnrecognised={() => showProblem({ code: 'app.drop-no-file', severity: 'error' })}
    >
      <p className="muted">{t('project.or')}</p>
      <button type="button" className="button" disabled={busy} onClick={() => void choose()} data-testid="choose-key-file">
        {t('key.choose')}
      </button>
      {pickerUnavailable && <p className="muted">{t('key.chooseUnavailable')}</p>}
    </DropZone>
  );
}
