/**
 * The page engine as the extension runs it: a PageApp over the bundled and imported claims, built
 * from the reader's settings, rebuilt when they or the imported datasets change, and answering the
 * popup's and the keyboard's messages. What it needs of the extension (storage, messages, the UI
 * language) comes in as ports, wired by entries/engine.ts; all it listens to ends with its signal.
 * Nothing here may throw into the page.
 */
import { type CompiledIndex, compileDatasets } from '../core/claims/compile';
import type { Matcher } from '../core/claims/matcher';
import { tableConverter } from '../core/claims/script-variants';
import { pageSubjectTest, subjectHint, subjectTest } from '../core/claims/subject-test';
import type { Verdict } from '../core/claims/types';
import type { Imported } from '../contracts/datasets';
import type { ToContent } from '../contracts/messages';
import type { PageReport } from '../contracts/report';
import type { Settings } from '../contracts/settings';
import { matcherLanguage, resolveLocale, translator } from '../ui/i18n';
import { PageApp } from './app';
import { type Point, pickWithIndexes } from './figure-at-selection';
import { reportWithoutEngine } from './launcher';
import { loadReading, matcherInSlices, matcherOptionsFor, matcherOver, type Reading } from './reading';

/** What the content script hands over: what it has read already, so the engine need not read it again. */
export interface Handoff {
  settings: Settings;
  /** the reader's imported datasets, as stored */
  imported: Imported;
  /** the content script found that the page's shown text may name a subject, just now */
  pageNamesSubject: boolean;
  /** main-thread ms the content script spent looking at the page before it loaded the engine */
  launcherMs: number;
  /** where the reader last right-clicked, for "Record this figure as a claim…" without a selection */
  contextPoint?: () => Point | undefined;
}

/** What the engine needs of the extension; entries/engine.ts wires them to src/platform. */
export interface ContentScriptPorts {
  /** the bundled claims, compiled at build time */
  bundled: CompiledIndex;
  /** calls back with the new settings when they change; returns the unsubscribe */
  onSettingsChanged(callback: (settings: Settings) => void): () => void;
  /** calls back when the imported datasets change; returns the unsubscribe */
  onImportedDatasetsChanged(callback: () => void): () => void;
  importedDatasets(): Promise<Imported>;
  isSiteEnabledForUrl(settings: Settings, url: string): boolean;
  /** the browser's UI language (for the "auto" language setting) */
  uiLanguage(): string;
  /** the page's summary for the toolbar badge */
  sendSummary(count: number, worst: Verdict | null): void;
  /** a message checked against its schema; undefined when it does not fit */
  parseMessage(raw: unknown): Promise<ToContent | undefined>;
  reportError(where: string, error: unknown): void;
}

// imported datasets get their other script from the conversions the options page recorded
const compiledOrNone = ({ datasets, scripts }: Imported) =>
  datasets.length > 0 ? compileDatasets(datasets, tableConverter(scripts)) : undefined;

export class ContentScript {
  private readonly doc: Document;
  private readonly ports: ContentScriptPorts;
  private app: PageApp | undefined;
  private settings: Settings;
  /** the reader's imported datasets, compiled (undefined: none) */
  private importedIndex: CompiledIndex | undefined;
  /** the popup's switch for this page, until the stored settings say the same */
  private override: boolean | undefined;
  private applied = '';
  /** main-thread ms of the latest (re)start's set-up, before scanning */
  private setupMs = 0;
  /** see Handoff */
  private pageNamesSubject: boolean;
  private readonly launcherMs: number;
  private readonly contextPoint: Handoff['contextPoint'];
  private signal: AbortSignal | undefined;

  constructor(doc: Document, handoff: Handoff, ports: ContentScriptPorts) {
    const started = performance.now();
    this.doc = doc;
    this.ports = ports;
    this.settings = handoff.settings;
    this.importedIndex = compiledOrNone(handoff.imported);
    this.pageNamesSubject = handoff.pageNamesSubject;
    this.launcherMs = handoff.launcherMs + (performance.now() - started);
    this.contextPoint = handoff.contextPoint;
  }

  private indexes(): CompiledIndex[] {
    return this.importedIndex ? [this.ports.bundled, this.importedIndex] : [this.ports.bundled];
  }

  /** Starts the engine and follows settings and datasets until `signal` ends it all. */
  start(signal: AbortSignal): void {
    if (this.signal || signal.aborted) return;
    this.signal = signal;
    const { ports } = this;
    const unsubscribes = [
      // a change the browser had queued before the abort may still come: it is let go
      ports.onSettingsChanged((settings) => {
        if (signal.aborted) return;
        this.settings = settings;
        this.override = undefined;
        this.restart();
      }),
      ports.onImportedDatasetsChanged(() => {
        if (signal.aborted) return;
        this.loadImported().then(
          () => this.restart(true),
          (error: unknown) => ports.reportError('datasets', error),
        );
      }),
    ];
    signal.addEventListener('abort', () => {
      for (const unsubscribe of unsubscribes) unsubscribe();
      this.app?.stop();
      this.app = undefined;
    });
    this.restart();
  }

