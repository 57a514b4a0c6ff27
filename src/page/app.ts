/**
 * The in-page engine: indexes the page's blocks, finds and matches figures in time-boxed chunks, draws
 * the marks, opens the card on hover or keyboard, and follows the page as it changes. Everything it
 * does is undone by `stop()`; every entry point catches its errors and reports them (never into the page).
 */
import { type ContentLanguage, pageLanguage } from '../core/claims/page-language';
import type { ClaimRecord, Verdict } from '../core/claims/types';
import { VERDICTS } from '../core/claims/types';
import type { FindFiguresOptions } from '../core/figures/types';
import type { PageReport } from '../platform/messages';
import type { Locale, Translate } from '../ui/i18n';
import { createHighlightRenderer, supportsHighlights } from './highlight-renderer';
import { MarkLookup } from './hit-test';
import type { HighlightStyle, Mark, Renderer } from './marks';
import { createOverlay, type Overlay } from './overlay';
import {
  type Engine,
  type Gate,
  gateBlock,
  mainRegion,
  readBlock,
  type TableVerdicts,
  yenMeansFor,
} from './scan';
import { yieldToPage } from './scheduler';
import { BLOCK_TAGS, BlockIndexer, rangeFor, type TextBlock } from './text-index';
import { createWrapRenderer, MARK_TAG } from './wrap-renderer';

export interface PageAppOptions {
  doc: Document;
  engine: Engine;
  claim(id: string): ClaimRecord | undefined;
  locale: Locale;
  t: Translate;
  highlightStyle: HighlightStyle;
  showConsistent: boolean;
  /** force the element-wrapping renderer (tests; browsers without CSS.highlights get it anyway) */
  renderer?: 'highlight' | 'wrap';
  /** called after each scan with the number of annotations and the worst verdict */
  onSummary(count: number, worst: Verdict | null): void;
  onError(where: string, error: unknown): void;
  /** debounce for rescans after DOM changes */
  mutationDelayMs?: number;
  /**
   * The page's shown text was just found to name a subject (the content script looked before it
   * loaded the engine): the first scan indexes the page without looking again.
   */
  pageNamesSubject?: boolean;
}

const OPEN_DELAY_MS = 120;
/** work per slice before yielding to the page; well under the 50 ms of a long task */
const CHUNK_BUDGET_MS = 8;
const CLOSE_DELAY_MS = 300;
/** enough of a page's text to tell its language and script when `<html lang>` does not */
const LANGUAGE_SAMPLE_CHARS = 4000;

interface BlockState {
  block: TextBlock;
  /** whether its figures were read (it, or its context, names a subject) */
  read: boolean;
  figures: number;
  marks: Mark[];
}

export class PageApp {
  private readonly options: PageAppOptions;
  private readonly doc: Document;
  private readonly states = new Map<Element, BlockState>();
  private readonly lookup = new MarkLookup();
  private renderer: Renderer | undefined;
  private overlay: Overlay | undefined;
  private lifetime: AbortController | undefined;
  private scanRun: AbortController | undefined;
  private observer: MutationObserver | undefined;
  private nextMarkId = 1;
  private scanMs = 0;
  /** the longest stretch of our work without yielding to the page, ms */
  private longestTaskMs = 0;
  /** errors caught and reported since the last full scan */
  private errorCount = 0;
  private activeMark: Mark | undefined;
  /** see contentLanguage() */
  private language: ContentLanguage | undefined;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerOnCard = false;
  private lastUrl: string;
  private figureOptions: FindFiguresOptions = {};
  private engineLoad: Promise<boolean> | undefined;
  /** set once engineLoad has settled, so later blocks need no await */
  private engineLoaded: boolean | undefined;
  /** resolves when the current full scan has finished */
  scanned: Promise<void> = Promise.resolve();
  /** whether the next full scan may skip the page hint (see PageAppOptions.pageNamesSubject) */
  private hinted: boolean;

