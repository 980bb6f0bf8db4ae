// A QR code reaches the operator as an image, or not at all. WeChat's preview answer is base64 that
// miniprogram-ci labels "image/jpeg" whatever it holds; an error page or an empty answer decoded as
// base64 would otherwise be shown as a broken picture, or saved as a .png nobody can open.

export type QrImageType = 'png' | 'jpeg';

export const IMAGE_MIME: Record<QrImageType, string> = { png: 'image/png', jpeg: 'image/jpeg' };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Every JPEG starts with SOI (FF D8) followed by a marker (FF xx). */
const JPEG_START = [0xff, 0xd8, 0xff];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => bytes.length > prefix.length && prefix.every((byte, i) => bytes[i] === byte);

/** The image format by its magic bytes, or null when the bytes are not a PNG or a JPEG. */
export function imageTypeOf(bytes: Uint8Array): QrImageType | null {
  if (startsWith(bytes, PNG_SIGNATURE)) return 'png';
  if (startsWith(bytes, JPEG_START)) return 'jpeg';
  return null;
}

/** The base64 payload of a `data:…;base64,…` URL, or null when it is not one. */
export function base64OfDataUrl(dataUrl: string): string | null {
  const match = /^data:[\w/+.-]+;base64,([A-Za-z0-9+/]*={0,2})$/.exec(dataUrl.trim());
  return match?.[1] ?? null;
}
