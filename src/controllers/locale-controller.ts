import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocale } from '../format/locale.js';
import type { SupportedLocale } from '../format/locale.js';

export type { SupportedLocale };

type LocaleHost = ReactiveControllerHost & Element;

/** Every connected LocaleController; one shared MutationObserver on <html lang> serves them all. */
const active = new Set<LocaleController>();
let htmlObserver: MutationObserver | null = null;

function startHtmlObserver(): void {
  if (htmlObserver || typeof MutationObserver !== 'function' || typeof document === 'undefined') return;
  htmlObserver = new MutationObserver(() => {
    for (const controller of active) controller.refresh();
  });
  htmlObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

function stopHtmlObserverIfIdle(): void {
  if (active.size === 0 && htmlObserver) {
    htmlObserver.disconnect();
    htmlObserver = null;
  }
}

/**
 * The nearest `lang` attribute from `element` up, walking out of shadow roots to their hosts,
 * ending with `document.documentElement.lang`. Returns '' when none is set.
 */
export function findLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') ?? '';
    const root: Node = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return typeof document !== 'undefined' ? (document.documentElement?.lang ?? '') : '';
}

/**
 * Resolves the locale a widget formats for: the explicit `locale` attribute/property when given,
 * else the nearest `lang` attribute (through shadow roots), else `<html lang>`, resolved with
 * `resolveLocale` (unknown or empty → 'zh-CN'). Re-resolves on connect, on every host update, and
 * when `<html lang>` changes (one page-wide observer).
 */
export class LocaleController implements ReactiveController {
  /** The resolved locale. */
  locale: SupportedLocale;

  private readonly host: LocaleHost;
  private readonly explicit: () => string | null | undefined;

  constructor(host: LocaleHost, explicit: () => string | null | undefined = () => undefined) {
    this.host = host;
    this.explicit = explicit;
    this.locale = resolveLocale(undefined);
    host.addController(this);
  }

  hostConnected(): void {
    active.add(this);
    startHtmlObserver();
    // A pending update resolves the locale in hostUpdate anyway: one lang lookup, not two, per mount.
    if (!(this.host as { isUpdatePending?: boolean }).isUpdatePending) this.refresh();
  }

  hostDisconnected(): void {
    active.delete(this);
    stopHtmlObserverIfIdle();
  }

  /** Called before each host update: picks up a changed `locale` property without an extra render. */
  hostUpdate(): void {
    this.locale = this.compute();
  }

  /** Re-resolves and requests a host update when the locale changed. */
  refresh(): void {
    const next = this.compute();
    if (next !== this.locale) {
      this.locale = next;
      this.host.requestUpdate();
    }
  }

  private compute(): SupportedLocale {
    let tag: string | null | undefined;
    try {
      tag = this.explicit();
    } catch {
      tag = undefined;
    }
    if (typeof tag === 'string' && tag.trim() !== '') return resolveLocale(tag.trim());
    return resolveLocale(this.host.isConnected ? findLang(this.host) : '');
  }
}
