import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_APPID, FIXTURE_ROOT, fixtureProject, startUploadBench, type UploadBench } from '../../../bench/upload-bench';

// miniprogram-ci reports every upload and preview to WeChat (dist/utils/report.js, POST
// /wxa-dev-logic/clientreportv2); the README's "Dependencies" part says what it sends. This reads
// the report a real upload sends to the fake servicewechat.com, so the README stays true. The library
// sends it without waiting; with the compiler in the job process (the app's way) the job usually exits
// before it leaves, so this runs the library's own forked compiler to see what it would send.

let bench: UploadBench;
beforeAll(async () => {
  bench = await startUploadBench({ baseEnv: { MP_RELEASE_COMPILER_FORK: '1' } });
});
afterAll(async () => bench.close());
afterEach(() => bench.runner.cancelAll());

interface UsageReport {
  report_info_list: { log_id: number; version: number; user_log_list: string }[];
}

describe('the usage report miniprogram-ci sends', () => {
  it('carries the appid, the machine and the compile switches, not the project, version or key', async () => {
    const outcome = await bench.runner.start({
      kind: 'upload',
      project: fixtureProject(),
      options: { version: '9.8.7', desc: 'usage-report', robot: 5 },
      privateKey: bench.key.privateKey,
      proxy: bench.fake.proxyUrl,
    }).outcome;
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    await bench.fake.waitForRequest('/wxa-dev-logic/clientreportv2');

    const [report] = bench.fake.usageReports as UsageReport[];
    const entry = report!.report_info_list[0]!;
    expect(entry.log_id).toBe(22365);
    // The 19 fields of report.js, in order (see the README for each).
    const fields = entry.user_log_list.split(',');
    expect(fields).toHaveLength(19);
    expect(fields[1]).toBe(FIXTURE_APPID);
    expect(fields[2]).toBe('2142'); // miniprogram-ci 2.1.42
    expect(fields[7]).toBe('2'); // action: upload
    expect(fields[8]).toBe('0'); // error code: none
    expect(Number(fields[5])).toBeGreaterThan(0); // total memory in MB

    const sent = JSON.stringify(report);
    for (const secret of ['9.8.7', 'usage-report', FIXTURE_ROOT, 'PRIVATE KEY', bench.key.privateKey.slice(40, 80)]) {
      expect(sent).not.toContain(secret);
    }
  });
});
