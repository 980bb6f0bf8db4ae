import { readFile } from 'node:fs/promises';
import type { Problem } from '../../shared/model';
import type { CliInput } from './cli-io';

export type RejectionInput = { ok: true; text: string } | { ok: false; problem: Problem };

const usage = (code: Problem['code'], params: Problem['params'] = {}, detail?: string): RejectionInput => ({
  ok: false,
  problem: { code, severity: 'error', params, detail },
});

async function readAll(input: CliInput): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  for await (const chunk of input) text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

/**
 * The rejection text: from the file named, else from stdin (`-`, or nothing named while stdin is
 * piped). A terminal on stdin with nothing named is a usage error rather than a silent wait.
 * A UTF-8 BOM (Windows Notepad) is dropped; the text is otherwise kept as given.
 */
export async function readRejectionText(file: string, stdin: CliInput | undefined): Promise<RejectionInput> {
  let text: string;
  if (file && file !== '-') {
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      return usage('cli.rejection-unreadable', { file }, error instanceof Error ? error.message : String(error));
    }
  } else {
    if (!stdin || (file === '' && stdin.isTTY)) return usage('cli.rejection-no-input');
    text = await readAll(stdin);
  }
  text = text.replace(/^\uFEFF/, '');
  return text.trim() ? { ok: true, text } : usage('cli.rejection-empty');
}
