import { ConfirmAction } from '../../components/ConfirmAction';
import { ErrorCard } from '../../components/ErrorCard';
import { useT } from '../../i18n';
import type { ReleaseRecord } from '../../../shared/history';
import type { Problem } from '../../../shared/model';
import { VERSION_MAX } from '../../../shared/release-rules';
import { BUMPS, type Bump, type VersionSuggestion } from '../../../shared/version-suggest';
import type { MessageKey } from '../../i18n';

const BUMP_LABELS: Record<Bump, MessageKey> = { patch: 'vs.bump.patch', minor: 'vs.bump.minor', major: 'vs.bump.major' };

interface VersionFieldProps {
  version: string;
  plugin: boolean;
  /** Null until the history is read. */
  suggestion: VersionSuggestion | null;
  problem: Problem | null;
  /** The earlier successful upload of this version, when there is one. */
  usedBy: ReleaseRecord | null;
  confirmed: boolean;
  onChange(version: string): void;
  onConfirmReuse(): void;
}

/** The version: typed, or picked from the bumps of the last upload; checked as it is typed. */
export function VersionField({ version, plugin, suggestion, problem, usedBy, confirmed, onChange, onConfirmReuse }: VersionFieldProps) {
  const t = useT();
  const trimmed = version.trim();
  const from = suggestion?.from;
  return (
    <section className="card vs-field" data-testid="version-field">
      <label htmlFor="vs-version">{t('vs.version')}</label>
      <input
        id="vs-version"
        className="vs-field__version"
        value={version}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={problem !== null}
        aria-describedby="vs-version-help"
        autoComplete="off"
        spellCheck={false}
        data-testid="version-input"
      />
      <p id="vs-version-help" className="vs-help muted">
        {plugin ? t('vs.versionHelpPlugin') : t('vs.versionHelp', { max: VERSION_MAX })}
      </p>
      {suggestion && (
        <p className="vs-help" data-testid="version-suggestion">
          {from
            ? suggestion.suggested
              ? t('vs.lastUpload', { version: from.version ?? '', at: Date.parse(from.startedAt) })
              : t('vs.noSuggestion', { version: from.version ?? '' })
            : t('vs.firstVersion', { version: suggestion.suggested ?? '' })}
        </p>
      )}
      {suggestion && Object.keys(suggestion.bumps).length > 0 && (
        <div className="vs-bumps" role="group" aria-label={t('vs.bumps')}>
          <span>{t('vs.bumps')}</span>
          {BUMPS.map((bump) => {
            const next = suggestion.bumps[bump];
            return next ? (
              <button
                key={bump}
                type="button"
                className="button button--quiet button--small"
                aria-pressed={trimmed === next}
                onClick={() => onChange(next)}
                data-testid={`bump-${bump}`}
              >
                {t(BUMP_LABELS[bump], { version: next })}
              </button>
            ) : null;
          })}
        </div>
      )}
      {suggestion && Object.keys(suggestion.bumps).length > 0 && <p className="vs-help muted">{t('vs.bumpHelp')}</p>}
      {problem && <ErrorCard problem={problem} />}
      {!problem && usedBy && (
        <div className="vs-note" data-testid="version-used" data-confirmed={confirmed}>
          <p>
            {t('vs.used', { version: trimmed, at: Date.parse(usedBy.startedAt), robot: usedBy.robot })} {t('vs.usedWhy')}
          </p>
          {confirmed ? (
            <p data-testid="version-reuse-confirmed">{t('vs.usedConfirmed', { version: trimmed })}</p>
          ) : (
            <ConfirmAction
              label={t('vs.useAgain', { version: trimmed })}
              question={t('vs.useAgainAsk', { version: trimmed })}
              confirmLabel={t('vs.useAgainConfirm')}
              cancelLabel={t('vs.cancel')}
              onConfirm={onConfirmReuse}
              testId="version-reuse"
            />
          )}
        </div>
      )}
    </section>
  );
}
