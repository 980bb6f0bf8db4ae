import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy';
import { resolveAppFile } from './app-origin';

/** Reads a file:// URL; in Electron this is `net.fetch`, in tests a plain file read. */
export type FetchFile = (fileUrl: string) => Promise<Response>;

/**
 * The app:// handler: the renderer file the URL names, or 404, always with the renderer's CSP as a
 * response header. The header applies before any byte of the page is parsed, and to every
 * response, which the meta tag in index.html cannot guarantee (it applies only from where it
 * stands in the document, and only to that document).
 */
export async function serveAppRequest(rendererDir: string, url: string, fetchFile: FetchFile): Promise<Response> {
  const file = resolveAppFile(rendererDir, url);
  const response = file ? await fetchFile(pathToFileURL(file).toString()) : new Response('Not found', { status: 404 });
  // A fetched Response's headers are immutable: copy them into a new one.
  const headers = new Headers(response.headers);
  headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
