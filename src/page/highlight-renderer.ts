/**
 * Draws marks with the CSS Custom Highlight API: ranges over the page's own text nodes, painted by the
 * browser. The page's DOM and text stay exactly as they were; the only addition is an adopted style
 * sheet (or, where a page cannot adopt ours, one <style> in <head>), and it comes with the first mark:
 * a new style sheet makes the browser restyle the whole page, which pages without claims never pay.
 */
import { markCss } from './mark-styles';
import type { HighlightStyle, Mark, Renderer } from './marks';

const NAMES = ['consistent', 'needs-context', 'differs', 'active', 'flash'] as const;
const FLASH_MS = 1600;

export function supportsHighlights(win: Window): boolean {
  const css = (win as unknown as { CSS?: { highlights?: unknown } }).CSS;
  return (
    Boolean(css?.highlights) && typeof (win as unknown as { Highlight?: unknown }).Highlight === 'function'
  );
}

/** Puts a style sheet into the document without touching its body; returns a function that updates it. */
function installDocumentStyle(doc: Document, id: string): { update(css: string): void; remove(): void } {
  try {
    const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return {
      update: (css) => sheet.replaceSync(css),
      remove: () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      },
    };
  } catch {
    // Firefox's content-script sandbox may refuse to adopt a sheet into the page; a <style> in <head> works.
    const style = doc.createElement('style');
    style.id = id;
    (doc.head ?? doc.documentElement).append(style);
    return {
      update: (css) => {
        style.textContent = css;
      },
      remove: () => style.remove(),
    };
  }
}

/**
 * Our style sheet for the document, put in on the first `install()` (the first mark) and kept up to
 * date with the latest css from then on.
 */
export function lazyDocumentStyle(doc: Document, id: string) {
  let css = '';
  let installed: ReturnType<typeof installDocumentStyle> | undefined;
  return {
    update(next: string) {
      css = next;
      installed?.update(css);
    },
    install() {
      if (installed) return;
      installed = installDocumentStyle(doc, id);
      installed.update(css);
    },
    get installed() {
      return installed !== undefined;
    },
    remove() {
      installed?.remove();
      installed = undefined;
    },
  };
}

export function createHighlightRenderer(doc: Document, initialStyle: HighlightStyle): Renderer {
  const win = doc.defaultView as Window & typeof globalThis;
  const registry = (win.CSS as unknown as { highlights: Map<string, Highlight> }).highlights;
  const layers = new Map<string, Highlight>();
  for (const name of NAMES) {
    const highlight = new win.Highlight();
    // the active mark and the flash paint over the verdict colours
    highlight.priority = name === 'flash' ? 2 : name === 'active' ? 1 : 0;
    layers.set(name, highlight);
  }
  const style = lazyDocumentStyle(doc, 'claimlens-highlight-style');
  /** registers our highlights and puts in the style sheet, with the first mark */
  const install = () => {
    if (style.installed) return;
    for (const [name, highlight] of layers) registry.set(`claimlens-${name}`, highlight);
    style.install();
  };
  const applyStyle = (s: HighlightStyle) =>
    style.update(markCss((name) => `::highlight(claimlens-${name})`, s));
  applyStyle(initialStyle);

  const layerOf = (mark: Mark) => layers.get(mark.annotation.verdict)!;
  let active: Mark | undefined;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  return {
    kind: 'highlight',
    add(marks) {
      if (marks.length > 0) install();
      for (const mark of marks) layerOf(mark).add(mark.range);
    },
    remove(marks) {
      for (const mark of marks) {
        layerOf(mark).delete(mark.range);
        if (active === mark) this.setActive(undefined);
      }
    },
    clear() {
      for (const layer of layers.values()) layer.clear();
      active = undefined;
    },
    setActive(mark) {
      const layer = layers.get('active')!;
      layer.clear();
      active = mark;
      if (!mark) return;
      install();
      layer.add(mark.range);
    },
    flash(mark) {
      install();
      const layer = layers.get('flash')!;
      layer.clear();
      layer.add(mark.range);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => layer.clear(), FLASH_MS);
    },
    setStyle: applyStyle,
    dispose() {
      clearTimeout(flashTimer);
      for (const [name, highlight] of layers) {
        if (registry.get(`claimlens-${name}`) === highlight) registry.delete(`claimlens-${name}`);
      }
      layers.clear();
      style.remove();
    },
  };
}
