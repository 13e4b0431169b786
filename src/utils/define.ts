const warned = new Set<string>();

/**
 * Registers a custom element unless the tag is already defined. Two copies of the library on one
 * page must not throw: when the tag is held by the same constructor nothing happens; when a
 * different constructor holds it (another copy or version of the library), one console warning is
 * printed and the existing definition is kept. Never throws.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  const existing = registry?.get(tag);
  let problem = '';
  if (existing) {
    if (existing !== ctor)
      problem = 'is already defined by another copy of the library; load it once per page';
  } else if (registry) {
    try {
      registry.define(tag, ctor);
    } catch (error) {
      // A race with another definition, or an invalid tag: report, never throw out of define().
      problem = `could not be defined (${String(error)})`;
    }
  }
  if (problem && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`innovation-widgets: <${tag}> ${problem}; the first definition is kept.`);
  }
}
