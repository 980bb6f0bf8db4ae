import { useEffect } from 'react';
import { useT } from './i18n';
import { useProjectStore } from './stores/project-store';
import { useSettingsStore } from './stores/settings-store';
import { ProjectStep } from './steps/project/ProjectStep';

export function App() {
  const t = useT();
  const lang = useSettingsStore((state) => state.lang);
  const setLang = useSettingsStore((state) => state.setLang);

  useEffect(() => {
    void useSettingsStore.getState().load();
    void useProjectStore.getState().loadRecent();
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
        <nav className="steps" aria-label="steps">
          <span className="steps__item steps__item--current">1 · {t('step.project')}</span>
        </nav>
        <button
          type="button"
          className="link-button"
          data-testid="toggle-language"
          onClick={() => void setLang(lang === 'zh-CN' ? 'en' : 'zh-CN')}
        >
          {t('app.language')}
        </button>
      </header>
      <ProjectStep />
    </div>
  );
}
