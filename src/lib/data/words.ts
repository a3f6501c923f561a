/**
 * Word lists the quote finder uses to read the words around a cue, as data.
 */

/** Words that end a speaker when reading backwards from a cue (“… that he said”). */
export const boundaryWords: ReadonlySet<string> = new Set([
  'that', 'and', 'but', 'while', 'because', 'when', 'as', 'if', 'after', 'before', 'although',
  'though', 'so', 'where', 'since', 'until', 'than', 'or', 'nor', 'yet', 'whether', 'unless',
  'once', 'whereas', 'even', 'what', 'why', 'how',
])

/**
 * Words between a speaker and a cue that belong to neither: “he later said”,
 * “Smith has repeatedly said”.
 */
export const auxiliaryWords: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'previously', 'further', 'again', 'recently', 'once', 'has', 'had',
  'have', 'would', 'will', 'was', 'is', 'were', 'are', 'did', 'does', 'do', 'had', 'reportedly',
  'repeatedly', 'often', 'frequently', 'publicly', 'privately', 'quickly', 'simply', 'flatly',
  'emphatically', 'angrily', 'bluntly', 'frankly', 'openly', 'separately', 'similarly',
  'previously', 'initially', 'first', 'finally', 'subsequently', 'similarly', 'both', 'all',
  'each', 'still', 'just', 'already', 'never', 'not', 'always', 'even', 'only', 'may', 'might',
  'could', 'should', 'can', 'must', 'been', 'being', 'be', 'has', 'long', 'since', 'then',
  // Negated auxiliaries, with either apostrophe: “he didn’t say”.
  ...['don', 'doesn', 'didn', 'won', 'wouldn', 'can', 'couldn', 'hasn', 'haven', 'hadn', 'isn', 'wasn', 'shouldn']
    .flatMap((stem) => [`${stem}’t`, `${stem}'t`]),
  'cannot',
])

/** Words that start an apposition after a name: “Flynn, a top surrogate,”. */
export const appositionStarters: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'who', 'whose', 'such', 'including', 'one', 'his', 'her', 'their', 'its',
  'our', 'now', 'then', 'also', 'both', 'formerly', 'former', 'himself', 'herself', 'chairman',
  'chairwoman', 'president', 'director', 'spokesman', 'spokeswoman', 'spokesperson',
])

/**
 * Words that end a speaker or addressee read forwards (“said McGovern on
 * Monday”, “told Politico in an interview”).
 */
export const stopWords: ReadonlySet<string> = new Set([
  'on', 'in', 'at', 'during', 'after', 'before', 'about', 'of', 'for', 'with', 'to', 'from',
  'by', 'via', 'through', 'last', 'this', 'earlier', 'later', 'that', 'when', 'while',
  'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'and', 'but', 'as', 'because', 'if', 'though', 'although', 'since',
  'who', 'which', 'where', 'adding', 'saying', 'noting', 'according', 'recently', 'again',
  'afterward', 'afterwards', 'late', 'early', 'over', 'under', 'outside', 'inside', 'into',
])

/** Personal pronouns that can be speakers. */
export const pronouns: ReadonlySet<string> = new Set([
  'he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'him', 'her', 'them',
])

/** Prepositions and words that cannot start a speaker. */
export const notSpeakerStart: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'for', 'from', 'with', 'by', 'of', 'to', 'during', 'under', 'over', 'about',
  'despite', 'among', 'amid', 'into', 'it', 'there', 'this', 'that', 'what', 'which', 'when',
  'if', 'not', 'no', 'is', 'was', 'be', 'been', 'has', 'had', 'have', 'will', 'would',
  // Sentence adverbs and conjunctions: “Now the White House said …”.
  'now', 'meanwhile', 'still', 'also', 'and', 'but', 'so', 'yet', 'then', 'however', 'instead',
  'today', 'yesterday', 'later', 'earlier', 'thus', 'indeed', 'here',
])

/**
 * Titles and roles written before a name, stripped when a name is read out of
 * a mention (“Massachusetts Rep. Jim McGovern” → “Jim McGovern”).
 */
