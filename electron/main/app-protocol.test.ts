import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy';
import { serveAppRequest, type FetchFile } from './app-protocol';

// The app:// handler against real files on disk. Node's fetch has no file:// support, so the
// stand-in for Electron's net.fetch reads the file and answers the way net.fetch does.
const rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'app-protocol-'));
fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><p>page</p>');
fs.writeFileSync(path.join(rendererDir, 'main.js'), 'console.log(1)');
afterAll(() => fs.rmSync(rendererDir, { recursive: true, force: true }));

const readFile: FetchFile = async (fileUrl) => {
  const file = fileURLToPath(fileUrl);
  const type = file.endsWith('.html') ? 'text/html' : 'text/javascript';
  return new Response(fs.readFileSync(file), { headers: { 'content-type': type } });
};

describe('the app:// handler', () => {
  it('sends the CSP as a response header with the page, keeping its body and type', async () => {
    const response = await serveAppRequest(rendererDir, 'app://desk/index.html', readFile);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).toBe('<!doctype html><p>page</p>');
  });

  it('sends it with every other file too', async () => {
    const response = await serveAppRequest(rendererDir, 'app://desk/main.js', readFile);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404, with the header, for a URL outside the renderer folder or another host', async () => {
    for (const url of ['app://desk/..%2f..%2fetc%2fpasswd', 'app://evil/index.html']) {
      const response = await serveAppRequest(rendererDir, url, readFile);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('locks the page down: no inline or remote script, nothing but its own origin to talk to', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });
});
