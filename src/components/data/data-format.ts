/** Formats `<innovation-data>` reads. */
export type DataFormat = 'json' | 'csv';

/** 'json', 'csv' or '' from an extension or a Content-Type ("application/ld+json", "text/csv"). */
function formatOf(match: RegExpExecArray | null): DataFormat | '' {
  return match ? (match[1] ? 'json' : 'csv') : '';
}

/**
 * Decides how to read a loaded text: the explicit `format` attribute ('json' | 'csv'), else the
 * URL's extension, else the Content-Type, else the text itself (`{` or `[` first → JSON).
 */
export function inferFormat(explicit: unknown, url: string, contentType: string, text: string): DataFormat {
  const wanted = typeof explicit === 'string' ? explicit.trim().toLowerCase() : '';
  if (wanted === 'json' || wanted === 'csv') return wanted;
  let path: string;
  try {
    path = new URL(url, 'http://x/').pathname;
  } catch {
    path = url.split(/[?#]/)[0] ?? '';
  }
  return (
    formatOf(/\.(?:(json)|csv)$/i.exec(path)) ||
    formatOf(
      /^\s*(?:(application\/json|text\/json|[^;]*\+json)|text\/csv|application\/csv|text\/comma-separated-values)\s*(?:;|$)/i.exec(
        contentType,
      ),
    ) ||
    (/^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'csv')
  );
}
