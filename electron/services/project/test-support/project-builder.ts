import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/** A throwaway folder on disk; tests build real projects in it. */
export class TempDir {
  /** Bytes of every file written through `write`, by path relative to the root (forward slashes). */
  private readonly written = new Map<string, number>();

  private constructor(readonly root: string) {}

  static async create(): Promise<TempDir> {
    return new TempDir(await mkdtemp(path.join(os.tmpdir(), 'mp-project-test-')));
  }

  path(...parts: string[]): string {
    return path.join(this.root, ...parts);
  }

  /** Writes text, bytes, or a value as pretty JSON, creating folders on the way. */
  async write(rel: string, content: string | Uint8Array | object): Promise<string> {
    const abs = this.path(rel);
    await mkdir(path.dirname(abs), { recursive: true });
    const data = typeof content === 'string' || content instanceof Uint8Array ? content : `${JSON.stringify(content, null, 2)}\n`;
    await writeFile(abs, data);
    this.written.set(rel.split(path.sep).join('/'), Buffer.byteLength(data));
    return abs;
  }

  async mkdir(rel: string): Promise<string> {
    const abs = this.path(rel);
    await mkdir(abs, { recursive: true });
    return abs;
  }

  /** A symlink at `rel` pointing to `target` (as written: relative targets resolve from the link's folder). */
  async symlink(target: string, rel: string): Promise<string> {
    const abs = this.path(rel);
    await mkdir(path.dirname(abs), { recursive: true });
    await symlink(target, abs);
    return abs;
  }

  async delete(rel: string): Promise<void> {
    await rm(this.path(rel), { recursive: true });
    for (const key of this.written.keys()) if (key === rel || key.startsWith(`${rel}/`)) this.written.delete(key);
  }

  /** Total bytes written below `prefix` ('' for everything), leaving out paths under any of `except`. */
  bytesWritten(prefix: string, except: readonly string[] = []): number {
    let total = 0;
    for (const [rel, bytes] of this.written) {
      if (rel.startsWith(prefix) && !except.some((skip) => rel.startsWith(skip))) total += bytes;
    }
    return total;
  }

  async remove(): Promise<void> {
    await rm(this.root, { recursive: true, force: true });
  }
}

/** A fresh TempDir per test, removed afterwards. Call inside a describe block. */
export function useTempDir(): () => TempDir {
  let current: TempDir | undefined;
  beforeEach(async () => {
    current = await TempDir.create();
  });
  afterEach(async () => {
    await current?.remove();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('useTempDir: no temp dir outside a test');
    return current;
  };
}

export interface SubpackageSpec {
  root: string;
  pages: string[];
  name?: string;
  independent?: boolean;
  plugins?: Record<string, { provider: string; version: string }>;
}

export interface MiniProgramSpec {
  /** Folder of project.config.json inside the temp dir; '' for the temp dir itself. */
  dir?: string;
  appid?: string;
  projectname?: string;
  /** Written to project.config.json; the code goes into this folder. */
  miniprogramRoot?: string;
  pages?: string[];
  subpackages?: SubpackageSpec[];
  /** Key used for subpackages in app.json (WeChat accepts both spellings). */
  subpackagesKey?: 'subpackages' | 'subPackages';
  plugins?: Record<string, { provider: string; version: string }>;
  /** Extra or overriding project.config.json fields. */
  config?: Record<string, unknown>;
  /** Extra or overriding app.json fields. */
  appJson?: Record<string, unknown>;
}

export const TEST_APPID = 'wx0123456789abcdef';

/** Writes a small but complete mini program: config, app files, and every page's four files. */
export async function writeMiniProgram(tmp: TempDir, spec: MiniProgramSpec = {}): Promise<string> {
  const dir = spec.dir ?? '';
  const codeDir = path.join(dir, spec.miniprogramRoot ?? '');
  const pages = spec.pages ?? ['pages/index/index'];
  const subpackages = spec.subpackages ?? [];
  await tmp.write(path.join(dir, 'project.config.json'), {
    appid: spec.appid ?? TEST_APPID,
    projectname: spec.projectname ?? 'demo',
    compileType: 'miniprogram',
    ...(spec.miniprogramRoot === undefined ? {} : { miniprogramRoot: spec.miniprogramRoot }),
    setting: { es6: true, minified: true },
    ...spec.config,
  });
  const appJson: Record<string, unknown> = { pages };
  if (subpackages.length > 0) appJson[spec.subpackagesKey ?? 'subpackages'] = subpackages;
  if (spec.plugins) appJson.plugins = spec.plugins;
  await tmp.write(path.join(codeDir, 'app.json'), { ...appJson, ...spec.appJson });
  await tmp.write(path.join(codeDir, 'app.js'), 'App({});\n');
  await tmp.write(path.join(codeDir, 'app.wxss'), 'page { background: #fff; }\n');
  for (const page of pages) await writePage(tmp, path.join(codeDir, page));
  for (const sub of subpackages) {
    for (const page of sub.pages) await writePage(tmp, path.join(codeDir, sub.root, page));
  }
  return tmp.path(dir);
}

/** The four files of one page; `base` is the path without extension. */
export async function writePage(tmp: TempDir, base: string): Promise<void> {
  const name = path.basename(base);
  await tmp.write(`${base}.js`, `Page({ data: { title: '${name}' } });\n`);
  await tmp.write(`${base}.json`, { navigationBarTitleText: name });
  await tmp.write(`${base}.wxml`, '<view>{{title}}</view>\n');
  await tmp.write(`${base}.wxss`, 'view { color: #333; }\n');
}
