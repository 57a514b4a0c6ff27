/**
 * The in-page engine: indexes the page's blocks, finds and matches figures in time-boxed chunks, draws
 * the marks, opens the card on hover or keyboard, and follows the page as it changes. Everything it
 * does is undone by `stop()`; every entry point catches its errors and reports them (never into the page).
 */
import { type ContentLanguage, pageLanguage } from '../core/claims/page-language';
import type { Annotation, ClaimRecord, Verdict } from '../core/claims/types';
import { VERDICTS } from '../core/claims/types';
import type { FindFiguresOptions } from '../core/figures/types';
import type { PageReport } from '../contracts/report';
import type { Locale, Translate } from '../ui/i18n';
import { createHighlightRenderer, supportsHighlights } from './highlight-renderer';
import { MarkLookup } from './hit-test';
import { PageWatcher, type RescanPlanner, worthReading } from './page-watcher';
import type { HighlightStyle } from '../contracts/settings';
import type { Mark, Renderer } from './marks';
import { createOverlay, type Overlay } from './overlay';
import {
  type Engine,
  type Gate,
  gateBlock,
  mainRegion,
  FIGURES_PER_STEP,
  type TableVerdicts,
  textWindows,
  WINDOWED_OVER,
  type WindowFigures,
  windowAnnotations,
  windowFigures,
  yenMeansFor,
} from './scan';
import { yieldToPage } from './scheduler';
import { BLOCK_SELECTOR, BlockIndexer, rangeFor, type TextBlock } from './text-index';
import { createWrapRenderer } from './wrap-renderer';

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
  /** the longest a rescan waits while the page goes on changing (default 4 x mutationDelayMs) */
  mutationMaxWaitMs?: number;
  /** a block changing again within this many ms, three times in a row, is a ticker (see PageWatcher) */
  tickerMs?: number;
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
/** How often what we drew and the card's host are checked in full against the engine's own state. */
const VERIFY_MS = 2000;
/** How often a long reading draws what it found so far (each draw costs the browser a redo of all marks). */
const DRAW_EVERY_MS = 250;
/** Faster than a reader reads: a block that changes again within this time, again and again. */
const TICKER_MS = 1500;

interface BlockState {
  block: TextBlock;
  /** whether its figures were read (it, or its context, names a subject) */
  read: boolean;
  figures: number;
  marks: Mark[];
}

/**
 * A mark as the report gives it: with its block's text, or, for a block read in windows, with the
 * window that holds it and the offsets moved into that window. A page of one 240,000-character
 * paragraph with two thousand marks would otherwise send the paragraph two thousand times.
 */
