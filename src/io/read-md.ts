// Markdown with optional front matter (title, date, url or source_url). The text is the body after the
// front matter, and offsets index that body (it is what documents[].text keeps).
//
// The front matter is cut out here and only its YAML (or JSON) is parsed, with gray-matter's
// safe YAML loader. gray-matter itself is not run on the file: it evaluates `---js` front
// matter as JavaScript (a Markdown file could run code) and strips comments with a regular
// expression that is quadratic on blank lines.
import matter from 'gray-matter';
import type { SourceDocument } from '../model/extraction.js';
import { InputError } from './read-bytes.js';
import { parseDate } from './dates.js';

/** Front-matter fields that give the document's address, first found wins. */
const URL_FIELDS = ['url', 'source_url', 'canonical_url'] as const;

/** Front matter above this size is refused: it is metadata, not a document. */
export const MAX_FRONT_MATTER = 256 * 1024;

const yaml = (matter as unknown as { engines: { yaml: { parse: (text: string) => unknown } } }).engines.yaml;

export interface FrontMatter {
  data: Record<string, unknown>;
  /** The body after the front matter (the whole text when there is none). */
  content: string;
}

/** Splits `---` front matter from the body (gray-matter's delimiting: the block ends at "\n---"). */
export function splitFrontMatter(source: string): FrontMatter {
  if (!source.startsWith('---') || source.charAt(3) === '-') return { data: {}, content: source };
  const rest = source.slice(3);
  const eol = rest.search(/\r?\n/);
  const language = (eol < 0 ? rest : rest.slice(0, eol)).trim().toLowerCase();
  if (language !== '' && language !== 'yaml' && language !== 'yml' && language !== 'json') {
    throw new InputError(`front matter in "${language.slice(0, 20)}" is not supported (YAML or JSON only)`);
  }
  const body = eol < 0 ? '' : rest.slice(eol);
  const close = body.indexOf('\n---');
  const block = close < 0 ? body : body.slice(0, close);
  if (block.length > MAX_FRONT_MATTER)
    throw new InputError(`front matter too long (${block.length} characters > ${MAX_FRONT_MATTER})`);
  let content = close < 0 ? '' : body.slice(close + 4);
  if (content.startsWith('\r')) content = content.slice(1);
  if (content.startsWith('\n')) content = content.slice(1);
  const meaningful = block.split('\n').some((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  let data: unknown = {};
  if (meaningful) {
    try {
      data = language === 'json' ? JSON.parse(block) : yaml.parse(block);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      throw new InputError(`invalid front matter (${message.split('\n')[0]})`);
    }
  }
  return {
    data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
    content,
  };
}

/** The first ATX heading ("# Title"), found line by line (no backtracking regular expression). */
function firstHeading(content: string): string | undefined {
  for (const line of content.split(/\r\n|[\n\r\u2028\u2029]/)) {
    const lead = /^[ \t]*#[ \t]+/.exec(line);
    if (!lead) continue;
    let end = line.length;
    while (end > lead[0].length && (line[end - 1] === ' ' || line[end - 1] === '\t' || line[end - 1] === '#')) end--;
    const heading = line.slice(lead[0].length, end);
    if (heading !== '') return heading;
  }
  return undefined;
}

export function readMarkdown(id: string, source: string): SourceDocument {
  const { data, content } = splitFrontMatter(source);
  if (content.trim() === '') throw new InputError('empty document (no text after the front matter)');
  const doc: SourceDocument = { id, text: content };
  const title = data.title;
  if (typeof title === 'string' || typeof title === 'number') doc.title = String(title).trim();
  else {
    const heading = firstHeading(content);
    if (heading) doc.title = heading;
  }
  const date = parseDate(data.date);
  if (date) doc.date = date;
  // Scrapers and site generators name the address differently ("source_url" in the White House readouts).
  for (const field of URL_FIELDS) {
    const url = data[field];
    if (typeof url === 'string' && url.trim() !== '') {
      doc.url = url.trim();
      break;
    }
  }
  return doc;
}
