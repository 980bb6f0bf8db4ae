import fs from 'node:fs';
import path from 'node:path';

// Three copies of the nested-shop fixture, each its own appid and name: the batch tests' projects
// (the app and `mp-release batch` alike).

export const BATCH_APPIDS = ['wx1000000000000001', 'wx2000000000000002', 'wx3000000000000003'] as const;
const NESTED_SHOP_FRONTEND = path.resolve('e2e/fixtures/projects/nested-shop/frontend');

/** Copies the fixture under `dir` as shop-1..3 (frontend folders), each with its appid and name; returns their roots. */
export function makeBatchProjects(dir: string): string[] {
  return BATCH_APPIDS.map((appid, i) => {
    const root = path.join(dir, `shop-${i + 1}`);
    fs.cpSync(NESTED_SHOP_FRONTEND, root, { recursive: true });
    const configFile = path.join(root, 'project.config.json');
    const config = JSON.parse(fs.readFileSync(configFile, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(configFile, JSON.stringify({ ...config, appid, projectname: `shop-${i + 1}` }, null, 2));
    return root;
  });
}
