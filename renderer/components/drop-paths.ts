/** The parts of a DataTransfer this needs, so it can be tested without a browser. */
export interface DroppedData {
  files: ArrayLike<unknown>;
  getData(type: string): string;
}

/** A local path from a file:// URL; Windows drive paths lose their leading slash. */
export function pathFromFileUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'file:') return null;
  const pathname = decodeURIComponent(url.pathname);
  if (/^\/[A-Za-z]:\//.test(pathname)) return pathname.slice(1);
  return url.host ? `//${url.host}${pathname}` : pathname;
}

/**
 * The folder a drop names. Electron tells a File's path through the preload; Linux file
 * managers (and the browser harness) send a text/uri-list of file:// URLs instead.
 */
export function droppedPath(data: DroppedData, pathForFile: (file: unknown) => string): string | null {
  for (let i = 0; i < data.files.length; i++) {
    const path = pathForFile(data.files[i]);
    if (path) return path;
  }
  const uris = data
    .getData('text/uri-list')
    .split(/\r?\n/)
    .filter((line) => line.trim() && !line.startsWith('#'));
  for (const uri of uris) {
    const path = pathFromFileUrl(uri);
    if (path) return path;
  }
  return null;
}
