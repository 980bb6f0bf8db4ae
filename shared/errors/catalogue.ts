import type { LinkTarget } from '../deep-links';

/** A sentence in both languages. `{name}` placeholders are filled from the problem's params. */
export interface Text {
  zh: string;
  en: string;
}

export interface CatalogueEntry {
  /** What went wrong, in plain words. */
  message: Text;
  /** What the operator should do next. */
  next: Text;
  link?: LinkTarget;
}

export type Catalogue = Record<string, CatalogueEntry>;
