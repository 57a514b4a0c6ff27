/**
 * One `vite build` makes both extensions: the pages and the background as ES modules (client
 * environment), the content script as one small classic IIFE (content environment: content scripts
 * cannot be modules), the page engine it imports on demand as one self-contained ES module (engine
 * environment: a web-accessible resource, so no chunks of its own), then the two manifests.
 * dist/chrome and dist/firefox hold the same files but the manifest.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { manifestFor } from './scripts/manifest';
import { privacyPageHtml } from './scripts/privacy-page';
import { readDatasets } from './src/cli/datasets-fs';
import { compileDatasets } from './src/core/claims/compile';
import { openccConverter } from './src/platform/opencc-converter';
import { aliasesOf, hintWords } from './src/core/claims/subject-test';

const root = import.meta.dirname;
const chromeDir = resolve(root, 'dist/chrome');
const firefoxDir = resolve(root, 'dist/firefox');
const VIRTUAL_INDEX = 'virtual:claims-index';
const VIRTUAL_HINT = 'virtual:claims-hint';
const VIRTUAL_IDS = 'virtual:claims-ids';
const VIRTUAL_DATASETS = 'virtual:claims-datasets';

/**
 * Validates every bundled dataset and hands the compiled index to the engine's bundle, and the hint
 * words of its subjects to the content script's; a bad dataset fails the build.
 */
function claimsIndexPlugin(): Plugin {
  // read and compiled once per build, for both virtual modules
  let read: ReturnType<typeof readDatasets> | undefined;
  let index: Promise<ReturnType<typeof compileDatasets>> | undefined;
  const datasets = () => {
    read ??= readDatasets([resolve(root, 'data/claims')]).then((result) => {
      if (result.errors.length > 0) throw new Error(`Invalid claims dataset:\n${result.errors.join('\n')}`);
      return result;
    });
    return read.then((result) => result.datasets);
  };
  const compiled = () => {
    // the converter runs here, at build time: the bundles get its answers, never its data
    index ??= datasets().then((datasets) => compileDatasets(datasets, openccConverter()));
    return index;
  };
  return {
    name: 'claimlens:claims-index',
    resolveId(id) {
      return [VIRTUAL_INDEX, VIRTUAL_HINT, VIRTUAL_IDS, VIRTUAL_DATASETS].includes(id)
        ? `\0${id}`
        : undefined;
    },
    async load(id) {
      if (id === `\0${VIRTUAL_IDS}`) {
        // every claim id of the bundled datasets (figureless claims too), for the options page's import
        const ids = (await datasets()).map((d) => ({
          id: d.id,
          label: `the bundled dataset “${d.name}”`,
          claimIds: d.claims.map((c) => c.id),
          // for the popup's list of datasets in use
          name: d.name,
          version: d.version,
        }));
        return `export default ${JSON.stringify(ids)};`;
      }
      if (id === `\0${VIRTUAL_DATASETS}`) {
        // the validated datasets themselves, for the options page's claim form (its subjects and claims)
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(await datasets()))});`;
      }
      if (id === `\0${VIRTUAL_HINT}`) {
        return `export default ${JSON.stringify(hintWords(aliasesOf([await compiled()])))};`;
      }
      if (id !== `\0${VIRTUAL_INDEX}`) return undefined;
      // JSON.parse of a string literal is faster to start than the same data as an object literal
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(await compiled()))});`;
    },
  };
}

/** The message keys the engine's card uses; its bundle carries only these. */
const CONTENT_MESSAGE_PREFIXES = ['card', 'verdict', 'rating', 'approx', 'unit', 'direction'];

/**
 * Bundled `_locales` catalogues without what only translators read (descriptions, examples); the
 * engine gets just its card's strings. The files in public/_locales stay whole for the browser.
 */
