/** Formats `<innovation-data>` reads. */
export type DataFormat = 'json' | 'csv';

function extensionFormat(url: string): DataFormat | null {
  let path: string;
  try {
    path = new URL(url, 'http://x/').pathname;
  } catch {
    path = url.split(/[?#]/)[0] ?? '';
  }
  const match = /\.([a-z0-9]+)$/i.exec(path);
  const ext = match?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'csv') return 'csv';
  return null;
}

function contentTypeFormat(contentType: string): DataFormat | null {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/json' || type.endsWith('+json') || type === 'text/json') return 'json';
  if (type === 'text/csv' || type === 'application/csv' || type === 'text/comma-separated-values')
    return 'csv';
  return null;
}

/**
 * Decides how to read a loaded text: the explicit `format` attribute ('json' | 'csv'), else the
 * URL's extension, else the Content-Type, else the text itself (`{` or `[` first → JSON).
 */
export function inferFormat(explicit: unknown, url: string, contentType: string, text: string): DataFormat {
  const wanted = typeof explicit === 'string' ? explicit.trim().toLowerCase() : '';
  if (wanted === 'json' || wanted === 'csv') return wanted;
  const byExtension = extensionFormat(url);
  if (byExtension) return byExtension;
  const byType = contentTypeFormat(contentType);
  if (byType) return byType;
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '{' || first === '[' ? 'json' : 'csv';
}
