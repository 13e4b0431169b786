/**
 * CSV (RFC 4180) and tab-separated text of exactly what `<innovation-platform-table>` shows: the
 * visible columns, the rows in their current order, the locale's headers. Pure, never throws.
 */
import type { PlatformColumn, PlatformRow } from './platform-table.model.js';

/** UTF-8 byte order mark: spreadsheet programs then read Chinese text as UTF-8. */
export const BOM = '\uFEFF';

/** One field, quoted when it holds the separator, a quote, CR or LF (quotes doubled). */
export function quoteField(value: unknown, separator = ','): string {
  const s =
    typeof value === 'string'
      ? value
      : typeof value === 'number' && Number.isFinite(value)
        ? String(value)
        : '';
  return s.includes(separator) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Header and data rows as arrays of strings (the same text the table shows). */
export function tableRows(columns: readonly PlatformColumn[], rows: readonly PlatformRow[]): string[][] {
  const out: string[][] = [columns.map((c) => c.label)];
  for (const r of rows) out.push([r.text, ...columns.slice(1).map((_, i) => r.cells[i]?.text ?? '')]);
  return out;
}

/** RFC 4180 text: CRLF after every record, with a UTF-8 BOM first. */
export function toCsv(columns: readonly PlatformColumn[], rows: readonly PlatformRow[]): string {
  return (
    BOM +
    tableRows(columns, rows)
      .map((r) => r.map((f) => quoteField(f)).join(',') + '\r\n')
      .join('')
  );
}

/** Tab-separated text for the clipboard (pastes into spreadsheet cells); same quoting, no BOM. */
export function toTsv(columns: readonly PlatformColumn[], rows: readonly PlatformRow[]): string {
  return tableRows(columns, rows)
    .map((r) => r.map((f) => quoteField(f, '\t')).join('\t'))
    .join('\r\n');
}
