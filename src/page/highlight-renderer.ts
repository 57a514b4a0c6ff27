/**
 * Draws marks with the CSS Custom Highlight API: ranges over the page's own text nodes, painted by the
 * browser. The page's DOM and text stay exactly as they were; the only addition is an adopted style
 * sheet (or, where a page cannot adopt ours, one <style> in <head>), and it comes with the first mark:
 * a new style sheet makes the browser restyle the whole page, which pages without claims never pay.
 */
import { markCss } from './mark-styles';
import type { HighlightStyle } from '../contracts/settings';
import type { Mark, Renderer } from './marks';
import { type PaintWindow, viewportWindow, type WindowChanged, WindowedMarks } from './paint-window';

const NAMES = ['consistent', 'needs-context', 'differs', 'active', 'flash'] as const;
const FLASH_MS = 1600;

export function supportsHighlights(win: Window): boolean {
  const css = (win as unknown as { CSS?: { highlights?: unknown } }).CSS;
  return (
    Boolean(css?.highlights) && typeof (win as unknown as { Highlight?: unknown }).Highlight === 'function'
  );
}

interface DocumentStyle {
  update(css: string): void;
  /** puts the sheet back where the page took it out or changed it; true when it had to */
  verify(css: string, thorough: boolean): boolean;
  remove(): void;
}

/** The text of a sheet's rules, as the browser keeps them. */
const rulesText = (sheet: CSSStyleSheet) => Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n');

