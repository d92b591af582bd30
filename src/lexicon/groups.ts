// Groups: peoples, movements and factions that act in the news without being a state or a
// formal organisation. Generic nominals ("the rebels") are groups only when tied to a
// country or movement (extract/mentions.ts).
import type { LexiconEntry } from './entry.js';

const GROUPS: Array<[string, string[]]> = [
  ['Kurds', ['Kurdish', 'Kurd']],
  ['Palestinians', ['Palestinian']],
  ['Turkish Cypriots', ['Turkish Cypriot']],
  ['Islamists', ['Islamist']],
  ['Sunnis', ['Sunni']],
  ['Shiites', ['Shiite', "Shi'ites", "Shi'ite", 'Shia']],
  ['Alawites', ['Alawite']],
  ['Druze', []],
  ['Tamils', ['Tamil', 'Tamil Tigers']],
  ['Uighurs', ['Uighur', 'Uyghurs', 'Uyghur']],
  ['Pashtuns', ['Pashtun']],
  ['Chechens', ['Chechen']],
  ['Tibetans', ['Tibetan']],
  ['Rohingya', []],
  ['Yazidis', ['Yazidi']],
  ['Mujahideen', ['mujahideen', 'Mujahedeen']],
  ['Jihadists', ['jihadists', 'Jihadist']],
  ['Zionists', []],
];

export const GROUP_ENTRIES: readonly LexiconEntry[] = GROUPS.flatMap(([name, aliases]) =>
  [name, ...aliases].map((n): LexiconEntry => ({
    name: n,
    kind: 'group',
    form: n === name ? 'name' : 'demonym',
    canonical: name,
  })),
);

/** Generic nominals that become groups when a country is attached: "Syrian rebels". */
export const TIED_GROUP_NOUNS = [
  'rebels',
  'opposition',
  'insurgents',
  'militants',
  'separatists',
  'guerrillas',
  'protesters',
  'dissidents',
  'militant groups',
  'armed groups',
  'rebel groups',
  'opposition groups',
  'rebel forces',
  'opposition forces',
] as const;