  /** A message from our popup or background (the content script checked the sender), validated here. */
  async handle(raw: unknown): Promise<unknown> {
    const message = await this.ports.parseMessage(raw);
    return message ? this.onMessage(message) : undefined;
  }

  private async loadImported(): Promise<void> {
    this.importedIndex = compiledOrNone(await this.ports.importedDatasets());
  }

  private get enabled(): boolean {
    return this.override ?? this.ports.isSiteEnabledForUrl(this.settings, this.doc.location.href);
  }

  /**
   * (Re)builds the page engine from the current settings and datasets, or leaves the page alone.
   * Settings that change nothing here (another site's switch, an echo of the popup's) cost no rescan,
   * and neither does a new highlight style.
   */
  private restart(force = false): void {
    if (!this.signal || this.signal.aborted) return;
    const setupStarted = performance.now();
    // true only for the first (re)start after the content script looked at the page
    const pageNamesSubject = this.pageNamesSubject;
    this.pageNamesSubject = false;
    const { highlightStyle, showConsistent, language } = this.settings;
    // a new highlight style only restyles the marks; what they are needs no new scan
    this.app?.setStyle(highlightStyle);
    const applied = JSON.stringify([this.enabled, showConsistent, language]);
    if (!force && applied === this.applied) return;
    this.applied = applied;
    this.app?.stop();
    this.app = undefined;
    if (!this.enabled) return;
    this.app = this.createApp(pageNamesSubject);
    this.setupMs = performance.now() - setupStarted;
    this.app.start();
  }

  /** A page engine over the current settings and datasets. */
  private createApp(pageNamesSubject: boolean): PageApp {
    const { doc, ports } = this;
    const locale = resolveLocale(this.settings.language, ports.uiLanguage());
    const importedIndex = this.importedIndex;
    const indexes = importedIndex ? [ports.bundled, importedIndex] : [ports.bundled];
    // the recognizer and the matcher's tables come when a block first names a subject
    let loaded: Reading | undefined;
    let matcher: Matcher | undefined;
    const title = doc.querySelector('h1')?.textContent?.trim() || doc.title.trim();
    const lead = doc.querySelector('article p, main p, p')?.textContent?.trim();
    const matcherOptions = () => matcherOptionsFor(doc, matcherLanguage(locale), title, lead);
    const matcherNow = (ready: Reading) =>
      (matcher ??= matcherOver(ready, ports.bundled, importedIndex, matcherOptions()));
    return new PageApp({
      doc,
      engine: {
        namesSubject: pageSubjectTest(subjectTest(indexes), title, lead),
        mayNameSubject: subjectHint(indexes),
        load: async (account) => {
          const ready = await loadReading(account);
          // the matcher's tables are built here, in slices of their own, not in the first block's
          matcher = await matcherInSlices(ready, ports.bundled, importedIndex, matcherOptions, account);
          loaded = ready;
        },
        findFigures: (text, options) => (loaded ? loaded.findFigures(text, options) : []),
        match: (text, figures, context) => (loaded ? matcherNow(loaded).match(text, figures, context) : []),
      },
      claim: (id) => (loaded ? matcherNow(loaded).claim(id) : undefined),
      locale,
      t: translator(locale),
      highlightStyle: this.settings.highlightStyle,
      showConsistent: this.settings.showConsistent,
      onSummary: ports.sendSummary,
      // only the first engine of the page: a restart (settings, datasets) looks at the page again
      pageNamesSubject,
      onError: ports.reportError,
    });
  }

  private async report(): Promise<PageReport> {
    const { app } = this;
    if (!app) return reportWithoutEngine(this.doc.location.href, false);
    await app.scanned;
    const report = app.report();
    report.stats.startupMs = Math.round((this.launcherMs + this.setupMs) * 10) / 10;
    return report;
  }

  private onMessage(message: ToContent): Promise<unknown> | undefined {
    try {
      switch (message.type) {
        case 'get-report':
          return this.report();
        case 'show-mark':
          return Promise.resolve(this.app?.showMark(message.markId) ?? false);
        case 'move-mark':
          return Promise.resolve(Boolean(this.app?.moveMark(message.step)));
        case 'figure-at-selection': // "Record this figure as a claim…" (src/page/figure-at-selection.ts)
          return loadReading().then((reading) =>
            pickWithIndexes(reading, this.indexes(), this.app?.marks() ?? [], this.contextPoint?.()),
          );
        case 'set-enabled':
          // the popup saves the per-site choice too; apply it now rather than wait for storage's echo
          this.override = message.enabled;
          if (message.enabled !== Boolean(this.app)) this.restart();
          return this.report();
      }
    } catch (error) {
      this.ports.reportError(`message:${message.type}`, error);
    }
    return undefined;
  }
}
