import type { JobKind, JobPhase, JobProgress } from '../../../shared/jobs';

// miniprogram-ci reports `{id, message, status: 'doing'|'done'}` task events (about two per
// compiled file), plain strings, and raw COS progress objects for big packages. This turns
// them into one monotonic 0..1 fraction with a phase, the current file and bytes.

const PHASE_SPAN: Record<JobPhase, [number, number]> = {
  starting: [0, 0.02],
  npm: [0.02, 0.1],
  compile: [0.1, 0.75],
  pack: [0.75, 0.85],
  upload: [0.85, 0.99],
  // The npm-install job reports its own fractions (npm-install-progress.ts); this span is never used here.
  install: [0.02, 0.99],
  finishing: [0.99, 1],
};

/** Phases whose events carry no measure of how far they are; the upload has one only with COS byte counts. */
const UNMEASURED = new Set<JobPhase>(['starting', 'npm', 'pack', 'upload']);

const SOURCE_FILE = /([\w@$.\-/]+\.(?:js|ts|wxml|wxss|wxs|json|less|scss|sass|png|jpe?g|gif|svg|webp))\b/i;

export interface RawTaskEvent {
  id?: string;
  message?: string;
  status?: string;
  loaded?: number;
  total?: number;
}

function phaseOf(message: string, current: JobPhase): JobPhase {
  const text = message.toLowerCase();
  if (/\bupload|testsourceurl|cos\b/.test(text)) return 'upload';
  if (/seal|pack resource|\bpack\b|zip/.test(text)) return 'pack';
  if (/npm/.test(text) && current !== 'compile') return 'npm';
  if (/compil|babel|minif|process|\.(js|wxml|wxss|json)/.test(text)) return current === 'starting' || current === 'npm' ? 'compile' : current;
  return current;
}

export class ProgressTracker {
  private phase: JobPhase = 'starting';
  private fraction = 0;
  private readonly compiledFiles = new Set<string>();

  constructor(
    private readonly jobId: string,
    private readonly kind: JobKind,
    private readonly expectedFiles: number,
  ) {}

  start(): JobProgress {
    return this.snapshot({});
  }

  /** The next progress to report, or null when the event changes nothing worth showing. */
  update(raw: RawTaskEvent | string): JobProgress | null {
    const event: RawTaskEvent = typeof raw === 'string' ? { message: raw } : raw;
    if (typeof event.loaded === 'number' && typeof event.total === 'number' && event.total > 0) {
      this.enter('upload');
      return this.snapshot({ within: event.loaded / event.total, bytes: { sent: event.loaded, total: event.total } });
    }
    const message = event.message ?? '';
    const phase = phaseOf(message, this.phase);
    this.enter(phase);
    const file = phase === 'compile' ? SOURCE_FILE.exec(message)?.[1] : undefined;
    if (file && event.status === 'done') this.compiledFiles.add(file);
    const within =
      phase === 'compile' ? this.compiledFiles.size / Math.max(this.expectedFiles, this.compiledFiles.size + 1) : event.status === 'done' ? 1 : 0.3;
    return this.snapshot({ within, file });
  }

  finish(bytes?: { sent: number; total: number }): JobProgress {
    this.phase = 'finishing';
    this.fraction = 1;
    return { jobId: this.jobId, kind: this.kind, phase: 'finishing', fraction: 1, bytes };
  }

  private enter(phase: JobPhase): void {
    const order: JobPhase[] = ['starting', 'npm', 'compile', 'pack', 'upload', 'finishing'];
    if (order.indexOf(phase) > order.indexOf(this.phase)) this.phase = phase;
  }

  private snapshot({ within = 0, file, bytes }: { within?: number; file?: string; bytes?: JobProgress['bytes'] }): JobProgress {
    const [from, to] = PHASE_SPAN[this.phase];
    // Never move backwards: events arrive out of order across compiler threads.
    this.fraction = Math.max(this.fraction, from + (to - from) * Math.min(Math.max(within, 0), 1));
    const progress: JobProgress = { jobId: this.jobId, kind: this.kind, phase: this.phase, fraction: Number(this.fraction.toFixed(4)) };
    if (file) progress.file = file;
    if (bytes) progress.bytes = bytes;
    else if (UNMEASURED.has(this.phase)) progress.indeterminate = true;
    return progress;
  }
}
