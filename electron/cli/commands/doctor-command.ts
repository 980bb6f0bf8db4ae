import { linkUrl } from '../../../shared/deep-links';
import { IP_WHITELIST_LIMIT, type PublicIpResult } from '../../../shared/network';
import { DEFAULT_IP_ECHO_SERVICES, findPublicIp } from '../../services/network/public-ip';
import type { CommandArgs } from '../cli-args';
import { describe, EXIT, printJson, printProblems, type CliIo } from '../cli-io';
import { duration } from '../project-summary-text';
import { openRelease, runReleaseJob } from '../release-job';

/** The addresses to whitelist: the echo services' answers, or else the one WeChat named when it refused. */
function publicIpOf(ip: PublicIpResult, refusedIp: string | undefined) {
  if (ip.ok) return { answers: ip.answers, sharedEntry: ip.sharedEntry };
  return refusedIp ? { answers: [{ ip: refusedIp, sources: ['wechat'] }], sharedEntry: null } : null;
}

function publicIpText(io: CliIo, ip: Extract<PublicIpResult, { ok: true }>): string {
  const lines = ip.answers.map((answer) => io.t('cli.doctor.publicIp', { ip: answer.ip, source: answer.sources.join(', ') }));
  if (ip.answers.length > 1) {
    lines.push(ip.sharedEntry ? io.t('cli.doctor.sharedEntry', { entry: ip.sharedEntry }) : io.t('cli.doctor.severalExits', { count: ip.answers.length, limit: IP_WHITELIST_LIMIT }));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `mp-release doctor <dir>`: one signed getattr request proves the key, the AppID, the IP
 * whitelist and the network together; the public IP is what the admin must whitelist.
 * Only the connection check decides the exit code; an unknown IP is reported as a warning.
 */
export async function doctorCommand(io: CliIo, args: CommandArgs): Promise<number> {
  const release = openRelease(io, args, 'doctor');
  if (!release.ok) return release.exitCode;
  io.stderr.write(`${io.t('cli.doctor.checking')}\n`);
  const [ip, run] = await Promise.all([
    // Through the same proxy as the upload: the proxy's address is the one WeChat sees.
    findPublicIp({ services: args.ipServices ?? DEFAULT_IP_ECHO_SERVICES, proxy: release.value.proxy }),
    runReleaseJob(io, args, release.value, (service, sink) => service.checkConnection({ projectRoot: args.dir }, sink), { showProgress: false, json: false }),
  ]);
  const ipProblem = ip.ok ? undefined : { ...ip.problem, severity: 'warning' as const };
  if (ipProblem) printProblems(io, [ipProblem]);
  else if (ip.ok && !args.json) io.stdout.write(publicIpText(io, ip));
  const refusedIp = !run.ok && run.problem.code === 'ci.invalid-ip' ? String(run.problem.params?.ip ?? '') || undefined : undefined;
  const publicIp = publicIpOf(ip, refusedIp);
  const extra = { publicIp, ipProblem: ipProblem && describe(io, ipProblem) };
  if (!run.ok) {
    if (args.json) printJson(io, { ok: false, problem: describe(io, run.problem), ...extra });
    return run.exitCode;
  }
  if (args.json) {
    printJson(io, { ok: true, result: run.value.value, ...extra });
  } else {
    io.stdout.write(`${io.t('cli.doctor.passed', { duration: duration(run.value.value.durationMs, io.t) })}\n`);
    io.stdout.write(`${io.t('cli.doctor.whitelistHint', { link: linkUrl({ kind: 'mp', page: 'devSettings' }) })}\n`);
  }
  return EXIT.ok;
}