function reportedMark(
  mark: Mark,
  windowsOf: (block: TextBlock) => [number, number][],
): PageReport['marks'][number] {
  const { text } = mark.block;
  const { annotation } = mark;
  if (text.length <= WINDOWED_OVER) return { markId: mark.id, annotation, block: text };
  const [from, to] = windowsOf(mark.block).find(([, end]) => annotation.start < end) ?? [0, text.length];
  const figure = {
    ...annotation.figure,
    start: annotation.figure.start - from,
    end: annotation.figure.end - from,
  };
  return {
    markId: mark.id,
    annotation: { ...annotation, start: annotation.start - from, end: annotation.end - from, figure },
    block: text.slice(from, to),
  };
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
  private watcher: PageWatcher | undefined;
  private nextMarkId = 1;
  /** marks found but not drawn yet, and marks forgotten but not undrawn yet (see drawPending) */
  private toDraw: Mark[] = [];
  private toUndraw: Mark[] = [];
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
    this.watcher?.disconnect();
    this.watcher = undefined;
    clearTimeout(this.hoverTimer);
    this.overlay?.dispose();
    this.overlay = undefined;
    this.withoutObserving(() => this.renderer?.dispose());
    this.renderer = undefined;
    this.toDraw = [];
    this.toUndraw = [];
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
    const windows = new Map<TextBlock, [number, number][]>();
    const windowsOf = (block: TextBlock) => {
      let found = windows.get(block);
      if (!found) {
        found = textWindows(block.text);
        windows.set(block, found);
      }
      return found;
    };
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
      marks: marks.map((mark) => reportedMark(mark, windowsOf)),
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
      // our own wrappers only, looked up in the renderer's record: a page's look-alike is no mark
      const target = event.target as Element | null;
      return target?.closest ? this.renderer.markOf?.(target) : undefined;
    }
    return this.lookup.at(this.doc, event.clientX, event.clientY);
  }

  /**
   * Checks what we drew against the engine's own record and restores what the page took away,
   * added or changed (see Renderer.verify): quick on every pointer move, thorough on a slow timer.
   */
  verify(thorough: boolean): void {
    if (this.lookup.size === 0 && !this.activeMark) return;
    this.withoutObserving(() => this.renderer?.verify(thorough));
  }

  private listen(win: Window): void {
    const signal = this.lifetime!.signal;
    let pending: PointerEvent | undefined;
    const onPointer = () => {
      const event = pending;
      pending = undefined;
      if (!event || !this.overlay) return;
      this.guard('hover', () => {
        // the page may have taken our highlights away or painted over them: put them back first
        this.verify(false);
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
    // One hit-test per frame at most, whatever the pointer's event rate. Only the reader's own
    // pointer and keys count: a page can dispatch events, but never trusted ones.
    this.doc.addEventListener(
      'pointermove',
      (event) => {
        if (!event.isTrusted) return;
        if (!pending) win.requestAnimationFrame(onPointer);
        pending = event;
      },
      { passive: true, capture: true, signal },
    );
    this.doc.addEventListener(
      'keydown',
      (event) => {
        if (event.isTrusted && event.key === 'Escape' && this.overlay?.openMark) {
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
    // the slow, thorough check of what we drew and of the card's host
    const check = win.setInterval(
      () =>
        this.guard('verify', () => {
          this.verify(true);
          this.overlay?.verifyHost();
        }),
      VERIFY_MS,
    );
    signal.addEventListener('abort', () => win.clearInterval(check));
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
    this.watcher?.disconnect();
    this.watcher = undefined;
    this.withoutObserving(() => this.renderer?.clear());
    this.toDraw = [];
    this.toUndraw = [];
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
    let indexers: (() => BlockIndexer)[] = [];
    // biome-ignore lint/performance/useDomNodeTextContent: the shown text is the point (see above)
    const shownText = () => body.innerText ?? body.textContent ?? '';
    const hinted = this.hinted;
    this.hinted = false;
    if (hinted || !engine.mayNameSubject || engine.mayNameSubject(shownText())) {
      // the article's main region first, then the rest of the page
      const main = mainRegion(doc);
      indexers = main
        ? [
            () => new BlockIndexer(main, { exclude: this.exclude }),
            () => new BlockIndexer(body, { exclude: (el) => el === main || this.exclude(el) }),
          ]
        : [() => new BlockIndexer(body, { exclude: this.exclude })];
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
   * yielding to the page in between. A long block is read a window of sentences at a time (see
   * textWindows), so no block, however long, is one slice. Marks found in a slice are drawn before
   * yielding. An indexer is made when its turn comes (`sources`), so a rescan of thousands of
   * changed blocks sets them up in slices too.
   */
  private async scanIndexed(
    sources: Iterable<() => BlockIndexer | undefined>,
    signal: AbortSignal,
    started = performance.now(),
  ): Promise<void> {
    const { doc } = this;
    let batch: Mark[] = [];
    let chunkStart = started;
    const overBudget = () => performance.now() - chunkStart >= CHUNK_BUDGET_MS;
    let lastDrawn = performance.now();
    const flush = (final = false) => {
      if (batch.length > 0) {
        const toDraw = this.options.showConsistent
          ? batch
          : batch.filter((m) => m.annotation.verdict !== 'consistent');
        this.toDraw.push(...toDraw);
        batch = [];
      }
      // Each change to the highlights makes the browser redo them all at its next frame: marks are
      // drawn (and undrawn) every DRAW_EVERY_MS during a long reading, not after every slice.
      if (final || performance.now() - lastDrawn >= DRAW_EVERY_MS) {
        this.drawPending();
        lastDrawn = performance.now();
      }
      this.account(performance.now() - chunkStart);
    };
    const pause = async () => {
      flush();
      await yieldToPage();
      chunkStart = performance.now();
    };
    const queue: TextBlock[] = [];
    const tables: TableVerdicts = new WeakMap();
    let next = 0;
    let sampled = false;
    for (const source of sources) {
      if (signal.aborted) return;
      let indexer: BlockIndexer | undefined;
      this.guard('scan', () => {
        indexer = source();
      });
      if (!indexer) continue;
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
              await pause();
            }
            if (!ready) gate = { read: false };
          }
          if (signal.aborted) return;
          const state: BlockState = { block, read: gate.read, figures: 0, marks: [] };
          this.forgetBlock(block.element);
          this.states.set(block.element, state);
          if (gate.read) {
            // a window at a time, its figures matched a few at a time, each step in a slice
            const read = gate;
            const annotations: Annotation[] = [];
            const changed = () => signal.aborted || this.states.get(block.element) !== state;
            reading: for (const [w, window] of textWindows(block.text).entries()) {
              if (w > 0 && overBudget()) {
                await pause();
                // the page may have changed the block meanwhile: its rescan reads it again
                if (changed()) break;
              }
              let found: WindowFigures | undefined;
              this.guard('scan', () => {
                found = windowFigures(block, window, this.options.engine, this.figureOptions);
              });
              if (!found) continue;
              state.figures += found.figures.length;
              // a step's size grows while steps are cheap (figures of no claim cost the matcher
              // little), so a block of many such figures is not matched again and again
              let size = FIGURES_PER_STEP;
              for (let k = 0; k < found.figures.length; ) {
                if (k > 0 && overBudget()) {
                  await pause();
                  if (changed()) break reading;
                }
                const step = found.figures.slice(k, k + size);
                k += step.length;
                const stepStarted = performance.now();
                this.guard('scan', () => {
                  annotations.push(...windowAnnotations(block, read, found!, step, this.options.engine));
                });
                if (performance.now() - stepStarted < CHUNK_BUDGET_MS / 4) size *= 4;
              }
            }
            // the block's marks are made and drawn together once it is read: drawing may split its
            // text nodes (the element-wrapping renderer), which would move the later windows' offsets
            if (annotations.length > 0 && this.states.get(block.element) === state) {
              this.guard('scan', () => {
                if (this.isVisible(block.element)) batch.push(...this.markAll(state, annotations));
              });
            }
          }
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
        if (overBudget()) await pause();
      }
    }
    flush(true);
  }

  /** Marks waiting to be drawn, and marks of forgotten blocks waiting to be undrawn, drawn now. */
  private drawPending(): void {
    if (this.toUndraw.length === 0 && this.toDraw.length === 0) return;
    const undraw = this.toUndraw;
    // a mark forgotten before it was drawn is not drawn at all
    const gone = new Set(undraw);
    const draw = gone.size > 0 ? this.toDraw.filter((mark) => !gone.has(mark)) : this.toDraw;
    this.toUndraw = [];
    this.toDraw = [];
    this.withoutObserving(() => {
      this.renderer?.remove(undraw);
      this.renderer?.add(draw);
    });
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

  /** Marks for a block's annotations, recorded in its state and the hit-test lookup. */
  private markAll(state: BlockState, annotations: readonly Annotation[]): Mark[] {
    const marks: Mark[] = [];
    for (const annotation of annotations) {
      const range = rangeFor(state.block, annotation.start, annotation.end);
      if (!range) continue;
      const mark: Mark = { id: this.nextMarkId++, annotation, block: state.block, range };
      marks.push(mark);
      state.marks.push(mark);
      this.lookup.add(mark);
    }
    return marks;
  }

  /**
   * Forgets what was read of a block (and, deep, of every block inside it), its marks undrawn. The
   * cost is that of the block's subtree, not of the page.
   */
  private forget(element: Element, deep: boolean): void {
    this.forgetBlock(element);
    if (!deep || !element.firstElementChild || this.states.size === 0) return;
    for (const inner of element.querySelectorAll(BLOCK_SELECTOR)) this.forgetBlock(inner);
  }

  private forgetBlock(element: Element): void {
    const state = this.states.get(element);
    if (!state) return;
    this.states.delete(element);
    if (state.marks.length === 0) return;
    for (const mark of state.marks) this.lookup.remove(mark);
    if (this.activeMark && state.marks.includes(this.activeMark)) {
      this.overlay?.close();
      this.activeMark = undefined;
    }
    // the element-wrapping renderer splits the page's text nodes: undone at once, before the block
    // is indexed again; highlights are undrawn with the next draw (see drawPending)
    if (this.renderer?.kind === 'wrap') this.withoutObserving(() => this.renderer?.remove(state.marks));
    else this.toUndraw.push(...state.marks);
  }

  private account(ms: number): void {
    this.scanMs += ms;
    this.longestTaskMs = Math.max(this.longestTaskMs, ms);
  }

  private summarize(): void {
    // count and worst verdict need no document order (marks() sorts, which a big page pays for)
    let count = 0;
    let worst = VERDICTS.length;
    for (const state of this.states.values()) {
      for (const mark of state.marks) {
        count += 1;
        worst = Math.min(worst, VERDICTS.indexOf(mark.annotation.verdict));
      }
    }
    this.options.onSummary(count, count > 0 ? VERDICTS[worst]! : null);
  }

  /** Runs a DOM write of ours and drops the mutation records it caused. */
  private withoutObserving(write: () => void): void {
    write();
    this.watcher?.discardRecords();
  }

  private observe(): void {
    const body = this.doc.body;
    if (!body || !this.lifetime) return;
    const delayMs = this.options.mutationDelayMs ?? 250;
    // Our UI host sits outside <body>, and our own writes are dropped by withoutObserving(), so every
    // record the watcher sees is the page's.
    this.watcher = new PageWatcher(body, {
      delayMs,
      maxWaitMs: Math.max(delayMs, this.options.mutationMaxWaitMs ?? 4 * delayMs),
      readMs: this.options.tickerMs ?? TICKER_MS,
      forget: (element, deep) => {
        this.forget(element, deep);
        this.drawPending();
      },
      rescan: (planner) => void this.rescan(planner),
      intercept: () => {
        if (this.doc.location.href === this.lastUrl) return false;
        this.onNavigated();
        return true;
      },
      onError: (where, error) => {
        this.errorCount += 1;
        this.options.onError(where, error);
      },
    });
  }

  /**
   * Reads again what the watcher says changed: each changed block's own text, or a new block with
   * all inside it. What was read of those blocks before is forgotten as each comes up, so the work
   * is that of the change, in slices like the first scan.
   */
  private async rescan(planner: RescanPlanner): Promise<void> {
    if (!this.lifetime) return;
    const { signal } = this.lifetime;
    // the page's records are sorted out first, in slices of their own
    let started = performance.now();
    while (!planner.step(() => performance.now() - started >= CHUNK_BUDGET_MS)) {
      this.account(performance.now() - started);
      await yieldToPage();
      if (signal.aborted) return;
      started = performance.now();
    }
    const plan = planner.plan();
    const deep = new Set(plan.deep);
    // a block inside a block read deep is read with it
    const coveredByDeep = (element: Element) => {
      for (let up = element.parentElement; up; up = up.parentElement) if (deep.has(up)) return true;
      return false;
    };
    const roots = [
      ...plan.deep.map((element) => ({ element, deep: true })),
      ...plan.shallow.filter((element) => !deep.has(element)).map((element) => ({ element, deep: false })),
    ];
    // each root is looked at when its turn comes, in the slices of the reading
    const sources = roots.map(({ element, deep: isDeep }) => () => {
      if (deep.size > 0 && coveredByDeep(element)) return undefined;
      this.forget(element, isDeep);
      if (!worthReading(element)) return undefined;
      return new BlockIndexer(element, { exclude: this.exclude, shallow: !isDeep });
    });
    // this slice's work so far counts with the first chunk of the rescan
    await this.scanIndexed(sources, signal, started);
    this.verify(false);
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
