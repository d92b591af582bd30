import { createReadStream, existsSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin, Rolldown } from 'vite';
import { defineConfig } from 'vitest/config';
import { EXTRACTOR_BLOCK_ID } from './src/io/write-html.js';

const GRAPH_DATA = resolve(import.meta.dirname, 'graph-data');

/** Serves graph-data/ at /graph-data/ in `vite` and `vite preview` (never copied into the build). */
function graphData(): Plugin {
  const serve = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const url = decodeURIComponent((req.url ?? '').split('?')[0]!);
    const file = resolve(GRAPH_DATA, `.${url}`);
    if (!file.startsWith(GRAPH_DATA + sep) || !existsSync(file) || !statSync(file).isFile()) {
      next();
      return;
    }
    res.setHeader(
      'Content-Type',
      file.endsWith('.json')
        ? 'application/json'
        : file.endsWith('.gexf')
          ? 'application/xml'
          : 'text/plain; charset=utf-8',
    );
    createReadStream(file).pipe(res);
  };
  return {
    name: 'diplograph:graph-data',
    configureServer: (server) => void server.middlewares.use('/graph-data', serve),
    configurePreviewServer: (server) => void server.middlewares.use('/graph-data', serve),
  };
}

/** The page (index.html) among a build's outputs. */
function pageOf(bundle: Rolldown.OutputBundle): Rolldown.OutputAsset | undefined {
  const html = Object.values(bundle).find((f) => f.type === 'asset' && f.fileName.endsWith('.html'));
  return html?.type === 'asset' ? html : undefined;
}

/** Code that can sit inside a <script> element: no "</script" can end it early. */
const scriptSafe = (code: string) => code.replace(/<\/script/gi, '<\\/script');

/**
 * One self-contained web/dist/index.html: the entry script and stylesheet are inlined, so the
 * page works from file:// (browsers refuse module scripts from disk) and the HTML export can
 * carry it whole. The layout worker starts from a blob, so it needs no file either.
 */
function singleFile(): Plugin {
  return {
    name: 'diplograph:single-file',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = pageOf(bundle);
        if (!html) return;
        let page = String(html.source);
        for (const [name, file] of Object.entries(bundle)) {
          if (file.type === 'chunk') {
            const tag = new RegExp(
              `<script\\b[^>]*\\bsrc="[^"]*${file.fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*></script>`,
            );
            if (!tag.test(page)) continue;
            const code = scriptSafe(file.code);
            page = page.replace(tag, () => `<script type="module">${code}</script>`);
            // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- how Rollup drops an emitted file
            delete bundle[name];
          } else if (file.fileName.endsWith('.css')) {
            const tag = new RegExp(
              `<link\\b[^>]*\\bhref="[^"]*${file.fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`,
            );
            if (!tag.test(page)) continue;
            const css = String(file.source).replace(/<\/style/gi, '<\\/style');
            page = page.replace(tag, () => `<style>${css}</style>`);
            // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- how Rollup drops an emitted file
            delete bundle[name];
          }
        }
        html.source = page;
      },
    },
  };
}

/**
 * The in-browser extractor (web/src/extractor.ts, with its models about three quarters of the
 * viewer's code) built apart, as one self-contained ES module, and carried in the page as an
 * inert `<script type="text/plain">` block: the page stays one file, but opening a graph no
 * longer parses and compiles the extractor; the paste panel imports the block's text from a blob
 * URL when someone pastes. Standalone exports are read-only and drop the block (src/io/write-html.ts).
 */
function extractorBlock(): Plugin {
  return {
    name: 'diplograph:extractor-block',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const html = pageOf(bundle);
        if (!html) return;
        const { build } = await import('vite');
        const built = await build({
          configFile: false,
          root: resolve(import.meta.dirname, 'web'),
          logLevel: 'warn',
          build: {
            write: false,
            modulePreload: false,
            rolldownOptions: {
              input: resolve(import.meta.dirname, 'web/src/extractor.ts'),
              preserveEntrySignatures: 'exports-only',
              output: { codeSplitting: false },
            },
          },
        });
        const outputs = (Array.isArray(built) ? built : [built]) as { output: { type: string; code?: string }[] }[];
        const chunks = outputs.flatMap((o) => o.output).filter((f) => f.type === 'chunk');
        if (chunks.length !== 1 || !chunks[0]!.code) throw new Error(`extractor build: ${chunks.length} chunks`);
        const code = scriptSafe(chunks[0]!.code);
        const page = String(html.source);
        const end = page.lastIndexOf('</body>');
        if (end < 0) throw new Error('extractor block: the page has no </body>');
        const block = `<script type="text/plain" id="${EXTRACTOR_BLOCK_ID}">${code}</script>\n`;
        html.source = page.slice(0, end) + block + page.slice(end);
      },
    },
  };
}

/**
 * sigma's published build spreads objects with Babel's `_objectSpread2` helper, which defines each
 * property one by one (`Object.defineProperty` over `ownKeys`). sigma spreads a state object for
 * every item it indexes or restyles, so on 100k edges the helper and the garbage it leaves were
 * about half of a filter's script time and a fifth of the first frame's. Its plain-object uses
 * are what `Object.assign` does natively; the build swaps the helper's body for it.
 */
function nativeSpreadInSigma(): Plugin {
  const helper = /function _objectSpread2\(e\) \{\n[\s\S]*?\n\}\n/;
  let patched = false;
  return {
    name: 'diplograph:sigma-native-spread',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]sigma[\\/]/.test(id) || !helper.test(code)) return null;
      patched = true;
      const native = [
        'function _objectSpread2(e) {',
        '  for (var r = 1; r < arguments.length; r++) if (arguments[r] != null) Object.assign(e, arguments[r]);',
        '  return e;',
        '}',
        '',
      ].join('\n');
      return { code: code.replace(helper, () => native), map: null };
    },
    buildEnd() {
      if (!patched) this.warn('sigma no longer ships the _objectSpread2 helper: nothing patched');
    },
  };
}

export default defineConfig({
  root: 'web',
  base: './',
  plugins: [graphData(), singleFile(), extractorBlock(), nativeSpreadInSigma()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: () => true,
    cssCodeSplit: false,
    modulePreload: false,
    chunkSizeWarningLimit: 4096,
    rolldownOptions: { output: { codeSplitting: false } },
  },
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173) },
  preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4173) },
  test: {
    root: '.',
    include: ['test/**/*.test.ts'],
    // The CLI tests run the compiled command, as users do: build dist/ once first.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: browser tests each start Chromium, so files run one or two at a time.
    maxWorkers: 2,
  },
});