function lean18nPlugin(): Plugin {
  return {
    name: 'claimlens:lean-i18n',
    enforce: 'pre',
    transform(code, id) {
      if (!/_locales[\\/][^\\/]+[\\/]messages\.json$/.test(id)) return undefined;
      const catalog = JSON.parse(code) as Record<
        string,
        { message: string; placeholders?: Record<string, { content: string }> }
      >;
      const forContent = this.environment.name === 'engine';
      const lean: Record<string, unknown> = {};
      for (const [key, entry] of Object.entries(catalog)) {
        if (forContent && !CONTENT_MESSAGE_PREFIXES.some((prefix) => key.startsWith(prefix))) continue;
        const placeholders = entry.placeholders
          ? Object.fromEntries(
              Object.entries(entry.placeholders).map(([name, p]) => [name, { content: p.content }]),
            )
          : undefined;
        lean[key] = placeholders ? { message: entry.message, placeholders } : { message: entry.message };
      }
      return { code: JSON.stringify(lean), map: null };
    },
  };
}

/** The content script and its engine get the browsers' own promise API instead of the polyfill (native-browser.ts says why). */
function nativeBrowserInContentPlugin(): Plugin {
  return {
    name: 'claimlens:native-browser-in-content',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'content' || environment.name === 'engine',
    resolveId(source) {
      return source === 'webextension-polyfill' ? resolve(root, 'src/platform/native-browser.ts') : undefined;
    },
  };
}

/** The privacy policy, docs/PRIVACY.md, as privacy.html in the package (the options page links to it). */
function privacyPagePlugin(): Plugin {
  return {
    name: 'claimlens:privacy-page',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle() {
      const markdown = readFileSync(resolve(root, 'docs/PRIVACY.md'), 'utf8');
      this.emitFile({ type: 'asset', fileName: 'privacy.html', source: privacyPageHtml(markdown) });
    },
  };
}

function writeManifests(): void {
  const source = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8'));
  const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  writeFileSync(
    resolve(chromeDir, 'manifest.json'),
    `${JSON.stringify(manifestFor(source, 'chrome', version), null, 2)}\n`,
  );
  rmSync(firefoxDir, { recursive: true, force: true });
  mkdirSync(firefoxDir, { recursive: true });
  cpSync(chromeDir, firefoxDir, { recursive: true });
  writeFileSync(
    resolve(firefoxDir, 'manifest.json'),
    `${JSON.stringify(manifestFor(source, 'firefox', version), null, 2)}\n`,
  );
}

export default defineConfig({
  root: resolve(root, 'src/entries'),
  publicDir: resolve(root, 'public'),
  plugins: [
    preact(),
    claimsIndexPlugin(),
    lean18nPlugin(),
    nativeBrowserInContentPlugin(),
    privacyPagePlugin(),
  ],
  build: {
    outDir: chromeDir,
    target: ['chrome120', 'firefox128'],
    // extension pages load from the package: no modulepreload polyfill, no inline scripts (CSP)
    modulePreload: false,
    sourcemap: false,
    reportCompressedSize: false,
  },
  builder: {
    async buildApp(builder) {
      await builder.build(builder.environments.client!);
      await builder.build(builder.environments.content!);
      await builder.build(builder.environments.engine!);
      writeManifests();
    },
  },
  environments: {
    client: {
      build: {
        emptyOutDir: true,
        rolldownOptions: {
          input: {
            popup: resolve(root, 'src/entries/popup.html'),
            options: resolve(root, 'src/entries/options.html'),
            background: resolve(root, 'src/entries/background.ts'),
          },
          output: {
            entryFileNames: '[name].js',
            chunkFileNames: 'chunks/[name]-[hash].js',
            assetFileNames: 'assets/[name]-[hash][extname]',
          },
        },
      },
    },
    content: {
      consumer: 'client',
      build: {
        emptyOutDir: false,
        copyPublicDir: false,
        rolldownOptions: {
          input: resolve(root, 'src/entries/content.ts'),
          output: { format: 'iife', entryFileNames: 'content.js' },
        },
      },
    },
    engine: {
      consumer: 'client',
      build: {
        emptyOutDir: false,
        copyPublicDir: false,
        rolldownOptions: {
          input: resolve(root, 'src/entries/engine.ts'),
          // its lazily loaded parts (recognizer, matcher, message schemas) stay in the one file,
          // evaluated when first imported
          output: { format: 'es', entryFileNames: 'engine.js', codeSplitting: false },
          // the content script calls startEngine(); nothing else may be dropped as unused
          preserveEntrySignatures: 'exports-only',
        },
      },
    },
  },
});
