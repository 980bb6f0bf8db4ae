import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { AppInfo, RecentProject, Settings } from '../../../shared/model';
import type { SavedFile } from '../../../shared/saved-file';
import { saveWhereChosen, type PickSavePath } from '../files/file-saver';
import { rotatedLogFiles } from '../logging/rotate-log';
import { createAnonymiser, projectAlias } from './anonymise';
import { diagnosticVersions } from './versions';

// 「导出诊断信息」: one zip the operator can send to whoever supports them, holding the logs, the
// versions and the settings, each line anonymised on its way in (anonymise.ts says what goes).

export interface DiagnosticsDeps {
  appInfo: Pick<AppInfo, 'version' | 'shell' | 'notices'>;
  /** The folder with app.log and its rotated files. */
  logDir: string;
  settings(): Settings;
  recentProjects(): RecentProject[];
  /** Secrets the app holds that have no shape of their own: the reviewers' test accounts. */
  heldSecrets(): string[];
  pickSavePath: PickSavePath;
  home?: string;
  now?: () => Date;
}

/** The proxy's user and password as typed and as decoded, so neither survives in any spelling. */
function proxySecrets(proxy: string | null): string[] {
  if (!proxy) return [];
  try {
    const url = new URL(proxy);
    return [url.username, url.password].flatMap((part) => (part ? [part, decodeURIComponent(part)] : []));
  } catch {
    return [];
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
const stamp = (d: Date) => `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}`;

export function createDiagnostics(deps: DiagnosticsDeps) {
  const now = deps.now ?? (() => new Date());

  /** The zip's files by name, every text already anonymised. */
  function gather(): Record<string, string> {
    const settings = deps.settings();
    const recent = deps.recentProjects();
    const anonymise = createAnonymiser({
      home: deps.home ?? os.homedir(),
      projectRoots: recent.map((project) => project.projectRoot),
      secrets: [...deps.heldSecrets(), ...proxySecrets(settings.proxy)],
    });
    const json = (value: unknown) => anonymise(JSON.stringify(value, null, 2)) + '\n';
    const logFile = path.join(deps.logDir, 'app.log');
    const logs = [logFile, ...rotatedLogFiles(logFile)].filter((file) => fs.existsSync(file));
    const files: Record<string, string> = {
      'versions.json': json({ exportedAt: now().toISOString(), ...diagnosticVersions(deps.appInfo), startupNotices: deps.appInfo.notices.map((notice) => notice.code) }),
      'settings.json': json({
        ...settings,
        // Who the operator is stays on the machine; whether a name is set is what support needs.
        operatorName: settings.operatorName ? '[set]' : '',
        recentProjects: recent.map((project) => ({ folder: projectAlias(project.projectRoot), appid: project.appid, openedAt: project.openedAt })),
      }),
    };
    for (const file of logs) {
      files[`logs/${path.basename(file)}`] = fs.readFileSync(file, 'utf8').split('\n').map(anonymise).join('\n');
    }
    return files;
  }

  return {
    gather,
    /** Writes the zip where the operator chooses. */
    async export(): Promise<SavedFile> {
      const entries: Zippable = {};
      for (const [name, text] of Object.entries(gather())) entries[name] = strToU8(text);
      const zip = zipSync(entries, { level: 6, mtime: now() });
      return saveWhereChosen(deps.pickSavePath, { suggestedName: `mp-release-desk-diagnostics-${stamp(now())}.zip`, kind: 'zip' }, zip);
    },
  };
}

export type Diagnostics = ReturnType<typeof createDiagnostics>;
