// Given names: evidence that a capitalised pair is a person ("Riyad Haddad"), and the
// transliteration variants that are one name (Sergei = Sergey, Andrei = Andrey).

import { formalGivenName } from './nicknames.js';

/** Variant -> canonical spelling used in keys. */
const VARIANTS: Array<[string, string[]]> = [
  ['sergei', ['sergey', 'serguei', 'sergej', 'serhiy']],
  ['andrei', ['andrey', 'andrej', 'andriy']],
  ['dmitry', ['dmitri', 'dmitriy', 'dimitri', 'dmytro']],
  ['alexei', ['alexey', 'aleksei', 'aleksey', 'alexej']],
  ['yuri', ['yury', 'yuriy', 'iouri', 'jurij']],
  ['nikolai', ['nikolay', 'nicolai', 'mykola']],
  ['alexander', ['aleksandr', 'alexandr', 'oleksandr']],
  ['yevgeny', ['evgeny', 'evgeni', 'yevgeni', 'yevgeniy', 'evgeniy']],
  ['gennady', ['gennadi', 'gennadiy']],
  ['vitaly', ['vitali', 'vitaliy']],
  ['anatoly', ['anatoli', 'anatoliy']],
  ['georgy', ['georgi', 'georgiy']],
  ['arkady', ['arkadi', 'arkadiy']],
  ['vasily', ['vasili', 'vasiliy', 'vassily']],
  ['valery', ['valeri', 'valeriy']],
  ['grigory', ['grigori', 'grigoriy']],
  ['mikhail', ['mikhael']],
  ['maxim', ['maksim']],
  ['ilya', ['ilia']],
  ['muammar', ['moammar', 'moamer', 'muamar']],
  ['mohammed', ['muhammad', 'mohammad', 'mohamed', 'muhammed', 'mohamad']],
  ['abdullah', ['abdallah', 'abdulla']],
  ['hussein', ['husain', 'hussain', 'husayn']],
  ['osama', ['usama']],
  ['gaddafi', ['qaddafi', 'kadhafi', 'gadhafi', 'qadhafi']],
];

const CANONICAL = new Map<string, string>();
for (const [canon, variants] of VARIANTS) for (const v of variants) CANONICAL.set(v, canon);

export function canonicalGivenName(lower: string): string {
  return CANONICAL.get(lower) ?? lower;
}

/** Common given names across the regions news covers (lower case). */
const NAMES = `
john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond
jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold keith
christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert
willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen
amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan
cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail
julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte
rose alexis kayla hillary condoleezza madeleine colin dick mike tony gordon nick boris theresa angela tom ted ban
kofi javier boutros hans jacques francois françois nicolas emmanuel jean-marc jean-claude jean-pierre jean-yves
gerhard helmut joschka frank-walter olaf wolfgang otto klaus heinz guido silvio romano giulio matteo mario enrico
giuseppe sergio jose-maria jose-luis felipe carlos luis manuel pedro miguel juan-carlos fidel raul hugo nicolas
evo lula dilma jair cristina nestor mauricio alberto alvaro andres gustavo ernesto
vladimir sergei dmitry andrei alexei yuri nikolai alexander yevgeny gennady vitaly anatoly georgy arkady vasily
valery grigory mikhail maxim ilya boris igor oleg viktor victor pavel ivan leonid konstantin ramzan vladislav
petro volodymyr viktor leonid arseniy yulia mykhailo lech donald jaroslaw andrzej vaclav milos slobodan vojislav
recep ahmet abdullah mevlut tayyip bulent binali hakan ekrem kemal
bashar hafez walid riyad riad faisal fahd salman mohammed hamad tamim khalifa zayed abdel hosni anwar gamal
yasser mahmoud ismail khaled ali hassan hussein saddam tariq nouri haider ayad masoud jalal muqtada ayatollah
hassan ahmad mahmoud akbar javad mohammad ebrahim hamid ashraf nawaz benazir imran pervez asif shehbaz
narendra manmohan atal sonia rahul indira rajiv jawaharlal
xi hu jiang deng zhou wen li wang zhang chen liu yang zhao huang song shinzo junichiro yoshihide fumio naoto
yoshiko taro kim moon park roh lee chung
benjamin ehud ariel shimon yitzhak golda menachem naftali yair avigdor tzipi
nelson jacob thabo cyril robert emmerson olusegun goodluck muhammadu paul yoweri uhuru william jomo
kevin malcolm scott julia anthony john helen jacinda
`;

export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  NAMES.split(/\s+/)
    .filter(Boolean)
    .flatMap((n) => [n, canonicalGivenName(n)]),
);

export function isGivenName(word: string): boolean {
  const lower = word.toLowerCase();
  // Nicknames of given names count too ("Bibi Netanyahu", "Liz Truss"), except those that are
  // also common words and start sentences ("Will Putin agree?").
  return (
    GIVEN_NAMES.has(lower) || CANONICAL.has(lower) || (formalGivenName(lower) !== lower && !NICKNAME_WORDS.has(lower))
  );
}

const NICKNAME_WORDS = new Set(['will', 'don', 'rich', 'drew', 'sue', 'ray', 'rob', 'ed', 'len', 'ned', 'mick', 'meg']);
