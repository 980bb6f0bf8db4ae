import { describe, expect, it } from 'vitest';
import type { JobPhase, JobProgress } from '../../shared/jobs';
import { translator } from '../../shared/i18n';
import { createProgressReporter, progressBar } from './progress-reporter';

const zh = translator('zh-CN');

function progress(phase: JobPhase, fraction: number, file?: string): JobProgress {
  return { jobId: 'j', kind: 'upload', phase, fraction, file };
}

function stream(isTTY: boolean, columns = 80) {
  const written: string[] = [];
  return { written, isTTY, columns, write: (text: string) => written.push(text) };
}

describe('progress on stderr', () => {
  it('draws a bar with the phase and the file being compiled', () => {
    expect(progressBar(progress('compile', 0.45, 'pages/index/index.js'), zh)).toBe('[#####-----] 45% 编译 pages/index/index.js');
    expect(progressBar(progress('finishing', 1), zh)).toBe('[##########] 100% 完成');
  });

  it('redraws one line in place on a terminal, cut to its width in cells, and clears it at the end', () => {
    const out = stream(true, 30);
    const reporter = createProgressReporter(out, zh);
    reporter.update(progress('compile', 0.2, 'packageOrder/pages/detail/detail.wxml'));
    reporter.update(progress('upload', 0.9));
    reporter.end();
    expect(out.written.every((text) => text.startsWith('\r') && !text.includes('\n'))).toBe(true);
    expect(out.written[0]).toBe('\r[##--------] 20% 编译 package\x1b[K');
    expect(out.written.at(-1)).toBe('\r\x1b[K');
  });

  it('writes plain lines in a log: one per phase change or 10 %', () => {
    const out = stream(false);
    const reporter = createProgressReporter(out, zh);
    const fractions = [0.1, 0.12, 0.15, 0.19, 0.21, 0.22, 0.35, 0.5, 0.51];
    for (const fraction of fractions) reporter.update(progress('compile', fraction, 'a.js'));
    reporter.update(progress('pack', 0.76));
    reporter.update(progress('pack', 0.77));
    reporter.update(progress('finishing', 1));
    reporter.end();
    expect(out.written).toEqual(['进度 10% 编译 a.js\n', '进度 21% 编译 a.js\n', '进度 35% 编译 a.js\n', '进度 50% 编译 a.js\n', '进度 76% 打包\n', '进度 100% 完成\n']);
  });
});

describe('a phase with no measure', () => {
  it('shows the time it has taken, not a percentage that would sit still', () => {
    const sending: JobProgress = { ...progress('upload', 0.89), indeterminate: true };
    expect(progressBar(sending, zh, 65_400)).toBe('[#########.] 上传… 已用 65 秒');
    expect(progressBar(sending, translator('en'), 3_000)).toBe('[#########.] Uploading… 3 s so far');
  });

  it('writes a line when such a phase starts, not one per event', () => {
    const out = stream(false);
    const reporter = createProgressReporter(out, zh);
    for (let i = 0; i < 5; i++) reporter.update({ ...progress('upload', 0.89), indeterminate: true });
    reporter.update(progress('finishing', 1));
    reporter.end();
    expect(out.written).toEqual(['进度 上传… 已用 0 秒\n', '进度 100% 完成\n']);
  });
});
