import type { ProjectSummary } from '../../shared/model';
import type { JobProject } from '../services/jobs/job-messages';
import { readProject } from '../services/project/read-project';
import type { CommandArgs, CommandName } from './cli-args';
import { fail, printJson, printProblems, redactUrl, type CliIo } from './cli-io';
import { loadPrivateKey } from './private-key';
import { chooseProxy } from './proxy-choice';

// What every job command does before starting a job: read the project, then the key and the proxy.
// Each step either yields its value or has already reported the problem and chosen the exit code.

export type Step<T> = { ok: true; value: T } | { ok: false; exitCode: number };

export interface OpenedProject {
  summary: ProjectSummary;
  project: JobProject;
}

/**
 * Reads the project. With `refuseOnErrors` (upload, preview) any error-level problem stops the
 * command, as the app's wizard does; otherwise only a project that could not be read at all does.
 */
export async function openProject(io: CliIo, args: CommandArgs, refuseOnErrors: boolean): Promise<Step<OpenedProject>> {
  const report = await readProject(args.dir);
  const errors = report.problems.filter((p) => p.severity === 'error');
  if (!report.summary || (refuseOnErrors && errors.length > 0)) {
    const described = printProblems(io, report.problems);
    if (args.json) printJson(io, { ok: false, problem: described.find((p) => p.severity === 'error') ?? described[0], problems: described });
    io.stderr.write('项目有需要先解决的问题，已停止。运行 mp-release check 查看详情。\n');
    return { ok: false, exitCode: 1 };
  }
  if (refuseOnErrors) printProblems(io, report.problems);
  else if (errors.length > 0) io.stderr.write(`提醒：项目本身有 ${errors.length} 个问题，运行 mp-release check 查看；连接检查不受影响。\n`);
  const { summary } = report;
  return {
    ok: true,
    value: {
      summary,
      project: { appid: summary.appid, projectPath: summary.projectRoot, compileType: summary.compileType, expectedFiles: summary.sizes.fileCount },
    },
  };
}

export interface Credentials {
  privateKey: string;
  proxy: string | null;
}

export async function loadCredentials(io: CliIo, args: CommandArgs, command: CommandName): Promise<Step<Credentials>> {
  const key = await loadPrivateKey(args.key, io.env);
  if (!key.ok) {
    if (key.source) io.stderr.write(`密钥来源：${key.source}\n`);
    return { ok: false, exitCode: fail(io, args.json, key.problem) };
  }
  const proxy = chooseProxy(args.proxy, io.env, command);
  if (!proxy.ok) return { ok: false, exitCode: fail(io, args.json, proxy.problem) };
  if (proxy.proxy) io.stderr.write(`使用代理 ${redactUrl(proxy.proxy)}（来自 ${proxy.source}）\n`);
  return { ok: true, value: { privateKey: key.privateKey, proxy: proxy.proxy } };
}
