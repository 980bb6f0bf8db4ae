import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { create } from 'tar';

/** A package version as the fake registry serves it: its files (package.json is made from the rest). */
export interface FakeVersion {
  files?: Record<string, string>;
  dependencies?: Record<string, string>;
  /** Set to have an install script in package.json (which the app must not run). */
  scripts?: Record<string, string>;
}

export interface BuiltTarball {
  bytes: Buffer;
  /** sha512 SRI string, as lockfiles and packuments carry it. */
  integrity: string;
  shasum: string;
}

/**
 * An npm tarball made now, the way `npm pack` lays it out: every file under `package/`, gzipped tar.
 * Built with the `tar` package from files written to a temporary folder; nothing is downloaded.
 */
export function buildTarball(name: string, version: string, spec: FakeVersion): BuiltTarball {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-npm-pack-'));
  try {
    const root = path.join(dir, 'package');
    const manifest = { name, version, main: 'index.js', dependencies: spec.dependencies ?? {}, scripts: spec.scripts ?? {} };
    const files: Record<string, string> = { 'package.json': JSON.stringify(manifest, null, 2), ...spec.files };
    if (!('index.js' in files)) files['index.js'] = `module.exports = { name: ${JSON.stringify(name)}, version: ${JSON.stringify(version)} };\n`;
    for (const [rel, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), content);
    }
    const file = path.join(dir, 'package.tgz');
    create({ gzip: true, cwd: dir, portable: true, sync: true, file }, ['package']);
    const bytes = fs.readFileSync(file);
    return {
      bytes,
      integrity: `sha512-${crypto.createHash('sha512').update(bytes).digest('base64')}`,
      shasum: crypto.createHash('sha1').update(bytes).digest('hex'),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
