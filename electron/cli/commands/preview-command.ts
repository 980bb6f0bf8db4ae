import type { CommandArgs } from '../cli-args';
import { EXIT, fail, printJson, type CliIo } from '../cli-io';
import { loadCredentials, openProject } from '../job-context';
import { packageSizesText, seconds } from '../project-summary-text';
import { writeQrFile } from '../qr-file';
import { checkRobot } from '../release-options';
import { runCommandJob } from '../run-job';

/** `mp-release preview <dir> --qr out.png`: a preview QR code, saved to a file. */
export async function previewCommand(io: CliIo, args: CommandArgs): Promise<number> {
  const opened = await openProject(io, args, true);
  if (!opened.ok) return opened.exitCode;
  const { summary, project } = opened.value;
  const robot = checkRobot(args.robot);
  if (!robot.ok) return fail(io, args.json, robot.problem);
  const credentials = await loadCredentials(io, args, 'preview');
  if (!credentials.ok) return credentials.exitCode;

  io.stderr.write(`预览 ${summary.projectName || summary.appid}（${summary.appid}）${args.page ? `，页面 ${args.page}` : ''}\n`);
  const run = await runCommandJob(io, args, { kind: 'preview', project, options: { robot: robot.robot, pagePath: args.page, searchQuery: args.query, buildNpm: summary.npm.needsBuild }, ...credentials.value });
  if (!run.ok) return run.exitCode;

  const written = await writeQrFile(args.qr!, run.value.qrDataUrl);
  if (!written.ok) return fail(io, args.json, written.problem);
  const { sizes, durationMs } = run.value;
  if (args.json) {
    printJson(io, { ok: true, result: { qrFile: written.file, qrMimeType: written.mimeType, sizes, durationMs } });
  } else {
    io.stdout.write(`预览二维码已保存：${written.file}（用时 ${seconds(durationMs)}）\n`);
    io.stdout.write(packageSizesText(sizes));
    io.stdout.write('用微信扫码即可打开预览；二维码有效期较短（约 25 分钟），过期请重新生成。\n');
  }
  return EXIT.ok;
}
