import fs from 'node:fs';
import path from 'node:path';
import { Arch, build, Platform, type Configuration } from 'electron-builder';
import yaml from 'js-yaml';

// Builds the packaged app's file tree exactly as `npm run dist` does on Linux (electron-builder's
// `dir` target: app.asar, app.asar.unpacked, the fuses flipped in the binary) without the Electron
// binary, which cannot be downloaded here. A stand-in file carries the fuse wire where Electron's
// binary has it, so electron-builder's own @electron/fuses step runs on it unchanged.

/** Marks the fuse wire in Electron's binary (@electron/fuses' SENTINEL). */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/**
 * Electron's wire as shipped: version 1, eight fuses, '1' on and '0' off in @electron/fuses'
 * FuseV1Options order: RunAsNode, cookie encryption, NODE_OPTIONS, --inspect, asar integrity,
 * asar only, browser V8 snapshot, file:// privileges.
 */
const ELECTRON_DEFAULT_WIRE = '10110001';

function writeStandInElectron(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const wire = Buffer.concat([Buffer.from('#!/bin/sh\nexit 1\n'), Buffer.from(FUSE_SENTINEL), Buffer.from([1, ELECTRON_DEFAULT_WIRE.length]), Buffer.from(ELECTRON_DEFAULT_WIRE)]);
  fs.writeFileSync(path.join(dir, 'electron'), wire, { mode: 0o755 });
}

/** Reads the fuse wire back as '0'/'1' characters, in the same order. */
export function readFuseWire(binary: string): string {
  const bytes = fs.readFileSync(binary);
  const at = bytes.indexOf(FUSE_SENTINEL);
  if (at < 0) throw new Error(`no fuse wire in ${binary}`);
  const length = bytes[at + FUSE_SENTINEL.length + 1]!;
  const start = at + FUSE_SENTINEL.length + 2;
  return bytes.subarray(start, start + length).toString('latin1');
}

export interface PackedLayout {
  /** The folder electron-builder made: the binary and resources/. */
  appDir: string;
  binary: string;
  asar: string;
  unpacked: string;
}

/** Packs `projectDir` (built beforehand: dist/) with build/electron-builder.yml into `outDir`. */
export async function packLayout(projectDir: string, outDir: string): Promise<PackedLayout> {
  const electronDist = path.join(outDir, 'stand-in-electron');
  writeStandInElectron(electronDist);
  const config = yaml.load(fs.readFileSync(path.join(projectDir, 'build/electron-builder.yml'), 'utf8')) as Configuration;
  // The host's architecture, so the native addons npm installed here are the right ones.
  const arch = process.arch === 'arm64' ? Arch.arm64 : Arch.x64;
  await build({
    projectDir,
    targets: Platform.LINUX.createTarget('dir', arch),
    config: {
      ...config,
      electronDist,
      // Rebuilding native addons fetches Electron's headers; the addons are prebuilt per platform.
      npmRebuild: false,
      directories: { ...config.directories, output: path.join(outDir, 'release') },
    },
    publish: 'never',
  });
  const appDir = path.join(outDir, 'release', arch === Arch.x64 ? 'linux-unpacked' : 'linux-arm64-unpacked');
  const resources = path.join(appDir, 'resources');
  return {
    appDir,
    binary: path.join(appDir, config.executableName ?? 'electron'),
    asar: path.join(resources, 'app.asar'),
    unpacked: path.join(resources, 'app.asar.unpacked'),
  };
}