  constructor(options: PageAppOptions) {
    this.options = options;
    this.doc = options.doc;
    this.hinted = options.pageNamesSubject ?? false;
    this.lastUrl = this.doc.location?.href ?? '';
  }

  get running(): boolean {
    return this.lifetime !== undefined;
  }

  start(): void {
    if (this.lifetime) return;
    this.lifetime = new AbortController();
    const { doc, options } = this;
    const win = doc.defaultView!;
    const useWrap = options.renderer === 'wrap' || !supportsHighlights(win);
    this.renderer = useWrap
      ? createWrapRenderer(doc, options.highlightStyle)
      : createHighlightRenderer(doc, options.highlightStyle);
    this.overlay = createOverlay(doc, options.locale, options.t, {
      contentLanguage: () => this.contentLanguage(),
      onPointerEnterCard: () => {
        this.pointerOnCard = true;
        clearTimeout(this.hoverTimer);
      },
      onPointerLeaveCard: () => {
        this.pointerOnCard = false;
        this.scheduleClose();
      },
      onClosed: () => this.renderer?.setActive(undefined),
    });
    this.listen(win);
    this.scanned = this.scanAll();
  }

  stop(): void {
    this.lifetime?.abort();
    this.lifetime = undefined;
    this.scanRun?.abort();
    this.observer?.disconnect();
    this.observer = undefined;
    clearTimeout(this.hoverTimer);
    this.overlay?.dispose();
    this.overlay = undefined;
    this.withoutObserving(() => this.renderer?.dispose());
    this.renderer = undefined;
    this.states.clear();
    this.lookup.clear();
    this.activeMark = undefined;
    this.language = undefined;
    this.options.onSummary(0, null);
  }

  /** All marks in document order. */
  marks(): Mark[] {
    const all: Mark[] = [];
    for (const state of this.states.values()) all.push(...state.marks);
    // 0 = Range.START_TO_START (the global Range is missing where the CLI runs this over happy-dom)
    return all.sort((a, b) => a.range.compareBoundaryPoints(0, b.range));
  }

  /**
   * The page's language and script (from `<html lang>`, else from the text of its blocks), for the
   * dataset's texts on the card and in the popup. Decided when first asked: a card or a report
   * needs a mark, so the blocks are read by then.
   */
  contentLanguage(): ContentLanguage {
    this.language ??= pageLanguage(this.doc.documentElement.getAttribute('lang'), () => {
      let sample = this.doc.title;
      for (const state of this.states.values()) {
        if (sample.length > LANGUAGE_SAMPLE_CHARS) break;
        sample += `\n${state.block.text}`;
      }
      return sample;
    });
    return this.language;
  }

  report(): PageReport {
    const marks = this.marks();
    const claims = new Map<string, ClaimRecord>();
    for (const mark of marks) {
      const claim = this.options.claim(mark.annotation.claim.id);
      if (claim) claims.set(claim.id, claim);
    }
    let figures = 0;
    let read = 0;
    for (const state of this.states.values()) {
      figures += state.figures;
      if (state.read) read += 1;
    }
    return {
      url: this.doc.location?.href ?? '',
      enabled: this.running,
      language: this.contentLanguage(),
      marks: marks.map((mark) => ({ markId: mark.id, annotation: mark.annotation, block: mark.block.text })),
      claims: [...claims.values()],
      stats: {
        figures,
        blocks: this.states.size,
        read,
        ms: Math.round(this.scanMs * 10) / 10,
        longestTaskMs: Math.round(this.longestTaskMs * 10) / 10,
        errors: this.errorCount,
      },
    };
  }

  /** "Show in page": scroll to the mark, flash it and open its card. */
  showMark(markId: number): boolean {
    const mark = this.marks().find((m) => m.id === markId);
    if (!mark) return false;
    this.reveal(mark);
    this.renderer?.flash(mark);
    this.openCard(mark, true);
    return true;
  }

