import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mapLimit } from '../../electron/services/project/map-limit';

// A realistic shop mini program of about 1,100 files, for the upload and preview figures: 120 main-package
// pages and 80 pages in an order subpackage (each js/json/wxml/wxss, ES2015+ code that requires utils and
// uses components), 30 components, 40 utils and 120 images of 2–6 KB. About 1.1 MB, under the 2 MB
// main-package limit: miniprogram-ci compiles it for real (es6, from project.config.json; not minified, to keep the suite inside its time budget) and
// the app's verdict finds no error in it (its server domains are warnings, as on any real project).

export const SHOP_APPID = 'wx0123456789abcdef';
const MAIN_PAGES = 120;
const ORDER_PAGES = 80;
const COMPONENTS = 30;
const UTILS = 40;
const IMAGES = 120;

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['goods', 'cart', 'order', 'coupon', 'address', 'refund', 'member', 'points', 'search', 'brand', 'flash', 'group'];

function pageFiles(name: string, depth: string, index: number, component: string): Record<string, string | Buffer> {
  const util = `util${index % UTILS}`;
  return {
    js: `const { format${index % UTILS}, request${index % UTILS} } = require('${depth}utils/${util}.js');
const PAGE_SIZE = ${10 + (index % 20)};

Page({
  data: { list: [], page: 1, loading: false, title: '${name}', total: 0 },
  async onLoad(query) {
    const id = query.id ?? '${index}';
    this.setData({ title: \`${name} #\${id}\` });
    await this.load();
  },
  async load() {
    if (this.data.loading) return;
    this.setData({ loading: true });
    const { items = [], total = 0 } = await request${index % UTILS}('/v1/${name}', { page: this.data.page, size: PAGE_SIZE });
    const list = [...this.data.list, ...items.map((item) => ({ ...item, price: format${index % UTILS}(item.price) }))];
    this.setData({ list, total, loading: false, page: this.data.page + 1 });
  },
  onReachBottom() {
    if (this.data.list.length < this.data.total) this.load();
  },
  onTapItem(event) {
    const { id } = event.currentTarget.dataset;
    wx.navigateTo({ url: \`/pages/${WORDS[index % WORDS.length]}${index}/index?id=\${id}\` });
  },
});
`,
    json: JSON.stringify({ navigationBarTitleText: name, usingComponents: { 'shop-card': `/components/${component}/index` } }, null, 2),
    wxml: `<view class="page">
  <view class="page__title">{{title}}</view>
  <block wx:for="{{list}}" wx:key="id">
    <shop-card item="{{item}}" data-id="{{item.id}}" bindtap="onTapItem" />
  </block>
  <view wx:if="{{loading}}" class="page__loading">loading…</view>
  <image class="page__banner" src="/images/img${index % IMAGES}.png" mode="widthFix" />
</view>
`,
    wxss: `.page { padding: 24rpx; background: #f7f7f7; }
.page__title { font-size: 36rpx; font-weight: 600; margin-bottom: 16rpx; }
.page__loading { color: #999; text-align: center; padding: 24rpx; }
.page__banner { width: 100%; border-radius: 12rpx; margin-top: ${index % 32}rpx; }
`,
  };
}

function componentFiles(index: number): Record<string, string> {
  return {
    js: `Component({
  properties: { item: { type: Object, value: {} } },
  data: { pressed: false },
  methods: {
    onPress() { this.setData({ pressed: !this.data.pressed }); this.triggerEvent('press', { id: this.data.item.id }); },
  },
});
`,
    json: JSON.stringify({ component: true }),
    wxml: `<view class="card card--${index}" bindtap="onPress">
  <image class="card__image" src="{{item.cover}}" mode="aspectFill" />
  <view class="card__name">{{item.name}}</view>
  <view class="card__price">¥{{item.price}}</view>
</view>
`,
    wxss: `.card { display: flex; padding: 16rpx; background: #fff; }\n.card__image { width: 160rpx; height: 160rpx; }\n.card__price { color: #e64340; }\n`,
  };
}

function utilFile(index: number): string {
  return `const BASE = 'https://api${index % 4}.bench-shop.cn';

function format${index}(cents) {
  return (Number(cents || 0) / 100).toFixed(2);
}

function request${index}(path, data) {
  return new Promise((resolve, reject) => {
    wx.request({
      url: BASE + path,
      data,
      method: 'GET',
      success: (res) => (res.statusCode === 200 ? resolve(res.data) : reject(new Error(\`HTTP \${res.statusCode}\`))),
      fail: reject,
    });
  });
}

module.exports = { format${index}, request${index} };
`;
}

/** A PNG-like file: the signature and IHDR, then noise (the compiler copies images as they are). */
function imageFile(next: () => number): Buffer {
  const size = 2048 + Math.floor(next() * 4096);
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = Math.floor(next() * 256);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]).copy(bytes);
  return bytes;
}

/** Writes the shop under `root`; returns the number of files written. */
export async function writeShopProject(root: string): Promise<number> {
  const next = random(1000);
  const files = new Map<string, string | Buffer>();
  const mainPages = Array.from({ length: MAIN_PAGES }, (_, i) => `pages/${WORDS[i % WORDS.length]}${i}/index`);
  const orderPages = Array.from({ length: ORDER_PAGES }, (_, i) => `pages/${WORDS[i % WORDS.length]}-order${i}/index`);
  files.set('project.config.json', JSON.stringify({ appid: SHOP_APPID, projectname: 'bench-shop', compileType: 'miniprogram', miniprogramRoot: 'miniprogram/', setting: { es6: true, minified: false } }, null, 2));
  const app = 'miniprogram/';
  files.set(`${app}app.json`, JSON.stringify({ pages: mainPages, subpackages: [{ root: 'packageOrder/', pages: orderPages }], window: { navigationBarTitleText: 'Bench Shop' }, sitemapLocation: 'sitemap.json' }, null, 2));
  files.set(`${app}app.js`, "App({ globalData: { cart: [] }, onLaunch() { this.globalData.launchedAt = Date.now(); } });\n");
  files.set(`${app}app.wxss`, 'page { font-size: 28rpx; color: #333; }\n');
  files.set(`${app}sitemap.json`, JSON.stringify({ rules: [{ action: 'allow', page: '*' }] }));
  for (let i = 0; i < COMPONENTS; i++) for (const [ext, body] of Object.entries(componentFiles(i))) files.set(`${app}components/card${i}/index.${ext}`, body);
  for (let i = 0; i < UTILS; i++) files.set(`${app}utils/util${i}.js`, utilFile(i));
  for (let i = 0; i < IMAGES; i++) files.set(`${app}images/img${i}.png`, imageFile(next));
  mainPages.forEach((page, i) => {
    for (const [ext, body] of Object.entries(pageFiles(page, '../../', i, `card${i % COMPONENTS}`))) files.set(`${app}${page}.${ext}`, body);
  });
  orderPages.forEach((page, i) => {
    for (const [ext, body] of Object.entries(pageFiles(page, '../../../', i, `card${i % COMPONENTS}`))) files.set(`${app}packageOrder/${page}.${ext}`, body);
  });
  const entries = [...files];
  await mapLimit([...new Set(entries.map(([rel]) => path.dirname(path.join(root, rel))))], 16, (dir) => mkdir(dir, { recursive: true }));
  await mapLimit(entries, 32, ([rel, body]) => writeFile(path.join(root, rel), body));
  return entries.length;
}
