import { DOCS } from '../deep-links';
import type { Catalogue } from './catalogue';

// Problems found while reading a dropped project folder.
// The words are in the dictionaries (shared/i18n): err.<code> and err.<code>.next.
export const PROJECT_ERRORS = {
  'project.read-failed': {},
  'project.path-missing': {},
  'project.not-a-folder': {},
  'project.empty-folder': {},
  'project.not-miniprogram': { link: { kind: 'url', url: DOCS.projectConfig } },
  'project.config-missing': { link: { kind: 'url', url: DOCS.projectConfig } },
  'project.json-broken': {},
  'project.json-not-object': {},
  'project.not-utf8': {},
  'project.unreadable': {},
  'project.symlink-loop': {},
  'project.appid-missing': { link: { kind: 'mp', page: 'devSettings' } },
  'project.appid-tourist': { link: { kind: 'mp', page: 'devSettings' } },
  'project.appid-malformed': { link: { kind: 'mp', page: 'devSettings' } },
  'project.miniprogram-root-missing': { link: { kind: 'url', url: DOCS.projectConfig } },
  'project.app-json-missing': { link: { kind: 'url', url: DOCS.appJson } },
  'project.pages-empty': { link: { kind: 'url', url: DOCS.appJson } },
  'project.page-missing': {},
  'project.subpackage-root-missing': { link: { kind: 'url', url: DOCS.subpackages } },
  'project.npm-not-built': { link: { kind: 'url', url: DOCS.npm } },
  'project.plugin-dev-version': { link: { kind: 'url', url: DOCS.plugins } },
  'project.size-main-over': { link: { kind: 'url', url: DOCS.subpackages } },
  'project.size-sub-over': { link: { kind: 'url', url: DOCS.subpackages } },
  'project.size-total-over': { link: { kind: 'url', url: DOCS.subpackages } },
} satisfies Catalogue;
