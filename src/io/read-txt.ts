// Plain text: the whole file is the text, so offsets index the file as it is on disk.
import type { SourceDocument } from '../model/extraction.js';

// A short first line followed by a blank line is a headline ("BAHIA COCOA REVIEW\n\n...").
const HEADLINE = /^[ \t]*([^\r\n]{1,300}?)[ \t]*\r?\n[ \t]*\r?\n/;

export function readTxt(id: string, text: string): SourceDocument {
  const doc: SourceDocument = { id, text };
  const m = HEADLINE.exec(text);
  if (m && m[1]!.trim() !== '') doc.title = m[1]!.trim();
  return doc;
}
