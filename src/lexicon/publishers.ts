// Publishers: a document published by a government speaks for its state. "President Biden"
// or "National Security Advisor Jake Sullivan" in a White House readout act for the United
// States, though the text never says so. The document's address (its `url`) names the publisher.

/** Web hosts of governments -> ISO code of the state. A host matches itself and its subdomains. */
export const GOVERNMENT_HOSTS: ReadonlyArray<readonly [host: string, state: string, example: string]> = [
  ['whitehouse.gov', 'US', 'https://www.whitehouse.gov/briefing-room/statements-releases/'],
  ['bidenwhitehouse.archives.gov', 'US', 'https://bidenwhitehouse.archives.gov/briefing-room/'],
  ['state.gov', 'US', 'https://www.state.gov/secretary-blinkens-call-with/'],
  ['usmission.gov', 'US', 'https://usun.usmission.gov/remarks-at-a-un-security-council-briefing/'],
  ['gov.uk', 'GB', 'https://www.gov.uk/government/news/pm-call-with-president-macron'],
  ['kremlin.ru', 'RU', 'http://en.kremlin.ru/events/president/news/'],
  ['mid.ru', 'RU', 'https://mid.ru/en/foreign_policy/news/'],
  ['government.ru', 'RU', 'http://government.ru/en/news/'],
  ['elysee.fr', 'FR', 'https://www.elysee.fr/en/emmanuel-macron/'],
  ['diplomatie.gouv.fr', 'FR', 'https://www.diplomatie.gouv.fr/en/french-foreign-policy/'],
  ['bundesregierung.de', 'DE', 'https://www.bundesregierung.de/breg-en/news/'],
  ['bundeskanzler.de', 'DE', 'https://www.bundeskanzler.de/bk-en/news/'],
  ['auswaertiges-amt.de', 'DE', 'https://www.auswaertiges-amt.de/en/newsroom/'],
  ['governo.it', 'IT', 'https://www.governo.it/en/articolo/'],
  ['esteri.it', 'IT', 'https://www.esteri.it/en/sala_stampa/'],
  ['lamoncloa.gob.es', 'ES', 'https://www.lamoncloa.gob.es/lang/en/presidente/news/'],
  ['fmprc.gov.cn', 'CN', 'https://www.fmprc.gov.cn/eng/xw/'],
  ['mea.gov.in', 'IN', 'https://www.mea.gov.in/press-releases.htm'],
  ['pmindia.gov.in', 'IN', 'https://www.pmindia.gov.in/en/news_updates/'],
  ['mofa.go.jp', 'JP', 'https://www.mofa.go.jp/press/release/'],
  ['kantei.go.jp', 'JP', 'https://japan.kantei.go.jp/101_kishida/actions/'],
  ['president.gov.ua', 'UA', 'https://www.president.gov.ua/en/news/'],
  ['pm.gc.ca', 'CA', 'https://www.pm.gc.ca/en/news/readouts/'],
  ['pm.gov.au', 'AU', 'https://www.pm.gov.au/media/'],
  ['gov.il', 'IL', 'https://www.gov.il/en/departments/news/'],
  ['tccb.gov.tr', 'TR', 'https://www.tccb.gov.tr/en/news/'],
];

/**
 * Domains only a government may register under -> ISO code of the state: any host ending in
 * one ("nasa.gov", "www.dfat.gov.au") is that government's.
 */
export const GOVERNMENT_DOMAINS: ReadonlyArray<readonly [suffix: string, state: string, example: string]> = [
  ['gov', 'US', 'https://www.defense.gov/News/Releases/'],
  ['mil', 'US', 'https://www.army.mil/article/'],
  ['gov.uk', 'GB', 'https://www.gov.uk/government/news/'],
  ['gc.ca', 'CA', 'https://www.international.gc.ca/news-nouvelles/'],
  ['gouv.fr', 'FR', 'https://www.diplomatie.gouv.fr/en/'],
  ['gov.au', 'AU', 'https://www.dfat.gov.au/news/'],
  ['govt.nz', 'NZ', 'https://www.beehive.govt.nz/release/'],
  ['gov.in', 'IN', 'https://www.mea.gov.in/'],
  ['go.jp', 'JP', 'https://www.mofa.go.jp/'],
  ['gov.cn', 'CN', 'https://english.www.gov.cn/news/'],
  ['go.kr', 'KR', 'https://www.mofa.go.kr/eng/'],
  ['gov.il', 'IL', 'https://www.gov.il/en/'],
  ['gov.ua', 'UA', 'https://mfa.gov.ua/en/news/'],
  ['gob.mx', 'MX', 'https://www.gob.mx/sre/prensa/'],
  ['gov.br', 'BR', 'https://www.gov.br/planalto/en/'],
  ['gob.es', 'ES', 'https://www.exteriores.gob.es/en/'],
  ['gov.za', 'ZA', 'https://www.dirco.gov.za/'],
  ['gov.sg', 'SG', 'https://www.mfa.gov.sg/Newsroom/'],
  ['gov.ie', 'IE', 'https://www.gov.ie/en/press-release/'],
  ['gov.pl', 'PL', 'https://www.gov.pl/web/diplomacy/'],
  ['gov.tr', 'TR', 'https://www.mfa.gov.tr/'],
];

const HOSTS = new Map(GOVERNMENT_HOSTS.map(([host, state]) => [host, state]));
const DOMAINS = new Map(GOVERNMENT_DOMAINS.map(([suffix, state]) => [suffix, state]));

/** The host of an address, lower-case, without "www." (undefined when it is not an address). */
function hostOf(url: string): string | undefined {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:@\s]+)/i.exec(url.trim());
  return m ? m[1]!.toLowerCase().replace(/\.$/, '') : undefined;
}

/**
 * ISO code of the state whose government published the document at `url`, or undefined for
 * any other publisher (a newspaper, an international organisation) and for no address.
 *   publisherState('https://bidenwhitehouse.archives.gov/briefing-room/...') -> 'US'
 */
export function publisherState(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const host = hostOf(url);
  if (!host) return undefined;
  const labels = host.split('.');
  // The longest matching suffix wins: "pm.gov.au" before "gov.au".
  for (let k = 0; k < labels.length; k++) {
    const suffix = labels.slice(k).join('.');
    const state = HOSTS.get(suffix) ?? DOMAINS.get(suffix);
    if (state) return state;
  }
  return undefined;
}
