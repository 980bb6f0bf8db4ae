import { linkUrl } from '../../../shared/deep-links';
import type { CommandArgs } from '../cli-args';
import { EXIT, fail, printJson, type CliIo } from '../cli-io';
import { loadCredentials, openProject } from '../job-context';
import { packageSizesText, seconds } from '../project-summary-text';
import { checkRobot, checkVersion } from '../release-options';
import { runCommandJob } from '../run-job';

/** `mp-release upload <dir> --version v`: upload as the robot's 开发版本. */
export async function uploadCommand(io: CliIo, args: CommandArgs): Promise<number> {
  const opened = await openProject(io, args, true);
  if (!opened.ok) return opened.exitCode;
  const { summary, project } = opened.value;

  const version = checkVersion(args.version, summary.compileType);
  if (!version.ok) return fail(io, args.json, version.problem);
  const robot = checkRobot(args.robot);
  if (!robot.ok) return fail(io, args.json, robot.problem);
  const credentials = await loadCredentials(io, args, 'upload');
  if (!credentials.ok) return credentials.exitCode;

  io.stderr.write(`上传 ${summary.projectName || summary.appid}（${summary.appid}）版本 ${version.version}，机器人 ${robot.robot}\n`);
  const run = await runCommandJob(io, args, { kind: 'upload', project, options: { version: version.version, desc: args.desc, robot: robot.robot, buildNpm: summary.npm.needsBuild }, ...credentials.value });
  if (!run.ok) return run.exitCode;

  const result = run.value;
  if (args.json) {
    printJson(io, { ok: true, result });
  } else {
    io.stdout.write(`上传成功：${summary.projectName || summary.appid} ${version.version}（机器人 ${robot.robot}），用时 ${seconds(result.durationMs)}\n`);
    io.stdout.write(packageSizesText(result.sizes));
    io.stdout.write(`下一步：在公众平台「版本管理」把这个开发版本选为体验版，或提交审核：\n  ${linkUrl({ kind: 'mp', page: 'versions' })}\n`);
  }
  return EXIT.ok;
}
