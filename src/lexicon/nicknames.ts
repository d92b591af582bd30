// English nicknames and spelling variants of given names: one person is "Joe Biden" in one
// readout and "Joseph R. Biden Jr." in the next. Source: compiled by hand for this project from
// the common English hypocorisms (no list was copied); no npm package keeps such a list without
// pulling in a language-processing library. Only forms that point to a single formal name are
// here: "Chris" (Christopher or Christine), "Alex", "Sam", "Pat", "Jo" are not, and
// resolve/merge match such short forms by prefix instead (lexicon/person-names.ts).

/** Formal name -> its nicknames and spelling variants (lower case), each line an example of use. */
export const NICKNAMES: ReadonlyArray<readonly [formal: string, variants: readonly string[]]> = [
  ['joseph', ['joe', 'joey']], // Joe Biden = Joseph R. Biden Jr.
  ['william', ['bill', 'billy', 'will', 'willy']], // Bill Clinton = William J. Clinton
  ['james', ['jim', 'jimmy']], // Jim Clyburn = James Clyburn
  ['elizabeth', ['liz', 'lizzie', 'beth', 'betty', 'betsy']], // Liz Truss = Elizabeth Truss
  ['benjamin', ['ben', 'benny', 'bibi']], // Bibi Netanyahu = Benjamin Netanyahu
  ['robert', ['bob', 'bobby', 'rob', 'robbie']], // Bob Menendez = Robert Menendez
  ['richard', ['dick', 'rick', 'ricky', 'rich']], // Dick Cheney = Richard Cheney
  ['michael', ['mike', 'mikey', 'mick']], // Mike Pompeo = Michael Pompeo
  ['thomas', ['tom', 'tommy']], // Tom Vilsack = Thomas Vilsack
  ['anthony', ['tony', 'antony']], // Tony Blinken = Antony Blinken
  ['charles', ['charlie', 'chuck']], // Chuck Schumer = Charles Schumer
  ['edward', ['ed', 'eddie', 'ted', 'teddy', 'ned']], // Ted Kennedy = Edward Kennedy
  ['daniel', ['dan', 'danny']], // Dan McKee = Daniel McKee
  ['david', ['dave']], // Dave Obey = David Obey
  ['stephen', ['steve', 'steven', 'stevie']], // Steve Scalise = Stephen Scalise
  ['andrew', ['andy', 'drew']], // Andy Beshear = Andrew Beshear
  ['nicholas', ['nick', 'nicky', 'nicolas']], // Nick Clegg = Nicholas Clegg
  ['matthew', ['matt']], // Matt Gaetz = Matthew Gaetz
  ['timothy', ['tim', 'timmy']], // Tim Walz = Timothy Walz
  ['kenneth', ['ken', 'kenny']], // Ken Graham = Kenneth Graham
  ['gregory', ['greg']], // Greg Meeks = Gregory Meeks
  ['jeffrey', ['jeff']], // Jeff Zients = Jeffrey Zients
  ['geoffrey', ['geoff']],
  ['joshua', ['josh']], // Josh Geltzer = Joshua Geltzer
  ['jennifer', ['jen', 'jenn', 'jenny']], // Jen Klein = Jennifer Klein
  ['margaret', ['maggie', 'peggy', 'meg']],
  ['patricia', ['patty', 'trish']],
  ['deborah', ['deb', 'debbie', 'debra']], // Deb Haaland = Debra Haaland
  ['rebecca', ['becky']],
  ['susan', ['sue', 'susie']],
  ['philip', ['phil', 'phillip']], // Phil Gordon = Philip Gordon
  ['lawrence', ['larry']],
  ['raymond', ['ray']],
  ['ronald', ['ron', 'ronnie']], // Ron Klain = Ronald Klain
  ['donald', ['don', 'donny']],
  ['douglas', ['doug']],
  ['frederick', ['fred', 'freddie']],
  ['walter', ['walt']],
  ['leonard', ['len', 'lenny']],
  ['peter', ['pete']], // Pete Buttigieg = Peter Buttigieg
  ['vincent', ['vince']],
  ['zachary', ['zach', 'zack']],
  ['gabriel', ['gabe']],
  ['martin', ['marty']], // Marty Walsh = Martin Walsh
  ['mitchell', ['mitch']], // Mitch McConnell = Addison Mitchell McConnell
  ['jacob', ['jake']], // Jake Sullivan
  ['victoria', ['vicky', 'vickie']],
  ['barbara', ['barb']],
  ['pamela', ['pam']],
  ['cynthia', ['cindy']],
  ['dennis', ['denis']], // Denis McDonough, often misspelt Dennis
];

const FORMAL = new Map<string, string>();
for (const [formal, variants] of NICKNAMES) for (const v of variants) FORMAL.set(v, formal);

/**
 * The formal name a nickname or variant stands for ("joe" -> "joseph"), else the name itself (lower
 * case in, lower case out).
 */
export function formalGivenName(lower: string): string {
  return FORMAL.get(lower) ?? lower;
}
