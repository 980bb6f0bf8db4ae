import fs from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../../shared/model';

// The preview QR arrives as a data URL. An image file gets the decoded bytes (whatever format
// WeChat sent; the job already labels the data URL by the bytes), a .txt file the data URL itself.

export type QrWrite = { ok: true; file: string; mimeType: string; bytes: number } | { ok: false; problem: Problem };

export async function writeQrFile(target: string, dataUrl: string): Promise<QrWrite> {
  const file = path.resolve(target);
  const match = /^data:([\w/+.-]+);base64,(.*)$/s.exec(dataUrl);
  const mimeType = match?.[1] ?? 'application/octet-stream';
  const content = /\.txt$/i.test(file) ? `${dataUrl}\n` : Buffer.from(match?.[2] ?? '', 'base64');
  try {
    await fs.writeFile(file, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return { ok: false, problem: { code: 'cli.qr-write-failed', severity: 'error', params: { path: file }, detail: code } };
  }
  return { ok: true, file, mimeType, bytes: content.length };
}
