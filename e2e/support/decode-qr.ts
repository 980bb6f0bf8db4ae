import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** What a QR code in a PNG file says, read the way a phone would (jsQR on the pixels); null when it reads nothing. */
export function decodeQrPng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  const pixels = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  return jsQR(pixels, image.width, image.height)?.data ?? null;
}

/** The same, for a `data:image/png;base64,…` URL. */
export function decodeQrDataUrl(dataUrl: string): string | null {
  const base64 = /^data:image\/png;base64,(.+)$/.exec(dataUrl)?.[1];
  if (!base64) throw new Error(`not a PNG data URL: ${dataUrl.slice(0, 40)}…`);
  return decodeQrPng(Buffer.from(base64, 'base64'));
}
