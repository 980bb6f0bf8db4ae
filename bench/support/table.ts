import { summarize, type Summary } from './stats';

// One table for the whole suite: figure, median, min, max, target, ratio and whether the target is met.

export interface Row {
  figure: string;
  unit: 'ms' | 'KB' | 'MB' | '×' | '';
  summary: Summary;
  /** The target as words, e.g. "≤ 0.8× raw CLI". */
  target: string;
  /** The number the target is about (a ratio, or the median itself), for the verdict. */
  ratio?: number;
  /** null: printed for reading, no target of its own. */
  met: boolean | null;
  note?: string;
}

export class Table {
  readonly rows: Row[] = [];
  readonly skipped: Array<{ figure: string; reason: string }> = [];

  add(row: Row): void {
    this.rows.push(row);
    const verdict = row.met === null ? '' : row.met ? ' met' : ' MISSED';
    console.log(`  → ${row.figure}: ${format(row.summary.median, row.unit)} (${format(row.summary.min, row.unit)}–${format(row.summary.max, row.unit)})${row.ratio === undefined ? '' : `, ratio ${row.ratio.toFixed(2)}`}${verdict}`);
  }

  /** A figure from raw values, its verdict from the median against `limit` (value ≤ limit is met). */
  addValues(figure: string, unit: Row['unit'], values: number[], target: string, limit?: number, note?: string): Row {
    const summary = summarize(values);
    const row: Row = { figure, unit, summary, target, met: limit === undefined ? null : summary.median <= limit, note };
    this.add(row);
    return row;
  }

  skip(figure: string, reason: string): void {
    this.skipped.push({ figure, reason });
    console.log(`  → ${figure}: skipped (${reason})`);
  }

  print(): void {
    const header = ['figure', 'median', 'min', 'max', 'target', 'ratio', 'verdict'];
    const lines = this.rows.map((row) => [
      row.figure,
      format(row.summary.median, row.unit),
      format(row.summary.min, row.unit),
      format(row.summary.max, row.unit),
      row.target,
      row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}×`,
      row.met === null ? '' : row.met ? 'met' : 'missed',
    ]);
    const widths = header.map((title, i) => Math.max(width(title), ...lines.map((line) => width(line[i]!))));
    const render = (cells: string[]) => cells.map((cell, i) => (i === 0 || i === 4 ? padEnd(cell, widths[i]!) : padStart(cell, widths[i]!))).join('  ');
    console.log(`\n${render(header)}\n${widths.map((w) => '─'.repeat(w)).join('  ')}`);
    for (const line of lines) console.log(render(line));
    for (const row of this.rows.filter((r) => r.note)) console.log(`  ${row.figure}: ${row.note}`);
    for (const { figure, reason } of this.skipped) console.log(`  ${figure}: skipped, ${reason}`);
    const missed = this.rows.filter((row) => row.met === false).length;
    const judged = this.rows.filter((row) => row.met !== null).length;
    console.log(`\n${judged - missed} of ${judged} targets met${missed ? `, ${missed} missed` : ''}${this.skipped.length ? `, ${this.skipped.length} skipped` : ''}.`);
  }
}

function format(value: number, unit: Row['unit']): string {
  if (unit === '×') return `${value.toFixed(2)}×`;
  if (unit === 'ms') return `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms`;
  if (unit === 'KB' || unit === 'MB') return `${value.toFixed(1)} ${unit}`;
  return value.toFixed(2);
}

/** Display width: CJK and full-width characters take two columns in a terminal. */
function width(text: string): number {
  let columns = 0;
  for (const char of text) columns += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1;
  return columns;
}
const padEnd = (text: string, to: number) => text + ' '.repeat(Math.max(0, to - width(text)));
const padStart = (text: string, to: number) => ' '.repeat(Math.max(0, to - width(text))) + text;
