// Builds src/lexicon/cues-cameo.ts, the verb cue table of the stance engine, from PETRARCH2's
// CAMEO verb dictionary (../shared/dictionaries/CAMEO.2.0.txt, MIT, Open Event Data Alliance).
// Run with `npm run build:cues`. The project never reads ../shared at run time: the generated
// file is committed, and test/cues.test.ts checks that it is what this script writes.
//
// The dictionary (its header and PETRreader.read_verb_dictionary document it):
//   &NAME / +MEMBER          synonym sets ("synsets"); members get a plural unless the member or
//                            the set name ends in "_"; "_" inside a member joins words
//   ---  NAME   [code]  ---  a verb block; [code] is the default for its verbs ([---]: no event)
//   VERB {FORMS} [code]      a verb, its irregular forms ({} alone: no other form) and
//                            its own code; "+PUT_DOWN {+PUTS_DOWN ...}" is a multi-word verb, the
//                            word after "+" is the one that inflects
//   - before * after [code]  a pattern of the block, for every verb in it: "*" is the verb,
//                            {A B} a noun phrase (adjacent words, head last), (P X) a
//                            prepositional phrase, &SET a synset, "$" / "+" the source / target,
//                            "^" any noun phrase, A/B alternatives; [a:b] is a paired event (the
//                            subject does a to the object, the object b to the subject)
//   ~ ...                    verb transformations across clauses (not used here)
//
// What this script does on top of PETRARCH's reader:
// - regular forms follow English spelling (doubling: "hopped"; irregular verbs: "brought"; see
//   src/lexicon/inflect.ts) where PETRARCH only appends -s/-ed/-ing; they are added to the forms
//   a line lists too (it lists "cancelled", we add "canceled"), except after empty braces;
// - a form claimed by two blocks stays with the first (PETRARCH keeps the first too);
// - a pattern written twice in a block keeps its last code (PETRARCH overwrites);
// - patterns are flattened to our pattern syntax (see src/lexicon/stance-cues.ts): words in
//   order, adjacent words joined by "_", synsets by name, "$" "+" "^" slots; parentheses only
//   group words, so they are dropped; patterns naming an undefined synset are skipped.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pluralNoun, verbForms } from '../src/lexicon/inflect.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DICTIONARY = join(ROOT, '../shared/dictionaries/CAMEO.2.0.txt');
export const OUTPUT = join(ROOT, 'src/lexicon/cues-cameo.ts');

/**
 * Bare verb lines that are already inflected: they keep their own form and point to their
 * lemma instead of being inflected again ("BURNT" would give "burnted").
 */
const ALREADY_INFLECTED: Readonly<Record<string, string>> = {
  burnt: 'burn',
  deterring: 'deter',
  dispelling: 'dispel',
  forgave: 'forgive',
  forgiven: 'forgive',
  losing: 'lose',
  lost: 'lose',
  saw: 'see',
  touring: 'tour',
  understood: 'understand',
  worried: 'worry',
  overthrew: 'overthrow',
};

const AUXILIARIES = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had']);

interface Synset {
  name: string;
  members: string[];
}

interface Verb {
  lemma: string;
  forms: string[];
  code: string | undefined;
}

interface Block {
  name: string;
  code: string;
  verbs: Verb[];
  /** Pattern key (before * after) -> code; insertion order is first appearance. */
  patterns: Map<string, string>;
}

export interface CueTableStats {
  blocks: number;
  verbs: number;
  forms: number;
  patterns: number;
  synsets: number;
  synsetMembers: number;
  skipped: string[];
  formConflicts: string[];
}

const CODE_RE = /^(?:---|\d{2,4})?(?::(?:---|\d{2,4}))?$/;

function normaliseCode(raw: string, where: string): string {
  const code = raw.replace(/!/g, '').trim();
  if (!code || !CODE_RE.test(code)) throw new Error(`build-cues: bad code "[${raw}]" ${where}`);
  return code;
}

/** "&FIGHT_OF_WORDS" -> "fight-of-words": "_" joins words in our syntax, so names use "-". */
function synsetKey(label: string): string {
  return label.replace(/^&/, '').replace(/_+$/, '').toLowerCase().replace(/_/g, '-');
}

