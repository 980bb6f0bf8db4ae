import { DOCS } from '../deep-links';
import type { Catalogue } from './catalogue';

// Failures of upload, preview, npm build and the connection check (WECHAT-FACTS.md, error table),
// and the release rules for what the operator types.
// The words are in the dictionaries (shared/i18n): err.<code> and err.<code>.next.
export const CI_ERRORS = {
  'ci.invalid-ip': { link: { kind: 'mp', page: 'devSettings' } },
  'ci.key-mismatch': { link: { kind: 'mp', page: 'devSettings' } },
  'ci.key-invalid': { link: { kind: 'mp', page: 'devSettings' } },
  'ci.network': {},
  'ci.proxy-failed': {},
  'ci.connection-dropped': {},
  'ci.server-error': {},
  'ci.server-rejected': {},
  'ci.package-too-large': { link: { kind: 'url', url: DOCS.subpackages } },
  'ci.plugin-denied': { link: { kind: 'mp', page: 'thirdParty' } },
  'ci.ext-appid-not-auth': { link: { kind: 'url', url: DOCS.ext } },
  'ci.npm-not-built': { link: { kind: 'url', url: DOCS.npm } },
  'ci.plugin-dev-version': { link: { kind: 'url', url: DOCS.plugins } },
  'ci.component-missing': {},
  'ci.json-content': {},
  'ci.npm-not-installed': { link: { kind: 'url', url: DOCS.npm } },
  'ci.app-json-missing': { link: { kind: 'url', url: DOCS.projectConfig } },
  'ci.project-type-mismatch': {},
  'ci.compile-failed': {},
  'ci.file-missing': {},
  'ci.preview-no-qr': {},
  'ci.timeout': {},
  'ci.cancelled': { link: { kind: 'mp', page: 'versions' } },
  'ci.already-running': {},
  'ci.job-crashed': {},
  'ci.version-empty': {},
  'ci.version-invalid': {},
  'ci.notes-too-long': {},
  'release.project-blocked': {},
  'ci.robot-invalid': {},
  'ci.public-ip-unknown': { link: { kind: 'mp', page: 'devSettings' } },
} satisfies Catalogue;
