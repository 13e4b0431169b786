/** Full-width ASCII (U+FF01–FF5E: "２０１５", "（", "％") → half-width. Shared by every text reader. */
export function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The message of a caught value, for problem texts ("Unexpected token …"). */
export function errorText(error: unknown, fallback = 'error'): string {
  return error instanceof Error ? error.message : fallback;
}
