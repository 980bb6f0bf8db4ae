import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mapLimit } from '../../electron/services/project/map-limit';

// The big generated tree of the open-and-check figures (moved here from
// bench/domain-scan.bench.ts, which now uses it too): a mini program of `count` files, deterministic, JS pages and components,
// WXML, JSON, PNG-like binaries and three minified vendor bundles of 2.5 MB in miniprogram_npm. At 20,000
// files it is about 200 MB. Its app.json names one page the tree does not have: the check reports it, as
// it would on a real project with a missing page, and still counts and scans everything.


function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(20240611);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const words = ['goods', 'cart', 'order', 'user', 'coupon', 'shop', 'list', 'detail', 'price', 'count', 'banner', 'notice', 'address', 'pay'];
const ident = () => `${pick(words)}${pick(words).replace(/^./, (c) => c.toUpperCase())}${Math.floor(random() * 100)}`;
const hosts = Array.from({ length: 120 }, (_, i) => `${pick(['api', 'img', 'cdn', 'h5', 'upload', 'files', 'ws'])}${i}.bench-shop.cn`);

function jsChunk(withUrl: boolean): string {
  const name = ident();
  const parts = [
    `// ${name}: loads the ${pick(words)} list. See https://developers.weixin.qq.com/miniprogram/dev/api/network/request/wx.request.html\n`,
    `function ${name}(options) {\n  const size = options.size || 20;\n  const pages = Math.ceil(options.total / size);\n`,
    `  const re = /\\/\\/+|[/*]/g; // not a comment start\n  const key = \`${name}-\${size}-\${pages}\`;\n`,
    `  return { size, pages, key, label: '${pick(words)} // ${pick(words)}' };\n}\n`,
  ];
  if (withUrl) {
    const host = pick(hosts);
    parts.push(
      pick([
        `const BASE_URL_${name} = 'https://${host}';\nwx.request({ url: BASE_URL_${name} + '/v1/${pick(words)}', method: 'POST', data: { id: 1 } });\n`,
        `wx.downloadFile({ url: 'https://${host}/files/${pick(words)}.pdf' });\n`,
        `wx.uploadFile({ url: \`https://${host}/upload/\${Date.now()}\`, filePath: p, name: 'file' });\n`,
        `this.setData({ bannerImg: 'https://${host}/banner/${Math.floor(random() * 1000)}.png' });\n`,
        `/* old: https://old-${host} */ wx.connectSocket({ url: 'wss://${host}/chat' });\n`,
      ]),
    );
  }
  parts.push(`Page({\n  data: { ${ident()}: [], ${ident()}: 0, loading: false },\n  onLoad() { this.${name}({ total: 100 }); },\n});\n`);
  return parts.join('');
}

function wxmlChunk(withUrl: boolean): string {
  const cls = ident();
  const image = withUrl ? `<image src="https://${pick(hosts)}/p/${Math.floor(random() * 1000)}.jpg" mode="aspectFill" />` : '<image src="/images/local.png" />';
  return `<view class="${cls}" wx:for="{{list}}" wx:key="id">\n  <!-- <image src="https://old.bench-shop.cn/x.png" /> -->\n  ${image}\n  <text>{{item.name}} {{item.price > 10 ? 'big' : 'small'}}</text>\n</view>\n`;
}

function jsonChunk(index: number): string {
  return `    { "id": ${index}, "title": "${pick(words)} ${pick(words)}", "price": ${Math.floor(random() * 10000) / 100}, "tags": ["${pick(words)}", "${pick(words)}"] },\n`;
}