function readSynsets(lines: readonly string[]): Map<string, Synset> {
  const sets = new Map<string, Synset>();
  let current: { set: Synset; noPlural: boolean } | undefined;
  for (const line of lines) {
    if (line.startsWith('&')) {
      const label = line.split(/\s+/)[0]!;
      const set: Synset = { name: synsetKey(label), members: [] };
      sets.set(set.name, set);
      current = { set, noPlural: label.endsWith('_') };
    } else if (line.startsWith('+') && current) {
      const raw = line.slice(1).trim();
      const phrase = raw.toLowerCase().replace(/_+$/, '').replace(/_/g, ' ').trim();
      if (!phrase) continue;
      const { set, noPlural } = current;
      if (!set.members.includes(phrase)) set.members.push(phrase);
      // A final "s" is already a plural or a mass noun ("troops", "hostilities").
      if (!noPlural && !raw.endsWith('_') && !phrase.endsWith('s')) {
        const plural = pluralNoun(phrase);
        if (!set.members.includes(plural)) set.members.push(plural);
      }
    }
  }
  return sets;
}

/** "+PUT_DOWN" -> words and the index of the word that inflects. */
function multiWord(spec: string): { words: string[]; head: number } {
  const words = spec.toLowerCase().split('_').filter(Boolean);
  const head = Math.max(
    0,
    words.findIndex((w) => w.startsWith('+')),
  );
  return { words: words.map((w) => w.replace(/^\+/, '')), head };
}

function readVerb(line: string, where: string): Verb | undefined {
  let text = line;
  let code: string | undefined;
  const bracket = /\[([^\]]*)\]/.exec(text);
  if (bracket) {
    code = normaliseCode(bracket[1]!, where);
    text = text.slice(0, bracket.index) + text.slice(bracket.index + bracket[0].length);
  }
  const brace = /\{([^}]*)\}/.exec(text);
  const head = (brace ? text.slice(0, brace.index) : text).trim().split(/\s+/)[0];
  if (!head) return undefined;
  const given = brace ? brace[1]!.split(/[\s,]+/).filter(Boolean) : undefined;
  if (head.includes('_')) {
    const { words, head: at } = multiWord(head);
    const lemma = words.join(' ');
    // Empty braces ("+KILLED_AND {}") mean the form as written and no other.
    if (given && !given.length) return { lemma, forms: [lemma], code };
    const listed = (given ?? []).map((g) => multiWord(g).words.join(' '));
    // "+IS_DETERMINED {+WAS_DETERMINED ...}": an auxiliary does not inflect by rule.
    if (AUXILIARIES.has(words[at]!)) return { lemma, forms: [...new Set([lemma, ...listed])], code };
    const regular = verbForms(words[at]!).map((f) => words.map((w, i) => (i === at ? f : w)).join(' '));
    return { lemma, forms: [...new Set([lemma, ...listed, ...regular])], code };
  }
  const word = head.toLowerCase().replace(/^\+/, '');
  const lemma = ALREADY_INFLECTED[word];
  if (lemma) return { lemma, forms: [word], code };
  if (given && !given.length) return { lemma: word, forms: [word], code };
  // Listed forms first, then ours: the dictionary lists "cancelled" but not "canceled", "withdrew"
  // but not "withdrawn".
  const forms = [word, ...(given ?? []).map((g) => g.toLowerCase()), ...verbForms(word)];
  return { lemma: word, forms: [...new Set(forms)], code };
}

