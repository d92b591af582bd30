import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/index.js';
import { actorEntries, loadActorDictionary, parseActorDictionary } from '../src/lexicon/actors.js';

const PHOENIX = new URL('../../shared/dictionaries/Phoenix.Countries.actors.txt', import.meta.url);

describe('actor dictionaries (PETRARCH / Phoenix format)', () => {
  it('reads entries, synonyms and codes with dates', () => {
    const entries = parseActorDictionary(
      [
        '# comment',
        'SERGEY_LAVROV_  # CountryInfo.txt',
        '+SERGEI_LAVROV',
        '\t[RUSGOV 19940922-20040712] # Amb. to UN',
        '\t[RUSGOV >20040309]',
        'UN_ [IGOUNO]',
      ].join('\n'),
    );
    expect(entries).toEqual([
      { names: ['Sergey Lavrov', 'Sergei Lavrov'], codes: ['RUSGOV', 'RUSGOV'] },
      { names: ['Un'], codes: ['IGOUNO'] },
    ]);
    const lexicon = actorEntries(entries);
    expect(lexicon.filter((e) => e.kind === 'person').map((e) => `${e.name}>${e.canonical}:${e.country}`)).toEqual([
      'Sergey Lavrov>Sergey Lavrov:RU',
      'Sergei Lavrov>Sergey Lavrov:RU',
    ]);
  });

  it('gives people from the dictionary their country in an extraction', async () => {
    const actors = existsSync(PHOENIX)
      ? await loadActorDictionary(PHOENIX.pathname)
      : actorEntries(parseActorDictionary('SERGEY_IVANOV_\n\t[RUSGOV]\n'));
    const text = 'Sergey Ivanov met the delegation.';
    expect(extractDocument({ id: 'a', text }).entities.find((e) => e.kind === 'person')?.country).toBeUndefined();
    expect(extractDocument({ id: 'a', text }, { actors }).entities.find((e) => e.kind === 'person')?.country).toBe(
      'RU',
    );
  });

  it('names the file when it cannot be read', async () => {
    await expect(loadActorDictionary('no/such/actors.txt')).rejects.toThrow(/actors: cannot read no\/such\/actors.txt/);
  });
});
