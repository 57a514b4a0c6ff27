/**
 * A stand-in for the browser's highlight registry (happy-dom has none): `CSS.highlights` as a Map and
 * `Highlight` as a Set with a priority, as the Custom Highlight API defines them.
 */
export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

/** Installs the stand-in on the window; returns what takes it away again. */
export function installFakeHighlights(): { registry: Map<string, FakeHighlight>; uninstall(): void } {
  const realCss = Object.getOwnPropertyDescriptor(window, 'CSS');
  const registry = new Map<string, FakeHighlight>();
  Object.defineProperty(window, 'CSS', {
    value: { highlights: registry },
    configurable: true,
    writable: true,
  });
  Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true, writable: true });
  return {
    registry,
    uninstall() {
      if (realCss) Object.defineProperty(window, 'CSS', realCss);
      else delete (window as { CSS?: unknown }).CSS;
      delete (window as { Highlight?: unknown }).Highlight;
    },
  };
}
