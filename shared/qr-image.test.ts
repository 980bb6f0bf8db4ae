import { describe, expect, it } from 'vitest';
import { base64OfDataUrl, imageTypeOf } from './qr-image';

const bytes = (...values: number[]) => Uint8Array.from(values);
/** ASCII text as bytes (the shared code has neither TextEncoder nor Buffer). */
const text = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('the QR image check', () => {
  it('knows a PNG and a JPEG by their first bytes', () => {
    expect(imageTypeOf(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13))).toBe('png');
    expect(imageTypeOf(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16))).toBe('jpeg');
  });

  it('refuses what is not an image: an error page, JSON, text, GIF, nothing, a signature alone', () => {
    expect(imageTypeOf(text('<!DOCTYPE html><html>'))).toBeNull();
    expect(imageTypeOf(text('{"errCode":-1}'))).toBeNull();
    expect(imageTypeOf(text('GIF89a'))).toBeNull();
    expect(imageTypeOf(bytes())).toBeNull();
    // A PNG signature with nothing after it is no picture.
    expect(imageTypeOf(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBeNull();
    // "PNG" spelled without the high byte and line endings (a text file that says PNG).
    expect(imageTypeOf(text('PNG\r\n\u001a\n and more'))).toBeNull();
    expect(imageTypeOf(bytes(0xff, 0xd8, 0x00, 0x00))).toBeNull();
  });

  it('takes the base64 out of a data URL, and nothing out of anything else', () => {
    expect(base64OfDataUrl('data:image/jpeg;base64,iVBORw0KGgo=')).toBe('iVBORw0KGgo=');
    expect(base64OfDataUrl('data:application/octet-stream;base64,PGh0bWw+')).toBe('PGh0bWw+');
    expect(base64OfDataUrl('https://example.com/qr.png')).toBeNull();
    expect(base64OfDataUrl('data:image/png,plain')).toBeNull();
    expect(base64OfDataUrl('data:image/png;base64,not base64!')).toBeNull();
  });
});
