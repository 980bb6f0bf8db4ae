import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mapLimit } from '../../electron/services/project/map-limit';

// Mini programs of N pages (moved here from the former bench/project-pages.bench.ts): a quarter in the
// main package, the rest in subpackages of 20, page paths as long as real ones. "complete": every page
// with its four files; "missing": no page files at all, so every page is a problem pointing at its line
// in app.json (that shape was once quadratic: 1k pages 1.2 s, 16k pages 79 s).

export type PagesShape = 'complete' | 'missing';
const PAGES_PER_SUBPACKAGE = 20;

function layout(pageCount: number): { main: string[]; subpackages: Array<{ root: string; pages: string[] }> } {
  const mainCount = Math.floor(pageCount / 4);
  const main = Array.from({ length: mainCount }, (_, i) => `pages/goods-category-${i}/goods-category-list-${i}`);
  const subpackages: Array<{ root: string; pages: string[] }> = [];
  for (let done = mainCount, s = 0; done < pageCount; s++) {
    const count = Math.min(PAGES_PER_SUBPACKAGE, pageCount - done);
    subpackages.push({ root: `sub${s}/`, pages: Array.from({ length: count }, (_, i) => `pages/order-detail-${i}/order-detail-view-${i}`) });
    done += count;
  }
  return { main, subpackages };
}

export async function writePagesProject(root: string, pageCount: number, shape: PagesShape): Promise<void> {
  const { main, subpackages } = layout(pageCount);
  await mkdir(root, { recursive: true });
  await writeFile(path.join(root, 'project.config.json'), JSON.stringify({ appid: 'wx0123456789abcdef', projectname: 'bench', compileType: 'miniprogram' }, null, 2));
  await writeFile(path.join(root, 'app.json'), JSON.stringify({ pages: main, subpackages }, null, 2));
  await writeFile(path.join(root, 'app.js'), 'App({});\n');
  await writeFile(path.join(root, 'app.wxss'), 'page { color: #333; }\n');
  await Promise.all(subpackages.map((sub) => mkdir(path.join(root, sub.root), { recursive: true })));
  if (shape === 'missing') return;
  const bases = [...main, ...subpackages.flatMap((sub) => sub.pages.map((page) => sub.root + page))];
  await mapLimit(bases, 16, async (base) => {
    const abs = path.join(root, base);
    await mkdir(path.dirname(abs), { recursive: true });
    const name = path.basename(base);
    await writeFile(`${abs}.js`, `Page({ data: { title: '${name}' } });\n`);
    await writeFile(`${abs}.json`, `{ "navigationBarTitleText": "${name}" }\n`);
    await writeFile(`${abs}.wxml`, '<view>{{title}}</view>\n');
    await writeFile(`${abs}.wxss`, 'view { color: #333; }\n');
  });
}
