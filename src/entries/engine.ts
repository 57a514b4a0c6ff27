/**
 * The content script's engine room, started by ../content.ts once the page has loaded: wires the
 * in-page engine to the bundled and imported claims, the reader's settings and the extension's
 * messages, and follows changes to either. Nothing here may throw into the page.
 */
import claimsIndex from 'virtual:claims-index';
import { combineMatchers } from '../../core/claims/combine';
import { type CompiledIndex, compileDatasets } from '../../core/claims/compile';
import type { Matcher, MatcherOptions } from '../../core/claims/matcher';
import { subjectHint, subjectTest } from '../../core/claims/subject-test';
import { PageApp } from '../../page/app';
import { publishedDate } from '../../page/page-date';
import { onMessageFromExtension, sendToBackground } from '../../platform/content-channel';
import { importedDatasets, onImportedDatasetsChanged } from '../../platform/imported-datasets';
import type { ToContent } from '../../platform/messages';
import { isSiteEnabledForUrl, loadSettings, onSettingsChanged, type Settings } from '../../platform/settings';
import { browserUiLanguage } from '../../platform/ui-locale';
import { resolveLocale, translator } from '../../ui/i18n';

function reportError(where: string, error: unknown): void {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.debug('[ClaimLens]', where, error);
  sendToBackground({ type: 'report-error', where, message });
}

/** The recognizer and the matcher: evaluated when a page first names a subject (most pages never do). */
interface Reading {
  findFigures: typeof import('../../core/figures').findFigures;
  createMatcher: typeof import('../../core/claims/matcher').createMatcher;
}
let reading: Promise<Reading> | undefined;
function loadReading(): Promise<Reading> {
  // the build inlines these modules; import() only defers their evaluation
  reading ??= Promise.all([import('../../core/figures'), import('../../core/claims/matcher')]).then(
    ([figures, matcher]) => ({ findFigures: figures.findFigures, createMatcher: matcher.createMatcher }),
  );
  return reading;
}

class ContentScript {
  private app: PageApp | undefined;
  private settings!: Settings;
  /** the reader's imported datasets, compiled (undefined: none) */
  private importedIndex: CompiledIndex | undefined;
  /** the popup's switch for this page, until the stored settings say the same */
  private override: boolean | undefined;
  private applied = '';
  /** main-thread ms before scanning: evaluating the engine's modules, then the latest (re)start's set-up */
  private readonly evaluationMs: number;
  private setupMs = 0;

  constructor(evaluationMs: number) {
    this.evaluationMs = evaluationMs;
  }

  async start(): Promise<void> {
    [this.settings] = await Promise.all([loadSettings(), this.loadImported()]);
    onMessageFromExtension((message) => this.onMessage(message));
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
    const datasets = await importedDatasets();
    this.importedIndex = datasets.length > 0 ? compileDatasets(datasets) : undefined;
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
    const matcherNow = (ready: Reading) => {
      if (!matcher) {
        // the page's date is read when its first claim may be matched: a single-page app's next
        // story (a restart) has its own
        const options: MatcherOptions = { lang: locale === 'zh_CN' ? 'zh' : 'en' };
        const pageDate = publishedDate(document);
        if (pageDate) options.pageDate = pageDate;
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
        namesSubject: subjectTest(indexes),
        mayNameSubject: subjectHint(indexes),
        load: async () => {
          loaded = await loadReading();
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
      onError: reportError,
    });
    this.setupMs = performance.now() - setupStarted;
    this.app.start();
  }

  private async report() {
    if (!this.app) {
      return {
        url: location.href,
        enabled: false,
        marks: [],
        claims: [],
        stats: { figures: 0, blocks: 0, ms: 0 },
      };
    }
    await this.app.scanned;
    const report = this.app.report();
    report.stats.startupMs = Math.round((this.evaluationMs + this.setupMs) * 10) / 10;
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

export function startContentScript(evaluationMs: number): void {
  new ContentScript(evaluationMs).start().catch((error: unknown) => reportError('start', error));
}
