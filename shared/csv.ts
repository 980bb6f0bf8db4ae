// CSV as RFC 4180 writes it and Excel reads it: fields with a comma, a quote or a line break are quoted
// (quotes doubled), lines end with CRLF, and the text starts with a UTF-8 byte order mark, without which
// Excel on Windows takes the file for the local code page and shows Chinese as mojibake.

export const UTF8_BOM = '\uFEFF';

export type CsvCell = string | number | null | undefined;

/**
 * A field as written. A leading = + - @ (or tab / CR) would make Excel run the cell as a formula
 * (CSV injection through notes anyone can type), so such text gets a leading apostrophe; numbers stay numbers.
 */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  let text = String(cell);
  if (typeof cell === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file's text: BOM, then one CRLF-terminated line per row. */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return UTF8_BOM + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
