/**
 * The content script's engine room, started by ../content.ts once the page has loaded: wires the
 * in-page engine to the bundled and imported claims, the reader's settings and the extension's
 * messages, and follows changes to either. Nothing here may throw into the page.
 */
import claimsIndex from 'virtual:claims-index';
import { type CompiledIndex, compileDatasets } from '../../core/claims/compile';
import { createMatcher, type Matcher, type MatcherOptions } from '../../core/claims/matcher';
import type { Annotation, ClaimRecord } from '../../core/claims/types';
import { findFigures } from '../../core/figures';
import type { Figure } from '../../core/figures/types';
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

/**
 * The bundled index and the reader's imported datasets as one matcher. An imported dataset with the
 * id of a bundled one replaces it (that is how an editor tries a new version of a bundled dataset).
 */
function combinedMatcher(options: MatcherOptions, imported: Matcher | undefined): Matcher {
  const bundled = createMatcher(claimsIndex, options);
  if (!imported || imported.claims.length === 0) return bundled;
  const replaced = new Set(imported.claims.map((c) => c.dataset.id));
  const fromBundled = (a: Annotation) => !replaced.has(bundled.claim(a.claim.id)?.dataset.id ?? '');
  const claims = [...bundled.claims.filter((c) => !replaced.has(c.dataset.id)), ...imported.claims];
  const byId = new Map<string, ClaimRecord>(claims.map((c) => [c.id, c]));
  return {
    claims,
    claim: (id) => byId.get(id),
    match(text: string, figures: Figure[], context?: string) {
      const found = [
        ...imported.match(text, figures, context),
        ...bundled.match(text, figures, context).filter(fromBundled),
      ];
      // one claim per figure: the imported dataset's, which comes first
      const byStart = new Map<number, Annotation>();
      for (const annotation of found)
        if (!byStart.has(annotation.start)) byStart.set(annotation.start, annotation);
      return [...byStart.values()].sort((a, b) => a.start - b.start);
    },
  };
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
    // read at each (re)start: a single-page app's next story has its own date
    const options: MatcherOptions = { lang: locale === 'zh_CN' ? 'zh' : 'en' };
    const pageDate = publishedDate(document);
    if (pageDate) options.pageDate = pageDate;
    const imported = this.importedIndex ? createMatcher(this.importedIndex, options) : undefined;
    const matcher = combinedMatcher(options, imported);
    this.app = new PageApp({
      doc: document,
      engine: { findFigures, match: (text, figures, context) => matcher.match(text, figures, context) },
      claim: (id) => matcher.claim(id),
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
