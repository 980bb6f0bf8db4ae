import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { buildTarball, type BuiltTarball, type FakeVersion } from './tarball';

// A fake npm registry on 127.0.0.1 for tests: packuments at /<name> (/@scope%2fname too) and
// tarballs at /<name>/-/<base>-<version>.tgz, made at start from the versions given. No network.
// It also answers requests sent to it as an HTTP proxy (absolute-form URLs, whatever the host),
// recording them in `proxied`, so a test can prove an install went through the app's proxy.

export interface FakePackage {
  name: string;
  versions: Record<string, FakeVersion>;
  /** dist-tags.latest; the highest version written last by default. */
  latest?: string;
}

export interface FakeNpmRegistry {
  /** http://127.0.0.1:<port>/ */
  url: string;
  /** Every request path, in order (packuments and tarballs). */
  requests: string[];
  /** Absolute URLs of requests that came through it as a proxy. */
  proxied: string[];
  tarball(name: string, version: string): BuiltTarball;
  /** Holds every tarball answer until the returned function is called (to see progress on screen). */
  holdTarballs(): () => void;
  close(): Promise<void>;
}

export interface FakeNpmOptions {
  packages: FakePackage[];
  /** Package name → HTTP status to refuse it with (403, 401). */
  refuse?: Record<string, number>;
}

export async function startFakeNpmRegistry(options: FakeNpmOptions): Promise<FakeNpmRegistry> {
  const tarballs = new Map<string, BuiltTarball>();
  for (const pkg of options.packages) {
    for (const [version, spec] of Object.entries(pkg.versions)) tarballs.set(`${pkg.name}@${version}`, buildTarball(pkg.name, version, spec));
  }
  const byName = new Map(options.packages.map((pkg) => [pkg.name, pkg]));
  const requests: string[] = [];
  const proxied: string[] = [];
  const sockets = new Set<Socket>();
  let held: Array<() => void> | null = null;
  let base = '';

  /** Tarball URLs name the host the client asked for, as a registry behind a proxy does. */
  const packument = (pkg: FakePackage, host: string) => {
    const versions = Object.keys(pkg.versions);
    const shortName = pkg.name.slice(pkg.name.lastIndexOf('/') + 1);
    return {
      name: pkg.name,
      'dist-tags': { latest: pkg.latest ?? versions.at(-1) },
      versions: Object.fromEntries(
        versions.map((version) => {
          const built = tarballs.get(`${pkg.name}@${version}`)!;
          return [
            version,
            {
              name: pkg.name,
              version,
              dependencies: pkg.versions[version]!.dependencies ?? {},
              dist: { tarball: `http://${host}/${pkg.name}/-/${shortName}-${version}.tgz`, integrity: built.integrity, shasum: built.shasum },
            },
          ];
        }),
      ),
    };
  };

  const answer = (req: IncomingMessage, res: ServerResponse) => {
    const raw = req.url ?? '/';
    if (/^https?:\/\//.test(raw)) proxied.push(raw);
    const pathname = decodeURIComponent(new URL(raw, 'http://fake-npm.invalid').pathname);
    requests.push(pathname);
    const tarballAt = pathname.indexOf('/-/');
    const name = (tarballAt === -1 ? pathname : pathname.slice(0, tarballAt)).replace(/^\/+/, '');
    const refusal = options.refuse?.[name];
    const pkg = byName.get(name);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (refusal) return json(refusal, { error: 'forbidden' });
    if (!pkg) return json(404, { error: 'Not found' });
    if (tarballAt === -1) return json(200, packument(pkg, req.headers.host ?? new URL(base).host));
    const version = /-(\d[^/]*)\.tgz$/.exec(pathname)?.[1] ?? '';
    const built = tarballs.get(`${name}@${version}`);
    if (!built) return json(404, { error: 'Not found' });
    const send = () => {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': built.bytes.length });
      res.end(built.bytes);
    };
    if (held) held.push(send);
    else send();
  };

  const server = createServer(answer);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  return {
    url: base,
    requests,
    proxied,
    tarball: (name, version) => tarballs.get(`${name}@${version}`)!,
    holdTarballs() {
      held ??= [];
      return () => {
        const waiting = held ?? [];
        held = null;
        for (const send of waiting) send();
      };
    },
    async close() {
      for (const send of held ?? []) send();
      held = null;
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A registry URL nobody listens on: a port that was just free, closed again. */
export async function closedRegistryUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/`;
}
