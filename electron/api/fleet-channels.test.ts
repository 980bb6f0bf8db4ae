import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FleetRow } from '../../shared/fleet';
import type { ProjectCheck } from '../../shared/model';
import { rsaPair } from '../services/keys/test-support/key-files';
import { composeServices, type ComposedServices } from './compose-services';
import { memoryShell } from './test-support/memory-shell';

// fleet:list and fleet:remove as the composition root wires them: a project opened through the
// contract is on the board with its domain lists (recorded by the open) and its key; a tick
// through the contract closes an entry; remove takes it off the board and the recent list.

const shop = path.resolve('e2e/fixtures/projects/domains-shop');
const APPID = 'wx1111111111111111';
let dir: string;
let app: ComposedServices;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fleet-channels-'));
  app = composeServices(memoryShell());
});
afterEach(async () => {
  await app.runner.cancelAll();
  fs.rmSync(dir, { recursive: true, force: true });
});

const list = async () => (await app.serve('fleet:list', undefined)) as FleetRow[];

describe('the fleet channels', () => {
  it('list an opened project with its key and domain lists, follow a tick, and remove it', async () => {
    expect(await list()).toEqual([]);
    const check = (await app.serve('project:open', { path: shop })) as ProjectCheck;
    const root = check.summary!.projectRoot;
    const keyFile = path.join(dir, `private.${APPID}.key`);
    fs.writeFileSync(keyFile, rsaPair().privateKey);
    expect(await app.serve('keys:import', { path: keyFile })).toMatchObject({ ok: true });

    const [row] = await list();
    expect(row).toMatchObject({ projectRoot: root, appid: APPID, version: null, check: null, key: { ageDays: 0, sessionOnly: false }, clocks: [] });
    const domains = row!.domains!;
    expect(domains.total).toBeGreaterThan(0);
    expect(domains.open).toBe(domains.total);

    const origin = check.domains!.byType.request.find((host) => host.inCopyList)!.origin;
    await app.serve('whitelist:tick', { appid: APPID, type: 'request', origin, done: true });
    expect((await list())[0]!.domains!.open).toBe(domains.total - 1);

    await expect(app.serve('fleet:remove', { projectRoot: 'relative/path', deleteHistory: false })).rejects.toThrow();
    expect(await app.serve('fleet:remove', { projectRoot: root, deleteHistory: true })).toEqual([]);
    expect(await app.serve('project:recent', undefined)).toEqual([]);
  });
});
