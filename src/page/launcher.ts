/**
 * What the content script does on every page before it has any reason to do more: decides whether
 * the page engine (a module of its own, loaded on demand) is needed at all. Most pages never name a
 * dataset subject, and on those the engine's code is never even compiled (it would cost 10-25 ms of
 * main thread on this machine's Chromium, measured in a trace, more than all the rest of ClaimLens
 * on such a page).
 *
 * The engine is launched when the site is on and the page's shown text may name a subject (the
 * same loose test `subjectHint` makes: never narrower than the matcher), or later, when the page adds
 * text that may; the popup and the keyboard commands launch it too (see entries/content.ts).
 */
import { mayNameAny } from '../core/claims/subject-test';
import type { PageReport } from '../contracts/report';
import { watchBody } from './page-watcher';

export interface LauncherOptions {
  doc: Document;
  /** the hint words of the datasets in use, asked at each look (they change with imports) */
  words(): readonly string[];
  /** whether ClaimLens runs on this page (site rules), asked at each look */
  enabled(): boolean;
  /**
   * Loads and starts the engine; called at most once. `pageNamesSubject`: the launch came from the
   * page's text (the engine need not look at the whole page's text again before indexing it).
   */
  launch(pageNamesSubject: boolean): void;
  onError(where: string, error: unknown): void;
  /** debounce for looking at what the page added */
  mutationDelayMs?: number;
  /** ends the launcher: it looks no more, and launches nothing */
  signal: AbortSignal;
}

export class Launcher {
  private readonly options: LauncherOptions;
  /** ends the current watching of the page (see watch) */
  private watching: AbortController | undefined;
  private launched = false;
  /** main-thread time of the looks at the page, ms (the popup's stats line and the engine's start-up) */
  ms = 0;
  /** the longest of those looks, ms */
  longestMs = 0;

  constructor(options: LauncherOptions) {
    this.options = options;
    options.signal.addEventListener('abort', () => this.unwatch());
  }

  get hasLaunched(): boolean {
    return this.launched;
  }

  /** Looks at the page now (and again whenever settings or datasets change). */
  check(): void {
    this.timed(() => {
      if (this.launched || this.options.signal.aborted) return;
      if (!this.options.enabled()) {
        this.unwatch();
        return;
      }
      const body = this.options.doc.body;
      // innerText: the shown text, without scripts and hidden text (subject-test.ts says why)
      // biome-ignore lint/performance/useDomNodeTextContent: the shown text is the point
      if (body && mayNameAny(this.options.words(), body.innerText ?? body.textContent ?? '')) {
        this.launch(true);
      } else this.watch();
    });
  }

  /** Launches the engine now, whatever the page says (a message from the popup needs it). */
  launch(pageNamesSubject = false): void {
    if (this.launched || this.options.signal.aborted) return;
    this.launched = true;
    this.unwatch();
    this.options.launch(pageNamesSubject);
  }

  /**
   * Follows what the page adds or changes, and launches when it may name a subject. It reads the
   * textContent of the changed nodes' parents (no layout, unlike innerText; hidden text counts too,
   * so it is looser, never narrower), debounced, and only until the engine takes over.
   */
  private watch(): void {
    const { doc } = this.options;
    if (this.watching || !doc.body || !doc.defaultView) return;
    this.watching = new AbortController();
    const changed = new Set<Node>();
    const delayMs = this.options.mutationDelayMs ?? 250;
    // looked at once the page is quiet, and at the latest after 4 x the delay: a ticker never is
    watchBody(doc.body, {
      delayMs,
      maxWaitMs: 4 * delayMs,
      take: (records) => {
        for (const record of records) {
          const target = record.target.nodeType === 1 ? record.target : record.target.parentNode;
          if (target) changed.add(target);
        }
        return true;
      },
      quiet: () =>
        this.timed(() => {
          const words = this.options.words();
          const texts = [...changed].map((node) => (node.isConnected ? (node.textContent ?? '') : ''));
          changed.clear();
          // what was added names a subject; the engine still looks at the whole page first
          if (texts.some((text) => mayNameAny(words, text))) this.launch();
        }),
      onError: this.options.onError,
      signal: this.watching.signal,
    });
  }

  private unwatch(): void {
    this.watching?.abort();
    this.watching = undefined;
  }

  /** Runs a look at the page, counting its time; errors are reported, never thrown into the page. */
  private timed(work: () => void): void {
    const started = performance.now();
    try {
      work();
    } catch (error) {
      this.options.onError('launcher', error);
    }
    const ms = performance.now() - started;
    this.ms += ms;
    this.longestMs = Math.max(this.longestMs, ms);
  }
}

/** The page report when no engine reads the page: no marks, nothing read, `ms` spent looking. */
export function reportWithoutEngine(url: string, enabled: boolean, ms = 0, longestMs = 0): PageReport {
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    url,
    enabled,
    marks: [],
    claims: [],
    stats: { figures: 0, blocks: 0, read: 0, ms: round(ms), longestTaskMs: round(longestMs) },
  };
}