/** A file body of about `bytes`, built from chunks; `urlRate` of the files get URLs. */
function buildText(kind: 'js' | 'wxml' | 'json', bytes: number, withUrls: boolean): string {
  const parts: string[] = [];
  let size = 0;
  let index = 0;
  if (kind === 'json') parts.push('{\n  "usingComponents": {},\n  "list": [\n');
  while (size < bytes) {
    const chunk = kind === 'js' ? jsChunk(withUrls && index % 4 === 0) : kind === 'wxml' ? wxmlChunk(withUrls && index % 3 === 0) : jsonChunk(index);
    parts.push(chunk);
    size += chunk.length;
    index++;
  }
  if (kind === 'json') parts.push(`    { "id": -1, "cover": "${withUrls ? `https://${pick(hosts)}/cover.png` : '/img/cover.png'}" }\n  ]\n}\n`);
  return parts.join('');
}

/** A minified-looking bundle: one long line, URLs here and there. */
function buildBundle(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const chunk = `var ${ident()}=function(t,e){return t.map(function(n){return n*e+"${pick(words)}"})};${random() < 0.01 ? `var u="https://${pick(hosts)}/sdk";` : ''}`;
    parts.push(chunk);
    size += chunk.length;
  }
  return parts.join('');
}

const BINARY = (() => {
  const buffer = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < buffer.length; i++) buffer[i] = Math.floor(random() * 256);
  // PNG signature and IHDR: a NUL byte early, as in real images (rg stops at it).
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]).copy(buffer);
  return buffer;
})();

interface Spec {
  rel: string;
  data: string | Buffer;
}

/**
 * Builds the file list: 40% JS (~8 KB), 20% WXML (~5 KB), 20% JSON (~3 KB), 20% PNG-like
 * binaries (~26 KB), 3 bundles of 2.5 MB; about 10 files per folder. Bodies come from a pool
 * of 64 per kind (generation stays fast), each file gets its own header line.
 */
function plan(count: number): Spec[] {
  const pool = (kind: 'js' | 'wxml' | 'json', bytes: number) =>
    Array.from({ length: 64 }, (_, i) => buildText(kind, Math.floor(bytes * (0.5 + random())), i % 5 < 2));
  const jsPool = pool('js', 8 * 1024);
  const wxmlPool = pool('wxml', 5 * 1024);
  const jsonPool = pool('json', 3 * 1024);
  const specs: Spec[] = [
    { rel: 'project.config.json', data: JSON.stringify({ appid: 'wx1111111111111111', miniprogramRoot: 'miniprogram/', compileType: 'miniprogram' }) },
    { rel: 'miniprogram/app.json', data: JSON.stringify({ pages: ['pages/p0/index'] }) },
  ];
  for (let b = 0; b < 3; b++) specs.push({ rel: `miniprogram/miniprogram_npm/vendor${b}/index.js`, data: buildBundle(2.5 * 1024 * 1024) });
  for (let i = 0; specs.length < count; i++) {
    const folder = `miniprogram/${i % 7 === 0 ? 'components' : 'pages'}/p${Math.floor(i / 10)}`;
    const slot = i % 10;
    if (slot < 4) specs.push({ rel: `${folder}/f${i}.js`, data: `// file ${i}\n${pick(jsPool)}` });
    else if (slot < 6) specs.push({ rel: `${folder}/f${i}.wxml`, data: `<!-- file ${i} -->\n${pick(wxmlPool)}` });
    else if (slot < 8) specs.push({ rel: `${folder}/f${i}.json`, data: pick(jsonPool) });
    else {
      const size = Math.floor(13 * 1024 + random() * 26 * 1024);
      const start = Math.floor(random() * (BINARY.length - size - 16));
      specs.push({ rel: `${folder}/f${i}.png`, data: Buffer.concat([BINARY.subarray(0, 16), BINARY.subarray(start + 16, start + size)]) });
    }
  }
  return specs;
}

/** Writes the tree under `dir`; returns its file count and bytes. */
export async function writeScanTree(dir: string, count: number): Promise<{ files: number; bytes: number }> {
  const specs = plan(count);
  const folders = [...new Set(specs.map((spec) => path.dirname(path.join(dir, spec.rel))))];
  await mapLimit(folders, 16, (folder) => mkdir(folder, { recursive: true }));
  await mapLimit(specs, 32, (spec) => writeFile(path.join(dir, spec.rel), spec.data));
  return { files: specs.length, bytes: specs.reduce((sum, spec) => sum + Buffer.byteLength(spec.data), 0) };
}
