// Standalone HTML (DESIGN.md §7): the viewer and the graph in one file that works from disk
// (file://) with no network request — what a report or an e-mail attachment can carry.
//
// The contract with the viewer (web/):
// - The template is the viewer build, `web/dist/index.html`. If the build left its scripts and
//   styles in separate files (./assets/…), they are inlined here: browsers refuse module
//   scripts from file://, so a standalone file must not load any.
// - The graph goes into `<script type="application/json" id="diplograph-data" data-readonly
//   data-name="…">…</script>`, the graph file JSON with `<`, `>`, `&`, U+2028 and U+2029
//   written as \u escapes, so a quote containing "</script>" cannot end the element. The viewer
//   loads it when present; `data-readonly` tells it the page is an export (no paste, no drop).
// - The built page carries the in-browser extractor as an inert `<script type="text/plain"
//   id="diplograph-extractor">` block, imported only when someone pastes text. A read-only export
//   cannot paste, so it goes without that block: about three quarters of the viewer's bytes.
// - A Content-Security-Policy meta forbids every network fetch from the page.
//
// `embedGraph` and `inlineAssets` are pure string functions (usable in the browser, where the
// viewer exports its own page); `writeStandaloneHtml` finds and reads the template in Node.
import { type DiploGraph, graphDocuments } from '../model/graph.js';
import { bytesToBase64 } from './base64.js';
import { serializeGraph } from './write-json.js';

export const EMBEDDED_DATA_ID = 'diplograph-data';
/** The id of the built viewer's inert block holding the extractor's code (vite.config.ts writes it). */
export const EXTRACTOR_BLOCK_ID = 'diplograph-extractor';

/** Where the viewer build lives, relative to the package root. */
export const VIEWER_TEMPLATE = 'web/dist/index.html';

/**
 * No fetch, no remote script, style, font or image: inline code and data: / blob: URLs only
 * (the layout worker may start from a blob).
 */
