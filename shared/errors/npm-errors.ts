import { DOCS } from '../deep-links';
import type { Catalogue } from './catalogue';

// npm packages the code needs (found by the project check) and their install (the npm-install job).
// The words are in the dictionaries (shared/i18n/*/npm.ts): err.<code>, err.<code>.next, .next-cli.
//
// project.npm-missing params: { packages, count, folder, lockfile: 'yes' | 'no' }; `folder` is the
// absolute folder of the package.json that declares them (node_modules goes there), `file` that
// package.json. project.npm-undeclared params: { packages, count }.
// npm.* params: { package, registry, proxy ('none' or the proxy URL) } and, per code, status / wanted /
// folder / reason / file; `detail` keeps npm's raw text.
export const NPM_ERRORS = {
  'project.npm-missing': { link: { kind: 'url', url: DOCS.npm } },
  'project.npm-undeclared': { link: { kind: 'url', url: DOCS.npm } },
  'npm.offline': {},
  'npm.not-found': {},
  'npm.refused': {},
  'npm.no-version': {},
  'npm.lockfile-out-of-sync': {},
  'npm.write-failed': {},
  'npm.install-failed': {},
} satisfies Catalogue;
