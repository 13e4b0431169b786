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
    return new URL(url, globalThis.document?.baseURI ?? globalThis.location?.href).href;
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
  return typeof value === 'number' && value > 0 && value < Infinity ? value : fallback;
}

function formatBytes(n: number): string {
  return n < 1e3 ? `${n} bytes` : `${(n / (n < 1e6 ? 1e3 : 1e6)).toFixed(1)} ${n < 1e6 ? 'kB' : 'MB'}`;
}

async function load(url: string, options: FetchTextOptions): Promise<FetchedText> {
  const timeoutMs = positive(options.timeoutMs, DEFAULT_TIMEOUT_MS);
  const maxBytes = positive(options.maxBytes, DEFAULT_MAX_BYTES);
  /** Every message starts with the file name: "plan.json: …". */
  const fail = (kind: DataLoadErrorKind, message: string, status?: number): DataLoadError =>
    new DataLoadError(kind, `${shortName(url)}: ${message}`, status ? { status, url } : { url });
  const tooLarge = (size?: number): DataLoadError =>
    fail(
      'size',
      `the file is larger than the limit of ${formatBytes(maxBytes)}${size ? ` (${formatBytes(size)})` : ''}; publish a smaller file or raise max-bytes`,
    );
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  /** After an abort or a broken connection: a timeout when the timer fired, else `otherwise`. */
  const broken = (otherwise: string): DataLoadError =>
    timedOut
      ? fail('timeout', `no complete answer within ${timeoutMs} ms; check the server or raise the timeout`)
      : fail('network', `${otherwise}; check the src URL and the server (CORS)`);
  try {
    const response = await fetch(url, {
      credentials: options.credentials ?? 'omit',
      signal: controller.signal,
      headers: { Accept: 'application/json, text/csv, text/plain;q=0.9, */*;q=0.5' },
    }).catch(() => {
      throw broken('the request failed (offline, blocked or cross-origin)');
    });
    const { ok, status, statusText, headers } = response;
    const declared = Number(headers.get('content-length'));
    if (!ok || declared > maxBytes) controller.abort();
    if (!ok)
      throw fail(
        'http',
        `the server answered ${status}${statusText ? ` ${statusText}` : ''}; ${
          status === 401 || status === 403
            ? 'the file is not public; check its permissions or the credentials attribute'
            : status >= 500
              ? 'the server failed; try again later'
              : 'check the src URL'
        }`,
        status,
      );
    if (declared > maxBytes) throw tooLarge(declared);
    const contentType = headers.get('content-type') ?? '';
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(/charset=["\s]*([^;"\s]+)/i.exec(contentType)?.[1] || 'utf-8');
    } catch {
      decoder = new TextDecoder(); // unknown label
    }
    let text = '';
    let received = 0;
    const reader = response.body?.getReader();
    try {
      for (let r = await reader?.read(); r && !r.done; r = await reader!.read()) {
        received += r.value.byteLength;
        if (received > maxBytes) throw tooLarge();
        text += decoder.decode(r.value, { stream: true });
      }
    } catch (error) {
      controller.abort();
      throw error instanceof DataLoadError ? error : broken('the connection broke while reading the file');
    }
    return { url, text: text + decoder.decode(), contentType };
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
