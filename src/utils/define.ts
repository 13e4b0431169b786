const warned = new Set<string>();

/**
 * Registers a custom element unless the tag is already defined. Two copies of the library on one
 * page must not throw: when the tag is held by the same constructor nothing happens; when a
 * different constructor holds it (another copy or version of the library), one console warning is
 * printed and the existing definition is kept. Never throws.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== ctor && !warned.has(tag)) {
      warned.add(tag);
      console.warn(
        `innovation-widgets: <${tag}> is already defined by another copy of the library; ` +
          'keeping the first definition. Load the library once per page to avoid mismatched versions.',
      );
    }
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (error) {
    // A race with another definition, or an invalid tag: report, never throw out of define().
    if (!warned.has(tag)) {
      warned.add(tag);
      console.warn(`innovation-widgets: could not define <${tag}>: ${String(error)}`);
    }
  }
}
