/**
 * The in-page engine, composed: the scanner reads the page into marks, the mark layer draws them,
 * the interaction opens the card on them, and the page watcher has what the page changes read again
 * (a new URL in the same document: all of it). Everything it does is undone by `stop()`, which ends
 * its one lifetime signal; every entry point catches its errors and reports them (never into the page).
 */
import type { ContentLanguage } from '../core/claims/page-language';
import type { ClaimRecord, Verdict } from '../core/claims/types';
import type { PageReport } from '../contracts/report';
import type { Locale, Translate } from '../ui/i18n';
import { Interaction } from './interaction';
import { MarkLayer } from './mark-layer';
import type { HighlightStyle } from '../contracts/settings';
import type { Mark } from './marks';
import { followNavigation, PageWatcher } from './page-watcher';
import type { Engine } from './scan';
import { PageScanner } from './scanner';

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

/** How often what we drew and the card's host are checked in full against the engine's own state. */
const VERIFY_MS = 2000;
/** Faster than a reader reads: a block that changes again within this time, again and again. */
const TICKER_MS = 1500;
const MUTATION_DELAY_MS = 250;

/** What lives from start() to stop(). */
interface Running {
  lifetime: AbortController;
  layer: MarkLayer;
  interaction: Interaction;
  /** a new URL: the page is read again */
  navigated(): boolean;
}

export class PageApp {
  private readonly options: PageAppOptions;
  private readonly doc: Document;
  private readonly scanner: PageScanner;
  private run: Running | undefined;
  /** the page watcher of the latest full scan, ended by the next one (and by stop) */
  private watcher: { watcher: PageWatcher; stop: AbortController } | undefined;
  /** resolves when the current full scan has finished */
  scanned: Promise<void> = Promise.resolve();

  constructor(options: PageAppOptions) {
    this.options = options;
    this.doc = options.doc;
    this.scanner = new PageScanner({
      doc: options.doc,
      engine: options.engine,
      claim: options.claim,
      onError: options.onError,
      // our UI host lives outside <body>; should a page move it in, it is still not read
      exclude: (element) => element === this.run?.interaction.host,
      sink: {
        add: (marks) => this.run?.layer.add(marks),
        remove: (marks) => this.run?.layer.remove(marks),
        draw: () => this.run?.layer.draw(),
        clear: () => this.run?.layer.clear(),
      },
      ...(options.pageNamesSubject ? { pageNamesSubject: true } : {}),
    });
  }

  get running(): boolean {
    return this.run !== undefined;
  }

  start(): void {
    if (this.run) return;
    const lifetime = new AbortController();
    const { signal } = lifetime;
    const { doc, options, scanner } = this;
    const guard = scanner.guard.bind(scanner);
    const layer = new MarkLayer(doc, {
      highlightStyle: options.highlightStyle,
      showConsistent: options.showConsistent,
      ...(options.renderer ? { renderer: options.renderer } : {}),
      quiet: (write) => this.quiet(write),
      onRemoved: (marks) => this.run?.interaction.forget(marks),
    });
    const interaction = new Interaction({
      doc,
      locale: options.locale,
      t: options.t,
      layer,
      claim: options.claim,
      marks: () => scanner.marks(),
      contentLanguage: () => scanner.contentLanguage(),
      beforeHover: () => this.verify(false),
      guard,
      signal,
    });
    const navigated = followNavigation(
      doc,
      () =>
        guard('navigation', () => {
          // the new page's DOM usually arrives after the URL; the watcher picks up what comes later
          interaction.close();
          this.scanned = this.scanAll();
        }),
      signal,
    );
    this.run = { lifetime, layer, interaction, navigated };
    // the slow, thorough check of what we drew and of the card's host
    const win = doc.defaultView!;
    const check = win.setInterval(
      () =>
        guard('verify', () => {
          this.verify(true);
          interaction.verifyHost();
        }),
      VERIFY_MS,
    );
    signal.addEventListener('abort', () => win.clearInterval(check));
    this.scanned = this.scanAll();
  }

  stop(): void {
    const run = this.run;
    this.run = undefined;
    run?.lifetime.abort();
    this.stopWatching();
    this.scanner.stop();
    run?.layer.dispose();
    this.options.onSummary(0, null);
  }

  /** All marks in document order. */
  marks(): Mark[] {
    return this.scanner.marks();
  }

  /** The page's language and script (see PageScanner.contentLanguage). */
  contentLanguage(): ContentLanguage {
    return this.scanner.contentLanguage();
  }

  report(): PageReport {
    return this.scanner.report(this.running);
  }

  /** "Show in page": scroll to the mark, flash it and open its card. */
  showMark(markId: number): boolean {
    return this.run?.interaction.showMark(markId) ?? false;
  }

  /** Keyboard: the next (1) or previous (-1) mark after the active one, wrapping around. */
  moveMark(step: 1 | -1): Mark | undefined {
    return this.run?.interaction.moveMark(step);
  }

  setStyle(style: HighlightStyle): void {
    this.run?.layer.setStyle(style);
  }

  /**
   * Checks what we drew against the engine's own record and restores what the page took away,
   * added or changed (see Renderer.verify): quick on every pointer move, thorough on a slow timer.
   */
  verify(thorough: boolean): void {
    const run = this.run;
    if (!run || (run.layer.empty && !run.interaction.hasActiveMark)) return;
    run.layer.verify(thorough);
  }

  /** Runs a DOM write of ours and drops the mutation records it caused. */
  private quiet(write: () => void): void {
    write();
    this.watcher?.watcher.discardRecords();
  }

  private stopWatching(): void {
    this.watcher?.stop.abort();
    this.watcher = undefined;
  }

  private async scanAll(): Promise<void> {
    this.stopWatching();
    // the watcher and the summary are set up in the reading's last slice, and counted with it
    await this.scanner.scanPage(() => {
      if (!this.run) return;
      this.watch();
      this.summarize();
    });
  }

  private summarize(): void {
    const { count, worst } = this.scanner.summary();
    this.options.onSummary(count, worst);
  }

  /** Follows the page's changes until the next full scan (see PageWatcher). */
  private watch(): void {
    const body = this.doc.body;
    const run = this.run;
    if (!body || !run) return;
    const { options, scanner } = this;
    const delayMs = options.mutationDelayMs ?? MUTATION_DELAY_MS;
    const stop = new AbortController();
    // Our UI host sits outside <body>, and our own writes are dropped by quiet(), so every record
    // the watcher sees is the page's.
    const watcher = new PageWatcher(body, {
      delayMs,
      maxWaitMs: Math.max(delayMs, options.mutationMaxWaitMs ?? 4 * delayMs),
      readMs: options.tickerMs ?? TICKER_MS,
      forget: (element, deep) => {
        scanner.forget(element, deep);
        run.layer.draw();
      },
      // what a rescan shows is checked and summed up in its last slice, and counted with it
      rescan: (planner) =>
        void scanner.rescan(planner, run.lifetime.signal, () => {
          this.verify(false);
          this.summarize();
        }),
      intercept: run.navigated,
      onError: (where, error) => scanner.fail(where, error),
      signal: stop.signal,
    });
    this.watcher = { watcher, stop };
  }
}