export const nameTitles: ReadonlySet<string> = new Set([
  'rep', 'rep.', 'reps.', 'sen', 'sen.', 'sens.', 'gov', 'gov.', 'govs.', 'lt.', 'gen.', 'col.',
  'maj.', 'capt.', 'sgt.', 'adm.', 'cmdr.', 'amb.', 'atty.', 'dr', 'dr.', 'mr', 'mr.', 'mrs',
  'mrs.', 'ms', 'ms.', 'prof.', 'rev.', 'president', 'vice', 'former', 'secretary', 'senator',
  'congressman', 'congresswoman', 'governor', 'mayor', 'judge', 'justice', 'chairman',
  'chairwoman', 'speaker', 'leader', 'minister', 'prime', 'attorney', 'general', 'director',
  'chief', 'ambassador', 'representative', 'sheriff', 'officer', 'commissioner', 'candidate',
  'nominee', 'pope', 'king', 'queen', 'prince', 'princess', 'sir', 'dame', 'lord', 'lady',
  'retired', 'democratic', 'republican', 'gop', 'democrat', 'u.s.', 'state', 'house', 'senate',
  'white', 'the', 'a', 'an', 'presidential', 'rev', 'father', 'sister', 'brother', 'coach',
  'professor', 'spokesman', 'spokeswoman', 'press', 'campaign', 'manager', 'chair', 'lt',
  'gen', 'sgt', 'capt', 'col', 'maj', 'adm', 'cmdr', 'amb', 'first', 'lady', 'deputy', 'acting',
  'assistant', 'executive', 'ceo', 'fbi', 'cia', 'dnc', 'rnc', 'national', 'federal', 'then',
  'city', 'county', 'district', 'police', 'fire', 'army', 'navy', 'senior', 'top', 'interim',
  'majority', 'minority', 'whip', 'lawmaker', 'economist', 'analyst', 'strategist', 'pollster',
  'adviser', 'advisor', 'aide', 'founder', 'co-founder', 'owner', 'member', 'delegate', 'mr',
  'gov.', 'sen.', 'rep.', 'supreme', 'court', 'panel', 'committee', 'council', 'board',
])

/** US state and country names that stand before a title (“Massachusetts Rep.”). */
export const placeAdjectives: ReadonlySet<string> = new Set([
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut',
  'delaware', 'florida', 'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas',
  'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota',
  'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new', 'hampshire', 'jersey',
  'mexico', 'york', 'north', 'south', 'carolina', 'dakota', 'ohio', 'oklahoma', 'oregon',
  'pennsylvania', 'rhode', 'island', 'tennessee', 'texas', 'utah', 'vermont', 'virginia',
  'washington', 'west', 'wisconsin', 'wyoming', 'british', 'american', 'french', 'german',
  'russian', 'chinese', 'cuban', 'israeli', 'iranian', 'mexican', 'canadian', 'syrian',
])

/** What makes a source anonymous. */
export const anonymousPattern =
  /\b(?:anonymous|anonymity|unnamed|unidentified|not authorized to|familiar with|declined to be (?:named|identified)|asked not to be (?:named|identified)|speaking on background|who requested anonymity|sources?\b|insiders?|an? (?:senior |top |former |current )?(?:official|aide|staffer|adviser|advisor|person|source|insider))\b/i

/**
 * Heads that make a headline’s “X: …” not an attribution (“Poll: …”,
 * “The Latest: …”).
 */
export const notHeadlineSpeakers: ReadonlySet<string> = new Set([
  'the latest', 'latest', 'report', 'update', 'updated', 'watch', 'video',
  'exclusive', 'analysis', 'breaking', 'live', 'opinion', 'editorial', 'review', 'explainer',
  'fact check', 'factcheck', 'q&a', 'photos', 'timeline', 'letters', 'study', 'survey', 'data',
  'election', 'debate', 'quiz', 'listen', 'podcast', 'read', 'inside', 'first take', 'obituary',
  'breaking news', 'correction', 'editorial', 'letters', 'sports', 'weather', 'business',
])
