import type { Catalogue } from './catalogue';

// The preview QR, the 体验版 QR and the files the operator saves (QR images, the history as CSV).
// The words are in the dictionaries (shared/i18n/*/preview.ts): err.<code>, err.<code>.next, .next-cli.
//
// preview.qr-not-image: WeChat answered a preview with a "QR" whose bytes are neither PNG nor JPEG;
// `detail` keeps its first bytes. file.save-failed params: { path }; `detail` keeps the system's error code.
// handoff.not-png: the hand-off card image the window drew is not a PNG (nothing is written).
export const PREVIEW_ERRORS = {
  'preview.qr-not-image': {},
  'file.save-failed': {},
  'handoff.not-png': {},
} satisfies Catalogue;