/** One CAMEO pattern side -> our tokens, or undefined when it names an undefined synset. */
function patternTokens(side: string, synsets: ReadonlyMap<string, Synset>): string[][] | undefined {
  // Parentheses only group; braces make one phrase of adjacent words.
  const raw = side.replace(/[()]/g, ' ').replace(/\{/g, ' { ').replace(/\}/g, ' } ').trim();
  const out: string[][] = [];
  let phrase: string[] | undefined;
  for (const word of raw.split(/\s+/).filter(Boolean)) {
    if (word === '{') {
      phrase = [];
      continue;
    }
    if (word === '}') {
      if (phrase?.length) out.push([phrase.join('_')]);
      phrase = undefined;
      continue;
    }
    // Each alternative of "BY/WITH" gives a token; a slot stands alone.
    const alternatives: string[] = [];
    for (const alt of word.split('/').filter(Boolean)) {
      if (alt === '$' || alt === '+' || alt === '^') alternatives.push(alt);
      else if (alt === '%') alternatives.push('^');
      else {
        const parts = resolveParts(alt, synsets);
        if (!parts) return undefined;
        alternatives.push(parts.join('_'));
      }
    }
    if (!alternatives.length) continue;
    if (phrase) phrase.push(alternatives[0]!);
    else out.push(alternatives);
  }
  if (phrase?.length) out.push([phrase.join('_')]);
  return out;
}

/** "FIGHTER_&AIRCRAFT" -> ["fighter", "&aircraft"]; "&FIGHT_OF_WORDS" -> ["&fight-of-words"]. */
function resolveParts(word: string, synsets: ReadonlyMap<string, Synset>): string[] | undefined {
  const parts = word.split('_').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!part.startsWith('&')) {
      out.push(part.toLowerCase());
      continue;
    }
    // The longest run of parts that names a synset: "&FIGHT_OF_WORDS" before "&FIGHT".
    let found = -1;
    for (let j = parts.length; j > i; j--) {
      if (synsets.has(synsetKey(parts.slice(i, j).join('_')))) {
        found = j;
        break;
      }
    }
    if (found < 0) return undefined;
    out.push('&' + synsetKey(parts.slice(i, found).join('_')));
    i = found - 1;
  }
  return out;
}

function product(lists: readonly string[][]): string[][] {
  let acc: string[][] = [[]];
  for (const list of lists) acc = acc.flatMap((prefix) => list.map((x) => [...prefix, x]));
  return acc;
}

/** A CAMEO pattern line -> our pattern keys ("before * after") and its code. */
function readPattern(
  line: string,
  synsets: ReadonlyMap<string, Synset>,
  where: string,
): { keys: string[]; code: string } | string {
  const codes = [...line.matchAll(/\[([^\]]*)\]/g)];
  const last = codes.at(-1);
  if (!last) return `no code ${where}`;
  const code = normaliseCode(last[1]!, where);
  // Legacy forms glue the verb to a word ("*_LAWS", "SPY_*_DEAL").
  const body = line
    .slice(1, last.index)
    .replace(/_?\*_?/g, ' * ')
    .replace(/_ /g, ' ');
  const sides = body.split('*');
  if (sides.length !== 2) return `no single "*" ${where}`;
  const before = patternTokens(sides[0]!, synsets);
  const after = patternTokens(sides[1]!, synsets);
  if (!before || !after) return `undefined synset ${where}`;
  const keys = product([...before, ['*'], ...after]).map((tokens) => tokens.join(' '));
  return { keys, code };
}

interface Parsed {
  synsets: Map<string, Synset>;
  blocks: Block[];
  skipped: string[];
}

