import type { Problem } from './model';

/**
 * A file the main process wrote where the operator chose (a QR image, the history as CSV). Not saved:
 * `problem` says why, null when the operator closed the save dialog (or the harness has none).
 */
export type SavedFile = { saved: true; file: string } | { saved: false; problem: Problem | null };
