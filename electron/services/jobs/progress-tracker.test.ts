import { describe, expect, it } from 'vitest';
import { ProgressTracker } from './progress-tracker';

// Event shapes as miniprogram-ci 2.1.42 emits them during ci.upload (recorded against the fake).
const UPLOAD_EVENTS = [
  { id: '50000003', message: 'Compile miniprogram', status: 'doing' },
  { id: '50000004', message: 'Compile jSON files', status: 'doing' },
  { id: '50000004', message: '', status: 'done' },
  { id: '50000008', message: 'Compiling app.js', status: 'doing' },
  { id: '50000009', message: 'Compiling app.js', status: 'doing' },
  { id: '50000012', message: 'Compiling pages/index/index.wxml', status: 'doing' },
  { id: '50000008', message: 'app.js', status: 'done' },
  { id: '50000012', message: 'pages/index/index.wxml', status: 'done' },
  { id: '50000009', message: 'app.js', status: 'done' },
  { id: '50000044', message: 'Append babel helper files', status: 'doing' },
  { id: '50000045', message: 'Seal code package', status: 'doing' },
  { id: '50000045', message: '', status: 'done' },
  { id: '111', message: 'Pack resource file finish', status: 'done' },
  { id: '0.908', message: 'upload', status: 'doing' },
  { id: '0.908', message: 'upload', status: 'done' },
];

describe('ProgressTracker', () => {
  it('turns an upload into monotonic phases and fractions with the file being compiled', () => {
    const tracker = new ProgressTracker('job', 'upload', 2);
    const seen = [tracker.start(), ...UPLOAD_EVENTS.map((e) => tracker.update(e)!), tracker.finish()];
    const fractions = seen.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
    expect(seen.map((p) => p.phase)).toEqual(expect.arrayContaining(['starting', 'compile', 'pack', 'upload', 'finishing']));
    expect(seen.find((p) => p.file === 'pages/index/index.wxml')?.phase).toBe('compile');
    const compileEnd = seen.filter((p) => p.phase === 'compile').at(-1)!.fraction;
    expect(compileEnd).toBeGreaterThan(0.5);
  });

  it('reports bytes from COS progress objects', () => {
    const tracker = new ProgressTracker('job', 'upload', 10);
    const progress = tracker.update({ loaded: 3_000_000, total: 6_000_000 });
    expect(progress?.phase).toBe('upload');
    expect(progress?.bytes).toEqual({ sent: 3_000_000, total: 6_000_000 });
    expect(progress?.fraction).toBeCloseTo(0.92, 2);
  });

  it('never goes backwards when events arrive out of order', () => {
    const tracker = new ProgressTracker('job', 'upload', 4);
    tracker.update({ message: 'Seal code package', status: 'doing' });
    const late = tracker.update({ message: 'app.js', status: 'done' });
    expect(late?.phase).toBe('pack');
    expect(late?.fraction).toBeGreaterThanOrEqual(0.75);
  });

  it('marks the phases the library gives no measure of, and only those', () => {
    const tracker = new ProgressTracker('job', 'upload', 2);
    expect(tracker.update({ message: 'pages/index/index.js', status: 'done' })?.indeterminate).toBeUndefined();
    expect(tracker.update({ message: 'Seal code package', status: 'doing' })?.indeterminate).toBe(true);
    expect(tracker.update({ message: 'upload', status: 'doing' })).toMatchObject({ phase: 'upload', indeterminate: true });
    expect(tracker.update({ loaded: 1, total: 2 })?.indeterminate).toBeUndefined();
    expect(tracker.finish().indeterminate).toBeUndefined();
  });
});
