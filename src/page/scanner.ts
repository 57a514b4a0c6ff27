/**
 * Reads a page into marks: indexes its blocks, finds and matches their figures in time-boxed slices,
 * reads again what changed (a RescanPlanner from the page watcher), and keeps what it found per block
 * with the stats of the reading. It draws nothing and listens to nothing: marks go to a MarkSink (the
 * extension's mark layer; none in `claimlens scan`, which runs this same reading over saved pages).
 */
import { type ContentLanguage, pageLanguage } from '../core/claims/page-language';
import type { Annotation, ClaimRecord, Verdict } from '../core/claims/types';
import type { FindFiguresOptions } from '../core/figures/types';
import type { PageReport } from '../contracts/report';
import { type BlockState, BlockStates } from './block-states';
import type { Mark } from './marks';
import { pageReport } from './page-report';
import { type RescanPlanner, worthReading } from './page-watcher';
import {
  type Engine,
  FIGURES_PER_STEP,
  type Gate,
  gateBlock,
  mainRegion,
  type TableVerdicts,
  textWindows,
  type WindowFigures,
  windowAnnotations,
  windowFigures,
  yenMeansFor,
} from './scan';
import { yieldToPage } from './scheduler';
import { type Slices, timeSlices } from './slices';
import { BlockIndexer, rangeFor, type TextBlock } from './text-index';

/** Where the marks a reading makes and forgets go; the reading says when is a good time to draw. */
export interface MarkSink {
  /** marks of a block just read (and shown on the page) */
  add(marks: readonly Mark[]): void;
  /** marks of a block forgotten (it changed, or went away) */
  remove(marks: readonly Mark[]): void;
  /** what was added and removed may be drawn now (a reading says so every few slices) */
  draw(): void;
  /** everything is read again: forget all marks at once */
  clear(): void;
}

export interface ScannerOptions {
  doc: Document;
  engine: Engine;
  /** the claim records of the report */
  claim(id: string): ClaimRecord | undefined;
  onError(where: string, error: unknown): void;
  /** default: marks go nowhere (the CLI reads, it does not draw) */
  sink?: MarkSink;
  /** elements never read (our own UI host, should a page move it into <body>) */
  exclude?(element: Element): boolean;
  /**
   * The page's shown text was just found to name a subject (the content script looked before it
   * loaded the engine): the first scan indexes the page without looking again.
   */
  pageNamesSubject?: boolean;
}

/** work per slice before yielding to the page; well under the 50 ms of a long task */
const CHUNK_BUDGET_MS = 8;
/** enough of a page's text to tell its language and script when `<html lang>` does not */
const LANGUAGE_SAMPLE_CHARS = 4000;
/** blocks at the top of the page that tell what ¥ means */
const YEN_SAMPLE_BLOCKS = 40;

const NO_SINK: MarkSink = { add() {}, remove() {}, draw() {}, clear() {} };

/**
 * Hidden text (display: none, visibility: hidden, closed details) is read like any other, since a
 * style check per element would cost more than the reading; only blocks that would get a mark are
 * checked, and marks are never drawn where the reader cannot see them.
 */
function isVisible(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return typeof check !== 'function' || check.call(element, { visibilityProperty: true });
}

export class PageScanner {
  private readonly options: ScannerOptions;
  private readonly doc: Document;
  private readonly sink: MarkSink;
  private readonly states: BlockStates;
  private scanRun: AbortController | undefined;
  private nextMarkId = 1;
  private scanMs = 0;
  /** the longest stretch of our work without yielding to the page, ms */
  private longestTaskMs = 0;
  /** errors caught and reported since the last full scan */
  private errorCount = 0;
  /** see contentLanguage() */
  private language: ContentLanguage | undefined;
  private figureOptions: FindFiguresOptions = {};
  private engineLoad: Promise<boolean> | undefined;
  /** set once engineLoad has settled, so later blocks need no await */
  private engineLoaded: boolean | undefined;
  /** whether the next full scan may skip the page hint (see ScannerOptions.pageNamesSubject) */
  private hinted: boolean;

  constructor(options: ScannerOptions) {
    this.options = options;
    this.doc = options.doc;
    this.sink = options.sink ?? NO_SINK;
    this.states = new BlockStates((marks) => this.sink.remove(marks));
    this.hinted = options.pageNamesSubject ?? false;
  }

  /** All marks in document order. */
  marks(): Mark[] {
    return this.states.marks();
  }

  /**
   * The page's language and script (from `<html lang>`, else from the text of its blocks), for the
   * dataset's texts on the card and in the popup. Decided when first asked: a card or a report
   * needs a mark, so the blocks are read by then.
   */
  contentLanguage(): ContentLanguage {
    this.language ??= pageLanguage(this.doc.documentElement.getAttribute('lang'), () =>
      this.states.sample(this.doc.title, LANGUAGE_SAMPLE_CHARS),
    );
    return this.language;
  }

