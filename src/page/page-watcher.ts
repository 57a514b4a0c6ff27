/**
 * Follows what the page changes after it was read, and says which blocks to read again: a plan whose
 * size is that of the change, never that of the page.
 *
 * - A changed text, or a node added or removed among a block's own inline content, re-reads that
 *   block's own text (shallow); a block element added is read with everything in it (deep); the
 *   blocks inside a removed subtree are forgotten.
 * - Changes come in bursts: the plan is handed over after a quiet moment (`delayMs`), and at the
 *   latest `maxWaitMs` after the first change of the burst, so a page that never stops changing is
 *   still read.
 * - A block that changes again and again faster than anyone reads (a ticker, a clock, a live price)
 *   is not read while it does: its marks are dropped, and it is read once it has been still for
 *   `readMs`. A block whose text holds nothing a figure could be made of is dropped, not read.
 *
 * The launcher follows the page the same way before the engine is loaded (`watchBody`), and the
 * page engine follows in-page navigation with `followNavigation`.
 */
import { debounceWithDeadline } from './debounce';
import { mayHoldFigure } from './figure-hint';
import { BLOCK_SELECTOR, BLOCK_TAGS, blockOf } from './text-index';

interface RescanPlan {
  /** blocks whose own text is read again (the blocks nested in them are not) */
  shallow: Element[];
  /** blocks read again with every block inside them */
  deep: Element[];
}

/** What a rescan is handed: the page's records, sorted out in steps, then the plan they make. */
export interface RescanPlanner {
  /** sorts out records until done (true) or `shouldYield()` says so (false) */
  step(shouldYield: () => boolean): boolean;
  /** the blocks to read again; take it once `step` is done */
  plan(): RescanPlan;
}

/** The records of one observer callback, and how far they are sorted out. */
interface Batch {
  records: MutationRecord[];
  /** when they came */
  at: number;
  next: number;
  shallow: Set<Element>;
  deep: Set<Element>;
}

interface WatcherOptions {
  /** quiet time after a change before the plan is handed over, ms */
  delayMs: number;
  /** longest wait after the first change of a burst, however the page goes on changing, ms */
  maxWaitMs: number;
  /** a block changing again within this time, TICKER_STREAK times in a row, is a ticker, ms */
  readMs: number;
  /** a block changed whose marks and reading no longer hold: forget it (deep: and the blocks inside) */
  forget(element: Element, deep: boolean): void;
  /** the blocks to read again: sort out the records with `step`, then take the plan */
  rescan(planner: RescanPlanner): void;
  /** runs before each batch of records; true when it took care of them (e.g. a new URL: full scan) */
  intercept?(): boolean;
  onError(where: string, error: unknown): void;
  /** ends the watching: the observer, the timers and what was kept of the records */
  signal: AbortSignal;
}

/** Changes in a row, each within readMs of the last, that make a block a ticker. */
const TICKER_STREAK = 3;

interface Heat {
  last: number;
  streak: number;
}

export class PageWatcher {
  private readonly options: WatcherOptions;
  private readonly body: HTMLElement;
  private readonly changes: BodyChanges;
  private readonly batches: Batch[] = [];
  private readonly shallow = new Set<Element>();
  private readonly deep = new Set<Element>();
  private readonly heat = new WeakMap<Element, Heat>();
  /** tickers waiting to be still for readMs, with the time of their last change */
  private readonly settling = new Map<Element, number>();
  private settleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(body: HTMLElement, options: WatcherOptions) {
    this.body = body;
    this.options = options;
    const { signal } = options;
    this.changes = watchBody(body, {
      delayMs: options.delayMs,
      maxWaitMs: options.maxWaitMs,
      take: (records) => {
        if (this.options.intercept?.()) return false;
        this.take(records);
        return true;
      },
      quiet: () => this.flush(),
      onError: options.onError,
      signal,
    });
    signal.addEventListener('abort', () => {
      clearTimeout(this.settleTimer);
      this.shallow.clear();
      this.deep.clear();
      this.settling.clear();
      this.batches.length = 0;
    });
  }

  /** Drops the records of a DOM write of ours (see MarkLayerOptions.quiet). */
  discardRecords(): void {
    this.changes.discardRecords();
  }

  /**
   * Keeps the records for later: a storm of changes comes as thousands of records in one callback,
   * which runs in the page's own task and cannot yield, so they are sorted out by the rescan, in
   * its slices (see RescanPlanner).
   */
  private take(records: MutationRecord[]): void {
    this.batches.push({ records, at: performance.now(), next: 0, shallow: new Set(), deep: new Set() });
  }

