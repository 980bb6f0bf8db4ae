// Draws the app icon source, build/icon.png (1024×1024, transparent corners), with pngjs only:
// a green rounded square (WeChat's green family) with a white "release" arrow over a bar.
// electron-builder derives every platform size from this one file (icns, ico, the Linux
// hicolor set), so only the source is committed. Run: node scripts/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const SIZE = 1024;
const SAMPLES = 4; // 4×4 supersampling per pixel, for smooth edges without a canvas library

// macOS's icon grid: an 824 px body centred in the 1024 canvas, corner radius about 185.
const inRoundedRect = (x, y, left, top, right, bottom, radius) => {
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 && x >= left && x <= right && y >= top && y <= bottom;
};
const inBody = (x, y) => inRoundedRect(x, y, 100, 100, 924, 924, 185);

// The arrow head: apex (512, 230), base from (312, 470) to (712, 470).
const inHead = (x, y) => y <= 470 && y >= 230 && Math.abs(x - 512) <= ((y - 230) / 240) * 200;
const inShaft = (x, y) => inRoundedRect(x, y, 452, 440, 572, 690, 16);
const inBar = (x, y) => inRoundedRect(x, y, 322, 742, 702, 812, 35);
const inMark = (x, y) => inHead(x, y) || inShaft(x, y) || inBar(x, y);

const top = [43, 212, 125];
const bottom = [7, 163, 85];

const png = new PNG({ width: SIZE, height: SIZE });
for (let py = 0; py < SIZE; py += 1) {
  const t = py / (SIZE - 1);
  const green = top.map((c, i) => c + (bottom[i] - c) * t);
  for (let px = 0; px < SIZE; px += 1) {
    let body = 0;
    let mark = 0;
    for (let sy = 0; sy < SAMPLES; sy += 1) {
      for (let sx = 0; sx < SAMPLES; sx += 1) {
        const x = px + (sx + 0.5) / SAMPLES;
        const y = py + (sy + 0.5) / SAMPLES;
        if (inBody(x, y)) {
          body += 1;
          if (inMark(x, y)) mark += 1;
        }
      }
    }
    const n = SAMPLES * SAMPLES;
    const whiteShare = body ? mark / body : 0;
    const at = (py * SIZE + px) * 4;
    for (let i = 0; i < 3; i += 1) png.data[at + i] = Math.round(green[i] + (255 - green[i]) * whiteShare);
    png.data[at + 3] = Math.round((body / n) * 255);
  }
}
writeFileSync(new URL('../build/icon.png', import.meta.url), PNG.sync.write(png));
console.log(`build/icon.png: ${SIZE}×${SIZE}`);
