import fs from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export function contentType(file: string): string {
  return TYPES[path.extname(file)] ?? 'application/octet-stream';
}

/** The file under `root` that a URL path names, or null when it escapes the folder or does not exist. */
export async function findStaticFile(root: string, urlPath: string): Promise<string | null> {
  const base = path.resolve(root);
  const relative = decodeURIComponent(urlPath).replace(/^\/+/, '') || 'index.html';
  const file = path.resolve(base, relative);
  if (!file.startsWith(base + path.sep)) return null;
  const stat = await fs.stat(file).catch(() => null);
  return stat?.isFile() ? file : null;
}

/**
 * The app's index.html as the harness serves it: the bridge script goes first so window.api
 * exists before the renderer starts, and the CSP also allows the harness's own WebSocket.
 */
export function harnessIndexHtml(html: string, bridgeSrc: string, socketOrigin: string): string {
  const withCsp = html.replace(/connect-src ([^;"]*)/, `connect-src $1 ${socketOrigin}`);
  return withCsp.replace('<script', `<script src="${bridgeSrc}"></script>\n    <script`);
}
