import { useEffect, useState } from 'react';
import { ErrorCard } from './components/ErrorCard';
import { BatchButton } from './batch/BatchButton';
import { BatchPage } from './batch/BatchPage';
import { HistoryButton } from './history/HistoryButton';
import { FleetBoard } from './fleet/FleetBoard';
import { FleetButton } from './fleet/FleetButton';
import { useFleetStore } from './stores/fleet-store';
import { SettingsPanel } from './components/SettingsPanel';
import { useT } from './i18n';
import { useAppStore } from './stores/app-store';
import { useBatchStore } from './stores/batch-store';
import { useKeyStore } from './stores/key-store';
import { useProjectStore } from './stores/project-store';
import { useSettingsStore } from './stores/settings-store';
import { useWizardStore, type StepId } from './stores/wizard-store';
import { PrecheckStep } from './steps/precheck/PrecheckStep';
import { PreviewStep } from './steps/preview/PreviewStep';
import { PhaseBanner } from './steps/release/PhaseBanner';
import { ReleaseStep } from './steps/release/ReleaseStep';
import { SubmitStep } from './steps/submit/SubmitStep';
import { UploadStep } from './steps/upload/UploadStep';
import { VersionStep } from './steps/version/VersionStep';
import { StepNav } from './wizard/StepNav';
import { KeyStep } from './steps/key/KeyStep';
import { ProjectStep } from './steps/project/ProjectStep';
import { WhitelistStep } from './steps/whitelist/WhitelistStep';

const STEP_VIEWS: Record<StepId, () => React.ReactNode> = {
  project: ProjectStep,
  key: KeyStep,
  whitelist: WhitelistStep,
  version: VersionStep,
  precheck: PrecheckStep,
  upload: UploadStep,
  preview: PreviewStep,
  submit: SubmitStep,
  release: ReleaseStep,
};

export function App() {
  const t = useT();
  const lang = useSettingsStore((state) => state.lang);
  const setLang = useSettingsStore((state) => state.setLang);
  const step = useWizardStore((state) => state.step);
  const notices = useAppStore((state) => state.notices);
  const StepView = STEP_VIEWS[step];
  const fleetShown = useFleetStore((state) => state.shown);
  const batchOpen = useBatchStore((state) => state.open);
  // 项目总览 or 批量发布 in place of the wizard's step, when one is open.
  let page = <StepView />;
  if (fleetShown) page = <FleetBoard />;
  else if (batchOpen) page = <BatchPage />;
  const [settingsOpen, setSettingsOpen] = useState(false);

  useEffect(() => {
    void useAppStore.getState().load();
    void useSettingsStore.getState().load();
    void useProjectStore.getState().loadRecent();
    // The gates of later steps ask whether the project's key is there, whichever step opens first.
    void useKeyStore.getState().load();
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);

  return (
    <div className="app">
      <header className="topbar">
        <div>
          <span className="topbar__title">{t('app.title')}</span>
          <span className="topbar__tagline">{t('app.tagline')}</span>
        </div>
        <FleetButton />
        <StepNav />
        <button type="button" className="link-button" onClick={() => setSettingsOpen(!settingsOpen)} data-testid="open-settings">
          {t('settings.open')}
        </button>
        <HistoryButton />
        <BatchButton />
        <button
          type="button"
          className="link-button"
          data-testid="toggle-language"
          onClick={() => void setLang(lang === 'zh-CN' ? 'en' : 'zh-CN')}
        >
          {t('app.language')}
        </button>
      </header>
      {settingsOpen && (
        <div className="notices">
          <SettingsPanel onClose={() => setSettingsOpen(false)} />
        </div>
      )}
      <PhaseBanner />
      {notices.length > 0 && (
        <div className="notices" data-testid="notices">
          {notices.map((notice, i) => (
            <ErrorCard key={i} problem={notice} />
          ))}
        </div>
      )}
      {page}
    </div>
  );
}
