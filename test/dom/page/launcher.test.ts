/**
 * The content script's first look at a page (src/page/launcher.ts): it launches the engine only
 * where the page may name a subject, follows what the page adds until then, and never throws.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Launcher, type LauncherOptions } from '../../../src/page/launcher';

const WORDS = ['alibaba', '\u963f\u91cc']; // 阿里

let launcher: Launcher | undefined;
let lifetime: AbortController | undefined;
afterEach(() => {
  lifetime?.abort();
  launcher = undefined;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function start(html: string, overrides: Partial<LauncherOptions> = {}) {
  document.body.innerHTML = html;
  const launches: boolean[] = [];
  const errors: string[] = [];
  lifetime = new AbortController();
  launcher = new Launcher({
    doc: document,
    words: () => WORDS,
    enabled: () => true,
    launch: (pageNamesSubject) => launches.push(pageNamesSubject),
    onError: (where, error) => errors.push(`${where}: ${String(error)}`),
    mutationDelayMs: 5,
    signal: lifetime.signal,
    ...overrides,
  });
  launcher.check();
  return { launcher, launches, errors, lifetime };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('Launcher', () => {
  test.each([
    ['<p>Alibaba will invest 380 billion yuan.</p>', true],
    ['<p>ALIBABA shares rose.</p>', true],
    ['<p>\u963f\u91cc\u5df4\u5df4\u5ba3\u5e03\u6295\u5165\u3002</p>', true], // 阿里巴巴宣布投入。
    ['<p>Tencent will invest 380 billion yuan.</p>', false],
    ['<p>Nothing here at all.</p>', false],
  ])('%s -> launched: %s', (html, expected) => {
    const { launches } = start(html);
    expect(launches).toEqual(expected ? [true] : []);
  });

  test('a ticker changing every 5 ms does not put off the look for ever: a subject added meanwhile launches', async () => {
    const { launches } = start('<header><span>HSI 26,000</span></header><main><p>Markets today.</p></main>', {
      mutationDelayMs: 20,
    });
    const quote = document.querySelector('header span')!;
    let tick = 0;
    const ticker = setInterval(() => {
      quote.textContent = `HSI ${26_000 + tick++}`;
    }, 5);
    try {
      document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>Alibaba will spend more.</p>');
      await expect.poll(() => launches, { timeout: 2000 }).toEqual([false]);
    } finally {
      clearInterval(ticker);
    }
  });

  test('a site the reader switched off is not looked at, and nothing is launched', () => {
    const { launches } = start('<p>Alibaba</p>', { enabled: () => false });
    expect(launches).toEqual([]);
  });

  test('text the page adds later that names a subject launches the engine (once)', async () => {
    const { launches } = start('<main><p>Markets today.</p></main>');
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>Unrelated.</p>');
    await settle();
    expect(launches).toEqual([]);
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>Alibaba will spend more.</p>');
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>Alibaba again.</p>');
    await settle();
    // from the page's additions, not its whole text: the engine looks at the page itself
    expect(launches).toEqual([false]);
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>Alibaba a third time.</p>');
    await settle();
    expect(launches).toEqual([false]);
  });

  test('a text node changed in place is looked at with its element', async () => {
    const { launches } = start('<p id="p">Shares of <span id="s">a company</span> rose.</p>');
    document.getElementById('s')!.firstChild!.nodeValue = 'Alibaba';
    await settle();
    expect(launches).toEqual([false]);
  });

  test('turning the site on again looks at the page again', () => {
    let on = false;
    const { launcher, launches } = start('<p>Alibaba</p>', { enabled: () => on });
    expect(launches).toEqual([]);
    on = true;
    launcher.check();
    expect(launches).toEqual([true]);
  });

  test('a launch asked for (a message) comes once, and stops the watching', async () => {
    const { launcher, launches } = start('<p>Nothing</p>');
    launcher.launch();
    launcher.launch();
    document.body.insertAdjacentHTML('beforeend', '<p>Alibaba</p>');
    await settle();
    expect(launches).toEqual([false]);
    expect(launcher.hasLaunched).toBe(true);
  });

  test('its looks are timed, and a failure is reported, not thrown', () => {
    const { launcher, launches, errors } = start('<p>Alibaba</p>', {
      words: () => {
        throw new Error('boom');
      },
    });
    expect(launches).toEqual([]);
    expect(errors).toEqual(['launcher: Error: boom']);
    expect(launcher.ms).toBeGreaterThanOrEqual(0);
    expect(launcher.longestMs).toBeLessThanOrEqual(launcher.ms);
  });

  test('once its signal is aborted, its observer is gone: what the page adds is not looked at, nothing launches', async () => {
    const disconnect = vi.spyOn(window.MutationObserver.prototype, 'disconnect');
    let looks = 0;
    const { launcher, launches, lifetime } = start('<main><p>Markets today.</p></main>', {
      words: () => {
        looks += 1;
        return WORDS;
      },
    });
    expect(looks).toBe(1);
    lifetime.abort();
    expect(disconnect).toHaveBeenCalledTimes(1);
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>Alibaba will spend more.</p>');
    await settle();
    launcher.check();
    launcher.launch();
    expect(looks).toBe(1);
    expect(launches).toEqual([]);
    expect(launcher.hasLaunched).toBe(false);
  });
});
