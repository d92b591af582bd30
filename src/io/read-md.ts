// Markdown with optional front matter (title, date, url). The text is the body after the
// front matter, and offsets index that body (it is what documents[].text keeps).
import matter from 'gray-matter';
import type { SourceDocument } from '../model/extraction.js';
import { InputError } from './read-bytes.js';
import { parseDate } from './dates.js';

export function readMarkdown(id: string, source: string): SourceDocument {
  let parsed: { data: Record<string, unknown>; content: string };
  try {
    // Passing options turns off gray-matter's cache, which would keep every body of a corpus.
    parsed = matter(source, {});
  } catch (err) {
    throw new InputError(`invalid front matter (${(err as Error).message.split('\n')[0]})`);
  }
  const { data, content } = parsed;
  if (content.trim() === '') throw new InputError('empty document (no text after the front matter)');
  const doc: SourceDocument = { id, text: content };
  const title = data.title;
  if (typeof title === 'string' || typeof title === 'number') doc.title = String(title).trim();
  else {
    const heading = /^[ \t]*#[ \t]+(.+?)[ \t#]*$/m.exec(content);
    if (heading) doc.title = heading[1]!;
  }
  const date = parseDate(data.date);
  if (date) doc.date = date;
  if (typeof data.url === 'string' && data.url.trim() !== '') doc.url = data.url.trim();
  return doc;
}
