import { linkUrl } from '../../../shared/deep-links';
import { DEFAULT_ROBOT } from '../../../shared/release-rules';
import type { CommandArgs } from '../cli-args';
import { EXIT, printJson, type CliIo } from '../cli-io';
import { packageSizesText, seconds } from '../project-summary-text';
import { openRelease, runReleaseJob } from '../release-job';

/** `mp-release upload <dir> --version v`: upload as the robot's 开发版本, on the app's release service. */
export async function uploadCommand(io: CliIo, args: CommandArgs): Promise<number> {
  const release = openRelease(io, args, 'upload');
  if (!release.ok) return release.exitCode;
  const request = { projectRoot: args.dir, version: args.version ?? '', desc: args.desc, robot: args.robot };
  const run = await runReleaseJob(io, args, release.value, (service, sink) => service.upload(request, sink));
  if (!run.ok) return run.exitCode;
  const { value: result, problems, check } = run.value;
  const name = check?.summary ? check.summary.projectName || check.summary.appid : '';
  if (args.json) {
    printJson(io, { ok: true, result, problems });
  } else {
    io.stdout.write(`上传成功：${name} ${request.version.trim()}（机器人 ${args.robot ?? DEFAULT_ROBOT}），用时 ${seconds(result.durationMs)}\n`);
    io.stdout.write(packageSizesText(result.sizes));
    io.stdout.write(`下一步：在公众平台「版本管理」把这个开发版本选为体验版，或提交审核：\n  ${linkUrl({ kind: 'mp', page: 'versions' })}\n`);
  }
  return EXIT.ok;
}
