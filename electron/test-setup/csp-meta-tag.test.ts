import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import viteConfig from '../../vite.config';
import { CONTENT_SECURITY_POLICY, withContentSecurityPolicy } from '../../shared/content-security-policy';

// One CSP string, two deliveries: the app:// handler's header (electron/main/app-protocol.test.ts)
// and the meta tag Vite writes into index.html, checked here through the real Vite config.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The meta tag's policy in an HTML text. */
const metaPolicy = (html: string) => /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];

describe('the meta tag', () => {
  const source = fs.readFileSync(path.join(ROOT, 'renderer/index.html'), 'utf8');

  it('gets the same policy string from the Vite build as the header', () => {
    const plugins = (viteConfig.plugins ?? []).flat() as Array<{ name?: string; transformIndexHtml?: unknown }>;
    const plugin = plugins.find((p) => p?.name === 'content-security-policy');
    expect(plugin?.transformIndexHtml).toBe(withContentSecurityPolicy);
    expect(metaPolicy(withContentSecurityPolicy(source))).toBe(CONTENT_SECURITY_POLICY);
  });

  it('fails the build when index.html lost its placeholder, rather than shipping a page without a policy', () => {
    expect(() => withContentSecurityPolicy(source.replace('__CONTENT_SECURITY_POLICY__', "default-src *"))).toThrow(/Content-Security-Policy/);
  });
});