  /** Keyboard: the next (1) or previous (-1) mark after the active one, wrapping around. */
  moveMark(step: 1 | -1): Mark | undefined {
    const marks = this.marks();
    if (marks.length === 0) return undefined;
    const at = this.activeMark ? marks.indexOf(this.activeMark) : -1;
    const next =
      marks[at === -1 ? (step === 1 ? 0 : marks.length - 1) : (at + step + marks.length) % marks.length]!;
    this.reveal(next);
    this.openCard(next, true);
    return next;
  }

  setStyle(style: HighlightStyle): void {
    this.renderer?.setStyle(style);
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
    if (!claim || !this.overlay) return;
    this.activeMark = mark;
    this.renderer?.setActive(mark);
    this.overlay.open(mark, claim, { focus });
  }

  private scheduleClose(): void {
    clearTimeout(this.hoverTimer);
    this.hoverTimer = setTimeout(() => {
      if (!this.pointerOnCard) this.overlay?.close();
    }, CLOSE_DELAY_MS);
  }

  private markFromEvent(event: PointerEvent): Mark | undefined {
    if (this.renderer?.kind === 'wrap') {
      const target = event.target as Element | null;
      const wrapper = target?.closest?.(MARK_TAG) as HTMLElement | null;
      const id = Number(wrapper?.dataset.markId);
      return id ? this.marks().find((m) => m.id === id) : undefined;
    }
    return this.lookup.at(this.doc, event.clientX, event.clientY);
  }

