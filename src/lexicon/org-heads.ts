// Head nouns of organisation names: they find bodies no list names ("National Strategy
// Institute"), and the name typer reads them as a feature.
import type { OrganisationSubtype } from '../model/vocab.js';

/** Head nouns of organisation names ("National Strategy Institute") and their likely subtype. */
export const ORG_HEADS: Record<string, OrganisationSubtype | undefined> = {
  council: 'government', association: 'ngo', institute: 'think-tank', institution: 'think-tank',
  ministry: 'government', agency: 'government', committee: 'government', party: 'party', front: 'armed-group',
  forces: 'armed-group', organisation: 'ngo', organization: 'ngo', union: 'ngo', bank: 'company', fund: 'company',
  commission: 'government', parliament: 'government', assembly: 'government', congress: 'government',
  court: 'government', office: 'government', department: 'government', corporation: 'company', corp: 'company',
  company: 'company', inc: 'company', ltd: 'company', group: 'company', army: 'armed-group', brigade: 'armed-group',
  brigades: 'armed-group', movement: 'party', secretariat: 'international', service: 'government',
  bureau: 'government', centre: 'think-tank', center: 'think-tank', foundation: 'ngo', league: 'ngo',
  alliance: 'party', authority: 'government', board: 'government', cabinet: 'government', senate: 'government',
  guard: 'armed-group', police: 'government', university: 'ngo', academy: 'ngo', society: 'ngo',
  coalition: 'party', directorate: 'government', chamber: 'government', tribunal: 'government',
  command: 'armed-group', embassy: 'government', times: 'media', post: 'media', television: 'media', radio: 'media',
  news: 'media', journal: 'media', herald: 'media', gazette: 'media', telegraph: 'media', tribune: 'media',
  airlines: 'company', exchange: 'company', associates: 'company', holdings: 'company', industries: 'company',
  securities: 'company', brothers: 'company', partners: 'company', daily: 'media', review: 'media', monitor: 'media', reserve: 'government', federation: 'ngo', network: 'media',
};
