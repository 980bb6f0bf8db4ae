// Logs must never carry an upload key, even when an error message quotes one back. Anything
// shaped like PEM armour, or a long base64 run (a key body, a signature, a ciphertext), goes.

const PEM_BLOCK = /-----BEGIN [A-Z0-9 ]+-----[\s\S]*?(-----END [A-Z0-9 ]+-----|$)/g;
const LONG_BASE64 = /[A-Za-z0-9+/]{40,}={0,2}/g;

export function redactSecrets(text: string): string {
  return text.replace(PEM_BLOCK, '[redacted key]').replace(LONG_BASE64, '[redacted]');
}