  /** What was read and marked, for the popup and the CLI. */
  report(enabled = true): PageReport {
    return pageReport({
      url: this.doc.location?.href ?? '',
      enabled,
      language: this.contentLanguage(),
      marks: this.marks(),
      claim: this.options.claim,
      stats: {
        ...this.states.counts(),
        ms: this.scanMs,
        longestTaskMs: this.longestTaskMs,
        errors: this.errorCount,
      },
    });
  }

  /** The number of marks and the worst verdict among them (null: none). */
  summary(): { count: number; worst: Verdict | null } {
    return this.states.summary();
  }

  /** Stops any reading and forgets everything read (the sink is the owner's to clear). */
  stop(): void {
    this.scanRun?.abort();
    this.states.clear();
    this.language = undefined;
  }

  /**
   * Reads the whole page from scratch, a reading before it abandoned. Resolves true once done, false
   * when abandoned (or there is no <body>). `finish` runs in the reading's last slice once it is done
   * (not when abandoned), and is counted with it: it is the same task.
   */
  async scanPage(finish?: () => void): Promise<boolean> {
    this.scanRun?.abort();
    const run = new AbortController();
    this.scanRun = run;
    this.sink.clear();
    this.states.clear();
    this.scanMs = 0;
    this.longestTaskMs = 0;
    this.errorCount = 0;
    const body = this.doc.body;
    if (!body) return false;
    const started = performance.now();
    await this.scanIndexed(this.pageIndexers(body), run.signal, started, finish);
    return !run.signal.aborted;
  }

  /**
   * The page's indexers, the article's main region first. A page whose shown text names no subject
   * has no mark to draw: nothing is indexed, and only what the page adds or changes later is looked
   * at (by the page watcher). innerText, not textContent: it leaves out scripts and hidden text (a
   * subject named only where the reader cannot see it ties no figure to a claim) and costs a
   * fraction on script-heavy pages.
   */
  private pageIndexers(body: HTMLElement): (() => BlockIndexer)[] {
    const { engine } = this.options;
    const exclude = this.exclude;
    // biome-ignore lint/performance/useDomNodeTextContent: the shown text is the point (see above)
    const shownText = () => body.innerText ?? body.textContent ?? '';
    const hinted = this.hinted;
    this.hinted = false;
    if (!hinted && engine.mayNameSubject && !engine.mayNameSubject(shownText())) return [];
    const main = mainRegion(this.doc);
    if (!main) return [() => new BlockIndexer(body, { exclude })];
    return [
      () => new BlockIndexer(main, { exclude }),
      () => new BlockIndexer(body, { exclude: (el) => el === main || exclude(el) }),
    ];
  }

  private exclude = (element: Element): boolean => this.options.exclude?.(element) ?? false;

