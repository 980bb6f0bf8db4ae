import { ErrorCard } from '../../components/ErrorCard';
import { useT } from '../../i18n';
import type { GitNotes } from '../../../shared/notes';
import { NOTES_MAX, notesProblem } from '../../../shared/release-rules';
import { NoteTemplates } from './NoteTemplates';

/** Added text goes after what is there, on a line of its own: nothing the operator wrote is replaced. */
export function appendNotes(current: string, addition: string): string {
  return current.trim() === '' ? addition : `${current.trimEnd()}\n${addition}`;
}

interface NotesFieldProps {
  desc: string;
  /** Null until git answered; `available: false` outside a repository or without git. */
  gitNotes: GitNotes | null;
  onChange(desc: string): void;
}

/** The 项目备注: typed, from a template or from the git log, counted against the cap as it is typed. */
export function NotesField({ desc, gitNotes, onChange }: NotesFieldProps) {
  const t = useT();
  // Counted the way the release rules count: by characters, not UTF-16 units.
  const count = [...desc].length;
  const problem = notesProblem(desc);
  return (
    <section className="card vs-field" data-testid="notes-field">
      <label htmlFor="vs-notes">{t('vs.notes')}</label>
      <p id="vs-notes-help" className="vs-help muted">
        {t('vs.notesHelp')}
      </p>
      <textarea
        id="vs-notes"
        value={desc}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={problem !== null}
        aria-describedby="vs-notes-help vs-notes-counter"
        data-testid="notes-input"
      />
      <span id="vs-notes-counter" className={`vs-counter${problem ? ' vs-counter--over' : ''}`} aria-live="polite" data-testid="notes-counter">
        {t('vs.counter', { count, max: NOTES_MAX })}
      </span>
      {problem && <ErrorCard problem={problem} />}
      {gitNotes?.available && gitNotes.commits.length > 0 && (
        <div data-testid="notes-git">
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => onChange(appendNotes(desc, gitNotes.commits.map((commit) => `- ${commit.subject}`).join('\n')))}
            data-testid="notes-from-git"
          >
            {t('vs.fromGit', { count: gitNotes.commits.length })}
          </button>{' '}
          <span className="vs-help muted">
            {gitNotes.since ? t('vs.gitSince', { at: Date.parse(gitNotes.since) }) : t('vs.gitLatest')}
            {gitNotes.more && ` ${t('vs.gitMore', { count: gitNotes.commits.length })}`}
          </span>
        </div>
      )}
      {gitNotes?.available && gitNotes.commits.length === 0 && gitNotes.since && (
        <p className="vs-help muted" data-testid="notes-git-none">
          {t('vs.gitNone')}
        </p>
      )}
      <NoteTemplates notes={desc} onApply={(text) => onChange(appendNotes(desc, text))} />
    </section>
  );
}
