import { linkUrl } from '../../../shared/deep-links';
import { DEFAULT_IP_ECHO_SERVICES, findPublicIp } from '../../services/network/public-ip';
import type { CommandArgs } from '../cli-args';
import { EXIT, fail, printJson, printProblems, type CliIo } from '../cli-io';
import { describeForCli } from '../cli-problems';
import { loadCredentials, openProject } from '../job-context';
import { seconds } from '../project-summary-text';
import { runJob, SIGNAL_EXIT_CODES } from '../run-job';

/**
 * `mp-release doctor <dir>`: one signed getattr request proves the key, the AppID, the IP
 * whitelist and the network together; the public IP is what the admin must whitelist.
 * Only the connection check decides the exit code; an unknown IP is reported as a warning.
 */
export async function doctorCommand(io: CliIo, args: CommandArgs): Promise<number> {
  const opened = await openProject(io, args, false);
  if (!opened.ok) return opened.exitCode;
  const { summary, project } = opened.value;
  const credentials = await loadCredentials(io, args, 'doctor');
  if (!credentials.ok) return credentials.exitCode;
  const { proxy } = credentials.value;

  io.stderr.write(`检查 ${summary.projectName || summary.appid}（${summary.appid}）的上传密钥、IP 白名单和网络…\n`);
  const [ip, run] = await Promise.all([
    // Through the same proxy as the upload: the proxy's address is the one WeChat sees.
    findPublicIp({ services: args.ipServices ?? DEFAULT_IP_ECHO_SERVICES, proxy }),
    runJob(
      {
        kind: 'connection-check',
        project,
        options: {},
        ...credentials.value,
        deadlineMs: args.timeoutSeconds === undefined ? undefined : args.timeoutSeconds * 1000,
      },
      { stderr: io.stderr, showProgress: false },
    ),
  ]);

  const publicIp = ip.ok ? { ip: ip.ip, source: ip.source } : null;
  const ipProblem = ip.ok ? undefined : describeForCli({ ...ip.problem, severity: 'warning' });
  if (!ip.ok) printProblems(io, [{ ...ip.problem, severity: 'warning' }]);
  else if (!args.json) io.stdout.write(`本机公网 IP：${ip.ip}（查询自 ${ip.source}）\n`);

  if (!run.outcome) return fail(io, args.json, run.problem, { publicIp, ipProblem });
  const { outcome, signal } = run;
  if (!outcome.ok) {
    const code = fail(io, args.json, outcome.problem, { publicIp, ipProblem });
    return signal ? (SIGNAL_EXIT_CODES[signal] ?? EXIT.interrupted) : code;
  }

  if (args.json) {
    printJson(io, { ok: true, result: outcome.value, publicIp, ipProblem });
  } else {
    io.stdout.write(`连接检查通过：微信接受了这把密钥从这台电脑发出的请求（用时 ${seconds(outcome.value.durationMs)}）。\n`);
    if (ip.ok) {
      io.stdout.write(`如果换了网络或电脑，请确认新的公网 IP 在「代码上传 IP 白名单」里：\n  ${linkUrl({ kind: 'mp', page: 'devSettings' })}\n`);
    }
  }
  return EXIT.ok;
}