  /**
   * Reads again what the page watcher says changed: each changed block's own text, or a new block
   * with all inside it. What was read of those blocks before is forgotten as each comes up, so the
   * work is that of the change, in slices like the first scan. Resolves false when `signal` ended
   * it before the reading began. `finish`: as scanPage's.
   */
  async rescan(planner: RescanPlanner, signal: AbortSignal, finish?: () => void): Promise<boolean> {
    // the page's records are sorted out first, in slices of their own
    let started = performance.now();
    while (!planner.step(() => performance.now() - started >= CHUNK_BUDGET_MS)) {
      this.account(performance.now() - started);
      await yieldToPage();
      if (signal.aborted) return false;
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
    await this.scanIndexed(sources, signal, started, finish);
    return true;
  }

  /** Forgets what was read of a block (deep: and of the blocks inside), its marks handed to the sink. */
  forget(element: Element, deep: boolean): void {
    this.states.forget(element, deep);
  }

  /** Counts main-thread time of ours (the report's stats). */
  account(ms: number): void {
    this.scanMs += ms;
    this.longestTaskMs = Math.max(this.longestTaskMs, ms);
  }

  /** Reports an error caught in our work, counted in the report's stats; never thrown into the page. */
  fail(where: string, error: unknown): void {
    this.errorCount += 1;
    this.options.onError(where, error);
  }

  /** Runs a piece of our work; what it throws is reported (see fail). */
  guard(where: string, work: () => void): void {
    try {
      work();
    } catch (error) {
      this.fail(where, error);
    }
  }

  /**
   * Reads blocks from the indexers and scans them, in slices that each stay under the time budget,
   * yielding to the page in between. A long block is read a window of sentences at a time (see
   * textWindows), so no block, however long, is one slice. An indexer is made when its turn comes
   * (`sources`), so a rescan of thousands of changed blocks sets them up in slices too.
   */
  private async scanIndexed(
    sources: Iterable<() => BlockIndexer | undefined>,
    signal: AbortSignal,
    started = performance.now(),
    finish?: () => void,
  ): Promise<void> {
    const slices = timeSlices(started, {
      budgetMs: CHUNK_BUDGET_MS,
      draw: () => this.sink.draw(),
      account: (ms) => this.account(ms),
    });
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
          await this.scanBlock(queue[next++]!, tables, slices, signal);
          if (signal.aborted) return;
        } else {
          queue.push(...indexer.step(slices.overBudget));
          if (!sampled && queue.length > 0) {
            sampled = true;
            this.figureOptions = { yenMeans: this.yenMeans(queue) };
          }
        }
        if (slices.overBudget()) await slices.pause();
      }
    }
    // a reading ended by its own last step (a stop() from the sink) is not finished
    slices.end(signal.aborted ? undefined : finish);
  }

  /**
   * What ¥ means, from the title and the first text of the article (not <body>'s textContent,
   * which would include scripts).
   */
  private yenMeans(queue: readonly TextBlock[]): FindFiguresOptions['yenMeans'] {
    const sample = queue
      .slice(0, YEN_SAMPLE_BLOCKS)
      .map((b) => b.text)
      .join(' ');
    return yenMeansFor(`${this.doc.title} ${sample}`, this.doc.documentElement.lang);
  }

  /** Gates one block and, when it is worth it, reads it (see readBlock); its state replaces the old. */
  private async scanBlock(
    block: TextBlock,
    tables: TableVerdicts,
    slices: Slices,
    signal: AbortSignal,
  ): Promise<void> {
    let gate: Gate = { read: false };
    this.guard('scan', () => {
      gate = gateBlock(block, this.options.engine, tables);
    });
    // the first block worth reading loads the engine's reading part: this slice ends while it loads
    // (the load counts its own slices, the page's time in between is not ours), and the reading
    // starts in a slice of its own
    if (gate.read) {
      let ready = this.engineReady();
      if (typeof ready !== 'boolean') ready = await slices.wait(ready);
      if (!ready) gate = { read: false };
    }
    if (signal.aborted) return;
    const state = this.states.replace(block, gate.read);
    if (gate.read) await this.readBlock(state, gate, slices, signal);
  }

  /**
   * Reads a block a window at a time, its figures matched a few at a time, each step in a slice; the
   * page may change the block meanwhile, and then its rescan reads it again.
   */
  private async readBlock(
    state: BlockState,
    gate: Gate & { read: true },
    slices: Slices,
    signal: AbortSignal,
  ): Promise<void> {
    const { block } = state;
    const { engine } = this.options;
    const annotations: Annotation[] = [];
    const changed = () => signal.aborted || this.states.get(block.element) !== state;
    reading: for (const [w, window] of textWindows(block.text).entries()) {
      if (w > 0 && slices.overBudget()) {
        await slices.pause();
        if (changed()) break;
      }
      let found: WindowFigures | undefined;
      this.guard('scan', () => {
        found = windowFigures(block, window, engine, this.figureOptions);
      });
      if (!found) continue;
      state.figures += found.figures.length;
      // a step's size grows while steps are cheap (figures of no claim cost the matcher little), so
      // a block of many such figures is not matched again and again
      let size = FIGURES_PER_STEP;
      for (let k = 0; k < found.figures.length; ) {
        if (k > 0 && slices.overBudget()) {
          await slices.pause();
          if (changed()) break reading;
        }
        const step = found.figures.slice(k, k + size);
        k += step.length;
        const stepStarted = performance.now();
        this.guard('scan', () => {
          annotations.push(...windowAnnotations(block, gate, found!, step, engine));
        });
        if (performance.now() - stepStarted < CHUNK_BUDGET_MS / 4) size *= 4;
      }
    }
    // the block's marks are made and drawn together once it is read: drawing may split its text
    // nodes (the element-wrapping renderer), which would move the later windows' offsets
    if (annotations.length > 0 && this.states.get(block.element) === state) {
      this.guard('scan', () => {
        if (isVisible(block.element)) this.sink.add(this.markAll(state, annotations));
      });
    }
  }

  /** Whether the engine can read blocks, after its `load` (once per page; false if loading failed). */
  private engineReady(): boolean | Promise<boolean> {
    const { engine } = this.options;
    if (!engine.load) return true;
    this.engineLoad ??= engine
      .load((ms) => this.account(ms))
      .then(
        () => true,
        (error: unknown) => {
          this.fail('load', error);
          return false;
        },
      );
    return this.engineLoaded ?? this.engineLoad.then((ready) => (this.engineLoaded = ready));
  }

  /** Marks for a block's annotations, recorded in its state. */
  private markAll(state: BlockState, annotations: readonly Annotation[]): Mark[] {
    const marks: Mark[] = [];
    for (const annotation of annotations) {
      const range = rangeFor(state.block, annotation.start, annotation.end);
      if (!range) continue;
      const mark: Mark = { id: this.nextMarkId++, annotation, block: state.block, range };
      marks.push(mark);
      state.marks.push(mark);
    }
    return marks;
  }
}
