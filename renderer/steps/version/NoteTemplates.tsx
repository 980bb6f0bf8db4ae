import { useState } from 'react';
import { ConfirmAction } from '../../components/ConfirmAction';
import { useT, type MessageKey } from '../../i18n';
import { BUILTIN_TEMPLATE_IDS, TEMPLATE_NAME_MAX, type NoteTemplate } from '../../../shared/notes';
import { NOTES_MAX } from '../../../shared/release-rules';
import { useVersionStore } from '../../stores/version-store';

type BuiltinId = (typeof BUILTIN_TEMPLATE_IDS)[number];
const BUILTIN_WORDS: Record<BuiltinId, { name: MessageKey; text: MessageKey }> = {
  'builtin-fix': { name: 'vs.template.fix.name', text: 'vs.template.fix.text' },
  'builtin-feature': { name: 'vs.template.feature.name', text: 'vs.template.feature.text' },
  'builtin-routine': { name: 'vs.template.routine.name', text: 'vs.template.routine.text' },
};
const isBuiltin = (id: string): id is BuiltinId => (BUILTIN_TEMPLATE_IDS as readonly string[]).includes(id);

type Editing = { id?: string; name: string; text: string };

/**
 * The notes templates: the built-ins in the operator's language (or their saved edits), then the
 * operator's own. Applying one adds its text to the notes; each can be edited, and the notes saved as one.
 */
export function NoteTemplates({ notes, onApply }: { notes: string; onApply(text: string): void }) {
  const t = useT();
  const saved = useVersionStore((state) => state.templates);
  const { saveTemplate, removeTemplate } = useVersionStore.getState();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [justSaved, setJustSaved] = useState(false);

  const builtins: NoteTemplate[] = BUILTIN_TEMPLATE_IDS.map(
    (id) => saved.find((template) => template.id === id) ?? { id, name: t(BUILTIN_WORDS[id].name), text: t(BUILTIN_WORDS[id].text) },
  );
  const templates = [...builtins, ...saved.filter((template) => !isBuiltin(template.id))];
  const edit = (next: Editing | null) => {
    setJustSaved(false);
    setEditing(next);
  };

  return (
    <div data-testid="note-templates">
      <h3>{t('vs.templates')}</h3>
      <p className="vs-help muted">{t('vs.templatesHelp')}</p>
      <ul className="vs-templates">
        {templates.map((template) => {
          const overridden = isBuiltin(template.id) && saved.some((s) => s.id === template.id);
          const removable = !isBuiltin(template.id) || overridden;
          return (
            <li key={template.id} data-testid="template" data-template-id={template.id}>
              <button type="button" className="button button--quiet button--small" onClick={() => onApply(template.text)} data-testid="template-apply">
                {template.name}
              </button>
              <button type="button" className="link-button" onClick={() => edit({ ...template })} data-testid="template-edit">
                {t('vs.template.edit')}
              </button>
              {removable && (
                <ConfirmAction
                  label={overridden ? t('vs.template.restore') : t('vs.template.remove')}
                  question={overridden ? t('vs.template.restoreAsk', { name: template.name }) : t('vs.template.removeAsk', { name: template.name })}
                  confirmLabel={overridden ? t('vs.template.restore') : t('vs.template.remove')}
                  cancelLabel={t('vs.cancel')}
                  onConfirm={() => void removeTemplate(template.id)}
                  testId="template-remove"
                />
              )}
            </li>
          );
        })}
      </ul>
      {editing ? (
        <form
          className="vs-editor"
          data-testid="template-editor"
          onSubmit={(event) => {
            event.preventDefault();
            void saveTemplate(editing).then((ok) => {
              if (!ok) return;
              setEditing(null);
              setJustSaved(true);
            });
          }}
        >
          <strong>{editing.id ? t('vs.template.editing', { name: editing.name }) : t('vs.template.new')}</strong>
          <label className="vs-field">
            {t('vs.template.name')}
            <input
              value={editing.name}
              maxLength={TEMPLATE_NAME_MAX}
              onChange={(event) => setEditing({ ...editing, name: event.target.value })}
              data-testid="template-name"
            />
          </label>
          <label className="vs-field">
            {t('vs.template.text')}
            <textarea
              value={editing.text}
              maxLength={NOTES_MAX}
              onChange={(event) => setEditing({ ...editing, text: event.target.value })}
              data-testid="template-text"
            />
          </label>
          <p>
            <button type="submit" className="button button--small" disabled={editing.name.trim() === '' || editing.text === ''} data-testid="template-save">
              {t('vs.template.save')}
            </button>{' '}
            <button type="button" className="link-button" onClick={() => edit(null)}>
              {t('vs.cancel')}
            </button>
          </p>
        </form>
      ) : (
        <p>
          <button
            type="button"
            className="link-button"
            disabled={notes.trim() === ''}
            onClick={() => edit({ name: '', text: notes.slice(0, NOTES_MAX) })}
            data-testid="template-save-current"
          >
            {t('vs.template.saveCurrent')}
          </button>
          {justSaved && (
            <span className="muted" role="status" data-testid="template-saved">
              {' '}
              {t('vs.template.saved')}
            </span>
          )}
        </p>
      )}
    </div>
  );
}