  /** Sorts out one batch of records a step at a time; true when it is done. */
  private sortOut(batch: Batch, shouldYield: () => boolean): boolean {
    const { records } = batch;
    let visited = 0;
    while (batch.next < records.length) {
      if (++visited % 32 === 0 && shouldYield()) return false;
      const record = records[batch.next++]!;
      const block = blockOf(record.target, this.body);
      if (block) batch.shallow.add(block);
      if (record.type !== 'childList') continue;
      for (const node of record.removedNodes) {
        if (node.nodeType === 1) this.options.forget(node as Element, true);
      }
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        const element = node as Element;
        if (BLOCK_TAGS.has(element.tagName.toUpperCase())) batch.deep.add(element);
        // an inline element (or a custom one) may carry blocks of its own
        else if (element.firstElementChild)
          for (const inner of outermostBlocks(element)) batch.deep.add(inner);
      }
    }
    // a block changing again and again, faster than anyone reads, is a ticker: forgotten, not read
    const consider = (element: Element, isDeep: boolean) => {
      if (this.isHot(element, batch.at)) this.options.forget(element, isDeep);
      else (isDeep ? this.deep : this.shallow).add(element);
    };
    for (const element of batch.deep) consider(element, true);
    for (const element of batch.shallow) if (!batch.deep.has(element)) consider(element, false);
    return true;
  }

  /** Counts a change of the block; true while it changes faster than a reader reads. */
  private isHot(element: Element, now: number): boolean {
    const { readMs } = this.options;
    const heat = this.heat.get(element);
    if (!heat) {
      this.heat.set(element, { last: now, streak: 1 });
      return false;
    }
    heat.streak = now - heat.last < readMs ? heat.streak + 1 : 1;
    heat.last = now;
    if (heat.streak < TICKER_STREAK) return false;
    this.settling.set(element, now);
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.settle(), readMs);
    return true;
  }

  /** Tickers still for readMs are read once more, as they now stand. */
  private settle(): void {
    const now = performance.now();
    const { readMs } = this.options;
    let pending = false;
    let next = Number.POSITIVE_INFINITY;
    for (const [element, last] of this.settling) {
      if (now - last >= readMs) {
        this.settling.delete(element);
        this.shallow.add(element);
        pending = true;
      } else next = Math.min(next, last + readMs - now);
    }
    if (Number.isFinite(next)) this.settleTimer = setTimeout(() => this.settle(), next);
    if (pending) this.changes.schedule();
  }

  private flush(): void {
    const batches = this.batches.splice(0);
    const planner: RescanPlanner = {
      step: (shouldYield) => {
        while (batches.length > 0) {
          if (!this.sortOut(batches[0]!, shouldYield)) return false;
          batches.shift();
        }
        return true;
      },
      plan: () => {
        const plan: RescanPlan = { shallow: [...this.shallow], deep: [...this.deep] };
        this.shallow.clear();
        this.deep.clear();
        return plan;
      },
    };
    this.options.rescan(planner);
  }
}

/**
 * Whether a changed block is to be read again: it is still in the page and its text could hold a
 * figure. When not, what was read of it is only forgotten.
 */
export function worthReading(element: Element): boolean {
  return element.isConnected && mayHoldFigure(element.textContent ?? '');
}

/** The blocks inside an element that are not inside another block inside it. */
function outermostBlocks(element: Element): Element[] {
  const found = element.querySelectorAll(BLOCK_SELECTOR);
  const out: Element[] = [];
  for (const block of found) {
    let parent = block.parentElement;
    while (parent && parent !== element && !BLOCK_TAGS.has(parent.tagName.toUpperCase()))
      parent = parent.parentElement;
    if (parent === element || parent === null) out.push(block);
  }
  return out;
}

/** What follows the page's changes keeps: a way to have them looked at, and to drop our own. */
export interface BodyChanges {
  /** looks again after the next quiet moment (as when the page changes) */
  schedule(): void;
  /** drops the records of a DOM write of ours */
  discardRecords(): void;
}

export interface BodyWatchOptions {
  /** quiet time after a change before `quiet` runs, ms */
  delayMs: number;
  /** longest wait after the first change of a burst, however the page goes on changing, ms */
  maxWaitMs: number;
  /** the records of one observer callback, as they come; false: they need no look */
  take(records: MutationRecord[]): boolean;
  /** the page has been quiet for delayMs (or changing for maxWaitMs): look at what was taken */
  quiet(): void;
  onError(where: string, error: unknown): void;
  /** ends the watching: the observer and the timer */
  signal: AbortSignal;
}

/**
 * The one way ClaimLens follows what a page changes, before the engine (the launcher) and after (the
 * page watcher): an observer of <body>'s text and children whose records are taken as they come,
 * and looked at after a quiet moment, or at the latest `maxWaitMs` after the first change of a
 * burst (a ticker never is quiet). Errors are reported, never thrown into the page.
 */
export function watchBody(body: HTMLElement, options: BodyWatchOptions): BodyChanges {
  const { signal } = options;
  const settled = debounceWithDeadline(
    () => {
      try {
        options.quiet();
      } catch (error) {
        options.onError('observe', error);
      }
    },
    options.delayMs,
    options.maxWaitMs,
  );
  const observer = new body.ownerDocument.defaultView!.MutationObserver((records) => {
    try {
      if (options.take(records)) settled.schedule();
    } catch (error) {
      options.onError('observe', error);
    }
  });
  const changes: BodyChanges = {
    schedule: () => settled.schedule(),
    discardRecords: () => void observer.takeRecords(),
  };
  if (signal.aborted) return changes;
  observer.observe(body, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    settled.cancel();
  });
  return changes;
}

/**
 * Follows in-page navigation (the Navigation API where there is one, and the history's popstate):
 * `navigated` runs once per new URL. The returned check does the same on demand (a single-page app's
 * new DOM may come before any event says so) and says whether the URL was new.
 */
export function followNavigation(doc: Document, navigated: () => void, signal: AbortSignal): () => boolean {
  let lastUrl = doc.location?.href ?? '';
  const check = () => {
    const url = doc.location.href;
    if (url === lastUrl || signal.aborted) return false;
    lastUrl = url;
    navigated();
    return true;
  };
  const win = doc.defaultView!;
  const navigation = (win as unknown as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', () => void check(), { signal });
  win.addEventListener('popstate', () => void check(), { signal });
  return check;
}
