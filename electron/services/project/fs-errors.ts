/** The errno code of a Node fs error ("ENOENT", "ELOOP", ...), if it has one. */
export function errnoOf(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

export function describeFsError(error: unknown): string {
  const errno = errnoOf(error);
  const message = error instanceof Error ? error.message : String(error);
  return errno && !message.startsWith(errno) ? `${errno}: ${message}` : message;
}
