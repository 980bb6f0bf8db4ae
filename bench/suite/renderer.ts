import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import type { InPage } from '../support/in-page';
import type { Table } from '../support/table';

// Figure 5: the renderer. The initial JS is what dist/renderer/index.html loads before anything is
// imported lazily (its module scripts and modulepreloads), gzipped at level 9. The first wizard paint is
// measured in the page with its own clock: first-contentful-paint, and the moment the project step's
// heading (h1) is in the DOM and visible, from navigation start, in a fresh context (cold HTTP cache)
// each run, in headless Chromium against the harness.

const RENDERER = path.resolve('dist/renderer');
const JS_TARGET_KB = 200;
const PAINT_TARGET_MS = 300;

export function initialJs(): Array<{ file: string; gzipBytes: number }> {
  const html = fs.readFileSync(path.join(RENDERER, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  return [...new Set(scripts)].map((file) => ({ file, gzipBytes: gzipSync(fs.readFileSync(path.join(RENDERER, file)), { level: 9 }).length }));
}

export function bundleFigure(table: Table): void {
  const files = initialJs();
  const kb = files.reduce((sum, f) => sum + f.gzipBytes, 0) / 1024;
  console.log(`\n5. Renderer initial JS: ${files.map((f) => `${f.file} ${(f.gzipBytes / 1024).toFixed(1)} KB`).join(', ')}`);
  table.addValues('Renderer initial JS (gzip)', 'KB', [kb], `≤ ${JS_TARGET_KB} KB gzip`, JS_TARGET_KB);
}

export async function paintFigure(table: Table, browser: Browser, url: string, runs: number): Promise<void> {
  console.log(`\n5. First wizard paint in headless Chromium (${runs} runs after a warm-up)`);
  const fcps: number[] = [];
  const headings: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    const heading = await (await page.waitForFunction(() => {
      const h1 = (globalThis as unknown as InPage).document.querySelector('h1');
      return h1 && h1.getBoundingClientRect().height > 0 ? performance.now() : null;
    }, undefined, { polling: 'raf', timeout: 30_000 })).jsonValue();
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
    await context.close();
    if (i === 0) continue; // warm-up: the harness's first requests and the browser's code caches
    if (fcp !== null) fcps.push(fcp);
    if (heading !== null) headings.push(heading);
  }
  if (fcps.length) table.addValues('First contentful paint', 'ms', fcps, 'for reading');
  table.addValues('First wizard paint (project heading shown)', 'ms', headings, `≤ ${PAINT_TARGET_MS} ms`, PAINT_TARGET_MS);
}