/** Puts a style sheet into the document without touching its body; returns a function that updates it. */
function installDocumentStyle(doc: Document, id: string): DocumentStyle {
  try {
    const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    /** what the browser made of our css, to compare the sheet with */
    let expected = '';
    let ruleCount = 0;
    return {
      update: (css) => {
        sheet.replaceSync(css);
        expected = rulesText(sheet);
        ruleCount = sheet.cssRules.length;
      },
      verify(css, thorough) {
        let repaired = false;
        if (!doc.adoptedStyleSheets.includes(sheet)) {
          doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
          repaired = true;
        }
        if (
          sheet.cssRules.length !== ruleCount ||
          sheet.disabled ||
          (thorough && rulesText(sheet) !== expected)
        ) {
          sheet.disabled = false;
          sheet.replaceSync(css);
          repaired = true;
        }
        return repaired;
      },
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
      verify(css, thorough) {
        const sheet = style.sheet;
        const moved = !style.isConnected;
        const changed =
          style.textContent !== css || !sheet || sheet.disabled || (thorough && sheet.cssRules.length === 0);
        if (moved) (doc.head ?? doc.documentElement).append(style);
        if (changed) {
          if (sheet) sheet.disabled = false;
          style.textContent = css;
        }
        return moved || changed;
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
  let installed: DocumentStyle | undefined;
  return {
    update(next: string) {
      css = next;
      installed?.update(css);
    },
    /** restores the sheet if the page removed or changed it; true when it had to */
    verify(thorough: boolean): boolean {
      return installed ? installed.verify(css, thorough) : false;
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

/**
 * A highlight name no page can guess: random per page load and per layer, so the names say nothing
 * of the verdict they paint, and a script written in advance cannot aim at them.
 */
function unguessableName(win: Window): string {
  const bytes = new Uint8Array(9);
  win.crypto.getRandomValues(bytes);
  // a CSS identifier: a letter first, then hex
  return `h${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** A layer: our highlight under its name, with the ranges we painted in it (the engine's own record). */
interface Layer {
  name: string;
  highlight: Highlight;
  priority: number;
  painted: Set<AbstractRange>;
}

/**
 * Puts one layer back as the engine painted it, if the page changed it: registered under its name,
 * its priority, and exactly its ranges. True when something had to be restored.
 */
function restoreLayer(registry: Map<string, Highlight>, layer: Layer, thorough: boolean): boolean {
  const { highlight, painted } = layer;
  let repaired = false;
  if (registry.get(layer.name) !== highlight) {
    registry.set(layer.name, highlight);
    repaired = true;
  }
  if (highlight.priority !== layer.priority) {
    highlight.priority = layer.priority;
    repaired = true;
  }
  // a range added or taken away changes the size; one swapped for another is found by the
  // thorough check, which looks at every range (done on a slow timer)
  let intact = highlight.size === painted.size;
  if (intact && thorough) for (const range of painted) if (!highlight.has(range)) intact = false;
  if (!intact) {
    highlight.clear();
    for (const range of painted) highlight.add(range);
    repaired = true;
  }
  return repaired;
}

/**
 * The page shares `CSS.highlights` with us: it can list our highlights, delete them, put its own
 * under our names, add or remove ranges, or change the priority. Nothing it does reaches the
 * engine's own record of what is painted (`Layer.painted`), from which `verify` restores the
 * registry. The ranges we paint are StaticRanges, copies of the engine's marks, which no script can
 * move; the marks themselves (hit testing, the card's place) are never handed to the page.
 *
 * A drawn mark is painted while its block is near the viewport (see paint-window.ts): every change
 * to the registry costs the browser a redo of all its ranges, so the registry holds a few screens'
 * worth of marks, not the page's thousands.
 */
export function createHighlightRenderer(
  doc: Document,
  initialStyle: HighlightStyle,
  paintWindow: (win: Window, changed: WindowChanged) => PaintWindow = viewportWindow,
): Renderer {
  const win = doc.defaultView as Window & typeof globalThis;
  const registry = (win.CSS as unknown as { highlights: Map<string, Highlight> }).highlights;
  const layers = new Map<(typeof NAMES)[number], Layer>();
  for (const key of NAMES) {
    const highlight = new win.Highlight();
    // the active mark and the flash paint over the verdict colours
    const priority = key === 'flash' ? 2 : key === 'active' ? 1 : 0;
    highlight.priority = priority;
    layers.set(key, { name: unguessableName(win), highlight, priority, painted: new Set() });
  }
  const style = lazyDocumentStyle(doc, 'claimlens-highlight-style');
  /** registers our highlights and puts in the style sheet, with the first mark */
  const install = () => {
    if (style.installed) return;
    for (const layer of layers.values()) registry.set(layer.name, layer.highlight);
    style.install();
  };
  const applyStyle = (s: HighlightStyle) =>
    style.update(markCss((key) => `::highlight(${layers.get(key as (typeof NAMES)[number])!.name})`, s));
  applyStyle(initialStyle);

  /** the painted copy of each mark's range */
  const copies = new Map<Mark, AbstractRange>();
  const copyOf = (mark: Mark): AbstractRange => {
    let copy = copies.get(mark);
    if (!copy) {
      const { startContainer, startOffset, endContainer, endOffset } = mark.range;
      copy = new win.StaticRange({ startContainer, startOffset, endContainer, endOffset });
      copies.set(mark, copy);
    }
    return copy;
  };
  const paint = (layer: Layer, range: AbstractRange) => {
    layer.painted.add(range);
    layer.highlight.add(range);
  };
  const unpaint = (layer: Layer, range: AbstractRange) => {
    layer.painted.delete(range);
    layer.highlight.delete(range);
  };
  const empty = (layer: Layer) => {
    layer.painted.clear();
    layer.highlight.clear();
  };
  const layerOf = (mark: Mark) => layers.get(mark.annotation.verdict)!;
  let active: Mark | undefined;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  /** the drawn marks, of which the renderer paints those near the view */
  const drawn = new WindowedMarks(win, paintWindow, {
    paint: (mark) => paint(layerOf(mark), copyOf(mark)),
    unpaint: (mark) => unpaint(layerOf(mark), copyOf(mark)),
  });

  return {
    kind: 'highlight',
    add(marks) {
      if (marks.length > 0) install();
      drawn.add(marks);
    },
    remove(marks) {
      for (const mark of marks) if (active === mark) this.setActive(undefined);
      drawn.remove(marks);
      for (const mark of marks) copies.delete(mark);
    },
    clear() {
      for (const layer of layers.values()) empty(layer);
      copies.clear();
      drawn.clear();
      active = undefined;
    },
    setActive(mark) {
      const layer = layers.get('active')!;
      empty(layer);
      active = mark;
      if (!mark) return;
      install();
      paint(layer, copyOf(mark));
    },
    flash(mark) {
      install();
      const layer = layers.get('flash')!;
      empty(layer);
      paint(layer, copyOf(mark));
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => empty(layer), FLASH_MS);
    },
    verify(thorough) {
      if (!style.installed) return false;
      let repaired = false;
      for (const layer of layers.values()) if (restoreLayer(registry, layer, thorough)) repaired = true;
      if (style.verify(thorough)) repaired = true;
      return repaired;
    },
    setStyle: applyStyle,
    dispose() {
      clearTimeout(flashTimer);
      drawn.dispose();
      for (const layer of layers.values()) {
        if (registry.get(layer.name) === layer.highlight) registry.delete(layer.name);
      }
      layers.clear();
      copies.clear();
      style.remove();
    },
  };
}
