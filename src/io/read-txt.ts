// Plain text: the whole file is the text, so offsets index the file as it is on disk.
import type { SourceDocument } from '../model/extraction.js';

const MAX_HEADLINE = 300;
const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/**
 * A short first line followed by a blank line is a headline ("BAHIA COCOA REVIEW\n\n...").
 * Scanned by hand: the regular expression this replaces backtracked quadratically (times 300)
 * on a long first line of spaces.
 */
export function headline(text: string): string | undefined {
  const nl = text.indexOf('\n');
  if (nl < 0) return undefined;
  let end = nl > 0 && text[nl - 1] === '\r' ? nl - 1 : nl;
  let start = 0;
  while (start < end && isBlank(text[start])) start++;
  while (end > start && isBlank(text[end - 1])) end--;
  if (end === start || end - start > MAX_HEADLINE) return undefined;
  const line = text.slice(start, end);
  if (line.includes('\r')) return undefined;
  // The next line holds only spaces or tabs.
  let i = nl + 1;
  while (isBlank(text[i])) i++;
  if (text[i] === '\r') i++;
  if (text[i] !== '\n') return undefined;
  const title = line.trim();
  return title === '' ? undefined : title;
}

export function readTxt(id: string, text: string): SourceDocument {
  const doc: SourceDocument = { id, text };
  const title = headline(text);
  if (title) doc.title = title;
  return doc;
}
