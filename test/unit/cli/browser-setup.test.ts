/**
 * What `npm start` and `npm test` do about a missing browser (item 11), with the machine's answers
 * injected: which browsers are found, root or not, apt-get or not, the platform.
 */
import { describe, expect, it } from 'vitest';
import { type BrowserProbes, ensureBrowsers, planBrowserSetup } from '../../../src/cli/browser-setup';

const probes = (over: Partial<BrowserProbes> = {}): BrowserProbes => ({
  found: { chromium: false, firefox: false },
  explicitPath: { chromium: undefined, firefox: undefined },
  isRoot: true,
  hasAptGet: true,
  platform: 'linux',
  ...over,
});

describe('planBrowserSetup', () => {
  it.each([
    [
      'both there: nothing to do',
      ['chromium', 'firefox'],
      probes({ found: { chromium: true, firefox: true } }),
      { kind: 'ready' },
    ],
    [
      'root with apt-get: installs Debian’s packages',
      ['chromium', 'firefox'],
      probes(),
      { kind: 'install', packages: ['chromium', 'firefox-esr'] },
    ],
    [
      'only what is missing',
      ['chromium', 'firefox'],
      probes({ found: { chromium: true, firefox: false } }),
      { kind: 'install', packages: ['firefox-esr'] },
    ],
    [
      'only what is asked for (npm start needs Chromium)',
      ['chromium'],
      probes({ found: { chromium: false, firefox: true } }),
      { kind: 'install', packages: ['chromium'] },
    ],
    [
      'not root: the one command, with sudo',
      ['chromium', 'firefox'],
      probes({ isRoot: false }),
      { kind: 'tell', command: 'sudo apt-get install -y chromium firefox-esr' },
    ],
    [
      'no apt-get on Linux: the one command for Debian/Ubuntu',
      ['chromium'],
      probes({ hasAptGet: false }),
      { kind: 'tell', command: 'sudo apt-get install -y chromium' },
    ],
    [
      'macOS: Homebrew',
      ['chromium', 'firefox'],
      probes({ platform: 'darwin', hasAptGet: false, isRoot: false }),
      { kind: 'tell', command: 'brew install --cask chromium firefox' },
    ],
    [
      'a CHROMIUM_PATH that does not exist is the reader’s to fix, never installed over',
      ['chromium'],
      probes({ explicitPath: { chromium: '/opt/nowhere/chrome', firefox: undefined } }),
      { kind: 'bad-path', name: 'chromium', variable: 'CHROMIUM_PATH', path: '/opt/nowhere/chrome' },
    ],
  ] as const)('%s', (_why, needed, machine, plan) => {
    expect(planBrowserSetup([...needed], machine)).toEqual(plan);
  });
});

describe('ensureBrowsers', () => {
  it('says what it installs, runs apt-get once, and checks again', () => {
    const lines: string[] = [];
    const runs: string[][] = [];
    let installed = false;
    const ok = ensureBrowsers(['chromium'], {
      probe: () => probes({ found: { chromium: installed, firefox: false } }),
      run: (command, args) => {
        runs.push([command, ...args]);
        if (args.includes('install')) installed = true;
        return 0;
      },
      log: (line) => lines.push(line),
    });
    expect(ok).toBe(true);
    expect(runs).toEqual([
      ['apt-get', 'update', '-qq'],
      ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium'],
    ]);
    expect(lines[0]).toBe(
      'claimlens: Chromium is missing; installing Debian’s package as root: apt-get install -y chromium',
    );
  });

  it('prints the one command and fails when it cannot install', () => {
    const lines: string[] = [];
    const ok = ensureBrowsers(['chromium', 'firefox'], {
      probe: () => probes({ isRoot: false }),
      run: () => {
        throw new Error('must not run');
      },
      log: (line) => lines.push(line),
    });
    expect(ok).toBe(false);
    expect(lines).toEqual([
      'claimlens: Chromium and Firefox ESR are missing. Install them with:\n\n  sudo apt-get install -y chromium firefox-esr\n\n(or point CHROMIUM_PATH / FIREFOX_PATH at your own)',
    ]);
  });

  it('fails with apt-get’s failure, and when the browser is still missing after it', () => {
    const lines: string[] = [];
    const failing = ensureBrowsers(['chromium'], {
      probe: () => probes(),
      run: () => 100,
      log: (l) => lines.push(l),
    });
    expect(failing).toBe(false);
    expect(lines.at(-1)).toMatch(/apt-get .* failed \(exit 100\)/);
    const still = ensureBrowsers(['chromium'], {
      probe: () => probes(),
      run: () => 0,
      log: (l) => lines.push(l),
    });
    expect(still).toBe(false);
    expect(lines.at(-1)).toMatch(/still no Chromium/);
  });
});
