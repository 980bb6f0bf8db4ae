// `npm start`: launch the built app in Electron. Electron ≥ 42 fetches its binary on first
// launch; where that cannot happen (no internet), say so in one line and point to the
// browser harness instead of printing a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));

function binaryPath() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

let binary = binaryPath();
if (!binary) {
  console.log('Fetching the Electron binary (first launch only)…');
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 10 * 60_000 });
  binary = binaryPath();
}
if (!binary) {
  console.error('Electron 程序文件无法下载（没有网络？），应用无法在此启动：请改用 `npm run web` 在浏览器中打开同一界面。 (The Electron binary could not be fetched; use `npm run web` instead.)');
  process.exit(1);
}

const child = spawn(binary, ['.'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
