import type { TableData } from '../model/loaders.js';
import { loadPlanScript, loadPlanTable } from '../model/loaders.js';
import type { ValidationResult } from '../model/types.js';

const MAX_SPAN = 1000;

function cellText(cell: Element): string {
  return (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function span(value: string | null): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

/**
 * Lays rows of cells out on a grid, repeating the text of cells that span several rows or
 * columns (`rowspan="0"` and other invalid spans count as 1).
 */
function grid(rows: HTMLTableRowElement[]): string[][] {
  const out: string[][] = [];
  rows.forEach((row, r) => {
    out[r] ??= [];
    let c = 0;
    for (const cell of Array.from(row.cells)) {
      while (out[r]![c] !== undefined) c++;
      const text = cellText(cell);
      const rs = Math.min(span(cell.getAttribute('rowspan')), rows.length - r);
      const cs = span(cell.getAttribute('colspan'));
      for (let i = 0; i < rs; i++) {
        const line = (out[r + i] ??= []);
        for (let j = 0; j < cs; j++) line[c + j] = text;
      }
      c += cs;
    }
  });
  // fill holes (ragged rows) with ''
  return out.map((line) => Array.from(line, (v) => v ?? ''));
}

/**
 * Reads a `<table>` as plain strings: the caption, the header cells (the `<thead>` row, else a
 * first row made only of `<th>`), and the body rows, each cell's trimmed `textContent`. Cells
 * spanning rows or columns repeat their value. Never reads markup.
 */
export function readTableData(table: HTMLTableElement): TableData {
  const caption = table.caption ? cellText(table.caption) : '';
  const all = Array.from(table.rows);
  let headRows: HTMLTableRowElement[] = [];
  let bodyRows: HTMLTableRowElement[];
  if (table.tHead && table.tHead.rows.length > 0) {
    headRows = Array.from(table.tHead.rows);
    bodyRows = all.filter(
      (row) => row.parentElement !== table.tHead && row.parentElement?.tagName !== 'TFOOT',
    );
  } else {
    const first = all[0];
    if (first && first.cells.length > 0 && Array.from(first.cells).every((cell) => cell.tagName === 'TH')) {
      headRows = [first];
      bodyRows = all.slice(1);
    } else {
      bodyRows = all;
    }
  }
  // With several header rows, the last row (after spans) names the columns; join the
  // distinct texts above it ("2015年 | 数值") so no header text is lost.
  const headGrid = grid(headRows);
  const width = Math.max(0, ...headGrid.map((line) => line.length));
  const head: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (const line of headGrid) {
      const text = line[c] ?? '';
      if (text && parts[parts.length - 1] !== text) parts.push(text);
    }
    head.push(parts.join(' | '));
  }
  const rows = grid(bodyRows).filter((line) => line.some((text) => text !== ''));
  return { caption, head, rows };
}

/** The inline sources of an element: its direct `<script type="application/json">` and `<table>` children. */
function inlineSources(host: Element): { script?: Element; table?: HTMLTableElement } {
  const children = Array.from(host.children);
  return {
    script: children.find(
      (el) =>
        el.tagName === 'SCRIPT' &&
        (el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/json',
    ),
    table: children.find((el): el is HTMLTableElement => el.tagName === 'TABLE'),
  };
}

/**
 * The plan written inside an element: a direct child `<script type="application/json">`
 * (→ `loadPlanScript`), else a direct child `<table>` (→ `loadPlanTable`). `null` when there is
 * neither. Never throws.
 */
export function readInlinePlan(host: Element): ValidationResult | null {
  try {
    const { script, table } = inlineSources(host);
    if (script) return loadPlanScript(script.textContent ?? '');
    if (table) return loadPlanTable(readTableData(table));
  } catch (error) {
    console.warn('innovation-widgets: could not read the inline plan', error);
  }
  return null;
}

/**
 * A cheap fingerprint of an element's inline plan source (the JSON text, or the table's markup:
 * text, spans and caption), '' when there is none. Lets observers skip re-reading when nothing
 * relevant changed. (Markup is only read here, never written.)
 */
export function inlineSourceKey(host: Element): string {
  const { script, table } = inlineSources(host);
  // Reading outerHTML is not a sink (nothing is parsed or written): it only fingerprints the table.
  // eslint-disable-next-line no-restricted-properties
  return script ? `S${script.textContent ?? ''}` : (table?.outerHTML ?? '');
}

/**
 * Calls `onChange` once per microtask after the children or text of `host` changed (an inline source
 * being written or edited). Returns the function that stops observing.
 */
export function observeInline(host: Element, onChange: () => void): () => void {
  if (typeof MutationObserver !== 'function') return () => undefined;
  let queued = false;
  const observer = new MutationObserver(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      onChange();
    });
  });
  observer.observe(host, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}