  private listen(win: Window): void {
    const signal = this.lifetime!.signal;
    let pending: PointerEvent | undefined;
    const onPointer = () => {
      const event = pending;
      pending = undefined;
      if (!event || !this.overlay) return;
      this.guard('hover', () => {
        if (this.overlay!.contains(event.target as Node)) return;
        const mark = this.markFromEvent(event);
        const open = this.overlay!.openMark;
        if (mark && mark === open) {
          clearTimeout(this.hoverTimer);
          return;
        }
        clearTimeout(this.hoverTimer);
        if (mark) this.hoverTimer = setTimeout(() => this.openCard(mark, false), open ? 0 : OPEN_DELAY_MS);
        else if (open) this.scheduleClose();
      });
    };
    // one hit-test per frame at most, whatever the pointer's event rate
    this.doc.addEventListener(
      'pointermove',
      (event) => {
        if (!pending) win.requestAnimationFrame(onPointer);
        pending = event;
      },
      { passive: true, capture: true, signal },
    );
    this.doc.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && this.overlay?.openMark) {
          this.overlay.close();
          event.stopPropagation();
        }
      },
      { capture: true, signal },
    );
    // In-page navigation: a new article in the same document gets a fresh scan.
    const navigation = (win as unknown as { navigation?: EventTarget }).navigation;
    if (navigation) navigation.addEventListener('navigatesuccess', () => this.onNavigated(), { signal });
    win.addEventListener('popstate', () => this.onNavigated(), { signal });
  }

  private onNavigated(): void {
    const url = this.doc.location.href;
    if (url === this.lastUrl) return;
    this.lastUrl = url;
    this.guard('navigation', () => {
      // the new page's DOM usually arrives after the URL; the observer picks up what comes later
      this.overlay?.close();
      this.scanned = this.scanAll();
    });
  }

  /** Our UI host lives outside <body>; should a page move it in, it is still not read. */
  private exclude = (element: Element): boolean => element === this.overlay?.host;

  /**
   * Hidden text (display: none, visibility: hidden, closed details) is read like any other, since a
   * style check per element would cost more than the reading; only blocks that would get a mark are
   * checked, and marks are never drawn where the reader cannot see them.
   */
  private isVisible(element: Element): boolean {
    const check = (element as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
    return typeof check !== 'function' || check.call(element, { visibilityProperty: true });
  }

  private async scanAll(): Promise<void> {
    this.scanRun?.abort();
    const run = new AbortController();
    this.scanRun = run;
    const { doc } = this;
    this.observer?.disconnect();
    this.withoutObserving(() => this.renderer?.clear());
    this.states.clear();
    this.lookup.clear();
    this.scanMs = 0;
    this.longestTaskMs = 0;
    this.errorCount = 0;
    const body = doc.body;
    if (!body) return;
    const started = performance.now();
    const { engine } = this.options;
    // A page whose shown text names no subject has no mark to draw: nothing is indexed, and only
    // what the page adds or changes later is looked at (by the observer). innerText, not
    // textContent: it leaves out scripts and hidden text (a subject named only where the reader
    // cannot see it ties no figure to a claim) and costs a fraction on script-heavy pages.
    let indexers: BlockIndexer[] = [];
    // biome-ignore lint/performance/useDomNodeTextContent: the shown text is the point (see above)
    const shownText = () => body.innerText ?? body.textContent ?? '';
    const hinted = this.hinted;
    this.hinted = false;
    if (hinted || !engine.mayNameSubject || engine.mayNameSubject(shownText())) {
      // the article's main region first, then the rest of the page
      const main = mainRegion(doc);
      indexers = main
        ? [
            new BlockIndexer(main, { exclude: this.exclude }),
            new BlockIndexer(body, { exclude: (el) => el === main || this.exclude(el) }),
          ]
        : [new BlockIndexer(body, { exclude: this.exclude })];
    }
    await this.scanIndexed(indexers, run.signal, started);
    if (run.signal.aborted) return;
    const ending = performance.now();
    this.observe();
    this.summarize();
    this.account(performance.now() - ending);
  }

  /**
   * Reads blocks from the indexers and scans them, in slices that each stay under the time budget,
   * yielding to the page in between. Marks found in a slice are drawn before yielding.
   */
  private async scanIndexed(
    indexers: BlockIndexer[],
    signal: AbortSignal,
    started = performance.now(),
  ): Promise<void> {
    const { doc } = this;
    let batch: Mark[] = [];
    let chunkStart = started;
    const overBudget = () => performance.now() - chunkStart >= CHUNK_BUDGET_MS;
    const flush = () => {
      if (batch.length > 0) {
        const toDraw = this.options.showConsistent
          ? batch
          : batch.filter((m) => m.annotation.verdict !== 'consistent');
        this.withoutObserving(() => this.renderer?.add(toDraw));
        batch = [];
      }
      this.account(performance.now() - chunkStart);
    };
    const queue: TextBlock[] = [];
    const tables: TableVerdicts = new WeakMap();
    let next = 0;
    let sampled = false;
    for (const indexer of indexers) {
      while (!indexer.done || next < queue.length) {
        if (signal.aborted) return;
        if (next < queue.length) {
          const block = queue[next++]!;
          let gate: Gate = { read: false };
          this.guard('scan', () => {
            gate = gateBlock(block, this.options.engine, tables);
          });
          // the first block worth reading loads the engine's reading part; its evaluation is
          // counted with this slice, which then ends, so the reading starts in a slice of its own
          if (gate.read) {
            let ready = this.engineReady();
            if (typeof ready !== 'boolean') {
              ready = await ready;
              flush();
              await yieldToPage();
              chunkStart = performance.now();
            }
            if (!ready) gate = { read: false };
          }
          if (signal.aborted) return;
          this.guard('scan', () => batch.push(...this.scanOne(block, gate)));
        } else {
          queue.push(...indexer.step(overBudget));
          if (!sampled && queue.length > 0) {
            // what ¥ means, from the title and the first text of the article (not <body>'s textContent,
            // which would include scripts)
            sampled = true;
            const sample = queue
              .slice(0, 40)
              .map((b) => b.text)
              .join(' ');
            this.figureOptions = {
              yenMeans: yenMeansFor(`${doc.title} ${sample}`, doc.documentElement.lang),
            };
          }
        }
        if (overBudget()) {
          flush();
          await yieldToPage();
          chunkStart = performance.now();
        }
      }
    }
    flush();
  }

  /** Whether the engine can read blocks, after its `load` (once per page; false if loading failed). */
  private engineReady(): boolean | Promise<boolean> {
    const { engine } = this.options;
    if (!engine.load) return true;
    this.engineLoad ??= engine.load().then(
      () => true,
      (error: unknown) => {
        this.errorCount += 1;
        this.options.onError('load', error);
        return false;
      },
    );
    return this.engineLoaded ?? this.engineLoad.then((ready) => (this.engineLoaded = ready));
  }

  private scanOne(block: TextBlock, gate: Gate): Mark[] {
    const result = readBlock(block, gate, this.options.engine, this.figureOptions);
    const marks: Mark[] = [];
    if (result.annotations.length > 0 && this.isVisible(block.element)) {
      for (const annotation of result.annotations) {
        const range = rangeFor(block, annotation.start, annotation.end);
        if (!range) continue;
        const mark: Mark = { id: this.nextMarkId++, annotation, block, range };
        marks.push(mark);
        this.lookup.add(mark);
      }
    }
    this.states.set(block.element, { block, read: result.read, figures: result.figures.length, marks });
    return marks;
  }

  private account(ms: number): void {
    this.scanMs += ms;
    this.longestTaskMs = Math.max(this.longestTaskMs, ms);
  }

  private summarize(): void {
    const marks = this.marks();
    let worst: Verdict | null = null;
    for (const verdict of VERDICTS) {
      if (marks.some((m) => m.annotation.verdict === verdict)) {
        worst = verdict;
        break;
      }
    }
    this.options.onSummary(marks.length, worst);
  }

  /** Runs a DOM write of ours and drops the mutation records it caused. */
  private withoutObserving(write: () => void): void {
    write();
    this.observer?.takeRecords();
  }

  private observe(): void {
    const body = this.doc.body;
    if (!body || !this.lifetime) return;
    const win = this.doc.defaultView!;
    const changed = new Set<Element>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Our UI host sits outside <body>, and our own writes are dropped by withoutObserving(), so every
    // record here is the page's.
    this.observer = new win.MutationObserver((records) => {
      this.guard('observe', () => {
        if (this.doc.location.href !== this.lastUrl) {
          this.onNavigated();
          return;
        }
        for (const record of records) {
          const element =
            record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
          if (element) changed.add(element);
        }
        if (changed.size === 0) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          const elements = [...changed];
          changed.clear();
          void this.rescan(elements);
        }, this.options.mutationDelayMs ?? 250);
      });
    });
    this.observer.observe(body, { childList: true, subtree: true, characterData: true });
    this.lifetime.signal.addEventListener('abort', () => clearTimeout(timer));
  }

  /** Rescans only the blocks that hold the changed nodes; marks whose text went away are dropped. */
  private async rescan(changedElements: Element[]): Promise<void> {
    if (!this.lifetime) return;
    const started = performance.now();
    const roots = new Set<Element>();
    for (const element of changedElements) {
      let block: Element | null = element;
      while (block && block !== this.doc.body && !BLOCK_TAGS.has(block.tagName.toUpperCase()))
        block = block.parentElement;
      if (block?.isConnected) roots.add(block);
    }
    // keep only outermost roots: an inner block is re-read with its outer one
    const outermost = [...roots].filter(
      (el) => ![...roots].some((other) => other !== el && other.contains(el)),
    );
    const stale: Mark[] = [];
    for (const [element, state] of this.states) {
      if (!element.isConnected || outermost.some((root) => root.contains(element))) {
        stale.push(...state.marks);
        this.states.delete(element);
      }
    }
    for (const mark of stale) this.lookup.remove(mark);
    if (stale.includes(this.activeMark!)) this.overlay?.close();
    this.withoutObserving(() => this.renderer?.remove(stale));
    const indexers = outermost.map((root) => new BlockIndexer(root, { exclude: this.exclude }));
    // this slice's work so far counts with the first chunk of the rescan
    await this.scanIndexed(indexers, this.lifetime.signal, started);
    this.summarize();
  }

  private guard(where: string, work: () => void): void {
    try {
      work();
    } catch (error) {
      this.errorCount += 1;
      this.options.onError(where, error);
    }
  }
}
