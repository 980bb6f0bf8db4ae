import { DOCS } from '../deep-links';
import type { Catalogue } from './catalogue';

// The edges of a dropped folder: what the upload would carry (links out of the project, FIFOs,
// sockets and devices, oversized configuration files), drops too broad to be a project, and a
// folder that holds several projects. The words are in the dictionaries (shared/i18n/*/project-edges.ts).
export const PROJECT_EDGE_ERRORS = {
  /** params: target (the real path the link leads to). file: the link, relative to the project root. */
  'project.link-outside': {},
  /** A file that had to be read is a FIFO, socket or device. params: type ('fifo' | 'socket' | 'device' | 'other'). */
  'project.special-file': {},
  /** A FIFO, socket or device in the code folder: never read, left out of the size count. params: type. */
  'project.special-file-skipped': {},
  /** params: size, limit (formatted). */
  'project.file-too-big': {},
  /** The whole disk or the home folder was dropped. params: path, where ('root' | 'home'). */
  'project.drop-too-broad': { link: { kind: 'url', url: DOCS.projectConfig } },
  /** Several projects at the same depth. params: count, folders (their absolute paths, one per line). */
  'project.choose-root': {},
} satisfies Catalogue;
