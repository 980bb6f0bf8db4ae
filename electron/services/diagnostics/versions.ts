import { createRequire } from 'node:module';
import os from 'node:os';
import type { AppInfo } from '../../../shared/model';

/** What ran: enough to reproduce the operator's setup, nothing that names the machine or its user. */
export interface DiagnosticVersions {
  app: string;
  shell: AppInfo['shell'];
  electron: string | null;
  chrome: string | null;
  node: string;
  miniprogramCi: string | null;
  os: { platform: string; type: string; release: string; arch: string };
}

/** The installed miniprogram-ci's own version (the bundles keep packages external, so it resolves beside them). */
export function miniprogramCiVersion(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const manifest = require('miniprogram-ci/package.json') as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : null;
  } catch {
    return null;
  }
}

export function diagnosticVersions(appInfo: Pick<AppInfo, 'version' | 'shell'>): DiagnosticVersions {
  return {
    app: appInfo.version,
    shell: appInfo.shell,
    electron: process.versions.electron ?? null,
    chrome: process.versions.chrome ?? null,
    node: process.versions.node,
    miniprogramCi: miniprogramCiVersion(),
    os: { platform: process.platform, type: os.type(), release: os.release(), arch: os.arch() },
  };
}
