import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../shared/model';
import { BatchQueue, type RowOutcome } from './batch-queue';

/** A fake job per row, finished by the test: nothing depends on time. */
function fakeJobs() {
  const pending = new Map<number, (outcome: RowOutcome<string>) => void>();
  const started: number[] = [];
  const run = (index: number) =>
    new Promise<RowOutcome<string>>((resolve) => {
      started.push(index);
      pending.set(index, resolve);
    });
  const settle = async (index: number, outcome: RowOutcome<string>) => {
    const resolve = pending.get(index);
    if (!resolve) throw new Error(`row ${index} is not running`);
    pending.delete(index);
    resolve(outcome);
    // Let the queue take its next row: every pending promise callback runs before setImmediate's.
    await new Promise((next) => setImmediate(next));
  };
  return { run, settle, started, running: () => [...pending.keys()] };
}

const invalidIp: Problem = { code: 'ci.invalid-ip', severity: 'error', params: { ip: '203.0.113.7' } };

describe('BatchQueue', () => {
  it('runs no more rows at a time than its concurrency, in order', async () => {
    const jobs = fakeJobs();
    const queue = new BatchQueue({ count: 5, concurrency: 2, runRow: jobs.run });
    const done = queue.run();
    await new Promise((next) => setImmediate(next));
    expect(jobs.running()).toEqual([0, 1]);
    await jobs.settle(1, { ok: true, value: 'b' });
    expect(jobs.running()).toEqual([0, 2]);
    await jobs.settle(0, { ok: true, value: 'a' });
    await jobs.settle(2, { ok: true, value: 'c' });
    expect(jobs.running()).toEqual([3, 4]);
    await jobs.settle(3, { ok: true, value: 'd' });
    await jobs.settle(4, { ok: true, value: 'e' });
    const summary = await done;
    expect(summary).toMatchObject({ total: 5, ok: 5, failed: 0 });
    expect(summary.rows.map((row) => row.value)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('keeps going after a failure, and retries only the failed rows', async () => {
    const jobs = fakeJobs();
    const queue = new BatchQueue({ count: 3, concurrency: 3, runRow: jobs.run });
    const done = queue.run();
    await new Promise((next) => setImmediate(next));
    await jobs.settle(1, { ok: false, problem: invalidIp });
    await jobs.settle(0, { ok: true, value: 'a' });
    await jobs.settle(2, { ok: true, value: 'c' });
    const first = await done;
    expect(first).toMatchObject({ ok: 2, failed: 1 });
    expect(first.rows[1]).toMatchObject({ state: 'failed', problem: invalidIp, attempts: 1 });

    const retry = queue.retryFailed();
    await new Promise((next) => setImmediate(next));
    expect(jobs.running()).toEqual([1]);
    await jobs.settle(1, { ok: true, value: 'b' });
    const second = await retry;
    expect(second).toMatchObject({ total: 3, ok: 3, failed: 0 });
    expect(second.rows[1]).toMatchObject({ state: 'ok', value: 'b', attempts: 2 });
    expect(second.rows[1]?.problem).toBeUndefined();
    expect(second.rows[0]?.attempts).toBe(1);
    expect(jobs.started).toEqual([0, 1, 2, 1]);
  });

  it('reports every state change of a row', async () => {
    const jobs = fakeJobs();
    const changes: string[] = [];
    const queue = new BatchQueue({ count: 1, concurrency: 2, runRow: jobs.run, onChange: (row) => changes.push(`${row.index}:${row.state}`) });
    const done = queue.run();
    await new Promise((next) => setImmediate(next));
    await jobs.settle(0, { ok: false, problem: invalidIp });
    await done;
    expect(changes).toEqual(['0:running', '0:failed']);
  });

  it('a row that throws fails alone', async () => {
    const queue = new BatchQueue<string>({
      count: 2,
      concurrency: 1,
      runRow: async (index) => {
        if (index === 0) throw new Error('boom');
        return { ok: true, value: 'fine' };
      },
    });
    const summary = await queue.run();
    expect(summary.rows[0]).toMatchObject({ state: 'failed', problem: { code: 'app.unknown', detail: 'boom' } });
    expect(summary.rows[1]).toMatchObject({ state: 'ok', value: 'fine' });
  });

  it('cancel starts nothing more and fails the queued rows as cancelled', async () => {
    const jobs = fakeJobs();
    const queue = new BatchQueue({ count: 4, concurrency: 1, runRow: jobs.run });
    const done = queue.run();
    await new Promise((next) => setImmediate(next));
    queue.cancel();
    await jobs.settle(0, { ok: true, value: 'a' });
    const summary = await done;
    expect(jobs.started).toEqual([0]);
    expect(summary).toMatchObject({ ok: 1, failed: 3 });
    expect(summary.rows[3]?.problem?.code).toBe('ci.cancelled');
  });

  it('never runs two rows of one lane at once, and fills the free slot with another lane meanwhile', async () => {
    const jobs = fakeJobs();
    // Rows 0, 1 and 3 share a lane (one appid, several extAppids); row 2 has its own.
    const lanes = ['dev', 'dev', 'other', 'dev'];
    const queue = new BatchQueue({ count: 4, concurrency: 2, runRow: jobs.run, laneOf: (index) => lanes[index]! });
    const done = queue.run();
    await new Promise((next) => setImmediate(next));
    expect(jobs.running()).toEqual([0, 2]);
    await jobs.settle(2, { ok: true, value: 'c' });
    expect(jobs.running()).toEqual([0]);
    await jobs.settle(0, { ok: true, value: 'a' });
    expect(jobs.running()).toEqual([1]);
    await jobs.settle(1, { ok: false, problem: invalidIp });
    expect(jobs.running()).toEqual([3]);
    await jobs.settle(3, { ok: true, value: 'd' });
    expect((await done).rows.map((row) => row.state)).toEqual(['ok', 'failed', 'ok', 'ok']);
    expect(jobs.started).toEqual([0, 2, 1, 3]);
  });
});
