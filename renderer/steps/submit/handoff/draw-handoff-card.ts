import type { HandoffCardContent } from '../../../../shared/handoff';

// The hand-off card as a PNG for a chat: drawn on a canvas from the same content as the text, so the
// image and the text never disagree. Fixed light colours: it is read on a phone, not in the app's theme.

const WIDTH = 760;
const PAD = 32;
const QR_SIZE = 200;
const FONT = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';
const INK = '#1f2328';
const MUTED = '#57606a';
const BRAND = '#07814a';

const lineHeight = (font: string) => Number(/(\d+)px/.exec(font)?.[1] ?? 16) * 1.35;

/** Words the card needs besides its content, in the operator's language. */
export interface CardLabels {
  whatToClick: string;
  qrCaption: string;
  line(label: string, value: string): string;
}

interface Line {
  text: string;
  font: string;
  color: string;
  /** Space above the line. */
  gap: number;
}

/** Breaks text into lines that fit: at spaces where there are some, anywhere in CJK or a long URL. */
function wrap(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(/[^\s\u3000-\u9fff\uff00-\uffef]+|\s+|./gsu) ?? []) {
    if (ctx.measureText(line + token).width <= maxWidth) {
      line += token;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
    for (const char of token.trimStart()) {
      if (ctx.measureText(line + char).width > maxWidth && line) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Lines in drawing order; a line that would sit beside the QR is kept narrower than the QR's left edge. */
function layout(ctx: CanvasRenderingContext2D, content: HandoffCardContent, labels: CardLabels, withQr: boolean): Line[] {
  const lines: Line[] = [];
  let y = PAD;
  const qrBottom = withQr ? PAD + QR_SIZE + 30 : 0;
  const add = (text: string, font: string, color: string, gap: number) => {
    ctx.font = font;
    // Decided per paragraph from where it starts: a paragraph that starts beside the QR stays narrow.
    const maxWidth = y + gap < qrBottom ? WIDTH - PAD * 3 - QR_SIZE : WIDTH - PAD * 2;
    wrap(ctx, text, maxWidth).forEach((part, i) => {
      const line = { text: part, font, color, gap: i === 0 ? gap : 4 };
      lines.push(line);
      y += line.gap + lineHeight(font);
    });
  };
  add(content.title, `bold 26px ${FONT}`, INK, 0);
  content.fields.forEach(({ label, value }, i) => add(labels.line(label, value), `18px ${FONT}`, INK, i === 0 ? 18 : 8));
  add(labels.whatToClick, `bold 18px ${FONT}`, BRAND, 22);
  content.steps.forEach((step, i) => add(`${i + 1}. ${step}`, `17px ${FONT}`, INK, 8));
  content.links.forEach(({ label, url }, i) => add(labels.line(label, url), `14px ${FONT}`, MUTED, i === 0 ? 20 : 6));
  return lines;
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the trial QR image did not load'));
    image.src = src;
  });
}

/** The card as a PNG data URL, with the 体验版 QR at the top right when there is one. */
export async function drawHandoffCard(content: HandoffCardContent, qrImage: string | null, labels: CardLabels): Promise<string> {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const lines = layout(ctx, content, labels, qrImage !== null);
  const textHeight = lines.reduce((sum, line) => sum + line.gap + lineHeight(line.font), 0);
  canvas.width = WIDTH;
  canvas.height = Math.ceil(PAD * 2 + Math.max(textHeight, qrImage ? QR_SIZE + 30 : 0));

  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = BRAND;
  ctx.fillRect(0, 0, 8, canvas.height);
  ctx.textBaseline = 'top';
  let y = PAD;
  for (const line of lines) {
    y += line.gap;
    ctx.font = line.font;
    ctx.fillStyle = line.color;
    ctx.fillText(line.text, PAD, y);
    y += lineHeight(line.font);
  }
  if (qrImage) {
    const x = WIDTH - PAD - QR_SIZE;
    // A QR needs its quiet zone and crisp modules to scan from a photo of a screen.
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(await loadImage(qrImage), x, PAD, QR_SIZE, QR_SIZE);
    ctx.font = `14px ${FONT}`;
    ctx.fillStyle = MUTED;
    ctx.textAlign = 'center';
    ctx.fillText(labels.qrCaption, x + QR_SIZE / 2, PAD + QR_SIZE + 8);
  }
  return canvas.toDataURL('image/png');
}
