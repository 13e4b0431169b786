/** What went wrong while loading a resource. */
export type DataLoadErrorKind = 'http' | 'timeout' | 'size' | 'network' | 'parse';

/**
 * A failed load. `message` says what happened and what to do, e.g.
 * "plan.json: the server answered 404 Not Found; check the src URL".
 */
export class DataLoadError extends Error {
  readonly kind: DataLoadErrorKind;
  /** HTTP status for `kind: 'http'`. */
  readonly status?: number;
  /** The absolute URL, when there is one. */
  readonly url?: string;

  constructor(kind: DataLoadErrorKind, message: string, options: { status?: number; url?: string } = {}) {
    super(message);
    this.name = 'DataLoadError';
    this.kind = kind;
    if (options.status !== undefined) this.status = options.status;
    if (options.url !== undefined) this.url = options.url;
  }
}

export interface FetchTextOptions {
  /** Abort after this many milliseconds (the whole request, body included). Default 10000. */
  timeoutMs?: number;
  /** Refuse bodies larger than this many bytes. Default 5 000 000. */
  maxBytes?: number;
  /** Default 'omit': no cookies or HTTP auth unless asked for. */
  credentials?: RequestCredentials;
  /** Fetch again and replace the shared entry. */
  reload?: boolean;
}

/** A fetched text with the Content-Type the server gave (used to infer a format). */
export interface FetchedText {
  url: string;
  text: string;
  contentType: string;
}

export const DEFAULT_TIMEOUT_MS = 10000;
export const DEFAULT_MAX_BYTES = 5_000_000;

/** One request per absolute URL (and credentials mode) per page. */
const cache = new Map<string, Promise<FetchedText>>();

function absoluteUrl(url: string): string {
  try {
    const base =
      typeof document !== 'undefined' && document.baseURI
        ? document.baseURI
        : typeof location !== 'undefined'
          ? location.href
          : undefined;
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** The last path segment, for messages ("plan.json"). */
export function shortName(url: string): string {
  try {
    const u = new URL(url, 'http://x/');
    const segment = u.pathname.split('/').filter(Boolean).pop();
    return segment ? decodeURIComponent(segment) : u.host || url;
  } catch {
    return url;
  }
}

function positive(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

function formatBytes(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)} kB`;
  return `${n} bytes`;
}

function decoderFor(contentType: string): TextDecoder {
  const charset = /charset=([^;]+)/i.exec(contentType)?.[1]?.trim().replace(/^"|"$/g, '');
  if (charset) {
    try {
      return new TextDecoder(charset);
    } catch {
      // unknown label: fall back to UTF-8
    }
  }
  return new TextDecoder('utf-8');
}

async function load(url: string, options: FetchTextOptions): Promise<FetchedText> {
  const name = shortName(url);
  const timeoutMs = positive(options.timeoutMs, DEFAULT_TIMEOUT_MS);
  const maxBytes = positive(options.maxBytes, DEFAULT_MAX_BYTES);
  const sizeError = (size: number | null) =>
    new DataLoadError(
      'size',
      `${name}: the file is larger than the limit of ${formatBytes(maxBytes)}` +
        (size !== null ? ` (${formatBytes(size)})` : '') +
        '; publish a smaller file or raise max-bytes',
      { url },
    );
  if (typeof fetch !== 'function') {
    throw new DataLoadError('network', `${name}: this browser cannot fetch data (no fetch API)`, { url });
  }
  const controller = typeof AbortController === 'function' ? new AbortController() : null;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller?.abort();
  }, timeoutMs);
  const timeoutError = () =>
    new DataLoadError(
      'timeout',
      `${name}: no complete answer from the server within ${timeoutMs} ms; check the server or raise the timeout`,
      { url },
    );
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        credentials: options.credentials ?? 'omit',
        signal: controller?.signal ?? null,
        headers: { Accept: 'application/json, text/csv, text/plain;q=0.9, */*;q=0.5' },
      });
    } catch {
      if (timedOut) throw timeoutError();
      throw new DataLoadError(
        'network',
        `${name}: the request failed (offline, blocked, or the server does not allow cross-origin requests); check the src URL and the server's CORS settings`,
        { url },
      );
    }
    if (!response.ok) {
      controller?.abort();
      const statusText = response.statusText ? ` ${response.statusText}` : '';
      const hint =
        response.status === 404 || response.status === 410
          ? 'check the src URL'
          : response.status === 401 || response.status === 403
            ? 'the file is not public; check its permissions or the credentials attribute'
            : response.status >= 500
              ? 'the server failed; try again later or contact its administrator'
              : 'check the src URL';
      throw new DataLoadError(
        'http',
        `${name}: the server answered ${response.status}${statusText}; ${hint}`,
        {
          status: response.status,
          url,
        },
      );
    }
    const contentType = response.headers.get('content-type') ?? '';
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      controller?.abort();
      throw sizeError(declared);
    }
    const decoder = decoderFor(contentType);
    let text = '';
    try {
      if (response.body && typeof response.body.getReader === 'function') {
        const reader = response.body.getReader();
        let received = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          received += value.byteLength;
          if (received > maxBytes) {
            controller?.abort();
            void reader.cancel().catch(() => undefined);
            throw sizeError(null);
          }
          text += decoder.decode(value, { stream: true });
        }
        text += decoder.decode();
      } else {
        const buffer = await response.arrayBuffer();
        if (buffer.byteLength > maxBytes) throw sizeError(buffer.byteLength);
        text = decoder.decode(buffer);
      }
    } catch (error) {
      if (error instanceof DataLoadError) throw error;
      if (timedOut) throw timeoutError();
      throw new DataLoadError(
        'network',
        `${name}: the connection broke while reading the file; try again later`,
        { url },
      );
    }
    return { url, text, contentType };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Fetches a resource once per page and returns its text with its Content-Type. Concurrent and
 * later calls for the same absolute URL share one request; `reload: true` replaces the entry.
 * Failed requests are not kept, so the next call retries. Rejects only with `DataLoadError`.
 */
export function fetchResource(url: string, options: FetchTextOptions = {}): Promise<FetchedText> {
  const absolute = absoluteUrl(String(url ?? ''));
  const key = `${options.credentials ?? 'omit'} ${absolute}`;
  const cached = cache.get(key);
  if (cached && !options.reload) return cached;
  const promise = load(absolute, options).catch((error: unknown) => {
    if (cache.get(key) === promise) cache.delete(key);
    throw error instanceof DataLoadError
      ? error
      : new DataLoadError('network', `${shortName(absolute)}: ${String(error)}`, { url: absolute });
  });
  cache.set(key, promise);
  return promise;
}

/**
 * Fetches text once per absolute URL per page (see `fetchResource`): AbortController timeout,
 * size limit from Content-Length and while streaming, non-2xx → `DataLoadError` of kind 'http'.
 * Credentials are omitted unless asked for.
 */
export function fetchText(url: string, options: FetchTextOptions = {}): Promise<string> {
  return fetchResource(url, options).then((r) => r.text);
}

/** Forgets every shared request (tests). */
export function clearFetchCache(): void {
  cache.clear();
}
