import { useT } from '../i18n';
import { useDiagnosticsStore } from '../stores/diagnostics-store';
import { SavedFileNote } from './SavedFileNote';

/** 导出诊断信息: what the zip holds and what it leaves out, the button, and where it was saved. */
export function DiagnosticsSettings() {
  const t = useT();
  const exporting = useDiagnosticsStore((state) => state.exporting);
  const saved = useDiagnosticsStore((state) => state.saved);
  const exportZip = useDiagnosticsStore((state) => state.exportZip);
  return (
    <section aria-labelledby="diagnostics-heading">
      <h3 id="diagnostics-heading">{t('diagnostics.heading')}</h3>
      <p className="muted">{t('diagnostics.help')}</p>
      <p>
        <button type="button" className="button button--secondary" disabled={exporting} onClick={() => void exportZip()} data-testid="export-diagnostics">
          {t(exporting ? 'diagnostics.exporting' : 'diagnostics.export')}
        </button>
      </p>
      <SavedFileNote result={saved} savedWords={(file) => t('diagnostics.saved', { file })} testId="diagnostics-saved" />
    </section>
  );
}
