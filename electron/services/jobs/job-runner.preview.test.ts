import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtureProject, liveGroupMembers, startUploadBench, type UploadBench } from '../../../bench/upload-bench';
import { decodeQrDataUrl } from '../../../e2e/support/decode-qr';

// The preview QR as the job hands it on: an image whose code reads as what WeChat encoded, or a failed job.
let bench: UploadBench;
beforeAll(async () => {
  bench = await startUploadBench();
});
afterAll(async () => bench.close());
afterEach(() => bench.runner.cancelAll());
beforeEach(() => bench.fake.setMode('ok'));

function preview() {
  return bench.runner.start({
    kind: 'preview',
    project: fixtureProject(),
    options: { robot: 2, pagePath: 'pages/cart/cart', searchQuery: 'from=desk' },
    privateKey: bench.key.privateKey,
    proxy: bench.fake.proxyUrl,
  }).outcome;
}

describe('the preview QR through the job runner', () => {
  it('is a PNG labelled as one, and reads as what the fake encoded', async () => {
    const outcome = await preview();
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    expect(outcome.value.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const received = bench.fake.uploads.at(-1)!;
    expect(received.qrContent).toContain('path=pages%2Fcart%2Fcart%3Ffrom%3Ddesk');
    expect(decodeQrDataUrl(outcome.value.qrDataUrl)).toBe(received.qrContent);
  });

  it('fails the job with preview.qr-not-image when WeChat answers with something that is not an image', async () => {
    bench.fake.setMode('qr-not-image');
    const outcome = await preview();
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problem).toMatchObject({ code: 'preview.qr-not-image', severity: 'error' });
    // The first bytes of what came instead, for the folded detail: "<!DOCTYPE".
    expect(outcome.problem.detail).toContain('3c 21 44 4f 43 54 59 50 45');
    // WeChat did take the package: the failure is the answer's, not the upload's.
    expect(bench.fake.uploads.at(-1)).toMatchObject({ kind: 'preview', signatureVerified: true, mode: 'qr-not-image' });
    for (const child of bench.launcher.started) expect(liveGroupMembers(child.pid)).toEqual([]);
  });
});
