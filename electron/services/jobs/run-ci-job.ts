import fs from 'node:fs/promises';
import path from 'node:path';
import * as ci from 'miniprogram-ci';
import type { CompileType } from '../../../shared/model';
import { DEFAULT_COMPILE_SETTINGS, type JobKind, type JobProgress, type JobResults, type PackageSizeInfo } from '../../../shared/jobs';
import { base64OfDataUrl, IMAGE_MIME, imageTypeOf } from '../../../shared/qr-image';
import { JobFailure, type JobRequest } from './job-messages';
import { ProgressTracker, type RawTaskEvent } from './progress-tracker';
import { toQualityItems } from './quality-items';
import { runCompilerInJobProcess } from './compiler-in-job-process';
import { overrideExtJson } from './ext-json-override';

// Runs inside the job process: one miniprogram-ci call per process, then the process exits.

export const PROJECT_TYPES: Record<CompileType, 'miniProgram' | 'miniProgramPlugin' | 'miniGame' | 'miniGamePlugin'> = {
  miniprogram: 'miniProgram',
  plugin: 'miniProgramPlugin',
  game: 'miniGame',
  gamePlugin: 'miniGamePlugin',
};

function sizesFrom(info: Array<{ name: string; size: number }> | undefined): PackageSizeInfo[] {
  return (info ?? []).map(({ name, size }) => ({ name, bytes: size }));
}

/**
 * miniprogram-ci labels every QR "image/jpeg" whatever WeChat sent. The label follows the bytes (a PNG is
 * called a PNG), and bytes that are no image (a page from a proxy, an empty answer) fail the job here, so
 * they never reach the window or a file.
 */
function checkedQrDataUrl(written: string): string {
  const base64 = base64OfDataUrl(written) ?? '';
  const head = Buffer.from(base64.slice(0, 32), 'base64');
  const type = imageTypeOf(head);
  if (!type) {
    const shown = head.subarray(0, 16).toString('hex').replace(/(..)(?!$)/g, '$1 ');
    throw new JobFailure({ code: 'preview.qr-not-image', severity: 'error', detail: `first bytes of the QR WeChat sent: ${shown || '(none)'}` });
  }
  return `data:${IMAGE_MIME[type]};base64,${base64}`;
}

export async function runCiJob(request: JobRequest, report: (progress: JobProgress) => void): Promise<JobResults[JobKind]> {
  runCompilerInJobProcess();
  const started = Date.now();
  const { project: target, privateKey } = request;
  if (request.proxy) ci.proxy(request.proxy);
  const tracker = new ProgressTracker(request.jobId, request.kind, target.expectedFiles);
  report(tracker.start());
  const onProgressUpdate = (event: unknown) => {
    const progress = tracker.update(event as RawTaskEvent | string);
    if (progress) report(progress);
  };
  const { attr } = request;
  const project = new ci.Project({
    appid: target.appid,
    type: PROJECT_TYPES[target.compileType],
    projectPath: target.projectPath,
    privateKey,
    // The attributes this session's connection check fetched: no second signed getattr.
    ...(attr ? { attr: async () => attr } : {}),
  } as ConstructorParameters<typeof ci.Project>[0]);
  const elapsed = () => Date.now() - started;
  // DevTools' 「构建 npm」, done in the same job so the upload sees the fresh miniprogram_npm.
  const buildNpm = async () => {
    onProgressUpdate({ message: 'Build npm', status: 'doing' });
    const warnings = await ci.packNpm(project);
    onProgressUpdate({ message: 'Build npm', status: 'done' });
    return warnings;
  };
  const buildNpmIfAsked = async (asked: boolean | undefined) => {
    if (asked) await buildNpm();
  };

  switch (request.kind) {
    case 'upload': {
      const options = request.options as JobRequest<'upload'>['options'];
      await buildNpmIfAsked(options.buildNpm);
      if (options.ext) overrideExtJson(project, options.ext);
      const result = await ci.upload({
        project,
        version: options.version,
        desc: options.desc,
        robot: options.robot,
        threads: options.threads,
        setting: options.setting ?? DEFAULT_COMPILE_SETTINGS,
        onProgressUpdate,
      });
      const sizes = sizesFrom(result.subPackageInfo);
      const full = sizes.find((s) => s.name === '__FULL__')?.bytes;
      report(tracker.finish(full === undefined ? undefined : { sent: full, total: full }));
      return {
        sizes,
        pluginInfo: (result.pluginInfo ?? []).map((p) => ({ providerAppid: p.pluginProviderAppid, version: p.version, bytes: p.size })),
        devPluginId: result.devPluginId,
        strUint64Version: result.strUint64Version,
        durationMs: elapsed(),
      } satisfies JobResults['upload'];
    }
    case 'preview': {
      const options = request.options as JobRequest<'preview'>['options'];
      await buildNpmIfAsked(options.buildNpm);
      const qrFile = path.join(process.cwd(), 'preview-qr.txt');
      const result = await ci.preview({
        project,
        version: '0.0.1',
        robot: options.robot,
        setting: options.setting ?? DEFAULT_COMPILE_SETTINGS,
        qrcodeFormat: 'base64',
        qrcodeOutputDest: qrFile,
        pagePath: options.pagePath,
        searchQuery: options.searchQuery,
        onProgressUpdate,
      });
      const qrDataUrl = checkedQrDataUrl(await fs.readFile(qrFile, 'utf8'));
      await fs.rm(qrFile, { force: true });
      report(tracker.finish());
      return { qrDataUrl, sizes: sizesFrom(result.subPackageInfo), durationMs: elapsed() } satisfies JobResults['preview'];
    }
    case 'pack-npm': {
      const warnings = await buildNpm();
      report(tracker.finish());
      return {
        warnings: warnings.map((w) => ({ file: w.jsPath, message: w.msg, line: w.startLine })),
        durationMs: elapsed(),
      } satisfies JobResults['pack-npm'];
    }
    case 'quality-scan': {
      const items = toQualityItems(await ci.checkCodeQuality(project));
      report(tracker.finish());
      return { items, durationMs: elapsed() } satisfies JobResults['quality-scan'];
    }
    case 'connection-check':
      // Run by job-worker.ts without this module, so the check never loads the compilers.
      throw new Error('connection-check runs in run-connection-check.ts');
    case 'npm-install':
      throw new Error('npm-install runs in npm-install-job.ts, without miniprogram-ci');
    case 'offline-checks':
      // Run by job-worker.ts from run-offline-checks.ts: a project with no key and no network.
      throw new Error('offline-checks runs in run-offline-checks.ts');
  }
}
