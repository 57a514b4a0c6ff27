/**
 * `npm run check:store`: checks the built extension (dist/chrome, dist/firefox), the locale
 * catalogues and the listing in store/ against what the Chrome Web Store and addons.mozilla.org
 * accept (scripts/store/limits.ts). Prints each problem with where its rule is documented; exits 1
 * when there is any. Run after `npm run build`.
 */
import { resolve } from 'node:path';
import { checkStore, readStoreInputs } from './store/check';

const root = resolve(import.meta.dirname, '..');
const inputs = readStoreInputs(root);
const problems = checkStore(inputs);
if (problems.length === 0) {
  console.log(
    `check:store: ready for the stores (${inputs.builds.map((b) => b.target).join(', ')}; locales ${Object.keys(inputs.locales).join(', ')})`,
  );
} else {
  for (const p of problems) console.error(`${p.where}: ${p.what}${p.source ? `\n    see ${p.source}` : ''}`);
  console.error(`check:store: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
