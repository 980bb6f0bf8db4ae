import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConfStore } from './conf-store';
import { SettingsRepository, type SettingsFile } from './settings-repository';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'settings-test-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const open = () => new SettingsRepository(openConfStore<SettingsFile>(dir, 'settings').store);
const project = (root: string) => ({ projectRoot: root, appid: 'wx0123456789abcdef', projectName: root, openedAt: '2026-11-25T00:00:00.000Z' });

describe('SettingsRepository', () => {
  it('defaults to Chinese and remembers a change across reopening', () => {
    expect(open().get()).toEqual({ lang: 'zh-CN', proxy: null, ipEchoServices: null, npmRegistry: null, operatorName: '', defaultRobot: 1, jobDeadlineMinutes: 10 });
    open().update({ lang: 'en' });
    expect(open().get()).toEqual({ lang: 'en', proxy: null, ipEchoServices: null, npmRegistry: null, operatorName: '', defaultRobot: 1, jobDeadlineMinutes: 10 });
  });

  it('sets and clears the proxy', () => {
    open().update({ proxy: 'http://10.0.0.1:8080' });
    expect(open().get().proxy).toBe('http://10.0.0.1:8080');
    open().update({ proxy: null });
    expect(open().get().proxy).toBeNull();
  });

  it('sets and clears the npm registry', () => {
    open().update({ npmRegistry: 'https://registry.npmmirror.com/' });
    expect(open().get().npmRegistry).toBe('https://registry.npmmirror.com/');
    open().update({ npmRegistry: null });
    expect(open().get().npmRegistry).toBeNull();
  });

  it('keeps recent projects newest first, without duplicates, at most ten', () => {
    const settings = open();
    for (let i = 0; i < 12; i++) settings.rememberProject(project(`/p/${i}`));
    settings.rememberProject(project('/p/5'));
    const roots = open().recentProjects().map((p) => p.projectRoot);
    expect(roots[0]).toBe('/p/5');
    expect(roots).toHaveLength(10);
    expect(new Set(roots).size).toBe(10);
  });

  it('forgets a project', () => {
    const settings = open();
    settings.rememberProject(project('/a'));
    settings.rememberProject(project('/b'));
    expect(settings.forgetProject('/a').map((p) => p.projectRoot)).toEqual(['/b']);
  });

  it('reads a tampered value as the default instead of crashing', () => {
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ lang: 'klingon', recentProjects: 'nope' }));
    const settings = open();
    expect(settings.get().lang).toBe('zh-CN');
    expect(settings.recentProjects()).toEqual([]);
  });

  it('sets a corrupt file aside, keeps its bytes, and starts afresh', () => {
    const file = path.join(dir, 'settings.json');
    fs.writeFileSync(file, '{"lang": "en", "recentPro');
    const opened = openConfStore<SettingsFile>(dir, 'settings');
    expect(opened.quarantinedTo).not.toBeNull();
    expect(fs.readFileSync(opened.quarantinedTo!, 'utf8')).toBe('{"lang": "en", "recentPro');
    expect(new SettingsRepository(opened.store).get().lang).toBe('zh-CN');
  });

  it('records a schema version for later migrations', () => {
    open();
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')).schemaVersion).toBe(1);
  });
});
