import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FuseV1Options } from '@electron/fuses';
import { Ajv, type ErrorObject } from 'ajv';
import type { Configuration } from 'app-builder-lib';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import yaml from 'js-yaml';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import notarizeIfCredentials, { notarizeCredentials } from './notarize.mjs';

// build/electron-builder.yml checked offline, against electron-builder's own JSON schema (the one
// `electron-builder` validates with before it builds) and against the decisions the README's
// "Packaging" section records: fuses, asar, installers, icon, entitlements, notarisation hook.

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const CONFIG_TEXT = fs.readFileSync(path.join(HERE, 'electron-builder.yml'), 'utf8');
const SCHEMA = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;

type Config = Record<string, unknown> & {
  asar: { smartUnpack: boolean };
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
  mac: Record<string, unknown>;
  win: Record<string, unknown>;
  linux: Record<string, unknown>;
  afterSign: string;
  icon: string;
};
const load = (text: string) => yaml.load(text) as Config;

// The options app-builder-lib/out/util/config/schemaValidator.js compiles the schema with; its
// custom `typeof` keyword (for hook functions) is ignored under strict: false, as there.
const validate = new Ajv({ allErrors: true, verbose: true, coerceTypes: true, strict: false }).compile(SCHEMA);
function schemaErrors(config: unknown): ErrorObject[] {
  // coerceTypes rewrites the data it checks, so each check gets its own copy.
  return validate(structuredClone(config)) ? [] : (validate.errors ?? []);
}
const describeErrors = (errors: ErrorObject[]) => errors.map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');

describe("build/electron-builder.yml against electron-builder's schema", () => {
  it('is valid', () => {
    const errors = schemaErrors(load(CONFIG_TEXT));
    expect(describeErrors(errors)).toBe('');
  });

  // The same check must fail on broken copies, or the test above proves nothing.
  const broken: Array<[string, string, string, string]> = [
    ['a misspelt top-level key', 'asarUnpack:', 'asarUnpak:', 'asarUnpak'],
    ['a misspelt fuse', '  runAsNode: false', '  runAsNod: false', 'runAsNod'],
    ['a wrong type', '  hardenedRuntime: true', '  hardenedRuntime: sometimes', '/mac/hardenedRuntime'],
    ['an unknown installer option', '  oneClick: false', '  oneClik: false', 'oneClik'],
  ];
  it.each(broken)('fails on a copy with %s', (_name, from, to, expected) => {
    expect(CONFIG_TEXT).toContain(from);
    const errors = schemaErrors(load(CONFIG_TEXT.replace(from, to)));
    expect(errors.length).toBeGreaterThan(0);
    expect(describeErrors(errors)).toContain(expected);
  });

  // The function electron-builder itself runs on the config before a build (schema plus its own
  // deprecation checks), called directly: no Electron download, no packaging.
  it("passes electron-builder's own validateConfiguration, which refuses the broken copies", async () => {
    const check = (text: string) => validateConfiguration(load(text) as unknown as Configuration, new DebugLogger(false));
    await expect(check(CONFIG_TEXT)).resolves.toBeUndefined();
    for (const [name, from, to] of broken) {
      await expect(check(CONFIG_TEXT.replace(from, to)), name).rejects.toThrow(/does not match the API schema/);
    }
  });
});

