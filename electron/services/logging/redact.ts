// Logs must never carry an upload key, even when an error message quotes one back. Anything
// shaped like PEM armour, or a long base64 run (a key body, a signature, a ciphertext), goes.
// Secrets with no shape of their own (a reviewer's test account) are told to the redactor by the
// service that holds them, and any line quoting one loses it.

const PEM_BLOCK = /-----BEGIN [A-Z0-9 ]+-----[\s\S]*?(-----END [A-Z0-9 ]+-----|$)/g;
const LONG_BASE64 = /[A-Za-z0-9+/]{40,}={0,2}/g;

const knownSecrets = new Set<string>();

/** From now on, every log line has `secret` replaced. Longest first, so one secret inside another goes whole. */
export function rememberSecret(secret: string): void {
  if (secret) knownSecrets.add(secret);
}

export function redactSecrets(text: string): string {
  let out = text;
  for (const secret of [...knownSecrets].sort((a, b) => b.length - a.length)) out = out.split(secret).join('[redacted]');
  return out.replace(PEM_BLOCK, '[redacted key]').replace(LONG_BASE64, '[redacted]');
}
