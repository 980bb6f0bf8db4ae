import { parseExtAppidLines } from '../../shared/batch-ext';
import { useT } from '../i18n';
import { useBatchStore } from '../stores/batch-store';
import { useProjectStore } from '../stores/project-store';

/** Before a batch: tick recent projects, the shared version and notes, and each row's own. */
export function BatchPicker() {
  const t = useT();
  const recent = useProjectStore((state) => state.recent);
  const picked = useBatchStore((state) => state.picked);
  const defaults = useBatchStore((state) => state.defaults);
  const overrides = useBatchStore((state) => state.overrides);
  const extAppids = useBatchStore((state) => state.extAppids);
  const { toggle, setDefault, setOverride, setExtAppids, start } = useBatchStore.getState();
  // A ticked template with a line that is no AppID must be fixed first: a silently dropped merchant is a missed release.
  const invalidExt = picked.some((root) => parseExtAppidLines(extAppids[root] ?? '').invalid.length > 0);
  if (recent.length === 0) return <p className="card muted">{t('batch.noRecent')}</p>;
  return (
    <>
      <section className="card">
        <h2>{t('batch.defaults')}</h2>
        <label className="batch__field">
          <span>{t('batch.version')}</span>
          <input value={defaults.version} onChange={(e) => setDefault('version', e.target.value)} data-testid="batch-version" />
        </label>
        <label className="batch__field">
          <span>{t('batch.desc')}</span>
          <textarea value={defaults.desc} onChange={(e) => setDefault('desc', e.target.value)} data-testid="batch-desc" rows={2} />
        </label>
      </section>
      <section className="card">
        <h2>{t('batch.pick')}</h2>
        <ul className="batch__picks">
          {recent.map((project) => {
            const on = picked.includes(project.projectRoot);
            const own = overrides[project.projectRoot];
            return (
              <li key={project.projectRoot} data-testid="batch-pick" data-appid={project.appid}>
                <label>
                  <input type="checkbox" checked={on} onChange={() => toggle(project.projectRoot)} data-testid="batch-pick-box" />
                  <strong>{project.projectName || project.appid}</strong> <code>{project.appid}</code>
                </label>
                {on && (
                  <span className="batch__overrides">
                    <input
                      value={own?.version ?? ''}
                      placeholder={t('batch.rowVersion')}
                      aria-label={t('batch.rowVersion')}
                      onChange={(e) => setOverride(project.projectRoot, 'version', e.target.value)}
                      data-testid="batch-row-version"
                    />
                    <input
                      value={own?.desc ?? ''}
                      placeholder={t('batch.rowDesc')}
                      aria-label={t('batch.rowDesc')}
                      onChange={(e) => setOverride(project.projectRoot, 'desc', e.target.value)}
                      data-testid="batch-row-desc"
                    />
                  </span>
                )}
                {on && <ExtAppidsField text={extAppids[project.projectRoot] ?? ''} onChange={(text) => setExtAppids(project.projectRoot, text)} />}
              </li>
            );
          })}
        </ul>
      </section>
      <p className="step__next">
        <button type="button" className="button" disabled={picked.length === 0 || invalidExt} onClick={() => void start(recent)} data-testid="batch-start">
          {t('batch.start')}
        </button>
      </p>
    </>
  );
}

/** 「按商家 AppID 分发」 for a ticked 第三方平台 template: one merchant AppID a line, each its own row. */
function ExtAppidsField({ text, onChange }: { text: string; onChange: (text: string) => void }) {
  const t = useT();
  const { appids, invalid } = parseExtAppidLines(text);
  return (
    // Not held open by the text: clearing it must not fold the field away while typing; folded, the summary keeps the count.
    <details className="batch__ext" data-testid="batch-ext">
      <summary>
        {t('batch.ext.toggle')}
        {appids.length > 0 && <span className="muted"> {t('batch.ext.folded', { n: appids.length })}</span>}
      </summary>
      <p className="muted">{t('batch.ext.help')}</p>
      <label className="batch__field">
        <span>{t('batch.ext.label')}</span>
        <textarea value={text} rows={3} onChange={(e) => onChange(e.target.value)} data-testid="batch-ext-appids" spellCheck={false} />
      </label>
      {appids.length > 0 && <p className="muted" data-testid="batch-ext-count">{t('batch.ext.count', { n: appids.length })}</p>}
      {invalid.length > 0 && (
        <p className="problem problem--error" role="alert" data-testid="batch-ext-invalid">
          {t('batch.ext.invalid', { lines: invalid.join(t('list.separator')) })}
        </p>
      )}
    </details>
  );
}
