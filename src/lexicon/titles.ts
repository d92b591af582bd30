// Titles and positions: the head words of title chains ("Russian Foreign Minister Sergei
// Lavrov", "the Syrian Ambassador to Moscow, Riyad Haddad") and the words that may modify them.

/** Head words of a position. Lower-case; matched case-insensitively. */
export const TITLE_HEADS = new Set([
  'president', 'vice-president', 'premier', 'minister', 'secretary', 'chancellor', 'ambassador', 'envoy',
  'spokesman', 'spokeswoman', 'spokesperson', 'king', 'queen', 'prince', 'princess', 'emir', 'sheikh', 'sultan',
  'chairman', 'chairwoman', 'chair', 'head', 'director', 'director-general', 'secretary-general', 'general',
  'admiral', 'commander', 'governor', 'senator', 'congressman', 'congresswoman', 'mayor', 'leader', 'chief',
  'adviser', 'advisor', 'counsellor', 'counselor', 'undersecretary', 'under-secretary', 'pope', 'ayatollah',
  'representative', 'negotiator', 'diplomat', 'official', 'lawmaker', 'deputy', 'consul', 'attache',
  'commissioner', 'mp', 'dictator', 'monarch', 'colonel', 'lieutenant', 'marshal', 'captain', 'major',
  'analyst', 'expert', 'economist', 'correspondent', 'editor', 'founder', 'officer', 'coordinator', 'delegate',
  'speaker', 'justice', 'judge', 'counterpart', 'prosecutor', 'attorney-general', 'cardinal', 'archbishop', 'bishop', 'rabbi', 'imam',
]);

/** Titles written before a name with a full stop or without ("Mr Straw", "Gen. Smith"). */
export const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj',
  'adm', 'sen', 'rep', 'gov', 'prof', 'rev', 'president', 'premier', 'chancellor', 'king', 'queen', 'prince',
  'princess', 'emir', 'sheikh', 'sultan', 'pope', 'ayatollah', 'general', 'admiral', 'colonel', 'marshal',
]);

/**
 * Words that may stand inside a title chain before its head ("Deputy Foreign", "Extraordinary and
 * Plenipotentiary").
 */
export const TITLE_MODIFIERS = new Set([
  'foreign', 'defence', 'defense', 'finance', 'trade', 'interior', 'home', 'deputy', 'vice', 'prime', 'first',
  'chief', 'acting', 'former', 'planning', 'economy', 'economic', 'energy', 'oil', 'agriculture', 'justice',
  'health', 'education', 'industry', 'commerce', 'treasury', 'state', 'senior', 'junior', 'assistant',
  'press', 'extraordinary', 'plenipotentiary', 'special', 'top', 'security', 'national', 'military', 'army',
  'opposition', 'party', 'government', 'communist', 'labour', 'environment', 'transport', 'culture',
  'information', 'intelligence', 'external', 'affairs', 'development', 'supreme', 'crown', 'grand', 'executive',
  'permanent', 'majority', 'minority', 'parliamentary', 'presidential', 'policy', 'political', 'economics',
  'communications', 'budget', 'labor', 'immigration', 'european', 'international', 'general', 'high', 'lord',
  'private', 'associate', 'managing', 'union', 'regional', 'federal', 'interim', 'caretaker', 'transitional',
  'outgoing', 'incoming', 'elected', 'and', 'of', 'for', 'the',
]);

/** Titles that make the holder act for a state (a role pointing at the state). */
export const GOVERNMENT_HEADS = new Set([
  'president', 'vice-president', 'premier', 'minister', 'secretary', 'chancellor', 'ambassador', 'envoy',
  'spokesman', 'spokeswoman', 'spokesperson', 'king', 'queen', 'prince', 'emir', 'sheikh', 'sultan',
  'undersecretary', 'under-secretary', 'consul', 'negotiator', 'dictator', 'monarch', 'ayatollah',
  'representative', 'attorney-general', 'counterpart',
]);

/** Titles that say a person is an analyst or commentator, not an office holder. */
export const DESCRIPTIVE_HEADS = new Set(['analyst', 'expert', 'economist', 'correspondent', 'editor', 'diplomat', 'official', 'officer', 'lawmaker']);

/** Synonymous titles, for title references ("Putin's press secretary" is his spokesman). */
export const TITLE_SYNONYMS: Record<string, string> = {
  'press secretary': 'spokesman',
  spokeswoman: 'spokesman',
  spokesperson: 'spokesman',
  advisor: 'adviser',
  'head of state': 'president',
  leader: 'president',
};
