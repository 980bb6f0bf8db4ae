import type { LinkTarget } from '../deep-links';

/**
 * What the catalogue knows of a problem code besides its words: the page that helps. The words
 * (what went wrong, what to do) are in the dictionaries, `err.<code>` and `err.<code>.next`, with
 * an optional `err.<code>.next-cli` where a terminal user must be told something else.
 */
export interface CatalogueEntry {
  link?: LinkTarget;
}

export type Catalogue = Record<string, CatalogueEntry>;
