/**
 * `npm start`: builds the extension, serves the demo article on 127.0.0.1 and opens it in Chromium with
 * ClaimLens loaded. With a display, a window you can use; without one, a headless run that hovers the
 * first mark, saves out/demo.png and prints what ClaimLens found. Without Chromium, it installs
 * Debian's when it runs as root with apt-get, and otherwise prints the one command to run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureBrowsers } from '../src/cli/browser-setup';
import { launchChromium } from '../src/cli/browsers';
import { drawnMarks, openCard, reportOf, tabIdOf, waitFor } from '../src/cli/inspect';
import { serveFolders } from '../src/cli/serve';
import type { PageReport } from '../src/contracts/report';

const root = resolve(import.meta.dirname, '..');
const hasDisplay =
  process.platform === 'darwin' ||
  process.platform === 'win32' ||
  Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = process.env.HEADLESS === '1' || !hasDisplay;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

async function main(): Promise<number> {
  // a fresh machine: Debian's Chromium installed as root with apt-get, else the one command to run
  if (!ensureBrowsers(['chromium'])) return 2;
  const build = spawnSync('npx', ['vite', 'build', '--configLoader', 'runner', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) return build.status ?? 1;

  const server = await serveFolders(
    { '/': resolve(root, 'test/fixtures/demo') },
    { port: Number(process.env.PORT ?? 0) },
  );
  const articleUrl = `${server.url}/`;
  console.log(`demo article: ${articleUrl}  (Chinese: ${server.url}/zh.html)`);
  const browser = await launchChromium(resolve(root, 'dist/chrome'), { headless, width: 1280, height: 860 });
  const page = await browser.newPage(articleUrl);

  if (!headless) {
    console.log(
      'Chromium is open with ClaimLens loaded: hover a marked figure, or click the toolbar icon. Ctrl+C to quit.',
    );
    await new Promise<void>((done) => {
      process.once('SIGINT', done);
      process.once('SIGTERM', done);
    });
    await browser.close();
    await server.close();
    return 0;
  }

  const marks = await waitFor('ClaimLens marks', async () => {
    const found = await drawnMarks(page);
    return found.length > 0 ? found : undefined;
  });
  const first = marks.find((m) => m.text.includes('380')) ?? marks[0]!;
  await page.mouseMove(first.rect.x + first.rect.width / 2, first.rect.y + first.rect.height / 2);
  await waitFor('the hover card', () => openCard(page));
  await new Promise((r) => setTimeout(r, 300));
  mkdirSync(resolve(root, 'out'), { recursive: true });
  const shot = resolve(root, 'out/demo.png');
  await page.screenshot(shot);

  const report = (await reportOf(browser, await tabIdOf(browser, articleUrl))) as PageReport;
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const rows = [['figure on page', 'verdict', 'claim', 'recorded', 'sources']];
  for (const { annotation } of report.marks) {
    const claim = claims.get(annotation.claim.id);
    rows.push([
      annotation.text,
      annotation.verdict,
      annotation.claim.id,
      `${annotation.claim.value} ${annotation.claim.unit ?? annotation.claim.kind}`,
      claim ? claim.sources.map((s) => s.publisher).join('; ') : '',
    ]);
  }
  console.log(
    `\nClaimLens on the demo article: ${report.marks.length} marks, ${report.stats.figures} figures in ${report.stats.blocks} blocks, ${report.stats.ms} ms\n`,
  );
  console.log(table(rows));
  for (const claim of report.claims) {
    console.log(`\n${claim.id}: ${claim.statement.en}  [${claim.dataset.name} ${claim.dataset.version}]`);
    for (const s of claim.sources)
      console.log(`  - ${s.publisher}${s.published ? ` (${s.published})` : ''}: ${s.title}\n    ${s.url}`);
  }
  console.log(`\nscreenshot with the card open: ${shot}`);
  const errors = page.errors;
  await browser.close();
  await server.close();
  if (errors.length > 0) {
    console.error(`page errors:\n${errors.join('\n')}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`claimlens start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
