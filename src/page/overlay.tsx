/**
 * Our one piece of UI inside the page: a shadow-root host (outside <body>, so the page's text and layout
 * are untouched) that carries the hover card, made when the first card opens. The card follows its mark with @floating-ui/dom.
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import type { ClaimRecord } from '../core/claims/types';
import type { ContentLanguage } from '../core/claims/page-language';
import { Card } from '../ui/card/Card';
import { CARD_CSS } from '../ui/card/card-css';
import type { Locale, Translate } from '../ui/i18n';
import type { Mark } from './marks';

const HOST_TAG = 'claimlens-root';

/**
 * The host's inline style. Inline `!important` declarations win over every rule of the page's style
 * sheets (`claimlens-root { display: none !important }` included); `all: initial` first undoes
 * whatever else a page rule could set (transform, filter, clip-path, opacity...). What the page
 * changes of the attribute itself is put back (see verifyHost).
 */
const HOST_STYLE = [
  'all: initial',
  'display: block',
  'visibility: visible',
  'opacity: 1',
  'position: fixed',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'z-index: 2147483647',
]
  .map((declaration) => `${declaration} !important;`)
  .join(' ');

export interface Overlay {
  /** our element in the page; undefined until the first card opens */
  readonly host: HTMLElement | undefined;
  /** opens (or moves) the card over a mark; `focus` moves keyboard focus into it */
  open(mark: Mark, claim: ClaimRecord, options?: { focus?: boolean }): void;
  close(): void;
  readonly openMark: Mark | undefined;
  /** whether an event target or point lies in the card */
  contains(node: Node | null): boolean;
  /**
   * Puts the host back as it should be where the page moved, restyled or removed it; true when it
   * had to. Done when a card opens, when the page touches the host, and on a slow timer.
   */
  verifyHost(): boolean;
  dispose(): void;
}

interface OverlayCallbacks {
  /** the page's language and script, for the dataset's texts on the card */
  contentLanguage?(): ContentLanguage;
  onPointerEnterCard(): void;
  onPointerLeaveCard(): void;
  onClosed(): void;
}

interface HostParts {
  host: HTMLElement;
  shadow: ShadowRoot;
  layer: HTMLElement;
  watcher: MutationObserver;
}

/** Our host last in <html>, so no element of the page comes after it at the same z-index. */
function placeHost(doc: Document, host: HTMLElement): boolean {
  const root = doc.documentElement;
  if (host.parentNode === root && root.lastElementChild === host) return false;
  root.append(host);
  return true;
}

function restyleHost(host: HTMLElement): boolean {
  if (host.getAttribute('style') === HOST_STYLE && !host.hidden) return false;
  host.setAttribute('style', HOST_STYLE);
  host.hidden = false;
  return true;
}

/** The host, its closed shadow root and the card's layer, put last in <html>. */
function buildHost(doc: Document, callbacks: OverlayCallbacks): HostParts {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  // closed: the page cannot reach into the card to read it, rewrite its links or fake its buttons
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  shadow.append(style, layer);
  doc.documentElement.append(host);
  layer.addEventListener('pointerenter', (event) => event.isTrusted && callbacks.onPointerEnterCard(), true);
  layer.addEventListener('pointerleave', (event) => event.isTrusted && callbacks.onPointerLeaveCard(), true);
  // the page restyling or hiding the host is undone at once
  const watcher = new (doc.defaultView as Window & typeof globalThis).MutationObserver(() => {
    restyleHost(host);
    watcher.takeRecords();
  });
  watcher.observe(host, { attributes: true });
  return { host, shadow, layer, watcher };
}

/** Keeps the card beside its mark as the page scrolls and resizes; returns the stop. */
function followMark(mark: Mark, card: HTMLElement): () => void {
  const reference = {
    getBoundingClientRect: () => mark.range.getBoundingClientRect(),
    getClientRects: () => mark.range.getClientRects(),
    contextElement: mark.range.startContainer.parentElement ?? undefined,
  };
  return autoUpdate(reference, card, () => {
    computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply: ({ availableHeight }) => {
            card.style.maxHeight = `${Math.max(160, Math.min(520, availableHeight))}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    });
  });
}

export function createOverlay(
  doc: Document,
  locale: Locale,
  t: Translate,
  callbacks: OverlayCallbacks,
): Overlay {
  // The host is made on the first card a reader opens: most pages have no claims, and they get no
  // element of ours at all.
  let parts: HostParts | undefined;
  const build = () => {
    parts = buildHost(doc, callbacks);
    return parts;
  };
  let current: { mark: Mark; claim: ClaimRecord } | undefined;
  let stopAutoUpdate: (() => void) | undefined;
  let restoreFocus: Element | null = null;

  const draw = () => {
    if (!parts) return;
    const { layer } = parts;
    if (!current) {
      render(null, layer);
      return;
    }
    render(
      <Card
        annotation={current.mark.annotation}
        claim={current.claim}
        locale={locale}
        language={callbacks.contentLanguage?.()}
        t={t}
        onClose={() => overlay.close()}
      />,
      layer,
    );
  };

  const overlay: Overlay = {
    get host() {
      return parts?.host;
    },
    get openMark() {
      return current?.mark;
    },
    open(mark, claim, { focus = false } = {}) {
      const sameMark = current?.mark === mark;
      current = { mark, claim };
      if (parts) overlay.verifyHost();
      const { layer } = parts ?? build();
      draw();
      const card = layer.firstElementChild as HTMLElement | null;
      if (!card) return;
      if (!sameMark) {
        stopAutoUpdate?.();
        stopAutoUpdate = followMark(mark, card);
      }
      if (focus) {
        restoreFocus ??= doc.activeElement;
        card.focus({ preventScroll: true });
      }
    },
    close() {
      if (!current) return;
      stopAutoUpdate?.();
      stopAutoUpdate = undefined;
      const hadFocus = parts?.shadow.activeElement != null;
      current = undefined;
      draw();
      if (hadFocus && restoreFocus instanceof HTMLElement) restoreFocus.focus({ preventScroll: true });
      restoreFocus = null;
      callbacks.onClosed();
    },
    verifyHost() {
      if (!parts) return false;
      const restyled = restyleHost(parts.host);
      parts.watcher.takeRecords();
      // moving the host takes the card's focus with it: not while the reader is in the card
      const placed = parts.shadow.activeElement ? false : placeHost(doc, parts.host);
      return restyled || placed;
    },
    contains(node) {
      if (!parts || node === null) return false;
      return node === parts.host || parts.host.contains(node) || parts.shadow.contains(node);
    },
    dispose() {
      stopAutoUpdate?.();
      if (!parts) return;
      parts.watcher.disconnect();
      render(null, parts.layer);
      parts.host.remove();
      parts = undefined;
    },
  };
  return overlay;
}
