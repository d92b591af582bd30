// Phrase keys: lower-case words joined by single spaces ("united arab emirates", "put down").
// The tables that find the longest phrase at a word (the gazetteer, the name typer's lists, the
// cue tables) walk the words one by one and stop as soon as their text begins no phrase.

/**
 * Adds to `prefixes` every text a longer phrase goes on from: `key` up to each space ("united",
 * "united arab") and, with `hyphens`, up to each hyphen too ("cease" of "cease-fire", for tables
 * that join a "-" token to its neighbours). Returns the phrase's number of words.
 */
export function addPhrasePrefixes(key: string, prefixes: Set<string>, hyphens = false): number {
  let words = 1;
  for (let j = 0; j < key.length; j++) {
    const c = key.charCodeAt(j);
    if (c === 32) words++;
    if (c === 32 || (hyphens && c === 45)) prefixes.add(key.slice(0, j));
  }
  return words;
}
