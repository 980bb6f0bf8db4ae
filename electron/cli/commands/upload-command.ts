import { linkUrl } from '../../../shared/deep-links';
import { DEFAULT_ROBOT } from '../../../shared/release-rules';
import type { CommandArgs } from '../cli-args';
import { EXIT, printJson, type CliIo } from '../cli-io';
import { duration, packageSizesText } from '../project-summary-text';
import { openRelease, runReleaseJob } from '../release-job';

/** `mp-release upload <dir> --version v`: upload as the robot's 开发版本, on the app's release service. */
export async function uploadCommand(io: CliIo, args: CommandArgs): Promise<number> {
  const release = openRelease(io, args, 'upload');
  if (!release.ok) return release.exitCode;
  const request = { projectRoot: args.dir, version: args.version ?? '', desc: args.desc, robot: args.robot };
  const run = await runReleaseJob(io, args, release.value, (service, sink) => service.upload(request, sink));
  if (!run.ok) return run.exitCode;
  const { value: result, problems, check } = run.value;
  if (args.json) {
    printJson(io, { ok: true, result, problems });
    return EXIT.ok;
  }
  const name = check?.summary ? check.summary.projectName || check.summary.appid : '';
  const robot = args.robot ?? DEFAULT_ROBOT;
  io.stdout.write(`${io.t('cli.upload.done', { name, version: request.version.trim(), robot, duration: duration(result.durationMs, io.t) })}\n`);
  io.stdout.write(packageSizesText(result.sizes, io.t));
  io.stdout.write(`${io.t('cli.upload.next', { link: linkUrl({ kind: 'mp', page: 'versions' }) })}\n`);
  return EXIT.ok;
}
