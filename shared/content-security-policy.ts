// The renderer's Content-Security-Policy, in one place. It reaches the page twice, on purpose:
// as the Content-Security-Policy response header the app:// handler sends with every file
// (electron/main/app-protocol.ts), and as the <meta> tag Vite writes into index.html
// (vite.config.ts), which is what the browser harness serves. The page has no inline script or
// style, talks only to its own origin (window.api goes through the preload, not the network), and
// shows data: images (QR codes).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** What renderer/index.html's CSP meta tag holds until the build writes the policy in. */
export const CSP_PLACEHOLDER = '__CONTENT_SECURITY_POLICY__';

/** index.html with the policy in its meta tag; throws when the tag's placeholder is missing. */
export function withContentSecurityPolicy(html: string): string {
  if (!html.includes(`content="${CSP_PLACEHOLDER}"`)) {
    throw new Error(`index.html has no <meta http-equiv="Content-Security-Policy" content="${CSP_PLACEHOLDER}">`);
  }
  return html.replace(`content="${CSP_PLACEHOLDER}"`, `content="${CONTENT_SECURITY_POLICY}"`);
}
