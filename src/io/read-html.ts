// HTML: the main text of the page (Readability, on a linkedom DOM), not its menus and footers.
// Block elements become paragraphs separated by a blank line; offsets index that text, which
// is what documents[].text keeps.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { SourceDocument } from '../model/extraction.js';
import { InputError } from './read-bytes.js';
import { parseDate } from './dates.js';

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Elements nested deeper than this are read without Readability, whose work grows with depth. */
export const MAX_READABILITY_DEPTH = 200;

/** The deepest element nesting under `root` (iterative: hostile pages nest 100,000 deep). */
export function nestingDepth(root: DomNode): number {
  let max = 0;
  const stack: Array<[DomNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i]!;
      if (child.nodeType === 1) stack.push([child, depth + 1]);
    }
  }
  return max;
}

/**
 * Visible text of an element, one paragraph per block element, whitespace collapsed. Walked
 * with an explicit stack, not recursion: a page of deeply nested elements must not overflow it.
 */
export function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = current
      .split('\n')
      .map((line) => line.replace(/[ \t\r\f\v]+/g, ' ').trim())
      .filter((line) => line !== '')
      .join('\n');
    if (text !== '') paragraphs.push(text);
    current = '';
  };
  // Work items: a node to enter, or the end of a block element (flush after its children).
  const stack: Array<{ node: DomNode; pre: boolean } | 'end-block'> = [{ node: root, pre: false }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === 'end-block') {
      flush();
      continue;
    }
    const { node, pre } = item;
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      current += pre ? t : t.replace(/[ \t\r\n\f\v]+/g, ' ');
      continue;
    }
    if (node.nodeType !== 1 || SKIP.has(node.nodeName)) continue;
    if (node.nodeName === 'BR') {
      current += '\n';
      continue;
    }
    const block = BLOCKS.has(node.nodeName);
    if (block) {
      flush();
      stack.push('end-block');
    }
    const inPre = pre || node.nodeName === 'PRE';
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push({ node: node.childNodes[i]!, pre: inPre });
  }
  flush();
  return paragraphs.join('\n\n');
}

function meta(document: Document, selectors: string[], attr: string): string | undefined {
  for (const s of selectors) {
    const value = document.querySelector(s)?.getAttribute(attr)?.trim();
    if (value) return value;
  }
  return undefined;
}

export function readHtml(id: string, html: string): SourceDocument {
  try {
    return readHtmlUnchecked(id, html);
  } catch (err) {
    if (err instanceof InputError) throw err;
    // A page built to break the parser (nesting that overflows a recursive walk) is skipped
    // like any unreadable input, never allowed to end the run.
    throw new InputError(`cannot read the HTML (${err instanceof Error ? err.message : String(err)})`);
  }
}

function readHtmlUnchecked(id: string, html: string): SourceDocument {
  // linkedom builds no <body> for a bare fragment ("<p>...</p>"): give it one.
  const page = /<(html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(page) as unknown as { document: Document };
  // Read the metadata first: Readability rewrites the document it is given.
  const headTitle = document.querySelector('title')?.textContent.trim() || undefined;
  const date = parseDate(
    meta(
      document,
      [
        'meta[property="article:published_time"]',
        'meta[name="date"]',
        'meta[itemprop="datePublished"]',
        'meta[name="pubdate"]',
      ],
      'content',
    ) ?? meta(document, ['time[datetime]'], 'datetime'),
  );
  const url =
    meta(document, ['link[rel="canonical"]'], 'href') ?? meta(document, ['meta[property="og:url"]'], 'content');
  // linkedom's document is not a browser's: nothing promises it a <body>.
  const body = document.body as HTMLElement | null;
  const fallback = body ? blockText(body) : '';
  const heading = document.querySelector('h1')?.textContent.trim() || undefined;

  let text = '';
  let title: string | undefined;
  try {
    if (body && nestingDepth(body) > MAX_READABILITY_DEPTH) throw new Error('too deep for Readability');
    const article = new Readability(document, { charThreshold: 200 }).parse();
    if (article?.content) {
      const { document: content } = parseHTML(
        `<!doctype html><html><body>${article.content}</body></html>`,
      ) as unknown as { document: Document };
      text = blockText(content.body);
      title = article.title?.trim() || undefined;
      // "Site | Headline": the page's own headline is the better title when it is part of it.
      if (heading && title && title !== heading && title.includes(heading)) title = heading;
    }
  } catch {
    // Readability gives up on some pages; the whole body is the fallback below.
  }
  if (text.trim() === '') text = fallback;
  if (text.trim() === '') throw new InputError('no text found in the HTML');
  const doc: SourceDocument = { id, text };
  const t = title ?? headTitle;
  if (t) doc.title = t;
  if (date) doc.date = date;
  if (url) doc.url = url;
  return doc;
}
