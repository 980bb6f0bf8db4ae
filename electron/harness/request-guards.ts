// Who may talk to the harness server. It listens on 127.0.0.1 only, but a web page in the
// developer's browser can still reach it: by DNS rebinding (evil.example resolving to 127.0.0.1,
// so its requests carry `Host: evil.example`), or by opening a WebSocket from its own origin.

/** The Host values a request may carry: the loopback address or localhost, on our port. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  const normalised = host.toLowerCase();
  return normalised === `127.0.0.1:${port}` || normalised === `localhost:${port}`;
}

/** The Origin a WebSocket upgrade may come from: our own page, under either allowed host. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  return origin !== undefined && origin.startsWith('http://') && isAllowedHost(origin.slice('http://'.length), port);
}
