// `--actors FILE`: event-data actor dictionaries (PETRARCH / Phoenix format), loaded once per
// thread through the lexicon's `loadActorDictionary(path)` when the lexicon provides it.

import type { LexiconEntry } from '../lexicon/index.js';

type Actors = readonly LexiconEntry[];
const cache = new Map<string, Promise<Actors | undefined>>();

interface ActorsModule {
  loadActorDictionary?: (path: string) => Actors | Promise<Actors>;
}

/** The entries of an actor dictionary, or undefined while the lexicon has no loader. */
export function loadActors(path: string): Promise<Actors | undefined> {
  let loaded = cache.get(path);
  if (!loaded) {
    loaded = (async () => {
      // Resolved at run time: the loader lands in the lexicon separately from this module.
      const specifier = '../lexicon/actors.js';
      const mod = (await import(specifier).catch(() => undefined)) as ActorsModule | undefined;
      return mod?.loadActorDictionary ? await mod.loadActorDictionary(path) : undefined;
    })();
    cache.set(path, loaded);
  }
  return loaded;
}
