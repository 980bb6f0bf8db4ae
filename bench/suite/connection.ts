import { appJob, runTool, type AppAndTool } from '../support/app-and-tool';
import { runPairs } from '../support/paired';
import { summarize } from '../support/stats';
import type { Table } from '../support/table';

// Figure 3: the app's connection check (the contract's front, the project read for its AppID, a job
// process with miniprogram-ci's signing and request modules) against a one-off `node -e` that loads the
// same two modules and makes one signed getattr through the same fake. Both start one Node process.

const TARGET = 1.2;

/** The bare script: what anyone would write to check a key, with nothing of the app around it. */
const BARE_GETATTR = `
const { getSignature } = require('miniprogram-ci/dist/utils/sign');
const { request, setCiProxy } = require('miniprogram-ci/dist/utils/request');
const { GET_ATTR_URL } = require('miniprogram-ci/dist/config/url.config');
const [appid, keyFile, proxy] = process.argv.slice(1);
(async () => {
  setCiProxy(proxy);
  const signature = await getSignature(require('fs').readFileSync(keyFile, 'utf8'), appid);
  const { body } = await request({ url: GET_ATTR_URL, method: 'post', body: JSON.stringify({ appid, signature }), headers: { 'content-type': 'application/json' } });
  if (JSON.parse(body).errCode !== 0) { console.error(body); process.exit(1); }
})().catch((error) => { console.error(error); process.exit(1); });
`;

export async function connectionFigure(table: Table, bench: AppAndTool, project: { root: string; appid: string }, pairs: number): Promise<void> {
  const runs = Math.max(pairs, 7);
  console.log(`\n3. Connection check (${runs} pairs, after one warm-up of each side)`);
  const app = () => appJob(bench, 'release:checkConnection', { projectRoot: project.root });
  const bare = () => runTool(['-e', BARE_GETATTR, project.appid, bench.keyFile, bench.fake.proxyUrl], bench.toolEnv, process.cwd());
  await app();
  await bare();
  const results = await runPairs(runs, app, bare);
  const ratios = summarize(results.map((r) => r.ratio));
  table.addValues('Connection check: app', 'ms', results.map((r) => r.app), 'for reading');
  table.addValues('Connection check: bare script', 'ms', results.map((r) => r.tool), 'for reading');
  table.add({ figure: 'Connection check: app / bare', unit: '×', summary: ratios, target: `≤ ${TARGET}× bare getattr`, ratio: ratios.median, met: ratios.median <= TARGET });
}