describe('fuses', () => {
  const fuses = load(CONFIG_TEXT).electronFuses;

  it('sets every fuse @electron/fuses knows explicitly, so a new Electron fuse needs a decision here', () => {
    // FuseV1Options is a numeric enum: its names are the non-numeric keys; the config key is the
    // name with a lower-case first letter (app-builder-lib's generateFuseConfig maps them one to one).
    const names = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));
    const keys = names.map((name) => name[0]!.toLowerCase() + name.slice(1));
    expect(keys.length).toBeGreaterThanOrEqual(8);
    expect(Object.keys(fuses).sort()).toEqual(keys.sort());
  });

  it('turns off Run-as-Node, NODE_OPTIONS and --inspect; turns on cookie encryption, asar integrity and asar-only', () => {
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('gives every fuse a written reason (a comment right above it)', () => {
    const lines = CONFIG_TEXT.split('\n');
    for (const key of Object.keys(fuses)) {
      const at = lines.findIndex((line) => line.startsWith(`  ${key}:`));
      expect(lines[at - 1], key).toMatch(/^\s+# /);
    }
  });
});

describe('asar', () => {
  const config = load(CONFIG_TEXT);

  it('is on, and unpacks only native addons, each entry with its reason in the config', () => {
    // An object turns asar on; smartUnpack would unpack whole packages that ship executables.
    expect(config.asar).toEqual({ smartUnpack: false });
    expect(config.asarUnpack).toEqual(['**/*.node']);
    for (const pattern of config.asarUnpack) expect(CONFIG_TEXT).toContain(`# - ${pattern}:`);
  });

  it('packages the app bundles and never the harness, the CLI or source maps', () => {
    const files = config.files as string[];
    expect(files).toEqual(expect.arrayContaining(['dist/main/**', 'dist/preload/**', 'dist/jobs/**', 'dist/renderer/**', '!**/*.map']));
    expect(files.some((pattern) => /harness|cli|e2e|bench/.test(pattern))).toBe(false);
  });
});

describe('installers', () => {
  const config = load(CONFIG_TEXT);

  it('builds a dmg with the hardened runtime, an nsis installer, an AppImage and a deb', () => {
    expect(config.mac).toMatchObject({ target: 'dmg', hardenedRuntime: true, notarize: false });
    expect(config.win).toMatchObject({ target: 'nsis' });
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('grants macOS only the JIT entitlement', () => {
    const file = path.join(ROOT, config.mac.entitlements as string);
    expect(config.mac.entitlementsInherit).toBe(config.mac.entitlements);
    const keys = [...fs.readFileSync(file, 'utf8').matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1]);
    expect(keys).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('has a 1024×1024 icon source with transparent corners', () => {
    const png = PNG.sync.read(fs.readFileSync(path.join(ROOT, config.icon)));
    expect([png.width, png.height]).toEqual([1024, 1024]);
    expect(png.data[3]).toBe(0);
    expect(png.data[(512 * 1024 + 512) * 4 + 3]).toBe(255);
  });
});

describe('the notarisation hook', () => {
  const config = load(CONFIG_TEXT);
  const mac = { electronPlatformName: 'darwin', appOutDir: '/out/mac', packager: { appInfo: { productFilename: 'Desk' } } };

  it('is the afterSign hook', () => {
    expect(fs.existsSync(path.join(ROOT, config.afterSign))).toBe(true);
    expect(config.afterSign).toBe('./build/notarize.mjs');
  });

  it('does nothing without credentials and says so', async () => {
    const lines: string[] = [];
    await expect(notarizeIfCredentials(mac, {}, (line) => lines.push(line))).resolves.toBe('skipped');
    expect(lines).toEqual([expect.stringContaining('notarize: skipped')]);
  });

  it('does nothing on other platforms', async () => {
    await expect(notarizeIfCredentials({ ...mac, electronPlatformName: 'linux' }, { APPLE_ID: 'a' }, () => undefined)).resolves.toBe('not-mac');
  });

  it('reads either credential group and refuses a half-set one', () => {
    expect(notarizeCredentials({ APPLE_API_KEY: 'k.p8', APPLE_API_KEY_ID: 'id', APPLE_API_ISSUER: 'iss' })).toEqual({ appleApiKey: 'k.p8', appleApiKeyId: 'id', appleApiIssuer: 'iss' });
    expect(notarizeCredentials({ APPLE_ID: 'me@example.com', APPLE_APP_SPECIFIC_PASSWORD: 'pw', APPLE_TEAM_ID: 'T' })).toEqual({ appleId: 'me@example.com', appleIdPassword: 'pw', teamId: 'T' });
    expect(() => notarizeCredentials({ APPLE_ID: 'me@example.com' })).toThrow(/APPLE_APP_SPECIFIC_PASSWORD/);
  });
});
