// relations: roles from title chains and appositions.
//   "Russian Foreign Minister Sergei Lavrov"           -> Lavrov  role "Foreign Minister"  -> Russia
//   "Kremlin spokesman Dmitry Peskov"                  -> Peskov  role "spokesman"         -> Russia
//   "the Syrian Ambassador to Moscow, Riyad Haddad"    -> Haddad  role "Ambassador"        -> Syria (host Russia)
//   "The President of the National Strategy Institute, Mikhail Remizov" -> role "President" -> the institute
//   "Jack Straw, the British foreign secretary, said"  -> apposition after the name
import type { Mention, Span } from '../model/extraction.js';
import { DESCRIPTIVE_HEADS, GOVERNMENT_HEADS, HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles.js';
import type { Resolution } from './resolve.js';
import { covering, lastBefore, within } from './spans.js';
import { tokenAt, type Token } from './tokens.js';

export interface Role {
  person: string;
  target: string;
  title: string;
  host?: string;
  /** The sentence-level span that states it (the chain and the name). */
  span: Span;
}

export interface RoleContext {
  text: string;
  tokens: Token[];
  res: Resolution;
  /** State of the dateline ("PEKING, April 9 -"): unqualified government titles act for it. */
  datelineState?: string;
}

const CHAIN_GLUE = new Set(['of', 'to', 'the', 'and', 'for', ',', 'on']);
const isTitleToken = (t: Token) => TITLE_HEADS.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || HONORIFICS.has(t.lower);

interface Segment {
  from: number; // token index
  to: number; // exclusive
}

/** Title string of a segment: the title words around its first head ("Secretary of State", "deputy head"). */
function titleOf(tokens: readonly Token[], seg: Segment): { title: string; headIndex: number } | undefined {
  let head = -1;
  // "a deputy to Afghanistan's president, Hamid Karzai": after a possessive, its head is the title.
  let from = seg.from;
  for (let k = seg.to - 1; k > seg.from; k--) {
    if ((tokens[k]!.lower === "'s" || tokens[k]!.lower === '’s') && tokens.slice(k + 1, seg.to).some((t) => TITLE_HEADS.has(t.lower))) {
      from = k + 1;
      break;
    }
  }
  for (let k = from; k < seg.to; k++) {
    if (TITLE_HEADS.has(tokens[k]!.lower)) {
      head = k;
      break;
    }
  }
  if (head < 0) return undefined;
  let a = head;
  while (a - 1 >= seg.from && isTitleToken(tokens[a - 1]!) && !['the', 'of', 'and', 'for', 'to', 'on'].includes(tokens[a - 1]!.lower)) a--;
  let b = head + 1;
  // Extend over further title words ("Foreign Minister", "Secretary of State").
  for (;;) {
    const t = tokens[b];
    if (!t || b >= seg.to) break;
    if (t.lower === 'of' && tokens[b + 1]?.lower === 'state' && b + 1 < seg.to) {
      b += 2;
      continue;
    }
    if ((TITLE_HEADS.has(t.lower) || TITLE_MODIFIERS.has(t.lower)) && !CHAIN_GLUE.has(t.lower) && t.cap === tokens[head]!.cap) {
      b++;
      continue;
    }
    break;
  }
  const words = tokens.slice(a, b).map((t) => t.text);
  return { title: words.join(' ').replace(/\s+-\s+/g, '-'), headIndex: b - 1 };
}

export function findRoles(ctx: RoleContext): Role[] {
  const { tokens, res } = ctx;
  const roles: Role[] = [];
  const persons = res.sorted.items.filter((m) => m.kind === 'person' && (m.form === 'name' || m.form === 'surname'));
  // States, bodies and groups can stand in a chain ("the Palestinian leader, Mahmoud Abbas").
  const bodies = res.sorted.items.filter((m) => m.kind !== 'person');
  const roleOfPerson = new Map<string, Role>();
  for (const p of persons) {
    const personKey = res.keyOf.get(p)!;
    const i = tokenAt(tokens, p.start);
    // Walk back over the chain: title words, glue and state/organisation mentions.
    let a = i;
    let possessor: Mention | undefined;
    // Chains are short: a bounded walk keeps the stage linear.
    for (let k = i - 1; k >= 0 && i - k <= 48; k--) {
      const t = tokens[k]!;
      if (!t.word && /[.;:!?"“”()]/.test(t.text)) break;
      const inMention = covering(bodies, t.start);
      if (inMention) {
        k = tokenAt(tokens, inMention.start);
        a = k;
        continue;
      }
      if (isTitleToken(t) || CHAIN_GLUE.has(t.lower) || (t.text === '-' && tokens[k - 1]?.end === t.start)) {
        a = k;
        continue;
      }
      // "Russia's foreign minister", "the BBC's political editor": the possessor is in the chain.
      if ((t.lower === "'s" || t.lower === '’s') && k > 0 && covering(bodies, tokens[k - 1]!.start)) {
        a = k;
        continue;
      }
      // "Putin's spokesman, Dmitry Peskov": a person's aide acts for the person's state.
      if ((t.lower === "'s" || t.lower === '’s') && k > 0 && i - k <= 4) {
        const boss = covering(persons, tokens[k - 1]!.start);
        if (boss) possessor = boss;
      }
      break;
    }
    const chain = { from: a, to: i };
    // Apposition after the name: "Jack Straw, the British foreign secretary, said".
    const after: Segment[] = [];
    const pEnd = tokenAt(tokens, p.end);
    // ", who is (also) parliamentary leader," reads like an apposition.
    const whoIs = tokens[pEnd + 1]?.lower === 'who' && ['is', 'was'].includes(tokens[pEnd + 2]?.lower ?? '') ? (tokens[pEnd + 3]?.lower === 'also' ? 3 : 2) : 0;
    if (tokens[pEnd]?.text === ',' && (whoIs > 0 || ['the', 'a', 'an'].includes(tokens[pEnd + 1]?.lower ?? ''))) {
      let b = pEnd + 1 + whoIs;
      while (b < tokens.length && !/[,.;:!?"“”()]/.test(tokens[b]!.text) && b - pEnd < 14) b++;
      // An apposition is closed by a comma: ", the king's son has traveled to Beijing" is not one.
      if (tokens[b]?.text === ',' && tokens.slice(pEnd + 1 + whoIs, b).some((t) => TITLE_HEADS.has(t.lower))) after.push({ from: pEnd + 1 + whoIs, to: b });
    }
    const segments: Segment[] = [];
    let s = chain.from;
    for (let k = chain.from; k <= chain.to; k++) {
      if (k === chain.to || tokens[k]!.text === ',') {
        if (k > s) segments.push({ from: s, to: k });
        s = k + 1;
      }
    }
    // "The BBC's Paul Reynolds": a news outlet's own journalist.
    const possessive = tokens[i - 1];
    const outlet = possessive && (possessive.lower === "'s" || possessive.lower === '’s') && i >= 2 ? covering(bodies, tokens[i - 2]!.start) : undefined;
    if (outlet?.subtype === 'media') {
      const key = res.keyOf.get(outlet);
      if (key) roles.push({ person: personKey, target: key, title: 'correspondent', span: { start: outlet.start, end: p.end } });
    }
    for (const seg of [...segments, ...after]) {
      const title = titleOf(tokens, seg);
      if (!title) continue;
      const headLower = tokens[title.headIndex]!.lower;
      const inSeg = within(bodies, tokens[seg.from]!.start, tokens[seg.to - 1]!.end);
      // "a Russian analyst" describes; "the BBC's political editor" holds a post at the BBC.
      if (DESCRIPTIVE_HEADS.has(headLower) && !HONORIFICS.has(headLower) && !inSeg.some((m) => m.kind === 'organisation')) continue;
      const headStart = tokens[title.headIndex]!.start;
      const before = inSeg.filter((m) => m.end <= headStart);
      const afterHead = inSeg.filter((m) => m.start > headStart);
      let target: Mention | undefined;
      let host: Mention | undefined;
      const prepAfter = tokens[title.headIndex + 1]?.lower;
      if (headLower === 'ambassador' || headLower === 'envoy' || headLower === 'consul') {
        target = before[before.length - 1];
        if (prepAfter === 'to' || prepAfter === 'in') host = afterHead[0];
        if (!target && prepAfter === 'of') target = afterHead[0];
      } else {
        // "of/to/for X" after the head names the body ("President of the Institute");
        // otherwise the modifier in front ("Russian Foreign Minister", "Kremlin spokesman").
        target = afterHead[afterHead.length - 1] && ['of', 'to', 'for', 'at'].includes(prepAfter ?? '') ? afterHead[afterHead.length - 1] : before[before.length - 1];
        if (!target && afterHead.length > 0 && seg.from >= pEnd) target = afterHead[afterHead.length - 1];
      }
      let targetKey = target ? res.keyOf.get(target) : undefined;
      if (!targetKey && possessor && seg.from === chain.from && GOVERNMENT_HEADS.has(headLower)) {
        const bossKey = res.keyOf.get(possessor)!;
        const bossCountry = roleOfPerson.get(bossKey)?.target ?? (res.entities.get(bossKey)?.country ? `state:${res.entities.get(bossKey)!.country}` : undefined);
        if (bossCountry?.startsWith('state:')) targetKey = bossCountry;
      }
      if (!targetKey && GOVERNMENT_HEADS.has(headLower)) {
        // "Russian Foreign Minister Sergei Lavrov and President Vladimir Putin": the country carries over.
        const prevTok = tokens[seg.from];
        const coordinated = prevTok?.lower === 'and' || tokens[seg.from - 1]?.lower === 'and';
        if (coordinated) {
          const prevPerson = lastBefore(persons, tokens[seg.from]!.start, () => true);
          const prevRole = prevPerson && roleOfPerson.get(res.keyOf.get(prevPerson)!);
          if (prevRole && prevRole.target.startsWith('state:') && tokens[seg.from]!.start - prevPerson!.end < 8) targetKey = prevRole.target;
        }
        const entity = res.entities.get(personKey);
        if (!targetKey && entity?.country) targetKey = `state:${entity.country}`;
        if (!targetKey && ctx.datelineState) targetKey = `state:${ctx.datelineState}`;
      }
      if (!targetKey || !res.entities.has(targetKey) && !targetKey.startsWith('state:')) continue;
      if (targetKey === personKey) continue;
      const role: Role = {
        person: personKey,
        target: targetKey,
        title: title.title.replace(/^(?:the|a|an)\s+/i, ''),
        span: { start: tokens[seg.from]!.start, end: Math.max(p.end, tokens[seg.to - 1]!.end) },
      };
      const hostKey = host ? res.keyOf.get(host) : undefined;
      if (hostKey && hostKey !== targetKey) role.host = hostKey;
      roles.push(role);
      if (!roleOfPerson.has(personKey) || targetKey.startsWith('state:')) roleOfPerson.set(personKey, role);
    }
  }
  // Sorted by where they are stated: title references search them backwards.
  return roles.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
