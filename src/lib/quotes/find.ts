/**
 * Find quotes and their attributions in a document view.
 */

import type {QuoteKind} from '../../types.js'
import {
  addresseeVerbs,
  namingCues,
  nominalCues,
  participleCues,
  stanceCues,
  weakCues,
} from '../data/cues.js'
import {isGivenName} from '../data/genders.js'
import {labelPatterns} from '../data/trailers.js'
import {
  appositionStarters,
  articles,
  auxiliaryWords,
  boundaryWords,
  documentSources,
  notHeadlineSpeakers,
  numberWords,
  objectPronouns,
  occupations,
  personNouns,
  possessiveDeterminers,
  presentingWords,
  progressiveAuxiliaries,
  pronouns,
  quantifiers,
  reflexivePronouns,
  sourceNouns,
  stopWords,
  subjectPronouns,
  weekdaySet,
  weekdays,
} from '../data/words.js'
import {firstAtLeast} from './lists.js'
import {type MarkedQuote, type MarkProblem, pairMarks, type TokenRange} from './marks.js'
import {
  copulas,
  dayModifiers,
  eventPrepositions,
  type FoundCue,
  isClause,
  isStops,
  monthNames,
  objectFirst,
  objectOpeners,
  opensSubjectless,
  partsOfDay,
  passiveAdverbs,
  passivePrepositions,
  peopleNoun,
  possessivePronouns,
  prepositions,
  presentForm,
  Reader,
  referredWords,
  roleNoun,
  seemVerbs,
  sentenceConjunctions,
  singularNoun,
  subjectEndingAdverbs,
  subjectWord,
  subordinateOpeners,
  verbLike,
} from './reader.js'
import {
  type BlockView,
  type DocumentView,
  isCapitalised,
  isComma,
  isLyAdverb,
  isPossessive,
  longWordCapitals,
  type SentenceView,
  Shapes,
  type Token,
} from './tokens.js'

/** An attribution: who, how, to whom. */
export interface FoundAttribution {
  sentence: number
  speaker: TokenRange | undefined
  /** An attribution whose speaker this one shares. */
  subject: FoundAttribution | undefined
  cue: FoundCue | undefined
  addressee: TokenRange | undefined
}

/** A quote and its attribution. */
export interface FoundQuote {
  kind: QuoteKind
  /** Pieces of content, in reading order. */
  pieces: TokenRange[]
  attribution: FoundAttribution | undefined
}

/** What the finder found. */
export interface Findings {
  quotes: FoundQuote[]
  attributions: FoundAttribution[]
  problems: MarkProblem[]
}

/**
 * Whether a text is a dash: `—`, `–`, `―`, `-` or `--` (what
 * `/^(?:[—–―]|--?)$/` matches, without a regular expression, as it is asked
 * of every token of some scans).
 */
function isDash(text: string): boolean {
  return text === '—' || text === '–' || text === '―' || text === '-' || text === '--'
}
/** Nouns that name what was said: “— a statement that drew criticism”. */
const speechNouns = new Set([
  'statement',
  'remark',
  'comment',
  'claim',
  'assertion',
  'message',
  'suggestion',
  'charge',
  'accusation',
  'allegation',
  'promise',
  'pledge',
  'warning',
  'admission',
  'prediction',
  'characterization',
  'characterisation',
  'description',
  'sentiment',
  'view',
])

/** Nouns of phrases with “in” that are no source: “in the wake of”, “in response to”. */
const inPhrases = new Set([
  'wake',
  'aftermath',
  'face',
  'midst',
  'event',
  'response',
  'reaction',
  'addition',
  'light',
  'spite',
  'view',
])
/** Relative pronouns that stand as the speaker of a relative clause. */
const relativeSpeakers = new Set(['who', 'which'])
/** Small words of title case: a headline’s “Stealth Over Health:” is no speaker. */
const titleCaseSmallWords = new Set([
  'over',
  'of',
  'in',
  'the',
  'a',
  'an',
  'to',
  'for',
  'on',
  'at',
  'with',
  'and',
  'or',
  'vs',
  'vs.',
  'is',
  'are',
  'be',
])
/** Whether a token is an auxiliary of a progressive verb (“is” in “is saying”). */
function progressiveBefore(token: Token | undefined): boolean {
  return token?.word === true && progressive.has(token.lower)
}

/** Auxiliaries of a progressive verb: “is saying”. */
const progressive = new Set([
  'is',
  'was',
  'are',
  'were',
  'been',
  'be',
  'am',
  'keeps',
  'kept',
  'started',
  'began',
])
/**
 * Whether a word may open a clause as its subject: a subject pronoun or a
 * noun in lower case that is no adverb, preposition or article (“he”,
 * “profits”), or a capitalised name.
 */
function subjectStart(token: Token): boolean {
  return (
    subjectWord(token.lower) ||
    (token.capitalised && !articles.includes(token.lower)) ||
    /^[a-z]+s$/.test(token.text)
  )
}

/** Adverbs not in -ly that may follow a verb of saying: “said again”. */
const plainAdverbs = new Set([
  'again',
  'then',
  'now',
  'also',
  'still',
  'even',
  'later',
  'earlier',
  'once',
  'too',
])

/**
 * Whether a word in lower case may be the whole subject of a short clause
 * (“said profit fell”, “said demand rose”): a noun, no adverb, preposition,
 * article or word of time.
 */
function massSubject(token: Token): boolean {
  return (
    /^[a-z]{3,}$/.test(token.text) &&
    !token.text.endsWith('ly') &&
    !stopWords.has(token.text) &&
    !boundaryWords.has(token.text) &&
    !plainAdverbs.has(token.text)
  )
}

/** Marks of lists, block quotations and emphasis that open a pasted line. */
const markup = new Set(['-', '*', '**', '•', '>', '#', '##', '###', '_', '__'])
/** Whether a token is white space that breaks a line. */
function breaksLine(token: Token): boolean {
  return token.space && /[\n\r]/.test(token.text)
}

/** The pattern of a section's label, a headline's kicker: “Exclusive”, “Opinion”. */
const sectionLabel = labelPatterns.find((label) => label.kind === 'section')?.pattern
/** Words of permission before “to” and a cue: “not authorized to discuss”. */
const permissions = new Set([
  'authorized',
  'authorised',
  'allowed',
  'permitted',
  'cleared',
  'empowered',
])
/** Participles of accusing, whose passive reports an accusation: “was charged with”. */
const accusations = new Set(['accused', 'charged', 'blamed', 'criticized', 'criticised'])
/** Conjunctions that open a clause after a comma: “…, and the mayor resigned”. */
const clauseJoiners = new Set(['and', 'but', 'while', 'although', 'though', 'whereas', 'with'])
/** Forms of “have” before a participle. */
const haveForms = new Set(['have', 'has', 'had', 'having'])
/** Prepositions after the noun of “in” before any document: “in trading on the report”. */
const documentBreaks = new Set(['on', 'at', 'after', 'for', 'with', 'during', 'to', 'in'])
/** A count in figures, not a year: “196”, “1,200” (not “2015”). */
const countInFigures = /^(?!(?:19|20)\d\d$)\d[\d,]*$/
/** Nouns of documents that report findings: “in a CBS News poll”. */
const sourceDocuments = new Set([
  'poll',
  'polls',
  'survey',
  'surveys',
  'study',
  'studies',
  'report',
  'reports',
  'analysis',
])
const upperCase = /^[\p{Lu}][\p{Lu}.’'-]+$/u
const titleCase = /^\p{Lu}\p{Ll}/u
/** A word that opens with a capital or a digit. */
const capitalOrDigit = /^[\p{Lu}\d]/u

/**
 * The short words a title leaves in lower case: articles, conjunctions and
 * prepositions (“The Art of the Deal”; not “Loved it. Hated the mud.”).
 */
const minorTitleWords = new Set([
  'a',
  'an',
  'the',
  'and',
  'but',
  'or',
  'nor',
  'for',
  'so',
  'yet',
  'as',
  'at',
  'by',
  'in',
  'of',
  'off',
  'on',
  'per',
  'to',
  'up',
  'via',
  'vs',
  'vs.',
  // (“Orange is the New Black”.)
  'is',
  'de',
  'la',
  'le',
  'del',
])
/** A lower-case word in “-ing” (“…, saying”). */
const lowerParticiple = /^\p{Ll}.*ing$/u

/**
 * Whether a word is in capitals (`/^[\p{Lu}][\p{Lu}.’'-]+$/u`: “PENCE”,
 * “U.S.”), told without a regular expression for ASCII.
 */
function isUpperCase(text: string): boolean {
  if (text.length < 2) return false

  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 128) return upperCase.test(text)
    if (code >= 65 && code <= 90) continue
    if (index === 0 || (code !== 46 && code !== 39 && code !== 45)) return false
  }

  return true
}

/**
 * Whether a word starts with a capital and a lower-case letter
 * (`/^\p{Lu}\p{Ll}/u`: “Chris”), told without a regular expression for ASCII.
 */
function isTitleCase(text: string): boolean {
  const first = text.charCodeAt(0)
  const second = text.charCodeAt(1)
  if (first >= 128 || second >= 128) return titleCase.test(text)
  return first >= 65 && first <= 90 && second >= 97 && second <= 122
}

/** Words that open the addressee of “asked” that is no name: “asked the students if”. */
const addresseeOpeners = new Set(['the', 'a', 'an', ...possessiveDeterminers, ...objectPronouns])

/** Shapes of the source documents. */
const sourceShapes = new Shapes(sourceDocuments)
/** Words that open an indirect question. */
const questionWords = new Set([
  'whether',
  'if',
  'what',
  'who',
  'why',
  'how',
  'when',
  'where',
  'which',
])
/** Particles of phrasal cues. */
const particles = new Set(['for', 'against', 'on', 'to', 'out', 'up', 'about', 'of'])

/**
 * Verbs that are cues only with their particle: “spoke about the economy”,
 * “voted against the bill” — not “spoke on condition of anonymity”, “voted
 * 6-3”.
 */
const particleOnly: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...['spoke', 'speaks', 'speaking', 'talked', 'talks', 'talking'].map(
    (verb) => [verb, new Set(['about', 'of'])] as const,
  ),
  ...['point', 'points', 'pointing'].map((verb) => [verb, new Set(['to', 'out'])] as const),
  ...['votes', 'voted', 'voting'].map((verb) => [verb, new Set(['for', 'against'])] as const),
])

/**
 * Verbs whose “to” is a particle (“pointed to”, “referring to”); after others
 * (“refused to”, “plans to”) “to” opens the content.
 */
const toParticleVerbs = new Set([
  'point',
  'points',
  'pointed',
  'pointing',
  'referred',
  'referring',
  'respond',
  'responds',
  'responded',
  'responding',
  'replied',
  'spoke',
  'speaking',
  'talked',
  'talking',
])
/** Particles after which a verb of speech reports what it is about: “warned of”, “joked about”. */
const aboutParticles = new Set(['of', 'about'])
/** Nouns more often than verbs before “of” or “about”: “claims of infighting”, “three notes of music”. */
const ofNouns = new Set([
  'claims',
  'notes',
  'estimate',
  'estimates',
  'jokes',
  'promises',
  'thoughts',
])
/** Words that open a time or a place after an object: “endorsed Trump last week”. */
const adjunctOpeners = new Set([
  'last',
  'this',
  'earlier',
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'when',
  'while',
])
/** Nouns of sources that are documents, which “which” after them does not make speak. */
const documentNouns = new Set([...sourceDocuments, ...documentSources])
/** Nouns of a period, which a time before a clause ends with (“this week he …”). */
const periodNouns = new Set([
  'week',
  'month',
  'year',
  'day',
  'night',
  'morning',
  'afternoon',
  'evening',
  'weekend',
  'time',
])
/** Words that open the clause of hearsay after “heard”: “heard that”, “heard how”. */
const heardClauses = new Set(['that', 'how', 'what', 'whether', 'why', 'when', 'who'])
/** The words of the phrase “in the words of”, which attributes a quotation. */
const wordsOfPhrase = ['in', 'the', 'words', 'of']
/** Verbs of a source that reports another’s words: “quoted … as saying”. */
const quotingVerbs = new Set(['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing'])
/** Prepositions that end a noun phrase read as a subject (“the day before”, “a statement on”). */
const phrasePrepositions = new Set([...prepositions, 'before', 'after'])
/** Words before a noun phrase that make it no subject of a clause after an adverbial (“respond to the …”, “if a …”). */
const phraseClosers = new Set([
  ...phrasePrepositions,
  'until',
  'since',
  'once',
  'during',
  'following',
  'amid',
  'despite',
  'without',
  'within',
  'through',
  'among',
  'against',
  'under',
  'between',
  'about',
  'from',
  'into',
  'than',
  'as',
  'if',
  'when',
  'because',
  'unless',
  'although',
  'while',
  'whether',
  'how',
  'what',
  'why',
  'where',
  'that',
  'and',
  'or',
  'but',
])
/** Words that open a topic after a cue, not a time or a place: “wrote about …”. */
const topicOpeners = new Set(['about', 'of', 'for', 'to', 'into', 'with', 'over'])
/** Auxiliaries that make a verb finite: “and has appeared”, “and was”. */
const finiteAuxiliaries = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
])
/** Words after a poll’s noun that go on with it: “a poll by Gallup”, “a poll out Thursday”, “a poll last month”. */
const pollTrailers = new Set([
  'by',
  'of',
  'from',
  'out',
  'taken',
  'released',
  'conducted',
  'last',
  'this',
  'earlier',
  ...weekdays,
])
/** Longest sentence, in tokens, read for reported speech. */
const maxSentence = 2000

/** Words around “as” that make it a comparison (“such … as”, “as well as”, “as many as”). */
const comparedAs: ReadonlySet<string> = new Set([
  'such',
  'as',
  'well',
  'many',
  'much',
  'few',
  'same',
  'far',
  'long',
  'soon',
])
/** Words of a span of time before “after” or “before”: “a day after”, “just weeks before”. */
const spansOfTime: ReadonlySet<string> = new Set([
  'a',
  'an',
  'one',
  'two',
  'three',
  'few',
  'several',
  'just',
  'only',
  'hours',
  'hour',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'minutes',
  'moments',
  'shortly',
  'soon',
  'long',
])
/** Forms of “help” before a bare infinitive, part of its cue (“helped uncover”). */
const helpForms: ReadonlySet<string> = new Set(['help', 'helps', 'helped', 'helping'])
/** Words that start a time or circumstance after the agent of a passive cue. */
const agentEnders = new Set([
  'on',
  'during',
  'after',
  'before',
  'last',
  'earlier',
  'later',
  'yesterday',
  'today',
  'tonight',
  ...weekdays,
])
/** Pronouns that open a clause, maybe with “is” (“that’s”, “it’s”, “there's”). */
const pronounSubject = /^(?:that|this|there|it|what)(?:[’']s)?$/
/** Words that open a subordinate clause at the start of a sentence. */
const subordinators = new Set([
  'after',
  'when',
  'while',
  'since',
  'although',
  'though',
  'if',
  'as',
  'before',
  'because',
  'once',
  'whether',
  'unless',
])
/** Words that open a phrase of a participle before the subject: “After announcing …, the EU said”. */
const frontedOpeners = new Set([...subordinators, 'by', 'upon', 'on', 'in', 'despite', 'without'])
/** Participles that name what they quote in the passive: “was dismissed as “ridiculous” by …”. */
const passiveNaming = new Set([...namingCues, 'dismissed', 'hailed', 'derided', 'denounced'])
/** Prepositions before whom words are for: “a message to Trump: “…””. */
const recipientPrepositions = new Set(['to', 'for'])
/** Words that open a clause of contrast: “…, while critics warned …” (“even as”: see `evenSubordinator`). */
const contrastOpeners = new Set(['while', 'whereas', 'although', 'though'])
/** Words that join a participle to the attribution before it: “said before adding”. */
const participleJoiners = new Set(['before', 'after', 'then', 'while'])

/**
 * Weak cues that report in a clause of “as” (“as POLITICO has reported,”);
 * others there tell a time (“As Clinton talked, …”, “as Mr. Kerry
 * continues, …”).
 */
const asReporting = new Set([
  'reported',
  'reports',
  'revealed',
  'reveals',
  'noted',
  'notes',
  'documented',
  'observed',
  'wrote',
  'writes',
  // “as any engineer will tell you,”, “as he told reporters,”.
  'tell',
  'tells',
  'told',
])

/** Words that open a paragraph with a colon as labels, not speakers: “Update: …”. */
const notTranscriptLabels = new Set([
  'update',
  'updated',
  'note',
  'correction',
  'clarification',
  'source',
  'sources',
  'photo',
  'related',
  'read',
  'watch',
  'listen',
  'see',
  'editor',
  'disclosure',
  'background',
  'video',
  'warning',
  'caption',
  // Line-ups and match reports: “Replacements: Everitt for Mapletoft (53), …”.
  'replacements',
  'subs',
  'substitutes',
  'scorers',
  'scorer',
  'booked',
  'attendance',
  'referee',
  'sent',
])
/** Naming cues that name their object as something: “described X as “…””, “branded”, “labelled”. */
const namingAs = /^(?:describ|brand|label)/
/** Naming cues whose object a quotation names (not “wrote”, “praised”): “called”, “described”, “dubbed”. */
const namingVerbs: ReadonlySet<string> = new Set(
  [...namingCues].filter((cue) => /^(?:call|label|dub|describ|brand|term)/.test(cue)),
)
/**
 * Words after “and” that open no second noun of a noun phrase (see
 * `Finder.jointNouns`): pronouns of a subject of its own and adverbs.
 */
const jointOpeners: ReadonlySet<string> = new Set([
  ...quantifiers,
  'others',
  'all',
  'each',
  ...subjectEndingAdverbs,
  'even',
  'just',
  'only',
  'yet',
])

/** Nouns of the bounds of a time: “by the end of June”. */
const timeBounds: ReadonlySet<string> = new Set([
  'end',
  'start',
  'beginning',
  'middle',
  'close',
  'time',
  'turn',
])

/**
 * Adverbs not in “-ly” between a cue and “that”, which belong to the cue:
 * “said again that”, “said afterward that”, “said yesterday that” (in
 * lower case: not the programme of “told Today that”).
 */
const cueAdverbs = new Set(['again', 'afterward', 'afterwards', 'yesterday', 'today', 'tonight'])
/** Adverbs before a time: “late on Friday”, “only on Friday”. */
const timeAdverbs = new Set(['late', 'early', 'only', 'just', 'again', 'earlier', 'later'])
/** Words that join a phrase to the one before: “in custody or during an arrest”. */
const joiners = new Set(['and', 'or', 'but', 'nor'])
/** Media a cue speaks on: “praised her on Twitter”. */
const media = new Set(['twitter', 'facebook', 'instagram', 'television', 'tv', 'radio', 'air'])
/** What a cue speaks in: “rejected that argument in a ruling”. */
const speechDocuments = new Set([
  'statement',
  'interview',
  'letter',
  'ruling',
  'speech',
  'tweet',
  'memo',
  'filing',
  'email',
  'video',
  'ad',
  'op-ed',
  'opinion',
])
/** Times of day that an agent never opens with: “concluded by midnight”. */
const timesOfDay: ReadonlySet<string> = new Set(['midnight', 'noon', 'midday', 'dawn', 'nightfall'])

/** Words that open a subject that names no one who speaks: “It”, “Why”, “I”, “One”. */
const notNamingSubjects: ReadonlySet<string> = new Set([
  'it',
  'this',
  'that',
  'why',
  'how',
  'what',
  'who',
  'i',
  'one',
])

/** Words of the first person: “I”, “we”, “my”, “our”, “me”, “us”, “I’m”, “we’ve”. */
const firstPersonWords = /^(?:i|we|my|our|me|us|(?:i|we)[’'](?:m|re|ve|ll|d))$/

/** Particles of a call for something: “called on”, “calls for”. */
const callParticles: ReadonlySet<string> = new Set(['on', 'for', 'upon'])
/** Pronouns that open a relative clause of a naming cue: “which Trump called “a disgrace,” was …”. */
const relativeNaming = new Set(['which', 'what'])
/** A dummy subject “it”, or its contraction with “is” or “has”: “It’s been reported”. */
const dummyIt = /^it(?:[’']s)?$/
/** Auxiliaries of a passive after a dummy “it”: “It has been reported”, “it was said”. */
const dummyAuxiliaries = new Set([
  'is',
  'was',
  'has',
  'had',
  'been',
  'be',
  'will',
  'would',
  'widely',
  'also',
])
/** Adverbs between “as” and a cue in the passive: “as first reported by”. */
const asAdverbs = new Set(['first', 'previously', 'originally', 'earlier', 'widely'])
/** Words before a clause of “as” that open the clause after it: “given that, as X reported, …”. */
const asJoiners = new Set([
  'that',
  'because',
  'if',
  'when',
  'since',
  'although',
  'while',
  'and',
  'but',
  'yet',
  'so',
  'or',
])

/** Conjunctions that end what someone is told to do: “to boost security after hackers …”. */
const directiveEnders = new Set(['after', 'before', 'because', 'when', 'while', 'since', 'until'])
/** Past participles that open a phrase, no clause: “…, according to X, compared with …”. */
const phraseParticiples = new Set(['compared', 'based', 'adjusted', 'excluding'])
/** Words before an amount (“up to £3,000”, “more than 40”, “about half”). */
const amountHedges: ReadonlySet<string> = new Set([
  'up',
  'to',
  'more',
  'less',
  'fewer',
  'than',
  'about',
  'around',
  'nearly',
  'almost',
  'roughly',
  'over',
  'under',
  'some',
])
/** Participles after “without” that tell how words were said (see `Finder.clauseEnd`). */
const withheldWords: ReadonlySet<string> = new Set([
  'giving',
  'providing',
  'offering',
  'elaborating',
  'explaining',
  'citing',
  'specifying',
  'naming',
  'saying',
  'detailing',
  'identifying',
])
/** Forms of “expect”, no cue of its own before “to” (see `coordinatedCue`). */
const expectForms: ReadonlySet<string> = new Set(['expect', 'expects', 'expected', 'expecting'])
/** Forms of “push”, a cue only for what it urges (see `movesThing`). */
const pushForms: ReadonlySet<string> = new Set(['push', 'pushes', 'pushed', 'pushing'])
/** Particles of direction after a verb that moves a thing (“pushed the bill through”). */
const directions: ReadonlySet<string> = new Set([
  'ahead',
  'up',
  'off',
  'out',
  'down',
  'away',
  'aside',
  'through',
  'into',
  'onto',
  'past',
  'across',
])
/** Numbers in words after “about” meaning “nearly”: “said about half of …”. */
const approximated = new Set([...numberWords, 'half', 'twice', 'dozens', 'hundreds', 'thousands'])
/** Quantities after “about a”: “said about a third of …”. */
const fractions = new Set(['third', 'quarter', 'fifth', 'dozen', 'hundred', 'thousand', 'million'])
/** Prepositions that open a phrase of place or time, which is no content. */
const circumstancePrepositions = new Set([
  'in',
  'on',
  'during',
  'inside',
  'outside',
  'through',
  'via',
])
/** Objects that make a cue in a clause of “as” a time, not an attribution: “As he said that, …”. */
const asObjects = new Set(['that', 'this', 'it', 'so'])

/** Adverbs of sequence between “and” and a cue: “and then predicted”, “and later added”. */
const sequenceAdverbs = new Set(['then', 'later'])
/** Auxiliaries after “, but” that go on with the sentence’s subject: “…, but was convicted”. */
const goingOnAuxiliaries = new Set(['was', 'were', 'has', 'had'])
/** Conjunctions before the subject of an evidential’s clause: “because the agenda seems”. */
const subjectStoppers = new Set([...subordinators, 'but', 'so'])
/** Words between “as” and “as” that make a quantity: “as many as 3,000”. */
const quantityComparisons = new Set(['many', 'much', 'few', 'little'])
/** Conjunctions of contrast that open a clause with an attribution of its own. */
const contrasts = new Set(['but', 'while', 'though', 'although', 'whereas', 'yet'])
/**
 * Words that open a clause with an attribution of its own after a comma:
 * “…, and the governor told …”, “…, which he said …”, “…, as 73 percent
 * said …”.
 */
const afterComma = new Set(['and', 'but', 'who', 'whom', 'which', 'after', 'as', 'when'])
/** What armed attacks strike: “attacks on the consulate”, “on government troops”. */
const physicalTargets = new Set([
  'consulate',
  'consulates',
  'embassy',
  'embassies',
  'compound',
  'compounds',
  'airport',
  'airports',
  'station',
  'troops',
  'forces',
  'soldiers',
  'civilians',
  'targets',
  'hospital',
  'hospitals',
  'school',
  'schools',
  'church',
  'churches',
  'mosque',
  'mosques',
  'synagogue',
  'facility',
  'facilities',
  'convoy',
  'ships',
])
/**
 * Verbs of saying whose speaker goes on in a paragraph that is a quotation:
 * “Mr Cartagena said …” ¶ “With these investments, …”.
 */
const carriedCues = new Set([
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
  'explained',
  'explains',
  'noted',
  'notes',
  'argued',
  'argues',
  'insisted',
  'insists',
  'continued',
  'continues',
  'stressed',
  'warned',
  'warns',
])
/** Signs of currencies before an amount: “$234 million”. */
const currencySigns = new Set(['$', '£', '€', '¥'])
/** Verbs of aspect before a participle of saying: “kept asking”, “began saying”. */
const aspectVerbs = new Set([
  'kept',
  'keeps',
  'keep',
  'began',
  'begins',
  'begin',
  'started',
  'starts',
  'start',
  'continued',
  'continues',
])
/** Conjunctions after which a new clause, with its own attribution, may start. */
const coordinators = new Set(['but', 'and', 'while', 'although', 'though', 'whereas', 'yet'])
/** Words after a comma that end an object: “endorsed Jones, which …”. */
const trailingClause = new Set([
  'which',
  'who',
  'while',
  'as',
  'then',
  'and',
  'but',
  'although',
  'though',
  'even',
  'after',
  'before',
  'when',
])

const sayForms = new Set(['say', 'says', 'said'])
/** Verbs of saying after a subject with a relative clause: “People who know him say”. */
const subjectSayings = new Set([
  ...sayForms,
  'told',
  'tells',
  'added',
  'insisted',
  'claimed',
  'argued',
  'warned',
  'wrote',
  'believe',
  'believes',
])
/** Words that open an object of a stance cue (see `stanceObject`). */
const objectDeterminers = new Set([...articles, ...possessiveDeterminers, 'any', 'such', 'that'])
/**
 * Verbs whose words are a quotation, after which “about” or “of” opens the
 * topic (“said about the plan”), not the words themselves (as after “spoke
 * of”, “warned about”).
 */
const topicVerbs = new Set([...sayForms, 'added', 'asked', 'wrote'])
/** Words that may follow a subject pronoun in a speaker (“they both”, “she herself”). */
const pronounModifiers = new Set(['both', 'all', 'each', 'alone', 'too', ...reflexivePronouns])
/** Words that open a speaker after an inverted “said” (“said one GOP source”). */
const invertedOpeners = new Set(['the', 'a', 'an', ...quantifiers])
/** Verbs whose object a nominal cue after them is (“fielded questions”). */
const objectVerbs = new Set(['took', 'take', 'takes', 'fielded', 'answered', 'faced', 'received'])
/** Prepositions of a phrase after such a speaker (“in the room”). */
const placePrepositions = new Set(['in', 'at', 'on', 'from', 'with', 'close', 'familiar'])

/**
 * Cue verbs that take a plain object as often: “added customers” (attribution
 * corpora give “wrote a check” to its writer).
 */
const objectCues = new Set(['added', 'add', 'adds'])
/** Forms of “see” that report a view (“saw the comment as a dig”), or a change seen. */
const seeForms = new Set(['saw', 'sees', 'see'])
/** Changes of amount: what “saw” reports as seen (“saw its profits fall”). */
const changeVerbs = new Set([
  'fall',
  'rise',
  'drop',
  'sink',
  'jump',
  'slip',
  'climb',
  'surge',
  'soar',
  'plunge',
  'slide',
  'decline',
  'grow',
  'shrink',
  'collapse',
  'balloon',
  'increase',
  'decrease',
  'double',
  'dip',
  'tumble',
  'rebound',
])
/**
 * Verbs and adjectives before “to” that open a cue group: “is trying to
 * show”, “tended to support”, “is expected to endorse”.
 */
const toHeads = new Set([
  'try',
  'tries',
  'tried',
  'trying',
  'continue',
  'continues',
  'continued',
  'continuing',
  'going',
  'tend',
  'tends',
  'tended',
  'used',
  ...seemVerbs,
  'likely',
  'unlikely',
  'began',
  'begin',
  'begins',
  'started',
  'eager',
  'willing',
  'ready',
  'expected',
  'moved',
  'rushed',
  'chose',
  'needs',
  'need',
  // “likes to say”, “loves to tell”: a habit of saying (not “would like
  // to see”, a wish).
  'likes',
  'liked',
  'loves',
  'loved',
])

/** “continues to lead”: a cue only when not followed by “to”. */
const continuing = new Set(['continues', 'continued', 'continue', 'continuing'])
/**
 * Cues of speech whose “to” opens what they report: promises (“promised to
 * cut taxes”) and claims (“claimed to be undecided”).
 */
const toCues = new Set([
  'claim',
  'claims',
  'claimed',
  'claiming',
  'promise',
  'promises',
  'promised',
  'promising',
  'vow',
  'vows',
  'vowed',
  'vowing',
  'pledge',
  'pledges',
  'pledged',
  'pledging',
  'swore',
  'swears',
  'sworn',
])

/** Irregular past forms that open a verb group: “took to Twitter to say”. */
const groupVerbs = new Set([
  'went',
  'took',
  'came',
  'come',
  'began',
  'made',
  'spent',
  'got',
  'sought',
  'chose',
  'stood',
  'rose',
  'held',
  'sent',
  'wrote',
  'gave',
  'set',
])

/** Adverbs before “known as”, “seen as”: “now known as”, “best known for”. */
const describing = new Set([
  'now',
  'best',
  'also',
  'widely',
  'commonly',
  'once',
  'still',
  'better',
  'formerly',
  'locally',
  'often',
  'sometimes',
  'increasingly',
])

/** Passive participles of hearsay and expectation: “is expected to”, “is known as”. */
const evidentialParticiples = new Set([
  'expected',
  'seen',
  'known',
  'considered',
  'believed',
  'thought',
  'said',
  'reported',
  'rumored',
  'viewed',
  'regarded',
  'understood',
  'alleged',
  'feared',
])

/** Participles of hearsay that take no “as” (“is feared as many as 50,000 …”). */
const asLessParticiples = new Set([
  'understood',
  'alleged',
  'feared',
  'rumored',
  'expected',
  'said',
  'reported',
])

/**
 * Adjectives of stance after a copula: “Many Democrats are afraid that …”,
 * “voters are skeptical of free trade”. Their subject is the source.
 */
const stanceAdjectives = new Set([
  'afraid',
  'worried',
  'concerned',
  'confident',
  'convinced',
  'hopeful',
  'sure',
  'certain',
  'aware',
  'optimistic',
  'pessimistic',
  'skeptical',
  'adamant',
  'eager',
  'willing',
  'unwilling',
  'angry',
  'upset',
  'pleased',
  'proud',
  'disappointed',
  'glad',
  'fearful',
  'nervous',
  'unsure',
  'frustrated',
  'critical',
  'supportive',
  'unhappy',
  'happy',
])
/** Verbs that link a subject to an adjective of stance. */
const linking = new Set([
  ...progressiveAuxiliaries,
  'be',
  'feel',
  'feels',
  'felt',
  'became',
  'become',
  'remain',
  'remains',
  'remained',
  'seemed',
  'seems',
  'appeared',
  'appears',
])
/** Words that open what an adjective of stance is about, joining the cue. */
const stancePrepositions = new Set(['about', 'of', 'with', 'at', 'over', 'in'])
/** Adverbs between a linking verb and an adjective of stance: “are increasingly worried”. */
const degree = new Set([
  'very',
  'more',
  'less',
  'most',
  'so',
  'too',
  'increasingly',
  'especially',
  'deeply',
  'now',
  'also',
  'still',
  'not',
  'quite',
  'highly',
  'openly',
  'particularly',
  'always',
  'never',
])

/**
 * Shapes of the words that can open an evidential: a verb of seeming, an
 * evidential participle, an adjective of stance, “reportedly”, or any word
 * in “-ed”.
 */
const evidentialShapes = new Shapes(
  [...seemVerbs, ...evidentialParticiples, ...stanceAdjectives, 'reportedly'],
  ['d'],
)

/** Words before a passive “asked”: “was asked to”, “when asked to”. */
const askedAfter = new Set([
  'is',
  'are',
  'was',
  'were',
  'been',
  'being',
  'be',
  'when',
  'after',
  'if',
  'once',
  'while',
  'again',
])

/** Prepositions after a participle's object or the participle: “thrusting him into”. */
const objectPrepositions = new Set([
  'at',
  'in',
  'into',
  'on',
  'to',
  'for',
  'with',
  'from',
  'by',
  'of',
])

/** Conjunctions that end a plain object: “added 6.4% after the session had finished”. */
const objectEnders = new Set(['after', 'before', 'when', 'while', 'because', 'since', 'until'])

/** Conjunctions that open a clause after an inverted speaker: “…, says the BBC, because …”. */
const reasonOpeners = new Set(['because', 'although', 'though', 'as', 'since', 'while'])

/**
 * Verbs of manner that say a quotation only right after it, before their
 * speaker (“…,” smiles one broker; “…,” laughed Mr Smith).
 */
const mannerVerbs = new Set([
  'smiles',
  'smiled',
  'laughs',
  'laughed',
  'grins',
  'grinned',
  'sighs',
  'sighed',
  'shrugs',
  'shrugged',
  'beams',
  'beamed',
  'chuckles',
  'chuckled',
  'reacted',
  'reacts',
])

/** Cues that are often inverted after their content: “…, said Smith.” */
const invertedCues = new Set([
  'said',
  'says',
  'say',
  'added',
  'adds',
  'wrote',
  'writes',
  'noted',
  'explained',
  'argued',
  'argues',
  'notes',
  'continued',
  'recalled',
  'warned',
  'predicts',
  'predicted',
  'reported',
  'reports',
  'claimed',
  'claims',
  'insisted',
  'insists',
  'admitted',
  'admits',
  'conceded',
  'concedes',
  'countered',
  'stressed',
  'acknowledged',
])

/** Whether a lower-case word is a number, in digits or in words (“14”, “two”). */
/** Past participles without “-ed” that make a passive of headlines: “man shot”, “boy hurt”. */
const headlineParticiples = new Set([
  'shot',
  'hurt',
  'hit',
  'beaten',
  'struck',
  'stolen',
  'slain',
  'bitten',
  'thrown',
  'taken',
  'caught',
  'seen',
  'held',
  'found',
])

/**
 * Whether a participle of `headlineParticiples` stands before `end` among
 * `words`, with no determiner before it: a clause of headlines with no
 * auxiliary and no article (“man shot during argument”; not “his best shot
 * during”, “their value hit highs on Thursday”).
 */
function bareParticipleBefore(words: readonly Token[], end: number): boolean {
  for (let index = 0; index < end; index++) {
    const lower = (words[index] as Token).lower
    if (articles.includes(lower) || possessiveDeterminers.includes(lower)) return false
    if (index > 0 && headlineParticiples.has(lower)) return true
  }
  return false
}

function isNumber(lower: string): boolean {
  return /^\d/.test(lower) || numberWords.includes(lower)
}

/**
 * Whether a token is an auxiliary or a modal that makes a verb finite, in
 * lower case (“was”, “could”; not “May”).
 */
function isFiniteAuxiliary(token: Token | undefined): boolean {
  return token?.word === true && token.text === token.lower && finiteAuxiliaries.has(token.lower)
}

/** Weak cues that also close what they report: “…, records show.”, “…, reported the BBC.” */
const tailCues = new Set([
  'show',
  'shows',
  'showed',
  'reported',
  'reports',
  'indicates',
  'indicated',
  'found',
  'finds',
  'suggests',
  'suggested',
  'noted',
  'added',
  'wrote',
  'maintains',
  'maintained',
  'responded',
  'replied',
  'posted',
  'tweeted',
  // “…, the BBC has learned.”
  'learned',
  'learnt',
  // “…, a judge ruled.”, “…, the report concluded.”
  'ruled',
  'concluded',
  'concludes',
  'decided',
])

/** Cue words that are more often nouns: “the attacks”, “his support”. */
const nounLike = new Set([
  'support',
  'attacks',
  'calls',
  'questions',
  'reports',
  'plans',
  'demands',
  'claims',
  // (“In court documents filed Monday”.)
  'documents',
])

/** Words that open a clause after a preposition: “questions about whether …”. */
const whClauseOpeners = new Set(['whether', 'how', 'why', 'what', 'if'])

/** Words after a noun cue that open its content: “calls to …”, “attacks on …”. */
const contentOpeners = new Set(['to', 'that', 'for', 'on', 'of'])

/** Words that open a noun phrase that may be a subject: “the”, “his”, “each”, “they”. */
const phraseOpeners = new Set([
  ...articles,
  ...possessiveDeterminers,
  ...subjectPronouns,
  ...quantifiers.filter((word) => word !== 'other'),
  'each',
  'every',
  'all',
  'no',
  'who',
  'which',
  'that',
])

/** A time of day: “09:15”, “9.15”. */
const clockTime = /^\d{1,2}[:.]\d{2}$/

/** Words between a request and its “comment”: “a request for comment”, “messages seeking comment”. */
const requestLinks = new Set(['for', 'seeking', 'to'])
/** Requests for comment: “did not respond to requests for comment”. */
const requestNouns = new Set([
  'request',
  'requests',
  'message',
  'messages',
  'call',
  'calls',
  'email',
  'emails',
  'inquiry',
  'inquiries',
])
/** Verbs of answering a request for comment: “did not return calls seeking comment”. */
const answerVerbs = new Set([
  'respond',
  'responded',
  'return',
  'returned',
  'reply',
  'replied',
  'answer',
  'answered',
])
/** Negation between a speaker and a cue: “did not say”, “hasn’t said”. */
const negations = new Set([
  'not',
  'never',
  'didn’t',
  "didn't",
  'hasn’t',
  "hasn't",
  'haven’t',
  "haven't",
  'doesn’t',
  "doesn't",
  'won’t',
  "won't",
  'wouldn’t',
  "wouldn't",
])

const relativeWords = new Set(['who', 'which', 'whom', 'whose'])

/**
 * Where a relative pronoun stands in words after a comma, or -1: “that” too
 * after a noun that “a” opens (“…, a move that has delayed …”).
 */
function relativeIndex(words: Token[]): number {
  const summary = words[0]?.lower === 'a' || words[0]?.lower === 'an'
  return words.findIndex(
    (token, index) =>
      relativeWords.has(token.lower) ||
      (summary && token.lower === 'that' && index >= 2 && index <= 3),
  )
}

/** Relative pronouns that may be the subject of what a speaker says: “which she said was …”, “a charity that prosecutors said was …”. */
const objectRelatives = new Set(['which', 'what', 'that'])
/** Words that stand for what was said: “55 percent said so”. */
const proForms = new Set(['so', 'yes', 'no', 'otherwise', 'nothing'])
/** Words after which a verb goes on an infinitive: “to stay and fight”. */
const infinitiveJoiners = new Set(['to', 'and', 'or', 'not', 'but'])
/** Shapes of the words `evidentials` looks at: its own and the nouns of nominal cues. */
const scannedShapes = new Shapes(
  [
    ...seemVerbs,
    ...evidentialParticiples,
    ...stanceAdjectives,
    'reportedly',
    ...nominalCues.keys(),
  ],
  ['d'],
)
/** Determiners before a noun that is a verb too: “the support for”, “more calls for”. */
const nounDeterminers = new Set([
  ...articles,
  'that',
  'any',
  'no',
  'such',
  'more',
  'new',
  'growing',
  'mounting',
  'repeated',
  'public',
])
/** Words that end the description between a possessive and its noun. */
const notDescription = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'for',
  'on',
  'in',
  'and',
  'or',
  'that',
])

/** Words that open a clause as object: “found that …”, “wants to …”. */
const clauseOpeners = new Set([
  'that',
  'to',
  'whether',
  'if',
  'how',
  'why',
  'what',
  'when',
  'where',
  'who',
])

/** Words after a cue that do not start reported content (“said on Monday”, “said and did”). */
const contentCannotStart = new Set([
  'on',
  'in',
  'at',
  'via',
  'for',
  'to',
  'about',
  'with',
  'by',
  'of',
  'from',
  'during',
  'after',
  'before',
  // “said outside court that”, “said ahead of the vote that” (not
  // “inside” nor “following”, which may open a subject: “said following
  // orders was wrong”).
  'outside',
  'ahead',
  'amid',
  'as',
  'and',
  'or',
  'but',
  'so',
  'him',
  'them',
  'up',
  'out',
  'off',
  'over',
  'yes',
  'no',
  'nothing',
  'something',
  'anything',
  'so',
  'also',
  'together',
  'earlier',
  'later',
  'last',
  ...weekdays,
])

/**
 * The tokens an attribution spans, from the first to the last of its speaker,
 * cue and addressee.
 *
 * @param attribution
 *   Attribution.
 * @returns
 *   Range.
 */
export function extent(attribution: FoundAttribution): TokenRange {
  let first = Number.POSITIVE_INFINITY
  let last = Number.NEGATIVE_INFINITY

  for (const range of [attribution.speaker, attribution.cue?.range, attribution.addressee]) {
    if (range === undefined) continue
    if (range.first < first) first = range.first
    if (range.last > last) last = range.last
  }

  return {first, last}
}

/**
 * Find the quote, among those `keep` accepts, that has a piece around a
 * range, in the order of `quotes`: pieces are kept by the sentences they
 * cover, so that each look-up reads one sentence’s.
 *
 * @param quotes
 *   Quotes.
 * @param tokens
 *   Tokens of the document.
 * @param keep
 *   Which quotes may be around.
 * @returns
 *   Look-up of the quote around a range; with `opened`, of the piece a range
 *   opens in, which it may run past.
 */
export function outerQuotes(
  quotes: readonly FoundQuote[],
  tokens: readonly Token[],
  keep: (quote: FoundQuote) => boolean,
): (range: TokenRange, opened?: boolean) => Around | undefined {
  const bySentence = new Map<number, {quote: FoundQuote; range: TokenRange}[]>()

  for (const quote of quotes) {
    if (!keep(quote)) continue

    for (const range of quote.pieces) {
      const first = tokens[range.first]?.sentence ?? 0
      const last = tokens[range.last - 1]?.sentence ?? first

      for (let sentence = first; sentence <= last; sentence++) {
        const list = bySentence.get(sentence)
        if (list) list.push({quote, range})
        else bySentence.set(sentence, [{quote, range}])
      }
    }
  }

  return (piece, opened = false) =>
    bySentence
      .get(tokens[piece.first]?.sentence ?? -1)
      ?.find(
        ({range}) =>
          range.first <= piece.first &&
          (opened ? piece.first < range.last : piece.last <= range.last),
      )
}

/** A quote around a range, and its piece the range stands in. */
export interface Around {
  quote: FoundQuote
  range: TokenRange
}

/**
 * Where, in a sorted list of token indices, the first index at or after
 * `index` stands, found from `at` (where a scan stood last) either way.
 */
function seek(list: readonly number[], at: number, index: number): number {
  while (at > 0 && (list[at - 1] as number) >= index) at--
  while (at < list.length && (list[at] as number) < index) at++
  return at
}

/**
 * Find quotes and attributions.
 *
 * @param document
 *   View of the document.
 * @param cues
 *   More cue words.
 * @returns
 *   Findings.
 */
export function find(document: DocumentView, cues: ReadonlySet<string>): Findings {
  return new Finder(document, cues).run()
}

/** A quote that `direct` made, with its first token and its index among the quotes (see `Finder.made`). */
interface Made {
  first: number
  order: number
  quote: FoundQuote
}

class Finder {
  readonly reader: Reader
  readonly document: DocumentView
  readonly attributions: FoundAttribution[] = []
  readonly quotes: FoundQuote[] = []
  /** Tokens taken by a quote or an attribution. */
  readonly taken: Uint8Array
  /** Nouns of nominal cues, noted by `evidentials` for `nominals`. */
  readonly nominalNouns: number[] = []
  /** The last word of each sentence, once looked up. */
  readonly lastWords = new Map<number, number>()
  /** Where each sentence’s own words start (`sentenceStart`), plus one; `0` until found. */
  readonly starts: Int32Array
  /** Attributions found and then dropped by the finder itself. */
  readonly dropped = new Set<FoundAttribution>()
  /** Quotations that took the attribution of the quotation before them (see `direct`). */
  readonly carried = new Set<FoundQuote>()
  /** Attributions by sentence, in the order they were made (see `subjectOf`, `speakerOwner`). */
  readonly bySentence = new Map<number, FoundAttribution[]>()
  /**
   * The words that each scan reads, in order, found in one pass (most words
   * are none of them): those that may be cues (`Reader.mayCue`), for
   * `indirect`; those of `scannedShapes`, for `evidentials`; each “in”, for
   * `polls`.
   */
  readonly candidates: number[] = []
  /** The index in `quotes` of the first quote that `indirect` made (none before it runs). */
  reportedFrom = Number.MAX_SAFE_INTEGER
  /**
   * The quotes that `direct` made, with their index in `quotes`, in the
   * order of their first tokens, noted when `indirect` starts: the scans
   * after it look for a quotation in marks among these alone (see
   * `madeFrom`), as only `direct` makes quotations in marks, or quotes
   * without an attribution, until `headline`.
   */
  made: Made[] = []
  readonly scanned: number[] = []
  readonly ins: number[] = []

  constructor(document: DocumentView, cues: ReadonlySet<string>) {
    this.document = document
    this.taken = new Uint8Array(document.tokens.length)
    this.starts = new Int32Array(document.sentences.length)
    this.reader = new Reader(document, cues, this.taken)

    const tokens = document.tokens
    // (An indexed loop: this one runs once a document, before it is
    // optimised, where an iterator allocates a result for each token.)
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index] as Token
      if (!token.word) continue
      if (this.reader.mayCue(token)) this.candidates.push(token.index)
      if (scannedShapes.may(token)) this.scanned.push(token.index)
      if (token.lower === 'in') this.ins.push(token.index)
    }
  }

  run(): Findings {
    const transcript = this.transcript()
    const {quotes: marked, problems} = pairMarks(this.document, transcript)
    for (const quote of marked) for (const piece of quote.pieces) this.take(piece)
    this.direct(marked)
    this.indirect()
    this.wordsOfClauses()
    this.evidentials()
    this.polls()
    this.nominals()
    this.participles()
    this.follow()
    this.headline()
    this.nest()
    this.quotes.sort((a, b) => (a.pieces[0]?.first ?? 0) - (b.pieces[0]?.first ?? 0))
    return {quotes: this.quotes, attributions: this.attributions, problems}
  }

  /**
   * Participles after a comma, and verbs after “and” or “but”, with no
   * speaker, whose subject holds an attribution found after them, by a
   * later pass (“Trump told Newsmax that …, adding, “…””, “Lazar said he
   * … and added, “…””: the quotation's attribution is made before reported
   * speech is read).
   */
  participles(): void {
    const tokens = this.document.tokens

    for (const attribution of this.attributions) {
      const cue = attribution.cue?.range
      if (attribution.speaker || attribution.subject || !cue) continue
      // (A comma, or a quotation closed by one: “…,” adding, “…”.)
      let comma = this.reader.skipSpaceBack(cue.first - 1, 0)
      // “Lazar said he welcomed … and added, “…””: a verb after “and”
      // too.
      // (Not a passive: “… and is expected to rise”.)
      const joined =
        (tokens[comma]?.lower === 'and' || tokens[comma]?.lower === 'but') &&
        !progressiveAuxiliaries.has((tokens[cue.first] as Token).lower)
      if (!joined) {
        if (!(tokens[cue.first] as Token).lower.endsWith('ing')) continue
        if (this.reader.isQuoteMark(comma)) comma--
        if (!this.reader.isComma(comma)) continue
      }
      attribution.subject = this.subjectOf(attribution.sentence, cue.first)
    }
  }

  /**
   * A quotation that opens a sentence with no attribution of its own, after
   * a sentence of its paragraph whose attributions are all one source’s, the
   * last of speech (“…, Schiff said. “The other factor …””): the same
   * speaker goes on, as after “…,” he said. “…”.
   */
  follow(): void {
    const {sentences} = this.document
    // Reported speech with an attribution, around quotations in it.
    const around = outerQuotes(
      this.quotes,
      this.document.tokens,
      (quote) =>
        quote.kind === 'indirect' &&
        quote.attribution !== undefined &&
        !this.dropped.has(quote.attribution),
    )

    // The last quotation with a speaker read so far (direct quotations come
    // in the order of the text), for the answers of an interview.
    let spoken: FoundQuote | undefined

    for (const quote of this.quotes) {
      const opener = quote.pieces[0]?.first ?? -1
      if (quote.kind !== 'direct' || opener === -1) continue
      if (quote.attribution?.speaker && !this.dropped.has(quote.attribution)) spoken = quote
      // “…,” Warren said. “You squeezed employees …” to drive up the stock
      // price, she said”: a quotation that opens reported speech is part of
      // it (see `nest`), not a quotation of the speaker before.
      if (
        (!quote.attribution || this.carried.has(quote)) &&
        quote.pieces.length === 1 &&
        around(quote.pieces[0] as TokenRange)
      ) {
        quote.attribution = undefined
        quote.kind = 'partial'
        continue
      }
      if (quote.attribution) {
        if (this.carried.has(quote)) this.handOver(quote, opener)
        continue
      }
      const sentence = this.sentenceOf(opener)
      // “Arnesen said the club were sad to see Santini go: “We are …””: a
      // quotation after a colon that ends reported speech of its sentence
      // is that speaker’s.
      const colon = this.reader.skipSpaceBack(opener - 1, this.sentenceStart(sentence))
      if (this.document.tokens[colon]?.text === ':') {
        const reported = this.quotes.find(
          (other) =>
            other.kind === 'indirect' &&
            other.attribution?.speaker !== undefined &&
            // (Of speech: not “Democratic leaders, increasingly worried about
            // …, President Obama is rolling out …:”.)
            other.attribution.cue?.cueClass === 'speech' &&
            !this.dropped.has(other.attribution) &&
            this.reader.skipSpace(other.pieces.at(-1)?.last ?? -1, colon + 1) === colon,
        )
        if (reported?.attribution) {
          quote.attribution = reported.attribution
          continue
        }
        // “Sanders … stood up for the federal workforce: “For far too long
        // …””: one that ends a clause with no attribution, whose subject is
        // a source, is that subject’s, the colon its cue.
        const start = this.sentenceStart(sentence)
        // (The subject of the main clause: not “When she plays she frowns:”.)
        const subject = subordinateOpeners.has(this.document.tokens[start]?.lower ?? '')
          ? undefined
          : this.reader.sentenceSubject(start, colon)
        const verb = this.document.tokens[this.reader.skipSpaceBack(colon - 1, start)]
        if (
          subject &&
          this.isSource(subject) &&
          // (Not “The question is: …”, “Obama's questioners: …”.)
          !this.reader.words(subject).every((word) => articles.includes(word.lower)) &&
          !/[’']s?$/.test(this.reader.text(subject)) &&
          !(verb?.word && (auxiliaryWords.has(verb.lower) || isLyAdverb(verb))) &&
          !(this.bySentence.get(sentence) ?? []).some(
            (other) => !this.dropped.has(other) && extent(other).first < colon,
          )
        ) {
          quote.attribution = this.attribution(sentence, subject, this.markCue(colon), undefined)
          continue
        }
      }
      const before = sentences[sentence - 1]
      const block = sentences[sentence]?.block
      // “Does fame make family life harder?” ¶ “Not really. …”: a paragraph
      // that opens with a quotation after a question the writer asks (of an
      // interview) is the answer of whom the paragraphs before last quoted.
      const answered = spoken?.attribution
      if (
        answered &&
        before &&
        before.block !== block &&
        this.sentenceStart(sentence) === opener &&
        this.writersQuestion(sentence - 1) &&
        (block ?? 0) - (sentences[this.sentenceOf(spoken?.pieces[0]?.first ?? 0)]?.block ?? 0) <= 3
      ) {
        quote.attribution = answered
        spoken = quote
        continue
      }
      // (And in the next paragraph, when it is a quotation with no
      // attribution of its own: “… Mr Cartagena said the industry expects
      // …” ¶ “With these investments, …”.)
      if (
        this.sentenceStart(sentence) !== opener ||
        !before ||
        (before.block !== block && !this.carriesOver(before.block, block ?? -1, sentence))
      )
        continue
      const found = this.keptIn(sentence - 1)
      // “Mr Negroponte set up two schools and gave the children laptops.
      // “We put in 25 laptops …””: with no attribution before it, a
      // quotation in the first person is the named subject’s of the
      // sentence before, in its paragraph.
      if (found.length === 0) {
        if (before.block === block) {
          const subject = this.namedSubject(sentence - 1)
          if (subject && this.firstPerson(quote.pieces[0] as TokenRange))
            quote.attribution = this.attribution(sentence - 1, subject, undefined, undefined)
        }
        continue
      }
      // Several attributions of one speaker (“He acknowledged …, but said
      // …”): the last, nearest the quotation. (One with no speaker beside
      // them is a question asked of the speaker: “Asked about the plan,
      // Smith said …”.)
      const speaking = found.filter((other) => other.speaker || other.subject)
      const list = speaking.length > 0 ? speaking : found
      const attribution = list.at(-1)
      const owner = attribution?.subject ?? attribution
      if (list.some((other) => (other.subject ?? other) !== owner)) continue
      const speaker = owner?.speaker
      // (Across paragraphs, only after a verb that reports words, not
      // “…, The Hill reported.”, “the polls showed …”; and only a quotation
      // of a few words, not a scraped “Related:”.)
      const verb = attribution?.cue
        ? this.document.tokens[attribution.cue.range.last - 1]?.lower
        : undefined
      if (
        before.block !== block &&
        (!carriedCues.has(verb ?? '') || this.reader.wordCount(quote.pieces[0] as TokenRange) < 3)
      )
        continue
      if (attribution?.cue?.cueClass === 'speech' && speaker && this.isSource(speaker, true))
        quote.attribution = attribution
      // “Dr Fox was asked if he would … “I’m sure that …””: whom a question
      // was asked answers it.
      else if (attribution && !speaker) quote.attribution = this.answerer(attribution)
    }
  }

  /**
   * The subject of a sentence when it names a person or a source (“Mr
   * Negroponte”, “His friend”, “He”, “Trump” when the article gives the
   * name a given name or a title): not a possessive, a question word or
   * “I”, nor a firm the article only names (“Baikal promptly passed …”).
   */
  namedSubject(sentence: number): TokenRange | undefined {
    const view = this.document.sentences[sentence] as SentenceView
    const subject = this.reader.sentenceSubject(this.sentenceStart(sentence), view.last)
    const words = subject ? this.reader.words(subject) : []
    const head = words[0]
    return subject &&
      head?.capitalised &&
      !notNamingSubjects.has(head.lower) &&
      !isPossessive(words.at(-1)?.text ?? '') &&
      this.isSource(subject, true) &&
      !this.isTaken(subject) &&
      (pronouns.has(head.lower) || this.speaksInBody(subject, 0))
      ? subject
      : undefined
  }

  /** Whether a quotation of four words or more speaks in the first person (“I”, “we’re”, “our”). */
  firstPerson(piece: TokenRange): boolean {
    const words = this.reader.words(piece)
    return words.length >= 4 && words.some((word) => firstPersonWords.test(word.lower))
  }

  /** The attributions of a sentence that the finder has not dropped, in the order made. */
  /**
   * Whether a sentence is a question of the writer's: it ends with a
   * question mark and quotes nothing (“Does fame make family life harder?”).
   */
  writersQuestion(sentence: number): boolean {
    const view = this.document.sentences[sentence] as SentenceView
    const last = this.reader.skipSpaceBack(view.last - 1, view.first)
    if (this.document.tokens[last]?.text !== '?') return false
    for (let index = view.first; index < last; index++)
      if (this.reader.isQuoteMark(index)) return false
    return true
  }

  keptIn(sentence: number): FoundAttribution[] {
    return (this.bySentence.get(sentence) ?? []).filter(
      (attribution) => !this.dropped.has(attribution),
    )
  }

  /**
   * A quotation that took the attribution of the quotation before it, and
   * opens a sentence right after one whose only attribution is a named
   * source's verb of saying, found since, that quotes nothing (“He said:
   * “…” ¶ Guy Mansfield QC warned there was a real risk. “…””): that source
   * speaks it.
   */
  handOver(quote: FoundQuote, opener: number): void {
    const sentence = this.sentenceOf(opener)
    if (this.sentenceStart(sentence) !== opener) return
    const found = this.keptIn(sentence - 1)
    const only = found[0]
    const carried = quote.attribution
    const named = only?.speaker ? this.document.tokens[only.speaker.first] : undefined
    if (
      found.length !== 1 ||
      !only ||
      !carried ||
      only === carried ||
      carried.sentence >= sentence - 1 ||
      only.cue?.cueClass !== 'speech' ||
      this.isWeak(only.cue) ||
      // (Not a participle, whose subject is read from afar.)
      this.document.tokens[only.cue.range.last - 1]?.lower.endsWith('ing') ||
      !only.speaker ||
      !this.isSource(only.speaker, true) ||
      !named?.capitalised ||
      // (A pronoun stands for whom the carried attribution names, mostly.)
      subjectPronouns.has(named.lower) ||
      this.quotes.some(
        (other) =>
          other.attribution === only &&
          other.kind !== 'indirect' &&
          this.sentenceOf(other.pieces[0]?.first ?? -1) === sentence - 1,
      )
    )
      return
    quote.attribution = only
  }

  /**
   * Whether the token at `index` determines a noun after it: an article, a
   * possessive determiner or a possessive (“the”, “his”, “Rubio’s”).
   */
  determined(index: number): boolean {
    const token = this.document.tokens[index]
    if (!token?.word) return token?.text === '’' || token?.text === "'"
    return (
      articles.includes(token.lower) ||
      possessiveDeterminers.includes(token.lower) ||
      /[’']s$/.test(token.lower)
    )
  }

  /** Whether an amount of money opens at `index`: a currency sign before a number (“$234”). */
  amountAt(index: number, limit: number): boolean {
    const sign = this.document.tokens[index]
    const number = this.document.tokens[index + 1]
    return (
      index + 1 < limit &&
      sign !== undefined &&
      currencySigns.has(sign.text) &&
      number?.word === true &&
      /^\d/.test(number.text)
    )
  }

  /**
   * Whether the speaker of the paragraph `previous` may go on in the
   * quotation that opens the next one, `block`, in its sentence `sentence`:
   * both are paragraphs, and no attribution stands in that sentence (the
   * next may have theirs: “…” ¶ “I think the key is …” House prices have
   * risen, Nationwide said.).
   */
  carriesOver(previous: number, block: number, sentence: number): boolean {
    const {blocks} = this.document
    const view = blocks[block]
    if (previous !== block - 1 || !view || view.type !== 'ParagraphNode') return false
    if (blocks[previous]?.type !== 'ParagraphNode') return false
    return (this.bySentence.get(sentence) ?? []).every((attribution) =>
      this.dropped.has(attribution),
    )
  }

  /**
   * The attribution of an answer to a question asked in the passive (“Dr
   * Fox was asked if …”): its subject, when it names a person or a source,
   * with no cue (the question’s asker is not named).
   */
  answerer(asked: FoundAttribution): FoundAttribution | undefined {
    const cue = asked.cue
    if (!cue) return undefined
    const verb = this.document.tokens[cue.range.last - 1]
    const start = this.sentenceStart(asked.sentence)
    // (Or “Asked whether …, Glover pauses.”: the subject of the main clause
    // after the participle's.)
    const opening = cue.range.first === start
    if (verb?.lower !== 'asked' || !(opening || this.reader.isPassive(cue.range.last - 1, 0)))
      return undefined
    const subject = opening
      ? this.namedSubject(asked.sentence)
      : this.reader.sentenceSubject(start, cue.range.first)
    if (!subject || !this.isSource(subject, true) || this.isTaken(subject)) return undefined
    return this.attribution(asked.sentence, subject, undefined, undefined)
  }

  /**
   * Whether content after a verb that also takes a plain object (“added more
   * than five million new customers”) is only that object: no “that”, no
   * verb, no pronoun subject; or whether “saw” saw a change in amounts (see
   * `sawChange`).
   */
  objectOnly(cue: FoundCue, content: TokenRange): boolean {
    const verb = this.document.tokens[cue.range.last - 1] as Token
    if (seeForms.has(verb.lower)) return this.sawChange(content)
    // “managed to view the site with no problems”: a look, no opinion
    // (“tend to view Clinton unfavorably”, “came to view the deal as a
    // mistake”).
    if (verb.lower === 'view' && this.document.tokens[cue.range.last - 3]?.lower === 'to')
      return !this.viewHeld(content)
    if (!objectCues.has(verb.lower)) return false
    for (let index = content.first; index < content.last; index++) {
      const token = this.document.tokens[index] as Token
      if (this.reader.isQuoteMark(index)) return false
      if (!token.word) continue
      // The object ends where a clause of time or reason opens (“added an
      // extra 6.4% … after the trading session had finished”).
      if (index > content.first && objectEnders.has(token.lower)) break
      if (
        token.lower === 'that' ||
        subjectPronouns.has(token.lower) ||
        // (Not “a further penalty”: an adjective after an article.)
        (auxiliaryWords.has(token.lower) &&
          !articles.includes(this.document.tokens[index - 2]?.lower ?? '')) ||
        verbLike(token)
      )
        return false
    }
    return true
  }

  /**
   * Whether content after “view”, or the rest of its sentence, holds an
   * opinion: “as” (“viewed the deal as a mistake”), “that”, or an adverb in
   * “-ly” (“unfavorably”).
   */
  viewHeld(content: TokenRange): boolean {
    const end = this.document.sentences[this.sentenceOf(content.first)]?.last ?? content.last
    for (let index = content.first; index < end; index++) {
      const token = this.document.tokens[index] as Token
      if (token.word && (token.lower === 'as' || token.lower === 'that' || isLyAdverb(token)))
        return true
    }
    return false
  }

  /**
   * Whether content after “saw” is a change seen, no view held: “saw its
   * profits fall 9%”, “saw a 3% rise in sales”, “saw his support collapse”.
   */
  sawChange(content: TokenRange): boolean {
    let words = 0
    let previous = ''
    for (let index = content.first; index < content.last && words < 6; index++) {
      const token = this.document.tokens[index] as Token
      if (token.text === '%') return true
      if (!token.word) continue
      // Not a noun after an article: “sees parallels between the rise of …”.
      if (changeVerbs.has(token.lower) && !articles.includes(previous)) return true
      previous = token.lower
      words++
    }
    return false
  }

  /** Mark tokens taken: `1` by a quotation’s marks and words, `2` by an attribution. */
  take(range: TokenRange, kind: 1 | 2 = 1): void {
    this.taken.fill(kind, range.first, range.last)
  }

  /**
   * A speaker that opens with a subject pronoun and goes on with a predicate
   * (“She went on to say:”, “he began dismissing”, “they bristled at the
   * continued questions about”) is the pronoun alone, when no name follows:
   * a pronoun takes no modifier but “both”, “all” or a reflexive.
   */
  pronounOnly(speaker: TokenRange): TokenRange {
    const reader = this.reader
    const first = reader.skipSpace(speaker.first, speaker.last)
    const pronoun = this.document.tokens[first]
    if (!pronoun?.word || !subjectPronouns.has(pronoun.lower)) return speaker
    const next = reader.skipSpace(first + 1, speaker.last)
    const word = this.document.tokens[next]
    if (
      next >= speaker.last ||
      !word?.word ||
      pronounModifiers.has(word.lower) ||
      // (“She and her aides said”: a pronoun joined to a noun phrase.)
      word.lower === 'and'
    )
      return speaker
    // A name after it may be the subject (“It doesn’t sound like Rubio knows”).
    if (reader.words({first: next, last: speaker.last}).some((token) => token.capitalised))
      return speaker
    return {first, last: first + 1}
  }

  /** Whether any token of a range is taken by a quotation or an attribution. */
  isTaken(range: TokenRange): boolean {
    for (let index = range.first; index < range.last; index++) if (this.taken[index]) return true
    return false
  }

  /**
   * Whether a time before “after” or “before” opens the words from `from`
   * (“a day after …”, “hours before …”, “just weeks after …”).
   */
  timeBefore(from: number, limit: number): boolean {
    const words = this.reader.words({first: from, last: Math.min(limit, from + 8)})
    for (const [index, word] of words.slice(0, 4).entries()) {
      if ((word.lower === 'after' || word.lower === 'before') && index > 0) return true
      if (!spansOfTime.has(word.lower) && !/^\d+$/.test(word.lower)) return false
    }
    return false
  }

  /**
   * Whether a cue of one word is a past participle that opens a phrase
   * (“published in”) between commas right after the subject of its
   * sentence, before the verb of the sentence.
   */
  describesSubject(cue: FoundCue, start: number, limit: number): boolean {
    const reader = this.reader
    const before = reader.skipSpaceBack(cue.range.first - 1, start)
    return (
      before > start &&
      reader.isComma(before) &&
      cue.range.last === cue.range.first + 1 &&
      reader.participleOpens(cue.range.first, limit) &&
      !reader.commaWithin(start, before - 1) &&
      this.verbAfterComma(cue.range.last, limit)
    )
  }

  /**
   * Whether a range is the clause of a participle that is a cue (“Asked
   * about …”, “Speaking to reporters”): one in -ing with no verb after it
   * is no subject (“Agreeing to pay did not mean …” is).
   */
  participleClause(range: TokenRange): boolean {
    const first = this.document.tokens[range.first]
    if (!first?.word || this.reader.cueAt(range.first, range.last) === undefined) return false
    if (first.lower.endsWith('ed')) return true
    return first.lower.endsWith('ing') && !this.hasVerb({first: range.first + 1, last: range.last})
  }

  /**
   * Whether any token of a range is taken by an attribution: reported
   * content may hold quotations (it is then mixed), not attributions.
   */
  isClaimed(range: TokenRange): boolean {
    for (let index = range.first; index < range.last; index++)
      if (this.taken[index] === 2) return true
    return false
  }

  /** Whether a verb or an auxiliary stands in a range. */
  hasVerb(range: TokenRange): boolean {
    for (let index = range.first; index < range.last; index++) {
      const token = this.document.tokens[index] as Token
      if (token.word && (verbLike(token) || auxiliaryWords.has(token.lower))) return true
    }
    return false
  }

  /**
   * The end of content before the comma that opens the clause of an
   * attribution found inside it (the mark closing a quotation with it
   * included), or its own end when none is inside or no comma stands before
   * one.
   */
  beforeClaimed(content: TokenRange): number {
    let claimed = content.first
    while (claimed < content.last && this.taken[claimed] !== 2) claimed++
    if (claimed === content.last) return content.last
    // (Words of the content's own stand between them: not “The report adds
    // “…,” said David Bloom”, where the attribution is the quotation's.)
    let words = 0
    // (Nor inside a quotation: a mark between them, but one right after the
    // comma.)
    let marks = 0
    for (let index = claimed - 1; index > content.first + 2; index--) {
      if (this.taken[index] === 2) return content.last
      if (this.reader.isComma(index) && words > 0) {
        const closes = this.reader.isQuoteMark(index + 1)
        if (marks > (closes ? 1 : 0)) return content.last
        const last = closes ? index + 2 : this.contentEnd(index)
        // (What is kept is a clause, with a verb: not “It helps, said Mr
        // Burke, that …”.)
        return this.hasVerb({first: content.first, last}) ? last : content.last
      }
      if (this.document.tokens[index]?.word) words++
      else if (this.reader.isQuoteMark(index)) marks++
    }
    return content.last
  }

  /**
   * Whether an apposition (from its comma) describes a source: no relative
   * clause, and a noun of people or sources as its head (“, an analyst at
   * Pivotal Research Group”, “, a public opinion research group”; not “, a
   * huge sum for a firm with 35 partners”).
   */
  describesSource(range: TokenRange): boolean {
    const words = this.reader.words(range)
    // (Nor a relative clause of “that”: “…, according to a memo, a
    // decision that stunned staff.”)
    if (words.some((word) => relativeWords.has(word.lower) || word.lower === 'that')) return false
    // Its head: the word before its first preposition, or its last.
    const preposition = words.findIndex((word, index) => index > 0 && stopWords.has(word.lower))
    const head = words[(preposition === -1 ? words.length : preposition) - 1]
    return (
      head !== undefined &&
      head.text === head.lower &&
      !articles.includes(head.lower) &&
      !quantifiers.includes(head.lower) &&
      (roleNoun(head) || peopleNoun(head.lower))
    )
  }

  attribution(
    sentence: number,
    speaker: TokenRange | undefined,
    cue: FoundCue | undefined,
    addressee: TokenRange | undefined,
    subject?: FoundAttribution,
  ): FoundAttribution {
    if (speaker) speaker = this.withoutTime(this.pronounOnly(speaker))
    if (cue && speaker) speaker = this.withoutHelp(speaker, cue)
    if (cue) cue = this.cueWithAuxiliaries(cue, speaker)
    if (cue && speaker) speaker = this.speakerWithComma(speaker, cue)
    const found: FoundAttribution = {
      sentence,
      speaker,
      subject,
      cue,
      addressee,
    }
    this.attributions.push(found)
    const list = this.bySentence.get(sentence)
    if (list) list.push(found)
    else this.bySentence.set(sentence, [found])
    if (speaker) this.take(speaker, 2)
    if (cue) this.take(cue.range, 2)
    if (addressee) this.take(addressee, 2)
    return found
  }

  /**
   * A speaker without the time on a line of its own before it, in a live
   * blog's entry heading (“09:15\nFirst Minister urges …”).
   */
  withoutTime(speaker: TokenRange): TokenRange {
    const tokens = this.document.tokens
    const time = tokens[speaker.first] as Token
    const space = tokens[speaker.first + 1]
    return space?.space && space.text.includes('\n') && clockTime.test(time.text)
      ? {first: speaker.first + 2, last: speaker.last}
      : speaker
  }

  /**
   * A speaker with an apposition keeps the comma that closes it before its
   * cue (“Brent Bozell, founder of the center, said”), as attribution
   * corpora mark sources.
   */
  speakerWithComma(speaker: TokenRange, cue: FoundCue): TokenRange {
    const reader = this.reader
    const comma = reader.skipSpace(speaker.last, cue.range.first)
    if (!reader.isComma(comma) || reader.skipSpace(comma + 1, cue.range.first) !== cue.range.first)
      return speaker
    for (let index = speaker.first; index < speaker.last; index++) {
      if (reader.isComma(index)) return {first: speaker.first, last: comma + 1}
    }
    return speaker
  }

  /**
   * A speaker without a form of “help” that ends it right before the cue
   * (“whose work helped reveal …”): that verb is the cue's (see
   * `cueWithAuxiliaries`).
   */
  withoutHelp(speaker: TokenRange, cue: FoundCue): TokenRange {
    const reader = this.reader
    const last = reader.skipSpaceBack(speaker.last - 1, speaker.first)
    if (
      last <= speaker.first ||
      reader.skipSpace(speaker.last, cue.range.first) !== cue.range.first ||
      !helpForms.has(this.document.tokens[last]?.lower ?? '')
    )
      return speaker
    return {first: speaker.first, last: reader.skipSpaceBack(last - 1, speaker.first) + 1}
  }

  /**
   * A cue with the auxiliaries, adverbs and negation between its speaker and
   * it (“has said”, “also told”, “did not say”), as attribution corpora mark
   * cues.
   */
  cueWithAuxiliaries(cue: FoundCue, speaker: TokenRange | undefined): FoundCue {
    const tokens = this.document.tokens
    // (“was quoted as saying”.)
    let first = this.quotedAs(cue.range.first, speaker?.last ?? 0)
    const from =
      speaker && speaker.last <= cue.range.first ? speaker.last : speaker ? cue.range.first : 0
    for (let index = first - 1; index >= from && first - index < 12; index--) {
      const token = tokens[index] as Token
      if (token.space) continue
      if (!token.word || this.taken[index]) break
      if (
        !auxiliaryWords.has(token.lower) &&
        !negations.has(token.lower) &&
        !(first === cue.range.first && helpForms.has(token.lower)) &&
        token.lower !== 'been' &&
        token.lower !== 'being' &&
        !isLyAdverb(token, true)
      ) {
        break
      }
      first = index
    }
    // “said:” before a quotation: the colon goes with the cue.
    let last = cue.range.last
    if (tokens[last]?.text === ':' && !this.taken[last] && tokens[last - 1]?.word) last++
    return first === cue.range.first && last === cue.range.last
      ? cue
      : {range: {first, last}, cueClass: cue.cueClass}
  }

  /**
   * Index of “quoted” when “quoted as” stands right before the cue at
   * `index` (“was quoted as saying”), else `index`.
   */
  quotedAs(index: number, start: number): number {
    const reader = this.reader
    const as = reader.skipSpaceBack(index - 1, start)
    const quoted = reader.skipSpaceBack(as - 1, start)
    return as >= start &&
      this.document.tokens[as]?.lower === 'as' &&
      quoted >= start &&
      this.document.tokens[quoted]?.lower === 'quoted' &&
      !this.taken[quoted]
      ? quoted
      : index
  }

  /** The sentence of a token. */
  sentenceOf(index: number): number {
    return this.document.tokens[index]?.sentence ?? 0
  }

  blockOf(index: number): number {
    return this.document.sentences[this.sentenceOf(index)]?.block ?? 0
  }

  blockType(index: number): string {
    return this.document.blocks[this.blockOf(index)]?.type ?? ''
  }

  /**
   * Whether a sentence is in title case: all its words of four letters or
   * more capitalised, and at least three of them.
   */
  titleCased(sentence: number): boolean {
    const view = this.document.sentences[sentence] as SentenceView
    const {long, capitalised} = longWordCapitals(this.document, view)
    return long >= 3 && capitalised === long
  }

  /** Whether the sentence that `start` opens is the first of its block. */
  opensBlock(start: number): boolean {
    const view = this.document.sentences[this.sentenceOf(start)]
    return view !== undefined && this.document.blocks[view.block]?.sentences[0] === view.index
  }

  /**
   * Where a sentence’s own words start: after a dateline and its dash.
   */
  sentenceStart(sentence: number): number {
    // Each scan asks it of every sentence: it is found once.
    const known = this.starts[sentence]
    if (known) return known - 1
    const {first, last} = this.reader.sentenceRange(sentence)
    let index = this.reader.skipSpace(first, last)
    const token = this.document.tokens[index]

    if (token?.node.type === 'DatelineNode') {
      index = this.reader.skipSpace(index + 1, last)
      const text = this.document.tokens[index]?.text ?? ''
      if (isDash(text) || text === ':') index = this.reader.skipSpace(index + 1, last)
    }

    // Markup pasted before the words of a paragraph (“- “…,” said …”, “> ”,
    // “**”): a bullet or an emphasis mark opens nothing. (Not a dash inside
    // a paragraph: “… “Build the wall!” - “and restore …””.)
    if (this.opensBlock(index)) {
      while (index < last && markup.has(this.document.tokens[index]?.text ?? ''))
        index = this.reader.skipSpace(index + 1, last)
      // (Nor the label of a question or an answer: “A: Anyone can enroll,
      // the department said.”)
      const label = this.document.tokens[index]?.text
      if ((label === 'Q' || label === 'A') && this.document.tokens[index + 1]?.text === ':')
        index = this.reader.skipSpace(index + 2, last)
    }

    // A kicker that opens a headline (“Exclusive: Boeing weighs sale …,
    // sources say”, “Opinion | …”) is no part of what it reports.
    if (this.blockType(index) === 'HeadlineNode') index = this.afterKicker(index, last)

    this.starts[sentence] = index + 1
    return index
  }

  /**
   * The first token after a kicker that opens a headline at `index`, a
   * section's label (see `labelPatterns`) before a colon or a bar: “Exclusive:
   * …”, “Opinion | …”, “Fact check: …”; else `index`.
   */
  afterKicker(index: number, last: number): number {
    const tokens = this.document.tokens
    let words = 0
    let label = ''
    for (let at = index; at < last && words <= 3; at++) {
      const token = tokens[at] as Token
      if (token.text === ':' || token.text === '|') {
        return words > 0 && sectionLabel?.test(label.trimEnd())
          ? this.reader.skipSpace(at + 1, last)
          : index
      }
      if (token.word) words++
      else if (!token.space) return index
      label += token.text
    }
    return index
  }

  /** Quotes in marks: direct or partial, with attributions. */
  direct(marked: MarkedQuote[]): void {
    const merged = new Set<MarkedQuote>()
    const byOpener = new Map<number, MarkedQuote>()
    for (const quote of marked) byOpener.set(quote.pieces[0]?.first ?? -1, quote)
    let previous: FoundQuote | undefined

    for (const quote of marked) {
      if (merged.has(quote)) continue
      const first = quote.pieces[0] as TokenRange
      const last = quote.pieces[quote.pieces.length - 1] as TokenRange
      const opener = first.first
      const closer = last.last - 1
      const sentence = this.sentenceOf(opener)
      const start = this.sentenceStart(sentence)
      const closing = this.reader.sentenceRange(this.sentenceOf(closer))
      const found: FoundQuote = {kind: 'partial', pieces: [...quote.pieces], attribution: undefined}
      this.quotes.push(found)

      // A headline quotes a word or a phrase in single marks (“Blair
      // ‘confident’ of win”), but for a quotation closed by a comma before
      // its attribution (“‘We will rebuild,’ mayor vows”).
      // So too before an inverted cue: “‘We will rebuild’ says mayor”,
      // “Golden rule ‘intact’ says ex-aide”.
      if (
        this.blockType(opener) === 'HeadlineNode' &&
        quote.marks === 'single' &&
        !this.commaInMark(closer) &&
        !this.reader.isComma(this.reader.skipSpace(closer + 1, closing.last)) &&
        !this.invertedAfter(closer, closing.last)
      )
        continue

      const capitalized = isCapitalised(this.document.tokens[opener + 1]?.text ?? '')
      // Attributions tried for a quotation that turns out partial are undone.
      const mark = this.attributions.length
      // “A reader would ask: “What is on?” Technorati estimates that …”: a
      // quotation after a colon that ends its sentence inside its marks is
      // the colon’s; what follows it is a sentence of its own.
      const inner = this.document.tokens[this.reader.skipSpaceBack(closer - 1, opener)]?.text
      const led =
        this.colonBefore(opener, start) && (inner === '?' || inner === '!' || inner === '.')
      // (The sentence after it attributes a quotation that opens its own
      // sentence or a sentence in its marks, not a word or a phrase quoted
      // in the writer's: “He said the decision was “final”. The White
      // House did not respond.”)
      let after =
        quote.closed && !led
          ? (this.after(closer + 1, closing.last, this.sentenceOf(closer)) ??
            (opener === start || capitalized ? this.nextSentence(closer, closing.last) : undefined))
          : undefined
      // “… a “zero tolerance” drive, Education Secretary Ruth Kelly has
      // suggested”: after a fragment, words before a comma end the content
      // (see `phrase` below).
      const read = after?.attribution.speaker
      let word = opener + 1
      while (word < closer && !this.document.tokens[word]?.word) word++
      if (
        !this.document.tokens[word]?.capitalised &&
        read &&
        this.reader.phraseBeforeSpeaker(read)
      ) {
        this.undo(mark)
        after = undefined
      }
      // “The only way … is jail time” for criminal behavior, she said: a
      // short phrase between the quotation and its attribution is content.
      let phrase: number | undefined

      if (quote.closed && !after && quote.pieces.length === 1) {
        const comma = this.phraseEnd(closer + 1, closing.last)

        if (comma !== undefined) {
          after = this.after(comma, closing.last, this.sentenceOf(closer))
          if (after) phrase = this.reader.skipSpaceBack(comma - 1, closer) + 1
        }
      }
      const final = quote.closed && this.endsSentence(closer, closing.last)
      let before = after ? undefined : this.before(opener, start, sentence, capitalized, final)
      // “A source said the intruders were seeking “economic intelligence.””:
      // a fragment right after a cue inside reported speech is part of the
      // outer content, which attribution corpora give to the outer speaker.
      if (
        before?.cue &&
        !capitalized &&
        quote.pieces.length === 1 &&
        this.sentenceOf(closer) === sentence &&
        this.reader.skipSpace(before.cue.range.last, opener) === opener &&
        this.reportedWithin(before.speaker?.first ?? before.cue.range.first, start)
      ) {
        this.undo(mark)
        before = undefined
      }
      // A paragraph that is a quotation, after one that ends in a colon (“Dr. Ward stated:”).
      const leadIn = after || before ? null : this.leadIn(opener, start)
      if (leadIn) before = leadIn
      // “He said. “Budgets have to add up.””: a full stop typed for a colon.
      if (!after && !before && capitalized && opener === start) before = this.saidBefore(start)
      // “In the words of the late senator, “…””.
      if (!after && !before) before = this.wordsOf(opener, start, sentence)
      // “Trump went even further: “If he goes forward …””: a sentence
      // quoted after a colon, with no cue before it, is its clause’s
      // subject’s, the predicate its cue.
      if (!after && !before && capitalized && this.colonBefore(opener, start))
        before = this.predicateBefore(opener, start, sentence)
      const words = this.reader.wordCount({first: opener, last: closer + 1})
      // “But “Donald Trump’s candidacy is strengthened …”” starts its
      // sentence too, after the conjunction.
      const atStart =
        opener === start ||
        (sentenceConjunctions.has(this.document.tokens[start]?.lower ?? '') &&
          this.reader.skipSpace(start + 1, opener) === opener)
      // “Neither man was impressed - ''Born with a silver spoon,'' Mr. Elkins
      // said - but …”: a quotation after a dash with its attribution after
      // it; so too after an opening parenthesis (“softness (''This is …,''
      // Monica Crowley wrote in The Washington Times)”).
      const introduced =
        before !== undefined ||
        leadIn === undefined ||
        this.colonBefore(opener, start) ||
        (after !== undefined &&
          (this.dashBefore(opener, start) || this.parenthesisBefore(opener, start)))

      const isDirect =
        quote.pieces.length > 1 ||
        introduced ||
        (atStart && (after !== undefined || words >= 4 || this.endsSentence(closer, closing.last)))

      // “The visit became ''the high-water mark,'' according to Mr. Rhodes”:
      // a partial quotation followed by its attribution ends reported speech
      // that starts with the sentence.
      // Only when the attribution ends the sentence: in “On “Fox News
      // Sunday,” Pence said …” it reports what follows it. Nor when the cue
      // has an object of its own (“Bemoaning the “phony system,” Trump
      // accused Holt of …”).
      const clauseFirst =
        !isDirect && after?.attribution.speaker && quote.pieces.length === 1
          ? this.clauseStart(opener, start)
          : start
      if (
        !isDirect &&
        after?.attribution.speaker &&
        !this.isTitle(opener, closer) &&
        quote.pieces.length === 1 &&
        this.onlyAdverbial(extent(after.attribution).last, closing.last) &&
        (!this.isWeak(after.attribution.cue) ||
          this.isTail(after.attribution, start, opener, closer))
      ) {
        this.quotes.pop()
        // With the phrase between the quotation and its attribution (“This
        // was helped by “compact” editions, it said.”).
        const mixed: FoundQuote = {
          kind: 'mixed',
          pieces: [{first: clauseFirst, last: phrase ?? last.last}],
          attribution: after.attribution,
        }
        this.quotes.push(mixed)
        previous = mixed
        this.quotes.push({
          kind: 'partial',
          pieces: [...quote.pieces],
          attribution: after.attribution,
        })
        continue
      }

      // (A title is no quotation, unless its cue introduces it right before
      // a comma or a colon: “by interjecting, “Only Rosie O’Donnell.””, not
      // “promoting his book, “Sin Miedo””.)
      const intro = this.reader.skipSpaceBack(opener - 1, start)
      const introText = this.document.tokens[intro]?.text
      const introducedAsSpeech =
        before !== undefined &&
        after === undefined &&
        (introText === ',' || introText === ':') &&
        this.cueAdjacent(before, intro) &&
        // (A noun after a determiner is no cue: “on Mr. King’s show,
        // “Politicking.””.)
        !this.determined(this.reader.skipSpaceBack((before.cue?.range.first ?? opener) - 1, 0))
      // (A sentence of its own after one that quotes its speaker is no
      // title: “… ,” he said. “Never.””.)
      const told = previous?.pieces[previous.pieces.length - 1]
      const carried =
        opener === start &&
        final &&
        previous?.kind === 'direct' &&
        previous.attribution !== undefined &&
        told !== undefined &&
        this.sentenceOf(told.last - 1) === sentence - 1 &&
        this.document.sentences[sentence - 1]?.block === this.document.sentences[sentence]?.block
      // (Its comma inside the closing mark is the sentence's when the
      // quotation comes after its cue: “The group, called “Moms for
      // Liberty,” met …”.)
      if (
        !isDirect ||
        (!introducedAsSpeech && !carried && this.isTitle(opener, closer, after === undefined))
      ) {
        this.undo(mark)
        // “She called his actions “a crucial step.””: a partial quotation that
        // is the object of a cue in its clause is that cue’s content.
        if (quote.closed && this.blockType(opener) !== 'HeadlineNode') {
          found.attribution = this.naming(opener, closer, start, closing.last, sentence)
          const cue = found.attribution?.cue

          // The content is what the cue names and the quotation: “called the
          // political system “rotten to the core.””.
          if (found.attribution && cue) {
            let from = this.reader.skipSpace(cue.range.last, opener)
            // (A verb of saying reports from its “that”: “wrote on Twitter
            // that the media was “dishonest.””.)
            const verb = this.document.tokens[cue.range.last - 1]?.lower ?? ''
            if (!namingVerbs.has(verb)) {
              // (Over a circumstance or an addressee, not a verb: “promised
              // to make sure that …” reports all of it.)
              for (let at = from; at < opener; at++) {
                const token = this.document.tokens[at] as Token
                if (token.lower === 'that') from = at
                if (
                  token.lower === 'that' ||
                  token.lower === 'to' ||
                  (token.word && verbLike(token))
                )
                  break
              }
            }
            if (from < opener) {
              this.quotes.push({
                kind: 'mixed',
                pieces: [{first: from, last: last.last}],
                attribution: found.attribution,
              })
            }
          }
        }

        continue
      }
      found.kind = 'direct'
      found.attribution = after?.attribution ?? before

      if (phrase !== undefined) {
        found.kind = 'mixed'
        found.pieces = [{first: first.first, last: phrase}]
      }

      // “Cruz “has consistently demonstrated …””, “that in her state, ''there
      // is …''”: a quotation that starts in lower case after words of the
      // same clause is the end of reported speech that starts before it.
      let clause = this.fragmentStart(opener, start)
      // “told Reuters “we have …””: the addressee is no part of the fragment.
      const addressee = found.attribution?.addressee
      if (clause !== undefined && addressee && clause < addressee.last && addressee.last <= opener)
        clause = this.reader.skipSpace(addressee.last, opener)
      if (clause !== undefined && quote.pieces.length === 1) {
        // Right after its cue (“The founders wrote “shall not be
        // infringed.””), the fragment is a partial quote of its own.
        if (clause < opener) {
          found.kind = 'mixed'
          found.pieces = [{first: clause, last: last.last}]
        } else {
          found.kind = 'partial'
        }
      }

      // “If the deal goes through, she said, “we will all be better off.””:
      // the clause before a mid-sentence attribution begins what is quoted.
      const lead = before && !after ? this.leadBefore(before, opener, start) : undefined
      if (lead && found.kind === 'direct' && quote.pieces.length === 1) {
        found.kind = 'mixed'
        // (With the words after the quotation to the end of its sentence:
        // “The ruling, the judge wrote, “leaves no doubt” that the law was
        // broken.”)
        const tail = this.reader.skipSpace(closer + 1, closing.last)
        let rest =
          tail < closing.last && this.document.tokens[tail]?.word
            ? this.contentEnd(closing.last)
            : -1
        // (Not over a cue of its own: “… called him “driven” and asserted
        // that …”.)
        for (let index = tail; index < rest; index++)
          if (this.taken[index] || this.reader.cueAt(index, rest)) {
            rest = -1
            break
          }
        found.pieces = [lead, rest > tail ? {first: opener, last: rest} : (first as TokenRange)]
      }

      // “A,” he said, “B.”: the quotation goes on after its attribution.
      if (after && after.end < closing.last) {
        let comma = this.reader.skipSpace(after.end, closing.last)
        let next = this.reader.skipSpace(comma + 1, closing.last)

        // “…,” Tester said, referring to the excuse, “…”: skip a short clause.
        // One that opens with a participle of saying (“…,” Trump said, adding
        // later, “…”) is an attribution of its own for the rest.
        let participle: FoundCue | undefined
        if (this.reader.isComma(comma) && !byOpener.has(next)) {
          const word = this.document.tokens[next]
          if (word?.word && participleCues.has(word.lower))
            participle = this.reader.cueAt(next, closing.last)
          let end = next
          while (
            end < closing.last &&
            end - next < 30 &&
            !this.reader.isComma(end) &&
            !this.reader.isClauseEnd(end) &&
            !this.reader.isQuoteMark(end)
          )
            end++
          if (this.reader.isComma(end)) {
            comma = end
            next = this.reader.skipSpace(end + 1, closing.last)
          }
        }

        // “…,” he said, but “…”: a conjunction before the rest.
        const conjunction = this.document.tokens[next]
        if (
          this.reader.isComma(comma) &&
          conjunction?.word &&
          (conjunction.lower === 'but' || conjunction.lower === 'and')
        ) {
          const after = this.reader.skipSpace(next + 1, closing.last)
          if (byOpener.has(after)) next = after
        }

        const rest = this.reader.isComma(comma) ? byOpener.get(next) : undefined

        // Only a new sentence: “…,” Tester said, referring to the excuse,
        // “you give …” goes on with the same one.
        const capital = rest
          ? isCapitalised(this.document.tokens[(rest.pieces[0]?.first ?? 0) + 1]?.text ?? '')
          : false
        if (rest && participle && capital && after.attribution.speaker) {
          merged.add(rest)
          const attribution = this.attribution(
            sentence,
            undefined,
            {
              range: {
                first: participle.range.first,
                last: this.reader.skipSpaceBack(comma - 1, participle.range.first) + 1,
              },
              cueClass: participle.cueClass,
            },
            undefined,
            after.attribution,
          )
          this.quotes.push({kind: 'direct', pieces: [...rest.pieces], attribution})
        } else if (rest) {
          merged.add(rest)
          found.pieces.push(...rest.pieces)
        }
      }

      // A quotation with no attribution of its own, after one that has one:
      // the same speaker goes on (“…,” he said. “…”; a paragraph that opens
      // with a quote). Not in the next paragraph after words of its own
      // (“Marcia Price shouted to the crowd. “…””).
      const gap = this.blockOf(opener) - this.blockOf(previous?.pieces.at(-1)?.last ?? 0)
      if (
        !found.attribution &&
        atStart &&
        previous?.attribution &&
        (previous.kind === 'direct' || previous.kind === 'mixed') &&
        (gap === 0 || (gap === 1 && this.opensBlock(start)))
      ) {
        found.attribution = previous.attribution
        this.carried.add(found)
      }

      // A quotation that reported speech around it took in (“…” for
      // criminal behavior, she said; Cruz “has …”) is a partial quote of it
      // too, as in reported speech found later (see `nest`).
      if (found.kind === 'mixed' && quote.pieces.length === 1)
        this.quotes.push({
          kind: 'partial',
          pieces: [...quote.pieces],
          attribution: found.attribution,
        })

      previous = found
    }
  }

  /**
   * The clause that a mid-sentence attribution follows, when the quotation
   * after it starts in lower case: from the sentence’s start to the comma
   * before the attribution, three words at least, taken by nothing.
   */
  leadBefore(attribution: FoundAttribution, opener: number, start: number): TokenRange | undefined {
    const tokens = this.document.tokens
    const first = tokens[opener + 1]
    if (!first?.word || first.text !== first.lower || !attribution.speaker) return undefined
    const from = Math.min(attribution.speaker.first, attribution.cue?.range.first ?? opener)
    const comma = this.reader.skipSpaceBack(from - 1, start)
    if (!this.reader.isComma(comma) || comma <= start) return undefined
    const lead = {first: start, last: this.reader.skipSpaceBack(comma - 1, start) + 1}
    // (Two words when they are a subject that a determiner opens: “The
    // ruling, the judge wrote, “leaves no doubt” …”.)
    const words = this.reader.words(lead)
    const determined = words.length === 2 && objectOpeners.has(words[0]?.lower ?? '')
    if ((words.length < 3 && !determined) || this.isTaken(lead)) return undefined
    // “Earlier this year, the ambassador wrote …, “at the …””: a time or an
    // adverbial is no clause.
    // (Nor a participle's phrase, “Promising to write more, Bolton said,
    // “they should …””, but for a gerund that is the subject of a verb
    // that opens the quotation: “Evaluating the candidates …, Stevens
    // said, “is like …””.)
    if (
      this.reader.isTime(lead.first, lead.last) ||
      this.reader.isAdverbial(lead.first, lead.last) ||
      (this.reader.isParticiple(lead.first) && !this.verbAfter(opener + 1, opener + 3))
    )
      return undefined
    // “According to Yahoo News, Lehrich said …, “…””: a source, no clause.
    if (
      this.document.tokens[lead.first]?.lower === 'according' &&
      this.reader.cueAt(lead.first, lead.last)
    )
      return undefined
    return lead
  }

  /** Whether a cue’s verb is a weak cue (one that takes an object: “accused”). */
  isWeak(cue: FoundCue | undefined): boolean {
    const verb = cue ? this.document.tokens[cue.range.last - 1] : undefined
    return verb !== undefined && weakCues.has(verb.lower)
  }

  /**
   * Whether the cue of an attribution after a quotation, a verb that takes
   * an object elsewhere, reports the words from `first` to `last` before
   * it, and the quotation closing at `closer` with a comma (“This is “…,”
   * reported Reuters.”): an active verb of reporting with a source for its
   * speaker, after words with no cue of their own (“He said that he was
   * “…,” The Post reported” leaves them to “said”).
   */
  isTail(attribution: FoundAttribution, first: number, last: number, closer: number): boolean {
    const {cue, speaker} = attribution
    const comma =
      this.commaInMark(closer) ||
      this.reader.isComma(this.reader.skipSpace(closer + 1, cue?.range.first ?? closer))
    if (!comma || !cue || !speaker || !this.isSource(speaker)) return false
    const tokens = this.document.tokens
    const verb = tokens[cue.range.last - 1] as Token
    if (!tailCues.has(verb.lower) || this.reader.isPassive(cue.range.last - 1, cue.range.first))
      return false
    for (let index = first; index < last; index++) {
      if (tokens[index]?.word && this.reader.cueAt(index, last)) return false
    }
    return true
  }

  /**
   * The attribution in the sentence after a quotation that ends its own:
   * “… country?” Clinton said. Only a short sentence that is all
   * attribution counts.
   */
  nextSentence(
    closer: number,
    limit: number,
  ): {attribution: FoundAttribution; end: number} | undefined {
    if (!this.endsSentence(closer, limit)) return undefined
    const sentence = this.sentenceOf(closer)
    const next = this.document.sentences[sentence + 1]
    const current = this.document.sentences[sentence]
    if (!next || !current || next.block !== current.block) return undefined
    const found = this.after(next.first, next.last, next.index, true)
    if (!found) return undefined
    return found
  }

  /**
   * Whether a signature's name ends at `end`: at the end of its line or its
   * sentence, maybe after where it was said (“— Geert Wilders, on X”).
   */
  signatureEnds(end: number, limit: number): boolean {
    const {tokens} = this.document
    let last = end - 1
    if (this.reader.isComma(end)) {
      const word = this.reader.skipSpace(end + 1, limit)
      if (!circumstancePrepositions.has(tokens[word]?.text ?? '')) return false
      // (A few words: “on X”, “in a statement”.)
      for (last = word; last < limit && last - word < 8; last++) {
        const next = tokens[last + 1]
        if (!next || breaksLine(next) || this.reader.isClauseEnd(last + 1)) break
      }
    }
    const following = tokens[last + 1]
    return (following !== undefined && breaksLine(following)) || this.endsSentence(last, limit)
  }

  /** Whether a sentence is the last of its block. */
  lastOfBlock(sentence: number): boolean {
    const {blocks, sentences} = this.document
    const block = blocks[sentences[sentence]?.block ?? -1]
    return block?.sentences[block.sentences.length - 1] === sentence
  }

  /**
   * The attribution of a quotation that opens a paragraph after a paragraph
   * ending in a colon: `null` when there is no such colon, `undefined` when
   * there is one but no attribution before it.
   */
  leadIn(opener: number, start: number): FoundAttribution | null | undefined {
    const {blocks, sentences, tokens} = this.document
    const view = sentences[this.sentenceOf(opener)]
    if (!view || opener !== start) return null
    const block = blocks[view.block]
    if (!block || block.sentences[0] !== view.index) return null
    const previous = blocks[view.block - 1]
    const last = sentences[previous?.sentences[previous.sentences.length - 1] ?? -1]
    if (!last) return null
    const colon = this.reader.skipSpaceBack(last.last - 1, last.first)
    if (tokens[colon]?.text !== ':') return null
    const from = this.sentenceStart(last.index)

    for (let index = colon - 1; index >= from && colon - index < 40; index--) {
      const cue = this.reader.cueAt(index, colon)
      if (!cue || this.isTaken(cue.range)) continue
      // “The Times confirmed that observation, reporting:”: a participle
      // after a comma reports the sentence’s subject.
      const participle =
        participleCues.has(this.document.tokens[cue.range.first]?.lower ?? '') &&
        this.reader.isComma(this.reader.skipSpaceBack(cue.range.first - 1, from))
      const speaker = participle
        ? this.reader.sentenceSubject(from, cue.range.first)
        : this.reader.speakerBefore(cue.range.first, from)
      if (speaker)
        return this.attribution(last.index, speaker, cue, this.reader.addresseeAfter(cue, colon))
      return undefined
    }

    // “On July 6, 2015, Sanders made the following comment:”: with no cue,
    // the clause’s subject and its short predicate.
    return this.predicateAt(colon, from, last.index)
  }

  /**
   * The attribution of a sentence that is nothing but a speaker and a verb of
   * saying (“He said.”, “Mr Brown added.”), right before the sentence that
   * `start` opens, in its block.
   */
  saidBefore(start: number): FoundAttribution | undefined {
    const {sentences, tokens} = this.document
    const current = sentences[this.sentenceOf(start)]
    const view = sentences[(current?.index ?? 0) - 1]
    if (!current || !view || view.block !== current.block) return undefined
    const stop = this.reader.skipSpaceBack(view.last - 1, view.first)
    if (tokens[stop]?.text !== '.') return undefined
    const verb = this.reader.skipSpaceBack(stop - 1, view.first)
    const cue = this.reader.cueAt(verb, view.last)
    if (cue?.cueClass !== 'speech' || this.isTaken(cue.range)) return undefined
    const speaker = this.reader.speakerBefore(cue.range.first, view.first)
    if (!speaker || this.reader.skipSpace(view.first, view.last) !== speaker.first) return undefined
    return this.attribution(view.index, speaker, cue, undefined)
  }

  /**
   * Whether appositions between commas follow a subject, and a cue right
   * after them, before `end` (“Sen. Mark Halvorsen, R-Idaho, who voted no,
   * called …”).
   */
  cueAfterAppositions(subject: TokenRange, end: number): boolean {
    const reader = this.reader
    if (!reader.isComma(reader.skipSpace(subject.last, end))) return false
    const last = reader.appositionsEnd(subject.last - 1, end)
    const comma = reader.skipSpace(last + 1, end)
    if (last === subject.last - 1 || !reader.isComma(comma)) return false
    const verb = reader.skipSpace(comma + 1, end)
    return verb < end && !this.taken[verb] && reader.cueAt(verb, end) !== undefined
  }

  /**
   * The attribution of a partial quotation that is the object of a naming
   * cue in its clause, when the quotation ends the clause.
   */
  naming(
    opener: number,
    closer: number,
    start: number,
    limit: number,
    sentence: number,
  ): FoundAttribution | undefined {
    const reader = this.reader
    const next = reader.skipSpace(closer + 1, limit)
    if (this.document.tokens[next]?.lower === 'by')
      return this.namedBy(opener, next, start, limit, sentence)
    // The quotation ends its clause: a comma or the clause's end follows it,
    // or, in a relative clause, a comma inside the marks ends it (“which
    // Trump called “a disgrace,” was …”; see `relativeNaming` below).
    // (So does a closing parenthesis: “The plan (which critics call “a
    // giveaway”) passed”.)
    const goesOn =
      next < limit &&
      !reader.isComma(next) &&
      !reader.isClauseEnd(next) &&
      this.document.tokens[next]?.text !== ')'
    const innerComma =
      goesOn &&
      reader.isComma(reader.skipSpaceBack(closer - 1, opener)) &&
      !this.quotationAt(next, limit)
    if (goesOn && !innerComma) return undefined
    let words = 0

    for (let index = opener - 1; index >= start && words <= 10; index--) {
      const token = this.document.tokens[index] as Token
      if (reader.isClauseEnd(index) || reader.isQuoteMark(index) || reader.isComma(index)) break
      if (!token.word) continue
      words++
      // (“DeSantis thanked voters and said Florida had “…””: a verb of
      // saying nearer the quotation reports it; no naming cue before it
      // does.)
      if (sayForms.has(token.lower)) break
      if (!namingCues.has(token.lower) || this.taken[index]) continue
      let cue = reader.cueAt(index, opener) ?? {
        range: {first: index, last: index + 1},
        cueClass: 'speech' as const,
      }
      // “called on lawmakers to “be honest …””: a call for something, its
      // particle part of the cue.
      const particle = reader.skipSpace(cue.range.last, opener)
      if (
        token.lower.startsWith('call') &&
        callParticles.has(this.document.tokens[particle]?.lower ?? '')
      )
        cue = {range: {first: cue.range.first, last: particle + 1}, cueClass: cue.cueClass}
      if (reader.isPassive(index, start)) return undefined
      // “Clinton says she appreciated … what she calls a “war of …””: a
      // naming cue inside what a verb of saying reports is left to it.
      if (this.reportedWithin(index, start)) return undefined
      const before = this.document.tokens[reader.skipSpaceBack(index - 1, start)]

      // “Carson took the stage and called the system “rotten””, “Trump went
      // after Bush, calling him “a total stiff””: the subject.
      if (
        before?.text === 'and' ||
        before?.text === 'but' ||
        (before !== undefined && reader.isComma(before.index) && token.lower.endsWith('ing'))
      ) {
        const subject = this.subjectOf(sentence, index)
        if (subject) return this.attribution(sentence, undefined, cue, undefined, subject)
        // (“Gov. Kemp, who signed the measure and called it “…””: the
        // relative pronoun.)
        const speaker =
          (before.word ? this.relativeSubjectBefore(before.index, start) : undefined) ??
          reader.sentenceSubject(start, index)
        // (“Sen. Mark Halvorsen, R-Idaho, who voted no, called the bill “…”
        // and warned that …”: a subject with appositions whose first verb is
        // a cue; reported speech reads its speaker later, and this cue shares
        // it, see `participles`.)
        if (speaker && before.word && this.cueAfterAppositions(speaker, index))
          return this.attribution(sentence, undefined, cue, undefined)
        return speaker ? this.attribution(sentence, speaker, cue, undefined) : undefined
      }

      const speaker = reader.speakerBefore(index, start)
      if (!speaker) return undefined
      const relative = this.document.tokens[reader.skipSpaceBack(speaker.first - 1, start)]
      if (innerComma && !relativeNaming.has(relative?.lower ?? '')) return undefined
      // “turned off a setting called “Location History.””: a participle
      // right after a noun, right before the quotation, names it; no one
      // speaks (not “what officials called “a breach””).
      if (
        token.lower.endsWith('ed') &&
        reader.skipSpace(cue.range.last, opener) === opener &&
        before?.word &&
        !before.capitalised &&
        !subjectWord(before.lower) &&
        !reader.isAuxiliary(before.index) &&
        !relativeNaming.has(relative?.lower ?? '') &&
        relative?.lower !== 'that'
      )
        return undefined
      return this.attribution(sentence, speaker, cue, undefined)
    }

    return undefined
  }

  /** Whether a quotation opens at `at`, after an article or not: “an “anchor baby,””. */
  quotationAt(at: number, limit: number): boolean {
    const reader = this.reader
    const next = articles.includes(this.document.tokens[at]?.lower ?? '')
      ? reader.skipSpace(at + 1, limit)
      : at
    return reader.isQuoteMark(next)
  }

  /** The index of the first of `made` that opens at or after the token `first`. */
  madeFrom(first: number): number {
    return firstAtLeast(this.made, first, (entry) => entry.first)
  }

  /** The first quote made that opens at the token `first`, of one piece and with no attribution yet. */
  unattributedAt(first: number): FoundQuote | undefined {
    const made = this.made
    for (let index = this.madeFrom(first); index < made.length; index++) {
      const entry = made[index] as Made
      if (entry.first !== first) break
      if (!entry.quote.attribution && entry.quote.pieces.length === 1) return entry.quote
    }
    return undefined
  }

  /**
   * Where a quotation in `content` ends (after its closing mark) when a
   * comma follows or closes it: the end of what a naming cue names; `-1`
   * when there is none.
   */
  namedQuotationEnd(content: TokenRange): number {
    const reader = this.reader
    // A quotation in marks, not reported speech found in the content: the
    // first made of those that open in it.
    const made = this.made
    let quote: FoundQuote | undefined
    let order = Number.POSITIVE_INFINITY
    for (let index = this.madeFrom(content.first + 1); index < made.length; index++) {
      const entry = made[index] as Made
      if (entry.first >= content.last) break
      if (
        entry.order < order &&
        (entry.quote.kind === 'direct' || entry.quote.kind === 'partial')
      ) {
        quote = entry.quote
        order = entry.order
      }
    }
    const piece = quote?.pieces[0]
    if (!piece || piece.last >= content.last) return -1
    const closer = piece.last - 1
    const after = reader.skipSpace(piece.last, content.last)
    const inner = reader.isComma(reader.skipSpaceBack(closer - 1, piece.first))
    if (!(inner || reader.isComma(after))) return -1
    // (Not a list of them: “a “nasty guy,” an “anchor baby,” …”.)
    const next = reader.skipSpace(inner ? after : after + 1, content.last)
    return this.quotationAt(next, content.last) ? -1 : piece.last
  }

  /**
   * The attribution of a partial quotation after a passive naming cue whose
   * agent follows it (“was dismissed as “ridiculous” by Justice David
   * Souter”): the agent is the speaker, the cue the verb group.
   */
  namedBy(
    opener: number,
    by: number,
    start: number,
    limit: number,
    sentence: number,
  ): FoundAttribution | undefined {
    const reader = this.reader
    const verb = reader.skipSpaceBack(
      this.document.tokens[reader.skipSpaceBack(opener - 1, start)]?.lower === 'as'
        ? reader.skipSpaceBack(opener - 1, start) - 1
        : opener - 1,
      start,
    )
    const token = this.document.tokens[verb]
    if (!token?.word || this.taken[verb] || !passiveNaming.has(token.lower)) return undefined
    const auxiliary = this.passiveAuxiliary(verb, start)
    const agent = this.agentAfter(by, limit)
    if (auxiliary === -1 || !agent) return undefined
    // (“has been branded”: the auxiliaries before it join the cue.)
    const cue: FoundCue = {
      range: {
        first: this.auxiliariesBefore(auxiliary, start),
        last: reader.skipSpaceBack(opener - 1, start) + 1,
      },
      cueClass: 'speech',
    }
    return this.attribution(sentence, agent, cue, undefined)
  }

  /**
   * The attribution of a quotation after “In the words of X,” that opens
   * its sentence: X is the speaker, “In the words of” the cue; `undefined`
   * if none.
   */
  wordsOf(opener: number, start: number, sentence: number): FoundAttribution | undefined {
    const comma = this.reader.skipSpaceBack(opener - 1, start)
    const parts = this.wordsOfParts(start, comma, opener)
    return parts && this.attribution(sentence, parts.speaker, parts.cue, undefined)
  }

  /**
   * The speaker and the cue of “In the words of X,” that opens at `start`
   * and whose comma is `comma`: X, of up to eight words and not taken, and
   * the phrase; `undefined` if none.
   */
  wordsOfParts(
    start: number,
    comma: number,
    limit: number,
  ): {speaker: TokenRange; cue: FoundCue} | undefined {
    const reader = this.reader
    const tokens = this.document.tokens
    let index = start
    for (const word of wordsOfPhrase) {
      if (tokens[index]?.lower !== word) return undefined
      index = reader.skipSpace(index + 1, limit)
    }
    if (!reader.isComma(comma) || comma <= index) return undefined
    const speaker = {first: index, last: reader.skipSpaceBack(comma - 1, index) + 1}
    if (reader.wordCount(speaker) > 8 || this.isTaken(speaker)) return undefined
    const cue: FoundCue = {
      range: {first: start, last: reader.skipSpaceBack(index - 1, start) + 1},
      cueClass: 'speech',
    }
    return {speaker, cue}
  }

  /**
   * Reported speech after “In the words of X,” that opens its sentence,
   * when no quotation right after the comma made it an attribution: the
   * rest of the sentence is what X said (“In the words of one aide, the
   * campaign is “a mess.””).
   */
  wordsOfClauses(): void {
    const reader = this.reader
    const tokens = this.document.tokens

    for (const index of this.ins) {
      const token = tokens[index] as Token
      const view = this.document.sentences[token.sentence] as SentenceView
      if (index !== this.sentenceStart(view.index) || this.taken[index]) continue
      const end = this.contentEnd(view.last)
      // (The phrase holds no comma: the first one after its start ends X.)
      const comma = reader.segmentEnd(index, end)
      const parts = this.wordsOfParts(index, comma, end)
      const content = {first: reader.skipSpace(comma + 1, end), last: end}
      if (!parts || reader.wordCount(content) < 3 || this.isClaimed(content)) continue
      this.addIndirect(content, view.index, parts.speaker, parts.cue, undefined)
    }
  }

  /**
   * A punctuation mark that does the work of a verb of saying: the colon in
   * “PENCE: …” and “Daron Shaw: “…””, the dash before a signature.
   */
  markCue(index: number): FoundCue {
    return {range: {first: index, last: index + 1}, cueClass: 'speech'}
  }

  /** The name right before a token, after “of” (“footage of Hillary Clinton asking”). */
  nameAfterOf(index: number, start: number): TokenRange | undefined {
    const name = this.nameBefore(index, start)
    if (!name || name.last !== this.reader.skipSpaceBack(index - 1, start) + 1) return undefined
    const of = this.document.tokens[this.reader.skipSpaceBack(name.first - 1, start)]
    // (“with Trump yelling: “…””, too.)
    return of?.lower === 'of' || of?.lower === 'with' ? name : undefined
  }

  /**
   * The noun phrase between “with” and a participle at `index`, when its
   * head may name a speaker (“with a spokesperson saying: “…””): at most
   * five words, none a preposition.
   */
  phraseAfterWith(index: number, start: number): TokenRange | undefined {
    const reader = this.reader
    let last = reader.skipSpaceBack(index - 1, start)
    // “with Trump reportedly yelling”: an adverb before the participle.
    const adverb = this.document.tokens[last]
    if (adverb && isLyAdverb(adverb)) last = reader.skipSpaceBack(last - 1, start)
    let at = last
    let words = 0

    while (at >= start && words <= 5) {
      const token = this.document.tokens[at] as Token
      if (!token.word) return undefined
      if (token.text === 'with') {
        const phrase = {first: reader.skipSpace(at + 1, last + 1), last: last + 1}
        // A name, or a noun of sources (“with one of her ads asking”).
        return words > 0 && (reader.mayName(last) || this.isSource(phrase)) ? phrase : undefined
      }
      if (
        stopWords.has(token.lower) &&
        !articles.includes(token.lower) &&
        token.lower !== 'of' &&
        !possessiveDeterminers.includes(token.lower)
      )
        return undefined
      words++
      at = reader.skipSpaceBack(at - 1, start)
    }

    return undefined
  }

  /**
   * The name that ends right before a token: capitalised words, with “and”
   * between names (“Mark Blumenthal and Jon Cohen”), at most six words.
   */
  nameBefore(index: number, start: number): TokenRange | undefined {
    const tokens = this.document.tokens
    let first = -1
    let words = 0
    let at = this.reader.skipSpaceBack(index - 1, start)
    const last = at

    while (at >= start && words < 6) {
      const token = tokens[at] as Token
      if (this.taken[at]) break
      // (“Here's Clinton: …”: the words that present a name are none of it.)
      if (token.word && presentingWords.has(token.lower)) break
      if (token.word && (isCapitalised(token.text) || (token.lower === 'and' && first !== -1))) {
        first = at
        words++
      } else if (!(token.space || ((token.text === '.' || token.text === '’') && first !== -1))) {
        break
      }

      at--
    }

    if (first === -1 || tokens[first]?.lower === 'and') return undefined
    return {first, last: last + 1}
  }

  /**
   * Where the clause that ends with a quotation starts: after the nearest cue
   * before it (“Mr Mubanga said the “MI6 agent” …”), at “that”, or at the
   * start of the sentence.
   */
  clauseStart(opener: number, start: number): number {
    for (let index = opener - 1; index >= start; index--) {
      const token = this.document.tokens[index] as Token
      if (!token.word) continue
      if (token.lower === 'that') return index
      // A weak cue may be a noun or an adjective (“voting machines”); nor
      // does an infinitive report (“will have three months to respond to
      // the Commission's allegations and the process “may go on …””).
      const cue =
        weakCues.has(token.lower) ||
        this.document.tokens[this.reader.skipSpaceBack(index - 1, start)]?.lower === 'to'
          ? undefined
          : this.reader.cueAt(index, opener)
      if (cue) return this.reader.skipSpace(cue.range.last, opener)
    }

    return start
  }

  /**
   * Where the reported speech that a lower-case quotation ends starts: after
   * the cue, at “that”, or at the start of the clause; `undefined` when the
   * quotation starts with a capital, or right after punctuation.
   */
  fragmentStart(opener: number, start: number): number | undefined {
    const tokens = this.document.tokens
    const first = tokens[opener + 1]
    if (!first?.word || isCapitalised(first.text) || /^\d/.test(first.text)) return undefined
    const previous = tokens[this.reader.skipSpaceBack(opener - 1, start)]
    // (After a comma, only a clause of “that” right after its cue, whose
    // words before the comma are an adverbial clause: “said that whatever
    // choice voters make, “they should not …””.)
    const comma = previous !== undefined && this.reader.isComma(previous.index)
    if (!previous?.word && !comma) return undefined
    let index = opener - 1

    for (; index >= start && opener - index < 40; index--) {
      const token = tokens[index] as Token
      if (this.reader.isClauseEnd(index) || this.reader.isQuoteMark(index)) break
      if (token.word && token.lower === 'that') {
        if (!comma) return index
        // (Not a determiner's “that”: “some who feel that way, “but …””.)
        const words = this.reader.wordCount({first: index + 1, last: previous.index})
        const cue = this.reader.skipSpaceBack(index - 1, start)
        return tokens[cue]?.word && this.reader.cueAt(cue, opener) && (words === 0 || words > 2)
          ? index
          : undefined
      }
      if (token.word && this.taken[index]) break
    }

    return comma ? undefined : this.reader.skipSpace(index + 1, opener)
  }

  /**
   * Whether a quotation is a title (“Orange Is the New Black”, “Make America
   * Great Again.”): every word but short ones capitalised, and no comma,
   * question or exclamation mark in it (`closingComma`: but for a comma
   * right inside its closing mark).
   */
  isTitle(opener: number, closer: number, closingComma = false): boolean {
    const range = {first: opener + 1, last: closer}
    // Counted before the words are listed: most quotations are long.
    const count = this.reader.wordCount(range)
    if (count === 0 || count > 8) return false
    const words = this.reader.words(range)

    for (let index = range.first; index < range.last; index++) {
      const text = this.document.tokens[index]?.text
      if (closingComma && index === closer - 1 && text === ',') continue
      if (isComma(this.document.tokens, index) || text === '?' || text === '!' || text === ':')
        return false
    }

    // A sentence of short words (“This one is for you.”) is no title: a
    // title capitalises a word after its first (“The Art of the Deal”), and
    // every word but its articles, conjunctions and prepositions.
    const capital = (word: Token) => capitalOrDigit.test(word.text)
    return (
      words.every((word) => minorTitleWords.has(word.lower) || capital(word)) &&
      (words.length === 1 || words.slice(1).some(capital))
    )
  }

  /**
   * The comma that ends a short phrase of words (at most eight) right after a
   * quotation, if any.
   */
  phraseEnd(from: number, limit: number): number | undefined {
    const start = this.reader.skipSpace(from, limit)
    if (!this.document.tokens[start]?.word) return undefined
    let words = 0

    for (let index = start; index < limit; index++) {
      const token = this.document.tokens[index] as Token
      if (this.reader.isComma(index)) return words > 0 ? index : undefined
      if (this.reader.isClauseEnd(index) || this.reader.isQuoteMark(index) || this.taken[index])
        return undefined
      if (token.word && ++words > 8) return undefined
    }

    return undefined
  }

  /** Whether an inverted cue (“says”) follows a quotation's closing mark in its sentence. */
  invertedAfter(closer: number, limit: number): boolean {
    const next = this.reader.skipSpace(closer + 1, limit)
    return next < limit && invertedCues.has(this.document.tokens[next]?.lower ?? '')
  }

  /** Remove the attributions made since `mark`, and free their tokens. */
  undo(mark: number): void {
    for (const attribution of this.attributions.splice(mark)) this.release(attribution)
  }

  /** Note an attribution as dropped, and free its tokens. */
  release(attribution: FoundAttribution): void {
    this.dropped.add(attribution)
    for (const range of [attribution.speaker, attribution.cue?.range, attribution.addressee]) {
      if (range) this.taken.fill(0, range.first, range.last)
    }
  }

  /** Whether a dash stands right before a quotation’s opening mark. */
  dashBefore(opener: number, start: number): boolean {
    const index = this.reader.skipSpaceBack(opener - 1, start)
    return index > start && isDash(this.document.tokens[index]?.text ?? '')
  }

  /** Whether a quotation opens right after an opening parenthesis inside its sentence. */
  parenthesisBefore(opener: number, start: number): boolean {
    const index = this.reader.skipSpaceBack(opener - 1, start)
    return index >= start && this.document.tokens[index]?.text === '('
  }

  /** Whether a quotation is introduced by a colon: “He put it simply: “…”” */
  colonBefore(opener: number, start: number): boolean {
    const index = this.reader.skipSpaceBack(opener - 1, start)
    return index >= start && this.document.tokens[index]?.text === ':'
  }

  /**
   * The attribution of a quotation after a colon that closes a clause of a
   * source and a short predicate (“Trump went even further:”, “Mr.
   * Christie gloated:”): the subject is the speaker, the predicate (at most
   * six words, none taken) the cue.
   */
  predicateBefore(opener: number, start: number, sentence: number): FoundAttribution | undefined {
    return this.predicateAt(this.reader.skipSpaceBack(opener - 1, start), start, sentence)
  }

  /**
   * The attribution of a clause that ends in the colon at `colon`: its
   * subject, when it names a source, and its short predicate as the cue
   * (“Trump went even further:”, “Sanders made the following comment:”).
   */
  predicateAt(colon: number, start: number, sentence: number): FoundAttribution | undefined {
    const reader = this.reader
    const subject = reader.sentenceSubject(start, colon)
    if (!subject || !this.isSource(subject) || this.isTaken(subject)) return undefined
    const first = reader.skipSpace(subject.last, colon)
    const last = reader.skipSpaceBack(colon - 1, first) + 1
    const predicate = {first, last}
    const words = reader.words(predicate)
    const verb = words[0]
    // (Words only: “Wait, it gets better:” is no subject and predicate.)
    const marks = predicate.last - predicate.first - words.length * 2 + 1
    if (
      !verb ||
      verb.text !== verb.lower ||
      words.length > 6 ||
      marks !== 0 ||
      this.isTaken(predicate) ||
      !words.every((word) => word.text === word.lower) ||
      // (Not a clause of its own: “When she plays ping pong she confesses:”.)
      words.some((word, index) => index > 0 && subjectPronouns.has(word.lower))
    )
      return undefined
    return this.attribution(sentence, subject, {range: predicate, cueClass: 'speech'}, undefined)
  }

  /**
   * Whether a speaker that opens with a determiner or a quantifier (“one GOP
   * source”, “several observers”), or with a role before a name, stands
   * after an inverted cue and ends the sentence, but for a phrase after a
   * preposition (“in the room”): the object of the verb is a clause or a
   * quotation, never such a phrase.
   */
  speakerToEnd(from: number, limit: number): boolean {
    const reader = this.reader
    const after = reader.speakerAfter(from, limit)
    if (after === undefined) return false
    // Or with a role before a name: “said former Pennsylvania governor Ed
    // Rendell, who …”.
    const opener = this.document.tokens[after.first] as Token
    // Or a name alone: “…, reported Reuters.”.
    const named = reader.words(after).every((word) => word.capitalised)
    if (
      !named &&
      !invertedOpeners.has(opener.lower) &&
      !(
        opener.text === opener.lower &&
        !boundaryWords.has(opener.lower) &&
        !pronouns.has(opener.lower) &&
        reader.words(after).some((word) => word.capitalised)
      )
    )
      return false
    if (isClause(this.document.tokens, after)) return false
    // Its head, before a relative clause, is a source (“one GOP source”,
    // “an American official who was briefed …”), not “said the city council
    // deserved better”.
    let head = after.first
    while (head < after.last && this.document.tokens[head]?.lower !== 'who') head++
    if (!this.isSource({first: after.first, last: head})) return false
    const end = reader.skipSpaceBack(limit - 1, after.last)
    if (!reader.isClauseEnd(end)) return false
    const rest = reader.words({first: after.last, last: end})
    if (rest.length === 0) return true
    const first = rest[0] as Token
    if (rest.length <= 6 && placePrepositions.has(first.lower)) return true
    const next = reader.skipSpace(after.last, end)
    const token = this.document.tokens[next]
    // “…, said the US Environmental Protection Agency (EPA).”: an acronym
    // in parentheses.
    if (token?.text === '(')
      return this.document.tokens[reader.skipSpaceBack(end - 1, next)]?.text === ')'
    // “…, says the BBC, because it gives …”: a clause that a conjunction
    // opens after a comma.
    return reader.isComma(next) && reasonOpeners.has(first.lower)
  }

  /**
   * Whether a word in -ing stands inside a role before a name: a lower-case
   * noun and a capitalised word follow it (“planning director Jose”).
   */
  inRole(index: number, limit: number): boolean {
    const token = this.document.tokens[index] as Token
    if (!token.lower.endsWith('ing')) return false
    const noun = this.document.tokens[this.reader.skipSpace(index + 1, limit)]
    if (!(noun?.word && noun.text === noun.lower && !contentCannotStart.has(noun.lower)))
      return false
    const name = this.document.tokens[this.reader.skipSpace(noun.index + 1, limit)]
    return name?.word === true && name.capitalised
  }

  /**
   * Whether the words from `from` to `limit` are at most a short adverbial
   * (“on Tuesday”), after an acronym in parentheses (“the US Environmental
   * Protection Agency (EPA).”).
   */
  onlyCircumstance(from: number, limit: number, most = 6): boolean {
    let start = this.reader.skipSpace(from, limit)
    if (this.document.tokens[start]?.text === '(') {
      const close = this.reader.parenthesisClose(start, limit, 8)
      if (close !== -1) start = close + 1
    }
    const words = this.wordsToComma(start, limit)
    if (words.length === 0) return true
    return words.length <= most && stopWords.has((words[0] as Token).lower)
  }

  /**
   * Whether a plural noun of people or sources stands right after `from`,
   * before a comma or “like” (“say experts,”, “say analysts like …”).
   */
  peopleAfter(from: number, limit: number): boolean {
    const at = this.reader.skipSpace(from, limit)
    const noun = this.document.tokens[at]
    if (!noun?.word || noun.text !== noun.lower || !noun.lower.endsWith('s')) return false
    const next = this.document.tokens[this.reader.skipSpace(at + 1, limit)]
    return (
      peopleNoun(noun.lower) && (next?.lower === 'like' || this.reader.isComma(next?.index ?? -1))
    )
  }

  /**
   * Whether a comma at `from` is followed by a predicate that an auxiliary
   * or a modal opens (“…, said Doyle, would be clear”).
   */
  predicateAfterComma(from: number, limit: number): boolean {
    const comma = this.reader.skipSpace(from, limit)
    if (!this.reader.isComma(comma)) return false
    const next = this.document.tokens[this.reader.skipSpace(comma + 1, limit)]
    return isFiniteAuxiliary(next)
  }

  /**
   * Whether only the topic of the words follows an attribution in its
   * clause: “about” or “of” and a phrase with no cue and no “that” (“…?”
   * Lichtman said about McCain’s effort to downplay his connections with
   * Bush.), after a verb whose words are the quotation (see `topicVerbs`).
   */
  topicOnly(from: number, limit: number): boolean {
    const words = this.wordsToComma(this.reader.skipSpace(from, limit), limit)
    const first = words[0]
    return (
      first !== undefined &&
      (first.lower === 'about' || first.lower === 'of') &&
      words.length <= 16 &&
      words.every((word) => word.lower !== 'that' && !this.reader.cueAt(word.index, limit))
    )
  }

  /**
   * Whether nothing but an adverbial follows an attribution in its clause
   * (“he said.”, “he said on Monday.”), not content (“he said the plan …”).
   */
  onlyAdverbial(from: number, limit: number): boolean {
    const words = this.wordsToComma(from, limit)
    const first = words[0]
    return (
      first === undefined ||
      (words.length <= 6 && (contentCannotStart.has(first.lower) || weekdaySet.has(first.lower)))
    )
  }

  /**
   * Whether content is only where or how something was done: a short phrase
   * of a preposition of place or time, or adverbs in “-ly” (“The crowd
   * cheered loudly in the hall.”).
   */
  placeOnly(content: TokenRange): boolean {
    const words = this.reader.words(content)
    if (words.length > 6) return false
    let first = 0
    while (first < words.length && isLyAdverb(words[first] as Token)) first++
    const word = words[first]
    return word === undefined || circumstancePrepositions.has(word.lower)
  }

  /** The words of an attribution’s clause: to a comma (“…, according to the Sun.”) or `limit`. */
  wordsToComma(from: number, limit: number): Token[] {
    let end = from
    while (end < limit && !this.reader.isComma(end)) end++
    return this.reader.words({first: from, last: end})
  }

  /**
   * Where the auxiliaries before a word start (“has been endorsed”, “have
   * been worried”), with adverbs in -ly among them if `adverbs` (“recently
   * urged”): at most six tokens back, the word itself when there are none.
   */
  auxiliariesBefore(index: number, start: number, adverbs = false): number {
    const reader = this.reader
    const tokens = this.document.tokens
    let first = index
    for (let at = reader.skipSpaceBack(index - 1, start); at >= start && index - at < 6; ) {
      const token = tokens[at]
      if (
        !token?.word ||
        !(
          auxiliaryWords.has(token.lower) ||
          token.lower === 'been' ||
          (adverbs && isLyAdverb(token))
        )
      )
        break
      first = at
      at = reader.skipSpaceBack(at - 1, start)
    }
    return first
  }

  /** Whether only closing punctuation follows a token in its sentence. */
  endsSentence(index: number, limit: number): boolean {
    return this.lastWord(this.sentenceOf(index), limit) <= index
  }

  /** Index of the last word before `limit` in a sentence (cached), or -1. */
  lastWord(sentence: number, limit: number): number {
    const view = this.document.sentences[sentence]
    if (!view || limit !== view.last) {
      let at = limit - 1
      while (at >= 0 && !this.document.tokens[at]?.word) at--
      return at
    }

    let found = this.lastWords.get(sentence)

    if (found === undefined) {
      found = view.last - 1
      while (found >= view.first && !this.document.tokens[found]?.word) found--
      this.lastWords.set(sentence, found)
    }

    return found
  }

  /**
   * The cue of “…,” Trump barked: a lower-case verb in -ed (“shot back” and
   * “fired back” are phrase cues), a verb of manner in the present (“…,” he
   * remarks), or “went on” or “goes on” that ends its clause (“…,” Trump
   * went on), after one to four capitalised words (or a pronoun) that
   * follow a quotation closed by a comma inside it; or, in a sentence of its
   * own (`whole`), by a question or exclamation mark (“…right?” Trump
   * barked.).
   */
  pastVerbAfter(from: number, start: number, limit: number, whole = false): FoundCue | undefined {
    const reader = this.reader
    const tokens = this.document.tokens
    const closer = whole ? reader.skipSpaceBack(from - 1, 0) : from - 1
    const inside = reader.skipSpaceBack(closer - 1, 0)
    const text = tokens[inside]?.text
    const closed = whole
      ? reader.isQuoteMark(closer) && (text === '?' || text === '!')
      : isComma(tokens, inside)
    if (!closed) return undefined
    let index = start
    let words = 0
    const first = tokens[index]
    const pronoun = first?.word === true && subjectPronouns.has(first.lower)

    while (index < limit && words < 4) {
      const token = tokens[index] as Token
      if (!token.word || !(token.capitalised || (pronoun && words === 0))) break
      words++
      index = reader.skipSpace(index + 1, limit)
      if (pronoun) break
    }

    const verb = tokens[index]
    if (words === 0 || !verb?.word || verb.text !== verb.lower || this.taken[index])
      return undefined
    const on = reader.skipSpace(index + 1, limit)
    if (
      (verb.lower === 'went' || verb.lower === 'goes') &&
      tokens[on]?.lower === 'on' &&
      !tokens[reader.skipSpace(on + 1, limit)]?.word
    )
      return {range: {first: index, last: on + 1}, cueClass: 'speech'}
    // (“…,” he remarks; “…,” Ms Ivey smiles: a verb of manner in the present.)
    const past = verb.lower.endsWith('ed') && verb.lower.length >= 5
    if (!past && !mannerVerbs.has(verb.lower) && verb.lower !== 'remarks') return undefined
    return {range: {first: index, last: index + 1}, cueClass: 'speech'}
  }

  /**
   * The comma that closes a relative clause opened after a comma (“,
   * who …,”) between `start` and a cue at `cue`, when a cue word follows
   * it; else `-1`.
   */
  relativeClose(start: number, cue: number, limit: number): number {
    const tokens = this.document.tokens
    const reader = this.reader
    let opened = false
    for (let index = start; index < cue; index++) {
      const token = tokens[index] as Token
      if (
        token.word &&
        relativeSpeakers.has(token.lower) &&
        reader.isComma(reader.skipSpaceBack(index - 1, start))
      )
        opened = true
    }
    if (!opened) return -1
    for (let index = cue + 1; index < limit; index++) {
      if (reader.isClauseEnd(index) || reader.isQuoteMark(index)) return -1
      if (!reader.isComma(index)) continue
      const next = reader.skipSpace(index + 1, limit)
      return tokens[next]?.word && reader.cueAt(next, limit) ? index : -1
    }
    return -1
  }

  /**
   * The attribution after a quotation: “…,” McGovern said. / “…,” said McGovern.
   */
  after(
    from: number,
    limit: number,
    sentence: number,
    whole = false,
  ): {attribution: FoundAttribution; end: number} | undefined {
    let index = this.reader.skipSpace(from, limit)
    if (this.reader.isComma(index)) index = this.reader.skipSpace(index + 1, limit)

    // “…” ― Pamela Padilla: a signature after a dash. (After a quotation
    // that ends its sentence, ““A victory.” — Geert Wilders”, one that ends
    // its paragraph.)
    const mark = this.document.tokens[index]?.text ?? ''
    if (mark === '―' || (isDash(mark) && (!whole || this.lastOfBlock(sentence)))) {
      const speaker = this.reader.speakerAfter(index + 1, limit)
      if (speaker && this.signatureEnds(speaker.last, limit)) {
        return {
          attribution: this.attribution(sentence, speaker, this.markCue(index), undefined),
          end: speaker.last,
        }
      }

      return undefined
    }

    const start = index
    let cue: FoundCue | undefined
    let count = 0

    // Find the cue within the clause that follows.
    while (index < limit && count < 80) {
      const token = this.document.tokens[index] as Token
      if (this.reader.isClauseEnd(index) || this.reader.isQuoteMark(index)) break
      if (token.word) {
        cue = this.reader.cueAt(index, limit)
        // “deputy planning director Jose Leibovich said”: a word in -ing
        // inside a role before a name is none.
        if (cue && index !== start && this.inRole(index, limit)) cue = undefined
        // “…,” officials, who asked not to be named, said: a cue inside a
        // relative clause between commas is the clause's; the speaker's
        // comes after it.
        const closing = cue ? this.relativeClose(start, index, limit) : -1
        if (closing !== -1) {
          index = closing
          cue = undefined
          continue
        }
        if (cue) break
      }

      index++
      count++
    }

    // “…,” Trump barked: a past-tense verb after a name, right after a
    // quotation closed by a comma, says it.
    if (!cue) cue = this.pastVerbAfter(from, start, limit, whole)
    // “…,” smiles one broker: a verb of manner right after the quotation,
    // before its speaker.
    const manner = this.document.tokens[start]
    if (!cue && !whole && manner?.word && mannerVerbs.has(manner.lower))
      cue = {range: {first: start, last: start + 1}, cueClass: 'speech'}
    if (!cue) return undefined
    // “…,” the aid agency was quoted as saying: the cue opens at “quoted”.
    const quoted = this.quotedAs(cue.range.first, start)
    if (quoted !== cue.range.first)
      cue = {range: {first: quoted, last: cue.range.last}, cueClass: cue.cueClass}
    // A sentence of its own whose cue word follows a preposition (“… received
    // a special award for writing, presented by …”) is no attribution (but
    // “He went on to say.”, “as saying”).
    if (whole) {
      const before = this.document.tokens[this.reader.skipSpaceBack(cue.range.first - 1, start)]
      if (
        this.reader.afterPreposition(cue.range.first, start) &&
        before?.lower !== 'to' &&
        before?.lower !== 'as'
      )
        return undefined
    }
    let speaker: TokenRange | undefined

    if (cue.range.first === start) {
      // “…,” referring to the convention: a participle has no speaker after it.
      if (this.document.tokens[cue.range.last - 1]?.lower.endsWith('ing')) return undefined
      // “…,” points out former Olympian Steve Cram: the particle is the cue's.
      const particle = this.reader.skipSpace(cue.range.last, limit)
      if (
        this.document.tokens[particle]?.lower === 'out' &&
        particleOnly.get(this.document.tokens[cue.range.first]?.lower ?? '')?.has('out')
      )
        cue = {range: {first: cue.range.first, last: particle + 1}, cueClass: cue.cueClass}
      speaker = this.reader.speakerAfter(cue.range.last, limit)
      // “…” told him the passport …: no speaker after the cue, no attribution;
      // nor in “…” suggests that Phoenix …, where a clause follows the cue
      // (“Mr. Manafort, citing “the unique magic,” said the candidate could
      // win”).
      if (
        !speaker ||
        this.document.tokens[speaker.first]?.lower === 'that' ||
        this.auxiliaryIn(speaker.first, this.reader.segmentEnd(speaker.first, speaker.last))
      )
        return undefined
      // “…” According to Mandaric, Redknapp vowed …: a sentence that opens
      // with “according to” and a comma reports the clause after it.
      if (
        whole &&
        this.document.tokens[start]?.lower === 'according' &&
        this.reader.isComma(this.reader.skipSpace(speaker.last, limit))
      )
        return undefined
    } else {
      // Only the speaker (with its apposition) stands between the quotation and the cue.
      // (“as” before it is the clause's when the cue ends it: “…,” as one
      // official put it.; not “…” as he promised to defend …)
      const close = this.reader.skipSpace(cue.range.last, limit)
      const opener =
        this.document.tokens[start]?.lower === 'as' &&
        (close >= limit || this.reader.isClauseEnd(close) || this.reader.isComma(close))
          ? this.reader.skipSpace(start + 1, cue.range.first)
          : start
      speaker = this.reader.leadingSpeaker(opener, cue.range.first)
      // A sentence of its own that opens with a clause is no attribution
      // (“… the world.” It was still expensive compared to many PCs.).
      if (!speaker || (whole && isClause(this.document.tokens, speaker))) return undefined
    }

    const addressee =
      speaker && speaker.first > cue.range.first
        ? undefined
        : this.reader.addresseeAfter(cue, limit)
    let end = Math.max(cue.range.last, speaker?.last ?? 0, addressee?.last ?? 0)
    // A sentence of its own must be all attribution, but for a few words of
    // time or place: not one that introduces a quotation of its own (“Mrs.
    // Clinton replied, ''As you know, …''”).
    if (
      whole &&
      (!(
        this.onlyCircumstance(end, limit) ||
        (topicVerbs.has(this.document.tokens[cue.range.last - 1]?.lower ?? '') &&
          this.topicOnly(end, limit))
      ) ||
        this.markWithin(end, limit))
    )
      return undefined
    const attribution = this.attribution(sentence, speaker, cue, addressee)
    // Words after the cue up to a comma or the end (“said on Wednesday”) belong to the clause.
    while (
      end < limit &&
      !this.reader.isComma(end) &&
      !this.reader.isClauseEnd(end) &&
      !this.reader.isQuoteMark(end)
    )
      end++
    return {attribution, end}
  }

  /**
   * Whether an auxiliary or a modal stands between `first` and `last`,
   * before any relative pronoun (“the candidate could be”: a clause, no
   * speaker).
   */
  auxiliaryIn(first: number, last: number): boolean {
    for (let index = first; index < last; index++) {
      const token = this.document.tokens[index] as Token
      // (A relative clause is the speaker's: “a GOP expert who has worked”.)
      if (token.word && relativeWords.has(token.lower)) return false
      if (isFiniteAuxiliary(token)) return true
    }
    return false
  }

  /**
   * The attribution before a quotation: McGovern said: “…” / McGovern said, “…”
   */
  before(
    opener: number,
    start: number,
    sentence: number,
    capitalized: boolean,
    final = false,
  ): FoundAttribution | undefined {
    const reader = this.reader
    const mark = reader.skipSpaceBack(opener - 1, start)
    if (mark < start) return undefined
    const token = this.document.tokens[mark] as Token
    const punctuated = isComma(this.document.tokens, mark) || token.text === ':'
    // “Trump declared “I think …””, “the Founding Fathers wrote “shall not
    // be infringed.””: a cue right before a quoted sentence, or before a
    // quotation that ends the sentence.
    let cue = token.word && (capitalized || final) ? reader.cueAt(mark, opener) : undefined
    // (A verb of belief or stance takes a quoted phrase as its object
    // within its sentence: “Trump supports “Hillary-style healthcare” and
    // …”; not a quotation that ends it: “Liberals fear “Europe is
    // disintegrating.””.)
    if (cue?.cueClass === 'belief' && !final) cue = undefined
    // “told Reuters “we have no plans …””: or a cue and its addressee.
    if (!punctuated && !cue && token.word && (capitalized || final))
      cue = this.cueBeforeAddressee(mark, start, opener)
    if (!punctuated && !cue) return undefined

    // Else the last cue before the mark, not far from it.
    for (let index = mark - 1; !cue && index >= start && mark - index < 24; index--) {
      if (reader.isClauseEnd(index) || reader.isQuoteMark(index)) break
      cue = reader.cueAt(index, opener)
    }

    // “… doesn’t surprise Republican pollster Daron Shaw: “…””: a name
    // right before the colon says it.
    if (!cue && token.text === ':') {
      const name = this.nameBefore(mark, start)
      // “McConnell delivered a blunt message to Trump: “…””: a name after
      // “to” or “for” is whom the words are for (the addressee); the
      // sentence’s subject says them, when it names a source.
      const before = name && this.document.tokens[reader.skipSpaceBack(name.first - 1, start)]
      if (name && before?.word && recipientPrepositions.has(before.lower)) {
        const subject = reader.sentenceSubject(start, mark)
        return subject && this.isSource(subject) && !this.isTaken(subject)
          ? this.attribution(sentence, subject, this.markCue(mark), name)
          : undefined
      }
      return name ? this.attribution(sentence, name, this.markCue(mark), undefined) : undefined
    }

    if (!cue || this.isTaken(cue.range)) return undefined
    // “went on to say, “…””, “tried to explain: “…””: the verb group before
    // “to” opens the cue.
    const to = reader.skipSpaceBack(cue.range.first - 1, start)
    // Whether the cue opens with a verb before “to” that may be passive.
    let headed = false
    if (to > start && this.document.tokens[to]?.lower === 'to') {
      // “went so far as to say: “…””: the degree is part of the group.
      const degree = this.degreeBefore(to, start)
      // The verb before “to” (or further back) whose subject is a source.
      const head = this.verbGroupHead(degree, start)
      for (let index = reader.skipSpaceBack(degree - 1, start), words = 0; words < 3; words++) {
        const token = this.document.tokens[index]
        if (!token?.word || this.taken[index] || token.text !== token.lower) break
        if (groupVerbs.has(token.lower) || toHeads.has(token.lower)) {
          cue = {range: {first: index, last: cue.range.last}, cueClass: cue.cueClass}
          break
        }
        // “Mr Kennedy is to tell the audience: “…””, “O’Malley interjected to
        // say: “…””, “Trump was prompted to say, “…””: a verb right before
        // “to” whose subject is a source, who says the words (in the passive
        // too).
        if (words === 0 && head === index) {
          cue = {range: {first: index, last: cue.range.last}, cueClass: cue.cueClass}
          headed = true
          break
        }
        index = reader.skipSpaceBack(index - 1, start)
      }
      // “Tim Grieve interrupted me in mid-sentence to announce, “…””: or a
      // verb further back in the past.
      if (
        cue.range.first > to &&
        head !== undefined &&
        this.document.tokens[head]?.lower.endsWith('ed')
      ) {
        cue = {range: {first: head, last: cue.range.last}, cueClass: cue.cueClass}
        headed = true
      }
    }
    const word = this.document.tokens[cue.range.first] as Token
    // The token before the cue.
    const previous = reader.skipSpaceBack(cue.range.first - 1, start)
    // The word that joins the cue to the clause before, past an adverb
    // (“… and repeatedly says, “…””, “… and then predicted: “…””).
    const adverb = this.document.tokens[previous]
    const joined =
      adverb?.word && (isLyAdverb(adverb, true) || sequenceAdverbs.has(adverb.lower))
        ? this.document.tokens[reader.skipSpaceBack(previous - 1, start)]
        : adverb

    // “…,” Trump said, adding later, “…”: the participle goes on with the
    // attribution before it, as after “before” or “after” (“Trump said
    // before adding: “…””).
    if (
      participleCues.has(word.lower) &&
      (reader.isComma(previous) || (adverb?.word === true && participleJoiners.has(adverb.lower)))
    ) {
      const subject = this.subjectOf(sentence, cue.range.first)
      if (subject) return this.attribution(sentence, undefined, cue, undefined, subject)
    }

    if (!headed && reader.isPassive(cue.range.first, start)) return undefined
    // “Ruiz began by saying, “…””: a participle reports the sentence’s subject.
    const gerund = participleCues.has(word.lower) && !progressiveBefore(joined)
    // “…, Spicer said, adding, “…””: the speaker of the cue before stands in
    // an attribution of its own, which that cue shares when it is found.
    const shared = gerund ? this.clauseSpeakerBefore(cue.range.first, start) : undefined
    if (shared) {
      const own = this.attribution(sentence, shared, undefined, undefined)
      return this.attribution(sentence, undefined, cue, reader.addresseeAfter(cue, mark), own)
    }
    let before: TokenRange | undefined

    // “The ad uses footage of Hillary Clinton asking, “…””: a participle
    // right after “of” and a name is that name’s.
    if (gerund)
      before =
        this.nameAfterOf(cue.range.first, start) ??
        this.phraseAfterWith(cue.range.first, start) ??
        reader.sentenceSubject(start, cue.range.first)
    else if (joined?.text === 'and' || joined?.text === 'but') {
      // “Trump laughed and said, “…””: after “and” or “but”, the subject of
      // the sentence says it, when it names a source (“The actress leaned
      // in and joked: “…””), with its appositions
      // (“Clinton, the former secretary of State, stressed … and said …”);
      // in a relative clause, its pronoun (“…, who vetoed the bill and
      // said: “…””).
      const relative = this.relativeSubjectBefore((joined as Token).index, start)
      if (relative) return this.attribution(sentence, relative, cue, undefined)
      const found = reader.sentenceSubject(start, cue.range.first)
      const subject = found && {
        first: found.first,
        last: reader.appositionsEnd(found.last - 1, cue.range.first) + 1,
      }
      if (subject && (this.isSource(subject) || this.isOccupation(subject))) before = subject
      else {
        // ““…,” he said at a news conference, and then predicted: “…””:
        // the speaker of an attribution before, in the sentence, goes on.
        const owner = found ? undefined : this.subjectOf(sentence, cue.range.first)
        if (owner) return this.attribution(sentence, undefined, cue, undefined, owner)
      }
    } else before = reader.speakerBefore(cue.range.first, start)

    // “Said Smith: “…””: the speaker after the cue, only for a cue that opens its clause.
    const opens = cue.range.first === start || reader.isComma(previous)
    const speaker = before ?? (opens ? reader.speakerAfter(cue.range.last, mark) : undefined)
    // A cue right before the quotation attributes it even when its speaker
    // is not found (“he began by saying, “…””).
    const adjacent = cue.range.last >= mark
    if (!speaker && !adjacent) return undefined
    // “Ryan said it’s unrealistic to think that …, “…””: a cue with no
    // source before it, inside what a verb of saying before it reports,
    // leaves the quotation to that verb.
    if (speaker && !this.isSource(speaker) && this.reportedWithin(cue.range.first, start))
      return undefined
    // The addressee may end right before the quotation (“told Reuters “…””).
    const addressee = before ? reader.addresseeAfter(cue, token.word ? mark + 1 : mark) : undefined
    return this.attribution(sentence, speaker, cue, addressee)
  }

  /**
   * The end of content before “and” or “or” and a question word that opens
   * a clause joined to the one it is in (“his plan would do and what it
   * would actually do”); `content.last` when there is none.
   */
  questionJoined(content: TokenRange): number {
    const tokens = this.document.tokens
    for (let index = content.first; index < content.last; index++) {
      const lower = tokens[index]?.lower
      if (lower !== 'and' && lower !== 'or') continue
      const next = tokens[this.reader.skipSpace(index + 1, content.last)]
      if (!next?.word || !questionWords.has(next.lower)) continue
      // (Before its comma too: “… would do, and what …”.)
      const before = this.reader.skipSpaceBack(index - 1, content.first)
      return this.reader.isComma(before)
        ? this.reader.skipSpaceBack(before - 1, content.first) + 1
        : before + 1
    }
    return content.last
  }

  /**
   * The end of content before a comma that a finite auxiliary or modal
   * follows (the predicate of a clause the content is inside: “…, which
   * officials say could be signed next week, would cut tariffs”), or its
   * end.
   */
  beforePredicate(content: TokenRange): number {
    const reader = this.reader
    for (let index = content.first; index < content.last; index++) {
      if (!reader.isComma(index)) continue
      const next = this.document.tokens[reader.skipSpace(index + 1, content.last)]
      if (isFiniteAuxiliary(next)) return reader.skipSpaceBack(index - 1, content.first) + 1
    }
    return content.last
  }

  /**
   * The relative pronoun right before a speaker that may be the subject of
   * what the speaker says (“which she has said was a mistake”, “what the
   * senators said was …”; the caller checks that a verb opens what is
   * said), not one that is the speaker (“which said”): its index, or `-1`.
   */
  objectRelative(speaker: TokenRange, start: number): number {
    const at = this.reader.skipSpaceBack(speaker.first - 1, start)
    const token = this.document.tokens[at]
    return at >= start && token?.word && objectRelatives.has(token.lower) ? at : -1
  }

  /**
   * The closing mark of a title in quotation marks that opens at `opener`
   * (“This Week With George Stephanopoulos”), before `end`; `-1` when no
   * title closes there.
   */
  titleEnd(opener: number, end: number): number {
    for (let index = opener + 1; index < end && index - opener < 24; index++) {
      if (!this.reader.isQuoteMark(index)) continue
      return this.isTitle(opener, index) ? index : -1
    }
    return -1
  }

  /**
   * Whether the cue (or its addressee) of an attribution ends right before
   * `at`, with only a space between (“replied: “…””, “told Reuters, “…””).
   */
  cueAdjacent(attribution: FoundAttribution, at: number): boolean {
    const end = attribution.addressee?.last ?? attribution.cue?.range.last
    // (A cue may hold the colon: “replied:”.)
    return end !== undefined && (end > at || this.reader.skipSpace(end, at) === at)
  }

  /**
   * Where “so far as” or “as far as” opens right before “to” at `to` (“went
   * so far as to say”); `to` when it does not.
   */
  degreeBefore(to: number, start: number): number {
    const reader = this.reader
    const as = reader.skipSpaceBack(to - 1, start)
    const far = reader.skipSpaceBack(as - 1, start)
    const so = reader.skipSpaceBack(far - 1, start)
    const tokens = this.document.tokens
    return tokens[as]?.lower === 'as' &&
      tokens[far]?.lower === 'far' &&
      (tokens[so]?.lower === 'so' || tokens[so]?.lower === 'as') &&
      so >= start
      ? so
      : to
  }

  /**
   * A cue whose addressee ends at `mark` (“told Reuters”), at most four
   * words back.
   */
  cueBeforeAddressee(mark: number, start: number, opener: number): FoundCue | undefined {
    const reader = this.reader
    for (let index = reader.skipSpaceBack(mark - 1, start), words = 0; words < 4; words++) {
      const token = this.document.tokens[index]
      if (index < start || !token?.word) return undefined
      const cue = addresseeVerbs.has(token.lower) ? reader.cueAt(index, opener) : undefined
      if (cue) return reader.addresseeAfter(cue, opener)?.last === mark + 1 ? cue : undefined
      index = reader.skipSpaceBack(index - 1, start)
    }
    return undefined
  }

  /**
   * Whether a cue stands inside the content of a verb of saying before it
   * in its clause (“A source said the intruders were seeking …”): a say
   * verb with a speaker, no comma, dash, semicolon, quotation mark or
   * conjunction of contrast between them, at most 40 tokens back.
   */
  reportedWithin(at: number, start: number): boolean {
    const reader = this.reader
    const tokens = this.document.tokens

    for (let index = at - 1; index >= start && at - index < 40; index--) {
      const token = tokens[index] as Token
      if (!token.word) {
        if (
          reader.isComma(index) ||
          reader.isClauseEnd(index) ||
          reader.isQuoteMark(index) ||
          isDash(token.text)
        )
          return false
        continue
      }
      if (contrasts.has(token.lower)) return false
      if (!sayForms.has(token.lower) || reader.isPassive(index, start)) continue
      return reader.speakerBefore(index, start) !== undefined
    }

    return false
  }

  /**
   * Whether the words from `from` move a thing: a particle of direction
   * first (“pushed ahead”, “pushing up food prices”), or after an object of
   * at most four words (“pushed the bill through his chamber”, “pushing
   * men off their skateboards”).
   */
  movesThing(from: number, limit: number): boolean {
    const tokens = this.document.tokens
    let index = this.reader.skipSpace(from, limit)
    let words = 0

    while (index < limit && words <= 4) {
      const token = tokens[index] as Token
      if (!token.word) return false
      if (directions.has(token.lower)) return true
      // (What the object is urged to do, or the clause after it, ends it.)
      if (token.lower === 'to' || token.lower === 'that' || token.lower === 'for') return false
      words++
      index = this.reader.skipSpace(index + 1, limit)
    }

    return false
  }

  /**
   * The parenthesis left open before a token in its sentence, at most 60
   * tokens back; `-1` if none.
   */
  openingBefore(at: number, start: number): number {
    let depth = 0

    for (let index = at - 1; index >= start && at - index <= 60; index--) {
      const text = (this.document.tokens[index] as Token).text
      if (text === ')') depth++
      else if (text === '(' && depth-- === 0) return index
    }

    return -1
  }

  /**
   * Whether a cue opens a restrictive relative clause of a subject, whose
   * object a verb of saying follows: “A woman who answered the phone at
   * the office said”, “People who know the president say” (not “Smith,
   * who wrote the letter, said”, whose clause the commas close).
   */
  relativeOfSubject(cue: number, start: number, limit: number): boolean {
    const reader = this.reader
    const tokens = this.document.tokens
    const pronoun = reader.skipSpaceBack(cue - 1, start)
    if (pronoun <= start || tokens[pronoun]?.lower !== 'who') return false
    if (!tokens[reader.skipSpaceBack(pronoun - 1, start)]?.word) return false
    let index = reader.skipSpace(cue + 1, limit)
    for (let words = 0; index < limit && words < 10; words++) {
      const token = tokens[index]
      if (!token?.word || relativeWords.has(token.lower)) return false
      if (words > 0 && subjectSayings.has(token.lower)) return true
      index = reader.skipSpace(index + 1, limit)
    }
    return false
  }

  /** Reported speech: “X said (that) …”, “…, X said.”, “…, according to X.” */
  indirect(): void {
    const {sentences, tokens} = this.document
    const candidates = this.candidates
    this.reportedFrom = this.quotes.length
    this.made = []
    for (const [order, quote] of this.quotes.entries()) {
      const first = quote.pieces[0]?.first
      if (first !== undefined) this.made.push({first, order, quote})
    }
    this.made.sort((a, b) => a.first - b.first || a.order - b.order)
    let at = 0

    for (const view of sentences) {
      const start = this.sentenceStart(view.index)
      const limit = view.last
      // A “sentence” of thousands of tokens is no prose (a flood of marks or
      // of clauses): reading reported speech in it would take time that grows
      // with its square.
      if (limit - start > maxSentence) continue
      // Reported content being read for attributions nested in it.
      let within: TokenRange | undefined

      for (let index = start; index < limit; index++) {
        // Most words are no cue: go to the next that may be one.
        at = seek(candidates, at, index)
        const next = candidates[at]
        if (next === undefined || next >= limit) break
        index = next
        const token = tokens[index] as Token
        if (this.taken[index]) continue
        let cue = this.reader.cueAt(index, limit)
        if (!cue) continue
        // “A woman who answered the phone said …”: a cue in a relative
        // clause of the subject is no attribution; the verb after it is.
        if (this.relativeOfSubject(index, start, limit)) continue
        // “A new poll released Friday found”: the cue is the verb after it.
        if (this.reader.reducedRelative(index, start)) {
          index = this.reportedBy(index, start, limit, view.index) ?? index
          continue
        }
        // “easier said than done”: an idiom.
        const followingToken = tokens[this.reader.skipSpace(index + 1, limit)]
        const following = followingToken?.lower ?? ''
        if (following === 'than') continue
        // “Green added 14 points and 11 assists”, “The Dow added 120
        // points”: “add” before an amount adds no words.
        if (token.lower.startsWith('add') && isNumber(following)) continue
        // “Johnson pushed the bill through his chamber”, “pushing up food
        // prices”: “push” reports what it urges (“pushed for a vote”, “has
        // been pushing the same agenda”), not a thing it moves somewhere.
        if (pushForms.has(token.lower) && this.movesThing(index + 1, limit)) continue
        // “If you have not heard from your hospital, …”: who was heard from
        // is the source, not what was heard.
        if (token.lower === 'heard' && following === 'from') continue
        // “Tatum had heard the boos before”: “heard” reports hearsay only
        // before a clause, not a thing heard (see `hearsayAfter`).
        if (token.lower === 'heard' && !this.hearsayAfter(index + 1, limit)) continue
        // “Heatwave warning issued as …”, “USA TODAY’s reporting indicated
        // that”: a noun in -ing after a word, before a verb in the past (not
        // an adjective before its noun: “noting limited gains”).
        const before = tokens[this.reader.skipSpaceBack(index - 1, start)]
        if (
          token.lower.endsWith('ing') &&
          followingToken?.text === following &&
          following.endsWith('ed') &&
          following.length > 4 &&
          before?.word &&
          !auxiliaryWords.has(before.lower) &&
          stopWords.has(
            tokens[this.reader.skipSpace((followingToken?.index ?? index) + 1, limit)]?.lower ?? '',
          )
        )
          continue
        // “Ministers ignored repeated warnings”: a participle right after a
        // verb in the past and before a noun is that noun's adjective.
        if (
          before?.word &&
          before.index === index - 2 &&
          before.text === before.lower &&
          before.lower.endsWith('ed') &&
          verbLike(before) &&
          !auxiliaryWords.has(before.lower) &&
          token.lower.endsWith('ed') &&
          followingToken?.text === following &&
          following.length > 3 &&
          following.endsWith('s') &&
          !stopWords.has(following) &&
          !auxiliaryWords.has(following)
        )
          continue
        // “Former aide charged with lying”, “Mayor accused of fraud”: a verb
        // that takes an object, right before a preposition, is a passive
        // participle; not after a subject pronoun, “have” or a verb, nor in
        // a relative clause, whose object stands before (“Trump, whom he
        // blasted as a “bully””, “al-Qaeda, which Hollande blamed for”).
        // Such an accusation has no source: its content is whom it accuses
        // and of what (“FDIC … Covering Up China Hacking”), as attribution
        // corpora mark it.
        if (this.blamedFor(index, limit) && !this.objectBefore(index, start)) {
          if (accusations.has(token.lower)) index = this.accusation(index, start, limit, view.index)
          continue
        }
        // “Man charged after dog attack”, “Police criticised following raid”:
        // right before a time, such a verb has no object after it; it is a
        // passive participle, and what it tells is no speech.
        if (
          objectFirst.has(token.lower) &&
          eventPrepositions.has(following) &&
          !this.objectBefore(index, start)
        )
          continue
        // “The firms accused were Altria …”, “The men charged are due in
        // court”: right before a copula, such a verb has no object either; it
        // describes the noun before it.
        if (
          objectFirst.has(token.lower) &&
          (copulas.has(following) || following === 'have' || following === 'had') &&
          !this.objectBefore(index, start)
        )
          continue
        // “by saying”: a gerund after “by” still reports its subject.
        const previous = this.reader.skipSpaceBack(index - 1, start)
        const byGerund = participleCues.has(token.lower) && tokens[previous]?.lower === 'by'
        // “is trying to show”, “tended to support”: the verb before “to” opens
        // the cue, and its subject is the speaker; so it does before “to
        // have” (“Clinton seems to have found”).
        const infinitive =
          previous > start && tokens[previous]?.lower === 'have'
            ? this.reader.skipSpaceBack(previous - 1, start)
            : previous
        const to = tokens[infinitive]?.lower === 'to' ? infinitive : previous
        const toBefore = to > start && tokens[to]?.lower === 'to'
        // “because he was not authorized to discuss the talks”: who may
        // speak, not what was said.
        if (
          toBefore &&
          permissions.has(tokens[this.reader.skipSpaceBack(to - 1, start)]?.lower ?? '')
        )
          continue
        // “kept asking”, “began saying”: a verb of aspect before a
        // participle opens the cue.
        const aspect =
          previous > start &&
          token.lower.endsWith('ing') &&
          aspectVerbs.has(tokens[previous]?.lower ?? '')
        const head = toBefore
          ? this.verbGroupHead(to, start)
          : aspect
            ? this.auxiliariesBefore(previous, start)
            : undefined
        const headed = head !== undefined
        if (head !== undefined) {
          cue = {range: {first: head, last: cue.range.last}, cueClass: cue.cueClass}
        }
        // (So is “asked” between commas before the main verb, in a phrase
        // after the one asked: “The mayor, asked about the delay, said …”;
        // not after an apposition: “Ruth Marcus, an editor, asked if …”.)
        const askedPassive =
          token.lower === 'asked' &&
          (this.reader.isPassive(index, start) ||
            (previous > start && isComma(tokens, previous) && this.verbAfterComma(index, limit)))
        if (
          (!headed && !askedPassive && this.reader.isPassive(index, start)) ||
          // “Having said that, …”: an idiom, no attribution.
          (tokens[previous]?.lower === 'having' && this.saidThat(index, limit)) ||
          (!headed && this.reader.afterPreposition(index, start) && !byGerund)
        ) {
          continue
        }
        const asking = token.lower === 'asked' || token.lower === 'asking'
        if (within && index >= within.last) within = undefined
        const attributions = this.attributions.length
        const quotes = this.quotes.length
        // “However, as POLITICO has reported, cases …”: a clause of “as”.
        const as =
          within ||
          askedPassive ||
          cue.cueClass !== 'speech' ||
          (weakCues.has(token.lower) && !asReporting.has(token.lower))
            ? undefined
            : this.asClause(cue, start, limit, view.index)
        if (as !== undefined) {
          index = Math.max(index, as)
          continue
        }
        // “He promised to cut taxes”, “Trump vows to build a wall”: a verb of
        // promising (or claiming) before “to” reports what it commits to, as
        // weak cues do.
        const afterCue = tokens[this.reader.skipSpace(cue.range.last, limit)]
        const weak =
          weakCues.has(token.lower) ||
          this.speaksAbout(token, previous, start, afterCue, limit) ||
          (toCues.has(token.lower) &&
            afterCue?.lower === 'to' &&
            // (Not the noun: “Rubio’s claim to be …”, “the claim to the
            // nomination”.)
            !(token.lower === 'claim' && this.determined(previous)))
        // “The study, published in Nature on Wednesday, found …”: a past
        // participle and its preposition between commas right after the
        // subject describe it; the verb after the second comma is the
        // sentence’s own.
        if (this.describesSubject(cue, start, limit)) continue
        const found = askedPassive
          ? this.question(cue, start, limit, view.index)
          : ((asking ? this.question(cue, start, limit, view.index, true) : undefined) ??
            (weak &&
            // (“…, reported the Washington Examiner.”, “…,” reported
            // Reuters.: inverted, it closes what it reports.)
            !(
              tailCues.has(token.lower) &&
              (isComma(tokens, previous) || this.commaInMark(previous)) &&
              this.speakerToEnd(cue.range.last, limit)
            )
              ? (this.reportedWeak(cue, start, limit, view.index) ??
                (tailCues.has(token.lower) && this.endsClause(cue.range.last, limit)
                  ? this.reported(cue, start, limit, view.index)
                  : undefined))
              : this.reported(cue, start, limit, view.index)))
        if (!found) continue

        if (within) {
          // An attribution inside reported speech is kept only when it opens
          // a clause of its own (“…, although he supports …”); not the
          // content’s own subject and verb (“said he believes …”), nor a
          // clause its verb governs, which attribution corpora leave to the
          // outer one.
          if (!this.splits(within, attributions, quotes)) {
            this.undo(attributions)
            this.quotes.splice(quotes)
            continue
          }

          // The outer content ends where the clause of the inner one opens,
          // before its comma, dash or conjunction.
          within.last = this.contentEnd(this.clauseOpening(attributions, within.first))
          within = undefined
          index = Math.max(index, found)
          continue
        }

        // “X said (that) …”: read on inside the content, for attributions
        // that end it (“…, although he supports …”, “— lambasting …”).
        // (After a piece before the speaker: “a move ministers say should
        // keep …, the chancellor said …”.)
        const made = this.quotes[quotes]
        const piece = made?.pieces[made.pieces.length - 1]
        const speaker = made?.attribution?.speaker
        const lead =
          made?.pieces.length === 2 &&
          speaker !== undefined &&
          (made.pieces[0] as TokenRange).last <= speaker.first
        if (
          made &&
          this.quotes.length === quotes + 1 &&
          (made.pieces.length === 1 || lead) &&
          piece &&
          piece.first >= cue.range.last &&
          index < piece.first
        ) {
          within = piece
          index = piece.first
          continue
        }

        index = Math.max(index, found)
      }
    }
  }

  /**
   * Reported speech in a clause of “as” whose speaker, a source, stands
   * right after “as” and whose cue of speech ends at a comma or the
   * sentence's end, but for a short circumstance (“However, as POLITICO has
   * reported, cases that … included …”, “…, as police have said.”, “The
   * tax, as Sanders has acknowledged, would hit …”): the rest of the
   * sentence is the content, in two pieces around the clause when both hold
   * words (an adverbial before it is none). Returns the last token taken,
   * or `undefined` for a cue in no such clause.
   */
  asClause(cue: FoundCue, start: number, limit: number, sentence: number): number | undefined {
    const reader = this.reader
    const tokens = this.document.tokens
    // Most cues have no “as” before them in their sentence: their speaker,
    // which `reported` reads next, is not read twice.
    let word = cue.range.first - 1
    while (word >= start && tokens[word]?.lower !== 'as') word--
    if (word < start) return undefined
    let next = reader.skipSpace(cue.range.last, limit)
    // “As reported by Western Journalism, …”, “as first noted by the BBC,”:
    // the agent after “by” is the speaker.
    let opener = reader.skipSpaceBack(cue.range.first - 1, start)
    if (asAdverbs.has(tokens[opener]?.lower ?? '')) opener = reader.skipSpaceBack(opener - 1, start)
    const passive = tokens[opener]?.lower === 'as' && tokens[next]?.lower === 'by'
    const speaker = passive
      ? reader.sourceAfter(next + 1, limit)
      : reader.speakerBefore(cue.range.first, start)
    if (!speaker || !(this.isSource(speaker) || this.sourceOfYear(speaker))) return undefined
    const as = passive ? opener : reader.skipSpaceBack(speaker.first - 1, start)
    if (as < start || tokens[as]?.lower !== 'as') return undefined
    const comma = reader.skipSpaceBack(as - 1, start)
    // (“But as Clyburn noted, those voters will …”: a conjunction that
    // opens the sentence stands before it, as may a parenthesis.)
    const first = tokens[start]?.text === '(' ? reader.skipSpace(start + 1, limit) : start
    const opening =
      as === first || (comma === first && sentenceConjunctions.has(tokens[comma]?.lower ?? ''))
    if (as !== start && !reader.isComma(comma) && !opening) return undefined
    const end = this.contentEnd(limit)
    if (passive) next = reader.skipSpace(speaker.last, limit)
    // “As Clinton told the New York Daily News, …”: who was told.
    const addressee = passive ? undefined : reader.addresseeAfter(cue, limit)
    if (addressee) next = reader.skipSpace(addressee.last, limit)
    // (“as POLITICO previously reported in May,”: a circumstance.)
    if (next < end && !reader.isComma(next)) {
      const word = tokens[next]
      // “As he said that, the crowd cheered”: a time, and no attribution.
      if (word?.word && asObjects.has(word.lower)) {
        const after = reader.skipSpace(next + 1, limit)
        return after >= end || reader.isComma(after) ? next : undefined
      }
      if (!word?.word || !this.onlyCircumstance(next, limit, 4)) return undefined
      next = reader.segmentEnd(next, limit)
    }
    if (next < end && !reader.isComma(next)) return undefined
    const before = {
      first: start,
      last: opening ? start : reader.skipSpaceBack(comma - 1, start) + 1,
    }
    // (“(… But as Clyburn noted, those voters will … if he starts
    // winning.)”: not the parenthesis that closes around the sentence.)
    const after = this.withoutClosingParenthesis({
      first: next < end ? reader.skipSpace(next + 1, limit) : end,
      last: end,
    })
    // Nor are words that end in a conjunction (“…, given that, as The Times
    // reported, he has …”): the clause after “as” is what they open.
    const joiner = tokens[before.last - 1]?.lower ?? ''
    const joined = asJoiners.has(joiner)
    // A clause that a subordinator opens at the start of the sentence ends
    // before its main clause: “If, as I’ve suggested, he benefits from
    // the law, he has proposed nothing …”.
    if (joined && before.last - 1 === start && subordinators.has(joiner)) {
      for (let index = after.first; index < after.last; index++) {
        if (reader.isComma(index) && this.mainClauseAfter(index, end)) {
          after.last = this.contentEnd(index)
          break
        }
      }
    }
    const pieces = [before, after].filter(
      (piece) =>
        reader.wordCount(piece) > 0 &&
        (piece === after || !(joined || this.shortAdverbial(piece.first, piece.last))),
    )
    if (
      !pieces.some((piece) => reader.wordCount(piece) >= 3) ||
      pieces.some((piece) => this.isClaimed(piece))
    )
      return undefined
    const attribution = this.attribution(sentence, speaker, cue, addressee)
    this.quotes.push({kind: 'indirect', pieces, attribution})
    return Math.max(cue.range.last, ...pieces.map((piece) => piece.last)) - 1
  }

  /**
   * Whether an attribution inside reported speech opens a clause of its
   * own: after a comma, a dash, a semicolon or a parenthesis, after a
   * conjunction of contrast (“…, although he supports …”, “— lambasting
   * …”), or after a comma and a conjunction or relative pronoun (“…, and
   * the governor told …”, “…, which he said …”); not a clause that the
   * content’s verb governs (“found that 74 percent said …”, “because he
   * doubted …”).
   */
  opensClause(at: number, start: number): boolean {
    const reader = this.reader
    const before = reader.skipSpaceBack(at - 1, start)
    const token = this.document.tokens[before]
    if (!token || before < start) return false
    if (!token.word)
      return (
        isComma(this.document.tokens, before) ||
        token.text === ';' ||
        token.text === '(' ||
        isDash(token.text) ||
        this.commaInMark(before)
      )
    if (contrasts.has(token.lower)) return true
    if (!afterComma.has(token.lower)) return false
    const comma = reader.skipSpaceBack(before - 1, start)
    return comma >= start && reader.isComma(comma)
  }

  /**
   * The speaker of a participle at `cue` that stands between “with” after a
   * comma and the cue, and names a source (“…, with analysts saying”,
   * “…, with the combined company claiming”).
   */
  withSpeaker(cue: number, start: number): TokenRange | undefined {
    const reader = this.reader
    // (Most participles have no “with” shortly before them: the speaker is
    // not read for them.)
    let near = cue - 1
    while (near >= start && cue - near <= 24 && this.document.tokens[near]?.lower !== 'with') near--
    if (near < start || cue - near > 24) return undefined
    const speaker = reader.speakerBefore(cue, start)
    return speaker && this.withBefore(speaker.first, start) && this.isSource(speaker)
      ? speaker
      : undefined
  }

  /**
   * Whom a source quotes or cites “as saying” at `cue` (“TASS quoted
   * Kremlin spokesman Dmitry Peskov as saying …”, “Xinhua cited the
   * official as saying …”): the words between the verb and “as”, up to ten
   * tokens with no comma; `undefined` if none.
   */
  quotedAsSpeaker(cue: number, start: number): TokenRange | undefined {
    const reader = this.reader
    const as = reader.skipSpaceBack(cue - 1, start)
    if (this.document.tokens[as]?.lower !== 'as') return undefined
    const last = reader.skipSpaceBack(as - 1, start)
    for (let index = last; index >= start && last - index <= 20; index--) {
      const token = this.document.tokens[index] as Token
      if (reader.isComma(index) || reader.isClauseEnd(index) || this.taken[index]) return undefined
      if (!token.word || !quotingVerbs.has(token.lower)) continue
      const first = reader.skipSpace(index + 1, as)
      // (Not the passive: “Dixon was quoted by The Australian as saying”,
      // “was quoted in a French newspaper as saying”.)
      const opener = this.document.tokens[first]?.lower ?? ''
      if (reader.isPassive(index, start) || phraseClosers.has(opener)) return undefined
      return first <= last ? {first, last: last + 1} : undefined
    }
    return undefined
  }

  /** Whether “with” after a comma stands right before `index` (“…, with analysts”). */
  withBefore(index: number, start: number): boolean {
    const word = this.reader.skipSpaceBack(index - 1, start)
    return (
      this.document.tokens[word]?.lower === 'with' &&
      this.reader.isComma(this.reader.skipSpaceBack(word - 1, start))
    )
  }

  /**
   * An accusation in the passive (“Three city commissioners were charged
   * with receiving bribes”, “FDIC Accused Of Covering Up …”), whose
   * participle is at `index`: no source, the cue from its auxiliaries to
   * its preposition, the content what it accuses and, before, whom (the
   * subject, when one stands right before the cue). Returns the last token
   * read.
   */
  accusation(index: number, start: number, limit: number, sentence: number): number {
    const reader = this.reader
    const preposition = reader.skipSpace(index + 1, limit)
    const opener = this.auxiliariesBefore(index, start, true)
    // (“has never been charged with any wrongdoing”: no accusation.)
    for (let at = opener; at < index; at++)
      if (negations.has(this.document.tokens[at]?.lower ?? '')) return index
    // Reduced, it is a headline’s (“Mayor accused of fraud”): in prose, a
    // participle after a noun is a relative clause’s (“the man accused of
    // buying the guns will remain”, “a group charged with beautifying”).
    if (opener === index && this.blockType(index) !== 'HeadlineNode') return index
    let end = this.clauseEnd(preposition + 1, this.contentEnd(limit))
    // (To a clause that a conjunction opens after a comma: “…, and the
    // mayor resigned”.)
    for (let at = preposition + 1; at < end; at++) {
      const text = this.document.tokens[at]?.text ?? ''
      const next = this.document.tokens[reader.skipSpace(at + 1, end)]?.lower ?? ''
      if (text === ';' || isDash(text) || (reader.isComma(at) && clauseJoiners.has(next))) {
        end = at
        break
      }
    }
    const object = {first: reader.skipSpace(preposition + 1, end), last: end}
    if (object.first >= end || this.isTaken(object)) return index
    const subject = reader.speakerBefore(opener, start)
    const cue: FoundCue = {range: {first: opener, last: preposition + 1}, cueClass: 'speech'}
    const attribution = this.attribution(sentence, undefined, cue, undefined)
    const pieces = subject && !this.isTaken(subject) ? [subject, object] : [object]
    for (const piece of pieces) this.take(piece)
    this.quotes.push({kind: 'indirect', pieces, attribution})
    return object.last
  }

  /**
   * Whether the object of a verb at `index` may stand before it: after a
   * subject pronoun, “have” or a verb in -ed, or with a relative pronoun at
   * most sixteen tokens before it.
   */
  objectBefore(index: number, start: number): boolean {
    const tokens = this.document.tokens
    const prior = tokens[this.reader.skipSpaceBack(index - 1, start)]?.lower ?? ''
    if (subjectWord(prior) || haveForms.has(prior) || prior.endsWith('ed')) return true
    for (let at = index - 1; at >= start && index - at <= 16; at--) {
      const lower = tokens[at]?.lower ?? ''
      if (lower === 'which' || lower === 'whom' || lower === 'that') return true
    }
    return false
  }

  /** Whether a quotation mark at `mark` closes right after a comma: “values,””. */
  commaInMark(mark: number): boolean {
    return this.reader.isQuoteMark(mark) && isComma(this.document.tokens, mark - 1)
  }

  /** Whether “to” stands right before `index`, in the sentence from `start`. */
  afterTo(index: number, start: number): boolean {
    const before = this.reader.skipSpaceBack(index - 1, start)
    return before >= start && this.document.tokens[before]?.lower === 'to'
  }

  /**
   * Whether content that an attribution after it reports (“…, according to
   * X.”) is free of attributions but those of reported speech inside it
   * (“A claimed B, according to X.”), which are then removed: attribution
   * corpora annotate the outer one only. Reads back over the attributions
   * of the sentence only.
   */
  releases(content: TokenRange, sentence: number): boolean {
    if (!this.isClaimed(content)) return true
    const inside = (range: TokenRange | undefined): boolean =>
      range === undefined || (content.first <= range.first && range.last <= content.last)
    let from = this.attributions.length
    while (from > 0 && this.attributions[from - 1]?.sentence === sentence) from--
    let quotesFrom = this.quotes.length
    while (quotesFrom > 0 && this.quotes[quotesFrom - 1]?.attribution?.sentence === sentence)
      quotesFrom--
    const inner = new Set<FoundAttribution>()
    let claimed = 0

    for (const attribution of this.attributions.slice(from)) {
      if (
        inside(attribution.speaker) &&
        inside(attribution.cue?.range) &&
        inside(attribution.addressee)
      ) {
        inner.add(attribution)
        for (const range of [attribution.speaker, attribution.cue?.range, attribution.addressee]) {
          if (range) claimed += range.last - range.first
        }
      }
    }

    for (let index = content.first; index < content.last; index++) {
      if (this.taken[index] === 2) claimed--
    }

    if (claimed !== 0) return false
    const quotes = this.quotes.slice(quotesFrom)
    for (const quote of quotes) {
      if (!quote.attribution || !inner.has(quote.attribution)) continue
      if (!quote.pieces.every((piece) => inside(piece))) return false
    }

    const kept = this.attributions.splice(from).filter((attribution) => !inner.has(attribution))
    for (const attribution of kept) {
      if (attribution.subject && inner.has(attribution.subject)) attribution.subject = undefined
    }
    for (const attribution of kept) this.attributions.push(attribution)
    this.quotes.splice(quotesFrom)
    this.quotes.push(
      ...quotes.filter((quote) => !quote.attribution || !inner.has(quote.attribution)),
    )
    for (const attribution of inner) this.release(attribution)
    return true
  }

  /**
   * Where the clause of the first attribution made since the mark opens:
   * at its comma, dash or semicolon, or at its conjunction (at the comma
   * before it, if any).
   */
  clauseOpening(attributions: number, start: number): number {
    const reader = this.reader
    const attribution = this.attributions[attributions] as FoundAttribution
    const at = this.openingOf(attribution, this.quotes)
    const boundary = reader.skipSpaceBack(at - 1, start)
    // (The closing mark after a comma stays with its quotation: “that Trump
    // represents “New York values,” stating …”.)
    if (this.commaInMark(boundary)) return boundary + 1
    if (!this.document.tokens[boundary]?.word) return boundary
    const comma = reader.skipSpaceBack(boundary - 1, start)
    return comma >= start && reader.isComma(comma) ? comma : boundary
  }

  /**
   * Where an attribution opens: at its speaker or cue, or at a piece of its
   * content right before its speaker, among `quotes` (“…, meddling the
   * congressman said is designed to …”: “meddling”).
   */
  openingOf(attribution: FoundAttribution, quotes: readonly FoundQuote[]): number {
    const at = Math.min(
      attribution.speaker?.first ?? Number.POSITIVE_INFINITY,
      attribution.cue?.range.first ?? Number.POSITIVE_INFINITY,
    )
    const speaker = attribution.speaker
    let index = quotes.length - 1
    while (index >= 0 && quotes[index]?.attribution !== attribution) index--
    const lead = quotes[index]?.pieces[0]
    // (Right before the speaker: not content before a comma, “…, the
    // ministry said”.)
    return speaker && lead && this.reader.skipSpace(lead.last, speaker.first) === speaker.first
      ? Math.min(at, lead.first)
      : at
  }

  /**
   * Whether the attributions and quotes made since the marks split
   * reported content: each quote’s pieces inside it, and each attribution
   * past the content’s first words (its own subject and verb), opening a
   * clause of its own.
   */
  splits(within: TokenRange, attributions: number, quotes: number): boolean {
    const reader = this.reader
    let head = reader.skipSpace(within.first, within.last)
    const that = this.document.tokens[head]?.lower === 'that'
    if (that) head = reader.skipSpace(head + 1, within.last)
    const first = reader.skipSpace(head + 1, within.last)

    const made = this.quotes.slice(quotes)
    for (const attribution of this.attributions.slice(attributions)) {
      const at = this.openingOf(attribution, made)
      // “… the party doesn’t care and one in four said …”: “and” with no
      // comma opens a clause only before a speaker and “say”.
      const verb = this.document.tokens[(attribution.cue?.range.last ?? 1) - 1]?.lower ?? ''
      const and =
        attribution.speaker !== undefined &&
        sayForms.has(verb) &&
        this.document.tokens[reader.skipSpaceBack(at - 1, within.first)]?.lower === 'and'
      // “…, with Chair Jerome Powell saying …”: “with” after a comma opens a
      // clause before a speaker and a verb of saying.
      const withSaying =
        attribution.speaker !== undefined &&
        attribution.cue?.cueClass === 'speech' &&
        verb.endsWith('ing') &&
        !weakCues.has(verb) &&
        this.withBefore(at, within.first)
      if (at <= first || (!and && !withSaying && !this.opensClause(at, within.first))) return false
      // “said that in 2010, he opposed …”, “noted that at one of his first
      // meetings, in 1972, he supported …”: a comma that closes adverbials
      // after “that” opens no clause of its own, before a subject.
      let comma = reader.skipSpaceBack(at - 1, within.first)
      // (Or inside a closing mark: “boasted that, thanks to his patented
      // “Braynard Precision Survey Method,” he was …”.)
      if (this.commaInMark(comma)) comma--
      if (
        that &&
        attribution.speaker !== undefined &&
        reader.isComma(comma) &&
        this.adverbialsOnly(head, comma)
      )
        return false
    }

    for (const quote of made) {
      for (const piece of quote.pieces) {
        if (piece.first < within.first || piece.last > within.last) return false
      }
    }

    return this.attributions.length > attributions
  }

  /**
   * The comma that closes an apposition opening after the comma at `comma`
   * (“, a close friend of Mrs. Clinton’s who died in 2000,”): one that opens
   * as appositions do and has no verb before a relative pronoun, before
   * content with a verb; `-1` if there is none.
   */
  appositionComma(comma: number, end: number): number {
    const reader = this.reader
    const tokens = this.document.tokens
    const head = tokens[reader.skipSpace(comma + 1, end)]
    // (Or a possessive: “According to Il Sole 24 Ore, Italy’s business newspaper, …”.)
    if (!head?.word || !(appositionStarters.has(head.lower) || isPossessive(head.text))) return -1
    let relative = false

    for (let index = head.index; index < end && index - comma < 40; index++) {
      const token = tokens[index] as Token
      if (reader.isClauseEnd(index) || reader.isQuoteMark(index)) return -1
      if (reader.isComma(index)) {
        const rest = reader.words({first: index + 1, last: end})
        return rest.length >= 3 && rest.some((word) => verbLike(word)) ? index : -1
      }
      if (!token.word) continue
      if (relativeWords.has(token.lower)) relative = true
      else if (!relative && (verbLike(token) || auxiliaryWords.has(token.lower))) return -1
    }

    return -1
  }

  /** Whether a quotation mark stands in `[from, limit)`, at most 40 tokens on. */
  markWithin(from: number, limit: number): boolean {
    for (let index = from; index < limit && index - from < 40; index++) {
      if (this.reader.isQuoteMark(index)) return true
    }

    return false
  }

  /** Whether “that” and a comma follow a cue word (“said that, …”). */
  saidThat(index: number, limit: number): boolean {
    const that = this.reader.skipSpace(index + 1, limit)
    return (
      this.document.tokens[that]?.lower === 'that' &&
      this.reader.isComma(this.reader.skipSpace(that + 1, limit))
    )
  }

  /**
   * Whether the tokens from `from` to the comma at `comma` are adverbials,
   * or times between commas (“in 2010”, “at the convention, in 1972”), and
   * nothing else, within 60 tokens.
   */
  adverbialsOnly(from: number, comma: number): boolean {
    const reader = this.reader
    // Adverbials are short: reading no further keeps floods of clauses linear.
    if (comma - from > 60) return false
    let start = from
    let segments = 0

    for (let index = from; index <= comma; index++) {
      if (!reader.isComma(index)) continue
      const first = reader.skipSpace(start, index)
      start = index + 1
      if (first === index) continue
      if (!(reader.isAdverbial(first, index) || reader.isTime(first, index))) return false
      segments++
    }

    return segments > 0
  }

  /**
   * The first word of a verb group that ends in “to” before a cue: “is
   * trying to show”, “took to Twitter to say”, “went on to name”. The group
   * is the head’s, when a source stands right before it; read back over at
   * most ten tokens, within the clause.
   */
  verbGroupHead(to: number, start: number): number | undefined {
    const tokens = this.document.tokens
    const near = this.reader.skipSpaceBack(to - 1, start)
    const word = tokens[near]
    if (word?.word && toHeads.has(word.lower)) return near
    // “Mr Kennedy is to tell the audience”: “be to” plans what a source will
    // say (not “His plan is to tell voters”).
    if (word?.word && copulas.has(word.lower)) {
      const speaker = this.reader.speakerBefore(near, start)
      return speaker && this.isSource(speaker, true) ? near : undefined
    }

    for (let index = near; index >= start && to - index < 20; index--) {
      const token = tokens[index] as Token
      if (token.space) continue
      if (!token.word || this.taken[index]) return undefined
      if (
        token.text !== token.lower ||
        !(groupVerbs.has(token.lower) || token.lower.endsWith('ed') || token.lower.endsWith('ing'))
      ) {
        continue
      }
      const speaker = this.reader.speakerBefore(index, start)
      if (speaker && this.isSource(speaker)) return index
      // “Sanders said …, going on to say that …”: a participle after a
      // comma, whose subject the attribution before gives (see
      // `participles`).
      if (
        !speaker &&
        token.lower.endsWith('ing') &&
        this.reader.isComma(this.reader.skipSpaceBack(index - 1, start))
      )
        return index
      return undefined
    }

    return undefined
  }

  /**
   * Whether a cue is a verb group whose head stands right before “to” or
   * “on to” (“going on to say”, “trying to argue”).
   */
  headBeforeTo(cue: TokenRange): boolean {
    const words = this.reader.words(cue)
    const to = words.length === 4 && words[1]?.lower === 'on' ? 2 : 1
    return words.length === to + 2 && words[to]?.lower === 'to'
  }

  /**
   * Whether reported content cannot start at a word: an adverbial or a
   * particle (“said on Monday”, “said no.”), but “said no decision had been
   * made” can.
   */
  cannotStart(token: Token, limit: number): boolean {
    if (!contentCannotStart.has(token.lower)) return false
    const next = this.document.tokens[this.reader.skipSpace(token.index + 1, limit)]
    // “said about 20 people have …”, “said about half of …”: “about” before
    // a number is no topic.
    if (token.lower === 'about') {
      if (!next?.word) return true
      if (next.lower === 'a') {
        const after = this.document.tokens[this.reader.skipSpace(next.index + 1, limit)]
        return !(after?.word && fractions.has(after.lower))
      }
      return !(/^\d/.test(next.text) || approximated.has(next.lower))
    }
    // “said as many as 3,000 firms …”: a quantity, no clause of time.
    if (token.lower === 'as' && next?.word && quantityComparisons.has(next.lower)) {
      return this.document.tokens[this.reader.skipSpace(next.index + 1, limit)]?.lower !== 'as'
    }
    if (token.lower !== 'no') return true
    return !next?.word || next.lower === 'to' || next.lower === 'one'
  }

  /**
   * Whether a cue ends its clause: only closing punctuation or a short
   * circumstance follows it (“…, records show.”, “…, the BBC reported on
   * Friday.”).
   */
  endsClause(from: number, limit: number): boolean {
    const at = this.reader.skipSpace(from, limit)
    // (A sentence with no closing mark, a headline's, ends at its limit.)
    const next = at < limit ? this.document.tokens[at] : undefined
    if (!next || this.reader.isClauseEnd(next.index) || this.reader.isComma(next.index)) return true
    return next.word && (weekdaySet.has(next.lower) || next.lower === 'on' || next.lower === 'last')
  }

  /**
   * Reported speech around one cue. Returns the index of the last token used.
   */
  reported(cue: FoundCue, start: number, limit: number, sentence: number): number | undefined {
    const reader = this.reader
    const word = this.document.tokens[cue.range.first] as Token
    let end = this.contentEnd(limit)
    // (“Per the release, …” reads as “According to the release, …”.)
    const isAccording = word.lower === 'according' || word.lower === 'per'

    if (isAccording) {
      const speaker = reader.sourceAfter(cue.range.last, limit)
      if (!speaker) return undefined
      const before = reader.skipSpaceBack(cue.range.first - 1, start)

      const comma = reader.skipSpace(speaker.last, limit)

      // “…, according to him, Televisa censured his report.”, but not “…,
      // according to Jane Doe, who …” nor a clause that depends on what
      // comes before (“…, according to the Labor Department, taking a step
      // …”, “…, although …”).
      const afterComma = this.document.tokens[reader.skipSpace(comma + 1, limit)]
      const lower = afterComma?.lower ?? ''
      // “A quarter of that, according to the plan, is $40,000”: a verb
      // after the comma goes on with the subject before the cue, and the
      // content is both.
      if (
        afterComma &&
        auxiliaryWords.has(lower) &&
        cue.range.first > start &&
        reader.isComma(before) &&
        reader.isComma(comma)
      ) {
        const lead = {first: start, last: reader.skipSpaceBack(before - 1, start) + 1}
        const content = {first: afterComma.index, last: end}
        return this.addIndirect(content, sentence, speaker, cue, undefined, undefined, lead)
      }
      if (
        cue.range.first > start &&
        reader.isComma(comma) &&
        // (Not “82 percent of whom view Trump unfavorably according to the
        // poll, have …”: right after a word that joins no clause, the words
        // before are what it reports.)
        !(
          this.document.tokens[before]?.word &&
          !asJoiners.has(this.document.tokens[before]?.lower ?? '')
        ) &&
        !relativeWords.has(lower) &&
        !boundaryWords.has(lower) &&
        !contentCannotStart.has(lower) &&
        // (Nor a time: “…, according to state media, a day after …”.)
        !(afterComma && this.timeBefore(afterComma.index, limit)) &&
        !(
          afterComma?.word &&
          (lowerParticiple.test(afterComma.text) || phraseParticiples.has(afterComma.lower))
        )
      ) {
        const content = {first: reader.skipSpace(comma + 1, limit), last: end}
        // “…, according to the conference, the policy arm of the courts.”:
        // an apposition with no verb is no content, nor one whose verb is in
        // a relative clause (“…, according to Bill McInturff, a Republican
        // pollster who conducted the poll.”, “…, a former aide now teaching
        // at N.Y.U., whose …”; not a subject with one: “…, nearly nine
        // million workers who should … will …”).
        const words = reader.words(content)
        const verb = words.findIndex(
          (token) => verbLike(token) && !subjectEndingAdverbs.has(token.lower),
        )
        const head = words[0]
        const relative = relativeIndex(words)
        const apposition =
          relative !== -1 &&
          relative < verb &&
          head !== undefined &&
          (appositionStarters.has(head.lower) ||
            roleNoun(head) ||
            words.slice(0, 3).some((token) => isPossessive(token.text)))
        if (words.length >= 3 && verb !== -1 && !apposition) {
          return this.addIndirect(content, sentence, speaker, cue, undefined)
        }
      }

      // “That’s according to a count.”: the pronoun is the content.
      const contraction = this.document.tokens[before]
      if (before === start && contraction && /^(?:that|this|it)[’']s$/.test(contraction.lower)) {
        return this.addIndirect(
          {first: before, last: before + 1},
          sentence,
          speaker,
          cue,
          undefined,
        )
      }

      // “…, according to X.” and “… delegates according to a count.”; in a
      // parenthesis that closes after X, from its opening.
      if (before > start) {
        const closed = this.document.tokens[reader.skipSpace(speaker.last, limit)]?.text === ')'
        const open = closed ? this.openingBefore(cue.range.first, start) : -1
        const content = {
          first: open === -1 ? start : reader.skipSpace(open + 1, limit),
          last:
            reader.skipSpaceBack((reader.isComma(before) ? before : cue.range.first) - 1, start) +
            1,
        }
        // (“…, according to the Human Rights Campaign, an advocacy group.”:
        // an apposition that ends the sentence goes with the source, or
        // that a relative clause ends: “…, a former aide, whose …”.)
        const apposed = reader.appositionsEnd(speaker.last - 1, limit)
        const after = reader.skipSpace(apposed + 1, limit)
        const source =
          apposed > speaker.last - 1 &&
          (after >= end ||
            (reader.isComma(after) &&
              relativeWords.has(
                this.document.tokens[reader.skipSpace(after + 1, limit)]?.lower ?? '',
              ))) &&
          this.describesSource({first: speaker.last, last: apposed + 1})
            ? {first: speaker.first, last: apposed + 1}
            : speaker
        // (“…, state police said, and a woman died …, according to local
        // officials.”: a clause that “and” joins after a medial attribution
        // is what it reports.)
        content.first = this.afterJoinedAttribution(content)
        if (this.releases(content, sentence))
          return this.addIndirect(content, sentence, source, cue, undefined)
      }

      // “According to X, …”
      if (cue.range.first === start && reader.isComma(comma)) {
        // “According to Diane Blair, a close friend of Mrs. Clinton, the
        // first lady …”: an apposition goes with the source.
        const second = this.appositionComma(comma, end)
        const source = second === -1 ? speaker : {first: speaker.first, last: second}
        const content = {
          first: reader.skipSpace((second === -1 ? comma : second) + 1, limit),
          last: end,
        }
        return this.addIndirect(content, sentence, source, cue, undefined)
      }

      return undefined
    }

    // A participle after a comma, or a verb after “and”, reports the
    // sentence’s subject: “…, claiming …”, “Merrill says … and said …”.
    const before = reader.skipSpaceBack(cue.range.first - 1, start)
    const beforeToken = this.document.tokens[before]
    // Any participle but a progressive (“is saying”) reports the subject of
    // its sentence: in “wrote to the head of the railroad asking why …” the
    // words before it are not its speaker.
    // (So does the head of a verb group in -ing after a comma, right before
    // “to” or “on to”: “…, going on to say …”, “…, trying to argue …”; not
    // one with an object, “…, leading him to quip …”.)
    const participleWord =
      participleCues.has(word.lower) ||
      (word.lower.endsWith('ing') && reader.isComma(before) && this.headBeforeTo(cue.range))
    const progressiveOrNone =
      !participleWord || (beforeToken?.word && progressive.has(beforeToken.lower))
    // “Stocks rose, with analysts saying …”: a participle after “with” and
    // its own speaker.
    // (“TASS quoted Dmitry Peskov as saying …”: the one quoted.)
    const withSpeaker = progressiveOrNone
      ? undefined
      : (this.withSpeaker(cue.range.first, start) ?? this.quotedAsSpeaker(cue.range.first, start))
    const participle = !progressiveOrNone && withSpeaker === undefined
    // “After announcing its decision …, the EU said”: a participle in a
    // phrase that a conjunction or a preposition opens, at the start of the
    // sentence, reports the subject after the phrase; its content ends at
    // the phrase’s comma.
    const phraseComma =
      participle && before === start && frontedOpeners.has(beforeToken?.lower ?? '')
        ? this.phraseComma(cue.range.last, end)
        : -1
    if (phraseComma !== -1) end = phraseComma

    // “… but has said …”: auxiliaries between the conjunction and the cue.
    let conjunction = before
    while (conjunction > start && reader.isVerbModifier(conjunction))
      conjunction = reader.skipSpaceBack(conjunction - 1, start)
    const joined = this.document.tokens[conjunction]?.text
    const coordinated = joined === 'and' || joined === 'but'
    // “Salceda, citing data from …, said”: an attribution of its own in a
    // participle phrase between commas right before the cue; its speaker is
    // this one’s too.
    // “Sanders said …, adding, “…””: the speaker right before the cue may
    // be taken by an attribution found before (the participle’s, of a
    // quotation); it is this one’s too.
    const participial =
      participle || coordinated
        ? this.subjectOf(sentence, cue.range.first)
        : this.participleBefore(before, sentence)
    const owner =
      participle || coordinated || participial
        ? undefined
        : this.speakerOwner(conjunction, sentence)
    const subject = participial ?? owner
    // Without an attribution before it in the sentence, the participle
    // reports the subject of the sentence (“Bolton distanced himself …,
    // saying …”).
    // After “and”, only a cue followed by a clause (“… and told them that
    // …”, “… and said she …”) reports the subject: “… and adds 200 officers”
    // does not.
    const clauseAfter = () => {
      const at = reader.skipSpace(reader.addresseeAfter(cue, limit)?.last ?? cue.range.last, limit)
      const token = this.document.tokens[at]
      const lower = token?.lower ?? ''
      // “… and said a curfew would continue”: after “say”, any word but an
      // adverbial opens the clause.
      const say = sayForms.has(word.lower) && !contentCannotStart.has(lower)
      return (
        lower === 'that' ||
        subjectPronouns.has(lower) ||
        (token?.word === true && (say || isCapitalised(token.text)))
      )
    }
    const speaker =
      participle || coordinated
        ? subject || (coordinated && !clauseAfter())
          ? undefined
          : ((participle ? reader.documentBefore(cue.range.first, start) : undefined) ??
            this.withAppositions(
              this.reader.sentenceSubject(start, phraseComma === -1 ? cue.range.first : limit),
              cue.range.first,
            ))
        : (withSpeaker ??
          (subject
            ? undefined
            : (this.relativeBefore(cue.range.first, sentence, start) ??
              reader.speakerBefore(cue.range.first, start))))

    // “…, said Jeffrey N. Trimble, a senior official.”; the comma before
    // “said” closes the content, not an apposition of a speaker before it.
    // “…, and the meeting deteriorated from there, said one GOP source”: a
    // clause before the comma is no speaker either.
    const inverted =
      speaker !== undefined &&
      !participle &&
      !coordinated &&
      reader.isComma(before) &&
      invertedCues.has(word.lower) &&
      // (“say” before a capital is as often not inverted: “Fields, along
      // with …, say Trump’s campaign manager yanked her out”.)
      ((word.lower !== 'say' &&
        isCapitalised(this.document.tokens[reader.skipSpace(cue.range.last, limit)]?.text ?? '')) ||
        // “Part of the problem, say experts like Paul Bauman, is …”: a
        // plural noun of people right after the cue is its subject.
        this.peopleAfter(cue.range.last, limit) ||
        isClause(this.document.tokens, speaker) ||
        // “Mutu hopes to play for Dinamo, says the club.”: words after “to”
        // are a verb's, no subject.
        this.afterTo(speaker.first, start) ||
        // “More significantly, argues the report, broadband is …”, “In the
        // end, says Prof Brewer, the answer is wi-fi.”: an adverbial.
        this.shortAdverbial(start, before) ||
        // “…, and the meeting deteriorated from there, said one GOP source
        // in the room.”, “…, said several observers.”: a speaker after
        // “said” that ends the sentence.
        this.speakerToEnd(cue.range.last, limit))
    if ((!speaker && !subject) || inverted) {
      const after = reader.speakerAfter(cue.range.last, limit)
      const content = {first: start, last: reader.skipSpaceBack(before - 1, start) + 1}

      // “Erin Murphy, a former aide, said McConnell’s trip was …”: a clause
      // after the cue is its content, not its speaker.
      if (
        after &&
        !isClause(this.document.tokens, after) &&
        reader.isComma(before) &&
        this.onlyCircumstance(after.last, limit, 6) &&
        // (Not when the predicate goes on after it: “The contrast, said
        // Doyle, would be clear”, see below.)
        !this.predicateAfterComma(after.last, limit) &&
        // (Or a short clause: “The plan failed, said Doyle.”)
        (reader.wordCount(content) >= 4 ||
          (sayForms.has(word.lower) && this.shortClause(content))) &&
        !this.shortAdverbial(content.first, content.last) &&
        this.releases(content, sentence)
      ) {
        return this.addIndirect(content, sentence, after, cue, undefined)
      }

      // “The answer, says Prof Brewer, is wi-fi.”: an inverted attribution
      // between commas splits the content, which is both sides. (“In the
      // end, says Prof Brewer, the answer is wi-fi.”: a speaker read with
      // an apposition that is a clause ends at its first comma.)
      const named = after && isClause(this.document.tokens, after) ? this.toComma(after) : after
      const closing = named ? reader.skipSpace(named.last, limit) : -1
      const rest = {first: reader.skipSpace(closing + 1, limit), last: end}
      const first = this.document.tokens[rest.first]
      if (
        named &&
        inverted &&
        reader.isComma(closing) &&
        !isClause(this.document.tokens, named) &&
        first?.word &&
        !participleCues.has(first.lower) &&
        !subordinators.has(first.lower) &&
        reader.wordCount(rest) >= 2 &&
        reader.wordCount(content) >= 2 &&
        !this.isClaimed(rest) &&
        !this.isClaimed(content)
      ) {
        rest.last = this.clauseEnd(rest.first, end)
        this.quotes.push({
          kind: 'indirect',
          pieces: [this.withoutConjunction(content, sentence), rest],
          attribution: this.attribution(sentence, named, cue, undefined, undefined),
        })
        return rest.last - 1
      }

      if (!inverted) return undefined
    }

    const addressee = reader.addresseeAfter(cue, limit)
    let next = reader.skipSpace(addressee ? addressee.last : cue.range.last, limit)
    let nextToken = this.document.tokens[next]

    // “The governor added: It’s typical of Hillary Clinton. She knows
    // …”: words with no quotation marks after a colon right after the cue
    // are what was said, to the end of the paragraph.
    if (nextToken?.text === ':' && speaker) {
      const content = this.afterColon(next, sentence)
      if (content) return this.addIndirect(content, sentence, speaker, cue, addressee, subject)
    }

    // “That was what Liz Wahl said when she resigned”, “… conflicted with
    // what Melania Trump told NBC News before …”: with no clause after a
    // verb of saying, “what” before the speaker is all that is said (not
    // after one of thinking: “what he believes” is rarely marked).
    // (The relative pronoun before the speaker, also read for content below.)
    const object = speaker ? this.objectRelative(speaker, start) : -1
    if (
      object !== -1 &&
      this.document.tokens[object]?.lower === 'what' &&
      (sayForms.has(word.lower) || word.lower === 'told') &&
      (!nextToken?.word ||
        contentCannotStart.has(nextToken.lower) ||
        subordinators.has(nextToken.lower))
    ) {
      return this.addIndirect(
        {first: object, last: object + 1},
        sentence,
        speaker,
        cue,
        addressee,
        subject,
      )
    }

    // “said in the letter that …”, “told a town hall in Salem, New Hampshire
    // on Monday that …”: skip to the clause.
    // “said, without evidence, that …”: skip an aside between commas that
    // ends in “that”.
    if (reader.isComma(next)) {
      for (let index = next + 1; index < end && index - next < 30; index++) {
        if (reader.isClauseEnd(index) || reader.isQuoteMark(index)) break
        if (reader.isComma(index)) {
          const after = reader.skipSpace(index + 1, limit)
          const word = this.document.tokens[after]
          if (word?.lower === 'that') {
            next = after
            nextToken = word
          } else if (word && subjectWord(word.lower)) {
            // “says, win or lose in Florida, he’s staying”: the aside is
            // part of the content.
            next = reader.skipSpace(next + 1, limit)
            nextToken = this.document.tokens[next]
          }
          break
        }
      }
    }

    // “said — on Twitter, as it happens — that …”: skip an aside between
    // dashes.
    if (nextToken && !nextToken.word && isDash(nextToken.text)) {
      for (let index = next + 1; index < end && index - next < 24; index++) {
        const token = this.document.tokens[index]
        if (token && !token.word && isDash(token.text)) {
          next = reader.skipSpace(index + 1, limit)
          nextToken = this.document.tokens[next]
          break
        }
        if (reader.isClauseEnd(index) || reader.isQuoteMark(index)) break
      }
    }

    // “said Tuesday his …”: the day belongs to the cue, as attribution
    // corpora mark it.
    if (nextToken?.word && weekdaySet.has(nextToken.lower) && !addressee) {
      let after = reader.skipSpace(next + 1, limit)
      let token = this.document.tokens[after]
      // “said Friday afternoon, as …”: the time of day goes with the day.
      if (token?.word && partsOfDay.has(token.lower)) {
        next = after
        after = reader.skipSpace(next + 1, limit)
        token = this.document.tokens[after]
        if (!token?.word)
          cue = {range: {first: cue.range.first, last: next + 1}, cueClass: cue.cueClass}
      }
      if (token?.word && !contentCannotStart.has(token.lower)) {
        cue = {range: {first: cue.range.first, last: next + 1}, cueClass: cue.cueClass}
        next = after
        nextToken = token
      }
    }

    // “has said repeatedly that …”, “said again that …”, “said afterward
    // that …”: an adverb between the cue and “that” belongs to the cue too.
    if (nextToken && (isLyAdverb(nextToken) || cueAdverbs.has(nextToken.text)) && !addressee) {
      const after = reader.skipSpace(next + 1, limit)
      if (this.document.tokens[after]?.lower === 'that') {
        cue = {range: {first: cue.range.first, last: next + 1}, cueClass: cue.cueClass}
        next = after
        nextToken = this.document.tokens[after]
      }
    }

    // “told “Morning Joe” on Friday that …”, “told MSNBC’s “Morning Joe”
    // that …”: a show’s title in quotation marks, told to, is no content.
    if (nextToken && reader.isQuoteMark(next)) {
      const title = reader.quotedTitle(next, end)
      if (title !== -1) {
        next = reader.skipSpace(title + 1, end)
        nextToken = this.document.tokens[next]
      }
    }

    // (Not “told consumers to give shops more time … given that …”: after
    // an addressee, “to” and a verb open what they are told to do; see
    // below.)
    if (
      nextToken?.word &&
      this.cannotStart(nextToken, limit) &&
      !(addressee && this.directiveAt(next))
    ) {
      let comma = false
      let joined = false
      // (“said Thursday during a taping of a town hall meeting in Buffalo,
      // New York, that …”: a long adverbial, maybe with a title in quotation
      // marks: “said on ABC’s “This Week” that …”.)
      for (let index = next; index < end && index - next < 48; index++) {
        if (reader.isQuoteMark(index)) {
          const closer = this.titleEnd(index, end)
          if (closer === -1) break
          index = closer
          continue
        }
        if (reader.isClauseEnd(index)) break
        if (reader.isComma(index)) comma = true
        const lower = this.document.tokens[index]?.lower ?? ''
        // (Nor past a clause of its own that “but” or “and” joins after a
        // comma, whose verb of saying the “that” after it is: “did not
        // respond to a request for comment, but a spokesman told local media
        // that …”.)
        if (
          (lower === 'but' || lower === 'and') &&
          reader.isComma(reader.skipSpaceBack(index - 1, next))
        )
          joined = true
        if (joined && this.document.tokens[index]?.word && this.finiteCueAt(index, end)) break
        // (Nor past a verb of saying, whose content the clause after it is:
        // “The groups who wrote to the mayor said they are …”.)
        if (sayForms.has(lower)) break
        // (Not a relative “that”, before its verb: “declared Saturday as
        // ‘Cantona Day’ and had planned to wear masks, that were popular”.)
        const after =
          lower === 'that' ? this.document.tokens[reader.skipSpace(index + 1, end)] : undefined
        const relative =
          after?.word === true &&
          after.lower !== 'not' &&
          (auxiliaryWords.has(after.lower) || verbLike(after))
        // “said after the convention he would …”, “has said for weeks he’s
        // …”: a subject after a short adverbial starts the clause.
        if (
          (lower === 'that' && !relative) ||
          // “said on Twitter the strikes were …”: a noun phrase and its
          // verb after a short adverbial start the clause.
          (!comma &&
            index > next + 1 &&
            index - next < 12 &&
            !topicOpeners.has(nextToken.lower) &&
            this.subjectAt(index, next, end)) ||
          (!comma &&
            index > next + 1 &&
            index - next < 30 &&
            subjectWord(lower) &&
            // (Not the subject of a clause of time or condition: “said as
            // she turned around”, “said when she was earning …”.)
            !subordinators.has(
              this.document.tokens[reader.skipSpaceBack(index - 1, next)]?.lower ?? '',
            ))
        ) {
          next = index
          nextToken = this.document.tokens[next]
          break
        }
      }
    }

    // “X said (that) …”: the content follows the cue.
    // The content may open with a quotation: “Trump says “the game has
    // become soft” because …”.
    const opensQuote = nextToken !== undefined && reader.isQuoteMark(next) && this.taken[next] === 1
    // “told them to quiet down”: after an addressee, what they are told to do.
    const directive = addressee !== undefined && this.directiveAt(next)
    // (Two words after “say” are a clause too: “Smith said he won.”, “The
    // company said profits fell.”; not a time: “said last week.”.)
    const verb = this.document.tokens[reader.skipSpace(next + 1, end)]
    const least =
      sayForms.has(word.lower) &&
      nextToken?.word &&
      (subjectStart(nextToken) || massSubject(nextToken)) &&
      verb?.word &&
      verb.text === verb.lower &&
      verbLike(verb) &&
      !auxiliaryWords.has(verb.lower)
        ? 3
        : stanceCues.has(word.lower) && this.stanceObject(next, end)
          ? 3
          : 5
    if (
      ((nextToken?.word && (directive || !this.cannotStart(nextToken, limit))) || opensQuote) &&
      end - next >= least
    ) {
      const content = {
        first: next,
        last: this.subordinateEnd(
          start,
          next,
          this.relativeEnd(
            speaker,
            next,
            this.clauseEnd(
              next,
              end,
              this.document.tokens[cue.range.last - 1]?.lower.endsWith('ing'),
            ),
          ),
        ),
      }
      // “Critics, arguing that the plan is unfair, walked out”: a
      // participle between commas after the subject reports up to the comma
      // before the main verb.
      if (participle && speaker && reader.isComma(before))
        content.last = Math.min(content.last, this.appositiveEnd(speaker, before, start, next, end))
      // “Trump called Cruz the “ultimate hypocrite,” linking to …”: what a
      // naming cue names ends with its quotation, at a comma.
      if (this.names(cue)) {
        const closing = this.namedQuotationEnd(content)
        if (closing !== -1) content.last = closing
      }
      // “Richards noted that …, said the Washington Examiner.”: the content
      // ends before an inverted attribution that ends the sentence.
      const inner = this.saidWithinAt(content, this.contentEnd(limit))
      if (inner !== -1) content.last = reader.skipSpaceBack(inner - 1, next) + 1
      // What they are told to do ends before a clause of time or reason
      // (“warned officials to boost their security after hackers …”).
      if (directive) {
        for (let index = next; index < content.last; index++) {
          const token = this.document.tokens[index] as Token
          if (token.word && directiveEnders.has(token.lower)) {
            content.last = reader.skipSpaceBack(index - 1, next) + 1
            break
          }
        }
      }
      // (A claimed attribution inside it, after a comma: “says Americans
      // are “right to be angry,” but also hungry for what she calls “…””
      // ends it at that comma.)
      content.last = this.beforeClaimed(content)
      if (this.isClaimed(content) || this.objectOnly(cue, content)) return undefined
      // “Her vote, which she has repeatedly said was a mistake, was …”,
      // “what the senators said was economic gerrymandering”: the pronoun
      // before the speaker is the subject of what is said.
      // With no pronoun, the noun before the speaker is (“meddling the
      // California congressman said is designed to …”).
      const gap = this.document.tokens[content.first]
      let lead: TokenRange | undefined
      if (object !== -1) {
        // (“what Trump says his plan would do”: “what” is the object of
        // what is said, and opens it, as it opens a clause it is the
        // subject of; its clause ends before “and” and another question
        // word: “… would do and what it would actually do”.)
        const what = this.document.tokens[object]?.lower === 'what'
        if (
          what ||
          (gap?.word && (auxiliaryWords.has(gap.lower) || verbLike(gap) || presentForm(gap)))
        )
          lead = {first: object, last: object + 1}
        if (what) content.last = this.questionJoined(content)
        // “The deal, which officials say could be signed next week, would
        // cut tariffs”: a relative clause between commas ends at its
        // closing comma, where the predicate of its noun goes on.
        else if (lead && reader.isComma(reader.skipSpaceBack(object - 1, start)))
          content.last = this.beforePredicate(content)
      } else if (speaker && gap && opensSubjectless(gap)) {
        lead = reader.antecedentBefore(speaker.first, start)
      }
      return this.addIndirect(content, sentence, speaker, cue, addressee, subject, lead)
    }

    // “55 percent said so”, “she said yes”, “26 percent said the same”: a
    // pro-form after a verb of saying is the content.
    const proForm = speaker && nextToken?.word ? this.proForm(next, limit) : undefined
    if (proForm && sayForms.has(word.lower) && !this.isClaimed(proForm)) {
      return this.addIndirect(proForm, sentence, speaker, cue, addressee, subject)
    }

    // A speaker shared with an attribution found before stands where this
    // one’s would (“…, Spicer said, adding, “…””).
    const placed = speaker ?? owner?.speaker
    // “the CBI, which complains of a lack of skills”: a relative clause
    // reports nothing before its noun.
    if (!placed || reader.relativeSpeaker(placed.first, placed.last)) return undefined

    // “…, X said (on Wednesday).”, “…, X said, claiming …”, and the
    // parenthetical “During …, Mr. Obama said, a majority …”.
    const comma = reader.skipSpaceBack(placed.first - 1, start)

    if (reader.isComma(comma) && comma > start) {
      let after = reader.skipSpace(addressee ? addressee.last : cue.range.last, limit)
      while (after < limit && !reader.isComma(after) && !reader.isClauseEnd(after)) after++
      const previous = {first: start, last: reader.skipSpaceBack(comma - 1, start) + 1}

      // “Last month, the FBI warned officials to boost …, Illinois and
      // Arizona.”: only an attribution between commas (and a circumstance
      // after its cue) splits the content.
      const aside = this.onlyCircumstance(addressee ? addressee.last : cue.range.last, after, 6)
      if (reader.isComma(after) && aside) {
        const rest = {first: reader.skipSpace(after + 1, limit), last: end}
        const first = this.document.tokens[rest.first]
        const restWords = reader.wordCount(rest)
        // (The rest is no content when it is an attribution of its own or a
        // time: “…, the minister said on Thursday, according to state media,
        // a day after …”.)
        const restApart = first?.lower === 'according' || this.timeBefore(rest.first, rest.last)

        // “Many of the closures, he said, have involved …”: the attribution
        // splits the content, which is both sides (the rest may open with
        // an amount: “The company earns, he said, $234 million a year.”).
        if (
          (first?.word || this.amountAt(rest.first, limit)) &&
          !participleCues.has(first?.lower ?? '') &&
          !subordinators.has(first?.lower ?? '') &&
          // (Nor “even as” and an attribution of its own: “…, the company
          // said, even as critics warned …”, nor “and” and one: “…, police
          // said, and a woman died …, according to local officials.”)
          !(this.evenSubordinator(rest.first, end) && this.cueWithin(rest.first, end, 8)) &&
          !this.joinedAttribution(rest, end) &&
          !restApart &&
          restWords >= 2 &&
          // (A subject of one word, when an auxiliary opens the rest: “Time,
          // Mr. Pence added, was on their side.”)
          (reader.wordCount(previous) >= 2 ||
            (isFiniteAuxiliary(first) && !reader.isAdverbial(previous.first, previous.last))) &&
          !this.isClaimed(rest) &&
          !this.isClaimed(previous)
        ) {
          const attribution = this.attribution(sentence, speaker, cue, addressee, subject)
          this.quotes.push({
            kind: 'indirect',
            pieces: [this.withoutConjunction(previous, sentence), rest],
            attribution,
          })
          return rest.last - 1
        }

        if (
          first?.word &&
          !participleCues.has(first.lower) &&
          // (Nor a clause of “as”, the writer's: “Iran will respond …, its
          // foreign minister said on Monday, as tensions with Israel rose
          // after …”; “because” or “while” may go on with the words, but
          // not a contrast with an attribution of its own after a clause:
          // “The glasses sold out, the company said, while critics warned
          // …”.)
          first.lower !== 'as' &&
          !(
            (contrastOpeners.has(first.lower) || this.evenSubordinator(rest.first, end)) &&
            reader.wordCount(previous) >= 4 &&
            this.cueWithin(rest.first, end, 8)
          ) &&
          !this.joinedAttribution(rest, end) &&
          !restApart &&
          restWords >= 5 &&
          restWords > reader.wordCount(previous) &&
          !this.isClaimed(rest)
        ) {
          return this.addIndirect(rest, sentence, speaker, cue, addressee, subject)
        }
      }

      // “…, a spokesman told The Wall Street Journal.”: the addressee is no
      // content.
      // (A clause of two or three words before “said” is content too:
      // “Prices rose sharply, the bank said.”.)
      // (Not a participle's clause: “Asked about the fall, Musk replied with
      // an emoji.”)
      if (
        this.onlyCircumstance(addressee ? addressee.last : cue.range.last, after, 12) &&
        (reader.wordCount(previous) >= 4 ||
          (sayForms.has(word.lower) && this.shortClause(previous))) &&
        !this.participleClause(previous) &&
        this.releases(previous, sentence)
      ) {
        return this.addIndirect(previous, sentence, speaker, cue, addressee, subject)
      }
    }

    return undefined
  }

  /**
   * Whether the words from `from` to `end` are the object of a stance cue
   * that ends its sentence: a determiner and a noun (“the charges”, “any
   * wrongdoing”, “their account”), no verb, no time (“confirmed last
   * week”).
   */
  stanceObject(from: number, end: number): boolean {
    const tokens = this.document.tokens
    const determiner = tokens[from]
    const noun = tokens[from + 2]
    return (
      from + 3 === end &&
      determiner?.word === true &&
      objectDeterminers.has(determiner.lower) &&
      tokens[from + 1]?.space === true &&
      noun?.word === true &&
      noun.text === noun.lower &&
      !verbLike(noun) &&
      !auxiliaryWords.has(noun.lower) &&
      !this.reader.isTime(from, end)
    )
  }

  /**
   * Whether a range is a clause of two or three words: a subject of one
   * word and a verb in the past (“Prices rose”, “He won again”), or an
   * auxiliary with a word after it (“It is fine”, “We will win”; not “he
   * would”).
   */
  shortClause(range: TokenRange): boolean {
    const words = this.reader.words(range)
    const [subject, verb] = words
    // (Or a noun that a determiner opens, before a verb in the past: “The
    // plan failed”, “Our talks collapsed”.)
    const noun = words[1]
    const past = words[2]
    if (
      words.length === 3 &&
      subject !== undefined &&
      (articles.includes(subject.lower) || possessiveDeterminers.includes(subject.lower)) &&
      noun !== undefined &&
      noun.text === noun.lower &&
      !verbLike(noun) &&
      past !== undefined &&
      past.text === past.lower &&
      past.lower.endsWith('ed') &&
      verbLike(past)
    )
      return true
    return (
      words.length >= 2 &&
      words.length <= 3 &&
      subject !== undefined &&
      subjectStart(subject) &&
      verb !== undefined &&
      verb.text === verb.lower &&
      (auxiliaryWords.has(verb.lower) ? words.length === 3 : verbLike(verb))
    )
  }

  /**
   * Whether “to” and a verb stand at `at` (“to quiet down”, “to “get back
   * home””), not “to” and a noun phrase (“to her”, “to the press”).
   */
  directiveAt(at: number): boolean {
    const tokens = this.document.tokens
    // (Or a verb in quotation marks: “told refugees to “get back home””.)
    const verb = tokens[this.reader.isQuoteMark(at + 2) ? at + 3 : at + 2]
    return (
      tokens[at]?.lower === 'to' &&
      tokens[at + 1]?.space === true &&
      verb?.word === true &&
      verb.text === verb.lower &&
      !articles.includes(verb.lower) &&
      !possessiveDeterminers.includes(verb.lower) &&
      !objectPronouns.includes(verb.lower)
    )
  }

  /**
   * The comma that closes a phrase from `from` on, before `end`; `-1` when a
   * clause ends or a quotation mark stands first.
   */
  phraseComma(from: number, end: number): number {
    const at = this.reader.segmentEnd(from, end)
    return at < end && this.reader.isComma(at) ? at : -1
  }

  /**
   * A pro-form that stands for what was said (“so”, “yes”, “the same”), when
   * nothing but punctuation or a preposition follows it.
   */
  proForm(at: number, limit: number): TokenRange | undefined {
    const tokens = this.document.tokens
    const token = tokens[at]
    let last = at + 1
    if (token?.lower === 'the' && tokens[at + 2]?.lower === 'same' && tokens[at + 1]?.space)
      last = at + 3
    else if (!token || !proForms.has(token.lower)) return undefined
    const after = tokens[this.reader.skipSpace(last, limit)]
    if (after?.word && !contentCannotStart.has(after.lower)) return undefined
    return {first: at, last}
  }

  /**
   * Attribution with no source: “The plan is expected to pass”, “Smith
   * seemed to waver”, “it appears that …”, “Smith reportedly considered
   * …”, “the contests known as Super Tuesday”. The content is the clause
   * around the cue: its subject and what follows the cue (“to …” included,
   * “as” left out); after a dummy “it”, only what follows.
   */
  evidentials(): void {
    const {sentences, tokens} = this.document
    const reader = this.reader

    const scanned = this.scanned
    let at = 0

    for (const view of sentences) {
      const start = this.sentenceStart(view.index)
      const limit = view.last
      if (limit - start > maxSentence) continue
      const end = this.contentEnd(limit)

      for (let index = start; index < end; index++) {
        // Only the words of `scannedShapes` are read: go to the next one.
        at = seek(scanned, at, index)
        const word = scanned[at]
        if (word === undefined || word >= end) break
        index = word
        const token = tokens[index] as Token
        if (this.taken[index]) continue
        const lower = token.lower
        // The nouns of nominal cues are noted on the way, for `nominals`.
        if (nominalCues.has(lower)) this.nominalNouns.push(index)
        // Only these words can open an evidential: skip the rest early.
        if (
          !evidentialShapes.may(token) ||
          (!seemVerbs.has(lower) &&
            !evidentialParticiples.has(lower) &&
            !stanceAdjectives.has(lower) &&
            lower !== 'reportedly' &&
            lower !== 'told' &&
            !lower.endsWith('ed'))
        ) {
          continue
        }
        if (stanceAdjectives.has(lower)) {
          const used = this.stance(view.index, index, start, limit, end)
          if (used !== undefined) {
            index = used
            continue
          }
        }
        let previous = tokens[reader.skipSpaceBack(index - 1, start)]
        const nextIndex = reader.skipSpace(index + 1, limit)
        const next = tokens[nextIndex]
        // “is widely expected to”: an adverb between the auxiliary and the
        // participle (but “widely seen as” is read below).
        if (
          previous?.word &&
          evidentialParticiples.has(lower) &&
          isLyAdverb(previous) &&
          next?.lower === 'to'
        ) {
          const auxiliary = tokens[reader.skipSpaceBack(previous.index - 1, start)]
          if (auxiliary?.word && progressiveAuxiliaries.has(auxiliary.lower)) previous = auxiliary
        }
        let cueLast: number
        let restFirst: number
        let copula = false
        /** Whether the cue follows a comma: the subject is what stands before it. */
        let apposed = false
        /** Where a “known as” cue starts, with its adverbs. */
        let known: number | undefined
        /** Whether a passive “told” reports hearsay to its subject (“The BBC has been told that”). */
        let told = false
        /** Where the auxiliaries after a dummy “it” start (“It has been reported that”). */
        const dummy =
          evidentialParticiples.has(lower) && next?.lower === 'that'
            ? this.dummyPassive(index, start)
            : -1

        if (seemVerbs.has(lower) && (next?.lower === 'to' || next?.lower === 'that')) {
          cueLast = index + 1
          restFirst = nextIndex
        } else if (
          seemVerbs.has(lower) &&
          next?.word &&
          !contentCannotStart.has(next.lower) &&
          !auxiliaryWords.has(next.lower)
        ) {
          // “New Hampshire seems stable”, “Clinton seemed irritated”: the
          // subject and its complement.
          cueLast = index + 1
          restFirst = nextIndex
          copula = true
        } else if (
          evidentialParticiples.has(lower) &&
          previous?.word &&
          progressiveAuxiliaries.has(previous.lower) &&
          (next?.lower === 'to' ||
            // (Not “It is feared as many as …”: an amount.)
            (next?.lower === 'as' && !asLessParticiples.has(lower)))
        ) {
          cueLast = next.lower === 'as' ? nextIndex + 1 : index + 1
          restFirst = next.lower === 'as' ? reader.skipSpace(nextIndex + 1, limit) : nextIndex
        } else if (
          (lower === 'known' || lower === 'seen' || lower === 'viewed' || lower === 'regarded') &&
          (next?.lower === 'as' || (lower === 'known' && next?.lower === 'for')) &&
          ((previous !== undefined && isComma(tokens, previous.index)) ||
            (previous?.word && describing.has(previous.lower)))
        ) {
          // “the contests, known as Super Tuesday”, “now known as the Trump
          // National Golf Club”, “best known for …”.
          cueLast = nextIndex + 1
          restFirst = reader.skipSpace(nextIndex + 1, limit)
          // The adverbs and auxiliaries before it join the cue (“is best
          // known for”); a comma before them makes it an apposition.
          let at = index
          for (;;) {
            const before = tokens[reader.skipSpaceBack(at - 1, start)]
            if (!before?.word || at <= start) break
            if (!describing.has(before.lower) && !progressiveAuxiliaries.has(before.lower)) break
            at = before.index
          }
          known = at
          apposed = isComma(tokens, reader.skipSpaceBack(at - 1, start))
        } else if (lower === 'reportedly') {
          cueLast = index + 1
          restFirst = nextIndex
        } else if (
          lower === 'told' &&
          next?.lower === 'that' &&
          this.passiveAuxiliary(index, start) !== -1
        ) {
          // “The BBC has been told that …”, “Officials were told that …”:
          // hearsay whose source goes unnamed; the subject is whom it was
          // told.
          cueLast = index + 1
          restFirst = nextIndex
          told = true
        } else if (dummy !== -1) {
          // “It has been reported that …”, “It’s believed that …”: what
          // follows, with no source.
          cueLast = index + 1
          restFirst = nextIndex
        } else if (
          next?.lower === 'by' &&
          lower.endsWith('ed') &&
          // (Not “was asked by the BBC whether …”: the question is read with
          // the other questions, the one asked its addressee.)
          lower !== 'asked' &&
          this.passiveAuxiliary(index, start) !== -1 &&
          reader.cueAt(index, limit)
        ) {
          // “The nominee has been endorsed by dozens of papers”, “was first
          // reported by The Washington Post”: the source follows “by”, the
          // content is the subject.
          const cueClass = reader.cueAt(index, limit)?.cueClass ?? 'speech'
          const auxiliary = this.passiveAuxiliary(index, start)
          this.passiveBy(view.index, start, auxiliary, nextIndex, limit, cueClass)
          continue
        } else {
          continue
        }

        // The subject: back to the start of the clause (a comma, or the
        // sentence), at most 16 tokens.
        let cueFirst =
          known ??
          (dummy !== -1 ? dummy : undefined) ??
          (told ? this.auxiliariesBefore(index, start) : undefined) ??
          // “have reportedly looked”: the auxiliaries join the cue, as they
          // do any cue’s.
          (lower === 'reportedly' ? this.auxiliariesBefore(index, start) : undefined) ??
          (previous?.word && progressiveAuxiliaries.has(previous.lower) && lower !== 'reportedly'
            ? previous.index
            : index)
        // “Lycos Europe now appears to have …”: “now” goes with the cue, not
        // the subject. (Other adverbs and auxiliaries before the verb, “also
        // appears”, “would seem”, join the cue when the attribution is made
        // and clash with the subject: such evidentials are left out, as
        // before “now” joined cues.)
        const now = tokens[reader.skipSpaceBack(cueFirst - 1, start)]
        if (known === undefined && now?.lower === 'now' && now.index >= start) cueFirst = now.index
        const subjectEnd = apposed ? reader.skipSpaceBack(cueFirst - 1, start) : cueFirst
        let first = subjectEnd
        for (let at = subjectEnd - 1; at >= start && subjectEnd - at <= 16; at--) {
          if (this.taken[at] || reader.isComma(at) || reader.isClauseEnd(at)) break
          // “not least because the agenda … seems to”: the clause’s own
          // subject starts after its conjunction.
          if (subjectStoppers.has(tokens[at]?.lower ?? '')) break
          // “sharing a post that appeared to respond to …”, “a bill which
          // the Senate is expected to …”: a relative pronoun's antecedent is
          // no subject to take; the pronoun right before the verb is, as
          // PolNeAR marks it (a “that” there only: “that approach seems to
          // …” is a determiner's).
          // (Nor a relative clause inside the subject, with no subject of
          // its own: “The woman who received the photos has reportedly been
          // …”.)
          const relative = tokens[at]?.text ?? ''
          if (relative === 'which' || relative === 'who' || relative === 'that') {
            const after = reader.skipSpace(at + 1, subjectEnd)
            const adjacent = after === subjectEnd
            const opener = tokens[after] as Token
            const ownSubject =
              opener.capitalised ||
              subjectPronouns.has(opener.lower) ||
              articles.includes(opener.lower)
            if (adjacent || (relative !== 'that' && ownSubject)) {
              if (adjacent) first = at
              break
            }
          }
          first = at
        }
        first = reader.skipSpace(first, subjectEnd)
        const subject = {first, last: reader.skipSpaceBack(subjectEnd - 1, first) + 1}
        if (this.taken[restFirst] || restFirst >= end) continue
        const rest = {
          first: restFirst,
          last: apposed ? this.appositionEnd(restFirst, end) : this.clauseEnd(restFirst, end),
        }
        if (reader.wordCount(rest) < (copula || known ? 1 : 2) || this.isClaimed(rest)) continue
        const bare =
          subject.last - subject.first === 1 && dummyIt.test(tokens[subject.first]?.lower ?? '')
        const pieces =
          subject.last > subject.first && !bare && dummy === -1 && !told && !this.isClaimed(subject)
            ? [subject, rest]
            : [rest]
        const cue: FoundCue = {
          range: {first: cueFirst, last: cueLast},
          cueClass: told ? 'speech' : 'belief',
        }
        const addressee =
          told && subject.last > subject.first && !bare && !this.isClaimed(subject)
            ? subject
            : undefined
        const attribution = this.attribution(view.index, undefined, cue, addressee)
        this.quotes.push({kind: 'indirect', pieces, attribution})
        index = Math.max(index, rest.last - 1)
      }
    }
  }

  /**
   * Nominal attributions: a noun of stance or speech with its preposition
   * (“his attacks on billionaire financiers”, “Obama’s endorsement of
   * Clinton”, “the criticism of his plan”). What follows the preposition, to
   * the end of its clause, is the content; a possessive before the noun is
   * the source. Only words no other quotation or attribution holds.
   */
  nominals(): void {
    const {sentences, tokens} = this.document
    const reader = this.reader
    let covered: Uint8Array | undefined
    let done = -1

    for (const index of this.nominalNouns) {
      if (index <= done) continue
      const token = tokens[index] as Token
      const view = sentences[token.sentence] as SentenceView
      const start = this.sentenceStart(view.index)
      const end = this.contentEnd(view.last)
      if (index < start || index >= end || this.taken[index]) continue
      const nominal = nominalCues.get(token.lower)
      if (!nominal) continue
      // “did not respond to a request for comment on whether …”: the comment
      // asked for is not given; not answering the request is what is
      // reported.
      const link =
        token.lower === 'comment' ? tokens[reader.skipSpaceBack(index - 1, start)] : undefined
      if (link && requestLinks.has(link.lower)) {
        covered ??= this.covered()
        const last = this.noComment(index, start, end, view.index, covered)
        if (last !== undefined) done = last
        // (Not “unable to comment on …”.)
        if (last !== undefined || link.lower !== 'to') continue
      }
      const at = reader.skipSpace(index + 1, end)
      const preposition = tokens[at]
      if (!preposition?.word || !nominal.prepositions.has(preposition.lower)) continue
      // “won the support of 41 percent of voters”: what follows “of” is the
      // source, not what is supported (as in “in support of Cruz”).
      if (
        token.lower === 'support' &&
        preposition.lower === 'of' &&
        tokens[reader.skipSpaceBack(index - 1, start)]?.lower === 'the'
      )
        continue
      covered ??= this.covered()
      if (covered[index]) continue
      // “Trump’s plan to deport …”, “the belief that …”: a clause, with
      // its “to” or “that”, to the end of the clause.
      const clausal = preposition.lower === 'to' || preposition.lower === 'that'
      const from = clausal ? at : reader.skipSpace(at + 1, end)
      if (clausal) {
        let last = this.clauseEnd(from, end)
        // “Freddy’s decision to be a pilot had cleared a path …”: a “to”
        // clause ends before the verb of the sentence it is the subject of.
        if (preposition.lower === 'to') last = this.infinitiveEnd(from, last)
        const content = {first: from, last}
        // Only with its source: “the plan to” alone is too often no one’s.
        const speaker = this.possessor(index, start)
        if (
          !speaker ||
          reader.words(content).length < 3 ||
          covered.subarray(speaker.first, content.last).includes(1)
        )
          continue
        const cue: FoundCue = {range: {first: index, last: index + 1}, cueClass: nominal.cueClass}
        const attribution = this.attribution(view.index, speaker, cue, undefined)
        this.quotes.push({kind: 'indirect', pieces: [content], attribution})
        covered.fill(1, speaker.first, content.last)
        done = content.last - 1
        continue
      }
      let last = from
      let words = 0
      // “questions about whether Clinton will face …”: a clause after the
      // preposition runs to its end.
      const opener = tokens[from]
      if (opener?.word && whClauseOpeners.has(opener.lower)) last = this.clauseEnd(from, end)

      while (last < end && words < 25) {
        const next = tokens[last] as Token
        if (covered[last] || reader.isComma(last) || reader.isClauseEnd(last)) break
        if (!next.word && !next.space && isDash(next.text)) break
        // “did not comment on reports that it was in talks …”: a clause of
        // “that” after the noun runs to its end.
        if (next.word && next.lower === 'that' && last > from) {
          last = Math.max(last, this.clauseEnd(last, end))
          break
        }
        // “Support for Sanders has been strongest …”: the verb of the
        // clause the nominal stands in ends it.
        if (next.word && last > from && (verbLike(next) || auxiliaryWords.has(next.lower))) break
        if (next.word) words++
        last++
      }

      const content = {first: from, last: reader.skipSpaceBack(last - 1, from) + 1}
      const first = tokens[from]
      if (!first?.word || content.last <= content.first || weekdaySet.has(first.lower)) continue
      // “support of up to £3,000”, “support of 41 percent”: an amount is
      // no stance.
      if (preposition.lower === 'of' && this.opensAmount(from, content.last)) continue
      // “attacks on the American consulate in Benghazi”, “on government
      // forces”: violence, no words.
      if (
        token.lower.startsWith('attack') &&
        reader
          .words(content)
          .slice(0, 8)
          .some((word) => physicalTargets.has(word.lower))
      )
        continue
      let speaker = this.possessor(index, start)
      // A noun that is a verb too is a noun after a possessive or a
      // determiner; otherwise a verb, whose subject is the source
      // (“Lawmakers push for vote on farm bill”).
      if (nominal.verb && !speaker && !this.afterDeterminer(index, start)) {
        speaker = reader.speakerBefore(index, start)
        if (!speaker) continue
        // Words that name no one are no speaker (“She was full of praise
        // for”: “full of”), though the cue stands.
        if (!this.isSource(this.pronounOnly(speaker))) speaker = undefined
      }
      if (speaker && covered.subarray(speaker.first, speaker.last).includes(1)) continue
      const cue: FoundCue = {range: {first: index, last: at + 1}, cueClass: nominal.cueClass}
      const attribution = this.attribution(view.index, speaker, cue, undefined)
      this.quotes.push({kind: 'indirect', pieces: [content], attribution})
      covered.fill(1, speaker?.first ?? index, content.last)
      done = content.last - 1
    }
  }

  /**
   * Whether the words from `from` open with an amount: a number or a
   * currency, maybe after “up to”, “more than”, “about” and the like.
   */
  opensAmount(from: number, end: number): boolean {
    const tokens = this.document.tokens
    let index = from
    let words = 0

    while (index < end && words < 3) {
      const token = tokens[index] as Token
      if (token.space) {
        index++
        continue
      }
      if (isNumber(token.lower) || currencySigns.has(token.text)) return true
      if (!token.word || !amountHedges.has(token.lower)) return false
      words++
      index++
    }

    return false
  }

  /**
   * Whether a word is a noun by what stands before it: a determiner, maybe
   * across one lower-case adjective (“no overt mention from”, “the nearly
   * unanimous support”), or a verb it is the object of (“taking calls”).
   */
  afterDeterminer(index: number, start: number): boolean {
    const reader = this.reader
    const tokens = this.document.tokens
    const previous = tokens[reader.skipSpaceBack(index - 1, start)]
    if (!previous?.word) return false
    if (nounDeterminers.has(previous.lower)) return true
    // “began taking calls from”, “fielded questions”: the object of a verb.
    if (
      previous.text === previous.lower &&
      (previous.lower.endsWith('ing') || objectVerbs.has(previous.lower))
    )
      return true
    if (
      previous.text !== previous.lower ||
      auxiliaryWords.has(previous.lower) ||
      pronouns.has(previous.lower)
    )
      return false
    const before = tokens[reader.skipSpaceBack(previous.index - 1, start)]
    return before?.word === true && nounDeterminers.has(before.lower)
  }

  /**
   * The end of an infinitive clause that starts at `to`: before a finite verb
   * (an auxiliary or a verb in “-ed”) that follows its first words and no
   * “to”, “and”, “or” or “not”.
   */
  infinitiveEnd(to: number, end: number): number {
    const tokens = this.document.tokens
    let words = 0
    let previous = ''
    for (let index = to; index < end; index++) {
      const token = tokens[index] as Token
      if (!token.word) continue
      if (
        words >= 3 &&
        (verbLike(token) || auxiliaryWords.has(token.lower)) &&
        !infinitiveJoiners.has(previous)
      ) {
        return this.reader.skipSpaceBack(index - 1, to) + 1
      }
      previous = token.lower
      words++
    }
    return end
  }

  /**
   * An unanswered request for comment, whose “comment” is at `comment`
   * (“The campaign did not immediately respond to a request for comment on
   * …”, “didn’t return messages seeking comment”): its subject is the
   * source, the negated verb (with its “to”) the cue, and the request, to
   * the end of its clause, the content, as attribution corpora mark it.
   * Returns the content's last token, or `undefined` when the request
   * answers no such verb.
   */
  noComment(
    comment: number,
    start: number,
    end: number,
    sentence: number,
    covered: Uint8Array,
  ): number | undefined {
    const reader = this.reader
    const tokens = this.document.tokens
    // Back over the request: its noun, then up to three words before it (“a
    // request”, “USA TODAY’s repeated requests”) to the verb.
    const link = reader.skipSpaceBack(comment - 1, start)
    const noun = tokens[reader.skipSpaceBack(link - 1, start)]
    if (!noun?.word || !requestNouns.has(noun.lower)) return undefined
    let first = noun.index
    let verb = -1
    for (
      let index = reader.skipSpaceBack(noun.index - 1, start), words = 0;
      index >= start && words < 4;
      words++
    ) {
      const token = tokens[index] as Token
      if (!token.word) return undefined
      if (answerVerbs.has(token.lower)) {
        verb = index
        break
      }
      if (token.lower !== 'to') first = index
      index = reader.skipSpaceBack(index - 1, start)
    }
    if (verb === -1) return undefined
    // The negation before the verb, but for an adverb (“did not immediately
    // respond”), and its auxiliary.
    let negation = reader.skipSpaceBack(verb - 1, start)
    if (isLyAdverb(tokens[negation] as Token)) negation = reader.skipSpaceBack(negation - 1, start)
    if (!negations.has(tokens[negation]?.lower ?? '')) return undefined
    const auxiliary = reader.skipSpaceBack(negation - 1, start)
    const cueFirst =
      tokens[negation]?.lower === 'not' && auxiliaryWords.has(tokens[auxiliary]?.lower ?? '')
        ? auxiliary
        : negation
    const cueLast = reader.skipSpaceBack(first - 1, verb) + 1
    // (To a comma: “…, choosing to step back”.)
    let last = this.clauseEnd(comment + 1, end)
    for (let index = comment + 1; index < last; index++)
      if (reader.isComma(index)) last = reader.skipSpaceBack(index - 1, comment) + 1
    const content = {first, last}
    const speaker = reader.speakerBefore(cueFirst, start)
    if (!speaker || covered.subarray(speaker.first, content.last).includes(1)) return undefined
    const cue: FoundCue = {range: {first: cueFirst, last: cueLast}, cueClass: 'speech'}
    const attribution = this.attribution(sentence, speaker, cue, undefined)
    this.quotes.push({kind: 'indirect', pieces: [content], attribution})
    covered.fill(1, speaker.first, content.last)
    return content.last - 1
  }

  /** Tokens that a quotation or an attribution found so far holds. */
  covered(): Uint8Array {
    const covered = Uint8Array.from(this.taken)
    for (const quote of this.quotes)
      for (const piece of quote.pieces) covered.fill(1, piece.first, piece.last)
    return covered
  }

  /**
   * The possessive before a nominal cue, with a word or two of description
   * between them (“his continued attacks”): a possessive pronoun, or a name
   * or noun phrase in -’s (“Hillary Clinton’s”, “the party’s”).
   */
  possessor(noun: number, start: number): TokenRange | undefined {
    const reader = this.reader
    const tokens = this.document.tokens
    let index = reader.skipSpaceBack(noun - 1, start)

    for (let skipped = 0; index >= start; skipped++) {
      const token = tokens[index] as Token
      if (!token.word) return undefined
      if (possessivePronouns.has(token.lower)) return {first: index, last: index + 1}

      if (/[’']s$/.test(token.lower) && token.lower.length > 2) {
        let first = index
        // (In a headline in title case, capitals mark no name but a given
        // name's: “Judge Blocks Trump’s Plan”, “Why Hillary Clinton’s
        // Attacks On …”.)
        if (this.blockType(index) === 'HeadlineNode' && this.titleCased(token.sentence)) {
          const given = reader.skipSpaceBack(index - 1, start)
          const name = given >= start && isGivenName((tokens[given] as Token).lower)
          return {first: name ? given : first, last: index + 1}
        }
        for (let at = reader.skipSpaceBack(index - 1, start); at >= start; ) {
          const before = tokens[at] as Token
          if (!before.word || !(isCapitalised(before.text) || before.lower === 'the')) break
          first = at
          if (before.lower === 'the') break
          at = reader.skipSpaceBack(at - 1, start)
        }
        return {first, last: index + 1}
      }

      if (skipped === 2 || token.text !== token.lower || notDescription.has(token.lower))
        return undefined
      index = reader.skipSpaceBack(index - 1, start)
    }

    return undefined
  }

  /**
   * An adjective of stance after a linking verb, with its subject as source:
   * “Many Democrats are afraid that …”, “These voters are skeptical of free
   * trade”, “Freddy was eager to make his mark”. Returns the last token
   * used.
   */
  stance(
    sentence: number,
    adjective: number,
    start: number,
    limit: number,
    end: number,
  ): number | undefined {
    const reader = this.reader
    const tokens = this.document.tokens
    let verb = reader.skipSpaceBack(adjective - 1, start)
    while (verb > start && tokens[verb]?.word && degree.has(tokens[verb]?.lower ?? ''))
      verb = reader.skipSpaceBack(verb - 1, start)
    const link = tokens[verb]
    if (!link?.word || !linking.has(link.lower) || verb <= start) return undefined
    // “have been”, “will be”: the auxiliaries before the linking verb.
    const cueFirst = this.auxiliariesBefore(verb, start)
    const nextIndex = reader.skipSpace(adjective + 1, limit)
    const next = tokens[nextIndex]
    if (!next?.word) return undefined
    let cueLast = adjective + 1
    let from = nextIndex
    if (stancePrepositions.has(next.lower)) {
      cueLast = nextIndex + 1
      from = reader.skipSpace(nextIndex + 1, limit)
    } else if (next.lower !== 'that' && next.lower !== 'to' && !subjectPronouns.has(next.lower)) {
      return undefined
    }
    const speaker = reader.speakerBefore(cueFirst, start)
    if (!speaker || this.isTaken(speaker)) return undefined
    // What it is about (“skeptical of free trade”) ends at its comma.
    const content = {
      first: from,
      last: cueLast > adjective + 1 ? this.appositionEnd(from, end) : this.clauseEnd(from, end),
    }
    if (!tokens[from]?.word || content.last <= content.first || this.isClaimed(content))
      return undefined
    const cue: FoundCue = {range: {first: cueFirst, last: cueLast}, cueClass: 'belief'}
    return this.addIndirect(content, sentence, speaker, cue, undefined)
  }

  /** The end of an apposition: its closing comma, or the clause’s end. */
  appositionEnd(from: number, end: number): number {
    for (let index = from; index < end; index++)
      if (
        (this.reader.isComma(index) && !this.nounsOnly(index, end)) ||
        this.reader.isClauseEnd(index)
      )
        return this.contentEnd(index)
    return end
  }

  /**
   * Whether an object opens after the word at `index`: an article, a
   * determiner, a pronoun or a preposition (“putting her at odds”).
   */
  opensObject(index: number, end: number): boolean {
    const next = this.document.tokens[this.reader.skipSpace(index + 1, end)]
    return (
      next?.word === true &&
      (articles.includes(next.lower) ||
        possessiveDeterminers.includes(next.lower) ||
        objectPronouns.includes(next.lower) ||
        objectPrepositions.has(next.lower))
    )
  }

  /**
   * Whether the words after `from` (a comma, or “including”) to `end` are
   * noun phrases or modifiers only: with `list`, items between commas, the
   * last after “and” or “or” (“citing low economic growth, unemployment and
   * growing inequality”, “a kind, loving and admirable person”), short
   * items with no verb, auxiliary or relative pronoun; and no cue or
   * subject pronoun (not “…, including actor George C Scott who said …”).
   */
  nounsOnly(from: number, end: number, list = true): boolean {
    const reader = this.reader
    const tokens = this.document.tokens
    if (end - from > 60) return false
    let joined = false
    let words = 0
    for (let index = from + 1; index < end; index++) {
      const token = tokens[index] as Token
      if (token.space) continue
      if (reader.isComma(index)) {
        if (words === 0) return false
        words = 0
        continue
      }
      if (!token.word) return false
      const lower = token.lower
      if (lower === 'and' || lower === 'or') {
        if (words === 0) return false
        joined = true
        words = 0
        continue
      }
      if (reader.cueAt(index, end) || subjectPronouns.has(lower)) return false
      // (An inclusion may hold a clause of its own: “including laws that
      // have raised new barriers”.)
      if (
        list &&
        (++words > 12 ||
          // (A participle before its object: “…, putting her at odds …”.)
          (lower.endsWith('ing') && this.opensObject(index, end)) ||
          relativeSpeakers.has(lower) ||
          lower === 'that' ||
          auxiliaryWords.has(lower) ||
          verbLike(token))
      )
        return false
      if (!list) words++
    }
    return (joined || !list) && words > 0
  }

  /**
   * Where the auxiliaries of a passive with a dummy “it” start (“It has
   * been reported”, “it was said”, “It’s been reported”), or the
   * participle itself after “It’s” (“It’s believed”); `-1` when its subject
   * is no dummy “it”.
   */
  dummyPassive(participle: number, start: number): number {
    const reader = this.reader
    let first = participle
    let at = reader.skipSpaceBack(participle - 1, start)
    while (at >= start && dummyAuxiliaries.has(this.document.tokens[at]?.lower ?? '')) {
      first = at
      at = reader.skipSpaceBack(at - 1, start)
    }
    const it = this.document.tokens[at]
    if (at < start || !it?.word || !dummyIt.test(it.lower)) return -1
    // (“It’s believed”: the contraction holds the auxiliary; “it believed”
    // is no passive.)
    return first === participle && it.lower === 'it' ? -1 : first
  }

  /**
   * The auxiliary of a passive participle, over at most two adverbs (“was
   * endorsed”, “was first reported”, “has since been widely praised”); `-1`
   * when there is none.
   */
  passiveAuxiliary(participle: number, start: number): number {
    const reader = this.reader
    let at = reader.skipSpaceBack(participle - 1, start)

    for (let adverbs = 0; at >= start; adverbs++) {
      const token = this.document.tokens[at] as Token
      if (!token.word) return -1
      if (progressiveAuxiliaries.has(token.lower)) return at
      const adverb = passiveAdverbs.has(token.lower) || isLyAdverb(token, true)
      if (!adverb || adverbs === 2) return -1
      at = reader.skipSpaceBack(at - 1, start)
    }

    return -1
  }

  /**
   * The agent after “by” at `by`, to the end of its clause, without a time
   * after it (“by Sen. Ted Cruz on Monday”); none when long or taken.
   */
  agentAfter(by: number, limit: number): TokenRange | undefined {
    const reader = this.reader
    const source = reader.sourceAfter(by + 1, limit)
    if (!source || source.last - source.first > 24 || this.isTaken(source)) return undefined
    // (Not a time: “expected by the end of June”, “by Friday”.)
    if (reader.isTime(source.first, source.last) || this.endOfTime(source)) return undefined
    for (let at = source.first + 1; at < source.last; at++) {
      const token = this.document.tokens[at] as Token
      if (token.word && (agentEnders.has(token.lower) || this.asComplement(at, source)))
        return {first: source.first, last: reader.skipSpaceBack(at - 1, source.first) + 1}
    }
    return source
  }

  /**
   * Whether “as” at `at` opens what the agent names something as
   * (“dismissed by some in the field as alarmist”), not a comparison inside
   * the agent (“by such groups as …”, “by Democrats as well as …”, “by as
   * many as …”), nor a role (“by his predecessor as Cabinet Secretary”).
   */
  asComplement(at: number, agent: TokenRange): boolean {
    const reader = this.reader
    if (this.document.tokens[at]?.lower !== 'as') return false
    const before = this.document.tokens[reader.skipSpaceBack(at - 1, agent.first)]
    const after = this.document.tokens[reader.skipSpace(at + 1, agent.last)]
    // (A quotation it names, which may stand past the agent read: “described
    // by critics as ‘reckless’”.)
    if (
      reader.isQuoteMark(reader.skipSpace(at + 1, this.document.tokens.length)) &&
      !comparedAs.has(before?.lower ?? '')
    )
      return true
    // (Nor a role: “backed by his predecessor as Cabinet Secretary”.)
    if (!after?.word || after.capitalised || comparedAs.has(after.lower)) return false
    if (comparedAs.has(before?.lower ?? '')) return false
    for (let index = agent.first; index < at; index++)
      if (this.document.tokens[index]?.lower === 'such') return false
    return true
  }

  /**
   * What a participle of reporting and its agent say (“— a fact first
   * reported by Christopher Heath”, “Starr’s remarks, first reported by
   * The New York Times on Tuesday, suggested …”), as attribution corpora
   * mark it: the agent is the source; the content is the noun right before
   * them, back to a comma or the clause’s start, or, for a phrase between
   * commas, the sentence around it. Returns the last token taken, or
   * `undefined` when there is no such participle.
   */
  reportedBy(index: number, start: number, limit: number, sentence: number): number | undefined {
    const reader = this.reader
    const tokens = this.document.tokens
    const by = reader.skipSpace(index + 1, limit)
    if (tokens[index]?.lower !== 'reported' || tokens[by]?.lower !== 'by') return undefined
    let first = index
    const before = reader.skipSpaceBack(index - 1, start)
    if (tokens[before]?.word && passiveAdverbs.has(tokens[before].lower)) first = before
    // (An agent that names a source, no clause: not “fraud reported by
    // consumers was $546m”.)
    const source = this.agentAfter(by, limit)
    if (
      !source ||
      !this.isSource(source) ||
      reader.words(source).some((word) => verbLike(word) || auxiliaryWords.has(word.lower))
    )
      return undefined
    const opening = reader.skipSpaceBack(first - 1, start)
    const enclosed = reader.isComma(opening)
    const end = enclosed ? reader.skipSpaceBack(opening - 1, start) : opening
    if (!tokens[end]?.word) return undefined
    let from = end + 1
    for (let at = end; at >= start && end - at < 16; at--) {
      if (this.taken[at] || reader.isComma(at) || reader.isClauseEnd(at)) break
      from = at
    }
    // (Right before it, the noun phrase alone: “one listing the facts
    // reported by the government”.)
    const phrase = enclosed ? -1 : reader.nounPhraseBack(end, start)
    const pieces = [{first: Math.max(reader.skipSpace(from, end + 1), phrase), last: end + 1}]
    // Between commas, the sentence goes on after the comma that closes the
    // phrase (a time may stand between: “by The New York Times on
    // Tuesday,”); a phrase that ends the sentence reports the noun alone.
    let closing = source.last
    while (
      enclosed &&
      closing < limit &&
      closing - source.last < 8 &&
      !reader.isComma(closing) &&
      !reader.isClauseEnd(closing)
    )
      closing++
    if (enclosed && reader.isComma(closing)) {
      const rest = {first: reader.skipSpace(closing + 1, limit), last: this.contentEnd(limit)}
      if (reader.wordCount(rest) < 2 || this.isClaimed(rest)) return undefined
      pieces.push(rest)
    }
    const cue: FoundCue = {range: {first, last: index + 1}, cueClass: 'speech'}
    const attribution = this.attribution(sentence, source, cue, undefined)
    this.quotes.push({kind: 'indirect', pieces, attribution})
    return (pieces[pieces.length - 1] as TokenRange).last - 1
  }

  /**
   * Whether a phrase opens with a time of day (“midnight”, “noon on
   * Monday”) or the end or the start of a time (“the end of June”, “the
   * close of trading”).
   */
  endOfTime(phrase: TokenRange): boolean {
    const words = this.reader.words(phrase)
    return (
      timesOfDay.has(words[0]?.lower ?? '') ||
      (words[0]?.lower === 'the' &&
        timeBounds.has(words[1]?.lower ?? '') &&
        words[2]?.lower === 'of')
    )
  }

  /** A passive cue with its agent: “X was endorsed by Y”. */
  passiveBy(
    sentence: number,
    start: number,
    auxiliary: number,
    by: number,
    limit: number,
    cueClass: FoundCue['cueClass'],
  ): void {
    const reader = this.reader
    // “has been endorsed”: the auxiliaries before it join the cue.
    const cueFirst = this.auxiliariesBefore(auxiliary, start)
    const source = this.agentAfter(by, limit)
    if (!source) return
    let first = cueFirst
    for (let at = cueFirst - 1; at >= start && cueFirst - at <= 16; at--) {
      if (this.taken[at] || reader.isComma(at) || reader.isClauseEnd(at)) break
      first = at
    }
    first = reader.skipSpace(first, cueFirst)
    const content = {first, last: reader.skipSpaceBack(cueFirst - 1, first) + 1}
    if (content.last <= content.first || this.isClaimed(content)) return
    const cue: FoundCue = {range: {first: cueFirst, last: by + 1}, cueClass}
    const attribution = this.attribution(sentence, source, cue, undefined)
    // “The plan was described by critics as ‘reckless’”: the quotation the
    // agent names it as is theirs, and part of what they say.
    const as = reader.skipSpace(source.last, limit)
    const named =
      this.document.tokens[as]?.lower === 'as'
        ? this.unattributedAt(reader.skipSpace(as + 1, limit))
        : undefined
    if (named) named.attribution = attribution
    this.quotes.push({
      kind: named ? 'mixed' : 'indirect',
      pieces: named ? [content, ...named.pieces] : [content],
      attribution,
    })
  }

  /**
   * Findings that a poll or a study reports: “In a CBS News poll, she led by
   * 24 points”, “Trump has a decisive lead in the polls”. The cue is “in”,
   * the source the poll.
   */
  polls(): void {
    const {sentences, tokens} = this.document
    const reader = this.reader

    const ins = this.ins
    let at = 0

    for (const view of sentences) {
      const start = this.sentenceStart(view.index)
      const limit = view.last
      // Only sentences with an “in” are read.
      at = seek(ins, at, start)
      if ((ins[at] ?? limit) >= limit) continue
      const end = this.contentEnd(limit)

      for (let index = start; index < limit; index++) {
        at = seek(ins, at, index)
        const word = ins[at]
        if (word === undefined || word >= limit) break
        index = word
        if (this.taken[index]) continue
        // “In the wake of the report”, “in response to the survey”: the
        // document is what something follows, not a source.
        const head = tokens[reader.skipSpace(index + 1, limit)]
        const second =
          head?.lower === 'the' ? tokens[reader.skipSpace(head.index + 1, limit)] : head
        if (second?.word && inPhrases.has(second.lower)) continue
        // (“data from 30 million people in 196 earlier studies”: documents
        // counted in figures are data pooled, not a source; a year is no
        // count: “in a 2015 survey”.)
        if (head?.word && countInFigures.test(head.text)) continue
        let noun = -1
        let words = 0

        for (let at = index + 1; at < limit && words < 10; at++) {
          const next = tokens[at] as Token
          if (reader.isComma(at) || reader.isClauseEnd(at) || reader.isQuoteMark(at)) break
          if (!next.word) continue
          words++
          if (sourceShapes.may(next) && sourceDocuments.has(next.lower)) noun = at
          // (“in after-hours trading on the report”: the poll is no object
          // of a preposition after another noun.)
          if (noun === -1 && documentBreaks.has(next.lower)) break
        }

        if (noun === -1) continue
        const source = {first: reader.skipSpace(index + 1, limit), last: noun + 1}
        // Words after the poll’s noun up to a comma belong to the source: “a poll released Monday”.
        let after = noun + 1
        while (after < limit && !reader.isComma(after) && !reader.isClauseEnd(after)) after++
        const full = {first: source.first, last: reader.skipSpaceBack(after - 1, source.first) + 1}
        // (Only a phrase of a participle, an infinitive (“the first polls to
        // emerge”), a time or “by”, “of”, “from”: not “the polls over Cruz
        // in Indiana”, “polls behind Clinton”.)
        const trailing = tokens[reader.skipSpace(noun + 1, limit)]
        const infinitive =
          trailing?.lower === 'to' &&
          /^\p{Ll}/u.test(tokens[reader.skipSpace(trailing.index + 1, limit)]?.text ?? '')
        const named =
          !trailing?.word || verbLike(trailing) || infinitive || pollTrailers.has(trailing.lower)
            ? full
            : source
        const cue: FoundCue = {range: {first: index, last: index + 1}, cueClass: 'speech'}
        let content: TokenRange | undefined

        if (index === start && reader.isComma(after)) {
          // “In a CBS News poll, she led …”
          content = {first: reader.skipSpace(after + 1, limit), last: end}
        } else if (index > start && full.last >= end) {
          // “Trump has a decisive lead in the polls.”, and only the clause
          // with it: “Despite …, she did not receive a bump in the polls.”
          let first = start
          for (let at = index - 1; at > start; at--) {
            if (reader.isComma(at) || reader.isClauseEnd(at)) {
              first = reader.skipSpace(at + 1, index)
              break
            }
          }
          content = {first, last: reader.skipSpaceBack(index - 1, start) + 1}
        }

        if (
          !content ||
          reader.wordCount(content) < 3 ||
          this.isClaimed(content) ||
          this.isTaken(full)
        ) {
          continue
        }

        this.addIndirect(content, view.index, named, cue, undefined)
        break
      }
    }
  }

  /**
   * Whether “asked” is said of the one asked (“was asked to”, “when asked
   * to”, “Asked to respond”) rather than of the asker.
   */
  askedOf(cue: FoundCue): boolean {
    const tokens = this.document.tokens
    const word = tokens[cue.range.first]
    if (!word || word.text !== word.lower) return true
    const previous = tokens[this.reader.skipSpaceBack(cue.range.first - 1, 0)]
    return previous?.word === true && askedAfter.has(previous.lower)
  }

  /**
   * A question asked: “Asked whether he would run, Smith said …” (the
   * question is content with no source of its own), “asked if …”, “Asked by
   * Stephanopoulos to respond, …” (which names the asker).
   */
  question(
    cue: FoundCue,
    start: number,
    limit: number,
    sentence: number,
    active = false,
  ): number | undefined {
    const reader = this.reader
    const tokens = this.document.tokens
    let next = reader.skipSpace(cue.range.last, limit)
    // “A reporter asked Sanders how …”: the asker stands before an active cue.
    let speaker = active ? reader.speakerBefore(cue.range.first, start) : undefined

    // “Asked by Stephanopoulos to respond”: the asker.
    if (tokens[next]?.lower === 'by') {
      speaker = reader.speakerAfter(next + 1, limit)
      if (!speaker) return undefined
      next = reader.skipSpace(speaker.last, limit)
    }

    // Skip a short adverbial: “Asked on Fox News who leads …”, “Asked at a
    // briefing Monday about …”.
    for (let index = next; index < limit && index - next < 12; index++) {
      // (Past a relative clause between commas after the one asked: “I
      // asked a former Fed governor, who spoke on the condition that she
      // not be named, why …”.)
      if (reader.isComma(index) && active) {
        const question = this.questionAfterRelative(index, limit)
        if (question !== -1) next = question
        break
      }
      if (reader.isComma(index) || reader.isClauseEnd(index)) break
      const lower = tokens[index]?.lower ?? ''
      if (questionWords.has(lower) || lower === 'about') {
        next = index
        break
      }
    }

    let first = tokens[next]
    // “Asked about her vote, …”: the topic is the content, “about” joins
    // the cue right after it.
    if (first?.lower === 'about') {
      if (next === reader.skipSpace(cue.range.last, limit))
        cue = {range: {first: cue.range.first, last: next + 1}, cueClass: cue.cueClass}
      next = reader.skipSpace(next + 1, limit)
      first = tokens[next]
      if (!first?.word) return undefined
    } else if (
      !first?.word ||
      !(questionWords.has(first.lower) || (first.lower === 'to' && (speaker || this.askedOf(cue))))
    )
      return undefined
    let end = next
    while (end < limit && !reader.isComma(end) && !reader.isClauseEnd(end)) end++
    const content = {first: next, last: reader.skipSpaceBack(end - 1, next) + 1}
    if (reader.wordCount(content) < 2 || this.isClaimed(content)) return undefined
    // “asked Sanders how …”, “asked the students if …”: who was asked, right
    // before the question (not “asked several times whether …”).
    const asked = active ? reader.addresseeAfter(cue, next) : undefined
    const head = tokens[asked?.first ?? -1]
    const addressee =
      asked && head && (head.capitalised || addresseeOpeners.has(head.lower)) ? asked : undefined
    return this.addIndirect(content, sentence, speaker, cue, addressee)
  }

  /**
   * Whether a phrase is words of no name that no determiner, pronoun or
   * quantifier opens (“make telephone”, “such”, “cheap phone”).
   */
  bareWords(phrase: TokenRange): boolean {
    const tokens = this.document.tokens
    const first = tokens[phrase.first]
    if (!first?.word || phraseOpeners.has(first.lower)) return false
    for (let index = phrase.first; index < phrase.last; index++) {
      if (tokens[index]?.capitalised) return false
    }
    return true
  }

  /**
   * The first “that” from `from` before `end` with no comma or clause end
   * before it (“on Truth Social that …”), or -1.
   */
  thatWithin(from: number, end: number): number {
    const reader = this.reader
    for (let index = from; index < end; index++) {
      if (reader.isComma(index) || reader.isClauseEnd(index) || reader.isQuoteMark(index)) break
      if (this.document.tokens[index]?.lower === 'that') return index
    }
    return -1
  }

  /**
   * Broad attribution with a weaker cue (“called for …”, “wants to …”,
   * “found that …”): only “X cue CONTENT”, with a speaker before the cue.
   */
  reportedWeak(cue: FoundCue, start: number, limit: number, sentence: number): number | undefined {
    const reader = this.reader
    // “Xinhua cited the official as saying …”: the participle reports, its
    // speaker whom the source cites (see `quotedAsSpeaker`).
    if (quotingVerbs.has(this.document.tokens[cue.range.last - 1]?.lower ?? '')) {
      for (let index = cue.range.last; index < limit && index - cue.range.last <= 20; index++) {
        if (reader.isComma(index) || reader.isClauseEnd(index)) break
        const participle = reader.skipSpace(index + 1, limit)
        if (
          this.document.tokens[index]?.lower === 'as' &&
          participleCues.has(this.document.tokens[participle]?.lower ?? '') &&
          this.quotedAsSpeaker(participle, start)
        )
          return undefined
      }
    }
    // “… said the plan was dead and urged both parties to start over.”
    const before = this.document.tokens[reader.skipSpaceBack(cue.range.first - 1, start)]
    // “…,” the senator said, referring to the budget talks: a participle
    // after a comma reports the speaker of the attribution before it.
    const participle =
      before !== undefined &&
      isComma(this.document.tokens, before.index) &&
      this.document.tokens[cue.range.first]?.lower.endsWith('ing')
    let subject =
      before?.text === 'and' || before?.text === 'but' || participle
        ? this.subjectOf(sentence, cue.range.first)
        : undefined
    const coordinated = before?.text === 'and' || before?.text === 'but'
    // “Trump and Clinton vied for the title, each touting their own
    // experience”: “each” after a comma, right before a participle, is its
    // speaker, as attribution corpora mark it.
    const each =
      before?.lower === 'each' &&
      this.document.tokens[cue.range.first]?.lower.endsWith('ing') &&
      reader.isComma(reader.skipSpaceBack(before.index - 1, start))
        ? {first: before.index, last: before.index + 1}
        : undefined
    // “Trump spotted a sign and asked …”: after “and”, the subject of the
    // sentence, if it names a source.
    let speaker =
      each ??
      (subject || participle
        ? undefined
        : (this.relativeBefore(cue.range.first, sentence, start) ??
          reader.speakerBefore(cue.range.first, start)))
    // (Not words read back into the content of a participle before it:
    // “The mayor, insisting the plan, which passed in May, was fair,
    // refused”.)
    if (speaker && this.inParticiple(speaker, cue.range.first, start, sentence)) speaker = undefined
    // “Albright recently urged women to vote for Clinton, saying, “…””: the
    // speaker a participle’s attribution found before has taken is this
    // one’s too.
    if (!speaker && !subject && !participle)
      subject = this.ownerBefore(cue.range.first, start, sentence)
    // (With its appositions: “The RAC's head of policy, Simon Wade,
    // welcomed the pledge but warned …”.)
    if (!subject && !speaker && (coordinated || participle)) {
      const found = reader.sentenceSubject(start, cue.range.first)
      if (found && this.isSource(found)) speaker = this.withAppositions(found, cue.range.first)
    }
    // A speaker taken by an attribution found before (a participle’s, of a
    // quotation) is this one’s too: “The Journal, citing documents,
    // reported that …”.
    if (!subject && !speaker) {
      const comma = reader.skipSpaceBack(cue.range.first - 1, start)
      subject = this.participleBefore(comma, sentence) ?? this.speakerOwner(comma, sentence)
    }
    // “when it reports results”, “a season which saw him reach the semis”:
    // “it” and “which” are rarely a source of a weak cue; nor is a
    // possessive before a cue that is more often a noun (“Clinton’s
    // support”, “Trump’s attacks”).
    const speakerText = speaker ? reader.text(speaker).toLowerCase() : ''
    const cueWord = this.document.tokens[cue.range.first]?.lower ?? ''
    const bare =
      speakerText === 'it' ||
      // (But for one after a comma that stands for a source: “The union,
      // which endorsed Clinton”.)
      (speakerText === 'which' && !(speaker && this.sourceWhich(speaker))) ||
      (nounLike.has(cueWord) && /[’']s$/.test(speakerText)) ||
      // “make free phone calls via the net”, “such attacks and threats”: a
      // cue in “-s” that is more often a plural noun, after words of no name
      // and no determiner (which no singular subject goes without) and
      // before no word that opens content (“personal attacks that …”,
      // “calls to establish …” are attributions as corpora mark them), is
      // the noun.
      (speaker !== undefined &&
        nounLike.has(cueWord) &&
        cueWord.endsWith('s') &&
        !contentOpeners.has(
          this.document.tokens[reader.skipSpace(cue.range.last, limit)]?.lower ?? '',
        ) &&
        // (A clause read as the speaker, “Users can make free phone”, is
        // none either.)
        (this.bareWords(speaker) || isClause(this.document.tokens, speaker))) ||
      // “In court documents filed Monday, …”: words with no determiner right
      // after a preposition that opens the sentence are its object, no
      // subject (“In a letter filed Monday” is an attribution as corpora
      // mark them).
      (speaker !== undefined &&
        speaker.first > start &&
        this.bareWords(speaker) &&
        // (Right before the cue: not “To varying degrees, all agreed”,
        // “For instance, calls to …”.)
        reader.skipSpace(speaker.last, limit) === cue.range.first &&
        reader.skipSpaceBack(speaker.first - 1, start) === start &&
        prepositions.has(this.document.tokens[start]?.lower ?? ''))
    if (!subject && (!speaker || bare || (cue.cueClass === 'belief' && !this.isSource(speaker)))) {
      return undefined
    }
    const verb = this.document.tokens[cue.range.last - 1]?.lower ?? ''
    // “Trump continues to lead in the polls”: no speech.
    const after = this.document.tokens[reader.skipSpace(cue.range.last, limit)]
    if (continuing.has(verb) && after?.lower === 'to') return undefined
    // “Rosa Alvarez, who voted against the cut, said …”: the clause stands
    // inside the speaker of the cue after it, which keeps it.
    if (speaker && this.inApposition(speaker, start, limit)) return undefined
    let next = reader.skipSpace(cue.range.last, limit)
    let particle = this.document.tokens[next]
    // “asked party leaders on Thursday to bring …”: the people asked are the
    // addressee; the content starts at “to” or “that”.
    const addressee = reader.addresseeAfter(cue, limit)

    if (addressee) {
      let index = addressee.last
      while (
        index < limit &&
        index - addressee.last < 16 &&
        !reader.isClauseEnd(index) &&
        !reader.isComma(index)
      ) {
        const lower = this.document.tokens[index]?.lower
        if (lower === 'to' || lower === 'that') break
        index++
      }

      // “has asked Lester Holt, the moderator for the debate, to fact check
      // …”, “urged Murray, who has had run-ins …, to seize”: after the
      // addressee's apposition.
      if (reader.isComma(index)) index = this.afterApposition(index, limit) ?? index
      const lower = this.document.tokens[index]?.lower
      next = lower === 'to' || lower === 'that' ? index : reader.skipSpace(addressee.last, limit)
      // (After a comma: “will tell you, the pipes are old”.)
      if (reader.isComma(next)) next = reader.skipSpace(next + 1, limit)
      const end = this.relativeEnd(
        speaker,
        next,
        this.subordinateEnd(start, next, this.clauseEnd(next, this.contentEnd(limit))),
      )
      const content = {first: next, last: end}
      if (
        reader.wordCount(content) < 3 ||
        this.isClaimed(content) ||
        this.objectOnly(cue, content) ||
        this.tailWithin(content, limit)
      )
        return undefined
      return this.addIndirect(content, sentence, speaker, cue, addressee, subject)
    }

    // “agreed on Thursday to phase out …”: “on” before a day opens a time
    // (“on Wednesday night”, “on Nov. 5”), no particle; what follows the
    // time is the content.
    let timed = false
    // “reported Saturday that …”: a day right after the cue is the cue's,
    // as after “said”.
    if (particle?.word && weekdaySet.has(particle.lower)) {
      const after = reader.skipSpace(next + 1, limit)
      if (this.document.tokens[after]?.lower === 'that') {
        cue = {range: {first: cue.range.first, last: next + 1}, cueClass: cue.cueClass}
        next = after
        particle = this.document.tokens[next]
        timed = true
      }
    } else if (particle?.lower === 'on') {
      const day = this.document.tokens[reader.skipSpace(next + 1, limit)]
      if (day?.word && (weekdaySet.has(day.lower) || monthNames.has(day.lower))) {
        next = reader.skipSpace(day.index + 1, limit)
        if (this.document.tokens[next]?.text === '.') next = reader.skipSpace(next + 1, limit)
        const after = this.document.tokens[next]
        if (after && (partsOfDay.has(after.lower) || /^\d{1,2}$/.test(after.text)))
          next = reader.skipSpace(next + 1, limit)
        particle = this.document.tokens[next]
        timed = true
      }
    }
    // “posted on X that …”, “posted to Facebook that …”, “shared on
    // Facebook that …”: where a post was made is the cue's (as attribution
    // corpora mark it), and the content opens at “that”.
    if (
      !timed &&
      (cueWord === 'posted' || cueWord === 'posts' || cueWord === 'shared') &&
      (particle?.lower === 'on' || particle?.lower === 'to')
    ) {
      const that = this.thatWithin(next + 1, Math.min(limit, next + 12))
      if (that !== -1) {
        const last = reader.skipSpaceBack(that - 1, next) + 1
        cue = {range: {first: cue.range.first, last}, cueClass: cue.cueClass}
        next = that
        particle = this.document.tokens[next]
        timed = true
      }
    }

    // Phrasal cues: “called for”, “called on”, “pointed to”, “pointed out”.
    const needs = particleOnly.get(this.document.tokens[cue.range.first]?.lower ?? '')
    if (needs && !(particle?.word && needs.has(particle.lower))) return undefined
    if (
      !timed &&
      particle?.word &&
      particles.has(particle.lower) &&
      (particle.lower !== 'to' ||
        toParticleVerbs.has(this.document.tokens[cue.range.first]?.lower ?? ''))
    ) {
      cue = {range: {first: cue.range.first, last: next + 1}, cueClass: cue.cueClass}
      next = reader.skipSpace(next + 1, limit)
    }

    const clause = this.subordinateEnd(start, next, this.clauseEnd(next, this.contentEnd(limit)))
    // “Britain will back the plan, the ministry said.”: the weak cue stands
    // in what the strong one reports, which keeps the sentence; so too when
    // the clause runs on to it (“The trend shows that …, which appeal …,
    // said a panel of experts.”).
    if (
      this.saidAfter(clause, this.contentEnd(limit)) ||
      this.saidWithin({first: next, last: clause}, this.contentEnd(limit)) ||
      this.tailWithin({first: next, last: clause}, limit)
    )
      return undefined
    let end = this.relativeEnd(speaker, next, clause)
    // (A quotation that opens the object and words after it: “warned of
    // “significant” weakness in China”; the object's first word is read. Not
    // after a verb that names, whose quotation is a name: “a show called
    // “Brokers,” written by …”.)
    const first =
      this.document.tokens[
        cue.cueClass === 'speech' &&
        (verbLike(this.document.tokens[cue.range.first] as Token) ||
          this.presentAfterSpeaker(cue, speaker, start)) &&
        !this.names(cue)
          ? this.quotedOpening(next, end)
          : next
      ]
    // An object that is no clause (“endorsed Jones, saying …”) ends at its
    // comma.
    const whole = end
    if (first?.word && !clauseOpeners.has(first.lower)) {
      // After a participle (“…, referring to the budget, “…””), the object
      // ends at its comma.
      end = participle ? this.appositionEnd(next, end) : this.commaEnd(next, end)
      // “Christie endorsed Trump last week”, “endorsed Mr. Trump at a news
      // conference”: a name or a pronoun for the object ends before a time
      // or a place (not one that is called something: “called them on it”).
      if (!namingCues.has(this.document.tokens[cue.range.first]?.lower ?? ''))
        end = this.nameObjectEnd(next, end)
      // “describes the new album, Harbour, as “…””: what it is named as
      // goes on after the comma that ends the object and its apposition.
      else if (
        namingAs.test(this.document.tokens[cue.range.first]?.lower ?? '') &&
        end < whole &&
        reader.isComma(end) &&
        this.namedAs(end, whole)
      )
        end = whole
      // “a super PAC supporting Mrs. Clinton’s candidacy may start …”: a
      // participle right after the subject it modifies; its object ends
      // before the verb of the main clause.
      if (speaker && this.modifiesSubject(speaker, cue, start)) end = this.mainVerbEnd(next, end)
    }
    // (“called Cruz the “ultimate hypocrite,” linking …”: what it names ends
    // with its quotation.)
    if (this.names(cue)) {
      const closing = this.namedQuotationEnd({first: next, last: end})
      if (closing !== -1) end = closing
    }
    const content = {first: next, last: end}
    // A named source may back a bare name: “Smith endorsed Jones.”
    const least = subject || (speaker && this.isSource(speaker)) ? 1 : 3
    // “will speak on Monday”: a time is no content.
    if (
      !first?.word ||
      reader.wordCount(content) < least ||
      this.isClaimed(content) ||
      reader.isTime(content.first, content.last) ||
      this.placeOnly(content) ||
      this.objectOnly(cue, content)
    )
      return undefined
    return this.addIndirect(content, sentence, speaker, cue, undefined, subject)
  }

  /** Whether “as” and what something is named as follow the comma at `comma` (not “as well as”). */
  namedAs(comma: number, end: number): boolean {
    const as = this.reader.skipSpace(comma + 1, end)
    return (
      this.document.tokens[as]?.lower === 'as' &&
      this.document.tokens[this.reader.skipSpace(as + 1, end)]?.lower !== 'well'
    )
  }

  /**
   * Whether a cue is a verb that names (“called”, “dubbed”), whose quotation
   * is a name; not with a particle, a call for something: “called for “…” in
   * the Budget”.
   */
  names(cue: FoundCue): boolean {
    return (
      namingVerbs.has(this.document.tokens[cue.range.first]?.lower ?? '') &&
      cue.range.last === cue.range.first + 1
    )
  }

  /**
   * Whether a cue in -s stands right after its speaker, no possessive: a
   * verb in the present (“UN chief warns of …”, not “his claims of …”).
   */
  presentAfterSpeaker(cue: FoundCue, speaker: TokenRange | undefined, start: number): boolean {
    const token = this.document.tokens[cue.range.first] as Token
    if (!speaker || token.text !== token.lower || !token.lower.endsWith('s')) return false
    const last = this.reader.skipSpaceBack(cue.range.first - 1, start)
    const word = this.document.tokens[last]
    return (
      speaker.last === last + 1 &&
      word?.word === true &&
      !isPossessive(word.text) &&
      !possessivePronouns.has(word.lower)
    )
  }

  /**
   * The first word of a quotation that opens content at `at` when words
   * stand after the quotation before `end` (a quotation that is all the
   * content is no reported speech); `at` itself otherwise.
   */
  quotedOpening(at: number, end: number): number {
    if (!this.reader.isQuoteMark(at) || this.taken[at] !== 1) return at
    let close = at + 1
    while (close < end && this.taken[close] === 1) close++
    const after = this.reader.skipSpace(close, end)
    return after < end && this.document.tokens[after]?.word ? at + 1 : at
  }

  /**
   * Whether a verb of speech stands before “of” or “about” (`after`, the
   * token after the cue), which then reports what it is about, as weak cues
   * do: “warned of a recession”, “joked about moving”. Not “said about”,
   * whose words are elsewhere; a verb in the past or in -ing, or after a
   * word that is no determiner nor verb (`previous`), not the noun (“his
   * claims of momentum”, “make jokes about”); not “about” before an amount
   * (“expects about 16% of …”).
   */
  speaksAbout(
    token: Token,
    previous: number,
    start: number,
    after: Token | undefined,
    limit: number,
  ): boolean {
    // (The particle first: most cues have none.)
    if (after === undefined || !aboutParticles.has(after.lower)) return false
    if (topicVerbs.has(token.lower) || ofNouns.has(token.lower)) return false
    const tokens = this.document.tokens
    const verb =
      /(?:ed|ing)$/.test(token.lower) ||
      (token.index > start &&
        tokens[previous]?.word === true &&
        !this.determined(previous) &&
        !verbLike(tokens[previous] as Token))
    return verb && !/^\d/.test(tokens[this.reader.skipSpace(after.index + 1, limit)]?.text ?? '')
  }

  /**
   * Whether a cue in -ing right after its speaker modifies it: the speaker
   * opens the sentence (maybe after a conjunction) and no auxiliary or
   * comma stands between (“Democrats supporting Mrs. Clinton have …”; not
   * “they were supporting her”).
   */
  modifiesSubject(speaker: TokenRange, cue: FoundCue, start: number): boolean {
    const reader = this.reader
    const tokens = this.document.tokens
    if (!(tokens[cue.range.first] as Token).lower.endsWith('ing')) return false
    if (cue.range.last - cue.range.first !== 1) return false
    if (reader.skipSpaceBack(cue.range.first - 1, start) !== speaker.last - 1) return false
    // (A noun phrase: no pronoun, no contraction, no verb: not “She's
    // hoping”, “Manafort comes with the right calling card”.)
    const words = reader.words(speaker)
    if (
      words.some(
        (word) =>
          subjectPronouns.has(word.lower) ||
          /[’'](?:s|re|m)$/.test(word.lower) ||
          (word.text === word.lower && verbLike(word)) ||
          auxiliaryWords.has(word.lower),
      )
    )
      return false
    const before = reader.skipSpaceBack(speaker.first - 1, start)
    return (
      speaker.first === start ||
      (before === start && sentenceConjunctions.has(tokens[before]?.lower ?? ''))
    )
  }

  /**
   * The end of content that a participle between commas right after the
   * subject reports (`comma`, the comma before it): its last comma before a
   * verb or a cue in the past or present, where the main clause goes on (“Critics,
   * arguing that the plan is unfair, walked out”; the last, as the content
   * may hold commas of its own: “saying the plan, which passed, was
   * unfair, left”), read from `from` to `end`, the sentence’s. The subject
   * opens the sentence (maybe after a conjunction); `end` when no such
   * comma stands.
   */
  appositiveEnd(
    speaker: TokenRange,
    comma: number,
    start: number,
    from: number,
    end: number,
  ): number {
    const reader = this.reader
    const tokens = this.document.tokens
    if (reader.skipSpaceBack(comma - 1, start) !== speaker.last - 1) return end
    const before = reader.skipSpaceBack(speaker.first - 1, start)
    if (
      speaker.first !== start &&
      !(before === start && sentenceConjunctions.has(tokens[before]?.lower ?? ''))
    )
      return end
    let last = -1
    for (let index = from; index < end; index++) if (this.clauseGoesOn(index, end)) last = index
    return last === -1 ? end : this.contentEnd(last)
  }

  /**
   * The end of the object of a participle that modifies the subject: before
   * the first auxiliary or verb in lower case after its first word (“Mrs.
   * Clinton’s candidacy may start”, “Jeb Bush spent”); `end` when there is
   * none.
   */
  mainVerbEnd(first: number, end: number): number {
    const tokens = this.document.tokens
    for (let index = this.reader.skipSpace(first + 1, end); index < end; index++) {
      const token = tokens[index] as Token
      // (A clause or a mark in the object, whose verbs may be its own: “the
      // fact that he was at the march”, “friends to say they had …”.)
      if (clauseOpeners.has(token.lower) || relativeWords.has(token.lower)) return end
      if (!token.word && !token.space && token.text !== '.' && !/^[’']s?$/.test(token.text))
        return end
      if (!token.word || token.text !== token.lower) continue
      if (!(auxiliaryWords.has(token.lower) || verbLike(token))) continue
      const before = this.reader.skipSpaceBack(index - 1, first)
      // (Not an adjective in -ed after a determiner: “paid a combined”.)
      if (!this.determined(before)) return before + 1
    }
    return end
  }

  /**
   * The end of an object that is a name (capitalised words, with the stops
   * of their abbreviations: “Mr. Trump”) or an object pronoun, when a time
   * or a place follows it before `end`; `end` otherwise.
   */
  nameObjectEnd(first: number, end: number): number {
    const tokens = this.document.tokens
    let last = first
    if (objectPronouns.includes(tokens[first]?.lower ?? '')) last = first + 1
    else
      for (let index = first; index < end; index++) {
        const token = tokens[index] as Token
        if (token.word ? !token.capitalised : !(token.space || token.text === '.')) break
        if (token.word) last = index + 1
      }
    if (last === first) return end
    const after = tokens[this.reader.skipSpace(last, end)]
    return after?.word && adjunctOpeners.has(after.lower) ? last : end
  }

  /**
   * Whether a comma in `range` opens an inverted attribution that ends the
   * sentence (“…, said a panel of experts.”).
   */
  saidWithin(range: TokenRange, end: number): boolean {
    return this.saidWithinAt(range, end) !== -1
  }

  /** The comma in `range` that opens an inverted attribution ending the sentence, or `-1`. */
  saidWithinAt(range: TokenRange, end: number): number {
    const reader = this.reader
    for (let index = range.first; index < range.last; index++) {
      if (!reader.isComma(index)) continue
      const next = reader.skipSpace(index + 1, end)
      const word = this.document.tokens[next]
      if (!word?.word || !invertedCues.has(word.lower) || !reader.cueAt(next, end)) continue
      const speaker = reader.speakerAfter(next + 1, end)
      // (Not a clause: “Ruiz, citing figures, said the cuts would cost jobs.”)
      if (
        speaker &&
        reader.skipSpace(speaker.last, end) >= end &&
        !isClause(this.document.tokens, speaker)
      )
        return index
    }
    return -1
  }

  /**
   * Whether content that ends at `at` is followed by an attribution of its
   * own that ends the sentence: “…, the ministry said.”.
   */
  saidAfter(at: number, end: number): boolean {
    if (at >= end) return false
    const comma = this.reader.skipSpace(at, end)
    if (!this.reader.isComma(comma)) return false
    const next = this.reader.skipSpace(comma + 1, end)
    const word = this.document.tokens[next]
    // (“…, telling CNBC: …”: a participle goes on with the weak cue’s speaker;
    // an attribution found before reports a quotation of its own.)
    return (
      word?.word === true &&
      this.taken[next] !== 2 &&
      !coordinators.has(word.lower) &&
      !participleCues.has(word.lower) &&
      this.cueWithin(next, end, 6)
    )
  }

  /**
   * Whether a comma in `range` opens an attribution that ends the sentence,
   * its speaker before a cue that may end a clause (“…, BFM TV reported.”,
   * “…, the survey found.”): what is before the comma is its content.
   */
  tailWithin(range: TokenRange, limit: number): boolean {
    const reader = this.reader
    for (let index = range.first; index < range.last; index++) {
      if (!reader.isComma(index)) continue
      const from = reader.skipSpace(index + 1, limit)
      const opens = reader.opensNounPhrase(from)
      for (let at = from; at < range.last && at < from + 12; at++) {
        const token = this.document.tokens[at] as Token
        if (!token.word || !tailCues.has(token.lower)) continue
        const cue = reader.cueAt(at, limit)
        // (Or a document right before the cue: “…, records show.”, “…, court
        // records show.”.)
        const head = this.document.tokens[reader.skipSpaceBack(at - 1, from)]
        if (
          cue &&
          (opens || (head?.word && reader.isDocument(head))) &&
          this.endsClause(cue.range.last, limit) &&
          reader.speakerBefore(at, from)?.first === from
        )
          return true
      }
    }
    return false
  }

  /**
   * The end of content at its first comma that opens a participle or a
   * relative clause (“, saying …”, “, which …”), or at an aside in
   * parentheses (“cited a rise in crime (the actual number is …)”), if any.
   */
  commaEnd(from: number, end: number): number {
    // Whether a comma before this one joins items of a list.
    let listed = false
    for (let index = from; index < end; index++) {
      if (this.document.tokens[index]?.text === '(' && this.isAside(index, end))
        return this.contentEnd(index)
      if (!this.reader.isComma(index)) continue
      const at = this.reader.skipSpace(index + 1, end)
      const next = this.document.tokens[at]
      // “The court heard Hale, who led the authority, approved payments”: a
      // relative clause between commas in the subject of a clause, whose
      // verb follows the closing comma.
      const closing = next?.word ? this.relativeClosing(at, end) : -1
      if (closing !== -1) {
        index = closing
        continue
      }
      if (
        next?.word &&
        (next.lower.endsWith('ing') || trailingClause.has(next.lower)) &&
        // (Not an inclusion of noun phrases, “cited several factors,
        // including …”, nor the end of a list, “a kind, loving and admirable
        // person”.)
        !(next.lower === 'including' ? this.nounsOnly(at, end, false) : this.nounsOnly(index, end))
      ) {
        // “Jeb!, Ben Carson, and Donald Trump”, “to invest …, expand …, and
        // enable …”: “and” before the last item of a list, with no verb or
        // subject of its own after it.
        if (!(listed && next.lower === 'and' && this.itemAfter(at, end)))
          return this.contentEnd(index)
      }
      listed = true
    }
    return end
  }

  /**
   * Whether a noun phrase that an article or a possessive determiner opens
   * at `at` is the subject of a clause: up to three words of no determiner,
   * preposition or mark after it (and an “of” phrase: “the tone of the
   * interview”), then a finite verb or an auxiliary (“the strikes were”,
   * “his plan would”; not “a statement the …”, “the day before”).
   */
  subjectAt(at: number, from: number, end: number): boolean {
    const tokens = this.document.tokens
    const lower = tokens[at]?.lower ?? ''
    if (!objectOpeners.has(lower)) return false
    // (After a noun that ends the adverbial: not after a preposition or a
    // word that opens a clause: “respond to the lawsuit …”, “says that if a
    // new body is set up”.)
    // (Nor after a verb: “in clinching the nomination is …”, “to suggest
    // the dispute is …”.)
    const before = tokens[this.reader.skipSpaceBack(at - 1, from)]
    if (
      !before?.word ||
      phraseClosers.has(before.lower) ||
      (before.text === before.lower && (before.lower.endsWith('ing') || verbLike(before))) ||
      tokens[this.reader.skipSpaceBack(before.index - 1, from)]?.lower === 'to'
    )
      return false
    let index = this.reader.skipSpace(at + 1, end)
    // Whether an “of” phrase goes on the noun (“the tone of the interview
    // was”), where a determiner may stand.
    let of = false
    for (let words = 0; words < (of ? 7 : 4) && index < end; words++) {
      const token = tokens[index] as Token
      if (token.word && token.lower === 'of' && words > 0 && !of) {
        of = true
        index = this.reader.skipSpace(index + 1, end)
        continue
      }
      if (
        !token.word ||
        (objectDeterminers.has(token.lower) && !of) ||
        phrasePrepositions.has(token.lower) ||
        subjectWord(token.lower) ||
        relativeSpeakers.has(token.lower) ||
        periodNouns.has(token.lower)
      )
        return false
      if (words > 0 && this.verbAfter(index, end)) {
        // (A participle before its preposition modifies the noun: “an ABC
        // interview taped before the attacks”.)
        const after = tokens[this.reader.skipSpace(index + 1, end)]
        return !(token.lower.endsWith('ed') && after?.word && phrasePrepositions.has(after.lower))
      }
      index = this.reader.skipSpace(index + 1, end)
    }
    return false
  }

  /**
   * The comma that closes a relative clause opening at `at` (“who”, “which”)
   * before a finite verb, where the clause it stands in goes on (“Hale, who
   * led the authority, approved …”); `-1` if none within 30 tokens.
   */
  relativeClosing(at: number, end: number): number {
    const lower = this.document.tokens[at]?.lower
    if (lower !== 'who' && lower !== 'which') return -1
    const comma = this.relativeComma(at, end)
    return comma !== -1 && this.verbAfter(this.reader.skipSpace(comma + 1, end), end) ? comma : -1
  }

  /**
   * The first comma after the relative pronoun at `at`, within 30 tokens and
   * before any clause ends: where its clause between commas closes; `-1`
   * if there is none.
   */
  relativeComma(at: number, end: number): number {
    for (let index = at + 1; index < end && index - at <= 30; index++) {
      if (this.reader.isClauseEnd(index)) return -1
      if (this.reader.isComma(index)) return index
    }
    return -1
  }

  /**
   * The question word after a relative clause of “who” between commas that
   * the comma at `comma` opens (“, who spoke on the condition that she not
   * be named, why …”), within 30 tokens; `-1` if there is none.
   */
  questionAfterRelative(comma: number, end: number): number {
    const reader = this.reader
    const who = reader.skipSpace(comma + 1, end)
    if (this.document.tokens[who]?.lower !== 'who') return -1
    const closing = this.relativeComma(who, end)
    if (closing === -1) return -1
    const next = reader.skipSpace(closing + 1, end)
    return questionWords.has(this.document.tokens[next]?.lower ?? '') ? next : -1
  }

  /**
   * Whether the words after “and” at `and` to `end` are the last item of a
   * list rather than a clause: no comma, no subject pronoun first (“…,
   * and that’s what drove me”).
   */
  itemAfter(and: number, end: number): boolean {
    for (let index = and + 1; index < end; index++) if (this.reader.isComma(index)) return false
    const at = this.reader.skipSpace(and + 1, end)
    const first = this.document.tokens[at]
    if (!first?.word || subjectPronouns.has(first.lower) || pronounSubject.test(first.lower))
      return false
    // (Nor an auxiliary or a verb among its first six words: “…, and
    // several members are under pressure”, “…, and the advent of Fox News
    // gave a voice …”.)
    for (let index = at, words = 0; index < end && words < 6; index++) {
      const word = this.document.tokens[index] as Token
      if (!word.word) continue
      words++
      if (auxiliaryWords.has(word.lower) || verbLike(word) || this.reader.cueAt(index, end))
        return false
    }
    return true
  }

  /**
   * Whether a parenthesis opened at `open` is an aside: four words or more
   * before it closes (“(the actual number is closer to 15 percent, …)”),
   * not a party and state (“(R-Fla.)”) or a figure (“(475 delegates)”).
   */
  isAside(open: number, end: number): boolean {
    let words = 0

    for (let index = open + 1; index < end && index - open <= 60; index++) {
      const token = this.document.tokens[index] as Token
      if (token.text === ')') return false
      if (token.word && ++words === 4) return true
    }

    return false
  }

  /**
   * The “to” or “that” right after the comma that closes an apposition
   * opened by the comma at `comma` (at most 30 tokens), if any.
   */
  afterApposition(comma: number, limit: number): number | undefined {
    const reader = this.reader
    for (let index = comma + 1; index < limit && index - comma <= 30; index++) {
      if (reader.isClauseEnd(index)) return undefined
      if (!reader.isComma(index)) continue
      const next = reader.skipSpace(index + 1, limit)
      const lower = this.document.tokens[next]?.lower
      return lower === 'to' || lower === 'that' ? next : undefined
    }
    return undefined
  }

  /**
   * Whether a speaker is a relative pronoun that opens an apposition: “,
   * who …”.
   */
  inApposition(speaker: TokenRange, start: number, limit: number): boolean {
    if (speaker.last - speaker.first !== 1) return false
    const lower = this.document.tokens[speaker.first]?.lower
    if (lower !== 'who' && lower !== 'which') return false
    if (!this.reader.isComma(this.reader.skipSpaceBack(speaker.first - 1, start))) return false
    // The comma that closes it, and a cue right after.
    for (let index = speaker.last; index < limit && index - speaker.last < 40; index++) {
      if (this.reader.isClauseEnd(index)) return false
      if (this.reader.isComma(index)) return this.cueWithin(index + 1, limit, 3)
    }
    return false
  }

  /**
   * The end of content whose speaker is a relative pronoun: the clause ends
   * at the next comma (“Rivera, who backed the plan, said …”); so too when
   * the speaker is the subject of a “whose” clause set off by a comma or a
   * dash (“Hale, a biologist whose work revealed the threat of warming,
   * died …”), at a comma or a dash.
   */
  relativeEnd(speaker: TokenRange | undefined, from: number, end: number): number {
    if (!speaker) return end
    const tokens = this.document.tokens
    const lower = tokens[speaker.first]?.lower
    const relative = lower === 'who' || lower === 'which'
    const pronoun = relative && speaker.last - speaker.first === 1
    const whose = !relative && this.whoseClause(speaker) !== undefined
    if (!pronoun && !whose) return end
    for (let index = from; index < end; index++) {
      if (this.reader.isComma(index) || (whose && isDash(tokens[index]?.text ?? '')))
        return this.contentEnd(index)
    }
    return end
  }

  /**
   * Where “whose” opens a speaker that is the subject of its clause, set off
   * by a comma or a dash before it (or before its antecedent, an
   * apposition: “Hale, a biologist whose work”); `undefined` if none.
   */
  whoseClause(speaker: TokenRange): number | undefined {
    const tokens = this.document.tokens
    let whose = -1
    for (let index = speaker.first; index < speaker.last; index++) {
      const token = tokens[index] as Token
      if (token.lower === 'whose') whose = index
      else if (whose !== -1 && (isComma(tokens, index) || isDash(token.text))) return undefined
    }
    if (whose === -1) return undefined
    const mark = this.reader.skipSpaceBack(speaker.first - 1, 0)
    return isComma(tokens, mark) || isDash(tokens[mark]?.text ?? '') ? whose : undefined
  }

  /**
   * Whether a speaker names a person or body: its head (the last word before
   * an apposition) is a name, a pronoun, or a noun of people and bodies (of
   * people only with `person`: no “plan” nor “statement”).
   */
  isSource(speaker: TokenRange, person = false): boolean {
    const head = this.headOf(speaker)
    if (!head) return false
    if (isCapitalised(head.text) || pronouns.has(head.lower)) return true
    const nouns = person ? personNouns : sourceNouns
    return nouns.has(head.lower) || nouns.has(singularNoun(head.lower))
  }

  /**
   * Whether a speaker is a source noun and the year it is from (“As a Pew
   * study from 2011 noted, …”), whose head is the year.
   */
  sourceOfYear(speaker: TokenRange): boolean {
    const words = this.reader.words(speaker)
    const year = words.at(-1)
    const from = words.at(-2)
    const noun = words.at(-3)
    return (
      year !== undefined &&
      /^\d{4}$/.test(year.text) &&
      (from?.lower === 'from' || from?.lower === 'in') &&
      noun !== undefined &&
      this.isSource({first: noun.index, last: noun.index + 1})
    )
  }

  /**
   * Whether a speaker is “which” after a comma that stands for a source:
   * the word before the comma is capitalised or a noun of sources (“The
   * union, which endorsed Clinton”, “the White House, which had hoped”),
   * not of documents (“the plan, which shows promise”).
   */
  sourceWhich(speaker: TokenRange): boolean {
    const reader = this.reader
    if (!reader.relativeSpeaker(speaker.first, speaker.last)) return false
    const noun =
      this.document.tokens[reader.skipSpaceBack(reader.skipSpaceBack(speaker.first - 1, 0) - 1, 0)]
    return (
      noun?.word === true &&
      !documentNouns.has(noun.lower) &&
      this.isSource({first: noun.index, last: noun.index + 1})
    )
  }

  /**
   * Whether the tokens from `first` to `last` are a short adverbial with no
   * comma: four words at most (“More significantly”, “In the end”, “By
   * contrast”).
   */
  shortAdverbial(first: number, last: number): boolean {
    const reader = this.reader
    return (
      reader.wordCount({first, last}) <= 4 &&
      reader.segmentEnd(first, last) === last &&
      reader.isAdverbial(first, last)
    )
  }

  /** The head of a speaker: its last word before an apposition. */
  headOf(speaker: TokenRange): Token | undefined {
    return this.reader.words(this.toComma(speaker)).at(-1)
  }

  /** The words of a range before its first comma (all of them when it has none). */
  toComma(range: TokenRange): TokenRange {
    for (let index = range.first; index < range.last; index++) {
      if (this.reader.isComma(index)) {
        return {first: range.first, last: this.reader.skipSpaceBack(index - 1, range.first) + 1}
      }
    }
    return range
  }

  /** Whether the head of a speaker is an occupation (“the Australian-born actress”). */
  isOccupation(speaker: TokenRange): boolean {
    const head = this.headOf(speaker)
    return (
      head !== undefined &&
      (occupations.has(head.lower) || occupations.has(singularNoun(head.lower)))
    )
  }

  /**
   * A subject with the appositions after it, before `limit` (“The RAC's
   * head of policy, Simon Wade,”), when they end at a comma and hold no
   * verb but in a relative clause (not “Raleigh, N.C.-based Salix … and
   * Cosmo … terminated a reverse merger,”, nor “…, who faces … and”).
   */
  withAppositions<Range extends TokenRange | undefined>(subject: Range, limit: number): Range {
    if (!subject) return subject
    const reader = this.reader
    const tokens = this.document.tokens
    const end = reader.appositionsEnd(subject.last - 1, limit)
    const comma = reader.skipSpace(end + 1, limit)
    if (end < subject.last || !reader.isComma(comma)) return subject
    const opening = tokens[reader.skipSpace(reader.skipSpace(subject.last, limit) + 1, limit)]
    if (!(opening && (opening.lower === 'who' || opening.lower === 'which')))
      for (let index = subject.last; index <= end; index++) {
        const token = tokens[index] as Token
        if (token.word && (verbLike(token) || this.reader.cueAt(index, end + 1))) return subject
      }
    return {first: subject.first, last: comma + 1} as Range
  }

  /**
   * The attribution of a participle phrase that ends at `comma` and follows
   * a comma itself (“Salceda, citing data from the State Department, said”),
   * with a speaker; or the attribution whose speaker it shares.
   */
  participleBefore(comma: number, sentence: number): FoundAttribution | undefined {
    const reader = this.reader
    if (!reader.isComma(comma)) return undefined

    for (let at = this.attributions.length - 1; at >= 0; at--) {
      const attribution = this.attributions[at] as FoundAttribution
      if (attribution.sentence !== sentence) break
      const cue = attribution.cue?.range
      const owner = attribution.subject ?? attribution
      if (!cue || cue.last > comma || !owner.speaker) continue
      // (Its verb ends the cue, after an adverb: “Trump, later alleging …,”.)
      const word = this.document.tokens[cue.last - 1] as Token
      if (!word.lower.endsWith('ing') || !reader.isComma(reader.skipSpaceBack(cue.first - 1, 0)))
        continue
      // (Commas between only inside its content, which ends at the comma:
      // “The mayor, insisting the plan, which passed in May, was fair,
      // refused”.)
      if (this.contentBefore(attribution, comma)) return owner
      for (let index = cue.last; index < comma; index++) if (reader.isComma(index)) return undefined
      return owner
    }

    return undefined
  }

  /**
   * Whether a range read back from a cue at `cue` overlaps the content of a
   * participle that ends right before the cue’s comma (“The mayor,
   * insisting the plan, which passed in May, was fair, refused”).
   */
  inParticiple(range: TokenRange, cue: number, start: number, sentence: number): boolean {
    const comma = this.reader.skipSpaceBack(cue - 1, start)
    if (!this.reader.isComma(comma)) return false
    if (!this.participleBefore(comma, sentence)) return false
    for (const quote of this.sentenceReported(sentence)) {
      const piece = quote.pieces[quote.pieces.length - 1] as TokenRange
      if (piece.first < range.last && range.first < piece.last) return true
    }
    return false
  }

  /** Whether the last piece of an attribution’s reported content ends right before `comma`. */
  contentBefore(attribution: FoundAttribution, comma: number): boolean {
    const end = this.reader.skipSpaceBack(comma - 1, 0) + 1
    for (const quote of this.sentenceReported(attribution.sentence))
      if (quote.attribution === attribution)
        return quote.pieces[quote.pieces.length - 1]?.last === end
    return false
  }

  /**
   * The reported speech found so far in a sentence, newest first: read back
   * from the last quote made to the first of another sentence's reported
   * speech, which `indirect` makes sentence by sentence, and no further
   * than the first quote it made (so the reading stays within the
   * sentence, and the work linear).
   */
  *sentenceReported(sentence: number): Generator<FoundQuote> {
    for (let at = this.quotes.length - 1; at >= this.reportedFrom; at--) {
      const quote = this.quotes[at] as FoundQuote
      if (quote.kind !== 'indirect') continue
      if (quote.attribution?.sentence !== sentence) return
      yield quote
    }
  }

  /**
   * The speaker before a relative clause between commas that holds an
   * attribution of its own and ends right before a cue at `cue` (and its
   * auxiliaries): “Barkley, who said he votes …, said …” (the words read
   * back from the cue would be the clause’s content; the speaker is read
   * before its opening comma: “Barkley”). So too a “whose” clause between
   * commas or dashes: “Mrs. Clinton — whose husband signed the act — has
   * derided …”, “Hale, a biologist whose work revealed …, said …”.
   */
  relativeBefore(cue: number, sentence: number, start: number): TokenRange | undefined {
    const reader = this.reader
    // (The mark before the cue's auxiliaries: “, has publicly derided”.)
    const comma = reader.skipSpaceBack(this.auxiliariesBefore(cue, start, true) - 1, start)
    const dash = isDash(this.document.tokens[comma]?.text ?? '')
    if (!reader.isComma(comma) && !dash) return undefined
    const attribution = this.attributions[this.attributions.length - 1]
    const speaker = attribution?.speaker
    if (attribution?.sentence !== sentence || !speaker || speaker.last > comma) return undefined
    // The clause’s content runs to the comma.
    const quote = this.quotes[this.quotes.length - 1]
    const piece = quote?.pieces[quote.pieces.length - 1]
    if (quote?.attribution !== attribution || reader.skipSpace(piece?.last ?? 0, comma) !== comma)
      return undefined
    const pronoun = this.document.tokens[speaker.first] as Token
    // (Or the subject of a “whose” clause, set off by a comma or a dash:
    // “Cryer, whose question revealed the estimate, said …”.)
    const whose = this.whoseClause(speaker) !== undefined
    if (!whose && (speaker.last - speaker.first !== 1 || !relativeSpeakers.has(pronoun.lower)))
      return undefined
    const opening = reader.skipSpaceBack(speaker.first - 1, start)
    // (A dash closes what a dash opened.)
    const mark = this.document.tokens[opening]?.text ?? ''
    const opened = dash ? whose && isDash(mark) : reader.isComma(opening)
    return opened ? reader.speakerBefore(opening, start) : undefined
  }

  /**
   * Whether a clause of hearsay follows “heard”, from `from`: a subject
   * pronoun (“heard he was leaving”), or a word that opens a clause within
   * four words (“heard that …”, “have heard by now that …”, “heard how
   * …”); not a thing heard (“heard the boos before”, “heard gunfire”).
   */
  hearsayAfter(from: number, limit: number): boolean {
    const first = this.document.tokens[this.reader.skipSpace(from, limit)]
    if (first?.word && subjectPronouns.has(first.lower)) return true
    let words = 0
    for (let index = from; index < limit && words < 4; index++) {
      const token = this.document.tokens[index] as Token
      if (this.reader.isClauseEnd(index) || this.reader.isQuoteMark(index)) return false
      if (!token.word) continue
      if (heardClauses.has(token.lower)) return true
      words++
    }
    return false
  }

  /**
   * The relative pronoun “who” after a comma that opens the clause “and”
   * or “but” at `conjunction` goes on (“Gov. Kemp, who signed the measure
   * and called it …”), with no comma, dash or other clause between them.
   */
  relativeSubjectBefore(conjunction: number, start: number): TokenRange | undefined {
    const reader = this.reader
    for (let index = conjunction - 1; index > start; index--) {
      const token = this.document.tokens[index] as Token
      if (token.space) continue
      if (!token.word) return undefined
      if (token.lower === 'who')
        return reader.isComma(reader.skipSpaceBack(index - 1, start))
          ? {first: index, last: index + 1}
          : undefined
    }
    return undefined
  }

  /**
   * The speaker of a cue that ends the clause before a participle after a
   * comma (“…, Spicer said, adding, “…””): the participle goes on with it.
   */
  clauseSpeakerBefore(participle: number, start: number): TokenRange | undefined {
    const reader = this.reader
    const comma = reader.skipSpaceBack(participle - 1, start)
    if (!reader.isComma(comma)) return undefined
    const verb = reader.skipSpaceBack(comma - 1, start)
    const said = this.document.tokens[verb]
    if (verb < start || !said?.word || !sayForms.has(said.lower)) return undefined
    let from = verb

    while (
      from > start &&
      !reader.isComma(from - 1) &&
      !reader.isClauseEnd(from - 1) &&
      !reader.isQuoteMark(from - 1)
    )
      from--

    return reader.speakerBefore(verb, from)
  }

  /** The attribution in a sentence whose speaker ends with the token at `index`. */
  speakerOwner(index: number, sentence: number): FoundAttribution | undefined {
    // (A speaker with an apposition ends before the comma that closes it.)
    const at = this.reader.isComma(index) ? this.reader.skipSpaceBack(index - 1, 0) : index
    if (!this.taken[at]) return undefined
    const list = this.bySentence.get(sentence) ?? []

    // The last one made: a token is taken by one attribution at a time.
    for (let position = list.length - 1; position >= 0; position--) {
      const attribution = list[position] as FoundAttribution
      if (attribution.speaker?.last === at + 1) {
        return this.dropped.has(attribution) ? undefined : attribution
      }
    }

    return undefined
  }

  /**
   * The attribution whose speaker stands right before a cue, adverbs and
   * auxiliaries between them (“Albright recently urged …, saying, “…””).
   */
  ownerBefore(cue: number, start: number, sentence: number): FoundAttribution | undefined {
    const index = this.reader.skipSpaceBack(this.auxiliariesBefore(cue, start, true) - 1, start)
    return index >= start && this.document.tokens[index]?.word
      ? this.speakerOwner(index, sentence)
      : undefined
  }

  /** The subject of a sentence for a participle cue: the speaker of an attribution before it in the sentence. */
  subjectOf(sentence: number, before: number): FoundAttribution | undefined {
    let found: FoundAttribution | undefined

    // The sentence’s own attributions, not all of the document’s: the work
    // for each cue stays within its sentence.
    for (const attribution of this.bySentence.get(sentence) ?? []) {
      if (this.dropped.has(attribution)) continue
      const owner = attribution.subject ?? attribution
      if (
        owner.speaker &&
        owner.speaker.last <= before &&
        (!found || owner.speaker.first > (found.speaker?.first ?? -1))
      ) {
        found = owner
      }
    }

    return found
  }

  /**
   * Whether “and” or “but” at `at` opens a clause with a subject pronoun of
   * its own (“and he raised”).
   */
  newClauseAt(at: number, end: number): boolean {
    const tokens = this.document.tokens
    const joiner = tokens[at]
    if (joiner?.lower !== 'and' && joiner?.lower !== 'but') return false
    const subject = this.reader.skipSpace(at + 1, end)
    const verb = this.reader.skipSpace(subject + 1, end)
    return (
      subjectPronouns.has(tokens[subject]?.lower ?? '') &&
      tokens[subject]?.lower !== 'it' &&
      tokens[verb]?.word === true
    )
  }

  /**
   * Whether the words from `first` to `last` have no verb (but the one of an
   * infinitive that opens them, “to pay a fee”) and no quotation mark: an
   * object, no clause.
   */
  noVerbIn(first: number, last: number): boolean {
    const tokens = this.document.tokens
    let from = first
    if (tokens[from]?.lower === 'to')
      from = this.reader.skipSpace(this.reader.skipSpace(from + 1, last) + 1, last)
    else if (clauseOpeners.has(tokens[from]?.lower ?? '')) return false
    for (let index = from; index < last; index++) {
      const token = tokens[index] as Token
      if (this.reader.isQuoteMark(index) || (token.word && verbLike(token))) return false
    }
    return !isClause(tokens, {first: from, last})
  }

  /**
   * The end of reported content: a colon or semicolon followed by a short
   * tail (a headline’s “…: report”) ends it. `participle`: the content's cue
   * is a participle in -ing.
   */
  clauseEnd(from: number, end: number, participle = false): number {
    for (let index = from; index < end; index++) {
      const text = this.document.tokens[index]?.text

      // “…, but Cuban officials claimed …”, “… — and he noted …”: another
      // attribution starts.
      const comma = isComma(this.document.tokens, index)
      if (comma || text === ';' || (text !== undefined && isDash(text))) {
        const next = this.reader.skipSpace(index + 1, end)
        const word = this.document.tokens[next]
        // A quotation opened inside the content that closes right after the
        // mark stays whole in it (“could be “messy,” adding …”).
        const close =
          this.reader.isQuoteMark(index + 1) && this.opensWithin(from, index) ? index + 2 : index

        if (word && coordinators.has(word.lower) && this.cueWithin(next + 1, end, 10)) {
          return this.contentEnd(close)
        }

        // “stressed those worries on Sunday, and he raised them again”:
        // content with no verb of its own (an object, “to pay …”) ends
        // before a clause with a subject of its own.
        if (comma && this.newClauseAt(next, end) && this.noVerbIn(from, index))
          return this.contentEnd(close)

        // “Keys said she was “very excited”, describing …”: an attribution
        // found before starts after the mark.
        if (this.taken[next] === 2) return this.contentEnd(close)

        // “…, without giving details.”, “…, referring questions to the
        // Justice Department”: how the words were said, or who was sent the
        // questions, the writer's.
        if (comma && word?.word && this.writersPhrase(word, end)) return this.contentEnd(close)

        // “Hart had denied murder, claiming he acted in self-defence, but
        // was convicted …”: after what a participle reports, “but” or “and”
        // and an auxiliary go on with the sentence’s subject.
        if (
          participle &&
          comma &&
          (word?.lower === 'but' || word?.lower === 'and') &&
          goingOnAuxiliaries.has(
            this.document.tokens[this.reader.skipSpace(next + 1, end)]?.text ?? '',
          )
        )
          return this.contentEnd(close)

        // “Trump, later alleging … that Obama wanted …, said he would …”:
        // content that a participle reports ends before a verb of saying
        // right after a comma, whose subject is before the participle (a
        // finite cue reports a series: “has called for …, favors …”).
        if (participle && comma && word?.word && this.finiteCueAt(next, end)) {
          return this.contentEnd(close)
        }

        // “…, an aide said.”: an attribution of its own ends the sentence.
        if (comma && this.cueWithin(next, end, 6)) {
          let cue = next
          while (cue < end && !(this.document.tokens[cue]?.word && this.reader.cueAt(cue, end)))
            cue++
          if (this.onlyCircumstance(cue + 1, end)) return this.contentEnd(close)
          // “…, according to a publishing executive familiar with the talks.”
          if (this.document.tokens[cue]?.lower === 'according' && this.sourceEnds(cue, end))
            return this.contentEnd(close)
        }
      }

      // “has cast the Clintons as part of the establishment and holds a
      // solid lead”: an object with no verb of its own ends before “and”
      // and a verb, which goes on with the subject.
      if (
        (text === 'and' || text === 'but') &&
        index > from &&
        this.verbAfter(index + 1, end) &&
        !this.adjectiveBeforeVerb(index + 1, end) &&
        this.noVerbIn(from, index)
      )
        return this.contentEnd(index)

      // “… and said she would …”: the same speaker goes on with a new cue;
      // “… but has said …”, “… and Democrats accused …”: after a few words.
      // (Not the “and” of “both … and”, which joins a subject: “said both he
      // and Rubio promised …”.)
      if (
        (text === 'and' || text === 'but') &&
        this.coordinatedCue(index + 1, end) &&
        !(text === 'and' && (this.bothBefore(index, from) || this.jointNouns(from, index, end)))
      ) {
        return this.contentEnd(index)
      }

      // “…; they only learned on Friday …”: a semicolon ends reported
      // content, as a colon before a short tail (a headline’s “…: report”)
      // does.
      // A colon before a quotation ends it too: the quotation is what the
      // speaker said next (“Arnesen said the club were sad to see Santini
      // go: “We are …””; see `follow`).
      if (
        text === ';' ||
        (text === ':' &&
          (this.reader.wordCount({first: index, last: end}) <= 3 ||
            // (Not after an object alone: “scolded him: “…””.)
            (this.reader.isQuoteMark(this.reader.skipSpace(index + 1, end)) &&
              this.reader.wordCount({first: from, last: index}) >= 3)))
      ) {
        return this.contentEnd(index)
      }
    }

    return end
  }

  /**
   * Whether a phrase of the writer's opens at `word` after a comma that
   * ends reported content: “without” and a participle of telling (“without
   * giving details”), or a form of “refer” and what is referred (“referring
   * questions to …”).
   */
  writersPhrase(word: Token, end: number): boolean {
    const after = this.document.tokens[this.reader.skipSpace(word.index + 1, end)]?.lower ?? ''
    if (word.lower === 'without') return withheldWords.has(after)
    return word.lower.startsWith('refer') && referredWords.has(after)
  }

  /**
   * Whether a finite verb in lower case stands right at `index` (after
   * white space): an auxiliary (“has”, “was”) or a known verb or one in
   * -ed (“appeared”); not one in -ing.
   */
  verbAfter(index: number, end: number): boolean {
    const token = this.document.tokens[this.reader.skipSpace(index, end)]
    if (!token?.word || token.text !== token.lower) return false
    return finiteAuxiliaries.has(token.lower) || (verbLike(token) && !token.lower.endsWith('ing'))
  }

  /**
   * Whether the word in -ed after `index` describes a noun whose verb
   * follows it (“said the heat and unsettled weather could last”): a
   * subject joined to the content's, not a second verb of the speaker's.
   */
  adjectiveBeforeVerb(index: number, end: number): boolean {
    const tokens = this.document.tokens
    const reader = this.reader
    const adjective = reader.skipSpace(index, end)
    const lower = tokens[adjective]?.lower ?? ''
    if (!lower.endsWith('ed') || finiteAuxiliaries.has(lower)) return false
    const at = reader.skipSpace(adjective + 1, end)
    const noun = tokens[at]
    if (!noun?.word || noun.text !== noun.lower || verbLike(noun)) return false
    const verb = tokens[reader.skipSpace(at + 1, end)]
    return verb?.word === true && finiteAuxiliaries.has(verb.lower)
  }

  /** Whether a comma where a main clause goes on stands after `from`, before `end` (see `clauseGoesOn`). */
  verbAfterComma(from: number, end: number): boolean {
    for (let index = from; index < end; index++) if (this.clauseGoesOn(index, end)) return true
    return false
  }

  /**
   * Whether the token at `index` is a comma before a finite verb (see
   * `verbAfter`) or a cue in the past or present (“said”): where the main
   * clause goes on after a phrase between commas.
   */
  clauseGoesOn(index: number, end: number): boolean {
    if (!this.reader.isComma(index)) return false
    const next = this.reader.skipSpace(index + 1, end)
    return (
      this.verbAfter(next, end) ||
      (this.document.tokens[next]?.word === true && this.finiteCueAt(next, end))
    )
  }

  /**
   * Whether a verb of saying in the past or present stands at `index`, not
   * a participle in -ing nor one before “to” (“the plan, said to cost …”).
   */
  finiteCueAt(index: number, end: number): boolean {
    const token = this.document.tokens[index] as Token
    if (token.lower.endsWith('ing') || !this.reader.cueAt(index, end)) return false
    return this.document.tokens[this.reader.skipSpace(index + 1, end)]?.lower !== 'to'
  }

  /** Whether a quotation mark stands between the first token of content at `from` and `index`. */
  opensWithin(from: number, index: number): boolean {
    for (let at = this.reader.skipSpace(from, index) + 1; at < index; at++)
      if (this.reader.isQuoteMark(at)) return true
    return false
  }

  /**
   * Whether the source after the cue “according to” runs to the end of the
   * content, or to a summary of it (“…, according to three people, a move
   * that could …”).
   */
  sourceEnds(cue: number, end: number): boolean {
    const range = this.reader.cueAt(cue, end)?.range
    const source = range ? this.reader.sourceAfter(range.last, end) : undefined
    if (source === undefined) return false
    const after = this.reader.skipSpace(source.last, end)
    if (after >= end) return true
    if (!this.reader.isComma(after)) return false
    const words = this.reader.words({first: after + 1, last: end})
    const relative = relativeIndex(words)
    return (words[0]?.lower === 'a' || words[0]?.lower === 'an') && relative !== -1 && relative <= 3
  }

  /**
   * The end of content in a clause that a subordinator opens (“After Trump
   * said he would …, he clarified …”): the comma before the main clause
   * (see `mainClauseAfter`).
   */
  subordinateEnd(start: number, from: number, end: number): number {
    const opener = this.document.tokens[start]
    // (“As X pointed out, …”: the main clause is the content.) A clause of
    // “with” ends at its comma as well: “With leaders worried about the
    // polls, Obama is …”.
    if (
      !opener?.word ||
      !(subordinators.has(opener.lower) || opener.lower === 'with') ||
      opener.lower === 'as'
    )
      return end
    // Only a cue inside the clause (not “After his sacking, he said that …”).
    for (let index = start; index < from; index++) if (this.reader.isComma(index)) return end
    for (let index = from; index < end; index++) {
      if (!this.reader.isComma(index)) continue
      // (A comma inside the marks of a quotation that closes the clause:
      // “When Powell says the Fed will “stay the course,” he means it”.)
      const mark = this.reader.isQuoteMark(index + 1) ? index + 1 : index
      if (this.mainClauseAfter(mark, end))
        return this.contentEnd(mark === index ? index : index + 2)
    }
    return end
  }

  /**
   * Whether a main clause follows the comma at `comma`: a subject pronoun,
   * or a noun phrase (a name, or one an article or a possessive opens) and
   * a verb within six words, with no mark between (“…, the film studios
   * turned it …”; not an apposition, “that Jones, the mayor, was …”).
   */
  mainClauseAfter(comma: number, end: number): boolean {
    const tokens = this.document.tokens
    const at = this.reader.skipSpace(comma + 1, end)
    const first = tokens[at]
    if (!first?.word) return false
    if (subjectPronouns.has(first.lower)) return true
    if (
      !first.capitalised &&
      !articles.includes(first.lower) &&
      !possessiveDeterminers.includes(first.lower)
    )
      return false

    for (let index = at + 1, words = 0; index < end && words < 6; index++) {
      const token = tokens[index] as Token
      if (token.space) continue
      if (!token.word) return false
      words++
      if (verbLike(token) || auxiliaryWords.has(token.lower) || this.reader.cueAt(index, end))
        return true
    }

    return false
  }

  /**
   * Whether “both” stands among the three words before an “and” at `index`
   * (not before `from`), with no verb between: the “and” joins the parts of
   * one noun phrase (“both he and Rubio”), not two clauses (“both parties
   * agreed and Democrats accused …”).
   */
  bothBefore(index: number, from: number): boolean {
    const reader = this.reader
    let at = index
    for (let words = 0; words < 3; words++) {
      at = reader.skipSpaceBack(at - 1, from)
      const token = this.document.tokens[at]
      if (at < from || !token?.word || verbLike(token)) return false
      if (token.lower === 'both') return true
    }
    return false
  }

  /**
   * Whether a cue follows a coordinator within its first words, with only
   * words between them (“and said”, “but has said”, “and Democrats
   * accused”).
   */
  coordinatedCue(from: number, end: number): boolean {
    const reader = this.reader
    let index = reader.skipSpace(from, end)
    for (let words = 0; index < end && words < 2; words++) {
      // (“and most recently defended”: a word of degree goes with its
      // adverb, and counts for no word.)
      while (index < end && reader.degreeBeforeAdverb(index))
        index = reader.skipSpace(index + 1, end)
      const token = this.document.tokens[index]
      if (index >= end || !token?.word) return false
      // (Not a participle of blame before its preposition: “… was arrested
      // Monday and charged with burglary” goes on with the same subject.)
      // (Nor a noun that a cue word spells, the subject of a second clause
      // of “that” before its verb: “said that … and that talks would
      // continue”.)
      if (
        reader.cueAt(index, end) &&
        !this.blamedFor(index, end) &&
        // (Nor a verb of expecting before “to”, which reports nothing of its
        // own: “says he's proud … and expects to leave Nevada with …”.)
        !(
          expectForms.has(token.lower) &&
          this.document.tokens[reader.skipSpace(index + 1, end)]?.lower === 'to'
        ) &&
        !(
          words === 1 &&
          this.document.tokens[reader.skipSpaceBack(index - 1, from)]?.lower === 'that' &&
          this.verbAfter(index + 1, end)
        )
      )
        return true
      index = reader.skipSpace(index + 1, end)
    }
    return false
  }

  /**
   * Whether the “and” at `and` joins two nouns of one noun phrase, in
   * content from `from` with no verb before it, so that the cue read after
   * the second noun is the verb of the content’s clause (“said the recent
   * spate of shootings and protests demands that …”) or no cue (“posted a
   * cache of cables and military documents provided by …”), not that of a
   * clause of its own (“said the plan failed and Democrats accused …”).
   */
  jointNouns(from: number, and: number, end: number): boolean {
    const reader = this.reader
    const tokens = this.document.tokens
    const first = tokens[from]?.lower === 'that' ? reader.skipSpace(from + 1, and) : from
    const before = tokens[reader.skipSpaceBack(and - 1, first)]
    const noun = reader.skipSpace(and + 1, end)
    const after = tokens[noun]
    const cue = tokens[reader.skipSpace(noun + 1, end)]
    return (
      first < and &&
      this.noVerbIn(first, and) &&
      before?.word === true &&
      before.text === before.lower &&
      after?.word === true &&
      after.text === after.lower &&
      // (A noun, not a verb’s auxiliary or adverb, “… and couldn’t see”,
      // “… and even questioned”, nor a subject of its own, “… and others
      // supporting …”.)
      !stopWords.has(after.lower) &&
      !subjectPronouns.has(after.lower) &&
      !auxiliaryWords.has(after.lower) &&
      !after.lower.endsWith('ly') &&
      !jointOpeners.has(after.lower) &&
      // (Nor a participle that names: “a mall and spa called …”.)
      cue !== undefined &&
      !namingVerbs.has(cue.lower) &&
      reader.cueAt(cue.index, end) !== undefined
    )
  }

  /** Whether a participle of blame stands at `index` right before its preposition: “charged with”. */
  blamedFor(index: number, end: number): boolean {
    const token = this.document.tokens[index] as Token
    const next = this.document.tokens[this.reader.skipSpace(index + 1, end)]
    return objectFirst.has(token.lower) && passivePrepositions.has(next?.lower ?? '')
  }

  /**
   * Whether the rest of a sentence after a medial attribution is a clause of
   * its own that “and” or “but” joins, with an attribution of its own: “…,
   * police said, and a woman died …, according to local officials.”, “…,
   * Eurotunnel said, but warned that …” (not a quotation joined: “…, she
   * said, and “I had to step back and think …””).
   */
  joinedAttribution(rest: TokenRange, end: number): boolean {
    const first = this.document.tokens[rest.first]
    if (!sentenceConjunctions.has(first?.lower ?? '')) return false
    if (this.reader.isQuoteMark(this.reader.skipSpace(rest.first + 1, end))) return false
    return this.cueWithin(rest.first, end, end - rest.first)
  }

  /**
   * The first token of content after the last medial attribution in it, one
   * between commas that a conjunction follows (“…, state police said, and
   * …”), or its first token.
   */
  afterJoinedAttribution(content: TokenRange): number {
    const reader = this.reader
    let first = content.first
    // Whether the words since the last comma open with an attribution's.
    let attributed = false
    for (let index = content.first; index < content.last; index++) {
      if (!reader.isComma(index)) continue
      const next = reader.skipSpace(index + 1, content.last)
      if (attributed && sentenceConjunctions.has(this.document.tokens[next]?.lower ?? ''))
        first = reader.skipSpace(next + 1, content.last)
      attributed = this.taken[next] === 2
    }
    return first
  }

  /** Whether “even” opens a subordinate clause at `index`: “even as”, “even though”. */
  evenSubordinator(index: number, end: number): boolean {
    return (
      this.document.tokens[index]?.lower === 'even' &&
      subordinators.has(this.document.tokens[this.reader.skipSpace(index + 1, end)]?.lower ?? '')
    )
  }

  /** Whether a strong cue stands within `count` tokens after `from`. */
  cueWithin(from: number, end: number, count: number, weak = false): boolean {
    for (let index = from; index < end && index < from + count * 2; index++) {
      const token = this.document.tokens[index]
      if (token?.word && (weak || !weakCues.has(token.lower)) && this.reader.cueAt(index, end)) {
        return true
      }
    }

    return false
  }

  /** The end of a sentence’s content: before its final punctuation. */
  contentEnd(limit: number): number {
    let end = limit

    while (end > 0) {
      const token = this.document.tokens[end - 1] as Token
      if (token.space || (!token.word && isStops(token.text, true))) end--
      else break
    }

    return end
  }

  /**
   * The words after a colon that introduces them, to the end of their
   * paragraph; the next paragraph when the colon ends its own (“Wallnau
   * wrote:” ¶ “I think …”). None when a quotation mark opens them or stands
   * in them (a quotation is found as such), or they are a word or two.
   */
  afterColon(colon: number, sentence: number): TokenRange | undefined {
    const {blocks, sentences, tokens} = this.document
    const view = sentences[sentence] as SentenceView
    let first = this.reader.skipSpace(colon + 1, view.last)
    let block = blocks[view.block] as BlockView
    if (first >= view.last) {
      // (Only from the end of a paragraph, to one that follows it.)
      const next = blocks[view.block + 1]
      if (block.sentences.at(-1) !== sentence || next?.type !== 'ParagraphNode') return undefined
      block = next
      first = sentences[block.sentences[0] as number]?.first ?? first
    }
    const last = this.contentEnd((sentences[block.sentences.at(-1) as number] as SentenceView).last)
    if (!tokens[first]?.word) return undefined
    for (let index = first; index < last; index++)
      if (this.taken[index] || this.reader.isQuoteMark(index)) return undefined
    const content = {first, last}
    return this.reader.wordCount(content) >= 3 ? content : undefined
  }

  /**
   * Content without a closing parenthesis at its end that opens before it,
   * and the stops and spaces before that parenthesis: “(A spokesman said
   * that the timing was unrelated.)”, “(officials said the road was
   * closed)”.
   */
  withoutClosingParenthesis(content: TokenRange): TokenRange {
    const tokens = this.document.tokens
    let depth = 0
    for (let index = content.first; index < content.last; index++) {
      const text = (tokens[index] as Token).text
      if (text === '(') depth++
      else if (text === ')' && depth-- === 0) {
        // The first closing parenthesis opened before the content ends it,
        // with what follows (“(who voted against it twice) says …”).
        const last = this.contentEnd(index)
        return last > content.first ? {first: content.first, last} : content
      }
    }
    return content
  }

  addIndirect(
    content: TokenRange,
    sentence: number,
    speaker: TokenRange | undefined,
    cue: FoundCue,
    addressee: TokenRange | undefined,
    subject?: FoundAttribution,
    lead?: TokenRange,
  ): number {
    // “But Pate hasn’t donated …, records show.”: a conjunction that opens
    // the sentence joins it to the one before; it is no part of the content.
    content = this.withoutRenaming(content)
    if (content.first < cue.range.first) content = this.withoutConjunction(content, sentence)
    // (Content with a quotation in it keeps what the writer added after a
    // comma, which may be the quotation's.)
    else if (!this.quotationIn(content))
      content = this.withoutCircumstance(
        this.withoutContrast(this.withoutApposition(this.withoutRelative(content))),
      )
    content = this.withoutClosingParenthesis(content)
    const attribution = this.attribution(sentence, speaker, cue, addressee, subject)
    // (A piece before the speaker, `lead`, opens the content: “what the
    // senators said was …”.)
    const pieces = lead ? [lead, content] : [content]
    this.quotes.push({kind: 'indirect', pieces, attribution})
    return Math.max(content.last, cue.range.last) - 1
  }

  /**
   * Content without the writer's words on it after a dash or a comma, a
   * noun of speech that a relative clause describes (“that parents should
   * “make their own choices” — a statement that drew sharp criticism”).
   */
  withoutRenaming(content: TokenRange): TokenRange {
    const reader = this.reader
    const tokens = this.document.tokens
    for (let index = content.last - 1; index > content.first + 2; index--) {
      const text = tokens[index]?.text ?? ''
      if (!isDash(text) && !reader.isComma(index)) continue
      let at = reader.skipSpace(index + 1, content.last)
      if (!articles.includes(tokens[at]?.lower ?? '')) continue
      // (Up to two words before the noun: “a rare public statement that”.)
      for (let words = 0; words < 3; words++) {
        at = reader.skipSpace(at + 1, content.last)
        const word = tokens[at]
        if (!word?.word) break
        const relative = reader.skipSpace(at + 1, content.last)
        const next = tokens[relative]?.lower ?? ''
        // (A relative clause, its verb right after: not “the 1999 admission
        // that he was …”, the content of a noun in a list.)
        const verb = tokens[reader.skipSpace(relative + 1, content.last)]
        if (
          speechNouns.has(word.lower) &&
          (next === 'that' || next === 'which') &&
          verb !== undefined &&
          (verb.text === ',' || (verb.word && (verbLike(verb) || auxiliaryWords.has(verb.lower))))
        )
          return {first: content.first, last: reader.skipSpaceBack(index - 1, content.first) + 1}
      }
    }
    return content
  }

  /**
   * An object without the time, place or medium that ends it (“praised her
   * presence on Twitter”, “sent a letter Thursday”, “rejected that argument
   * in a ruling released Thursday”, “criticized the plan during a forum”):
   * the circumstance of the cue, not what it reports (attribution corpora
   * leave it out). Only when the words before it have no verb, and are no
   * clause.
   */
  withoutCircumstance(content: TokenRange): TokenRange {
    const reader = this.reader
    const words = reader.words(content)
    // (Not a clause: “it expects sales to top 500,000 in 2005”, “a recovery
    // during 2005 is on the way”.
    // Nor an infinitive, whose verb the circumstance may be of: “told Jeb
    // Bush to quiet down during the debate”.)
    if (
      words.length < 3 ||
      subjectPronouns.has(words[0]?.lower ?? '') ||
      words[0]?.lower === 'to' ||
      this.auxiliaryIn(content.first, content.last)
    )
      return content

    // (An object of a few words: not “a law requiring police to tell …
    // when someone dies in custody”.)
    for (let index = 1; index < words.length && index <= 8; index++) {
      const word = words[index] as Token
      const rest = words.slice(index + 1)
      const next = rest[0]
      const cut =
        // “… Thursday”, “… Friday afternoon”.
        (weekdaySet.has(word.lower) &&
          word.capitalised &&
          rest.every((part) => partsOfDay.has(part.lower))) ||
        // “… in July”, “… on Monday”, “… in 2008”.
        (circumstancePrepositions.has(word.lower) &&
          rest.length > 0 &&
          reader.isTime(next?.index ?? -1, content.last)) ||
        // “… on Twitter”, “… on television”.
        (word.lower === 'on' && rest.length === 1 && media.has(next?.lower ?? '')) ||
        // “… in a statement on Thursday”, “… in a ruling released Thursday”.
        (word.lower === 'in' &&
          articles.includes(next?.lower ?? '') &&
          speechDocuments.has(rest[1]?.lower ?? '')) ||
        // “… during a forum sponsored by NBC News” (not “in custody or
        // during an arrest”).
        (word.lower === 'during' &&
          rest.length > 0 &&
          rest.length <= 8 &&
          !joiners.has(words[index - 1]?.lower ?? ''))
      // (Not after a passive of headlines, a participle without “-ed”
      // right after its bare noun: “Police say man shot during argument”.)
      if (cut && bareParticipleBefore(words, index)) return content
      if (cut) {
        // (With the preposition of a day, “on Thursday night”, or the word
        // that makes a day a time, “next Monday”; an adverb of time before
        // it, “late on Friday”, “only on Friday”; and the comma or dash
        // before it all, “a month earlier — on Nov. 18”.)
        let from = index
        const opening = words[index - 1]
        if (
          index > 1 &&
          opening &&
          (circumstancePrepositions.has(opening.lower) ||
            (weekdaySet.has(word.lower) && dayModifiers.has(opening.lower)))
        )
          from--
        while (from > 1 && timeAdverbs.has(words[from - 1]?.lower ?? '')) from--
        let at = reader.skipSpaceBack((words[from] as Token).index - 1, content.first)
        while (
          at > content.first &&
          (reader.isComma(at) || isDash(this.document.tokens[at]?.text ?? ''))
        )
          at = reader.skipSpaceBack(at - 1, content.first)
        const last = at + 1
        return this.noVerbIn(content.first, last) ? {first: content.first, last} : content
      }
    }

    return content
  }

  /**
   * Whether a quotation mark stands in content, after its first word and
   * what follows it.
   */
  quotationIn(content: TokenRange): boolean {
    for (let index = content.first + 2; index < content.last; index++)
      if (this.reader.isQuoteMark(index)) return true
    return false
  }

  /**
   * Content without a relative clause after a comma that ends it (“he would
   * quarantine people over fears of the Zika virus, which is spread
   * primarily by mosquitoes”): the writer's words about a noun, not the
   * source's (attribution corpora leave them out). Not one with another
   * comma in it.
   */
  withoutRelative(content: TokenRange): TokenRange {
    const reader = this.reader
    for (let index = content.first + 2; index < content.last; index++) {
      const token = this.document.tokens[index] as Token
      if (!token.word || !relativeSpeakers.has(token.lower)) continue
      const comma = reader.skipSpaceBack(index - 1, content.first)
      if (!reader.isComma(comma)) continue
      for (let at = index + 1; at < content.last; at++) if (reader.isComma(at)) return content
      return {first: content.first, last: reader.skipSpaceBack(comma - 1, content.first) + 1}
    }
    return content
  }

  /**
   * Content without an apposition after a comma that ends it (“gravitating
   * toward Sen. Bernie Sanders, a self-described Democratic socialist”):
   * an article and a noun phrase with no auxiliary or cue before a
   * relative pronoun, and no comma, which attribution corpora leave to the
   * writer.
   */
  withoutApposition(content: TokenRange): TokenRange {
    const reader = this.reader
    const tokens = this.document.tokens
    let comma = -1
    for (let index = content.first + 2; index < content.last; index++)
      if (reader.isComma(index)) comma = index
    if (comma === -1) return content
    const article = tokens[reader.skipSpace(comma + 1, content.last)]
    if (!article?.word || !articles.includes(article.lower)) return content
    let described = false
    for (let index = article.index + 1; index < content.last; index++) {
      const token = tokens[index] as Token
      if (!token.word) continue
      if (relativeSpeakers.has(token.lower) || token.lower === 'that') break
      // (The last items of a list: “differ on Israel, the nuclear deal and
      // the possibility of …”; not in a phrase that describes, “a State
      // Department official overseeing Lebanon and the region”.)
      if (prepositions.has(token.lower) || token.lower.endsWith('ing')) described = true
      if (
        !described &&
        (token.lower === 'and' || token.lower === 'or') &&
        articles.includes(tokens[reader.skipSpace(index + 1, content.last)]?.lower ?? '')
      )
        return content
      // (A clause, or an attribution that ends the sentence: “…, the
      // footage showed”.)
      if (
        auxiliaryWords.has(token.lower) ||
        /n[’']t$/.test(token.lower) ||
        reader.cueAt(index, content.last)
      )
        return content
    }
    return {first: content.first, last: reader.skipSpaceBack(comma - 1, content.first) + 1}
  }

  /**
   * Content without a clause of contrast that a comma and “but” join to it,
   * with a subject of its own (“that he might fail to turn out his
   * supporters, but the turnout in Iowa was higher …”): the writer's, which
   * attribution corpora leave out (not “and”, which joins what the source
   * says as often).
   */
  withoutContrast(content: TokenRange): TokenRange {
    const reader = this.reader
    const tokens = this.document.tokens
    for (let index = content.first + 2; index < content.last; index++) {
      const token = tokens[index] as Token
      if (!token.word || token.lower !== 'but') continue
      const comma = reader.skipSpaceBack(index - 1, content.first)
      if (!reader.isComma(comma)) continue
      let next = tokens[reader.skipSpace(index + 1, content.last)]
      // (After an adverbial between commas: “…, but for Republicans, it is
      // a smoking gun”.)
      const closing = next ? reader.segmentEnd(next.index, content.last) : content.last
      if (
        next?.word &&
        reader.isComma(closing) &&
        !subjectPronouns.has(next.lower) &&
        reader.isAdverbial(next.index, closing)
      )
        next = tokens[reader.skipSpace(closing + 1, content.last)]
      if (
        !next?.word ||
        !(subjectPronouns.has(next.lower) || articles.includes(next.lower) || next.capitalised)
      )
        continue
      return {first: content.first, last: reader.skipSpaceBack(comma - 1, content.first) + 1}
    }
    return content
  }

  /**
   * Content without the conjunction that opens its sentence, which joins it
   * to the one before (“But Pate hasn’t donated …, records show.”).
   */
  withoutConjunction(content: TokenRange, sentence: number): TokenRange {
    const opener = this.document.tokens[content.first]
    if (
      !opener?.word ||
      !sentenceConjunctions.has(opener.lower) ||
      content.first !== this.sentenceStart(sentence)
    )
      return content
    const first = this.reader.skipSpace(content.first + 1, content.last)
    return first < content.last && this.document.tokens[first]?.word
      ? {first, last: content.last}
      : content
  }

  /** Headlines: “McCaul: If elected, …”. */
  headline(): void {
    const block = this.document.blocks[0]
    if (block?.type !== 'HeadlineNode') return
    const view = this.document.sentences[block.sentences[0] ?? -1]
    if (!view) return
    if (this.quotedHeadline(view)) return
    const tokens = this.document.tokens
    let colon = -1

    for (let index = view.first; index < view.last && index - view.first < 12; index++) {
      if (tokens[index]?.text === ':') {
        colon = index
        break
      }
    }

    if (colon === -1) return
    const speaker = {first: view.first, last: colon}
    const words = this.reader.words(speaker)
    const name = words.map((word) => word.lower).join(' ')
    const first = this.reader.skipSpace(colon + 1, view.last)

    // “A lesson from Loretta Lynch: ‘Be the voice that people hear.’”: a
    // quotation after the colon is what the name before it said.
    const quoted = this.quotes.find(
      (quote) =>
        quote.pieces[0]?.first === first &&
        (quote.pieces[0]?.last ?? 0) >= this.contentEnd(view.last),
    )

    if (quoted && !quoted.attribution) {
      const name = this.nameIn(speaker)
      if (!name) return
      quoted.kind = 'direct'
      quoted.attribution = this.attribution(view.index, name, this.markCue(colon), undefined)
      return
    }

    // “Former AG Mukasey at RNC:”, “Clinton to Planned Parenthood:”: the
    // name in the words before the colon.
    const named = this.nameIn(speaker)
    if (
      words.length === 0 ||
      !named ||
      notHeadlineSpeakers.has(name) ||
      !this.speaksInBody(named, view.last) ||
      this.reader.wordCount({first: colon, last: view.last}) < 2 ||
      this.isTaken(speaker)
    ) {
      return
    }

    const content = {first, last: this.contentEnd(view.last)}
    if (content.last - content.first < 3 || this.isClaimed(content)) return
    const attribution = this.attribution(view.index, named, this.markCue(colon), undefined)
    this.quotes.push({kind: 'indirect', pieces: [content], attribution})
  }

  /**
   * A headline that opens with a quotation of three words or more, then a
   * colon or a dash and who said it: “‘We have to stop pretending’: climate
   * scientist on the decade ahead”, “‘I thought I was going to die’: Gran,
   * 81, saved by postman”, “‘We will win’ - Trump”. The speaker is the
   * longest run of up to four words after the mark that ends with a
   * capitalised word or a noun of sources, before a small word of title
   * case, a possessive or a mark (“‘Squid Game’: the show that …”, a
   * title, names none); after a dash, it ends the headline. Whether such a
   * quotation was attributed so.
   */
  quotedHeadline(view: SentenceView): boolean {
    const reader = this.reader
    const tokens = this.document.tokens
    const start = reader.skipSpace(view.first, view.last)
    const quote = this.quotes.find(
      (quote) => quote.pieces.length === 1 && quote.pieces[0]?.first === start,
    )
    const piece = quote?.pieces[0]
    if (!quote || !piece || quote.attribution || reader.wordCount(piece) < 3) return false
    const mark = reader.skipSpace(piece.last, view.last)
    const dash = isDash(tokens[mark]?.text ?? '')
    if (!dash && tokens[mark]?.text !== ':') return false
    const first = reader.skipSpace(mark + 1, view.last)
    let last = -1
    // In title case, where every word is capitalised, the run ends with the
    // word after a given name (“Singer Ava Morrow on …”), else with its last
    // noun of sources or people, or else with its second word (“Union Boss
    // Vows …” → “Union Boss”, “Donald Trump Vows …” → “Donald Trump”).
    let source = -1
    let second = -1
    let given = false
    let surname = -1
    let capitals = true
    let words = 0

    for (let index = first; index < view.last && words < 4; index++) {
      const token = tokens[index] as Token
      if (token.space) continue
      if (!token.word || isPossessive(token.text) || titleCaseSmallWords.has(token.lower)) break
      words++
      if (words === 2) second = index + 1
      if (given && surname === -1) surname = index + 1
      if (!given) given = isGivenName(token.lower)
      const noun =
        sourceNouns.has(token.lower) ||
        sourceNouns.has(singularNoun(token.lower)) ||
        personNouns.has(token.lower)
      if (noun) source = index + 1
      if (!isCapitalised(token.text)) capitals = false
      if (noun || isCapitalised(token.text)) last = index + 1
    }

    if (capitals && words > 2) last = surname !== -1 ? surname : source !== -1 ? source : second
    if (last === -1 || (dash && reader.skipSpace(last, view.last) < view.last)) return false
    quote.kind = 'direct'
    quote.attribution = this.attribution(view.index, {first, last}, this.markCue(mark), undefined)
    return true
  }

  /**
   * Whether the name in a headline’s “X: …” is a person or a source, not a
   * topic (“Storm Darragh: Thousands without power”, “Brexit: …”): a noun
   * of sources (“Historians: …”), a name that opens with a given name, or
   * one whose last word the article names a speaker by or gives as a
   * person's, after a given name or a title (“Lynch: …”, “… Loretta Lynch
   * is …”; “Okafor: …”, “… candidate Grace Okafor spoke …”).
   */
  speaksInBody(name: TokenRange, after: number): boolean {
    const words = this.reader.words(name)
    const head = words.at(-1)?.lower ?? ''
    if (sourceNouns.has(head) || sourceNouns.has(singularNoun(head))) return true
    if (isGivenName(words[0]?.lower ?? '')) return true
    const tokens = this.document.tokens
    for (let at = after; at < tokens.length; at++) {
      if (tokens[at]?.lower !== head) continue
      // Back over at most two capitalised words: a given name opens them, or
      // a title stands before them.
      let before = at
      for (let count = 0; count < 3; count++) {
        before = this.reader.skipSpaceBack(before - 1, after)
        const token = tokens[before]
        if (!token?.word) break
        if (roleNoun(token)) return true
        if (!isCapitalised(token.text)) break
        if (isGivenName(token.lower)) return true
      }
    }
    return this.attributions.some(
      (attribution) =>
        attribution.speaker !== undefined &&
        attribution.speaker.first >= after &&
        this.reader.words(attribution.speaker).some((word) => word.lower === head),
    )
  }

  /**
   * The speaker in a headline’s words before a colon: all of them when
   * they are a short name, else the first two capitalised words of the first
   * run of them (“Elizabeth Warren Hammers Wells Fargo CEO” → “Elizabeth Warren”).
   */
  nameIn(range: TokenRange): TokenRange | undefined {
    const words = this.reader.words(range)
    if (words.length > 0 && words.length <= 4 && words.every((word) => isCapitalised(word.text))) {
      return range
    }

    // The capitalised words the headline opens with (“Clinton to Planned
    // Parenthood”, “Former AG Mukasey at RNC”); in title case, where every
    // word is capitalised, the first two (“Elizabeth Warren Hammers …”).
    let end = 0
    while (
      end < words.length &&
      isCapitalised((words[end] as Token).text) &&
      !titleCaseSmallWords.has((words[end] as Token).lower)
    ) {
      end++
    }

    if (end === 0) return undefined
    // One capitalised word then more words is a name only before a
    // preposition (“Clinton to Planned Parenthood”), not in “Live updates”.
    if (
      end === 1 &&
      words.length > 1 &&
      !['to', 'at', 'on', 'in', 'before'].includes((words[1] as Token).lower)
    ) {
      return undefined
    }

    const last = words[Math.min(end, end > 4 ? 2 : end) - 1] as Token
    return {first: (words[0] as Token).index, last: last.index + 1}
  }

  /**
   * Transcripts: a paragraph that opens with a speaker’s name in capitals and
   * a colon (“PENCE: Well, look, …”, often after a straight quotation mark)
   * is what that speaker said; so is one that opens with a name of two or
   * three words (“Chris Matthews: …”), or of one when such a name opens
   * two paragraphs or more (“Matthews: …”, “Lopez: …”). Returns the blocks
   * read so; their marks are not paired.
   */
  transcript(): Set<number> {
    const {blocks, sentences, tokens} = this.document
    const found = new Set<number>()
    let labels: {
      block: BlockView
      first: SentenceView
      start: number
      colon: number
      named: boolean
      /** Whether it is an interview’s question or answer, which may be one word (“A: No.”). */
      asked?: boolean
      /** Where the name ends before its role (“FRANK MORRIS, BYLINE:”). */
      nameEnd?: number
    }[] = []
    /** Paragraphs that open with “Q:” or “A:”, read when both are found. */
    const interview: typeof labels = []
    /** The heading the paragraph read is under (after lines of names of one word only), or `-1`. */
    let section = -1
    let sections = 0
    /** Lines of names of one word under headings. */
    const notes: {section: number; text: string; block: BlockView}[] = []
    let questions = false
    /** For each answer, whether it quotes or reports someone. */
    const answered: boolean[] = []

    for (const block of blocks) {
      if (block.type !== 'ParagraphNode') {
        section = block.type === 'SubheadingNode' ? sections++ : -1
        continue
      }
      const under = section
      section = -1
      const first = sentences[block.sentences[0] ?? -1]
      if (!first) continue
      let index = this.reader.skipSpace(first.first, first.last)
      const mark = tokens[index]?.text === '"' || tokens[index]?.text === '“'
      if (mark) index++
      const start = index
      let words = 0
      // “Chris Matthews: Seriously, …”: a name in ordinary case, of two or three words.
      let mixedWords = 0

      const text = tokens[start]?.text ?? ''

      // “Q: …” and “A: …”: an interview’s questions and answers.
      // (“Q.” and “A.” too, one word with its full stop, read only when
      // both are found, as “Q:” and “A:” are.)
      const letter = text === 'Q.' || text === 'A.' ? text[0] : text
      const colon = letter === text ? start + 1 : start
      if ((letter === 'Q' || letter === 'A') && (colon === start || tokens[colon]?.text === ':')) {
        interview.push({block, first, start, colon, named: true, asked: true})
        if (letter === 'Q') questions = true
        // (Answers that quote or report someone are the writer’s: an
        // explainer’s questions and answers, “A: … “That cuts payments in
        // half,” the secretary said.”, are no interview when most are so.)
        const end = sentences[block.sentences[block.sentences.length - 1] ?? -1]?.last ?? colon
        if (letter === 'A') answered.push(this.reportsIn(colon + 1, end))
        continue
      }

      while (index < first.last && words < 4) {
        const token = tokens[index] as Token
        if (token.word && isUpperCase(token.text)) words++
        else if (token.word && isTitleCase(token.text)) mixedWords++
        // (The full stop of an honorific in capitals: “MS. LEAVITT:”.)
        else if (
          !(token.text === '.' && words > 0 && (tokens[index - 1]?.text.length ?? 0) <= 3) &&
          !token.space
        )
          break
        index++
      }

      // “FRANK MORRIS, BYLINE:”, “STEVE INSKEEP, HOST:”: a name in capitals,
      // then its role in capitals after a comma.
      let nameEnd: number | undefined
      if (words > 0 && mixedWords === 0 && this.reader.isComma(index)) {
        nameEnd = index
        index = this.reader.skipSpace(index + 1, first.last)
        for (
          let role = 0;
          role < 3 && tokens[index]?.word && isUpperCase(tokens[index]?.text ?? '');
          role++
        )
          index = this.reader.skipSpace(index + 1, first.last)
      }

      if (tokens[index]?.text !== ':') continue
      // (Not a cue before its speaker: “Stated Stone: “…””; nor words that
      // present one, “Here's Clinton: “…””, whose quotation is read as such.)
      if (
        this.reader.cueAt(start, index) !== undefined ||
        presentingWords.has(tokens[start]?.lower ?? '')
      )
        continue
      // “Matthews:”: a name of one word, read when one such recurs.
      const single = words === 0 && mixedWords === 1 && !notTranscriptLabels.has(text.toLowerCase())
      const named = words > 0 ? mixedWords === 0 : mixedWords >= 2 && mixedWords <= 3
      if (!named && !single) continue
      // (A line of a name of one word under a heading: see below.)
      if (!named && under !== -1) {
        section = under
        notes.push({section: under, text, block})
      }
      labels.push(
        nameEnd === undefined
          ? {block, first, start, colon: index, named}
          : {block, first, start, colon: index, named, nameEnd},
      )
    }

    // Lines under a heading that no name opens twice are notes, no
    // transcript's: an AP game story's “INJURIES” and “UP NEXT”, “Bills: S
    // Damar Hamlin left …”, “Chiefs: At the Raiders …”.
    const said = new Set<number>()
    const seen = new Set<string>()
    for (const {section, text} of notes)
      if (seen.has(`${section} ${text}`)) said.add(section)
      else seen.add(`${section} ${text}`)
    const dropped = new Set<BlockView>()
    for (const {section, block} of notes) if (!said.has(section)) dropped.add(block)
    if (dropped.size > 0) labels = labels.filter((label) => !dropped.has(label.block))

    // A transcript: a name of one word opens two paragraphs or more.
    const counts = new Map<string, number>()
    for (const {start, named} of labels)
      if (!named) {
        const text = tokens[start]?.text ?? ''
        counts.set(text, (counts.get(text) ?? 0) + 1)
      }
    const transcript = [...counts.values()].some((count) => count >= 2)
    const labelled = new Set(labels.map((label) => label.block))
    const reporting = answered.filter(Boolean).length
    // (A briefing's questions with no answers so marked, “Q: …” between
    // “MS. LEAVITT: …”, are questions of a transcript too.)
    const briefing = answered.length === 0 && labels.filter((label) => label.named).length >= 2
    if (questions && (briefing || (answered.length > 0 && reporting * 2 <= answered.length)))
      // (One by one: a transcript of a hundred thousand answers overflows
      // the stack as the arguments of one call.)
      for (const label of interview) labels.push(label)

    for (const {block, first, start, colon, named, asked, nameEnd} of labels) {
      if (!named && !transcript) continue
      let last = sentences[block.sentences[block.sentences.length - 1] ?? -1] as SentenceView
      // (“Q.”, one word with its full stop, is the speaker, with no cue.)
      const speaker =
        colon === start
          ? {first: start, last: start + 1}
          : {first: start, last: this.reader.skipSpaceBack((nameEnd ?? colon) - 1, start) + 1}
      let from = this.reader.skipSpace(colon + 1, last.last)
      // “STEVE INSKEEP, HOST:” alone: what the speaker said is the paragraph
      // after it (a name with its role: not a heading, “PREVIOUSLY:”).
      const next = blocks[block.index + 1]
      if (
        from === last.last &&
        nameEnd !== undefined &&
        next?.type === 'ParagraphNode' &&
        !labelled.has(next)
      ) {
        const opening = sentences[next.sentences[0] ?? -1]
        const closing = sentences[next.sentences[next.sentences.length - 1] ?? -1]
        if (opening && closing) {
          from = this.reader.skipSpace(opening.first, closing.last)
          last = closing
          found.add(next.index)
        }
      }
      let end = last.last
      while (
        end > from &&
        (tokens[end - 1]?.space || tokens[end - 1]?.text === '"' || tokens[end - 1]?.text === '”')
      )
        end--
      // (Not “Clinton: 2,316.”, a count, even of digit groups.)
      if (
        this.reader.wordCount({first: from, last: end}) < (asked ? 1 : named ? 2 : 3) ||
        this.reader.words({first: from, last: end}).every((word) => /^\d+$/.test(word.text)) ||
        this.nameList(from, end)
      )
        continue
      found.add(block.index)
      const cue = colon === start ? undefined : this.markCue(colon)
      const attribution = this.attribution(first.index, speaker, cue, undefined)
      const content = {first: from, last: end}
      this.take(content)
      this.quotes.push({kind: 'direct', pieces: [content], attribution})
    }

    return found
  }

  /** Whether a quotation mark, “said” or “says” stands between `from` and `end`. */
  reportsIn(from: number, end: number): boolean {
    for (let index = from; index < end; index++) {
      const lower = this.document.tokens[index]?.lower
      if (lower === 'said' || lower === 'says' || this.reader.isQuoteMark(index)) return true
    }
    return false
  }

  /**
   * Whether tokens are only capitalised words between commas (a line-up:
   * “Subs Not Used: Pellegrino, Carson.”), no speech.
   */
  nameList(from: number, end: number): boolean {
    let commas = 0
    for (let index = from; index < end; index++) {
      const token = this.document.tokens[index] as Token
      if (token.word) {
        if (!token.capitalised) return false
      } else if (this.reader.isComma(index)) commas++
      else if (!token.space && token.text !== '.' && token.text !== '-') return false
    }
    return commas > 0
  }

  /**
   * Partial quotes inside reported speech belong to its speaker; the
   * reported speech is then mixed.
   */
  nest(): void {
    // Indirect pieces by the sentences they cover: a partial quote is looked
    // for in its own sentence only, so the work stays linear, not partial ×
    // indirect quotes.
    const tokens = this.document.tokens
    const around = outerQuotes(this.quotes, tokens, (quote) => quote.kind === 'indirect')

    for (const quote of this.quotes) {
      if (quote.kind !== 'partial') continue
      const piece = quote.pieces[0] as TokenRange
      const outer = around(piece, true)
      if (!outer) continue

      // “Brooks said the tone “was because the candidates decided, …, that
      // if …. And I think …””: reported speech runs on to the end of a
      // quotation that opens in it, across sentences if it must.
      if (outer.range.last < piece.last) {
        // (Not one with an attribution of its own, nor one whose opening
        // mark ends the reported speech.)
        if (
          quote.attribution ||
          quote.pieces.length > 1 ||
          piece.first + 1 >= outer.range.last ||
          !this.reader.isQuoteMark(piece.last - 1)
        )
          continue
        const pieces = outer.quote.pieces
        pieces[pieces.indexOf(outer.range)] = {first: outer.range.first, last: piece.last}
      }

      outer.quote.kind = 'mixed'
      quote.attribution = outer.quote.attribution
    }
  }
}
