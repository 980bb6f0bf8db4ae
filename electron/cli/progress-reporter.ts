import type { Translate } from '../../shared/i18n';
import { PHASE_LABELS } from '../../shared/i18n/labels';
import type { JobPhase, JobProgress } from '../../shared/jobs';
import type { CliStream } from './cli-io';
import { cutToCells } from './text-width';

// Progress goes to stderr only. On a terminal it is one line redrawn in place; in a log (CI,
// a pipe) it is a plain line per phase change or per 10 %, so logs stay short and readable.

const BAR_WIDTH = 10;

export interface ProgressReporter {
  update(progress: JobProgress): void;
  /** Clears the redrawn line, so what follows starts on a clean line. */
  end(): void;
}

export function progressText(progress: JobProgress, t: Translate): string {
  const percent = Math.round(progress.fraction * 100);
  const detail = progress.phase === 'compile' && progress.file ? ` ${progress.file}` : '';
  return `${String(percent).padStart(3)}% ${t(PHASE_LABELS[progress.phase])}${detail}`;
}

export function progressBar(progress: JobProgress, t: Translate): string {
  const filled = Math.min(BAR_WIDTH, Math.max(0, Math.round(progress.fraction * BAR_WIDTH)));
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${progressText(progress, t).trimStart()}`;
}

function terminalReporter(stream: CliStream, t: Translate): ProgressReporter {
  let drawn: string | null = null;
  return {
    update(progress) {
      const width = Math.max(20, (stream.columns || 80) - 1); // 0 when the terminal does not say
      // Longer than the terminal, the line would wrap and \r would no longer redraw it in place.
      const line = cutToCells(progressBar(progress, t), width);
      if (line === drawn) return;
      stream.write(`\r${line}\x1b[K`);
      drawn = line;
    },
    end() {
      if (drawn !== null) stream.write('\r\x1b[K');
      drawn = null;
    },
  };
}

function logReporter(stream: CliStream, t: Translate): ProgressReporter {
  let lastPhase: JobPhase | null = null;
  let lastTenth = -1;
  return {
    update(progress) {
      const tenth = Math.floor(progress.fraction * 10);
      if (progress.phase === lastPhase && tenth <= lastTenth) return;
      lastPhase = progress.phase;
      lastTenth = tenth;
      stream.write(`${t('cli.progress.line', { text: progressText(progress, t).trimStart() })}\n`);
    },
    end() {},
  };
}

export function createProgressReporter(stream: CliStream, t: Translate): ProgressReporter {
  return stream.isTTY ? terminalReporter(stream, t) : logReporter(stream, t);
}
