/**
 * A fresh machine: `npm start` needs Chromium and `npm test` Chromium and Firefox ESR. Where one is
 * missing, this installs Debian's package when it runs as root with apt-get (and says so as it does),
 * and otherwise prints the one command to run. The decision is a pure function of what the machine
 * answers (BrowserProbes), so it is tested without uninstalling anything.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type BrowserName, findChromium, findFirefox } from './browsers';

export interface BrowserProbes {
  /** whether each browser is found where the drivers look (browsers.ts) */
  found: Record<BrowserName, boolean>;
  /** CHROMIUM_PATH / FIREFOX_PATH when set: a path the reader chose */
  explicitPath: Record<BrowserName, string | undefined>;
  isRoot: boolean;
  hasAptGet: boolean;
  platform: NodeJS.Platform;
}

export type BrowserSetupPlan =
  | { kind: 'ready' }
  /** install these Debian packages (root, apt-get) */
  | { kind: 'install'; packages: string[] }
  /** the one command the reader should run */
  | { kind: 'tell'; command: string }
  /** the reader's CHROMIUM_PATH / FIREFOX_PATH names no file: theirs to fix */
  | { kind: 'bad-path'; name: BrowserName; variable: string; path: string };

const DEBIAN_PACKAGE: Record<BrowserName, string> = { chromium: 'chromium', firefox: 'firefox-esr' };
const BREW_CASK: Record<BrowserName, string> = { chromium: 'chromium', firefox: 'firefox' };
const LABEL: Record<BrowserName, string> = { chromium: 'Chromium', firefox: 'Firefox ESR' };
const PATH_VARIABLE: Record<BrowserName, string> = { chromium: 'CHROMIUM_PATH', firefox: 'FIREFOX_PATH' };

export function planBrowserSetup(needed: BrowserName[], probes: BrowserProbes): BrowserSetupPlan {
  const missing = needed.filter((name) => !probes.found[name]);
  if (missing.length === 0) return { kind: 'ready' };
  const chosen = missing.find((name) => probes.explicitPath[name] !== undefined);
  if (chosen) {
    return {
      kind: 'bad-path',
      name: chosen,
      variable: PATH_VARIABLE[chosen],
      path: probes.explicitPath[chosen]!,
    };
  }
  const packages = missing.map((name) => DEBIAN_PACKAGE[name]);
  if (probes.platform === 'linux' && probes.isRoot && probes.hasAptGet) return { kind: 'install', packages };
  if (probes.platform === 'darwin')
    return { kind: 'tell', command: `brew install --cask ${missing.map((n) => BREW_CASK[n]).join(' ')}` };
  return { kind: 'tell', command: `sudo apt-get install -y ${packages.join(' ')}` };
}

/** What this machine answers. */
export function machineProbes(env: NodeJS.ProcessEnv = process.env): BrowserProbes {
  return {
    found: { chromium: Boolean(findChromium(env)), firefox: Boolean(findFirefox(env)) },
    explicitPath: { chromium: env.CHROMIUM_PATH || undefined, firefox: env.FIREFOX_PATH || undefined },
    isRoot: process.getuid?.() === 0,
    hasAptGet: ['/usr/bin/apt-get', '/bin/apt-get'].some((path) => existsSync(path)),
    platform: process.platform,
  };
}

export interface SetupIo {
  probe: () => BrowserProbes;
  /** runs a command with the output shown; its exit status */
  run: (command: string, args: string[]) => number;
  log: (line: string) => void;
}

const runInherited = (command: string, args: string[]) =>
  spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  }).status ?? 1;

const names = (list: BrowserName[]) => list.map((n) => LABEL[n]).join(' and ');

/**
 * True when every `needed` browser is there, installed now if this machine may. Otherwise false,
 * with the reason and the one command to run given to `log`.
 */
export function ensureBrowsers(
  needed: BrowserName[],
  io: SetupIo = { probe: machineProbes, run: runInherited, log: (line) => console.error(line) },
): boolean {
  const before = io.probe();
  const plan = planBrowserSetup(needed, before);
  const missing = needed.filter((name) => !before.found[name]);
  const are = missing.length === 1 ? 'is' : 'are';
  switch (plan.kind) {
    case 'ready':
      return true;
    case 'bad-path':
      io.log(
        `claimlens: ${plan.variable} is ${plan.path}, which does not exist: fix it, or unset it to use the installed ${LABEL[plan.name]}`,
      );
      return false;
    case 'tell':
      io.log(
        `claimlens: ${names(missing)} ${are} missing. Install ${missing.length === 1 ? 'it' : 'them'} with:\n\n  ${plan.command}\n\n(or point ${missing.map((n) => PATH_VARIABLE[n]).join(' / ')} at your own)`,
      );
      return false;
    case 'install': {
      io.log(
        `claimlens: ${names(missing)} ${are} missing; installing Debian’s ${plan.packages.length === 1 ? 'package' : 'packages'} as root: apt-get install -y ${plan.packages.join(' ')}`,
      );
      for (const args of [
        ['update', '-qq'],
        ['install', '-y', '-qq', '--no-install-recommends', ...plan.packages],
      ]) {
        const status = io.run('apt-get', args);
        if (status !== 0) {
          io.log(`claimlens: apt-get ${args.join(' ')} failed (exit ${status})`);
          return false;
        }
      }
      const after = io.probe();
      const still = needed.filter((name) => !after.found[name]);
      if (still.length > 0) {
        io.log(
          `claimlens: still no ${names(still)} after apt-get; set ${still.map((n) => PATH_VARIABLE[n]).join(' / ')}`,
        );
        return false;
      }
      return true;
    }
  }
}
