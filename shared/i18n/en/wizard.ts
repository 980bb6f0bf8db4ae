import type { wizard as zh } from '../zh-CN/wizard';

export const wizard: Record<keyof typeof zh, string> = {
  'step.version': 'Version & notes',
  'step.precheck': 'Pre-upload check',
  'step.upload': 'Upload',
  'step.preview': 'Preview / trial',
  'nav.done': 'done',
  'gate.heading': 'This step cannot start yet',
  'gate.project': 'The project has not passed its check yet.',
  'gate.key': "This Mini Program's upload key has not been imported yet.",
  'gate.version': 'No valid version has been entered yet.',
  'gate.precheck': 'The pre-upload check has not passed yet.',
  'gate.go': 'Go to "{step}"',
  'version.heading': 'Step 4: version and notes',
  'precheck.heading': 'Step 5: pre-upload check',
  'upload.heading': 'Step 6: upload',
  'preview.heading': 'Step 7: preview and trial version',
  'wl.next': 'Next: version and notes',
};
