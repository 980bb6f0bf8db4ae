import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FakeNpmRegistry, FakePackage } from './fake-npm-registry';

// A project as it comes out of git: package.json (and usually package-lock.json) in the
// miniprogram folder, code that requires npm packages, no node_modules, no miniprogram_npm.

/** dayjs in two versions: the lockfile pins the older one, the registry's latest is the newer. */
export const DAYJS: FakePackage = {
  name: 'dayjs',
  versions: {
    '1.11.10': { files: { 'index.js': "module.exports = function dayjs() { return 'dayjs 1.11.10'; };\n" } },
    '1.11.13': { files: { 'index.js': "module.exports = function dayjs() { return 'dayjs 1.11.13'; };\n" } },
  },
};

/** A scoped package with a dependency of its own, as lockfiles hoist it. */
export const PRICE: FakePackage = {
  name: '@shop/price',
  versions: {
    '2.0.0': {
      dependencies: { 'tiny-round': '^1.0.0' },
      files: { 'index.js': "const round = require('tiny-round');\nmodule.exports = (cents) => '¥' + round(cents / 100);\n" },
      // The app installs without running scripts; this one would leave a file behind if it ran.
      scripts: { postinstall: "node -e \"require('fs').writeFileSync('SCRIPT-RAN', '')\"" },
    },
  },
};

export const TINY_ROUND: FakePackage = {
  name: 'tiny-round',
  versions: { '1.0.0': { files: { 'index.js': 'module.exports = (n) => n.toFixed(2);\n' } } },
};

export const SHOP_PACKAGES = [DAYJS, PRICE, TINY_ROUND];

const FIXTURE = path.resolve('e2e/fixtures/projects/nested-shop/frontend');

export interface NpmProjectOptions {
  /** Write package-lock.json (dayjs 1.11.10, @shop/price 2.0.0, tiny-round 1.0.0). */
  lockfile: boolean;
  /** Where the lockfile's `resolved` URLs point; npm's own registry by default, as most lockfiles do. */
  lockedRegistry?: string;
  /** Extra dependencies in package.json (a package the registry does not have, say). */
  extraDependencies?: Record<string, string>;
}

/** The nested-shop project copied to a temporary folder, made to need dayjs and @shop/price. Returns the project root. */
export function writeNpmProject(registry: FakeNpmRegistry, options: NpmProjectOptions): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'npm-shop-'));
  fs.cpSync(FIXTURE, root, { recursive: true });
  const code = path.join(root, 'miniprogram');
  const dependencies = { dayjs: '^1.11.0', '@shop/price': '^2.0.0', ...options.extraDependencies };
  fs.writeFileSync(path.join(code, 'package.json'), JSON.stringify({ name: 'shop', version: '1.0.0', dependencies }, null, 2));
  const index = path.join(code, 'pages/index/index.js');
  fs.writeFileSync(index, `const dayjs = require('dayjs');\nconst price = require('@shop/price');\n${fs.readFileSync(index, 'utf8')}`);
  if (options.lockfile) {
    const locked = options.lockedRegistry ?? 'https://registry.npmjs.org/';
    const entry = (name: string, version: string, extra: object = {}) => ({
      version,
      resolved: `${locked}${name}/-/${name.slice(name.lastIndexOf('/') + 1)}-${version}.tgz`,
      integrity: registry.tarball(name, version).integrity,
      ...extra,
    });
    const lock = {
      name: 'shop',
      version: '1.0.0',
      lockfileVersion: 3,
      requires: true,
      packages: {
        '': { name: 'shop', version: '1.0.0', dependencies },
        'node_modules/dayjs': entry('dayjs', '1.11.10'),
        'node_modules/@shop/price': entry('@shop/price', '2.0.0', { dependencies: { 'tiny-round': '^1.0.0' }, hasInstallScript: true }),
        'node_modules/tiny-round': entry('tiny-round', '1.0.0'),
      },
    };
    fs.writeFileSync(path.join(code, 'package-lock.json'), JSON.stringify(lock, null, 2));
  }
  return root;
}

/** The version npm wrote into node_modules/<name>/package.json, or null when it is not there. */
export function installedVersion(projectRoot: string, name: string): string | null {
  const file = path.join(projectRoot, 'miniprogram', 'node_modules', name, 'package.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version : null;
}
