import type { npm as zh } from '../zh-CN/npm';

export const npm: Record<keyof typeof zh, string> = {
  'err.project.npm-missing': '{count, plural, one {# npm package} other {# npm packages}} the code uses {count, plural, one {is} other {are}} not installed: {packages}. npm cannot be built for the upload, and the Mini Program would fail on phones.',
  'err.project.npm-missing.next': 'Click "Install npm packages" below: the app installs them into node_modules in {folder}, then checks the project again.',
  'err.project.npm-missing.next-cli': 'In a terminal, go to {folder} and run {lockfile, select, yes {npm ci --omit=dev} other {npm install --omit=dev}}, then run mp-release check again.',
  'err.project.npm-undeclared': 'The code uses {count, plural, one {# npm package} other {# npm packages}} that package.json does not list under dependencies: {packages}. They are not in miniprogram_npm either, so the Mini Program would fail on phones.',
  'err.project.npm-undeclared.next': 'Ask a developer to add them to dependencies in package.json (or to remove those imports), then hand over the project again.',
};
