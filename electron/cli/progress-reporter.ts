import type { Translate } from '../../shared/i18n';
import { PHASE_LABELS } from '../../shared/i18n/labels';
import type { JobPhase, JobProgress } from '../../shared/jobs';
import type { CliStream } from './cli-io';
import { cutToCells } from './text-width';

// Progress goes to stderr only. On a terminal it is one line redrawn in place; in a log (CI,
// a pipe) it is a plain line per phase change or per 10 %, so logs stay short and readable.
// A phase the library gives no measure of (packing, sending) shows the time it has taken instead of
// a percentage that would sit still, redrawn every second on a terminal, every 15 s in a log.

const BAR_WIDTH = 10;
const TERMINAL_TICK_MS = 1000;
const LOG_TICK_MS = 15_000;

export interface ProgressReporter {
  update(progress: JobProgress): void;
  /** Clears the redrawn line, so what follows starts on a clean line. */
  end(): void;
}

export function progressText(progress: JobProgress, t: Translate, elapsedMs = 0): string {
  const phase = t(PHASE_LABELS[progress.phase]);
  if (progress.indeterminate) return `${phase}… ${t('cli.progress.elapsed', { s: Math.floor(elapsedMs / 1000) })}`;
  const percent = Math.round(progress.fraction * 100);
  const detail = progress.phase === 'compile' && progress.file ? ` ${progress.file}` : '';
  return `${String(percent).padStart(3)}% ${phase}${detail}`;
}

export function progressBar(progress: JobProgress, t: Translate, elapsedMs = 0): string {
  const filled = Math.min(BAR_WIDTH, Math.max(0, Math.round(progress.fraction * BAR_WIDTH)));
  const rest = progress.indeterminate ? '.' : '-';
  return `[${'#'.repeat(filled)}${rest.repeat(BAR_WIDTH - filled)}] ${progressText(progress, t, elapsedMs).trimStart()}`;
}

/** Shows `progress`, and again every `tickMs` while its phase has no measure. */
function ticking(show: (progress: JobProgress, elapsedMs: number, fromTick: boolean) => void, tickMs: number) {
  const started = Date.now();
  let last: JobProgress | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;
  return {
    update(progress: JobProgress) {
      last = progress;
      show(progress, Date.now() - started, false);
      if (progress.indeterminate && !timer) {
        timer = setInterval(() => last?.indeterminate && show(last, Date.now() - started, true), tickMs);
        timer.unref?.();
      }
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}

function terminalReporter(stream: CliStream, t: Translate): ProgressReporter {
  let drawn: string | null = null;
  const ticker = ticking((progress, elapsedMs) => {
    const width = Math.max(20, (stream.columns || 80) - 1); // 0 when the terminal does not say
    // Longer than the terminal, the line would wrap and \r would no longer redraw it in place.
    const line = cutToCells(progressBar(progress, t, elapsedMs), width);
    if (line === drawn) return;
    stream.write(`\r${line}\x1b[K`);
    drawn = line;
  }, TERMINAL_TICK_MS);
  return {
    update: (progress) => ticker.update(progress),
    end() {
      ticker.stop();
      if (drawn !== null) stream.write('\r\x1b[K');
      drawn = null;
    },
  };
}

function logReporter(stream: CliStream, t: Translate): ProgressReporter {
  let lastPhase: JobPhase | null = null;
  let lastTenth = -1;
  const ticker = ticking((progress, elapsedMs, fromTick) => {
    const tenth = Math.floor(progress.fraction * 10);
    const moved = progress.phase !== lastPhase || (!progress.indeterminate && tenth > lastTenth);
    if (!moved && !fromTick) return;
    lastPhase = progress.phase;
    lastTenth = tenth;
    stream.write(`${t('cli.progress.line', { text: progressText(progress, t, elapsedMs).trimStart() })}\n`);
  }, LOG_TICK_MS);
  return { update: (progress) => ticker.update(progress), end: () => ticker.stop() };
}

export function createProgressReporter(stream: CliStream, t: Translate): ProgressReporter {
  return stream.isTTY ? terminalReporter(stream, t) : logReporter(stream, t);
}
