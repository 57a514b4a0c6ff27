/**
 * The reader's side of the marks: the card opens on a mark under the pointer (after a short delay,
 * at once when a card is open already), stays while the pointer is on it, closes a moment after the
 * pointer leaves or on Escape, and opens on the next or previous mark (keyboard) or on the popup's
 * "Show in page". Only the reader's own input counts: a page can dispatch events, but never trusted
 * ones. Everything it listens to ends with its signal.
 */
import type { ContentLanguage } from '../core/claims/page-language';
import type { ClaimRecord } from '../core/claims/types';
import type { Locale, Translate } from '../ui/i18n';
import type { MarkLayer } from './mark-layer';
import type { Mark } from './marks';
import { createOverlay, type Overlay } from './overlay';

export interface InteractionOptions {
  doc: Document;
  locale: Locale;
  t: Translate;
  layer: MarkLayer;
  claim(id: string): ClaimRecord | undefined;
  /** all marks in document order (for the keyboard's next and previous) */
  marks(): Mark[];
  /** the page's language and script, for the dataset's texts on the card */
  contentLanguage(): ContentLanguage;
  /** before each hover: the page may have taken our highlights away or painted over them */
  beforeHover(): void;
  /** runs a piece of work of ours; what it throws is reported, never thrown into the page */
  guard(where: string, work: () => void): void;
  signal: AbortSignal;
}

const OPEN_DELAY_MS = 120;
const CLOSE_DELAY_MS = 300;

export class Interaction {
  private readonly options: InteractionOptions;
  private readonly doc: Document;
  private readonly overlay: Overlay;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerOnCard = false;
  /** the mark whose card was opened last (the keyboard moves on from it) */
  private activeMark: Mark | undefined;

  constructor(options: InteractionOptions) {
    this.options = options;
    this.doc = options.doc;
    const { layer, signal } = options;
    this.overlay = createOverlay(this.doc, options.locale, options.t, {
      contentLanguage: options.contentLanguage,
      onPointerEnterCard: () => {
        this.pointerOnCard = true;
        clearTimeout(this.hoverTimer);
      },
      onPointerLeaveCard: () => {
        this.pointerOnCard = false;
        this.scheduleClose();
      },
      onClosed: () => layer.setActive(undefined),
    });
    this.listen();
    signal.addEventListener('abort', () => {
      clearTimeout(this.hoverTimer);
      this.overlay.dispose();
      this.activeMark = undefined;
    });
  }

  /** our element in the page (never read as the page's text) */
  get host(): HTMLElement | undefined {
    return this.overlay.host;
  }

  /** whether a card is open, or was opened on a mark still on the page */
  get hasActiveMark(): boolean {
    return this.activeMark !== undefined;
  }

  /** "Show in page": scroll to the mark, flash it and open its card. */
  showMark(markId: number): boolean {
    const mark = this.options.marks().find((m) => m.id === markId);
    if (!mark) return false;
    this.reveal(mark);
    this.options.layer.flash(mark);
    this.openCard(mark, true);
    return true;
  }

  /** Keyboard: the next (1) or previous (-1) mark after the active one, wrapping around. */
  moveMark(step: 1 | -1): Mark | undefined {
    const marks = this.options.marks();
    if (marks.length === 0) return undefined;
    const at = this.activeMark ? marks.indexOf(this.activeMark) : -1;
    const next =
      marks[at === -1 ? (step === 1 ? 0 : marks.length - 1) : (at + step + marks.length) % marks.length]!;
    this.reveal(next);
    this.openCard(next, true);
    return next;
  }

  close(): void {
    this.overlay.close();
  }

  /** Marks gone from the page: the card open on one of them closes. */
  forget(marks: readonly Mark[]): void {
    if (this.activeMark && marks.includes(this.activeMark)) {
      this.overlay.close();
      this.activeMark = undefined;
    }
  }

  /** Puts our host back as it should be where the page moved, restyled or removed it. */
  verifyHost(): void {
    this.overlay.verifyHost();
  }

  private reveal(mark: Mark): void {
    const element = mark.range.startContainer.parentElement;
    const rect = mark.range.getBoundingClientRect();
    const win = this.doc.defaultView!;
    if (element && (rect.top < 0 || rect.bottom > win.innerHeight)) {
      element.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    }
  }

  private openCard(mark: Mark, focus: boolean): void {
    const claim = this.options.claim(mark.annotation.claim.id);
    if (!claim || this.options.signal.aborted) return;
    this.activeMark = mark;
    this.options.layer.setActive(mark);
    this.overlay.open(mark, claim, { focus });
  }

  private scheduleClose(): void {
    clearTimeout(this.hoverTimer);
    this.hoverTimer = setTimeout(() => {
      if (!this.pointerOnCard) this.overlay.close();
    }, CLOSE_DELAY_MS);
  }

  private hover(event: PointerEvent): void {
    this.options.beforeHover();
    if (this.overlay.contains(event.target as Node)) return;
    const mark = this.options.layer.at(event);
    const open = this.overlay.openMark;
    clearTimeout(this.hoverTimer);
    if (mark && mark === open) return;
    if (mark) this.hoverTimer = setTimeout(() => this.openCard(mark, false), open ? 0 : OPEN_DELAY_MS);
    else if (open) this.scheduleClose();
  }

  private listen(): void {
    const { doc } = this;
    const { signal } = this.options;
    const win = doc.defaultView!;
    let pending: PointerEvent | undefined;
    const onFrame = () => {
      const event = pending;
      pending = undefined;
      if (!event || signal.aborted) return;
      this.options.guard('hover', () => this.hover(event));
    };
    // One hit-test per frame at most, whatever the pointer's event rate.
    doc.addEventListener(
      'pointermove',
      (event) => {
        if (!event.isTrusted) return;
        if (!pending) win.requestAnimationFrame(onFrame);
        pending = event;
      },
      { passive: true, capture: true, signal },
    );
    doc.addEventListener(
      'keydown',
      (event) => {
        if (event.isTrusted && event.key === 'Escape' && this.overlay.openMark) {
          this.overlay.close();
          event.stopPropagation();
        }
      },
      { capture: true, signal },
    );
  }
}
