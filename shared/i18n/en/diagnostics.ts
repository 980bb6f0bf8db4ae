import type { diagnostics as zh } from '../zh-CN/diagnostics';

// Export diagnostics: one zip for whoever supports the operator, with nothing secret in it.
export const diagnostics: Record<keyof typeof zh, string> = {
  'diagnostics.heading': 'Diagnostics',
  'diagnostics.help': 'When someone helps you find a problem, send them the diagnostics: the logs, the versions and the settings. Keys, test accounts, proxy passwords, links carrying a token or key, and robot webhooks are taken out; your home folder is written as ~ and project folder names are replaced by codes.',
  'diagnostics.export': 'Export diagnostics',
  'diagnostics.exporting': 'Exporting…',
  'diagnostics.saved': 'Diagnostics saved to {file}',
  'dialog.saveDiagnostics': 'Export diagnostics',
  'dialog.zipFiles': 'ZIP archives',
};
