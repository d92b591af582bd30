// Page furniture: lines a web page or wire feed puts around an article that are not its text
// ("Follow Jane Doe on Twitter", photo credits, "Read more"). Names in them are not actors of the
// story, so the extractor skips them; the text itself is never changed (offsets stay valid).

/** A whole line that is furniture, each pattern with an example. Case does not matter. */
export const FURNITURE_LINES: ReadonlyArray<readonly [pattern: RegExp, example: string]> = [
  [
    /^(?:follow|like|find)\b.{0,60}\bon (?:twitter|x|facebook|instagram|linkedin|youtube|threads|bluesky|tiktok|telegram)\b.*$/i,
    'Follow Jane Doe on Twitter',
  ],
  [/^(?:follow|contact) (?:@\w+|us)\b.*$/i, 'Follow @janedoe for updates'],
  [/^(?:read|see|watch|listen) (?:more|also|next)\b.*$/i, 'Read more: Talks resume in Geneva'],
  [
    /^(?:related|more on this story|more from|also read|recommended|most read|top stories)\b\s*[:|-]?.*$/i,
    'Related: The summit in numbers',
  ],
  [
    /^(?:photo|photograph|picture|image|video|illustration)s?(?: credit| source| caption)?\s*[:(,-].*$/i,
    'Photo: John Smith/Reuters',
  ],
  [/^(?:photo|picture|image)s? by\b.*$/i, 'Photo by Jane Doe/AFP'],
  [/^(?:credit|source|caption)\s*:.*$/i, 'Credit: Getty Images'],
  [
    /^[\p{L} .'’-]{2,60}\s*\/\s*(?:afp|reuters|ap|getty images|epa|anadolu|xinhua|tass|bloomberg)(?: via getty images)?$/iu,
    'Jane Doe/AFP via Getty Images',
  ],
  [/^getty images$/i, 'Getty Images'],
  [
    /^(?:share|share this|share on|tweet|email|print|comments?|advertisement|sponsored)\b\s*(?:this (?:article|story|page))?\s*:?$/i,
    'Share this article',
  ],
  [/^(?:sign up|subscribe|click here|download (?:the|our) app)\b.*$/i, 'Sign up for our daily newsletter'],
  [/^(?:copyright|©)\s.*$/i, '© 2024 Example News. All rights reserved.'],
];

/** Furniture inside a line: a parenthesised photo credit, "(Photo: Jane Doe/AFP)". */
const INLINE_CREDIT = /\((?:photo|picture|image|video)s?(?: credit)?\s*:[^()\n]{0,120}\)/gi;

export interface FurnitureSpan {
  start: number;
  end: number;
}

/** Spans of `text` that are page furniture, in order. Lines over 200 characters are never furniture. */
export function furnitureSpans(text: string): FurnitureSpan[] {
  const out: FurnitureSpan[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const raw = text.slice(lineStart, lineEnd);
    const trimmed = raw.trim();
    if (trimmed.length > 0 && trimmed.length <= 200) {
      // Markdown and list decorations before the words: "**Read more:**", "- Photo: …".
      const bare = trimmed.replace(/^[#>*_\-–—•\s[]+/, '').replace(/[*_\]\s]+$/, '');
      if (FURNITURE_LINES.some(([re]) => re.test(bare))) out.push({ start: lineStart, end: lineEnd });
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  for (const m of text.matchAll(INLINE_CREDIT)) out.push({ start: m.index, end: m.index + m[0].length });
  return out.sort((a, b) => a.start - b.start);
}
