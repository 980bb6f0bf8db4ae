/**
 * Puts a PNG (a data URL) on the clipboard as an image. Browsers allow it only to a focused page with
 * the clipboard-write permission (the app's window has it); false when refused, so the step can say so.
 */
export async function copyPngToClipboard(dataUrl: string): Promise<boolean> {
  try {
    const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': new Blob([bytes], { type: 'image/png' }) })]);
    return true;
  } catch {
    return false;
  }
}
