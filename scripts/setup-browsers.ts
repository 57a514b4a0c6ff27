/**
 * `tsx scripts/setup-browsers.ts chromium firefox`: makes sure the named browsers are there before the
 * browser tests (src/cli/browser-setup.ts): installed from Debian as root with apt-get, else exit 2
 * with the one command to run.
 */
import { ensureBrowsers } from '../src/cli/browser-setup';
import type { BrowserName } from '../src/cli/browsers';

const known: BrowserName[] = ['chromium', 'firefox'];
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(known as string[]).includes(name));
if (unknown.length > 0) {
  console.error(`setup-browsers: unknown browser ${unknown.join(', ')} (known: ${known.join(', ')})`);
  process.exit(2);
}
process.exit(ensureBrowsers(asked as BrowserName[]) ? 0 : 2);
