import { deflateSync } from 'node:zlib';
import QRCode from 'qrcode';

// PNG files written by hand (no image library in the fake): a grayscale image, and a QR code drawn as one.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** 8-bit grayscale PNG; `isDark(x, y)` picks black or white per pixel. */
export function encodeGrayscalePng(width: number, height: number, isDark: (x: number, y: number) => boolean): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // colour type: grayscale
  const rows = Buffer.alloc(height * (width + 1)); // each row starts with filter type 0
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) rows[y * (width + 1) + 1 + x] = isDark(x, y) ? 0x00 : 0xff;
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const QUIET_ZONE = 4;
const SCALE = 4;

/**
 * A real QR code for `text` (made with the qrcode package, drawn here as a grayscale PNG), so a test can
 * decode the preview QR it was shown or saved and compare it with what the fake encoded.
 */
export function qrCodePng(text: string): Buffer {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = (modules.size + 2 * QUIET_ZONE) * SCALE;
  return encodeGrayscalePng(size, size, (px, py) => {
    const x = Math.floor(px / SCALE) - QUIET_ZONE;
    const y = Math.floor(py / SCALE) - QUIET_ZONE;
    if (x < 0 || y < 0 || x >= modules.size || y >= modules.size) return false;
    return modules.get(y, x) === 1;
  });
}
