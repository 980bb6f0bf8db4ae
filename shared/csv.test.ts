import { describe, expect, it } from 'vitest';
import { csvField, csvText, UTF8_BOM } from './csv';

/** A small RFC 4180 reader, to prove the text reads back as the rows that went in. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  return rows;
}

describe('the CSV builder', () => {
  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    const text = csvText([['版本', '备注'], ['1.0.0', '首发']]);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(text.slice(1)).toBe('版本,备注\r\n1.0.0,首发\r\n');
    // U+FEFF, which UTF-8 writes as EF BB BF (file-saver.test.ts checks the bytes on disk).
    expect(text.charCodeAt(0)).toBe(0xfeff);
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField('plain 中文')).toBe('plain 中文');
    expect(csvField('，全角逗号')).toBe('，全角逗号');
  });

  it('writes numbers as numbers and nothing for a missing value', () => {
    expect(csvText([[1, 2.5, -3, null, undefined, '']]).slice(1)).toBe('1,2.5,-3,,,\r\n');
  });

  it('keeps a note from becoming an Excel formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-rm')).toBe("'-rm");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('reads back as the rows that went in', () => {
    const rows = [
      ['id', 'notes'],
      ['1', 'fixed the cart, "the big one"\r\nand the login'],
      ['2', ''],
      ['3', '"'],
    ];
    expect(readCsv(csvText(rows).slice(1))).toEqual(rows);
  });
});