export const STANDALONE_CSP = [
  "default-src 'none'",
  "script-src 'unsafe-inline' blob:",
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  'font-src data:',
  'worker-src blob:',
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export interface HtmlOptions {
  /** The page title (default: the single document's title, else "diplograph"). */
  title?: string;
  /** A viewer template to use instead of the built one (tests, the viewer's own export). */
  template?: string;
  /** Mark the embedded graph read-only (default true). */
  readonly?: boolean;
}

/** Escapes text for HTML content or a double-quoted attribute. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON that can sit inside a <script> element: no "<", ">" or "&" outside of \u escapes. */
export function scriptSafeJson(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function defaultTitle(graph: DiploGraph): string {
  const docs = graphDocuments(graph);
  return docs.length === 1 && docs[0]!.title ? docs[0]!.title : 'diplograph';
}

/** A `<script>` element with id `id`, its body, and what `after` matches behind it. */
const scriptWithId = (id: string, after = '') =>
  new RegExp(`<script\\b[^>]*\\bid=["']?${id}["']?[^>]*>[\\s\\S]*?</script\\s*>${after}`, 'i');
const DATA_BLOCK = scriptWithId(EMBEDDED_DATA_ID);
/** The extractor's block with the rest of its line, so that dropping it leaves no blank line. */
const EXTRACTOR_BLOCK = scriptWithId(EXTRACTOR_BLOCK_ID, '[ \\t]*\\n?');

/**
 * The page with the text of every script, style and comment blanked out (same length), so that
 * searches for tags see markup only: a bundled viewer's code may well contain "</head>" or
 * "<title>" in a string, and editing there would break the script.
 */
function markupOnly(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, (c) => ' '.repeat(c.length))
    .replace(
      /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi,
      (_m, open: string, _n: string, body: string, close: string) => `${open}${' '.repeat(body.length)}${close}`,
    );
}

/** The first match of `re` in the markup (not in scripts, styles or comments). */
function findInMarkup(html: string, re: RegExp): { index: number; text: string } | undefined {
  const m = new RegExp(re.source, re.flags.replace('g', '')).exec(markupOnly(html));
  return m ? { index: m.index, text: html.slice(m.index, m.index + m[0].length) } : undefined;
}

/** Replaces every match of `re` in the markup; `replace` gets the original text and the match. */
function replaceInMarkup(html: string, re: RegExp, replace: (text: string, match: RegExpExecArray) => string): string {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const matches = [...markupOnly(html).matchAll(global)];
  let out = html;
  for (const m of matches.reverse()) {
    const end = m.index + m[0].length;
    out = out.slice(0, m.index) + replace(html.slice(m.index, end), m) + out.slice(end);
  }
  return out;
}

function insertAt(html: string, at: number, fragment: string): string {
  return `${html.slice(0, at)}${fragment}${html.slice(at)}`;
}

/** Puts `fragment` just before </head> (or at the top of the document when there is none). */
function intoHead(html: string, fragment: string): string {
  const head = findInMarkup(html, /<\/head\s*>/i);
  if (head) return insertAt(html, head.index, `${fragment}\n`);
  const body = findInMarkup(html, /<body\b/i);
  if (body) return insertAt(html, body.index, `<head>${fragment}</head>\n`);
  return `${fragment}\n${html}`;
}

/** The template with the graph inlined, the title set and network access forbidden. */
export function embedGraph(template: string, graph: DiploGraph, options: Omit<HtmlOptions, 'template'> = {}): string {
  const title = options.title ?? defaultTitle(graph);
  const readonly = options.readonly ?? true;
  const json = scriptSafeJson(serializeGraph(graph).trimEnd());
  const block =
    `<script type="application/json" id="${EMBEDDED_DATA_ID}"${readonly ? ' data-readonly="true"' : ''}` +
    ` data-name="${escapeHtml(title)}">${json}</script>`;

  let html = template;
  const existing = findInMarkup(html, DATA_BLOCK);
  html = existing
    ? `${html.slice(0, existing.index)}${block}${html.slice(existing.index + existing.text.length)}`
    : intoHead(html, block);

  const titleTag = `<title>${escapeHtml(title)}</title>`;
  const oldTitle = findInMarkup(html, /<title\b[^>]*>[\s\S]*?<\/title\s*>/i);
  html = oldTitle
    ? `${html.slice(0, oldTitle.index)}${titleTag}${html.slice(oldTitle.index + oldTitle.text.length)}`
    : intoHead(html, titleTag);

  // A read-only page cannot paste text: the extractor it would load is dead weight there.
  if (readonly) html = replaceInMarkup(html, EXTRACTOR_BLOCK, () => '');

  html = replaceInMarkup(html, /<meta\s+http-equiv=["']?content-security-policy["']?[^>]*>\s*/i, () => '');
  const csp = `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(STANDALONE_CSP)}">`;
  // The policy must come before any script: after the charset meta, else right after <head>.
  const charset = findInMarkup(html, /<meta\s+charset=[^>]*>/i);
  const head = findInMarkup(html, /<head\b[^>]*>/i);
  const anchor = charset ?? head;
  return anchor ? insertAt(html, anchor.index + anchor.text.length, `\n${csp}`) : `${csp}\n${html}`;
}

/** Reads a file of the viewer build by its path relative to the template; undefined if absent. */
export type AssetReader = (relativePath: string) => Uint8Array | undefined;

const isLocal = (url: string) =>
  !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url) && !url.startsWith('/') && !url.startsWith('#');
/** The value of attribute `name` in a tag: double-quoted, single-quoted or bare (one group matches). */
const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
};
/** "assets/./a/../bg.png?v=1" -> "assets/bg.png" (relative to the template's folder). */
function normalisePath(url: string): string {
  const parts: string[] = [];
  for (const part of url.replace(/[?#].*$/, '').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

const MIME: Record<string, string> = {
  woff2: 'font/woff2',
  woff: 'font/woff',
  ttf: 'font/ttf',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

/**
 * Inlines the local scripts and stylesheets a template refers to (Vite's ./assets/…), and the
 * fonts and images their CSS points at, as data: URLs; remote url()s in that CSS are emptied.
 * Module preloads are dropped.
 */
export function inlineAssets(html: string, read: AssetReader): string {
  const inlineCss = (css: string, base: string) =>
    css.replace(/url\(\s*(["']?)([^"')]+)\1\s*\)/g, (whole, _q: string, url: string) => {
      if (/^data:/i.test(url)) return whole;
      // A remote font or image would be a network request (the CSP blocks it): drop it.
      if (!isLocal(url)) return 'url(data:,)';
      const path = normalisePath(`${base}${url}`);
      const bytes = read(path);
      const mime = MIME[path.split('.').pop()!.toLowerCase()];
      return bytes && mime ? `url(data:${mime};base64,${bytesToBase64(bytes)})` : whole;
    });
  const dirOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '');

  let out = replaceInMarkup(html, /<script\b([^>]*)>\s*<\/script\s*>/i, (whole, m) => {
    const attrs = m[1] ?? '';
    const src = attr(attrs, 'src');
    if (!src || !isLocal(src)) return whole;
    const bytes = read(normalisePath(src));
    if (!bytes) return whole;
    const type = attr(attrs, 'type');
    // "</script" inside the code would end the element; "<\/script" means the same to JS.
    const code = decode(bytes).replace(/<\/(script)/gi, '<\\/$1');
    return `<script${type ? ` type="${escapeHtml(type)}"` : ''}>${code}</script>`;
  });
  out = replaceInMarkup(out, /<link\b[^>]*>/i, (tag) => {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase();
    const href = attr(tag, 'href');
    if (!href || !isLocal(href)) return tag;
    if (rel === 'modulepreload' || rel === 'preload' || rel === 'prefetch') return '';
    if (rel === 'stylesheet') {
      const path = normalisePath(href);
      const bytes = read(path);
      if (!bytes) return tag;
      return `<style>${inlineCss(decode(bytes), dirOf(path)).replace(/<\/(style)/gi, '<\\/$1')}</style>`;
    }
    if (rel === 'icon') {
      const path = normalisePath(href);
      const bytes = read(path);
      const mime = MIME[path.split('.').pop()!.toLowerCase()];
      return bytes && mime ? tag.replace(href, `data:${mime};base64,${bytesToBase64(bytes)}`) : '';
    }
    return tag;
  });
  return out;
}

type NodeFs = typeof import('node:fs');
type NodePath = typeof import('node:path');
type NodeUrl = typeof import('node:url');

function nodeModules(): { fs: NodeFs; path: NodePath; url: NodeUrl } {
  // process.getBuiltinModule (Node >= 20.16) keeps node:fs out of browser bundles.
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  if (!proc?.getBuiltinModule)
    throw new Error('write-html: reading the viewer template needs Node >= 20.16; pass `template` instead');
  return {
    fs: proc.getBuiltinModule('node:fs') as NodeFs,
    path: proc.getBuiltinModule('node:path') as NodePath,
    url: proc.getBuiltinModule('node:url') as NodeUrl,
  };
}

/**
 * The package root: the nearest folder above this module with diplograph's package.json
 * (src/io/ under vitest and tsx, dist/src/io/ when compiled).
 */
export function packageRoot(): string {
  const { fs, path, url } = nodeModules();
  let dir = path.dirname(url.fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      try {
        if ((JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name === 'diplograph') return dir;
      } catch {
        // not ours: keep climbing
      }
    }
    dir = path.dirname(dir);
  }
  throw new Error('write-html: cannot find the diplograph package root');
}

/** Reads a viewer template and inlines the assets beside it. */
export function loadViewerTemplate(templatePath?: string): string {
  const { fs, path } = nodeModules();
  const file = templatePath ?? path.join(packageRoot(), VIEWER_TEMPLATE);
  if (!fs.existsSync(file)) {
    throw new Error(
      `write-html: the viewer is not built (${VIEWER_TEMPLATE} is missing); run \`npx vite build\` first`,
    );
  }
  const dir = path.dirname(file);
  const read: AssetReader = (relative) => {
    const target = path.resolve(dir, relative);
    if (!target.startsWith(dir + path.sep)) return undefined; // never outside the build
    return fs.existsSync(target) && fs.statSync(target).isFile() ? fs.readFileSync(target) : undefined;
  };
  return inlineAssets(fs.readFileSync(file, 'utf8'), read);
}

/** The standalone HTML page: viewer template + graph. */
export function writeStandaloneHtml(graph: DiploGraph, options: HtmlOptions = {}): string {
  const template = options.template ?? loadViewerTemplate();
  return embedGraph(template, graph, options);
}
