/**
 * The page engine, a module of its own (engine.js) that the content script (content.ts) imports
 * only on pages that may name a dataset subject, or when the popup or a keyboard command asks: wires
 * the in-page engine to the bundled and imported claims, the reader's settings and the extension's
 * messages, and follows changes to either. Nothing here may throw into the page.
 */
import claimsIndex from 'virtual:claims-index';
import { combineMatchers } from '../core/claims/combine';
import { type CompiledIndex, compileDatasets } from '../core/claims/compile';
import type { Matcher, MatcherOptions } from '../core/claims/matcher';
import { pageSubjectTest, subjectHint, subjectTest } from '../core/claims/subject-test';
import { PageApp } from '../page/app';
import { type Point, pickWithIndexes } from '../page/figure-at-selection';
import { loadReading, type Reading } from '../page/reading';
import { reportWithoutEngine } from '../page/launcher';
import { publishedDate } from '../page/page-date';
import { reportError, sendToBackground } from '../platform/content-channel';
import { type Imported, importedDatasets, onImportedDatasetsChanged } from '../platform/imported-datasets';
import { tableConverter } from '../core/claims/script-variants';
import type { ToContent } from '../platform/messages';
import { isSiteEnabledForUrl, onSettingsChanged, type Settings } from '../platform/settings';
import { browserUiLanguage } from '../platform/ui-locale';
import { matcherLanguage, resolveLocale, translator } from '../ui/i18n';

// imported datasets get their other script from the conversions the options page recorded
const compiledOrNone = ({ datasets, scripts }: Imported) =>
  datasets.length > 0 ? compileDatasets(datasets, tableConverter(scripts)) : undefined;

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

class ContentScript {
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

  constructor({ settings, imported, pageNamesSubject, launcherMs, contextPoint }: Handoff) {
    this.contextPoint = contextPoint;
    const started = performance.now();
    this.settings = settings;
    this.importedIndex = compiledOrNone(imported);
    this.pageNamesSubject = pageNamesSubject;
    this.launcherMs = launcherMs + (performance.now() - started);
  }

  start(): void {
    onSettingsChanged((settings) => {
      this.settings = settings;
      this.override = undefined;
      this.restart();
    });
    onImportedDatasetsChanged(() => {
      this.loadImported().then(
        () => this.restart(true),
        (error: unknown) => reportError('datasets', error),
      );
    });
    this.restart();
  }

  private async loadImported(): Promise<void> {
    this.importedIndex = compiledOrNone(await importedDatasets());
  }

  private indexes(): CompiledIndex[] {
    return this.importedIndex ? [claimsIndex, this.importedIndex] : [claimsIndex];
  }

  private get enabled(): boolean {
    return this.override ?? isSiteEnabledForUrl(this.settings, location.href);
  }

  /**
   * (Re)builds the page engine from the current settings and datasets, or leaves the page alone.
   * Settings that change nothing here (another site's switch, an echo of the popup's) cost no rescan,
   * and neither does a new highlight style.
   */
  private restart(force = false): void {
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
    const locale = resolveLocale(this.settings.language, browserUiLanguage());
    const importedIndex = this.importedIndex;
    const indexes = importedIndex ? [claimsIndex, importedIndex] : [claimsIndex];
    // the recognizer and the matcher's tables come when a block first names a subject
    let loaded: Reading | undefined;
    let matcher: Matcher | undefined;
    const title = document.querySelector('h1')?.textContent?.trim() || document.title.trim();
    const lead = document.querySelector('article p, main p, p')?.textContent?.trim();
    const matcherNow = (ready: Reading) => {
      if (!matcher) {
        // the page's date is read when its first claim may be matched: a single-page app's next
        // story (a restart) has its own
        const options: MatcherOptions = { lang: matcherLanguage(locale) };
        const pageDate = publishedDate(document);
        if (pageDate) options.pageDate = pageDate;
        // the headline says whose story it is: blocks naming no company ("the company's shares") are about it
        if (title) options.title = title;
        if (lead) options.lead = lead;
        const bundled = ready.createMatcher(claimsIndex, options);
        matcher = importedIndex
          ? combineMatchers(bundled, ready.createMatcher(importedIndex, options))
          : bundled;
      }
      return matcher;
    };
    this.app = new PageApp({
      doc: document,
      engine: {
        namesSubject: pageSubjectTest(subjectTest(indexes), title, lead),
        mayNameSubject: subjectHint(indexes),
        load: async () => {
          loaded = await loadReading();
          // the matcher's tables are built here, in the load's own slice, not in the first block's
          matcherNow(loaded);
        },
        findFigures: (text, options) => (loaded ? loaded.findFigures(text, options) : []),
        match: (text, figures, context) => (loaded ? matcherNow(loaded).match(text, figures, context) : []),
      },
      claim: (id) => (loaded ? matcherNow(loaded).claim(id) : undefined),
      locale,
      t: translator(locale),
      highlightStyle: this.settings.highlightStyle,
      showConsistent: this.settings.showConsistent,
      onSummary: (count, worst) => sendToBackground({ type: 'page-summary', count, worst }),
      // only the first engine of the page: a restart (settings, datasets) looks at the page again
      pageNamesSubject,
      onError: reportError,
    });
    this.setupMs = performance.now() - setupStarted;
    this.app.start();
  }

  private async report() {
    if (!this.app) return reportWithoutEngine(location.href, false);
    await this.app.scanned;
    const report = this.app.report();
    report.stats.startupMs = Math.round((this.launcherMs + this.setupMs) * 10) / 10;
    return report;
  }

  /** A message from our popup or background (the content script checked the sender), validated here. */
  async handle(raw: unknown): Promise<unknown> {
    // the schemas (and zod) are evaluated when the first message comes, which on most pages is never
    const { parseMessage, toContentSchema } = await import('../platform/messages');
    const message = parseMessage(toContentSchema(), raw, 'content script');
    return message ? this.onMessage(message) : undefined;
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
      reportError(`message:${message.type}`, error);
    }
    return undefined;
  }
}

/** What the content script keeps of the engine: the door for the messages it forwards. */
export interface EngineHandle {
  handle(raw: unknown): Promise<unknown>;
}

export function startEngine(handoff: Handoff): EngineHandle {
  const script = new ContentScript(handoff);
  try {
    script.start();
  } catch (error) {
    reportError('start', error);
  }
  return script;
}
