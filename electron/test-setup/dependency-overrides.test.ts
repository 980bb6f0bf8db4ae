import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// miniprogram-ci 2.1.42 pins old packages, and it compiles the operator's project inside the job
// process that holds the decrypted key. package.json's `overrides` ("name@<fixed": "version") lift
// them; these checks fail when an override is dropped or a lockfile change brings a pin back.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));

const manifest = readJson('package.json') as { overrides: Record<string, string> };
const lock = readJson('package-lock.json') as { packages: Record<string, { version?: string }> };

/** "@babel/traverse@<7.23.2" → name and the first fixed version. */
function parseKey(key: string): { name: string; fixed: string } {
  const match = /^(@?[^@]+)@<(\d+\.\d+\.\d+)$/.exec(key);
  if (!match) throw new Error(`override key ${key} is not "name@<x.y.z"`);
  return { name: match[1]!, fixed: match[2]! };
}

function isBelow(version: string, fixed: string): boolean {
  const a = version.split(/[.+-]/).slice(0, 3).map(Number);
  const b = fixed.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

describe('dependency overrides', () => {
  const overrides = Object.keys(manifest.overrides).map(parseKey);

  it('lists the packages the README table names', () => {
    expect(overrides.map((o) => o.name)).toEqual(
      expect.arrayContaining(['@babel/traverse', '@babel/helpers', '@babel/runtime', 'minimatch', 'tmp', 'tough-cookie', 'form-data']),
    );
  });

  it('leaves no copy below a fixed version, in the lockfile or on disk', () => {
    const left: string[] = [];
    for (const [where, entry] of Object.entries(lock.packages)) {
      for (const { name, fixed } of overrides) {
        if (!where.endsWith(`node_modules/${name}`)) continue;
        if (entry.version && isBelow(entry.version, fixed)) left.push(`${where}@${entry.version} (lockfile)`);
        const installed = path.join(ROOT, where, 'package.json');
        if (!fs.existsSync(installed)) continue;
        const { version } = JSON.parse(fs.readFileSync(installed, 'utf8')) as { version: string };
        if (isBelow(version, fixed)) left.push(`${where}@${version} (installed)`);
      }
    }
    expect(left).toEqual([]);
  });

  it('the @babel/traverse miniprogram-ci compiles with does not run code while evaluating (CVE-2023-45133)', () => {
    // The compiler's own resolution: @babel/core inside miniprogram-ci loads this copy.
    const fromCi = createRequire(createRequire(import.meta.url).resolve('miniprogram-ci/package.json'));
    const fromCore = createRequire(fromCi.resolve('@babel/core/package.json'));
    const traverse = (fromCore('@babel/traverse') as { default: (ast: unknown, visitor: object) => void }).default;
    const { parse } = fromCore('@babel/parser') as { parse: (code: string) => unknown };

    // The advisory's proof of concept: evaluate() on this expression calls the Function it builds.
    const flag = globalThis as { __mpDepsEvaluated?: boolean };
    flag.__mpDepsEvaluated = false;
    const source = 'String({ toString: Number.constructor("globalThis.__mpDepsEvaluated = true; return \'x\'") });';
    traverse(parse(source), { Expression: (p: { evaluate(): unknown }) => void p.evaluate() });
    const ran = flag.__mpDepsEvaluated;
    delete flag.__mpDepsEvaluated;
    expect(ran).toBe(false);
  });
});
