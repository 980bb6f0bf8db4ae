import type { CommandArgs } from '../cli-args';
import { EXIT, fail, printJson, type CliIo } from '../cli-io';
import { duration, packageSizesText } from '../project-summary-text';
import { writeQrFile } from '../qr-file';
import { openRelease, runReleaseJob } from '../release-job';

/** `mp-release preview <dir> --qr out.png`: a preview QR code, saved to a file. */
export async function previewCommand(io: CliIo, args: CommandArgs): Promise<number> {
  const release = openRelease(io, args, 'preview');
  if (!release.ok) return release.exitCode;
  const request = { projectRoot: args.dir, robot: args.robot, pagePath: args.page, searchQuery: args.query };
  const run = await runReleaseJob(io, args, release.value, (service, sink) => service.preview(request, sink));
  if (!run.ok) return run.exitCode;
  const { value: result, problems } = run.value;
  const written = await writeQrFile(args.qr!, result.qrDataUrl);
  if (!written.ok) return fail(io, args.json, written.problem);
  const { sizes, durationMs } = result;
  if (args.json) {
    printJson(io, { ok: true, result: { qrFile: written.file, qrMimeType: written.mimeType, sizes, durationMs }, problems });
    return EXIT.ok;
  }
  io.stdout.write(`${io.t('cli.preview.saved', { file: written.file, duration: duration(durationMs, io.t) })}\n`);
  io.stdout.write(packageSizesText(sizes, io.t));
  io.stdout.write(`${io.t('cli.preview.scan')}\n`);
  return EXIT.ok;
}