function parseDictionary(text: string): Parsed {
  const raw = text.split(/\r?\n/);
  const lines = raw.map((l, i) => ({ text: l.replace(/#.*$/, '').trimEnd(), no: i + 1 }));
  const split = raw.findIndex((l) => /^#+ VERB PATTERNS/.test(l));
  if (split < 0) throw new Error('build-cues: no "####### VERB PATTERNS" section in the dictionary');
  const synsets = readSynsets(lines.slice(0, split).map((l) => l.text.trim()));
  const blocks: Block[] = [];
  const skipped: string[] = [];
  let block: Block | undefined;
  for (const { text: line, no } of lines.slice(split + 1)) {
    if (!line.trim()) continue;
    const where = `at line ${no}`;
    if (line.startsWith('---')) {
      const name = line
        .replace(/^-+\s*/, '')
        .split(/[\s[]+/)[0]!
        .toLowerCase();
      const code = /\[([^\]]*)\]/.exec(line);
      block = { name, code: code ? normaliseCode(code[1]!, where) : '---', verbs: [], patterns: new Map() };
      blocks.push(block);
    } else if (line.startsWith('~')) {
      continue;
    } else if (!block) {
      throw new Error(`build-cues: "${line.trim()}" before the first verb block ${where}`);
    } else if (line.startsWith('-')) {
      const pattern = readPattern(line, synsets, where);
      if (typeof pattern === 'string') {
        skipped.push(`${pattern}: ${line.trim()}`);
        continue;
      }
      for (const key of pattern.keys) {
        block.patterns.set(key, pattern.code);
      }
    } else {
      const verb = readVerb(line, where);
      if (!verb) continue;
      const same = block.verbs.find((v) => v.lemma === verb.lemma);
      if (same) {
        for (const f of verb.forms) if (!same.forms.includes(f)) same.forms.push(f);
        same.code ??= verb.code;
      } else block.verbs.push(verb);
    }
  }
  return { synsets, blocks, skipped };
}

/** The MIT notice of the dictionary's own header, as comment lines. */
function licenceNotice(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => /^#\s*The MIT License/.test(l));
  const end = lines.findIndex((l, i) => i > start && /SOFTWARE\.\s*$/.test(l));
  if (start < 0 || end < 0) throw new Error('build-cues: the dictionary header has no MIT licence notice');
  return lines.slice(start, end + 1).map((l) => `//${l.replace(/^#/, '').trimEnd()}`);
}

function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Strings joined by "|" in quoted chunks of at most `width` characters, one chunk a line. */
function packed(items: readonly string[], indent: string, width = 100): string {
  const chunks: string[] = [];
  let chunk = '';
  for (const item of items) {
    if (chunk && chunk.length + item.length + 1 > width) {
      chunks.push(chunk + '|');
      chunk = '';
    }
    chunk = chunk ? `${chunk}|${item}` : item;
  }
  chunks.push(chunk);
  return chunks.map((c) => indent + quote(c)).join(' +\n');
}

interface Lemma {
  lemma: string;
  forms: string[];
  /** Blocks that list the verb, the one that gives its code first. */
  blocks: string[];
  code: string;
}

/**
 * Verbs by lemma over all blocks. A verb listed in several blocks takes the patterns of all of
 * them and its code from the block named after it ("ABANDON [080]", not "EVACUATE"), else from
 * the first. A form two lemmas claim ("found": find, found) stays with the first.
 */
function collectLemmas(blocks: readonly Block[]): { lemmas: Lemma[]; formConflicts: string[] } {
  const byLemma = new Map<string, { forms: string[]; listed: { block: Block; code: string | undefined }[] }>();
  for (const block of blocks) {
    for (const verb of block.verbs) {
      const entry = byLemma.get(verb.lemma) ?? { forms: [], listed: [] };
      byLemma.set(verb.lemma, entry);
      for (const f of verb.forms) if (!entry.forms.includes(f)) entry.forms.push(f);
      if (!entry.listed.some((l) => l.block === block)) entry.listed.push({ block, code: verb.code });
    }
  }
  const owner = new Map<string, string>();
  const formConflicts: string[] = [];
  const lemmas: Lemma[] = [];
  for (const [lemma, { forms, listed }] of byLemma) {
    const own = forms.filter((f) => {
      const first = owner.get(f);
      if (first === undefined) owner.set(f, lemma);
      else if (first !== lemma) formConflicts.push(`${f}: ${first}, not ${lemma}`);
      return first === undefined;
    });
    if (!own.length) continue;
    const namesake = listed.find((l) => l.block.name === lemma.replace(/ /g, '_'));
    const primary = namesake ?? listed[0]!;
    const blocksInOrder = [primary, ...listed.filter((l) => l !== primary)].map((l) => l.block.name);
    lemmas.push({ lemma, forms: own, blocks: [...new Set(blocksInOrder)], code: primary.code ?? primary.block.code });
  }
  return { lemmas, formConflicts };
}

/** The generated module's text and what went into it. Pure: same text in, same bytes out. */
export function buildCueTableWithStats(dictText: string): { source: string; stats: CueTableStats } {
  const { synsets, blocks, skipped } = parseDictionary(dictText);
  // Block names are unique in the dictionary; a repeated one would merge its patterns.
  const patternsByBlock = new Map<string, Map<string, string>>();
  for (const block of blocks) {
    const into = patternsByBlock.get(block.name) ?? new Map<string, string>();
    for (const [key, code] of block.patterns) into.set(key, code);
    patternsByBlock.set(block.name, into);
  }
  const { lemmas, formConflicts } = collectLemmas(blocks);
  const used = new Set(lemmas.flatMap((l) => l.blocks));
  const patternLines: string[] = [];
  let patternCount = 0;
  for (const [name, patterns] of patternsByBlock) {
    if (!used.has(name) || !patterns.size) continue;
    patternCount += patterns.size;
    patternLines.push(`  ${quote(name)}: [`);
    for (const [key, code] of patterns) patternLines.push(`    ${quote(`${key} [${code}]`)},`);
    patternLines.push('  ],');
  }
  // The lemma first, then its other forms; the code; the blocks whose patterns apply.
  const verbLines = lemmas.map((l) => {
    const forms = [l.lemma, ...l.forms.filter((f) => f !== l.lemma)].join('|');
    return `  [${quote(forms)}, ${quote(l.code)}, ${quote(l.blocks.join(' '))}],`;
  });
  const synsetLines = [...synsets.values()].map(
    (s) => `  ${/^[a-z]\w*$/.test(s.name) ? s.name : quote(s.name)}:\n${packed(s.members, '    ')},`,
  );
  const source = [
    "// Generated by scripts/build-cues.ts from PETRARCH2's CAMEO verb dictionary (CAMEO.2.0.txt): do not",
    '// edit; change the script (or add to src/lexicon/cue-additions.ts) and run `npm run build:cues`.',
    '//',
    '// The verbs and patterns are data of the Open Event Data Alliance, under the MIT licence of the',
    '// dictionary, whose notice follows:',
    '//',
    ...licenceNotice(dictText),
    '//',
    '// Read through src/lexicon/stance-cues.ts. A verb row is [forms, code, blocks]: "lemma|form|...",',
    '// its CAMEO code ("---": no event), and the blocks whose patterns apply to it. A pattern is',
    '// "before * after [code]" in the syntax stance-cues.ts documents; "a:b" is a paired event.',
    '',
    'export type CameoVerb = readonly [forms: string, code: string, blocks: string];',
    '',
    '/** Synonym sets by name: member phrases joined by "|" (plurals included). */',
    'export const CAMEO_SYNSETS: Readonly<Record<string, string>> = {',
    ...synsetLines,
    '};',
    '',
    '/** Patterns by verb block. */',
    'export const CAMEO_PATTERNS: Readonly<Record<string, readonly string[]>> = {',
    ...patternLines,
    '};',
    '',
    'export const CAMEO_VERBS: readonly CameoVerb[] = [',
    ...verbLines,
    '];',
    '',
  ].join('\n');
  const stats: CueTableStats = {
    blocks: used.size,
    verbs: lemmas.length,
    forms: lemmas.reduce((n, l) => n + l.forms.length, 0),
    patterns: patternCount,
    synsets: synsets.size,
    synsetMembers: [...synsets.values()].reduce((n, s) => n + s.members.length, 0),
    skipped,
    formConflicts,
  };
  return { source, stats };
}

/** The generated module's text for a dictionary's text. */
export function buildCueTable(dictText: string): string {
  return buildCueTableWithStats(dictText).source;
}

function main(): void {
  const { source, stats } = buildCueTableWithStats(readFileSync(DICTIONARY, 'utf8'));
  writeFileSync(OUTPUT, source);
  const kb = (Buffer.byteLength(source) / 1024).toFixed(0);
  process.stdout.write(
    `build-cues: ${stats.blocks} blocks, ${stats.verbs} verbs, ${stats.forms} forms, ${stats.patterns} patterns, ` +
      `${stats.synsets} synsets (${stats.synsetMembers} members), ${kb} KB -> src/lexicon/cues-cameo.ts\n` +
      `build-cues: ${stats.skipped.length} patterns skipped, ` +
      `${stats.formConflicts.length} forms kept by an earlier lemma\n`,
  );
  for (const s of stats.skipped) process.stdout.write(`  skipped ${s}\n`);
  for (const c of stats.formConflicts) process.stdout.write(`  form ${c}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
