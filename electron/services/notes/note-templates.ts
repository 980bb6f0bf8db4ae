import crypto from 'node:crypto';
import { z } from 'zod';
import { TEMPLATE_NAME_MAX, TEMPLATES_MAX, type NoteTemplate } from '../../../shared/notes';
import { NOTES_MAX } from '../../../shared/release-rules';
import type { StoreBackend } from '../settings/store-backend';

// The notes templates the operator saved, in one store file of their own. A template saved under a
// built-in's id replaces that built-in (the renderer shows the saved one); removing it brings the
// built-in back. Read entry by entry: a damaged template is skipped, not the list.

export interface NotesFile extends Record<string, unknown> {
  schemaVersion: number;
  templates: unknown[];
}

const Template = z.object({
  id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  name: z.string().min(1).max(TEMPLATE_NAME_MAX),
  text: z.string().min(1).max(NOTES_MAX),
});

export class NoteTemplates {
  constructor(
    private readonly store: StoreBackend<NotesFile>,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {
    if (store.get('schemaVersion') === undefined) store.set('schemaVersion', 1);
  }

  list(): NoteTemplate[] {
    const raw = this.store.get('templates');
    if (!Array.isArray(raw)) return [];
    const seen = new Set<string>();
    return raw.flatMap((entry) => {
      const parsed = Template.safeParse(entry);
      if (!parsed.success || seen.has(parsed.data.id)) return [];
      seen.add(parsed.data.id);
      return [parsed.data];
    });
  }

  /** Saves in place when the id is known, else adds at the end; past the cap the oldest go first. */
  save(template: { id?: string; name: string; text: string }): NoteTemplate[] {
    const saved = Template.parse({ id: template.id ?? this.newId(), name: template.name.trim(), text: template.text });
    const templates = this.list();
    const at = templates.findIndex((t) => t.id === saved.id);
    const next = at >= 0 ? templates.map((t, i) => (i === at ? saved : t)) : [...templates, saved];
    this.store.set('templates', next.slice(-TEMPLATES_MAX));
    return this.list();
  }

  remove(id: string): NoteTemplate[] {
    this.store.set('templates', this.list().filter((t) => t.id !== id));
    return this.list();
  }
}
