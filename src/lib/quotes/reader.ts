/**
 * Reading the tokens around a cue: speakers, cues and addressees.
 */

import type {CueClass} from '../../types.js'
import {places} from '../data/abbreviations.js'
import {
  addresseeVerbs,
  cueClass,
  cueWords,
  participleCues,
  phraseCues,
  quotationOnlyCues,
} from '../data/cues.js'
import {isGivenName} from '../data/genders.js'
import {
  appositionStarters,
  articles,
  auxiliaryWords,
  boundaryWords,
  honorifics,
  modals,
  nameTitles,
  notSpeakerStart,
  numberWords,
  objectPronouns,
  personNouns,
  placeAdjectives,
  possessiveDeterminers,
  progressiveAuxiliaries,
  quantifiers,
  reflexivePronouns,
  sourceNouns,
  stopWords,
  subjectContraction,
  subjectPronouns,
  weekdaySet,
  weekdays,
} from '../data/words.js'
import {elided, type TokenRange} from './marks.js'
import {
  type DocumentView,
  endsName,
  inName,
  isCapitalised,
  isComma,
  isLyAdverb,
  isPossessive,
  type SentenceView,
  Shapes,
  type Token,
} from './tokens.js'

/** A cue found in the text. */
export interface FoundCue {
  range: TokenRange
  cueClass: CueClass
}

/**
 * Whether every character of a text is one that ends a clause or a sentence
 * (`.`, `!`, `?`, `;`, `:`, `…`), or a comma too when `comma` is set. These
 * tests run on every token of some scans: they compare characters, not
 * regular expressions.
 */
export function isStops(text: string, comma: boolean): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (
      code !== 46 &&
      code !== 33 &&
      code !== 63 &&
      code !== 59 &&
      code !== 58 &&
      code !== 0x20_26 &&
      (!comma || code !== 44)
    ) {
      return false
    }
  }

  // An empty text is none.
  return text.length > 0
}

/** Whether a text is punctuation that ends a clause: `/^(?:[.!?;:…]+|[—–]|--)$/`. */
function isClauseEndText(text: string): boolean {
  return text === '—' || text === '–' || text === '--' || isStops(text, false)
}

/** Adverbs between a passive auxiliary and its participle (“was first reported”). */
export const passiveAdverbs: ReadonlySet<string> = new Set([
  'first',
  'later',
  'also',
  'since',
  'again',
  'once',
  'then',
])
/** Conjunctions that are prepositions too (“after the vote”). */
const prepositionLike = new Set(['after', 'before', 'since', 'until', 'once'])

/** Conjunctions before a participle between commas (“…, when asked about it, said”). */
const participleConjunctions = new Set(['when', 'while', 'if', 'unless', 'until'])

/** Nouns that end the name of a show or a paper (“Radio 4’s Today programme”). */
const mediaHeads: ReadonlySet<string> = new Set([
  'television',
  'radio',
  'station',
  'network',
  'paper',
  'programme',
  'program',
  'show',
  'podcast',
  'newspaper',
  'magazine',
  'channel',
  'website',
  'blog',
  'broadcast',
  'newscast',
])

/** Small words inside a title in title case (“Meet the Press”). */
const titleSmallWords: ReadonlySet<string> = new Set([
  'the',
  'of',
  'and',
  'a',
  'an',
  'in',
  'on',
  'for',
  'to',
  'with',
])

/** Passive participles that open a phrase between commas (“Trump, asked about …, said”). */
const passiveHeads = new Set([
  'asked',
  'pressed',
  'questioned',
  'confronted',
  'interviewed',
  'contacted',
  'reached',
  // “Mary Susan, clad in a red cape …, said”.
  'clad',
  'dressed',
  'flanked',
  'surrounded',
  'accompanied',
  'joined',
  'seated',
])

/** Dashes that set an apposition apart (not the hyphen). */
const apartDashes: ReadonlySet<string> = new Set(['—', '–', '--'])

/**
 * Whether the token at `index` is a dash that sets words apart: `—`, `–`,
 * `--`, or a hyphen between spaces (“Clinton - who has … - opposed”).
 */
export function isApartDash(tokens: readonly Token[], index: number): boolean {
  const text = tokens[index]?.text
  if (text === '-') return tokens[index - 1]?.space === true && tokens[index + 1]?.space === true
  return apartDashes.has(text ?? '')
}

/** Words that modify nouns of people, joined by “and”: “current and former officials”. */
const peopleModifiers: ReadonlySet<string> = new Set([
  'current',
  'former',
  'past',
  'present',
  'local',
  'state',
  'federal',
  'senior',
  'junior',
  'military',
  'civilian',
  'foreign',
  'domestic',
  'national',
  'international',
  'retired',
  'elected',
  'private',
  'public',
])

/** Members of a party, as an apposition names them: “Democrat of California”. */
const partyMembers: ReadonlySet<string> = new Set([
  'democrat',
  'republican',
  'independent',
  'libertarian',
  'conservative',
  'labour',
  'liberal',
])

/** Punctuation that closes the words of a quotation before its attribution. */
const closingPunctuation: ReadonlySet<string> = new Set([',', '!', '?'])

/**
 * Whether a word may be a verb in the present, third person: lower case, in
 * “-s” but not “-ss”, “-us” or “-is” (“makes”, “allows”; not “press”,
 * “census”, “crisis”), and no function word (“his”, “was”).
 */
export function presentForm(token: Token): boolean {
  const text = token.text
  return (
    token.word &&
    /^\p{Ll}+[^su]s$/u.test(text) &&
    !text.endsWith('is') &&
    !stopWords.has(text) &&
    !possessiveDeterminers.includes(text) &&
    !auxiliaryWords.has(text)
  )
}

/** Endings of common nouns, not names: “Spending”, “Inflation”, “Government”. */
const commonNounEnding = /(?:ing|ion|ment|ness|ity|ism)$/

/** Auxiliaries of the passive. */
const passiveAuxiliaries = new Set([...progressiveAuxiliaries, 'being'])

/** Words that end no speaker read between a quotation and its cue. */
const speakerEnders = new Set([
  'before',
  'after',
  'while',
  'when',
  'because',
  'since',
  'although',
  'though',
  'if',
  'and',
  'but',
])

/** Demonstratives that may open a speaker: “this source”, “those officials”. */
const demonstratives = new Set(['this', 'that', 'these', 'those'])

/** Determiners that start what is told after an addressee’s words (“told reporters her group …”). */
const contentDeterminers = new Set([
  'the',
  'a',
  'an',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
])

/** Single quotation marks, apostrophes before the digits of a year. */
const singleMarks = new Set(['‘', '’', "'"])
/** Quotation marks: what `/^(?:[“”„«»"‘’']|``|'')$/` matches. */
export const quoteMarks: ReadonlySet<string> = new Set([
  '“',
  '”',
  '„',
  '«',
  '»',
  '"',
  '‘',
  '’',
  "'",
  '``',
  "''",
])
/**
 * Words that make the word after them no verb of the speaker’s: forms of
 * “be” (passive), articles and possessives (an adjective or a noun),
 * prepositions (“to say”).
 */
const notBeforeCue = new Set([
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'being',
  'get',
  'got',
  'gets',
  'a',
  'an',
  'the',
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
  'these',
  'those',
  'no',
  'any',
  'some',
  'widely',
])
/** Words of a time besides its day or noun: “on Wednesday night”. */
const timeWords = new Set([
  'on',
  'at',
  'in',
  'late',
  'early',
  'night',
  'morning',
  'afternoon',
  'evening',
])
/** Nouns of findings that show or suggest: “initial estimates are showing”. */
const findings = new Set(['estimate', 'result', 'polling', 'number', 'count'])
/** Lower-case words inside the name of a body: “Campaign for Better Roads”. */
const affiliationJoiners = new Set(['for', 'and', 'of', 'on', '&'])
/** Heads of the names of bodies whose words a joiner may link: “Department for Work and Pensions”. */
const bodyHeads = new Set([
  'department',
  'centre',
  'center',
  'institute',
  'association',
  'society',
  'council',
  'committee',
  'ministry',
  'office',
  'bureau',
  'federation',
  'confederation',
  'commission',
  'foundation',
  'fund',
  'league',
  'coalition',
  'alliance',
  'agency',
  'organisation',
  'organization',
  'school',
  'university',
  'college',
  'campaign',
  'board',
  'authority',
])
/** Words before “reports” that make it a noun: “news reports”. */
const newsModifiers = new Set(['news', 'media', 'press', 'police', 'intelligence'])
/** Nouns after “talk” that make it a modifier: “talk show host”. */
const talkHeads = new Set(['show', 'shows', 'radio', 'host', 'hosts'])
/** Verbs whose subject receives a document: “got a message saying …”. */
const receivingVerbs = new Set([
  'get',
  'gets',
  'got',
  'getting',
  'received',
  'receives',
  'receiving',
  'saw',
  'sees',
  'seen',
  'read',
])
/** Participles of a document coming out: “a poll released Sunday”. */
const publishing = new Set(['released', 'issued', 'published', 'unveiled', 'posted'])
/** Documents of findings, which come out (beside those that “read”). */
const findingSources = new Set([
  'poll',
  'survey',
  'study',
  'report',
  'analysis',
  'audit',
  'review',
  'deposition',
  'record',
  'result',
  'figure',
  'video',
  'transcript',
])
/** Prepositions after a document that say whose it is: “a statement from the company”. */
const documentOwners = new Set(['from', 'by', 'of'])

/** Documents that “read” what they hold: “the statement read”. */
const documents = new Set([
  'statement',
  'tweet',
  'letter',
  'sign',
  'message',
  'post',
  'note',
  'headline',
  'banner',
  'email',
  'e-mail',
  'memo',
  'caption',
  'release',
  'placard',
  'article',
  'story',
  'editorial',
  'ad',
  'advertisement',
  'poster',
  'slogan',
  'inscription',
  'lawsuit',
  'complaint',
  'indictment',
  'filing',
  'affidavit',
  'petition',
  'report',
  'document',
  'website',
])
/**
 * Documents by which their sender speaks (“sent an email saying …”), unlike
 * a story or a report, which speaks for itself (“ran a story claiming …”).
 */
const messages = new Set([
  'statement',
  'tweet',
  'letter',
  'message',
  'post',
  'note',
  'email',
  'e-mail',
  'memo',
  'release',
])
/** Media in which words come out, beside messages: “a video posted on Facebook”. */
const postedMedia = new Set(['video', 'interview', 'op-ed', 'column', 'podcast', 'blog'])
/** Prepositions of a phrase that names a message before its sentence’s subject: “In a statement posted …,”. */
const messagePrepositions = new Set(['in', 'on', 'through'])
/** Prepositions that open a clause with an adverbial (“In Washington the senator said”). */
const frontPrepositions = new Set([
  'in',
  'on',
  'at',
  'for',
  'from',
  'with',
  'without',
  'by',
  'during',
  'under',
  'despite',
  'amid',
  'among',
])

/** Objects of a preposition in fixed adverbials: “by contrast”, “in fact”. */
const adverbialObjects = new Set(['contrast', 'addition', 'fact', 'particular', 'general', 'turn'])

/** Months, in full and abbreviated (without the period), lower case. */
export const monthNames: ReadonlySet<string> = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
])

/** Words that make a time of the noun after them: “last week”. */
const timeModifiers = new Set(['last', 'next', 'this', 'past', 'earlier', 'later'])
/** Words before a weekday in a time: “on Monday”, “late Friday”, “since Tuesday”. */
export const dayModifiers = new Set([
  ...timeModifiers,
  'on',
  'early',
  'late',
  'since',
  'by',
  'until',
  'before',
  'after',
  'from',
  'that',
])
const timeNouns = new Set([
  'day',
  'week',
  'month',
  'year',
  'weekend',
  'night',
  'morning',
  'hour',
  'minute',
  'moment',
  'decade',
  ...weekdays,
])
/** Words that end a time told from another: “the day before”, “two years ago”. */
const relativeTimes = new Set(['before', 'earlier', 'later', 'after', 'ago'])
/** Those of them that are no preposition: “two days later”, “a year ago”. */
const toldTimes = new Set(['earlier', 'later', 'ago'])
/** US state abbreviations, without their final period (“Fla”, “Tex”, “N.H”). */
const stateAbbreviations: ReadonlySet<string> = new Set([
  ...places,
  'Tex',
  'N.H',
  'N.J',
  'N.Y',
  'N.C',
  'S.C',
  'N.M',
  'N.D',
  'S.D',
  'R.I',
  'W.Va',
  'D.C',
])

/** A plural time noun in its singular: “days” → “day”. */
function singular(word: string): string {
  return word.endsWith('s') ? word.slice(0, -1) : word
}

/**
 * Whether a lower-case word is a noun of sources, or a singular or plural
 * noun of sources or people (“source”, “critics”, “officials”).
 */
export function peopleNoun(lower: string): boolean {
  const singular = singularNoun(lower)
  return sourceNouns.has(lower) || sourceNouns.has(singular) || personNouns.has(singular)
}

/** A plural noun in the singular, “-ies” as “-y” (“bodies” → “body”). */
export function singularNoun(word: string): string {
  return word.replace(/ies$/, 'y').replace(/s$/, '')
}

/** Prepositions and conjunctions of time that open a phrase before a sentence's subject. */
export const openingPrepositions: ReadonlySet<string> = new Set([
  'across',
  'after',
  'amid',
  'among',
  'around',
  'as',
  'at',
  // (“Back in the village, …”.)
  'back',
  'before',
  'by',
  'despite',
  'during',
  'following',
  'for',
  'from',
  'in',
  'inside',
  'near',
  'on',
  'outside',
  'since',
  'throughout',
  'under',
  'until',
  'when',
  'while',
  'with',
])

/** Prepositions of place that open a sentence: “In Cardiff, …”. */
const placePrepositions: ReadonlySet<string> = new Set([
  'in',
  'at',
  'from',
  'across',
  'outside',
  'inside',
  'near',
  'throughout',
])

/** Prepositions that end a phrase read forwards (“a statement on”, “the tone of”). */
export const prepositions: ReadonlySet<string> = new Set([
  'of',
  'to',
  'for',
  'with',
  'by',
  'in',
  'on',
  'at',
])

/**
 * Words that open content with no subject after a cue, in a relative clause
 * with no pronoun (“a project officials said would cost”).
 */
const subjectlessOpeners: ReadonlySet<string> = new Set([
  ...modals,
  'was',
  'were',
  'is',
  'are',
  'has',
  'had',
  'have',
])

/**
 * Verbs of saying and believing whose clause may have no pronoun and no
 * subject in its content (“a step they believe could help”).
 */
const zeroRelativeVerbs: ReadonlySet<string> = new Set(
  ['say', 'believe', 'think', 'hope', 'doubt', 'fear', 'expect', 'predict', 'claim', 'estimate']
    .flatMap((verb) => [verb, `${verb}s`, verb.endsWith('e') ? `${verb}d` : `${verb}ed`])
    .concat(['said', 'thought']),
)

/**
 * Words that open the subject of such a clause after its noun (“a probe the
 * agency said”, “the rules it says are unfair”).
 */
const subjectOpeners: ReadonlySet<string> = new Set([
  ...articles,
  ...possessiveDeterminers,
  ...quantifiers,
  ...subjectPronouns,
  'you',
])

/** A party and a state in short, after a lawmaker’s name: “D-Ore.”, “R-N.Y.”, “I-Vt.”. */
const partyCode = /^[DRI]-[A-Z][A-Za-z.]*$/

/** Participles of verbs that take an object before a preposition: “accused (him) of”. */
export const objectFirst: ReadonlySet<string> = new Set([
  'accused',
  'charged',
  'criticized',
  'criticised',
  'blasted',
  'slammed',
  'praised',
  'attacked',
  'condemned',
  'blamed',
  'faulted',
  'mocked',
  'ridiculed',
  'denounced',
  'hailed',
  'lambasted',
  'rebuked',
  'chided',
  'scolded',
  'thanked',
  'branded',
])
/** Prepositions after such a participle: “charged with”, “blamed for”. */
export const passivePrepositions: ReadonlySet<string> = new Set(['of', 'for', 'with', 'over', 'as'])
/** Prepositions of a time or an event after a passive participle: “charged after”. */
export const eventPrepositions: ReadonlySet<string> = new Set([
  'after',
  'following',
  'amid',
  'during',
])

/** Words that open a clause or a question: no noun a clause is about. */
const relativeOrQuestion: ReadonlySet<string> = new Set([
  'who',
  'whom',
  'which',
  'that',
  'what',
  'how',
  'why',
  'when',
  'where',
  'whether',
  'if',
])

/** Words that end no noun before such a subject. */
const antecedentEnders: ReadonlySet<string> = new Set([
  ...relativeOrQuestion,
  ...prepositions,
  ...articles,
  ...possessiveDeterminers,
  ...quantifiers,
  'and',
  'or',
  'but',
  'as',
  'than',
])
/**
 * Verbs of headlines that take an object, which a cue word after them is
 * (“Takes Questions”, “Faces Charges”, “Draws Criticism”).
 */
const headlineVerbs = new Set([
  'takes',
  'faces',
  'fields',
  'draws',
  'answers',
  'dodges',
  'ducks',
  'sparks',
  'spurs',
  'prompts',
  'raises',
  'invites',
  'ignores',
  'gets',
  'wins',
  'earns',
  'hears',
  'rejects',
  'denies',
])
/** Words in -ing that are neither participles nor names: pronouns and prepositions. */
const ingFunctionWords = [
  'nothing',
  'something',
  'anything',
  'everything',
  'during',
  'including',
  'according',
]
/** Words in -ing that are nouns, not participles, at the head of an apposition. */
const ingNouns = new Set([
  'morning',
  'evening',
  'building',
  'meeting',
  'hearing',
  'briefing',
  'spring',
  'string',
  ...ingFunctionWords,
])
/** Days in one word, which stand between a speaker and a cue: “Acme today announced”. */
const dayWords = new Set(['today', 'yesterday', 'tonight'])
/** Object pronouns: an addressee of one word. */
const objectPronounSet = new Set(objectPronouns)
/** Object pronouns that are no possessive nor subject too (not “her”, “you”, “it”). */
const verbObjects: ReadonlySet<string> = new Set(['him', 'them', 'me', 'us'])
/** Possessive determiners, as a set (“his attacks on”, “blame his supporters”). */
export const possessivePronouns: ReadonlySet<string> = new Set(possessiveDeterminers)
/** Particles after a verb (“laid off”, “signed up”): the noun after one is its object. */
const particleWords = new Set(['off', 'up', 'out', 'down', 'away', 'back'])

/** Adverbs that end a subject read forwards, as a verb does (“the company also …”). */
export const subjectEndingAdverbs: ReadonlySet<string> = new Set([
  'also',
  'then',
  'later',
  'again',
  'now',
  'still',
  'never',
  'once',
  'first',
])

/** Words that end a subject read forwards: verbs and auxiliaries, and `subjectEndingAdverbs`. */
const verbs = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'should',
  'must',
  'did',
  'does',
  'do',
  'began',
  'took',
  'made',
  'gave',
  'went',
  'came',
  'got',
  'held',
  'kept',
  'left',
  'met',
  'ran',
  'sat',
  'stood',
  'spoke',
  'won',
  'lost',
  'drew',
  // Past forms not in -ed, of verbs news reports with (“profits fell”,
  // “prices rose”).
  'rose',
  'fell',
  'grew',
  'sank',
  'shrank',
  'slid',
  'fought',
  'froze',
  'sold',
  'spent',
  'bought',
  'brought',
  'fled',
  'flew',
  'knew',
  'sought',
  'withdrew',
  'became',
  ...subjectEndingAdverbs,
])

/**
 * Whether a word in lower case is a subject pronoun, maybe in a contraction
 * (“he”, “he’s”, “they’d”).
 */
export function subjectWord(lower: string): boolean {
  return subjectPronouns.has(lower) || subjectContraction.test(lower)
}

/** Whether a word is a past participle or past form in lower case: “released”. */
function lowerPast(token: Token | undefined): boolean {
  return token?.word === true && token.text === token.lower && token.lower.endsWith('ed')
}

/** Whether a word reads as a verb: a known one, or a lower-case word ending in -ed. */
export function verbLike(token: Token): boolean {
  return (
    verbs.has(token.lower) ||
    (token.text === token.lower && /ed$/.test(token.lower) && token.lower.length > 4)
  )
}

/**
 * Whether a word is a plural of sources or of people by their trade
 * (“officials”, “researchers”, “analysts”).
 */
function pluralOfPeople(token: Token): boolean {
  return (
    token.lower.endsWith('s') &&
    (sourceNouns.has(singularNoun(token.lower)) || peoplePlural.test(token.text))
  )
}

/**
 * Whether a word opens content with no subject after a cue (a modal, a form
 * of “be” or “have”: “a project officials said would cost”, “countries he
 * said had sent”; not a verb in the past, which may be a participle before
 * a noun: “says suspended sprinter Dwain Chambers should”).
 */
export function opensSubjectless(token: Token): boolean {
  return token.word && subjectlessOpeners.has(token.lower)
}

/**
 * Whether a word may stand inside a noun phrase that opens a sentence: no
 * verb, nor a word that ends a subject (but “of” in a role: “the director
 * of Acme”, when `of` is set).
 */
function inPhrase(word: Token, of = false): boolean {
  return !(
    verbLike(word) ||
    boundaryWords.has(word.lower) ||
    (stopWords.has(word.lower) && !(of && word.lower === 'of'))
  )
}

/** Prepositions after a plural noun of people that open what they are of (“Lawyers for the plaintiffs”). */
const peoplePrepositions = new Set(['for', 'of', 'at', 'from', 'in', 'with'])

/** Words that open an indirect question after the one who asks: “asked by X whether …”. */
const askedWords = new Set(['whether', 'if', 'why', 'how'])

/** Words after “read” that make it a participle of a document read out: “a statement read outside court”. */
const readOut = new Set(['outside', 'by', 'on', 'out', 'aloud', 'at', 'to'])
/** Words of degree that make a word in -ing after them an adjective: “the most telling”. */
const gradingWords = new Set(['more', 'most', 'less', 'least', 'very'])
/** Adverbs of degree before an adverb in -ly: “More significantly”. */
const degreeAdverbs = new Set([
  'more',
  'most',
  'less',
  'least',
  'perhaps',
  'even',
  'very',
  'rather',
])

/** Words right before a show that make it a performance: “the show”, “her show”. */
const showDeterminers = new Set([
  'a',
  'an',
  'the',
  'this',
  'whose',
  'their',
  'his',
  'her',
  'its',
  'our',
  'my',
  'your',
  'every',
  'each',
])
/** Prepositions before the authors of a document: “a survey by …”. */
const agentPrepositions = new Set(['by', 'of', 'from'])
/** Those, and “for”, before agents that “and” joins: “polls conducted for The Associated Press and …”. */
const joinedAgentPrepositions = new Set([...agentPrepositions, 'for'])
/** Relative pronouns, which stand for the speaker in a relative clause. */
const relativePronouns = new Set(['who', 'which', 'whom'])
/** Words after a comma that start an inclusion in a speaker: “Several members, including two Republicans,”. */
const inclusionStarters = new Set(['including', 'such', 'especially', 'notably', 'among', 'like'])
/** A year: “2010”, “1999”. */
const year = /^(?:1[89]|20)\d\d$/
/** Parts of a day after its weekday: “on Wednesday morning”, “said Friday afternoon”. */
export const partsOfDay: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night'])
/** Words that name a day with its weekday: “Super Tuesday”, “Black Friday”. */
const dayNameWords = new Set(['super', 'black', 'good', 'ash', 'cyber', 'palm', 'easter', 'bloody'])
/** Words before a day between a speaker and a cue: “the board on Tuesday named”. */
const dayPrepositions = new Set(['on', 'last', 'this', 'late', 'early'])
/** Words that start a subject in lower case: articles, possessives, quantifiers. */
export const subjectStarters: ReadonlySet<string> = new Set([
  ...articles,
  ...possessiveDeterminers,
  'some',
  'many',
  'several',
  'most',
  'few',
  'both',
  'all',
  'other',
])
/** Words before “say” that make it the noun (“the final say”, “no say”, “more say”). */
const sayNounModifiers = new Set([
  'final',
  'last',
  'no',
  'any',
  'more',
  'greater',
  'bigger',
  'big',
  'real',
  'equal',
  'little',
  'much',
])

/** Words before “show” that make it the noun: kinds of show. */
const showKinds = new Set([
  'radio',
  'television',
  'talk',
  'chat',
  'quiz',
  'reality',
  'comedy',
  'news',
  'morning',
  'breakfast',
  'music',
  'trade',
  'fashion',
  'motor',
  'road',
  'talent',
  'cookery',
  'cooking',
  'sketch',
  'variety',
  'stage',
  'one-man',
  'one-woman',
  'late-night',
  'daytime',
  'awards',
  'tv',
])

/** An age, as it stands between commas after a name: “Donna Rawlings, 59,”. */
const agePattern = /^\d{1,3}$/
/** Articles and possessive determiners, which open a noun phrase (“A study”, “his book”). */
export const objectOpeners: ReadonlySet<string> = new Set([...articles, ...possessiveDeterminers])
/** Determiners after which a cue word is a noun: “the report”, “his claims”. */
const determinerWords = new Set([
  ...articles,
  'his',
  'its',
  'their',
  'our',
  'my',
  'your',
  'earlier',
  'latest',
  'recent',
  'new',
  // “An early tweet read”, “a joint statement”.
  'early',
  'original',
  'formal',
  'joint',
  'separate',
  'previous',
])
/** Past forms of verbs of saying that do not end in -ed. */
const pastSaying = new Set(['said', 'told', 'wrote', 'thought', 'knew', 'spoke', 'felt'])
/** Forms of “say”, “tell” and “write”. */
const sayTellWrite = ['said', 'says', 'say', 'told', 'tells', 'wrote', 'writes']
/** Verbs of saying before which a cue word is a noun: “A news report said”. */
const sayingVerbs = new Set([...sayTellWrite, 'found', 'finds', 'showed', 'shows', 'show'])
/** Forms of “be” after which a cue word is a noun: “the plans are”. */
export const copulas: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were'])
/** Cue verbs that stand before a copula as verbs: “what she said was”. */
const verbsBeforeCopula = new Set([
  ...sayTellWrite,
  'thought',
  'thinks',
  'knew',
  'knows',
  'meant',
  'means',
  'want',
  'wants',
])
/** Words before “demand” that make it the market’s: “strong demand for oil”. */
const marketDemand = new Set([
  'strong',
  'stronger',
  'weak',
  'weaker',
  'rising',
  'falling',
  'waning',
  'high',
  'higher',
  'low',
  'lower',
  'global',
  'consumer',
  'domestic',
  'robust',
  'sluggish',
  'growing',
  'slowing',
  'booming',
  'buoyant',
  'seasonal',
  'healthy',
  'surging',
  'soaring',
  'oil',
  'energy',
  'fuel',
  'tax',
  'export',
  'import',
])

/** Words before “attack” that make it no words: “terror attacks”, “heart attack”. */
const physicalAttacks = new Set([
  'terror',
  'terrorist',
  'suicide',
  'air',
  'missile',
  'rocket',
  'cyber',
  'bomb',
  'military',
  'armed',
  'shark',
  'dog',
  'knife',
  'gun',
  'chemical',
  'heart',
  'panic',
  'asthma',
])

/** Numbers in words, before a count (“two points”). */
const counts = new Set([...numberWords, 'several', 'few'])
/** A number in digits: “271”, “1,400”. */
const number = /^\d[\d,.]*$/

/** A share written with a hyphen: “two-thirds”, “three-quarters”. */
const fraction = /^(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|half)\p{L}*-/iu
/** A modifier with a hyphen before a lower-case ending (“PC-based”, “short-term”). */
const hyphenated = /.-\p{Ll}+$/u
/**
 * What “according to” names when it means “in accordance with”: a plan, a
 * rule or a measure (“according to plan”, “according to how much …”).
 */
const accordance = new Set([
  'how',
  'whether',
  'plan',
  'plans',
  'schedule',
  'rule',
  'rules',
  'arrangement',
  'arrangements',
  'wishes',
  'custom',
  'tradition',
  'script',
  'merit',
  'need',
  'needs',
  'seniority',
])
/**
 * Verbs in the past whose object a cue word may be: “took questions”, “drew
 * attacks” (the finder's `objectVerbs` tells nominal cues after verbs; these
 * are cue words that are verbs too, so “faced questions about”, which
 * attribution corpora mark, is not among them).
 */
const pastObjectVerbs = new Set(['took', 'made', 'gave', 'drew', 'held', 'won', 'lost', 'launched'])
/** Words after the one telephoned: a time or a purpose (“called Sanders to congratulate him”). */
const callFollowers = new Set(['to', 'after', 'before', 'last', 'late', 'early'])
/** Nouns of messages that are sent: “sent a letter”, “sent a fundraising email”. */
const messageNouns = new Set([
  'letter',
  'email',
  'e-mail',
  'message',
  'memo',
  'note',
  'tweet',
  'text',
  'statement',
  'notice',
  'warning',
  'signal',
  'jab',
  'mailer',
  'missive',
  'request',
  'questionnaire',
  'release',
  'invitation',
])
/** Words of a medium's name after its acronym: “BBC News”, “NBC Nightly News”. */
const mediaNames = new Set([
  'news',
  'world',
  'online',
  'sport',
  'sports',
  'breakfast',
  'nightly',
  'today',
  'one',
  'two',
  'four',
  'live',
])
/**
 * A short word in capitals, a medium's acronym: “BBC”, “CNN” (bounded,
 * unlike the abbreviations' `acronym`, so that a word of a headline in
 * capitals is none).
 */
const mediaAcronym = /^\p{Lu}{2,6}$/u
/** Forms of “write”. */
const writeForms = new Set(['write', 'writes', 'wrote', 'writing', 'written'])
/** Works that are written, not words reported: “wrote songs”, “writing lyrics”. */
const writtenWorks = new Set([
  'lyrics',
  'song',
  'songs',
  'music',
  'poetry',
  'poem',
  'poems',
  'novel',
  'novels',
  'fiction',
  'script',
  'scripts',
  'screenplay',
  'screenplays',
  'code',
  'software',
  'symphony',
  'symphonies',
  'opera',
  'operas',
])
/**
 * Determiners of plural nouns: “other plans”, “these claims”, “several
 * reports” (not “both” nor “further”, adverbs as often: “DuVernay both
 * documents …”, “Podliska further alleges …”).
 */
const pluralDeterminers = new Set([
  'other',
  'these',
  'those',
  'such',
  'several',
  'various',
  'similar',
  'many',
  'few',
])
/** States a passive “found” reports of a body or by a court: “found dead”, “found guilty”. */
const foundStates = new Set([
  'dead',
  'alive',
  'unconscious',
  'unresponsive',
  'injured',
  'hanged',
  'stabbed',
  'shot',
  'drowned',
  'guilty',
  'innocent',
  'liable',
])
/**
 * Cue words that are none before some words: a state found of a body or by
 * a court, in a passive with no object (“Woman found dead in flat”, “Man
 * found guilty of fraud”; “A jury found Zimmerman not guilty” has one), a
 * compound noun (“think tank”), a comparison (“compared to a year ago”).
 */
const noCueBefore: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['found', foundStates],
  ['think', new Set(['tank', 'tanks'])],
  ['compared', new Set(['to', 'with'])],
])
/** Words before “points” that make it a measure: “basis points”, “percentage points”. */
const pointMeasures = new Set(['basis', 'percentage', 'bonus', 'ranking', 'match'])
/** Cues in their base form that are nouns too: “a report”, “a claim”. */
const nounForms = new Set([
  'report',
  'claim',
  'note',
  'quip',
  'reply',
  'comment',
  'call',
  'estimate',
  'remark',
  'request',
  'demand',
  'pledge',
  'promise',
  'appeal',
  'boast',
  'vow',
  'warn',
  'forecast',
  'response',
])
/** Nouns of a quantity after “a”, before a plural: “a few analysts”, “a handful say”. */
const quantityNouns = new Set([
  'few',
  'lot',
  'couple',
  'number',
  'majority',
  'minority',
  'handful',
  'third',
  'quarter',
  'half',
  'dozen',
  'series',
  'host',
  'range',
  'variety',
  'group',
  'team',
  'panel',
  'coalition',
])

/** Whether a word may stand in a noun phrase before its noun: no function word, pronoun or verb. */
function nounLikeWord(word: Token): boolean {
  return (
    !stopWords.has(word.lower) &&
    !auxiliaryWords.has(word.lower) &&
    !subjectWord(word.lower) &&
    !verbLike(word) &&
    !word.lower.endsWith('ly')
  )
}

/** A measure joined by a hyphen, which describes a noun after it: “10-year”, “two-day” (not “10-year-old”). */
const measureAdjective = /^[a-z\d]+-(?:year|month|week|day|hour|minute|page|point)$/
/** Hazards and colours of a warning that is a notice: “weather warning”, “amber warning”. */
const hazards = new Set([
  'weather',
  'flood',
  'storm',
  'wind',
  'heat',
  'snow',
  'ice',
  'fog',
  'rain',
  'thunderstorm',
  'tornado',
  'hurricane',
  'tsunami',
  'fire',
  'travel',
  'health',
  'profit',
  'red',
  'amber',
  'yellow',
  'orange',
])
/** Results that are posted: “posted an overwhelming victory”, “posted record profits”. */
const results = new Set([
  'victory',
  'victories',
  'win',
  'wins',
  'gain',
  'gains',
  'loss',
  'losses',
  'profit',
  'profits',
  'deficit',
  'surplus',
  'record',
  'lead',
  'growth',
  'earnings',
  'revenue',
  'revenues',
])
/** Nouns after “defending” that make it an adjective: “defending champion”. */
const titleHolders = new Set(['champion', 'champions', 'title', 'titleholder', 'holders'])
/**
 * What is claimed by winning or taking it: “claimed the title”, “claimed
 * the lives of” (not “victory”, a claim as attribution corpora read it).
 */
const prizes = new Set(['title', 'titles', 'crown', 'medal', 'medals', 'trophy', 'lives'])
/** Cue words in their base form that are nouns as often (“demand”, “report”). */
const nounCues = new Set([
  'attack',
  'demand',
  'report',
  'claim',
  'call',
  'support',
  'promise',
  'request',
  'warning',
  'threat',
  'estimate',
  'forecast',
  'pledge',
  'proposal',
])
/**
 * Words after which such a cue word is a noun: prepositions, modals and
 * auxiliaries (“domestic demand will remain”, “the joint report from”).
 */
const afterNounCue = new Set([
  'from',
  'in',
  'into',
  'since',
  'at',
  ...modals,
  'has',
  'had',
  'have',
  'seems',
  'remains',
  'remained',
  'stayed',
  'growth',
])
/** Whether a cue word is a noun as often, or its plural (“demand”, “calls”). */
function isNounCue(lower: string): boolean {
  return nounCues.has(lower) || (lower.endsWith('s') && nounCues.has(lower.slice(0, -1)))
}

/** Whether a word is a role: a title or a noun of people (“chairman”, “spokesman”). */
export function roleNoun(word: Token): boolean {
  return nameTitles.has(word.lower) || personNouns.has(word.lower)
}

/** Adverbs before a conjunction that opens a clause: “Even before …”, “Shortly after …”. */
const conjunctionAdverbs = new Set(['even', 'just', 'shortly', 'long', 'right', 'soon', 'only'])

/** Conjunctions that open a sentence and join it to the one before. */
export const sentenceConjunctions: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so', 'or'])

/** Words that open a sentence before its subject, with no comma: “And then Trump …”. */
const leadingConjunctions = new Set([...sentenceConjunctions, 'then'])

/** Conjunctions that open a clause, whose subject may follow them. */
const clauseConjunctions = new Set([
  'and',
  'but',
  'while',
  'as',
  'because',
  'since',
  'although',
  'though',
  'when',
  'if',
  'yet',
  'whereas',
])

/** Auxiliaries that agree with a plural subject only. */
const pluralAuxiliaries = new Set(['have', 'are', 'were'])
/** Words before such a cue word that make it a verb: “they claim”, “to demand”. */
const beforeVerbCue = new Set([
  'i',
  'we',
  'you',
  'they',
  'to',
  'not',
  ...modals,
  'do',
  'did',
  'and',
])
/** Participles that name what comes after them (“a group called …”). */
export const namingParticiples = new Set([
  'called',
  'named',
  'dubbed',
  'nicknamed',
  'titled',
  'entitled',
])
/** Indefinite articles: a noun after one is new to the text. */
const indefiniteArticles = ['a', 'an']
/** Finite verbs with which a document reports (“the poll found”). */
const findingVerbs = new Set([
  'found',
  'finds',
  'shows',
  'showed',
  'show',
  'said',
  'says',
  'suggests',
  'suggested',
  'indicates',
  'indicated',
  'reveals',
  'revealed',
  'concluded',
  'concludes',
])
/** Determiners of a message (“a post”, “her video”). */
const messageDeterminers: readonly string[] = [...articles, ...possessiveDeterminers]
/** Verbs by which a message claims what it says (“A post … claims that”). */
const claimVerbs = new Set(['claims', 'claimed', 'alleges', 'alleged', 'states', 'stated'])
/** Plurals of nouns of people by their trade (“forecasters”, “economists”, “physicians”). */
const peoplePlural = /^[a-z]{3,}(?:ers|ists|ians)$/

/** Lower-case words that can start a speaker: determiners and pronouns. */
const leadingWords = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'it',
  ...quantifiers,
  'all',
  'others',
  'officials',
  'sources',
  'critics',
  'experts',
  'analysts',
  'aides',
  'people',
  'this',
  'that',
  'these',
  'those',
  'each',
  'police',
  'authorities',
  'residents',
])

/** Shapes of the words that may start a cue, built-in phrases included, but the user’s. */
const cueShapes = new Shapes([
  ...cueWords,
  'according',
  ...phraseCues.map((phrase) => phrase.split(' ')[0] ?? ''),
])

/** Finite verbs that make words a clause: the auxiliaries of the progressive, and more. */
const finite = new Set([
  ...progressiveAuxiliaries,
  'am',
  'has',
  'have',
  'had',
  'would',
  'will',
  'could',
  'can',
  'should',
  'might',
  'must',
])
/**
 * Past tenses without “-ed” that end a sentence’s subject (“Treasury
 * Secretary John Snow put a brave face on it, saying …”).
 */
const irregularPast = new Set([
  'put',
  'took',
  'gave',
  'made',
  'went',
  'came',
  'held',
  'kept',
  'brought',
  'sent',
  'spent',
  'won',
  'lost',
  'met',
  'paid',
  'sold',
  'bought',
  'chose',
  'stood',
  'rose',
  'ran',
  'began',
  'saw',
  'got',
  'struck',
  'led',
  'threw',
  'drew',
  'broke',
  'spoke',
  'grew',
  'became',
  'fell',
  'shook',
  'sat',
  'left',
  'told',
  'wrote',
  'thought',
  'felt',
  'found',
  'heard',
  'knew',
  'let',
  'set',
])

/** Small words inside a name of several capitalised words: “Secretary of State”, “Centers for Disease Control”. */
const namePrepositions: ReadonlySet<string> = new Set(['of', 'for', 'on'])

/** Words after a quoted title told to: “told “Morning Joe” that”, “… on Friday that”. */
const titleFollowers: ReadonlySet<string> = new Set(['that', 'on', 'last', 'this', 'earlier'])

/**
 * Words before “demand” that make it demand for goods: prepositions,
 * conjunctions, adjectives of amount and verbs that take it as object
 * (“about demand”, “slack demand”, “to meet demand”).
 */
const marketBefore: ReadonlySet<string> = new Set([
  'about',
  'of',
  'on',
  'in',
  'with',
  'amid',
  'and',
  'or',
  'weak',
  'weaker',
  'strong',
  'stronger',
  'slack',
  'sluggish',
  'soft',
  'softer',
  'global',
  'consumer',
  'domestic',
  'meet',
  'curb',
  'boost',
  'dampen',
  'spur',
  'stoke',
  'outstrip',
  'outstripped',
  'exceed',
  'exceeded',
])

/**
 * Words after “demand” that no verb “demand” takes (“demand for oil”,
 * “demand growth”, “demand driven by China’s boom”).
 */
const marketAfter: ReadonlySet<string> = new Set([
  'for',
  'from',
  'by',
  'and',
  'or',
  'growth',
  'worries',
  'concerns',
  'fears',
  'outlook',
  'side',
  'picture',
  'slump',
  'slowdown',
  'recovery',
  'driven',
  'fell',
  'rose',
  'has',
  'had',
])

/** Words that open a circumstance after a headline's speaker: “says mayor after floods”. */
const headlineCircumstances: ReadonlySet<string> = new Set([
  'after',
  'as',
  'amid',
  'over',
  'following',
  'before',
  'despite',
  'ahead',
  'in',
  'at',
  'on',
])

/** Particles after “hit” that make it a verb: “hit back”, “hit out at”. */
const hitParticles: ReadonlySet<string> = new Set(['back', 'out'])

/** A contracted auxiliary at the end of a word: “who’s”, “they’ve”. */
export const contraction = /[’'](?:s|ve|re|d|ll)$/
/** Relative pronouns that open a clause inside a noun phrase. */
const relativeOpeners = new Set(['who', 'which', 'that', 'whose', 'whom'])

/** Conjunctions that open a subordinate clause before a sentence’s subject. */
export const subordinateOpeners: ReadonlySet<string> = new Set([
  'when',
  'after',
  'before',
  'while',
  'although',
  'though',
  'if',
  'because',
  'since',
  'once',
  'until',
  'unless',
])

/** Participles that open a clause before their object: “Watching Trump talk”. */
const clauseParticiples = new Set([
  'watching',
  'hearing',
  'seeing',
  'joining',
  'visiting',
  'leaving',
  'facing',
  'meeting',
  'speaking',
  'thanking',
])

/** Words in -ing that are never names (“Having said that, …”). */
const notNames = new Set(['having', 'being', 'following', 'regarding', ...ingFunctionWords])

/** Prepositions after a role without its article: “publisher of”, “head … at”. */
const roleJoiners = new Set(['of', 'at', 'for'])

/** Fractions that open a speaker: “two-thirds of voters”, “half”. */
const fractions = /^(?:half|(?:one|two|three|four)-(?:thirds?|quarters?|fifths?|tenths?))$/

/** Comparatives before “than” and a number: “More than 60 percent”. */
const comparatives = new Set(['more', 'fewer', 'less'])

/** Words that open a role before the name in apposition to it: “A Twitter spokesman, Christopher Abboud,”. */
const roleOpeners = new Set([
  ...articles,
  ...possessiveDeterminers,
  'another',
  'one',
  'two',
  'three',
])

/**
 * Whether words are a role that a name may stand in apposition to: two to
 * eight words (a run of capitalised words counting as one) of a noun phrase
 * that a determiner or a possessive opens (“The director of the European
 * Centre”, “A Twitter spokesman”, “her senior policy adviser”, “France’s
 * far-right National Front party leader”, “Mr. Trump's campaign
 * chairman”), with a lower-case noun of people or sources among them.
 */
export function isRolePhrase(words: readonly Token[]): boolean {
  const opener = words[0]
  // (A name of capitalised words counts as one: “the new chair of the
  // Internet Engineering Task Force (IETF)”.)
  let length = words.length
  for (let index = 2; index < words.length; index++)
    if (words[index]?.capitalised && words[index - 1]?.capitalised) length--
  if (words.length < 2 || length > 8 || !opener) return false
  if (
    !(
      roleOpeners.has(opener.lower) ||
      (opener.capitalised && isPossessive(opener.text)) ||
      (nameTitles.has(opener.lower.replace(/\.$/, '')) &&
        words[1]?.capitalised === true &&
        isPossessive(words[1].text))
    )
  )
    return false
  let role = false
  for (const [index, word] of words.entries()) {
    if (index === 0) continue
    // (After the role, what it is of: “A spokesman for the company”.)
    if (
      !inPhrase(word, true) &&
      !(role && (peoplePrepositions.has(word.lower) || articles.includes(word.lower)))
    )
      return false
    if (
      !role &&
      // (Or a title in capitals right after the opener and capitals: “The
      // Home Secretary”, “The Prime Minister”; not an honorific, “Mr”.)
      (word.text === word.lower ||
        (nameTitles.has(word.lower) &&
          !honorifics.has(word.lower.replace(/\.$/, '')) &&
          words.slice(1, index).every((before) => before.capitalised))) &&
      !articles.includes(word.lower) &&
      (roleNoun(word) || peopleNoun(word.lower))
    )
      role = true
  }
  return role
}

/** Tokens a role before a name in apposition has at most (eight words and their spaces). */
const longestRole = 24

/**
 * Whether words are a list of names: capitalised words, with one “and”
 * before the last (“Carson, Fiorina and Huckabee”, read without its
 * commas).
 */
export function isNameList(words: readonly Token[]): boolean {
  const and = words.findIndex((word) => word.lower === 'and')
  return (
    and > 0 &&
    and < words.length - 1 &&
    words.every((word, index) => index === and || word.capitalised) &&
    words.filter((word) => word.lower === 'and').length === 1
  )
}

/** Words that open a clause, before a role that opens its subject: “that the chairman, X, said”. */
const clauseWords = new Set([
  'that',
  'which',
  'who',
  'whom',
  'when',
  'while',
  'because',
  'as',
  'if',
  'but',
  'and',
  'although',
  'though',
  'since',
  'where',
])

/** Lower-case words before a title: “former Maryland Gov.”, “then-Sen.”. */
const titleModifiers = new Set(['former', 'late', 'then', 'outgoing', 'incoming'])

/** Endings of a past participle: “carried”, “written”. */
const participleEnding = /(?:ed|en)$/

/** Past participles not in -ed or -en: “sent to”, “led by”. */
const irregularParticiples = new Set([
  'sent',
  'led',
  'made',
  'held',
  'brought',
  'bought',
  'told',
  'found',
  'built',
  'kept',
  'paid',
  'run',
  'set',
  'put',
  'sold',
  'won',
  'known',
  'shown',
])

/** Prepositions and particles after a participle that opens no speaker: “carried out by”. */
const participleParticles = new Set([
  'as',
  'by',
  'in',
  'out',
  'from',
  'at',
  'on',
  'with',
  'for',
  'to',
  'into',
  'up',
  'using',
  'over',
  'amid',
  'after',
  'following',
  'during',
])

/**
 * Whether words read as a speaker are a clause, not a noun phrase: a finite
 * verb or a negated one (“didn’t”) before any relative pronoun (“Donald
 * Trump is defending his”, “the meeting deteriorated from there” is not
 * caught: no finite verb), or a first word in “-ing” (“replacing it with
 * softer language”).
 *
 * @param tokens
 *   Tokens of the document.
 * @param range
 *   Words read as a speaker.
 * @returns
 *   Whether they are a clause.
 */
export function isClause(tokens: readonly Token[], range: TokenRange): boolean {
  let first = true
  for (let index = range.first; index < range.last; index++) {
    const token = tokens[index] as Token
    if (!token.word) continue
    // (“who’s been pushing …” too.)
    if (relativeOpeners.has(token.lower.replace(contraction, ''))) return false
    // A participle opens a clause (“Speaking at the rally”, “defending
    // his”, “Following Monday’s debate”); a capitalised word in -ing with
    // no word right after it is a name (“Schilling said”, “Fleming, the
    // mayor,”).
    if (first && token.lower.endsWith('ing') && token.lower.length > 5) {
      const next = tokens[index + 2]
      if (
        notNames.has(token.lower) ||
        ((token.text === token.lower ||
          (tokens[index + 1]?.space && next?.word && index + 2 < range.last)) &&
          !ingModifier(tokens, index, range.last))
      )
        return true
    }
    if (
      (finite.has(token.lower) && !named(tokens, index) && !infinitive(tokens, index)) ||
      /n[’']t$/.test(token.lower)
    )
      return true
    first = false
  }
  return false
}

/**
 * Whether the tokens from `from` to `limit` are lower-case words, no verb,
 * that end in a noun of sources (“rights advocates”, “experts”) or a
 * plural of people by their trade (“specialists”).
 */
function sourcePhrase(tokens: readonly Token[], from: number, limit: number): boolean {
  let head: Token | undefined
  for (let at = from; at < limit; at++) {
    const word = tokens[at] as Token
    if (word.space) continue
    if (!word.word || word.capitalised || verbLike(word)) return false
    head = word
  }
  return head !== undefined && (sourceNouns.has(singularNoun(head.lower)) || pluralOfPeople(head))
}

/**
 * Whether a word in -ing at `index` opens a name or a role rather than a
 * participle clause: a capitalised one before a capitalised word (“Housing
 * Minister Keith Hill”, “Playing Field Promotions”; not a day, “Speaking
 * Tuesday”, nor an honorific, “Commenting Mr Macklin”), or any before a noun
 * of people or bodies and a capitalised word (“Prosecuting attorney Carol
 * Lam”, “marketing company Doubleclick”), the words after it up to a
 * mark or `limit` ending in a capitalised one; not a participle of speech
 * or of meeting and seeing, which takes an object (“Watching Trump talk”,
 * “Citing Pentagon officials”).
 */
function ingModifier(tokens: readonly Token[], index: number, limit: number): boolean {
  const token = tokens[index] as Token
  const next = tokens[index + 2]
  // “Voting rights advocates”, “But banking experts say”: one before
  // lower-case words that end in a noun of sources (a capitalised one, or
  // one that no verb in -ing reads as: not “quoting officials”, “running
  // for president”).
  if (
    (token.capitalised ||
      !(
        participleCues.has(token.lower) ||
        clauseParticiples.has(token.lower) ||
        stopWords.has(next?.lower ?? '')
      )) &&
    next?.word &&
    !next.capitalised &&
    sourcePhrase(tokens, index + 1, limit)
  )
    return true
  if (
    tokens[index + 1]?.text !== ' ' ||
    !next?.word ||
    index + 2 >= limit ||
    participleCues.has(token.lower) ||
    clauseParticiples.has(token.lower)
  )
    return false
  // “Housing charities say”: a capitalised one before a plural in lower
  // case that ends the words, a noun before a finite verb (not “Holding
  // signs calling …”).
  if (
    token.capitalised &&
    index + 3 >= limit &&
    next.text === next.lower &&
    next.lower.endsWith('s') &&
    !next.lower.endsWith('ss') &&
    !tokens[limit + 1]?.lower.endsWith('ing')
  )
    return true

  if (next.capitalised) {
    if (
      !token.capitalised ||
      weekdaySet.has(next.lower) ||
      monthNames.has(next.lower) ||
      honorifics.has(next.lower) ||
      notNames.has(next.lower)
    )
      return false
  } else if (
    !sourceNouns.has(next.lower) ||
    tokens[index + 3]?.text !== ' ' ||
    tokens[index + 4]?.capitalised !== true ||
    index + 4 >= limit
  ) {
    return false
  }

  // One run of lower-case role words may stand between capitalised ones,
  // before a capitalised word (“Evening Standard film critic Derek
  // Malcolm”); none after the name (“Oscar-winning director Ron Howard
  // chose Tautou”), and no small words (“Joining Rubio in the group”).
  let lower = false
  let afterName = false
  for (let at = index + 2; at < limit; at++) {
    const word = tokens[at] as Token
    if (word.space || word.text === '.') continue
    if (!word.word) break
    if (word.capitalised) {
      afterName = lower || afterName
      lower = false
    } else if (word.lower !== 'of') {
      if (afterName || stopWords.has(word.lower)) return false
      lower = true
    }
  }

  return !lower
}

/**
 * Whether “be” at `index` is an infinitive after a noun (“the most recent
 * MP to be elected”, “a report to be released”), not after a verb (“may
 * seem to be”); “to have” stays a verb (“its attempt to have the Act
 * ruled invalid”).
 */
function infinitive(tokens: readonly Token[], index: number): boolean {
  const noun = tokens[index - 4]
  return (
    tokens[index]?.lower === 'be' &&
    tokens[index - 2]?.lower === 'to' &&
    noun?.word === true &&
    !verbLike(noun) &&
    !seemingVerbs.has(noun.lower)
  )
}

/** Verbs of seeming: “seemed to waver”, “it appears that …”. */
export const seemVerbs: ReadonlySet<string> = new Set([
  'seem',
  'seems',
  'seemed',
  'appear',
  'appears',
  'appeared',
])

/** Verbs before “to” that make it no noun’s: “seemed to be”, “has to be”. */
const seemingVerbs = new Set([...seemVerbs, 'have', 'has'])

/**
 * Whether a finite verb is a name: capitalised inside its sentence (“In
 * Iowa, Will said”, “Theresa May wrote”).
 */
function named(tokens: readonly Token[], index: number): boolean {
  return (tokens[index] as Token).capitalised && !opensSentence(tokens, index)
}

/** Whether a word is the first of its sentence (“(All rates …”, ““Will …”). */
export function opensSentence(tokens: readonly Token[], index: number): boolean {
  const sentence = (tokens[index] as Token).sentence
  for (let at = index - 1; at >= 0; at--) {
    const token = tokens[at] as Token
    if (token.sentence !== sentence) return true
    if (token.word) return false
  }
  return true
}

/**
 * Cue phrases by first word: the words of each, longest first.
 */
function phrasesOf(cues: Iterable<string>): Map<string, string[][]> {
  const phrases = new Map<string, string[][]>()

  for (const cue of cues) {
    const words = cue.split(/\s+/).filter(Boolean)
    const head = words[0]
    if (words.length < 2 || head === undefined) continue
    const list = phrases.get(head)
    if (list) list.push(words)
    else phrases.set(head, [words])
  }

  // The longest phrase first.
  for (const list of phrases.values()) list.sort((a, b) => b.length - a.length)
  return phrases
}

/** The built-in cue phrases, by first word. */
const builtInPhrases = phrasesOf(phraseCues)

/**
 * Whether a word opens an apposition after a name: a word of the list
 * (“a”, “the”, “who”, “spokesman”), an age (“44”), a possessive (“HP’s
 * former chief”) or a capitalised title (“President of CNN Worldwide”).
 */
function opensApposition(word: Token): boolean {
  return (
    appositionStarters.has(word.lower) ||
    word.capitalised ||
    isDigits(word.text) ||
    isPossessive(word.text) ||
    // A role without its article: “said Niels Brinkman, co-founder of …”.
    roleNoun(word) ||
    word.lower.startsWith('co-')
  )
}

/** What is referred elsewhere, after “referred” (see `Reader.cueAt`): “referring questions to …”. */
export const referredWords: ReadonlySet<string> = new Set([
  'questions',
  'inquiries',
  'queries',
  'requests',
  'calls',
  'reporters',
])

/** Those called for help, after “called” (see `Reader.cueAt`): “called police”. */
const emergencyCalls: ReadonlySet<string> = new Set([
  'police',
  'authorities',
  'firefighters',
  'paramedics',
  'ambulance',
  '911',
  '999',
])

/** Adverbs that stand between commas after a subject: “Trump, however, said”. */
const sentenceAdverbs = new Set([
  'however',
  'meanwhile',
  'though',
  'too',
  'also',
  'instead',
  'nonetheless',
  'nevertheless',
  'moreover',
  'furthermore',
  'likewise',
  'still',
  'then',
  'now',
  'again',
  'meantime',
  'later',
  'earlier',
  'once',
  'alone',
  'herself',
  'himself',
  'themselves',
  'itself',
])

/**
 * Adverbs in “-ly” that open a sentence before its comma (“Separately,”,
 * “Earlier,”), told from names in “-ly” (“Kelly”, “Daly”) by this list.
 */
const openingAdverbs = new Set([
  'separately',
  'similarly',
  'additionally',
  'finally',
  'previously',
  'initially',
  'subsequently',
  'ultimately',
  'importantly',
  'notably',
  'specifically',
  'currently',
  'recently',
  'originally',
  'privately',
  'publicly',
  'personally',
  'typically',
  'traditionally',
  'historically',
  'officially',
  'unfortunately',
  'fortunately',
  'ironically',
  'interestingly',
  'surprisingly',
  'clearly',
  'obviously',
  'apparently',
  'reportedly',
  'consequently',
  'accordingly',
  'alternatively',
  'conversely',
  'generally',
  'overall',
  'yesterday',
  'today',
])

/** Whether a word in lower case is an adverb that may open a sentence: “However,”, “Separately,”. */
function openingAdverb(lower: string): boolean {
  return sentenceAdverbs.has(lower) || openingAdverbs.has(lower)
}

/** Prepositions that open an adverbial between commas: “by contrast”, “in an interview”. */
const adverbialPrepositions = new Set([
  'back',
  'once',
  'in',
  'on',
  'at',
  'by',
  'for',
  'during',
  'after',
  'before',
  'under',
  'like',
  'unlike',
  'as',
])

/** Most tokens an apposition or a speaker’s relative clause is read over. */
const longestApposition = 120

/** Endings of adverbs that may open a sentence capitalised (“Especially”, “Reportedly”). */
const adverbEndings = /(?:ally|edly|ntly|tely|ously|fully|ily|ively)$/

/** Whether a text is made of ASCII digits. */
function isDigits(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 48 || code > 57) return false
  }
  return text.length > 0
}

/**
 * Reads tokens of one document.
 */
export class Reader {
  readonly tokens: Token[]
  readonly document: DocumentView
  readonly cues: ReadonlySet<string>

  /** Cue phrases, built in and given by the user, by first word: the words of each, longest first. */
  readonly phrases: ReadonlyMap<string, string[][]>

  /** Tokens already taken by a quote or an attribution (1), or free (0). */
  readonly taken: Uint8Array

  /**
   * What each word is as a cue, once looked up: `0` not yet, `1` no cue,
   * `2` a speech cue, `3` a belief cue, `4` a word that only starts one
   * (“according”, the first word of a phrase of the user’s).
   */
  readonly cueWords: Uint8Array

  /** Shapes of the words that may start a cue, the user’s included. */
  readonly cueShapes: Shapes

  constructor(document: DocumentView, cues: ReadonlySet<string>, taken: Uint8Array) {
    this.document = document
    this.tokens = document.tokens
    this.cues = cues
    this.taken = taken
    this.cueWords = new Uint8Array(document.tokens.length)
    // The built-in phrases are read once; the user’s cues join them anew.
    this.phrases = cues.size === 0 ? builtInPhrases : phrasesOf([...phraseCues, ...cues])
    this.cueShapes =
      cues.size === 0
        ? cueShapes
        : new Shapes([...cueWords, 'according', ...cues, ...this.phrases.keys()])
  }

  /**
   * The end of a cue phrase of the user’s that starts at a word (“went on to
   * say”): its words one after another in one sentence, white space between.
   */
  phraseAt(index: number, limit: number): number | undefined {
    const token = this.tokens[index] as Token
    const list = this.phrases.get(token.lower)
    if (!list) return undefined

    for (const words of list) {
      let at = index
      let matched = true

      for (const word of words.slice(1)) {
        at = this.skipSpace(at + 1, limit)
        const next = this.tokens[at]
        if (!next || next.sentence !== token.sentence || next.lower !== word) {
          matched = false
          break
        }
      }

      if (matched) return at + 1
    }

    return undefined
  }

  /** Range of a sentence’s tokens. */
  sentenceRange(sentence: number): TokenRange {
    const view = this.document.sentences[sentence]
    /* c8 ignore next -- sentences are always found. */
    if (!view) return {first: 0, last: 0}
    return {first: view.first, last: view.last}
  }

  /** Index of the next token that is not white space, at or after `index`, before `limit`. */
  skipSpace(index: number, limit: number): number {
    while (index < limit && this.tokens[index]?.space) index++
    return index
  }

  /** Index of the previous token that is not white space, at or before `index`, at or after `limit`. */
  skipSpaceBack(index: number, limit: number): number {
    while (index >= limit && this.tokens[index]?.space) index--
    return index
  }

  /**
   * The comma that opens a relative clause (“, who said …”, “, an aide who
   * said …”) in which `index` stands, with no clause end, quotation mark or
   * comma between them but those around a place or a time; `-1` when there
   * is none.
   */
  relativeOpening(index: number, limit: number): number {
    // The end of the words after the last comma passed: a place or a time
    // between commas goes on with the clause (“in Aurora, Colorado, in July
    // 2012,”).
    let end = index
    while (
      end < this.tokens.length &&
      end - index < 40 &&
      !this.isComma(end) &&
      !this.isClauseEnd(end)
    )
      end++

    for (let at = index - 1; at >= limit && index - at < 80; at--) {
      const token = this.tokens[at] as Token
      if (this.isComma(at)) {
        const from = this.skipSpace(at + 1, end)
        if (!(this.isState(from, end) || this.isTime(from, end))) return -1
        end = at
        continue
      }
      if (this.isClauseEnd(at) || this.isQuoteMark(at)) return -1
      if (!token.word || !relativePronouns.has(token.lower)) continue
      // The clause may follow a description between the comma and it (“,
      // a council member who said …”).
      let comma = this.skipSpaceBack(at - 1, limit)
      // “in which”: the clause tells of its noun, not of a speaker.
      if (comma >= limit && prepositions.has((this.tokens[comma] as Token).lower)) return -1
      for (let words = 0; comma >= limit && words < 8 && this.tokens[comma]?.word; words++)
        comma = this.skipSpaceBack(comma - 1, limit)
      return comma >= limit && this.isComma(comma) ? comma : -1
    }

    return -1
  }

  /**
   * The comma that opens a participle phrase ending at `index` (“,
   * appearing after Clinton at the forum”), after words that are no clause
   * (“Sales have tripled since launch, outstripping …, said analysts”: the
   * speaker follows the cue); `-1` when the words back to the comma before
   * do not open with a participle.
   */
  participleOpening(index: number, limit: number): number {
    // The end of the words after the last comma passed: a place or a time
    // between commas goes on with the phrase (“speaking at a rally in
    // Charleston, West Virginia,”).
    let end = index + 1

    for (let at = index; at >= limit && index - at < 60; at--) {
      if (this.isClauseEnd(at) || this.isQuoteMark(at)) return -1
      if (!this.isComma(at)) continue
      let from = this.skipSpace(at + 1, end)
      // “Powell’s office, when contacted by Reuters, said”: a conjunction of
      // time before the participle.
      if (participleConjunctions.has(this.tokens[from]?.lower ?? ''))
        from = this.skipSpace(from + 1, end)
      // (Or an adverb: “Hillary Clinton, also campaigning in Wisconsin,”.)
      if (passiveAdverbs.has(this.tokens[from]?.lower ?? '')) from = this.skipSpace(from + 1, end)
      const head = this.tokens[from]
      const before = this.tokens[this.skipSpaceBack(at - 1, limit)]
      if (
        head?.word &&
        head.lower === head.text &&
        (this.isParticiple(head.index) || passiveHeads.has(head.lower)) &&
        before?.word &&
        this.isSubject(at, limit)
      )
        return at
      // A place or a date (“West Virginia”, “Oct. 3”) opens with a capital: read on.
      if (!head?.word || head.lower === head.text) return -1
      if (!(this.isState(from, end) || this.isTime(from, end))) return -1
      end = at
    }

    return -1
  }

  /**
   * Whether the words before `comma`, back to the comma or clause end before
   * them, may be the subject of a cue after it: a few words and no clause
   * (not “Sales have tripled since launch” nor “mobile phone users grew by
   * 1.4 million to 44.9 million”, which the cue reports).
   */
  isSubject(comma: number, limit: number): boolean {
    let first = comma
    let words = 0

    let named = true

    for (let at = comma - 1; at >= limit; at--) {
      if (this.isComma(at) || this.isClauseEnd(at) || this.isQuoteMark(at)) break
      const token = this.tokens[at] as Token
      // “… after Mr. Trump, asked about …, had said”: a subordinate clause
      // starts at its conjunction, before a name when it may be a
      // preposition (“since the spring, outpacing …” is no subject).
      if (
        token.word &&
        words > 0 &&
        subordinateOpeners.has(token.lower) &&
        (named || !prepositionLike.has(token.lower))
      )
        break
      if (token.word && !token.capitalised) named = false
      if (token.word && ++words > 6) return false
      first = at
    }

    return words > 0 && !isClause(this.tokens, {first, last: comma})
  }

  /**
   * The class of a verb in -ing after a progressive auxiliary whose other
   * forms are cues though the -ing form is not listed (as a noun it is more
   * often: “a strong showing”): “the poll is showing that …”.
   */
  progressiveCue(index: number): CueClass | undefined {
    const lower = (this.tokens[index] as Token).lower
    if (!lower.endsWith('ing') || lower.length < 6) return undefined
    const auxiliary = this.tokens[this.skipSpaceBack(index - 1, 0)]
    if (!auxiliary?.word || !progressiveAuxiliaries.has(auxiliary.lower)) return undefined
    const stem = lower.slice(0, -3)
    const doubled = stem.length > 2 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : stem
    for (const base of [stem, `${stem}e`, doubled]) {
      // The present (“shows”), not a past that is a stem too (“found”).
      const found = cueClass(`${base}s`, this.cues)
      // Its subject must be able to speak: not “The problem is finding …”
      // nor “The scandal is casting a shadow”.
      if (found) return this.speaks(auxiliary.index) ? found : undefined
    }

    return undefined
  }

  /**
   * Whether the subject before a verb at `index` can speak: a name, a
   * pronoun, or a noun of people, bodies, documents or findings in it.
   */
  speaks(index: number): boolean {
    const view = this.document.sentences[(this.tokens[index] as Token).sentence] as SentenceView
    const subject = this.speakerBefore(index, view.first)
    const words = subject ? this.words(subject) : []
    const head = words[words.length - 1]
    if (!head) return false
    if (isCapitalised(head.text) || subjectPronouns.has(head.lower)) return true
    // “Early results of an entrance poll of … caucus-goers”: any noun.
    return words.some((word) => {
      const lower = singular(word.lower)
      return sourceNouns.has(word.lower) || sourceNouns.has(lower) || findings.has(lower)
    })
  }

  /**
   * Whether the words that end at `last` are a document and whose it is,
   * within twelve words and no verb (“A statement from the company”, “a
   * letter by her lawyers”).
   */
  documentFrom(last: number): boolean {
    let at = last
    for (let words = 0; words < 12 && at > 0; words++) {
      const token = this.tokens[at] as Token
      if (!token.word) {
        if (!this.isComma(at)) return false
      } else if (token.lower === 'that' || relativePronouns.has(token.lower)) {
        // (Not a relative clause: “a message from her adviser that read”.)
        return false
      } else if (documentOwners.has(token.lower)) {
        const document = this.tokens[this.skipSpaceBack(at - 1, 0)]
        return document?.word === true && documents.has(document.lower)
      } else if (verbLike(token) || this.isParticiple(at)) return false
      at = this.skipSpaceBack(at - 1, 0)
    }
    return false
  }

  /**
   * “read” or “states” after a document (“The statement read: …”, “a BBC
   * statement read”, “…,” the lawsuit states.), which says what it holds,
   * “read” after a quotation (“…,” the sign read.) and “states” before
   * “that”; no cue after anything else (“I read the report”, “the United
   * States”).
   */
  documentRead(index: number): CueClass | undefined {
    const lower = (this.tokens[index] as Token).lower
    if (lower !== 'read' && lower !== 'reads' && lower !== 'states') return undefined
    const before = this.tokens[this.skipSpaceBack(index - 1, 0)]
    // (Not the participle of a document read out: “In a statement read
    // outside court, …”, “a letter read by her lawyer”.)
    // (Or whose it is between them: “A statement from the Department for
    // Environment, Food and Rural Affairs read: …”.)
    if (
      before?.word &&
      (documents.has(before.lower) || (lower !== 'states' && this.documentFrom(before.index)))
    )
      return lower === 'read' &&
        readOut.has(this.tokens[this.skipSpace(index + 1, this.tokens.length)]?.lower ?? '')
        ? undefined
        : 'speech'
    // “It states that courts should not …”, “Article 33 states that …”: a
    // verb before “that”, after a pronoun or a number (not “many states
    // that voted”, “Rust Belt states that”; the noun of a name is
    // capitalised: “the United States that day”).
    if (lower === 'states')
      return this.tokens[index]?.text === 'states' &&
        this.tokens[this.skipSpace(index + 1, this.tokens.length)]?.lower === 'that' &&
        before?.word === true &&
        (subjectPronouns.has(before.lower) || /^\d+$/.test(before.text))
        ? 'speech'
        : undefined
    // “…,” it read., “…,” one sign reads., “…!” read another.: right after
    // a quotation, or after up to three words that follow it, what a thing
    // says.
    let at = this.skipSpaceBack(index - 1, 0)
    for (let words = 0; words < 3 && this.tokens[at]?.word; words++) {
      at = this.skipSpaceBack(at - 1, 0)
    }
    return this.isQuoteMark(at) && closingPunctuation.has(this.tokens[at - 1]?.text ?? '')
      ? 'speech'
      : undefined
  }

  /**
   * Whether a word opens a noun phrase: a name, a subject pronoun, an
   * article or determiner, or a noun of people or sources (“critics”).
   */
  opensNounPhrase(index: number): boolean {
    const token = this.tokens[index]
    if (!token?.word) return false
    const lower = token.lower
    return (
      token.capitalised ||
      subjectPronouns.has(lower) ||
      determinerWords.has(lower) ||
      peopleNoun(lower)
    )
  }

  /**
   * Whether a word opens the subject of its sentence: it is the sentence’s
   * first token, or follows only its first word when that is capitalised
   * (“Past shows”, “Press reports”), or follows a possessive (“Mr.
   * Manafort’s views”).
   */
  opensSubject(index: number): boolean {
    const token = this.tokens[index] as Token
    const space = this.tokens[index - 1]
    if (space?.sentence !== token.sentence) return true
    const word = this.tokens[index - 2]
    if (!(space.space && word?.word)) return false
    if (isPossessive(word.text)) return true
    return word.capitalised && this.tokens[index - 3]?.sentence !== token.sentence
  }

  /**
   * Whether a word may be a cue, told from the word alone: it may be a cue
   * word, “according” or the first word of a phrase (its shape is one of
   * theirs), a verb in “-ing” (see `progressiveCue`) or “read” (see
   * `documentRead`). A word for which this is `false` is never a cue, so
   * scans for cues pass it without looking around it.
   */
  mayCue(token: Token): boolean {
    const lower = token.lower
    return (
      this.cueShapes.may(token) ||
      (lower.length >= 6 && lower.endsWith('ing')) ||
      lower === 'read' ||
      lower === 'reads' ||
      lower === 'states' ||
      lower === 'per'
    )
  }

  /**
   * Whether “that”, a colon or a quotation mark follows a verb of posting at
   * `index`, maybe after where it was posted (“on Truth Social”, “online”).
   */
  postsWords(index: number, limit: number): boolean {
    let next = this.skipSpace(index + 1, limit)
    const place = this.tokens[next]?.lower
    if (place === 'on' || place === 'to' || place === 'online') {
      const end = Math.min(limit, next + 12)
      while (next < end && this.tokens[next]?.lower !== 'that' && this.tokens[next]?.text !== ':')
        next++
    }
    const token = this.tokens[next]
    return token?.lower === 'that' || token?.text === ':' || this.isQuoteMark(next)
  }

  /**
   * Whether “per” names a source as “according to” does: opening its
   * sentence or after a comma, before a determiner or a name (“Per the
   * release, …”, “…, per Reuters.”; not “per cent”, “$5 per share”, “per
   * capita”).
   */
  perSource(index: number, limit: number): boolean {
    const token = this.tokens[index] as Token
    const before = this.skipSpaceBack(index - 1, 0)
    const opens = this.tokens[before]?.sentence !== token.sentence
    if (!(opens ? token.text === 'Per' : token.text === 'per' && this.isComma(before))) return false
    const next = this.tokens[this.skipSpace(index + 1, limit)]
    if (!next?.word) return false
    return (
      articles.includes(next.lower) ||
      possessiveDeterminers.includes(next.lower) ||
      next.capitalised
    )
  }

  /** The cue at a token, if any: a cue word, “according to” or “per”. */
  cueAt(index: number, limit: number): FoundCue | undefined {
    const token = this.tokens[index]
    if (!token?.word) return undefined
    const lower = token.lower
    // Most words are no cue: say so before looking around them, and
    // remember it, as a word is read again and again.
    let known = this.cueWords[index] as number

    if (known === 0) {
      const found =
        (this.cueShapes.may(token) ? cueClass(lower, this.cues) : undefined) ??
        this.progressiveCue(index) ??
        this.documentRead(index)
      known =
        found === 'speech'
          ? 2
          : found === 'belief'
            ? 3
            : lower === 'according' ||
                lower === 'per' ||
                (this.cueShapes.may(token) && this.phrases.has(lower))
              ? 4
              : 1
      this.cueWords[index] = known
    }

    if (known === 1) return undefined
    // “It’s worth noting that …”: the writer's aside, no one's speech.
    if (this.tokens[this.skipSpaceBack(index - 1, 0)]?.lower === 'worth') return undefined

    if (lower === 'according') {
      const to = this.skipSpace(index + 1, limit)
      if (this.tokens[to]?.lower !== 'to') return undefined
      // “went according to plan”, “paid according to how much …”: in
      // accordance with a plan or a measure, no source.
      let next = this.skipSpace(to + 1, limit)
      const determiner = this.tokens[next]?.lower ?? ''
      if (articles.includes(determiner) || possessiveDeterminers.includes(determiner))
        next = this.skipSpace(next + 1, limit)
      if (accordance.has(this.tokens[next]?.lower ?? '')) return undefined
      return {range: {first: index, last: to + 1}, cueClass: 'speech'}
    }

    if (lower === 'per')
      return this.perSource(index, limit)
        ? {range: {first: index, last: index + 1}, cueClass: 'speech'}
        : undefined

    // “posting that …”, “posting on X: “…””: it reports a clause or a
    // quotation only (not “posting photos”, “a job posting”).
    if (lower === 'posting' && !this.postsWords(index, limit)) return undefined
    // “Trump charges that …”: a verb before “that” only (not “the charges
    // against him”, “charging stations”).
    if (
      (lower === 'charges' || lower === 'charging') &&
      this.tokens[this.skipSpace(index + 1, limit)]?.lower !== 'that'
    )
      return undefined

    // A cue is a verb: lower case, unless it opens the sentence (“Says …”)
    // or stands in a headline in title case (“Obama Says …”).
    const view = this.document.sentences[token.sentence]
    const headline = this.document.blocks[view?.block ?? -1]?.type === 'HeadlineNode'
    if (
      !headline &&
      token.text !== token.lower &&
      this.tokens[index - 1]?.sentence === token.sentence &&
      index > 0
    ) {
      const before = this.tokens[index - 1]
      if (before && !before.space) return undefined
      if (view && this.skipSpace(view.first, view.last) !== index) return undefined
    }

    // The words right before and after it across one space (`undefined` when
    // no single space stands between), which most rules below read.
    const previous = this.tokens[index - 1]?.text === ' ' ? this.tokens[index - 2] : undefined
    const next = this.tokens[index + 2]
    const following = this.tokens[index + 1]?.text === ' ' ? next : undefined

    // “writing lyrics and playing guitar”, “wrote the songs for the film”:
    // works written are no words reported.
    if (writeForms.has(lower) && this.worksAfter(index, limit)) return undefined

    // “Other plans on the table include …”, “these claims”, “following
    // reports of a fight”: a word in -s after a determiner of plurals or a
    // preposition of an event is a noun.
    if (
      lower.endsWith('s') &&
      previous?.word &&
      (pluralDeterminers.has(previous.lower) || eventPrepositions.has(previous.lower))
    )
      return undefined

    // “Woman found dead in flat”, “the economics think tank said”, “sank
    // 12.7% compared to a year ago”: a cue word before one of these words
    // is none (see `noCueBefore`).
    if (following?.word && noCueBefore.get(lower)?.has(following.lower)) return undefined

    // “by 50 basis points to 4%”, “two percentage points”: a noun.
    if (lower === 'points' && previous?.word && pointMeasures.has(previous.lower)) return undefined

    // “a US government report that showed …”: a noun that is a cue's base
    // form, after “a” and nouns, is the noun, as no verb agrees with a
    // singular subject so (not after a quantity: “a few analysts report
    // …”); unless a clause it reports follows (“a false claim that he
    // opposed …”).
    if (
      nounForms.has(lower) &&
      this.singularArticleBefore(index) &&
      !this.thatClauseAfter(index, Math.max(limit, view?.last ?? limit))
    )
      return undefined

    // “The 10-year note rose”, “a two-day warning”: a word right after a
    // measure joined by a hyphen is the noun it describes.
    if (previous?.word && measureAdjective.test(previous.lower)) return undefined

    // “A yellow weather warning for snow”, “flood warnings”: a warning of a
    // hazard is a notice, not a verb.
    if (
      (lower === 'warning' || lower === 'warnings') &&
      previous?.word &&
      hazards.has(previous.lower)
    )
      return undefined

    // “Candidate Takes Questions at Diner”: in a headline, a cue word right
    // after a verb that takes an object is that object.
    if (headline && token.text !== lower && previous?.word && headlineVerbs.has(previous.lower))
      return undefined

    // “The tax plans are …”, “his claim was …”: a noun before a copula (but
    // “what she said was …” is a verb).
    if (
      following?.word &&
      copulas.has(following.lower) &&
      !lower.endsWith('ed') &&
      !lower.endsWith('ing') &&
      !verbsBeforeCopula.has(lower)
    )
      return undefined

    // “Billy Joel sings, “Don’t go changing …””: singing reports only the
    // words of a quotation after it (not “sang Hey Jude”).
    if (quotationOnlyCues.has(lower)) {
      let at = this.skipSpace(index + 1, limit)
      if (this.isComma(at)) at = this.skipSpace(at + 1, limit)
      if (!this.isQuoteMark(at)) return undefined
    }

    // “declined to comment, referring questions to the Justice
    // Department”: passing on questions says nothing.
    if (lower.startsWith('refer') && referredWords.has(following?.lower ?? '')) return undefined
    if (referredWords.has(lower) && previous?.lower.startsWith('refer')) return undefined

    // “Experts caution that …”: the verb only before “that” or “against”,
    // and not after a verb or a determiner (“urged caution”, “a note of
    // caution”).
    if (
      lower === 'caution' &&
      (!(following?.lower === 'that' || following?.lower === 'against') ||
        (previous?.word &&
          (verbLike(previous) || objectOpeners.has(previous.lower) || previous.lower === 'of')))
    )
      return undefined

    // “grew suspicious and called authorities”, “called 911”: a call to
    // those who help is no naming.
    if (lower.startsWith('call') && following?.word) {
      const target =
        following.lower === 'the'
          ? this.tokens[this.skipSpace(following.index + 1, limit)]
          : following
      // (Not “called the police shootings … a moment …”.)
      const after = target ? this.tokens[this.skipSpace(target.index + 1, limit)] : undefined
      if (emergencyCalls.has(target?.lower ?? '') && (!after?.word || stopWords.has(after.lower)))
        return undefined
    }

    // “Iran will respond decisively to any attack”: after a modal,
    // responding is an act threatened, not words.
    if (lower === 'respond' && previous?.word && modals.includes(previous.lower)) return undefined

    // “…, compared with its current rate”: a phrase after a comma.
    if (
      lower === 'compared' &&
      previous?.text === ',' &&
      (following?.lower === 'with' || following?.lower === 'to')
    )
      return undefined

    // “Trump called into Bill O’Reilly’s program”, “she called in to a town
    // hall”, “called Sanders to congratulate him”: a telephone call; “called
    // off the deal”: a cancellation.
    if (
      lower.startsWith('call') &&
      (following?.lower === 'into' ||
        following?.lower === 'in' ||
        following?.lower === 'off' ||
        this.telephoned(index, limit))
    )
      return undefined

    // “found himself playing defense”, “found ways to make money”, “helped
    // found the movement”: no finding.
    if (
      (lower === 'found' || lower === 'finds' || lower === 'find') &&
      ((following?.word &&
        (reflexivePronouns.includes(following.lower) || following.lower === 'ways')) ||
        (following?.lower === 'a' &&
          this.tokens[this.skipSpace(index + 3, limit)]?.lower === 'way') ||
        (lower === 'found' && previous?.word && previous.lower.startsWith('help')))
    )
      return undefined

    // “41 percent support against Trump”, “support among Latino voters”,
    // “support from irregular voters”: the noun.
    if (
      (lower === 'support' || lower === 'supports') &&
      ((following?.word && (following.lower === 'among' || following.lower === 'from')) ||
        (previous?.word && (previous.lower === 'percent' || previous.lower === 'majority')) ||
        this.tokens[index - 1]?.text === '%')
    )
      return undefined

    // “concerns about demand that outweighed …”, “slack demand and rising
    // costs”, “China demand worries”: demand for goods, after a preposition,
    // a conjunction, an adjective of amount or a participle, or before a
    // word that no verb “demand” takes (not “Unions demand a pay rise”, “the
    // DOJ demand that …”).
    if (
      lower === 'demand' &&
      ((previous?.word && (marketBefore.has(previous.lower) || previous.lower.endsWith('ing'))) ||
        (following?.word &&
          marketAfter.has(following.lower) &&
          // (Not after a subject or a modal: “They demand from the
          // government that …”.)
          !(
            previous?.word &&
            (subjectPronouns.has(previous.lower) || modals.includes(previous.lower))
          )) ||
        /^[.,;:)]$/.test(this.tokens[index + 1]?.text ?? ''))
    )
      return undefined

    // “a video posted to her Facebook account”, “good wishes posted by
    // celebrities”, “posted an overwhelming victory”: a place, an agent or a
    // result, no message.
    if (
      (lower === 'posted' || lower === 'posts') &&
      ((following?.word &&
        (following.lower === 'by' ||
          // (But “posted to Truth Social that …”.)
          (following.lower === 'to' && !this.postsWords(index, limit)))) ||
        this.wordAfter(index, limit, 4, (word) => results.has(word)))
    )
      return undefined

    // “sent a letter urging …”, “sent Mr. Trump an unmistakable message”:
    // sending is a cue only of a message (not “sent troops”, “sent to
    // prison”).
    if (
      lower === 'sent' &&
      !this.wordAfter(
        index,
        limit,
        8,
        (word) => messageNouns.has(word) || messageNouns.has(singularNoun(word)),
      )
    )
      return undefined

    // “The findings add to growing evidence that …”, “added to the
    // confusion”: a sum, no remark.
    if (lower.startsWith('add') && following?.lower === 'to') return undefined

    // “researchers showed off bipedal designs”: a display, no finding.
    if (lower.startsWith('show') && following?.lower === 'off') return undefined

    // “Thursday's show will”, “the 22 February show”, “an MSNBC show”: a
    // show right after a possessive, a determiner, a number or a month is a
    // performance (not “researchers show”, “the poll shows”).
    if ((lower === 'show' || lower === 'shows') && this.showNoun(index)) return undefined

    // “quit his BBC One show”, “ran their Fox News report”: a cue word after
    // a possessive determiner and a name is a noun (not a verb in -ed or
    // -ing, nor after a role: “its CEO says”).
    if (!lower.endsWith('ed') && !lower.endsWith('ing') && this.afterPossessedName(index))
      return undefined

    // “The candidates took questions from veterans”, “drew attacks”: a noun
    // right after a verb in the past is its object (not a participle: “got
    // asked”, “kept asking”).
    if (
      previous?.word &&
      pastObjectVerbs.has(previous.lower) &&
      !lower.endsWith('ed') &&
      !lower.endsWith('ing')
    )
      return undefined

    // “swept aside defending champion Venus Williams”: a title, no defence.
    if (lower === 'defending' && next?.word && titleHolders.has(next.lower)) return undefined

    // “answering questions from voters”: the questions are no content.
    if (
      lower.startsWith('answer') &&
      (following?.lower === 'questions' || following?.lower === 'question')
    )
      return undefined

    // “claimed her seventh Grand Slam title”, “claimed the lives of 20
    // people”: a title won or lives taken, no claim made.
    if (lower.startsWith('claim') && this.claimsPrize(index + 1)) return undefined

    // “free PC-based calls”, “the short-term demands of”: a cue word that is
    // a noun as often, after a modifier with a hyphen, is one.
    if (
      previous?.word &&
      isNounCue(lower) &&
      hyphenated.test(previous.text) &&
      // (Not a share, which is a subject: “Two-thirds support …”.)
      !fraction.test(previous.text)
    )
      return undefined

    // “closed up 23 points to 6661.89”, “a 10-point lead”, “0.27 percentage
    // points to 5.8%”: after a number, “points” counts.
    if (
      (lower === 'points' || lower === 'point') &&
      previous?.word &&
      (/\d$/.test(previous.text) || counts.has(previous.lower) || previous.lower === 'percentage')
    )
      return undefined

    // “the September 11 attacks”, “the 2001 attacks”: a cue word that is a
    // noun as often, after a number or a year, is a noun (not after a
    // preposition and a year: “Rules introduced in 2002 demand that …”).
    if (
      isNounCue(lower) &&
      /\d$/.test(previous?.text ?? '') &&
      !prepositions.has(this.tokens[index - 4]?.lower ?? '')
    )
      return undefined
    // “the 11 September attacks”, “the September attacks”: after a month too.
    if (isNounCue(lower) && previous?.capitalised && monthNames.has(previous.lower))
      return undefined

    // “strong demand for oil”, “a tax demand”: demand in the market, no call;
    // “terror attacks”, “heart attacks”: no words.
    const modifier = previous?.lower ?? ''
    if (
      ((lower === 'demand' || lower === 'demands') && marketDemand.has(modifier)) ||
      ((lower === 'attack' || lower === 'attacks') && physicalAttacks.has(modifier)) ||
      // “multiple news reports reveal”: reports of the news, a noun; “radio
      // talk host”, “talk show”: a modifier.
      ((lower === 'report' || lower === 'reports') &&
        newsModifiers.has(modifier) &&
        // (Not a name: “the Associated Press reports”, “CBS News reports”.)
        (previous?.text === modifier ||
          previous?.index === this.skipSpace(view?.first ?? 0, index))) ||
      (lower === 'talk' && talkHeads.has(following?.lower ?? ''))
    )
      return undefined

    // “Strong demand from China”, “domestic demand will remain”, “the Kok
    // report recommends”: a cue word that is a noun as often, before a
    // preposition, a modal or another cue, is one (not after a subject
    // pronoun, a modal or “to”: “they demand from”).
    if (
      isNounCue(lower) &&
      following?.word &&
      (afterNounCue.has(following.lower) ||
        (following.lower.endsWith('s') &&
          this.cueShapes.may(following) &&
          cueClass(following.lower, this.cues))) &&
      !(
        previous?.word &&
        (beforeVerbCue.has(previous.lower) || subjectPronouns.has(previous.lower))
      )
    )
      return undefined

    // “Past shows have featured”, “Reports were”, “Mr. Manafort’s views
    // have”, “but rates have been”: a cue word in -s that opens its sentence
    // or a clause after a conjunction (or follows its first capitalised word
    // or a possessive), before an auxiliary of the plural, is a plural noun
    // (not in “which it says are lying idle”).
    if (
      following?.word &&
      pluralAuxiliaries.has(following.lower) &&
      lower.endsWith('s') &&
      (this.opensSubject(index) ||
        (this.tokens[index - 1]?.space === true &&
          clauseConjunctions.has(this.tokens[index - 2]?.lower ?? '')))
    )
      return undefined

    // “An earlier report in a local paper”, “his claims”: a cue word after a
    // determiner is a noun.
    if (previous?.word && determinerWords.has(previous.lower)) return undefined
    // “The most telling promise”: a word in -ing after one of degree is an
    // adjective.
    if (lower.endsWith('ing') && previous?.word && gradingWords.has(previous.lower))
      return undefined
    // “Sexton, a creative writing professor, said”: a word in -ing between
    // a determiner's adjective and a noun modifies the noun.
    if (lower.endsWith('ing') && previous?.word && this.modifierInPhrase(previous, following))
      return undefined
    // “Several cast members said”: between a quantifier and a plural noun
    // of people, a cue word modifies the noun.
    if (
      previous?.word &&
      quantifiers.includes(previous.lower) &&
      following?.word &&
      following.lower.endsWith('s') &&
      peopleNoun(following.lower)
    )
      return undefined
    // “A Government Accountability Office report released last year”: a cue
    // word that is a noun as often, in its plain form, after a singular name
    // that an article opens is a noun (its verb would agree: “the Pentagon
    // reports”); not before “that”, which may open what it says (“the DOJ
    // demand that HB2 not be implemented”).
    if (
      previous?.capitalised &&
      isNounCue(lower) &&
      !lower.endsWith('s') &&
      !lower.endsWith('ing') &&
      following?.lower !== 'that' &&
      this.articledName(previous.index)
    )
      return undefined
    // “271 pledged delegates”, “two alleged victims”: a participle between a
    // number and a plural noun qualifies the noun (not “20 said yes”).
    if (
      previous?.word &&
      (number.test(previous.text) || counts.has(previous.lower)) &&
      lower.endsWith('ed') &&
      following?.word &&
      following.text === following.lower &&
      following.lower.endsWith('s') &&
      !stopWords.has(following.lower) &&
      !determinerWords.has(following.lower)
    )
      return undefined
    // “the player will have the final say”, “more say in”: the noun.
    if (lower === 'say' && previous?.word && sayNounModifiers.has(previous.lower)) return undefined
    // “a radio show”, “Blige’s upcoming Apple Music show”, “the reality TV
    // show”: the noun.
    if ((lower === 'show' || lower === 'shows') && previous?.word && showKinds.has(previous.lower))
      return undefined

    // “A news report said”, “multiple reports said”: a cue word right before
    // a verb of saying is a noun, the head of its subject.
    if (
      following?.word &&
      sayingVerbs.has(following.lower) &&
      !lower.endsWith('ing') &&
      !lower.endsWith('ed')
    )
      return undefined

    const phrase = this.phrases.size > 0 ? this.phraseAt(index, limit) : undefined
    // “Wanderers hit back through Giannakopoulos”: a goal scored, no words;
    // a retort is followed by “at”, “that” or a mark.
    if (phrase !== undefined && (lower === 'hit' || lower === 'hits')) {
      const after = this.tokens[this.skipSpace(phrase, limit)]
      if (after?.word && after.lower !== 'at' && after.lower !== 'that') return undefined
    }
    if (phrase !== undefined) return {range: {first: index, last: phrase}, cueClass: 'speech'}
    const found: CueClass | undefined = known === 2 ? 'speech' : known === 3 ? 'belief' : undefined
    return found ? {range: {first: index, last: index + 1}, cueClass: found} : undefined
  }

  /**
   * Whether capitalised words that end at `index` in a singular word (not
   * “I”) follow an article: “A Government Accountability Office”, “the
   * Pentagon” (at most five words).
   */
  articledName(index: number): boolean {
    const last = this.tokens[index]
    if (!last?.word || last.lower.endsWith('s') || last.lower === 'i') return false
    let at = index
    for (let words = 0; words < 5; words++) {
      const token = this.tokens[at]
      if (!token?.word) return false
      // (The name opens the subject: not “political observers in the UK
      // claim”.)
      if (articles.includes(token.lower))
        return (
          words > 0 && !prepositions.has(this.tokens[this.skipSpaceBack(at - 1, 0)]?.lower ?? '')
        )
      if (!token.capitalised) return false
      at = this.skipSpaceBack(at - 1, 0)
    }
    return false
  }

  /**
   * Whether “show” at `index` is a performance: right after a possessive or
   * a determiner, or (singular) a number, a month, or “a” and a word.
   */
  showNoun(index: number): boolean {
    const before = (at: number): Token | undefined =>
      this.tokens[at - 1]?.text === ' ' ? this.tokens[at - 2] : undefined
    const previous = before(index)
    if (!previous?.word) return false
    const lower = previous.lower
    if (isPossessive(previous.text)) return true
    // “the 22 February show”, “an 11.5m show” (not “a poll in January
    // shows”, “held above 50 shows”).
    const singular = this.tokens[index]?.lower === 'show'
    if (singular && (/\d/.test(previous.text) || monthNames.has(lower))) return true
    // “an hourlong show”, “an NBC show”, “a slide show”: “a” or “an” and a
    // word before “show”, which no subject of “show” has.
    const article = before(index - 2)?.lower
    if (singular && (article === 'a' || article === 'an')) return true
    return showDeterminers.has(lower)
  }

  /**
   * Whether capitalised words or numbers (at most four, one space apart)
   * stand right before `index` after a possessive determiner, none of them a
   * role: “his BBC One”, “her Channel 4”.
   */
  afterPossessedName(index: number): boolean {
    let at = index
    let words = 0

    while (words < 4 && this.tokens[at - 1]?.text === ' ') {
      const word = this.tokens[at - 2]
      if (!word?.word || !(word.capitalised || /^\d+$/.test(word.text))) break
      if (roleNoun(word)) return false
      words++
      at -= 2
    }

    const determiner = this.tokens[at - 2]
    return (
      words > 0 &&
      this.tokens[at - 1]?.text === ' ' &&
      determiner?.word === true &&
      possessiveDeterminers.includes(determiner.lower)
    )
  }

  /**
   * Whether a cue is passive or an adjective rather than a verb of the
   * speaker: “is said to”, “was expected to”, “a proposed tax”.
   */
  isPassive(cue: number, limit: number): boolean {
    let previous = this.tokens[this.skipSpaceBack(cue - 1, limit)]
    // “are now considered”: “now” goes with the auxiliary before it.
    if (previous?.lower === 'now')
      previous = this.tokens[this.skipSpaceBack(previous.index - 1, limit)]
    // “is telling”, “are calling for”: progressive, not passive.
    if (
      progressiveAuxiliaries.has(previous?.lower ?? '') &&
      this.tokens[cue]?.lower.endsWith('ing')
    )
      return false
    if (previous?.word !== true) return false
    // “when asked about it”: a passive with its subject and auxiliary left out.
    if (
      participleConjunctions.has(previous.lower) &&
      passiveHeads.has(this.tokens[cue]?.lower ?? '')
    )
      return true
    // “It’s predicted that …”: “it is” contracted.
    if (notBeforeCue.has(previous.lower) || previous.lower === 'it’s' || previous.lower === "it's")
      // (But “her” is an object before a past tense that is no noun nor
      // adjective: “Officials who met her said”.)
      return !(previous.lower === 'her' && pastSaying.has(this.tokens[cue]?.lower ?? ''))
    // “was first reported by”: an adverb between the auxiliary and a
    // participle that has an agent.
    if (!(passiveAdverbs.has(previous.lower) || isLyAdverb(previous))) return false
    const by = this.tokens[this.skipSpace(cue + 1, this.tokens.length)]
    if (by?.lower !== 'by') return false
    const auxiliary = this.tokens[this.skipSpaceBack(previous.index - 1, limit)]
    return auxiliary?.word === true && passiveAuxiliaries.has(auxiliary.lower)
  }

  /**
   * Whether a token is an auxiliary or an adverb in “-ly” (“has”, “later”,
   * “repeatedly”). A capitalised word in “-ly” is a name (“Kelly said”,
   * “Mrs. Schlafly maintained”), but in a headline (“Tim Kaine Fully
   * Embraced”) and for an adverb opening its sentence (“Especially …”).
   */
  isAuxiliary(index: number): boolean {
    const token = this.tokens[index]
    if (!token?.word) return false
    const auxiliary = auxiliaryWords.has(token.lower)
    if (!auxiliary && !isLyAdverb(token, true)) return false
    if (!token.capitalised) return true
    // “Theresa May wrote”, “Will Smith said”: a capitalised auxiliary inside
    // a sentence is a name too.
    const view = this.document.sentences[token.sentence] as SentenceView
    if (this.document.blocks[view.block]?.type === 'HeadlineNode') return true
    if (!opensSentence(this.tokens, index)) return false
    if (!auxiliary) return adverbEndings.test(token.lower)
    // “May said …”: no auxiliary stands before a past tense.
    const next = this.tokens[this.skipSpace(index + 1, view.last)]
    return !(next?.word && (next.lower.endsWith('ed') || pastSaying.has(next.lower)))
  }

  /**
   * Whether `adjective` (lower case, no verb nor adverb) follows a
   * determiner and `noun` (lower case, no preposition nor conjunction,
   * right before a punctuation mark) follows the word between them: that
   * word modifies the noun (“a creative writing professor,”).
   */
  modifierInPhrase(adjective: Token, noun: Token | undefined): boolean {
    if (
      !noun?.word ||
      noun.text !== noun.lower ||
      prepositions.has(noun.lower) ||
      noun.lower === 'that' ||
      leadingConjunctions.has(noun.lower) ||
      subordinateOpeners.has(noun.lower) ||
      determinerWords.has(noun.lower) ||
      subjectPronouns.has(noun.lower) ||
      adjective.text !== adjective.lower ||
      verbLike(adjective) ||
      isLyAdverb(adjective)
    )
      return false
    // (The noun ends the phrase: “a policy urging member states to …” is
    // a verb's.)
    const after = this.tokens[noun.index + 1]
    if (!after || after.word || after.space) return false
    const determiner = this.tokens[adjective.index - 2]
    return (
      this.tokens[adjective.index - 1]?.space === true &&
      determiner?.word === true &&
      determinerWords.has(determiner.lower)
    )
  }

  /**
   * The subject pronoun after a phrase that a preposition at `start` opens
   * without a comma, within eight words, before a lower-case word (“In a news
   * conference last week he used …”); none past a mark or another pronoun.
   */
  pronounAfterPhrase(start: number, limit: number): TokenRange | undefined {
    for (let at = this.skipSpace(start + 1, limit), words = 0; at < limit && words < 8; words++) {
      const token = this.tokens[at] as Token
      if (!token.word) return undefined
      if (subjectPronouns.has(token.lower)) {
        const verb = this.tokens[this.skipSpace(at + 1, limit)]
        return verb?.word && verb.text === verb.lower && !prepositions.has(verb.lower)
          ? {first: at, last: at + 1}
          : undefined
      }
      at = this.skipSpace(at + 1, limit)
    }
    return undefined
  }

  /**
   * Whether the word at `index` stands before a verb as an auxiliary or an
   * adverb (`isAuxiliary`), or as a word of degree before an adverb in
   * “-ly” (“most” in “Smith most recently said”).
   */
  isVerbModifier(index: number): boolean {
    return this.isAuxiliary(index) || this.degreeBeforeAdverb(index)
  }

  /** Whether the word at `index` is a word of degree before an adverb in “-ly” (“most recently”). */
  degreeBeforeAdverb(index: number): boolean {
    const token = this.tokens[index]
    if (!token?.word || !degreeAdverbs.has(token.lower)) return false
    const next = this.tokens[this.skipSpace(index + 1, this.tokens.length)]
    return next !== undefined && isLyAdverb(next)
  }

  /**
   * Whether the words before `index` run back to a comma after a capitalised
   * word, within twelve words, no boundary, relative pronoun or verb: an
   * apposition after a name.
   */
  appositionAfterName(index: number, limit: number): boolean {
    for (
      let at = this.skipSpaceBack(index - 1, limit), words = 0;
      at >= limit && words < 12;
      words++
    ) {
      const token = this.tokens[at] as Token
      if (this.isComma(at)) {
        const name = this.tokens[this.skipSpaceBack(at - 1, limit)]
        return name?.word === true && name.capitalised && words > 0
      }
      // A noun phrase: no relative clause nor verb (“Graham, who says the
      // United States and allies should …, tweeted”).
      if (
        !token.word ||
        boundaryWords.has(token.lower) ||
        relativePronouns.has(token.lower) ||
        verbLike(token)
      )
        return false
      at = this.skipSpaceBack(at - 1, limit)
    }
    return false
  }

  /** Whether an auxiliary is a name, capitalised inside its sentence: “In Iowa, Will said”. */
  isName(index: number): boolean {
    return auxiliaryWords.has((this.tokens[index] as Token).lower) && !this.isAuxiliary(index)
  }

  /**
   * Whether an “and” at `index` follows a plural noun of people or sources
   * (“teachers and union officials”, “supporters and administration
   * officials”): it joins two subjects, not two clauses; not when the noun
   * is an object (“39 percent blame his supporters and 22 percent say”,
   * “laid off 200 staffers and began”), after a verb, a particle or a
   * possessive or object pronoun among the four words before it.
   */
  joinsPeople(index: number, limit: number): boolean {
    const noun = this.skipSpaceBack(index - 1, limit)
    const before = this.tokens[noun]
    if (!before?.word || !before.lower.endsWith('s')) return false
    const singular = singularNoun(before.lower)
    if (singular === before.lower || !(personNouns.has(singular) || sourceNouns.has(singular)))
      return false
    // (Nor a verb after it: “staffers and began talking”.)
    const after = this.tokens[this.skipSpace(index + 1, this.tokens.length)]
    if (!after?.word || verbLike(after)) return false
    for (let at = this.skipSpaceBack(noun - 1, limit), words = 0; words < 4; words++) {
      const word = this.tokens[at]
      if (at < limit || !word?.word) break
      if (
        verbLike(word) ||
        particleWords.has(word.lower) ||
        possessivePronouns.has(word.lower) ||
        objectPronounSet.has(word.lower)
      )
        return false
      at = this.skipSpaceBack(at - 1, limit)
    }
    return true
  }

  /**
   * Whether the words from `from` to `last`, which open their sentence,
   * are a list of plurals: items of one to three words, each ending in one
   * in -s, with no verb nor stop word, between commas and a last “and”
   * (“Friends, lobbyists and former foes”, “Democrats, Republicans and
   * independents”).
   */
  pluralList(from: number, last: number): boolean {
    const start = this.skipSpace(from, last)
    if (start >= last || !opensSentence(this.tokens, start)) return false
    let items = 0
    let words = 0
    let joined = false
    let previous: Token | undefined
    for (let at = start; at < last; at = this.skipSpace(at + 1, last)) {
      const token = this.tokens[at] as Token
      const end = this.isComma(at) || token.lower === 'and'
      if (end) {
        if (words === 0 || !previous?.lower.endsWith('s') || joined) return false
        joined = token.lower === 'and'
        items++
        words = 0
        continue
      }
      if (!token.word || stopWords.has(token.lower) || verbLike(token) || ++words > 3) return false
      previous = token
    }
    return joined && items >= 2 && words > 0 && previous?.lower.endsWith('s') === true
  }

  /**
   * Whether “and” at `index` joins two roles of one person before the
   * name (“Clinton's chief pollster and strategist Joel Benenson”): a role
   * noun in lower case on each side, and a capitalised word after the
   * second.
   */
  joinsRoles(index: number, limit: number): boolean {
    const before = this.tokens[this.skipSpaceBack(index - 1, limit)]
    const role = this.tokens[this.skipSpace(index + 1, this.tokens.length)]
    const name = role ? this.tokens[this.skipSpace(role.index + 1, this.tokens.length)] : undefined
    // (The first role opens its phrase or follows its modifier, not a plural
    // noun: “stories of sexual assaults actor and comedian Bill Cosby is
    // accused of”.)
    const modifier = before ? this.tokens[this.skipSpaceBack(before.index - 1, limit)] : undefined
    return (
      before?.word === true &&
      before.text === before.lower &&
      roleNoun(before) &&
      !(modifier?.word && modifier.text === modifier.lower && /[^s]s$/.test(modifier.lower)) &&
      role?.word === true &&
      role.text === role.lower &&
      roleNoun(role) &&
      !articles.includes(role.lower) &&
      name?.capitalised === true
    )
  }

  /**
   * Whether a lower-case word at `index` joins the capitalised words of a
   * body’s name, read on or back to its head (“Work and Pensions
   * Committee”, “Department for Work and Pensions”,
   * “Centre for Economics and Business Research”, “Bureau of Labor
   * Statistics”), at most eight words back.
   */
  joinsBody(index: number, limit: number): boolean {
    if (!affiliationJoiners.has((this.tokens[index] as Token).lower)) return false
    const next = this.tokens[this.skipSpace(index + 1, index + 3)]
    // (Not two people: “… of the University of Chicago and Professor Knittel”.)
    if (next?.capitalised !== true || nameTitles.has(next.lower)) return false
    // The head after it: “the Commons Work and Pensions Committee”.
    for (let at = next.index, words = 0; words < 4; words++) {
      const token = this.tokens[at]
      if (!token?.capitalised) break
      if (bodyHeads.has(token.lower)) return true
      at = this.skipSpace(at + 1, at + 3)
    }
    let at = this.skipSpaceBack(index - 1, limit)

    for (let words = 0; at >= limit && words < 8; words++) {
      const token = this.tokens[at] as Token
      if (token.capitalised && bodyHeads.has(token.lower)) return true
      if (!token.capitalised && !affiliationJoiners.has(token.lower)) return false
      at = this.skipSpaceBack(at - 1, limit)
    }

    return false
  }

  /**
   * Whether a title or lives follow from `from` on, within six words of a
   * noun phrase (“her seventh Grand Slam title”, “the lives”),
   * and no verb after them (“the title was …”).
   */
  claimsPrize(from: number): boolean {
    let at = this.skipSpace(from, from + 2)
    for (let words = 0; words < 6; words++) {
      const token = this.tokens[at]
      if (!token?.word) return false
      if (prizes.has(token.lower))
        return !auxiliaryWords.has(this.tokens[this.skipSpace(at + 1, at + 3)]?.lower ?? '')
      if (this.tokens[at + 1]?.text !== ' ') return false
      at += 2
    }
    return false
  }

  /**
   * The document right before a participle at `index` (“a statement
   * announcing the pick”, “a message saying”), with its determiner: what
   * the participle reports.
   */
  documentBefore(index: number, limit: number): TokenRange | undefined {
    const noun = this.skipSpaceBack(index - 1, limit)
    const token = this.tokens[noun]
    if (noun < limit || !token?.word || !documents.has(token.lower)) return undefined
    // With its article, and a word between (“a press release announcing”).
    let first = noun
    let at = this.skipSpaceBack(noun - 1, limit)
    for (let words = 0; at >= limit && words < 2; words++) {
      const word = this.tokens[at]
      if (!word?.word) break
      if (articles.includes(word.lower)) {
        first = at
        break
      }
      at = this.skipSpaceBack(at - 1, limit)
    }
    // “His office put out a statement saying …”, “Smith sent an email
    // saying …”: a message that is a verb's object does not report; the
    // verb's subject does.
    const verb = this.tokens[this.skipSpaceBack(first - 1, limit)]
    // (Not one that receives it: “people get a message saying …”.)
    if (
      first !== noun &&
      messages.has(token.lower) &&
      verb?.word &&
      (verbLike(verb) || verb.lower === 'out') &&
      !receivingVerbs.has(verb.lower)
    )
      return undefined
    return {first, last: noun + 1}
  }

  /**
   * Whether “call” at `index` telephones someone: its object is a name or an
   * object pronoun that a time, a purpose or the clause's end follows (“Obama
   * called both candidates Tuesday night”, “she called Sanders to
   * congratulate him”), not a second object that names (“called him a
   * liar”, “called Trump dangerous”).
   */
  telephoned(index: number, limit: number): boolean {
    let at = this.skipSpace(index + 1, limit)
    const first = this.tokens[at]
    // (Not “Calls On Obama To Resign”, a headline's “call on”.)
    if (!first?.word || first.lower === 'on' || first.lower === 'for') return false

    if (objectPronouns.includes(first.lower) && first.lower !== 'it') {
      at = this.skipSpace(at + 1, limit)
    } else {
      // A name of one to three capitalised words (“Naghmeh Abedini”), or
      // people a quantifier opens (“both candidates”).
      const people = first.lower === 'both' || first.lower === 'all'
      if (people) at = this.skipSpace(at + 1, limit)
      let words = 0
      for (let word = this.tokens[at]; words < 3 && word?.word; word = this.tokens[at]) {
        if (!(people || word.capitalised)) break
        if (callFollowers.has(word.lower) || weekdaySet.has(word.lower)) break
        at = this.skipSpace(at + 1, limit)
        words++
      }
      if (words === 0) return false
    }

    const after = this.tokens[at]
    if (!after || at >= limit || this.isClauseEnd(at)) return at <= limit
    if (!after.word) return false
    // (“on Monday”; not “called them on it”, a challenge.)
    if (after.lower === 'on') {
      const day = this.tokens[this.skipSpace(at + 1, limit)]
      return day?.word === true && (weekdaySet.has(day.lower) || monthNames.has(day.lower))
    }
    return callFollowers.has(after.lower) || weekdaySet.has(after.lower)
  }

  /**
   * Whether a word that `test` accepts follows the verb at `index` in its
   * clause, within `most` words: a result (“posted an overwhelming
   * victory”), a message (“sent a fundraising email”).
   */
  wordAfter(index: number, limit: number, most: number, test: (lower: string) => boolean): boolean {
    for (let at = index + 1, words = 0; at < limit && words < most; at++) {
      const token = this.tokens[at] as Token
      if (this.isComma(at) || this.isClauseEnd(at)) return false
      if (!token.word) continue
      words++
      if (test(token.lower)) return true
    }
    return false
  }

  /** Whether a cue follows a preposition (“to say”, “by saying”): no finite verb. */
  afterPreposition(cue: number, limit: number): boolean {
    const previous = this.tokens[this.skipSpaceBack(cue - 1, limit)]
    return previous?.word === true && prepositions.has(previous.lower)
  }

  /** Whether a word is a noun of documents or of findings (“poll”, “reports”). */
  isDocument(noun: Token): boolean {
    const lower = singular(noun.lower)
    return documents.has(lower) || findingSources.has(lower)
  }

  /**
   * The noun before the name of an agent that ends at `index` (“poll” in
   * “a poll from Marquette Law School”, “study” in “a study by Harvard”):
   * capitalised words back (see `capitalsBack`), then “by”, “of” or “from”.
   */
  headBeforeAgent(index: number, limit: number): Token | undefined {
    const {words, stop} = this.capitalsBack(index + 1, limit)
    if (words === 0 || !stop?.word || !agentPrepositions.has(stop.lower)) return undefined
    const head = this.tokens[this.skipSpaceBack(stop.index - 1, limit)]
    return head?.word && head.text === head.lower ? head : undefined
  }

  /**
   * Whether a participle at `cue` stands after a noun or a comma, maybe
   * with an adverb between (“groups backed”, “Deacon, …, backed”, “The
   * campaign, first reported”), as one with an agent after it does.
   */
  agentParticiple(cue: number, limit: number): boolean {
    let noun = this.tokens[this.skipSpaceBack(cue - 1, limit)]
    if (noun?.word && passiveAdverbs.has(noun.lower))
      noun = this.tokens[this.skipSpaceBack(noun.index - 1, limit)]
    return (
      noun !== undefined &&
      (this.isComma(noun.index) ||
        (noun.word &&
          noun.text === noun.lower &&
          !auxiliaryWords.has(noun.lower) &&
          // (Not “when asked by a reporter if …”.)
          !boundaryWords.has(noun.lower) &&
          !isLyAdverb(noun)))
    )
  }

  /**
   * Whether a cue word in -ed is a participle after a noun: one that names
   * it (“a group called Women for Change”), one with an agent (“a statement
   * released by the campaign”), or one that the verb of its clause follows
   * (“A new poll released Friday found …”). It is no cue, but part of the
   * noun phrase.
   */
  reducedRelative(cue: number, limit: number): boolean {
    const token = this.tokens[cue]
    if (!token || token.text !== token.lower) return false
    // (In -ed, or another past participle: “the opera shown by the BBC”.)
    if (!participleEnding.test(token.lower) && !irregularParticiples.has(token.lower)) return false
    const noun = this.tokens[this.skipSpaceBack(cue - 1, limit)]
    const after = this.skipSpace(cue + 1, this.tokens.length)
    // “rebel groups backed by Ankara”, “Colleen Deacon, …, backed by the
    // senator”, “a statement released by the Trump campaign”: a participle
    // and its agent that describe what stands before them report nothing of
    // theirs (see the finder’s `reportedBy`); so with an adverb between
    // (“The campaign, first reported by The Post, is …”).
    if (this.tokens[after]?.lower === 'by' && this.agentParticiple(cue, limit)) return true
    // “The mayor, praised for the flood response, said”: a participle of
    // blame or praise after a comma, before its preposition, opens an
    // apposition.
    const preposition = this.tokens[after]?.lower ?? ''
    if (
      noun !== undefined &&
      this.isComma(noun.index) &&
      objectFirst.has(token.lower) &&
      (passivePrepositions.has(preposition) || eventPrepositions.has(preposition))
    )
      return true
    // “The study, released last week, shows …”: a document and when or
    // where it came out, between commas (“The poll, published in The Age,
    // put …”).
    if (
      noun !== undefined &&
      this.isComma(noun.index) &&
      publishing.has(token.lower) &&
      (this.timeAt(after, false) || preposition === 'in' || preposition === 'on')
    ) {
      const head = this.tokens[this.skipSpaceBack(noun.index - 1, limit)]
      if (head?.word && this.isDocument(head)) return true
    }
    // “A poll from Marquette Law School released Wednesday found …”: a
    // document whose source, named after it, stands before its participle.
    if (
      noun?.word &&
      noun.capitalised &&
      publishing.has(token.lower) &&
      this.timeAt(after, false)
    ) {
      const head = this.headBeforeAgent(noun.index, limit)
      if (head && this.isDocument(head)) return true
    }
    // (A common noun that opens its sentence is capitalised: “Figures
    // reported on Sunday showed …”.)
    const opening =
      noun?.word === true &&
      this.skipSpaceBack(noun.index - 1, limit) < limit &&
      this.tokens[noun.index - 1]?.sentence !== noun.sentence &&
      !this.isName(noun.index)
    if (!noun?.word || (noun.text !== noun.lower && !opening) || auxiliaryWords.has(noun.lower))
      return false
    // “a former staffer named Bradley Podliska”, “a group called Women for
    // Change”: a naming participle between a new entity and its name.
    if (
      namingParticiples.has(token.lower) &&
      isCapitalised(this.tokens[after]?.text ?? '') &&
      this.determinerBefore(noun.index, limit, indefiniteArticles)
    )
      return true
    // “A Washington Post poll released Sunday is …”, “A report released in
    // September by …”: a document and when it came out.
    if (publishing.has(token.lower) && this.isDocument(noun) && this.timeAt(after, false))
      return true
    // “In a lengthy statement posted to her website, Delgado said”, “In a
    // video posted on Facebook, …”: a message that a phrase opening the
    // sentence names, and where it came out.
    if (
      publishing.has(token.lower) &&
      (messages.has(noun.lower) || postedMedia.has(noun.lower)) &&
      this.inOpeningPhrase(noun.index, limit)
    )
      return true
    // “A post shared widely on Facebook claims …”, “A video posted online
    // shows …”: a message, how or where it went out, then its own verb.
    const message =
      (publishing.has(token.lower) || token.lower === 'shared') &&
      (messages.has(noun.lower) || postedMedia.has(noun.lower)) &&
      this.determinerBefore(noun.index, limit, messageDeterminers)
    if (!message && !sourceNouns.has(noun.lower)) return false
    // “In a statement issued on Wednesday night, …”: a time after it, then a
    // comma.
    if (this.determinerBefore(noun.index, limit, articles) && this.timeAt(after)) return true
    let words = 0

    // Its complement comes between: a time, a place, an agent (“posted on
    // the website GunBroker.com said”); no clause of its own (“The statement
    // noted they had previously said”, “a young woman asked … who said”).
    for (let index = cue + 1; index < this.tokens.length && words < 6; index++) {
      const next = this.tokens[index] as Token
      if (next.space) continue
      if (!next.word) return false
      if (findingVerbs.has(next.lower) || (message && claimVerbs.has(next.lower))) return words > 0
      if (
        boundaryWords.has(next.lower) ||
        subjectPronouns.has(next.lower) ||
        relativePronouns.has(next.lower) ||
        auxiliaryWords.has(next.lower)
      )
        return false
      words++
    }

    return false
  }

  /**
   * Whether a cue word read back from another cue stands in a modifier of
   * that cue’s speaker: a participle right after a noun of sources or people
   * (“Another intelligence source speaking to Fox News said”), or a verb
   * after “to” in a relative clause of “who” (“a White House official who
   * spoke anonymously to discuss internal strategy said”).
   */
  modifierCue(index: number, limit: number): boolean {
    const before = this.skipSpaceBack(index - 1, limit)
    const noun = this.tokens[before]
    if (this.tokens[index]?.lower.endsWith('ing'))
      return noun?.word === true && noun.text === noun.lower && peopleNoun(noun.lower)
    if (noun?.lower !== 'to') return false
    for (let at = this.skipSpaceBack(before - 1, limit), words = 0; words < 5; words++) {
      const token = this.tokens[at]
      if (!token?.word || at < limit) return false
      if (token.lower === 'who') return true
      at = this.skipSpaceBack(at - 1, limit)
    }
    return false
  }

  /**
   * Whether a time (“on Wednesday night”, “Friday”, “last week”) runs from
   * `from` to a comma, in at most four words; with `comma` false, to
   * whatever follows it.
   */
  timeAt(from: number, comma = true): boolean {
    const view = this.document.sentences[(this.tokens[from] as Token | undefined)?.sentence ?? -1]
    if (!view) return false
    let day = false
    for (let index = from, words = 0; index < view.last && words <= 4; index++) {
      const token = this.tokens[index] as Token
      if (this.isComma(index)) return day
      if (token.word) {
        const lower = token.lower
        if (weekdaySet.has(lower) || timeNouns.has(lower) || monthNames.has(lower)) day = true
        else if (!timeWords.has(lower) && !timeModifiers.has(lower)) return !comma && day
        words++
      } else if (!token.space) return !comma && day
    }
    return !comma && day
  }

  /**
   * Whether works written stand right after a verb of writing at `verb`,
   * maybe after an article or a possessive: “lyrics”, “the songs”, “his
   * music”.
   */
  worksAfter(verb: number, limit: number): boolean {
    let at = this.skipSpace(verb + 1, limit)
    const word = this.tokens[at]
    if (word?.word && (articles.includes(word.lower) || possessiveDeterminers.includes(word.lower)))
      at = this.skipSpace(at + 1, limit)
    const noun = this.tokens[at]
    return noun?.word === true && writtenWorks.has(noun.lower)
  }

  /**
   * Whether the noun at `noun` ends a phrase of “in” or “on” that opens its
   * sentence (at `limit`), within four words: “In a lengthy statement”.
   */
  inOpeningPhrase(noun: number, limit: number): boolean {
    let before = noun
    for (let words = 0; words < 4; words++) {
      const at = this.skipSpaceBack(before - 1, limit)
      const word = this.tokens[at]
      if (at < limit || !word?.word) return false
      if (messagePrepositions.has(word.lower)) return this.skipSpaceBack(at - 1, limit) < limit
      before = at
    }
    return false
  }

  /**
   * Whether “that” and a clause follow a noun of speech, not a relative
   * clause (“a claim that he opposed”, not “a report that showed”).
   */
  thatClauseAfter(index: number, limit: number): boolean {
    const that = this.skipSpace(index + 1, limit)
    if (this.tokens[that]?.lower !== 'that') return false
    const next = this.tokens[this.skipSpace(that + 1, limit)]
    return next?.word === true && !verbLike(next) && !auxiliaryWords.has(next.lower)
  }

  /**
   * Whether “a” or “an” opens the one to three nouns right before a word
   * (“a US government report”), in its sentence, none of them a quantity
   * (“a few”, “a handful of”).
   */
  singularArticleBefore(index: number): boolean {
    const sentence = this.tokens[index]?.sentence
    let before = index
    for (let words = 0; words < 4; words++) {
      const word = this.tokens[this.skipSpaceBack(before - 1, 0)]
      if (!word?.word || word.sentence !== sentence) return false
      if (word.lower === 'a' || word.lower === 'an') return words > 0
      if (quantityNouns.has(word.lower) || !nounLikeWord(word)) return false
      before = word.index
    }
    return false
  }

  /**
   * Whether one of `determiners` opens the noun phrase of the noun at
   * `noun`, at most two words before it (“a separate statement”).
   */
  determinerBefore(noun: number, limit: number, determiners: readonly string[]): boolean {
    let before = noun

    for (let words = 0; words < 3; words++) {
      const word = this.tokens[this.skipSpaceBack(before - 1, limit)]
      if (!word?.word || auxiliaryWords.has(word.lower)) return false
      if (determiners.includes(word.lower)) return true
      before = word.index
    }

    return false
  }

  /** Whether a token is a clause-ending punctuation mark (a hyphen between spaces is a dash). */
  isClauseEnd(index: number): boolean {
    const token = this.tokens[index]
    return (
      token !== undefined &&
      !token.word &&
      !token.space &&
      (isClauseEndText(token.text) || isApartDash(this.tokens, index))
    )
  }

  /**
   * Whether a single mark is the apostrophe of a plural possessive: right
   * after a word in -s, before a space (“the candidates’ performances”).
   */
  pluralPossessive(index: number): boolean {
    const previous = this.tokens[index - 1]
    return (
      singleMarks.has(this.tokens[index]?.text ?? '') &&
      previous?.word === true &&
      previous.lower.endsWith('s') &&
      this.tokens[index + 1]?.space === true
    )
  }

  isQuoteMark(index: number): boolean {
    const token = this.tokens[index]
    if (token === undefined || token.word || !quoteMarks.has(token.text)) return false
    // The marks of a nickname (`Marcia "Cia" Price`) are part of a name.
    if (this.document.nicknames[index] !== 0) return false
    // “in ‘08”: a single mark before the digits of a year is an apostrophe.
    const next = this.tokens[index + 1]
    if (next?.word && singleMarks.has(token.text) && elided.test(next.text)) return false
    // “Wales' team physiotherapist”: a single mark that closes no quotation,
    // right against a word in -s and before a space, is a plural possessive.
    return !(
      token.text !== '‘' &&
      !this.taken[index] &&
      this.tokens[index - 1]?.end === token.start &&
      this.pluralPossessive(index)
    )
  }

  isComma(index: number): boolean {
    return isComma(this.tokens, index)
  }

  /**
   * The last word of a name before an apposition between dashes that ends
   * at the dash at `close` (“Jason Sims — a teacher from Mount Pleasant —”,
   * “Kall -- co-editor of Debating The Donald, a book analyzing … --”), at
   * most 48 tokens back; `-1` if there is none.
   */
  dashedApposition(close: number, limit: number): number {
    if (!isApartDash(this.tokens, close)) return -1

    for (let open = close - 1; open >= limit && close - open <= 48; open--) {
      if (!isApartDash(this.tokens, open)) {
        if (this.isClauseEnd(open) || (this.isQuoteMark(open) && !this.pluralPossessive(open)))
          return -1
        continue
      }
      const name = this.skipSpaceBack(open - 1, limit)
      const word = this.tokens[name]
      return name >= limit && word?.word && open + 1 < close ? name : -1
    }

    return -1
  }

  /**
   * The closing parenthesis of the one that opens at `open`, at most `most`
   * tokens on, before `limit`; `-1` if none.
   */
  parenthesisClose(open: number, limit: number, most = 12): number {
    for (let close = open + 1; close < limit && close - open <= most; close++) {
      if (this.tokens[close]?.text === ')') return close
    }

    return -1
  }

  /**
   * The opening parenthesis of the one that closes at `close`, at most 12
   * tokens back; `-1` if none.
   */
  parenthesisOpen(close: number, limit: number): number {
    for (let open = close - 1; open >= limit && close - open <= 12; open--) {
      if (this.tokens[open]?.text === '(') return open
    }

    return -1
  }

  /** Whether a comma stands from `from` to `index` (inclusive). */
  commaWithin(from: number, index: number): boolean {
    for (let at = from; at <= index; at++) if (this.isComma(at)) return true
    return false
  }

  /**
   * The token before “in the past” or “in recent” and a plural noun of
   * time that end at `index` (“in the past”, “in the past few weeks”, “in
   * recent years”) after a name, a pronoun or an auxiliary, or `-1`.
   */
  pastBefore(index: number, limit: number): number {
    let at = index
    let token = this.tokens[at]
    if (!token?.word) return -1
    // (A noun of time, maybe after a count: “the past two weeks”.)
    const noun = timeNouns.has(singularNoun(token.lower))
    if (noun) {
      at = this.skipSpaceBack(at - 1, limit)
      token = this.tokens[at]
      if (token?.word && (counts.has(token.lower) || /^\d+$/.test(token.text))) {
        at = this.skipSpaceBack(at - 1, limit)
        token = this.tokens[at]
      }
    }
    if (!token?.word) return -1
    if (token.lower === 'recent') {
      if (!noun) return -1
    } else if (token.lower === 'past') {
      at = this.skipSpaceBack(at - 1, limit)
      if (this.tokens[at]?.lower !== 'the') return -1
    } else return -1
    const preposition = this.skipSpaceBack(at - 1, limit)
    if (this.tokens[preposition]?.lower !== 'in') return -1
    // (After a name, a pronoun or an auxiliary only: a participle or a noun
    // keeps its time, “the scholars I interviewed in the past week”, and so
    // does a participle's agent, “speeches made by Ofcom in recent months”.)
    const before = this.skipSpaceBack(preposition - 1, limit)
    const word = this.tokens[before]
    return word?.word &&
      ((word.capitalised && this.capitalsBack(before + 1, limit).stop?.lower !== 'by') ||
        relativePronouns.has(word.lower) ||
        subjectPronouns.has(word.lower) ||
        this.isAuxiliary(before))
      ? before
      : -1
  }

  /**
   * The token before a day and its preposition that end at `index` (“on
   * Tuesday”, “on Wednesday morning”; a weekday without one, “Clinton
   * Tuesday said”; a month or a year after “in” and a pronoun, “who in
   * 2010”), or `-1`; with `afterParticiple` false, `-1` too when a
   * participle stands before them (“Figures reported on Sunday”), whose day
   * it is.
   */
  dayBefore(index: number, limit: number, afterParticiple = true): number {
    let token = this.tokens[index]
    if (!token?.word) return -1
    // (A part of the day after a weekday: “Sunday night”.)
    if (partsOfDay.has(token.lower)) {
      const weekday = this.tokens[this.skipSpaceBack(index - 1, limit)]
      if (!weekday?.word || !weekdaySet.has(weekday.lower)) return -1
      token = weekday
    }
    const day = weekdaySet.has(token.lower)
    // (A month or a year after “in”: “who in 2010 said”.)
    if (!day && !(monthNames.has(token.lower) || year.test(token.text))) return -1
    const before = this.tokens[this.skipSpaceBack(token.index - 1, limit)]
    if (!before?.word) return -1
    // (A weekday right after a name or a noun of people: “Broaddrick
    // Sunday night recounted”, “The leading candidates for president
    // Thursday lashed out”; not one that a word names, “on Super Tuesday”,
    // nor the time of another verb, “voters going to the polls Tuesday”.)
    const bare = day && !dayPrepositions.has(before.lower)
    if (
      bare
        ? dayNameWords.has(before.lower) ||
          articles.includes(before.lower) ||
          !(before.capitalised || roleNoun(before) || personNouns.has(singularNoun(before.lower)))
        : !day && before.lower !== 'in'
    )
      return -1
    const prior = bare ? before.index : this.skipSpaceBack(before.index - 1, limit)
    // (A month or a year after a pronoun only: “who in 2010 said”; a noun
    // keeps its time, “A CNN/ORC poll in January shows”.)
    const pronoun = this.tokens[prior]?.lower ?? ''
    if (!day && !(pronoun === 'who' || pronoun === 'which' || subjectPronouns.has(pronoun)))
      return -1
    // (“Figures reported on Sunday showed”.)
    if (!afterParticiple && lowerPast(this.tokens[prior])) return -1
    return prior
  }

  /**
   * Whether the word at `index` is a participle in lower case that a time
   * after it belongs to (“released”, “conducted”, “out” in “a poll out this
   * week”).
   */
  timeOfParticiple(index: number): boolean {
    const word = this.tokens[index]
    return lowerPast(word) || (word?.word === true && word.text === 'out')
  }

  /**
   * Whether a cue word in -ing at `index` is the capitalised first word of
   * its sentence before nouns that end in a noun of sources, which it
   * modifies (“Voting rights advocates said”, “Polling experts say”).
   */
  ingOpener(index: number, words: number, last: number, limit: number): boolean {
    const token = this.tokens[index] as Token
    if (words < 1 || !token.capitalised || !token.lower.endsWith('ing')) return false
    if (this.skipSpaceBack(index - 1, limit) >= limit) return false
    const previous = this.tokens[index - 1]
    if (previous && previous.sentence === token.sentence) return false
    return sourcePhrase(this.tokens, index + 1, last + 1)
  }

  /**
   * Whether the word at `index` opens a participle phrase: a past
   * participle in lower case and a preposition (“carried out by”).
   */
  participleOpens(index: number, limit: number): boolean {
    const word = this.tokens[index]
    let particle = this.tokens[this.skipSpace(index + 1, limit)]
    // (After an adverb: “named locally as …”.)
    if (particle?.word && isLyAdverb(particle))
      particle = this.tokens[this.skipSpace(particle.index + 1, limit)]
    return (
      word?.word === true &&
      !word.capitalised &&
      (participleEnding.test(word.lower) || irregularParticiples.has(word.lower)) &&
      particle?.word === true &&
      participleParticles.has(particle.lower)
    )
  }

  /**
   * Whether a past participle at `index` (before `end`) opens an
   * apposition after a comma that follows a noun phrase of up to six words
   * (or a name) that opens the sentence:
   * a word in -ed (“The study, released last week,”) or one before a
   * preposition (“The singer, known as the Queen of Soul,”).
   */
  participleApposition(index: number, limit: number, end: number): boolean {
    const word = this.tokens[index]
    if (!word?.word || word.text !== word.lower) return false
    if (!word.lower.endsWith('ed') && !this.participleOpens(index, end)) return false
    const comma = this.skipSpaceBack(index - 1, limit)
    if (!this.isComma(comma)) return false
    const before = this.skipSpaceBack(comma - 1, limit)
    // (Or a name: “Aretha Franklin, known as the Queen of Soul,”.)
    return this.opensWithNoun(limit, before, 6, true) || this.onlyName(limit, before)
  }

  /**
   * The participle that opens a phrase before “and” at `and` (“drafted for
   * the project in May 2012, and”), within 30 tokens in its sentence; `-1`
   * if there is none.
   */
  participlePhraseBack(and: number, limit: number): number {
    for (let index = and - 1; index >= limit && and - index <= 30; index--) {
      if (this.isClauseEnd(index)) return -1
      if (this.participleOpens(index, and)) return index
    }
    return -1
  }

  /**
   * The first token of a noun phrase that ends at `at`, which a determiner
   * opens (“A study”, “the new book”, “His report”) within four words, or a
   * name (“The American Health Security Act of 2009”, “Reuters”), in its
   * sentence; `-1` if there is none.
   */
  nounPhraseBack(at: number, limit: number): number {
    const end = this.tokens[at]
    if (!end?.word || verbLike(end) || stopWords.has(end.lower)) return -1
    // A name, maybe with “of” inside and a determiner before it: “The
    // American Health Security Act of 2009”.
    if (end.capitalised || /^\d/.test(end.text)) {
      let start = at
      let index = this.skipSpaceBack(at - 1, limit)
      while (index >= limit) {
        const token = this.tokens[index] as Token
        if (!token.word) break
        if (objectOpeners.has(token.lower)) return index
        if (!(token.capitalised || /^\d/.test(token.text) || token.lower === 'of')) break
        start = index
        index = this.skipSpaceBack(index - 1, limit)
      }
      return this.tokens[start]?.capitalised ? start : -1
    }
    let index = at
    for (let words = 0; index >= limit && words < 4; words++) {
      const token = this.tokens[index] as Token
      if (!token.word) return -1
      // (A possessive name is a determiner: “Hoff’s letter”.)
      if (objectOpeners.has(token.lower) || (token.capitalised && isPossessive(token.text)))
        return index
      if (stopWords.has(token.lower) || verbLike(token)) return -1
      index = this.skipSpaceBack(index - 1, limit)
    }
    return -1
  }

  /**
   * Whether the capitalised words that end at `index` follow a preposition
   * of place that opens the clause at `limit` (“In Cardiff”, “At
   * Westminster”, “Speaking in Leeds”) or are an adverb that opens it
   * (“Separately”): the clause’s opener and no speaker.
   */
  placeOpener(index: number, limit: number): boolean {
    // (“Separately,”: an adverb that opens it is no name either.)
    if (
      this.skipSpace(limit, index) === index &&
      openingAdverb((this.tokens[index] as Token).lower)
    )
      return true
    let at = index
    while (at > limit && this.tokens[at]?.capitalised) at = this.skipSpaceBack(at - 1, limit)
    if (at === index || !placePrepositions.has((this.tokens[at] as Token).lower)) return false
    // (Or after a participle that opens it: “Speaking in Leeds,”.)
    const before = this.skipSpaceBack(at - 1, limit)
    return (
      at === limit || (before === limit && (this.tokens[before] as Token).lower.endsWith('ing'))
    )
  }

  /**
   * Whether the words from `limit` to `last` are a short phrase that opens
   * the sentence and its comma (“On Monday,”, “Speaking in Leeds,”,
   * “However,”), then a noun phrase (“the senator”).
   */
  nounAfterOpener(limit: number, last: number): boolean {
    let comma = last
    while (comma > limit && !this.isComma(comma)) comma--
    if (comma === limit || !this.opensWithNoun(comma + 1, last)) return false
    const first = this.tokens[this.skipSpace(limit, comma)]
    if (!first?.word || this.wordCount({first: limit, last: comma}) > 6) return false
    for (let at = limit; at < comma; at++) if (this.isComma(at)) return false
    return (
      openingPrepositions.has(first.lower) ||
      first.lower.endsWith('ing') ||
      openingAdverb(first.lower)
    )
  }

  /**
   * The speaker written before a cue, read backwards from `cue` to `limit`
   * (the start of the sentence or clause).
   */
  speakerBefore(cue: number, limit: number): TokenRange | undefined {
    let index = this.skipSpaceBack(cue - 1, limit)

    // Skip auxiliaries and adverbs: “he later said”, “Smith has said”, and
    // a day between the speaker and the cue (“Gov. Ellen Marsh on Friday
    // signed”, “the board on Tuesday named”).
    while (index >= limit) {
      const token = this.tokens[index] as Token
      const day = this.dayBefore(index, limit, false)
      if (day !== -1) {
        index = day
        continue
      }
      // “Beck, who has in the past described”, “who in recent years has
      // said”: a time past.
      const past = this.pastBefore(index, limit)
      if (past !== -1) {
        index = past
        continue
      }
      // “Rep. Brad Sherman (D-Calif.) last month joked”, “Reince Priebus,
      // the GOP chairman, this past week announced”: a time.
      if (token.word && timeNouns.has(token.lower)) {
        const before = this.tokens[this.skipSpaceBack(index - 1, limit)]
        // “past” only after “this” (not “interviewed in the past week said”).
        const past = before?.lower === 'past'
        const ahead = before ? this.skipSpaceBack(before.index - 1, limit) : -1
        if (
          before?.word &&
          timeModifiers.has(before.lower) &&
          (!past || this.tokens[ahead]?.lower === 'this') &&
          // (Not the time of a participle, which the speaker keeps: “A
          // Marquette Law School poll released last week showed”, “a poll
          // out this week shows”.)
          !this.timeOfParticiple(past ? this.skipSpaceBack(ahead - 1, limit) : ahead)
        ) {
          index = past ? this.skipSpaceBack(ahead - 1, limit) : ahead
          continue
        }
      }
      // “Acme Corp today announced”: a day in one word (not “USA Today”).
      if (!this.isVerbModifier(index) && !(token.text === token.lower && dayWords.has(token.lower)))
        break
      index = this.skipSpaceBack(index - 1, limit)
    }

    // “Lianys Torres Rivera, chargé d’affaires …, told”: skip the comma closing an apposition.
    const closed = index >= limit && this.isComma(index)
    if (closed) index = this.skipSpaceBack(index - 1, limit)
    // “The guidance published on Tuesday, said”: a day before the comma too,
    // when the comma closes no apposition (“Mr Clarke, who will unveil his
    // plans on Monday, said”).
    const day = closed ? this.dayBefore(index, limit) : -1
    if (day !== -1 && !this.commaWithin(limit, day)) index = day
    // “Trump, appearing after Clinton at the forum, cited”: a participle
    // phrase between commas is no part of the speaker, who stands before it.
    const phrase = closed ? this.participleOpening(index, limit) : -1
    if (phrase !== -1) index = this.skipSpaceBack(phrase - 1, limit)
    // “Jason Sims — a teacher from Mount Pleasant — says”: an apposition
    // between dashes is part of the speaker, read from the name before it.
    const named = closed ? -1 : this.dashedApposition(index, limit)
    let last = index
    if (named !== -1) index = named
    // The end of the words before the closing comma, for an adverbial there.
    const closing = index
    let first = -1
    let words = 0
    // Whether a cue read is in a relative clause that “that” opens.
    let relativeThat = false
    // “the 95% the World Health Organization says is needed”: with a
    // finite verb right after the cue, the cue's clause is a relative one
    // without its pronoun, whose subject opens with the last article (not
    // in an apposition before a comma: “Sarah Lee, who chairs the panel,
    // said was unfair”).
    // (After a verb of saying or finding: not “government documents have
    // been violated”.)
    const after = this.tokens[this.skipSpace(cue + 1, this.tokens.length)]
    const gapped =
      sayingVerbs.has(this.tokens[cue]?.text ?? '') &&
      after?.word === true &&
      after.text === after.lower &&
      finite.has(after.lower)

    while (index >= limit && words < 24) {
      const token = this.tokens[index] as Token
      // A speaker never runs into a quote or another attribution.
      if (this.taken[index]) break

      if (token.space) {
        index--
        continue
      }

      if (
        gapped &&
        !closed &&
        words > 0 &&
        articles.includes(token.text) &&
        this.endsNounPhrase(index, limit)
      ) {
        first = index
        break
      }

      if (token.word) {
        // A relative pronoun is the speaker, and starts it (“the governor, who
        // has said”), unless its clause is an apposition between commas
        // (“Rosa Alvarez, who voted against the cut, said”).
        // A restrictive clause goes on to its noun (“Officials who spoke on
        // condition of anonymity said”).
        // A subject pronoun right before the cue is the whole speaker
        // (“Perhaps, he said, …”).
        if (words === 0 && !closed && subjectPronouns.has(token.lower)) {
          first = index
          break
        }

        // “posters which critics claim depict …”: the object of the cue, whose
        // subject, after it, is the speaker.
        if (
          (token.lower === 'which' ||
            token.lower === 'whom' ||
            // “Bannon, who Beck called “…””: “who” as an object, before a name.
            (token.lower === 'who' && this.tokens[first]?.capitalised === true)) &&
          words > 0 &&
          this.opensNounPhrase(first) &&
          // (Not “both of which Mrs. Clinton praised”.)
          this.tokens[this.skipSpaceBack(index - 1, limit)]?.lower !== 'of'
        )
          break

        if (relativePronouns.has(token.lower) || (token.lower === 'that' && relativeThat)) {
          const subject = words === 0
          first = index
          const comma = this.skipSpaceBack(index - 1, limit)
          const commaBefore = this.isComma(comma)
          if ((subject && !(closed && commaBefore)) || (commaBefore && !closed)) break
          index = commaBefore ? this.skipSpaceBack(comma - 1, limit) : index - 1
          continue
        }

        // “Labour hit back, with election coordinator Alan Milburn accusing
        // …”: a participle after “with” and a name or a noun of people
        // reports that alone (not “with softer language calling for”).
        if (
          token.text === 'with' &&
          words > 0 &&
          this.tokens[cue]?.lower.endsWith('ing') &&
          this.mayName(last) &&
          // (Not “led to the spectacle of Mr. Netanyahu denouncing”.)
          !this.words({first, last: last + 1}).some((word) => prepositions.has(word.lower))
        )
          break

        // “such as” continues a speaker (“Some Democrats, such as Rep. Jim McGovern”).
        const suchAs =
          token.lower === 'as' &&
          this.tokens[this.skipSpaceBack(index - 1, limit)]?.lower === 'such'
        // A cue in a relative clause is part of the speaker (“Officials who
        // spoke on condition of anonymity said”, “Sanders, who has already
        // sent pleas on his behalf, said”).
        const opener = this.verbGroupOpener(index, limit)
        let relative = opener !== -1 && relativePronouns.has((this.tokens[opener] as Token).lower)
        // “progressive organizations that have endorsed him say”: “that”
        // after a noun opens a relative clause too.
        if (!relative && opener !== -1 && this.relativeThat(opener, index, limit)) {
          relative = true
          relativeThat = true
        }
        // A cue word right before the cue is a noun, the speaker’s head (“A
        // news report said”, “An early tweet read”): two verbs do not
        // follow each other so.
        if (
          (boundaryWords.has(token.lower) &&
            !suchAs &&
            !this.isName(index) &&
            // “The singer, known as the Queen of Soul, said”: the particle
            // of a participle that opens an apposition.
            !(
              closed &&
              last === closing &&
              words > 0 &&
              participleParticles.has(token.lower) &&
              this.participleApposition(this.skipSpaceBack(index - 1, limit), limit, last + 1)
            ) &&
            // “Feeding Britain, a charity that works with food banks,
            // said”: “that” opens a relative clause inside the apposition.
            !(
              token.lower === 'that' &&
              closed &&
              last === closing &&
              words > 0 &&
              this.relativeThat(index, last, limit)
            ) &&
            !this.joinsBody(index, limit) &&
            // “teachers and union officials told”: “and” between nouns of
            // people joins one subject; so it does between names that open
            // the sentence (“Mr. Grassley and Mr. Leahy said”).
            !(
              token.lower === 'and' &&
              words > 0 &&
              (this.joinsPeople(index, limit) ||
                this.joinsRoles(index, limit) ||
                this.pluralList(limit, last + 1) ||
                this.joinsNames(index, first, limit) ||
                this.namePartList(index, first, last, limit) ||
                this.joinsAgents(index, first, last, limit) ||
                this.joinsSubjects(index, first, limit) ||
                this.joinsModifiers(index, last, limit))
            ) &&
            // “Robbie Keane, skipper for the night and scorer of the second
            // goal, echoed”: “and” inside an apposition after a name.
            !(
              token.lower === 'and' &&
              closed &&
              last === closing &&
              this.appositionAfterName(index, limit)
            ) &&
            // “he, once again, pledged”, “Winn-Dixie, once among the most
            // profitable grocers, said”, “Murphy, though, said”: adverbs
            // between commas.
            !(
              closed &&
              last === closing &&
              (token.lower === 'once' || (token.lower === 'though' && index === last))
            ) &&
            // “Tim Renner, the head of Universal Music until last year,
            // told”: a time that ends an apposition.
            !(
              closed &&
              last === closing &&
              words > 0 &&
              (token.lower === 'until' || token.lower === 'since') &&
              this.isTime(first, last + 1)
            )) ||
          (!relative &&
            index !== last &&
            this.cueAt(index, last + 1) &&
            !this.reducedRelative(index, limit) &&
            !this.ingOpener(index, words, last, limit) &&
            // (Nor a word in -ing between a possessive and its noun: “The
            // council's planning committee said”.)
            !(
              words > 0 &&
              token.lower.endsWith('ing') &&
              isPossessive(this.tokens[this.skipSpaceBack(index - 1, limit)]?.text ?? '')
            ) &&
            // (Not in an apposition between commas, which the speaker
            // stands before: “Gov. John Kasich, a Republican who has
            // refused to endorse Mr. Trump, said”.)
            !(!closed && this.modifierCue(index, limit)) &&
            // (Nor a participle that opens an apposition after a noun
            // phrase that opens the sentence: “The singer, known as the
            // Queen of Soul, said”.)
            !(closed && last === closing && this.participleApposition(index, limit, last + 1)))
        ) {
          // “Rep. Dan Ochoa, speaking at a town hall in Dayton, said”: a
          // participle phrase between commas before the cue is no part of
          // the speaker, who stands before it.
          const comma = this.skipSpaceBack(index - 1, limit)
          if (
            closed &&
            last === closing &&
            token.lower.endsWith('ing') &&
            comma >= limit &&
            this.isComma(comma) &&
            !this.taken[comma]
          ) {
            last = this.skipSpaceBack(comma - 1, limit)
            first = -1
            words = 0
            index = last
            continue
          }

          // “Sexton, after previous Trump rallies, wrote”: a phrase between
          // commas that a preposition such as “after” opens is an adverbial
          // (not “as Tom Ridge, a former secretary, put it”).
          if (
            closed &&
            last === closing &&
            token.lower !== 'as' &&
            comma >= limit &&
            this.isComma(comma) &&
            this.isAdverbial(index, last + 1)
          ) {
            last = this.skipSpaceBack(comma - 1, limit)
            first = -1
            words = 0
            index = last
            continue
          }

          // “Ms. Harris, in her first interview since the election, said”:
          // the word is inside such a phrase, which the comma before opens.
          // (Not one of “as” or “like”: “as Tom Ridge, a former secretary,
          // put it”, “arguments, like that Clinton advocated for a speedy
          // withdrawal, are …”.)
          const open = closed && last === closing ? this.openingComma(index, limit) : -1
          const opener = this.tokens[this.skipSpace(open + 1, index)]
          if (
            open !== -1 &&
            opener !== undefined &&
            opener.lower !== 'as' &&
            opener.lower !== 'like' &&
            adverbialPrepositions.has(opener.lower) &&
            !this.commaWithin(opener.index, last) &&
            this.isAdverbial(opener.index, last + 1)
          ) {
            last = this.skipSpaceBack(open - 1, limit)
            first = -1
            words = 0
            index = last
            continue
          }

          // “Barkley, who said he supports Democrats, said”: a cue in a
          // relative clause between commas right before the cue; the speaker
          // is what the clause is about, before its comma.
          const opening = closed && last === closing ? this.relativeOpening(index, limit) : -1
          if (opening !== -1) return this.speakerBefore(opening + 1, limit)
          break
        }
        first = index
        words++
        index--
        continue
      }

      if (isComma(this.tokens, index)) {
        // Continue over an apposition: “Some Democrats, such as …”, “Rivera, chargé …”.
        const before = this.skipSpaceBack(index - 1, limit)
        const after = this.tokens[first]
        let previous = this.tokens[before]
        // “Gwen Moore (D-Wis.), a longtime critic, said”: the name before the parenthesis.
        if (previous?.text === ')') {
          const open = this.parenthesisOpen(before, limit)
          if (open !== -1) previous = this.tokens[this.skipSpaceBack(open - 1, limit)]
        }

        // “Trump, however, said”, “Mr. Trump, in a brief interview on
        // Saturday, said”: an adverbial between commas is no part of the
        // speaker before it.
        if (
          closed &&
          first !== -1 &&
          last === closing &&
          previous?.word &&
          this.isAdverbial(first, last + 1)
        ) {
          last = before
          first = -1
          words = 0
          index = before
          continue
        }

        if (
          first !== -1 &&
          after &&
          previous?.word &&
          (inclusionStarters.has(after.lower) ||
            // “Carson, Fiorina and Huckabee said”: a list of names.
            (!closed && isCapitalised(previous.text) && this.nameList(first, last + 1, limit)) ||
            // “A spokesperson for the Department for Environment, Food and
            // Rural Affairs said”: the parts of a body’s name.
            this.namePartList(index, first, last, limit) ||
            // “Friends, lobbyists and former foes say”: a list of plurals
            // that opens the clause.
            (!closed && this.pluralList(limit, last + 1)) ||
            // An apposition is closed by a comma before the cue; without one,
            // what follows the comma is the whole speaker (“…since January,
            // the theater’s director said”).
            (closed &&
              (endsName(previous.text) || this.isAge(before, limit)) &&
              // (Not the place that opens the sentence: “In Cardiff,
              // resident Gareth Jones, 45, said”.)
              !this.placeOpener(before, limit) &&
              (appositionStarters.has(after.lower) ||
                !isCapitalised(after.text) ||
                // “Bush, Florida’s former governor, said”: a possessive
                // opens one too, maybe of a name of two words after a name
                // that opens the sentence (“Prof Sir Stephen Powis, NHS
                // England's national medical director, said”).
                isPossessive(after.text) ||
                (after.capitalised &&
                  isPossessive(this.tokens[this.skipSpace(after.index + 1, last)]?.text ?? '') &&
                  this.onlyName(limit, before)) ||
                // “Tom Smith, of Dayton, Ohio, said”: a town and its state.
                this.isState(first, first + 1) ||
                // “Peter Hale, 62, of Lower Road, Kingsmere, said”: the town
                // of an address.
                (last === closing && this.addressTown(first, last + 1, before, limit)) ||
                // “Senator Dianne Feinstein, Democrat of California, said”.
                this.partyOf(first))) ||
            // “The agency, a talent firm, says”: a noun phrase that opens the
            // sentence, with an apposition that an article opens.
            // (Or a plural noun of people and its preposition: “Lawyers for
            // the plaintiffs, a coalition of groups, argued”.)
            (closed &&
              appositionStarters.has(after.lower) &&
              (this.opensWithNoun(limit, before) ||
                this.opensWithPeople(limit, before) ||
                // (After a phrase that opens the sentence: “On Monday, the
                // senator, a Democrat, said”.)
                this.nounAfterOpener(limit, before))) ||
            // “The coach, 54, told”: an age alone between commas after such
            // a noun phrase.
            (closed &&
              last === closing &&
              first === last &&
              agePattern.test(after.text) &&
              this.opensWithNoun(limit, before)) ||
            // “The survey, conducted by Gallup, finds”, “The study, released
            // last week, shows”: a participle in -ed between commas after a
            // noun phrase of up to six words that opens the sentence.
            (closed && last === closing && this.participleApposition(first, limit, last + 1)) ||
            // “The director of the European Centre, Ina Kirsch, told”: a role
            // that opens the sentence, with the name in apposition.
            (closed &&
              last === closing &&
              this.words({first, last: last + 1}).every(
                // (Or names joined by “and”: “Two objectors, Lawrence Joyce
                // and William Graham,”.)
                (word, index, words) =>
                  (word.capitalised && !isPossessive(word.text)) ||
                  (index > 0 && word.lower === 'and') ||
                  // (And the particles of a name: “Khalil al-Hayya”,
                  // “Ursula von der Leyen”.)
                  (index > 0 && inName(word.text)) ||
                  // (And an age after the name: “Her daughter, Karen, 58,”.)
                  (index > 0 && index === words.length - 1 && agePattern.test(word.text)),
              ) &&
              this.opensWithRole(limit, before)) ||
            // Or by the dashes of a second one, when it opens as one does
            // (“John Dickey, the chief executive of Ora Media -- the
            // production company … -- told”, not “Even if …, insiders in the
            // next two states — Nevada and South Carolina — said”).
            (named !== -1 && isCapitalised(previous.text) && appositionStarters.has(after.lower)) ||
            // “Howard Archer, economist at Global Insight said”: a role
            // after a name that opens the clause, its closing comma missing.
            (!closed &&
              !after.capitalised &&
              !articles.includes(after.lower) &&
              roleNoun(after) &&
              this.onlyName(limit, before)))
        ) {
          index = before
          continue
        }

        break
      }

      // A parenthesis after a name: “Rep. Gwen Moore (D-Wis.)”.
      if (token.text === ')') {
        const open = this.parenthesisOpen(index, limit)
        if (open === -1) break
        first = open
        index = open - 1
        continue
      }

      // “60% said”: a share, as “60 percent” is.
      if (token.text === '%' && /\d$/.test(this.tokens[index - 1]?.text ?? '')) {
        first = index
        index--
        continue
      }

      // Possessives and inner punctuation of names and numbers: “Cuba’s”,
      // “O’Neill”, “Jr.”, “1,000” (a comma that separates clauses is read
      // above), “D-Calif.” (not a hyphen between spaces, which is a dash:
      // “…, Channing D. Phillips - the Utah Republican asks”).
      if (
        (token.text === '’' ||
          token.text === "'" ||
          token.text === '.' ||
          (token.text === '-' && !this.tokens[index + 1]?.space) ||
          token.text === ',') &&
        first !== -1
      ) {
        first = index
        index--
        continue
      }

      // “&” between capitalised words joins a name: “Johnson & Johnson”,
      // “Procter & Gamble”; so does a slash without spaces: “The latest
      // Reuters/Ipsos poll”, “USC Dornsife/Los Angeles Times”.
      if (
        (token.text === '&' || (token.text === '/' && first === index + 1)) &&
        this.tokens[first]?.capitalised === true &&
        this.tokens[this.skipSpaceBack(index - 1, limit)]?.capitalised === true &&
        (token.text === '&' || this.tokens[index - 1]?.word === true)
      ) {
        first = index
        index--
        continue
      }

      // A nickname inside a name: `Marcia "Cia" Price`.
      const opener = this.document.nicknames[index] as number
      if (opener > 0 && opener - 1 < index) {
        first = opener - 1
        index = opener - 2
        continue
      }

      break
    }

    // “Dr. Connie Mariano, who as a Navy captain was … and retired as a rear
    // admiral, said”: words read back inside a relative clause between
    // commas that stop before its pronoun are no speaker; the speaker stands
    // before the clause.
    if (closed && first !== -1 && !relativePronouns.has((this.tokens[first] as Token).lower)) {
      const opening = this.relativeOpening(first, limit)
      if (opening !== -1) return this.speakerBefore(opening + 1, limit)
    }

    if (first === -1) return undefined
    // (Read back to the preposition of a name: “The study, published in
    // Nature, found”, “an article published in The Washington Post
    // rebuked”; not a verb after a name or an auxiliary: “Bill Gates
    // announced in his speech a partnership called”, “whose products are
    // endorsed by Tiger Woods, said”.)
    const opener = this.skipSpaceBack(first - 1, limit)
    const head = this.tokens[this.skipSpaceBack(opener - 1, limit)]
    if (
      opener >= limit &&
      first < last &&
      participleParticles.has((this.tokens[first] as Token).lower) &&
      this.participleOpens(opener, last + 1) &&
      head !== undefined &&
      (this.isComma(head.index) ||
        (head.word && head.text === head.lower && !this.isAuxiliary(head.index))) &&
      // (And a noun phrase before it, as below; else the name stays.)
      this.nounPhraseBack(
        this.isComma(head.index) ? this.skipSpaceBack(head.index - 1, limit) : head.index,
        limit,
      ) !== -1
    )
      first = opener
    // “A study carried out by Professor Allsop says”, “The book, serialised
    // in the newspaper, said”: words read back that a participle and its
    // preposition open end a noun phrase, which the speaker opens with (or
    // there is none: “elected in 1997 told”).
    if (this.participleOpens(first, last + 1)) {
      let before = this.skipSpaceBack(first - 1, limit)
      // (“A legal opinion drafted for the project …, and obtained by AP,
      // concluded”: a participle phrase before “and” goes with it.)
      if (this.tokens[before]?.lower === 'and') {
        const other = this.participlePhraseBack(before, limit)
        if (other !== -1) before = this.skipSpaceBack(other - 1, limit)
      }
      // (An apposition so opened is closed by a comma before the cue: not
      // “These figures, based on the two parties' own detailed studies”.)
      const apposition = before >= limit && this.isComma(before)
      if (apposition && !closed) return undefined
      if (apposition) before = this.skipSpaceBack(before - 1, limit)
      const head = before >= limit ? this.nounPhraseBack(before, limit) : -1
      if (head === -1) return undefined
      first = head
    }
    // “Asked why … the warnings were not there Lord Butler said”, “When
    // asked if Brown and Carragher would start Eriksson replied”: a clause
    // before the name, its comma missing, is no part of the speaker.
    // (Not a speaker whose apposition a comma closes: “Jane Russell, who
    // starred in Hughes' film The Outlaw, said was …”.)
    first = this.roleStart(closed ? first : this.zeroRelativeStart(first, last, cue), last)
    const name = this.nameAfterClause(first, last, cue)
    return this.trimSpeaker({
      first: name === -1 ? this.approximationBefore(first, limit) : name,
      last: last + 1,
    })
  }

  /**
   * The start of a speaker read back from `last` to `first` in a relative
   * clause with no pronoun, whose object stands before its subject (“The
   * council approved a project officials said would cost …”, “a probe the
   * agency said was ongoing”, “It’s a dynamic Greenberg said could drive
   * …”): the content after the cue has no subject (`opensSubjectless`), so
   * the words read back hold the clause’s noun and then its subject, which
   * opens with a determiner, a pronoun or a name, or, after “a” and a noun,
   * with a plural of people (the last such word). `first` otherwise, and
   * when a relative pronoun opens the clause (“which the Tories say
   * would”).
   */
  zeroRelativeStart(first: number, last: number, cue: number): number {
    const end = this.tokens.length
    let verb = cue
    while (auxiliaryWords.has(this.tokens[verb]?.lower ?? '')) verb = this.skipSpace(verb + 1, end)
    const next = this.tokens[this.skipSpace(verb + 1, end)]
    if (!zeroRelativeVerbs.has(this.tokens[verb]?.lower ?? '') || !next || !opensSubjectless(next))
      return first
    // (Or with an adverb between: “which even the most optimistic Democrats
    // doubt will flip”.)
    let before = this.tokens[this.skipSpaceBack(first - 1, 0)]
    if (before?.word && !relativeOrQuestion.has(before.lower))
      before = this.tokens[this.skipSpaceBack(before.index - 1, 0)]
    if (before?.word && relativeOrQuestion.has(before.lower)) return first

    for (let index = last; index > first; index--) {
      const token = this.tokens[index] as Token
      if (!token.word) continue
      const previous = this.tokens[this.skipSpaceBack(index - 1, first)] as Token
      // The clause’s noun ends right before, in lower case.
      if (
        !previous.word ||
        previous.capitalised ||
        antecedentEnders.has(previous.lower) ||
        this.isAuxiliary(previous.index)
      )
        continue
      const article = this.tokens[this.skipSpaceBack(previous.index - 1, first)] as Token
      if (
        subjectOpeners.has(token.lower) ||
        // (A name, or one before a plural of people: “Pentagon officials”.)
        (token.capitalised &&
          (this.words({first: index, last: last + 1}).every((word) => word.capitalised) ||
            this.peoplePluralAt(last))) ||
        // (“a project officials”: no plural is one noun with what “a” opens.)
        (!token.capitalised &&
          this.peoplePluralAt(index) &&
          article.index >= first &&
          (article.lower === 'a' || article.lower === 'an'))
      )
        return index
    }

    return first
  }

  /**
   * The noun that a relative clause with no pronoun is about, right before
   * its subject at `first` (“a project officials said would cost”:
   * “a project”; “meddling the congressman said is designed to”:
   * “meddling”), read back to `limit`; `undefined` when no noun in lower
   * case stands there.
   */
  antecedentBefore(first: number, limit: number): TokenRange | undefined {
    const at = this.skipSpaceBack(first - 1, limit)
    const token = this.tokens[at]
    if (
      at < limit ||
      !token?.word ||
      token.capitalised ||
      antecedentEnders.has(token.lower) ||
      stopWords.has(token.lower) ||
      verbLike(token) ||
      this.isAuxiliary(at)
    )
      return undefined
    const head = this.nounPhraseBack(at, limit)
    return {first: head === -1 ? at : head, last: at + 1}
  }

  /** Whether the token at `index` is a plural of people in lower case (“officials”, “ministers”). */
  peoplePluralAt(index: number): boolean {
    const token = this.tokens[index] as Token
    return token.text === token.lower && pluralOfPeople(token)
  }

  /**
   * The start of a speaker read back from `last` to `first` that ends in a
   * role and a name in apposition to it, after a comma (“Separately, the
   * world's largest package delivery company, UPS”): the role's first
   * token; `first` otherwise.
   */
  roleStart(first: number, last: number): number {
    const commas: number[] = []
    for (let index = first; index <= last; index++) if (this.isComma(index)) commas.push(index)
    if (commas.length < 2) return first
    const before = commas[commas.length - 2] as number
    const after = commas[commas.length - 1] as number
    const name = this.words({first: after + 1, last: last + 1})
    // (Not the state of a town the role ends with: “Christopher Harvey, a
    // delegate from Houston, Texas,”.)
    if (
      name.length === 0 ||
      !name.every((word) => word.capitalised) ||
      this.isState(after + 1, last + 1)
    )
      return first
    // (Only a name: not one in an apposition between dashes, “Rep. Lois
    // Frankel — like Reid, a supporter of …, Rep. Patrick Murphy —”.)
    for (let index = after + 1; index <= last; index++) {
      const token = this.tokens[index] as Token
      if (!token.word && !token.space && token.text !== '.') return first
    }
    return this.opensWithRole(before + 1, this.skipSpaceBack(after - 1, before))
      ? this.skipSpace(before + 1, after)
      : first
  }

  /**
   * The start of a speaker that opens with a number, with the words that
   * make it approximate (“More than 60 percent of voters said”; “about”
   * when it opens the clause: “About 4 in 10 said”); `first` when there
   * are none.
   */
  approximationBefore(first: number, limit: number): number {
    const number = this.tokens[first] as Token
    if (
      !(
        /^\d/.test(number.text) ||
        numberWords.includes(number.lower) ||
        fractions.test(number.lower)
      )
    )
      return first
    let at = this.skipSpaceBack(first - 1, limit)
    const word = this.tokens[at]
    if (at < limit || !word?.word) return first
    if (word.lower === 'than') {
      at = this.skipSpaceBack(at - 1, limit)
      // (Anywhere: “said more than 4 in 10”.)
      return at >= limit && comparatives.has(this.tokens[at]?.lower ?? '') ? at : first
    }
    if (word.lower !== 'about' && word.lower !== 'around') return first
    // (Opening the clause: not “talked about 4 in 10 voters”.)
    const before = this.skipSpaceBack(at - 1, limit)
    return before < limit || !this.tokens[before]?.word ? at : first
  }

  /**
   * Where a name starts that ends at `last` after a clause (a finite verb,
   * then a lower-case word that is no role nor determiner) from `first`
   * with no comma between: `-1` when there is none.
   */
  nameAfterClause(first: number, last: number, cue: number): number {
    // Only before a verb (“said”, “replied”): before a noun, the name is a
    // modifier (“were British hopes”, “could further threaten Germany’s
    // recovery”).
    const verb = this.tokens[cue] as Token
    const particle = this.tokens[this.skipSpace(cue + 1, this.tokens.length)]?.lower
    if (
      isNounCue(verb.lower) ||
      particle === 'for' ||
      particle === 'of' ||
      // (Nor before a participle: “super PACs supporting candidates”, “a
      // scruffy little Austrian called Adolf Hitler”.)
      verb.lower.endsWith('ing') ||
      namingParticiples.has(verb.lower) ||
      isPossessive((this.tokens[last] as Token).text)
    )
      return -1
    let start = last
    let at = last

    while (at > first) {
      const token = this.tokens[at] as Token
      if (token.capitalised) start = at
      else if (!token.space && token.text !== '.') break
      at--
    }

    const before = this.skipSpaceBack(start - 1, first)
    const word = this.tokens[before]
    if (
      start === last + 1 ||
      !(this.tokens[start] as Token).capitalised ||
      before < first ||
      !word?.word ||
      word.capitalised ||
      roleNoun(word) ||
      objectOpeners.has(word.lower) ||
      prepositions.has(word.lower) ||
      stopWords.has(word.lower) ||
      // (The object of a verb: “The sale has destroyed Yukos”.)
      verbLike(word) ||
      // (“will carry British”: an adjective.)
      (start === this.skipSpaceBack(last, first) &&
        placeAdjectives.has((this.tokens[start] as Token).lower))
    )
      return -1

    for (let index = first; index < before; index++) {
      const token = this.tokens[index] as Token
      if (relativePronouns.has(token.lower)) return -1
      if (finite.has(token.lower)) return start
    }

    return -1
  }

  /**
   * The speaker that fills the tokens from `start` to `cue`: right after a
   * quotation (“…,” Rep. Jim Jordan (R-Ohio), an oversight panel member,
   * said). Auxiliaries before the cue and a closing comma are left out.
   */
  leadingSpeaker(start: number, cue: number): TokenRange | undefined {
    const first = this.tokens[start]
    if (!first?.word) return undefined
    let last = this.skipSpaceBack(cue - 1, start)
    // A lower-case role before a name is fine: “council member Dana Ortiz said”,
    // and so is a source noun at the end (“campaign officials said”).
    const spoken = this.words({first: start, last: last + 1})
    // A capital anywhere makes a name (“consultancy 4Cast”).
    const named = spoken.some((word) => word.text !== word.lower)
    const head = spoken[spoken.length - 1]
    // A source noun, or a short plural (“organisers said”, “economists say”).
    const source =
      head !== undefined &&
      spoken.length <= 4 &&
      (sourceNouns.has(head.lower) ||
        sourceNouns.has(singular(head.lower)) ||
        (spoken.length <= 2 && /[^s]s$/.test(head.lower) && !this.isAuxiliary(head.index)))
    if (!isCapitalised(first.text) && !leadingWords.has(first.lower) && !named && !source)
      return undefined
    // (But for a name: “…,” Will wrote.)
    if (
      notSpeakerStart.has(first.lower) &&
      !this.isName(first.index) &&
      !this.demonstrativeSpeaker(start, last + 1)
    )
      return undefined

    while (last >= start) {
      if (this.isAuxiliary(last)) {
        last = this.skipSpaceBack(last - 1, start)
        continue
      }

      break
    }

    if (last >= start && this.isComma(last)) last = this.skipSpaceBack(last - 1, start)
    if (last < start) return undefined
    const range = {first: start, last: last + 1}
    const words = this.words(range)
    // A cue word in a role before a name is none (“deputy planning director
    // Jose Leibovich said”).
    let name = words.length - 1
    while (name >= 0 && !(words[name] as Token).capitalised) name--
    // (Nor is one in a relative clause between commas: “officials, who
    // asked not to be named,”.)
    const relative = words.findIndex(
      (word) =>
        relativePronouns.has(word.lower) && this.isComma(this.skipSpaceBack(word.index - 1, start)),
    )
    if (
      words.length > 30 ||
      words.some(
        (word, index) =>
          index >= name &&
          (relative === -1 || index < relative) &&
          this.cueAt(word.index, range.last),
      )
    )
      return undefined
    // “…,” Blige sings to Clinton before asking: a speaker ends in no
    // conjunction. Nor does one run into a pronoun, the subject of its own
    // (“… “compact” newspaper editions in Ireland, it said.”).
    const ending = (words[words.length - 1] as Token).lower
    if (speakerEnders.has(ending) || (words.length > 1 && subjectPronouns.has(ending)))
      return undefined
    for (let index = start; index <= last; index++)
      if (this.isClauseEnd(index) || this.isQuoteMark(index)) return undefined
    return range
  }

  /**
   * Whether words open with a verb in lower case, that is no participle of
   * a name’s role (“made false statements to FBI agents”,
   * not “elected chairman of the …”).
   */
  verbPhrase(words: readonly Token[]): boolean {
    const verb = words[0] as Token
    return (
      verb.text === verb.lower &&
      verbLike(verb) &&
      !roleNoun(verb) &&
      !articles.includes((words[1] as Token).lower)
    )
  }

  /**
   * Whether words read as a speaker open with lower-case words and a comma
   * that name no source or person (“drive, Education Secretary Ruth Kelly”):
   * after a quotation, they end the content rather than start the speaker.
   */
  phraseBeforeSpeaker(range: TokenRange): boolean {
    const spoken = this.words(range)
    const comma = spoken.findIndex((word) => this.isComma(word.index + 1))
    const opening = spoken.slice(0, comma + 1)
    const noun = opening[opening.length - 1]
    return (
      comma !== -1 &&
      comma < spoken.length - 1 &&
      noun !== undefined &&
      // (Or a verb phrase with names in it: “made false statements to FBI
      // agents in 2024, prosecutors”.)
      (opening.every((word) => word.text === word.lower) ||
        (opening.length > 2 && this.verbPhrase(opening)) ||
        // (Or a phrase that a conjunction or a preposition opens: “because
        // of … the strength of the US economy, WPP”.)
        subordinateOpeners.has(opening[0]?.lower ?? '') ||
        prepositions.has(opening[0]?.lower ?? '')) &&
      !sourceNouns.has(noun.lower) &&
      !sourceNouns.has(singular(noun.lower)) &&
      !personNouns.has(noun.lower) &&
      !peopleNoun(noun.lower)
    )
  }

  /**
   * Index of the first comma, clause end or quotation mark at or after
   * `from`, or `limit` when there is none before it.
   */
  segmentEnd(from: number, limit: number): number {
    let end = from
    while (end < limit && !this.isComma(end) && !this.isClauseEnd(end) && !this.isQuoteMark(end))
      end++
    return end
  }

  /**
   * The end of the parts of a body's name after the comma at `comma`
   * (“the Department for Environment, Food and Rural Affairs”, “the
   * Ministry of Economy, Trade and Industry”): capitalised words and commas
   * after it, then “and” and capitalised words, that `namePartList` reads
   * as the last parts of the name before the comma, read back to `start`;
   * `-1` when the comma ends no such name.
   */
  namePartsAfter(start: number, comma: number, limit: number): number {
    const first = this.skipSpace(comma + 1, limit)
    let joined = false
    let end = -1
    for (let index = first; index < limit; index++) {
      const token = this.tokens[index] as Token
      if (token.space || (this.isComma(index) && !joined)) continue
      if (token.word && token.lower === 'and' && !joined) {
        joined = true
        continue
      }
      if (!token.capitalised) break
      end = index + 1
    }
    return joined && end !== -1 && this.namePartList(comma, first, end - 1, start) ? end : -1
  }

  /**
   * The source after “according to”: everything to the end of the clause
   * (“a filing with federal regulators”).
   */
  sourceAfter(from: number, limit: number): TokenRange | undefined {
    const start = this.skipSpace(from, limit)
    let end = this.segmentEnd(start, limit)
    // “figures from the Ministry of Economy, Trade and Industry (METI)”:
    // the commas of a body's name go on with it.
    const parts = this.isComma(end) ? this.namePartsAfter(start, end, limit) : -1
    if (parts !== -1) end = this.segmentEnd(parts, limit)
    // “(…, according to Factcheck.org)”: a parenthesis closed after the
    // source, and not opened in it, ends it.
    let depth = 0
    for (let index = start; index < end; index++) {
      const text = (this.tokens[index] as Token).text
      if (text === '(') depth++
      else if (text === ')' && depth-- === 0) end = index
    }
    const last = this.skipSpaceBack(end - 1, start)
    if (last < start || !this.tokens[start]?.word) return undefined
    return {first: start, last: last + 1}
  }

  /**
   * Whether the word after `index` reads as a verb (“fired”, “told”) or a
   * cue, not a participle before a noun of people or sources (“newly
   * elected chairman”, “internationally recognized government”).
   */
  verbAfter(index: number, limit: number): boolean {
    const next = this.skipSpace(index + 1, limit)
    const word = this.tokens[next]
    if (
      next >= limit ||
      !word?.word ||
      !(verbLike(word) || irregularPast.has(word.lower) || this.cueAt(next, limit) !== undefined)
    )
      return false
    const noun = this.tokens[this.skipSpace(next + 1, limit)]
    return !(noun?.word && noun.text === noun.lower && peopleNoun(noun.lower))
  }

  /**
   * The subject of a sentence, read forwards from its start: a pronoun, or a
   * name with its titles, or a determiner and the words of its noun phrase,
   * up to the first word that looks like a verb. `undefined` when the
   * sentence does not start so.
   */
  sentenceSubject(from: number, limit: number): TokenRange | undefined {
    // (Openers right before the cue leave no subject after them: the words
    // from the start are read, as a clause that is then no speaker.)
    const after = this.afterOpeners(from, limit)
    let start = after < limit ? after : from
    // “And then Trump went …”: conjunctions and “then” that open it.
    while (start < limit && leadingConjunctions.has(this.tokens[start]?.lower ?? ''))
      start = this.skipSpace(start + 1, limit)
    // “A few minutes later they reversed themselves and said”.
    const told = this.relativeTimeFrom(start, limit)
    if (told !== -1) start = told
    const first = this.tokens[start]
    // The cue opens the sentence (“Announcing the review, the minister said”).
    if (!first?.word || start >= limit) return undefined
    // A preposition opens no subject (“In a statement announcing …”), nor
    // does a conjunction, after which a pronoun may (“When he returned he
    // began by saying”).
    // (But a phrase without its comma may stand before a subject pronoun:
    // “In a news conference he used stronger language, saying …”.)
    if (prepositions.has(first.lower)) return this.pronounAfterPhrase(start, limit)
    // “When she told me …, I laughed and said”, “Asked on Monday whether
    // …, Mrs. Clinton shook her head and said”: the main clause after the
    // comma that closes a subordinate clause or a participle’s has the
    // subject.
    const participle = /^\p{L}+(?:ed|ing)$/u.test(first.text)
    if (subordinateOpeners.has(first.lower) || participle) {
      for (let index = start + 1; index < limit; index++) {
        if (this.isClauseEnd(index) || this.isQuoteMark(index)) break
        if (!this.isComma(index)) continue
        const after = this.tokens[this.skipSpace(index + 1, limit)]
        if (after?.word && (subjectPronouns.has(after.lower) || after.capitalised))
          return this.sentenceSubject(after.index, limit)
        break
      }
    }
    if (subordinateOpeners.has(first.lower)) {
      const next = this.skipSpace(start + 1, limit)
      const word = this.tokens[next]
      return word?.word && subjectPronouns.has(word.lower)
        ? {first: next, last: next + 1}
        : undefined
    }
    // (“he’s”, “they’re”, but no “it’s”, which opens “It’s worth noting …”.)
    if (
      subjectPronouns.has(first.lower) ||
      (subjectContraction.test(first.lower) && !first.lower.startsWith('it'))
    )
      return {first: start, last: start + 1}
    // After an opener, a subject may start with a determiner (“On Monday, the
    // senator toured …”).
    if (!isCapitalised(first.text) && !(start > from && subjectStarters.has(first.lower)))
      return undefined
    let last = start
    let words = 0

    for (let index = start; index < limit && words < 8; index++) {
      const token = this.tokens[index] as Token
      if (token.space) continue
      if (token.word) {
        // “Former Secretary of State Madeleine Albright”, “The Department
        // for Education”: “of”, “for” or “on” between capitalised words of a
        // title or a name.
        if (
          namePrepositions.has(token.lower) &&
          this.tokens[last]?.capitalised &&
          this.tokens[this.skipSpace(index + 1, limit)]?.capitalised
        ) {
          words++
          continue
        }
        // “The RAC's head of policy”: “of” after a noun of people, before
        // the field they head.
        if (token.lower === 'of' && this.roleOf(last, index + 1, limit)) {
          words++
          continue
        }
        if (
          index > start &&
          (verbLike(token) ||
            irregularPast.has(token.lower) ||
            // “Trump hit back on Truth Social, posting …”, “hit out at”.
            (token.lower === 'hit' &&
              hitParticles.has(this.tokens[this.skipSpace(index + 1, limit)]?.lower ?? '')) ||
            boundaryWords.has(token.lower) ||
            stopWords.has(token.lower) ||
            // “Weaver didn’t seem …”, “Trump has said …”.
            finite.has(token.lower) ||
            /n[’']t$/.test(token.lower) ||
            // “Hillary Clinton immediately fired back”: an adverb in -ly
            // before a verb (not “The newly elected chairman”).
            (isLyAdverb(token) && this.verbAfter(index, limit)) ||
            this.presentVerb(index, limit) ||
            this.cueAt(index, limit) !== undefined ||
            this.headlineVerb(index, last) ||
            this.presentAfterName(index, last, limit))
        ) {
          break
        }
        last = index
        words++
        continue
      }

      // Possessives and inner punctuation: “the Joneses’ lawyer”, “Sen.”.
      if (
        (token.text === '’' || token.text === "'" || token.text === '.') &&
        this.tokens[token.text === '.' ? index + 1 : this.skipSpace(index + 1, limit)]?.word
      )
        continue
      break
    }

    // “Gov. Chris Christie (R), …”: a parenthesis after the name is part of it.
    const open = this.skipSpace(last + 1, limit)
    const close =
      words > 0 && this.tokens[open]?.text === '(' ? this.parenthesisClose(open, limit) : -1
    if (close !== -1) last = close

    const range = {first: start, last: last + 1}
    return this.trimSpeaker(range)
  }

  /**
   * Whether the word at `noun`, a noun of people in lower case after a
   * possessive or an article (“The RAC's head”), and the word in lower
   * case after `from` make a role and its field (“head of policy”).
   */
  roleOf(noun: number, from: number, limit: number): boolean {
    const head = this.tokens[noun]
    const field = this.tokens[this.skipSpace(from, limit)]
    return (
      head?.word === true &&
      head.text === head.lower &&
      sourceNouns.has(head.lower) &&
      field?.word === true &&
      field.text === field.lower &&
      !stopWords.has(field.lower) &&
      !boundaryWords.has(field.lower)
    )
  }

  /**
   * The word that opens the verb group ending before `index`: the first
   * word back past auxiliaries and adverbs (“who” in “who has already
   * sent”), at most four words back; `-1` when a mark comes first or no
   * such word is in reach.
   */
  verbGroupOpener(index: number, limit: number): number {
    let before = this.skipSpaceBack(index - 1, limit)

    for (let words = 0; words < 4 && before >= limit; words++) {
      if (!this.tokens[before]?.word) return -1
      if (!this.isAuxiliary(before)) return before
      before = this.skipSpaceBack(before - 1, limit)
    }

    return -1
  }

  /**
   * Whether “that” at `that`, before the word at `index`, opens a relative
   * clause after a source noun (“organizations that have endorsed”).
   */
  relativeThat(that: number, index: number, limit: number): boolean {
    if (this.tokens[that]?.lower !== 'that') return false
    const noun = this.tokens[this.skipSpaceBack(that - 1, limit)]
    // The clause opens with its verb (“that has sued”, “that oversees”),
    // not its subject (“the bill that New Jersey Gov. Chris Christie
    // said”, “a bill that critics called”).
    const next = this.tokens[this.skipSpace(that + 1, index + 1)]
    if (next === undefined || next.text !== next.lower || noun?.word !== true) return false
    const verb = auxiliaryWords.has(next.lower) || verbLike(next)
    if (!verb && !(next.lower.endsWith('s') && !sourceNouns.has(singularNoun(next.lower))))
      return false
    // (Or a name before a verb or a cue: “the Free State Project that
    // encourages …”; not “The Wall Street Journal that superdelegates …”.)
    if (noun.capitalised) return verb || this.cueAt(next.index, index + 1) !== undefined
    return (
      noun.text === noun.lower &&
      (sourceNouns.has(noun.lower) || sourceNouns.has(singular(noun.lower)))
    )
  }

  /**
   * The comma that opens the phrase in which `index` stands, within twelve
   * tokens before it and after `limit`, with no clause end nor quotation
   * mark between (read back as `segmentEnd` reads on); `-1` if there is
   * none.
   */
  openingComma(index: number, limit: number): number {
    for (let at = index - 1; at > limit && index - at <= 12; at--) {
      if (this.isClauseEnd(at) || this.isQuoteMark(at)) return -1
      if (this.isComma(at)) return at
    }
    return -1
  }

  /**
   * Whether the tokens of a range are an adverbial that stands between
   * commas: an adverb (“however”, “historically”), a phrase that opens with
   * a preposition (“by contrast”, “in a brief interview on Saturday”, not
   * “of the CORE Teachers”), or “it turned out”.
   */
  isAdverbial(first: number, last: number): boolean {
    const words = this.words({first, last})
    const head = words[0]
    // A phrase that opens with a preposition may be longer (“in response to
    // Mr. Trump's use of a crude sexual reference to describe …”).
    const most = head && adverbialPrepositions.has(head.lower) ? 20 : 10
    if (!head || words.length > most || this.cueAt(head.index, last)) return false
    if (words.length === 1) return sentenceAdverbs.has(head.lower) || isLyAdverb(head, true)
    // “once again”, “still again”.
    if (words.length <= 3 && words.every((word) => sentenceAdverbs.has(word.lower))) return true
    // “More significantly”, “Perhaps most importantly”.
    if (
      words.length <= 3 &&
      words.every((word, index) =>
        index === words.length - 1 ? isLyAdverb(word, true) : degreeAdverbs.has(word.lower),
      )
    )
      return true
    if (adverbialPrepositions.has(head.lower)) return true
    // “Here in Columbia,”, “There on the stage,”.
    if (
      (head.lower === 'here' || head.lower === 'there') &&
      adverbialPrepositions.has(words[1]?.lower ?? '')
    )
      return true
    return head.lower === 'it' && (words[1]?.lower === 'turned' || words[1]?.lower === 'seems')
  }

  /**
   * Where a sentence’s subject starts: after what opens it, each part closed
   * by a comma: adverbials and times (“Last week, Trump visited …”,
   * “Recently, however, it issued …”), a participle phrase (“Speaking at a
   * town hall,”), a short subordinate clause (“When asked whom she
   * supported,”) and the state after a town (“in Salem, New Hampshire,”).
   */
  afterOpeners(start: number, limit: number): number {
    let at = start

    for (let count = 0; count < 3; count++) {
      let comma = -1
      // The conjunction, past an adverb before it (“Even before …”, “Shortly
      // after …”).
      const lead = conjunctionAdverbs.has(this.tokens[at]?.lower ?? '')
        ? this.skipSpace(at + 1, limit)
        : at
      const subordinate = subordinateOpeners.has(this.tokens[lead]?.lower ?? '')
      // A clause that a conjunction opens, or a phrase a preposition opens,
      // may be longer (“when my mother mentioned the devil to me while
      // driving on the highway, I …”, “In response to Donald Trump’s call to
      // ban Muslims from entering the United States, …”), as `isAdverbial`
      // allows.
      const most = subordinate || adverbialPrepositions.has(this.tokens[at]?.lower ?? '') ? 20 : 10

      for (let index = at, words = 0; index < limit && words <= most; index++) {
        const token = this.tokens[index] as Token
        if (token.word) words++
        else if (this.isComma(index)) {
          comma = index
          break
        } else if (!token.space) break
      }

      if (
        comma === -1 ||
        !(
          this.isAdverbial(at, comma) ||
          this.isTime(at, comma) ||
          // “Speaking at a town hall, Trump …”; “Chastened by the analyses,
          // Trump …”, “Asked about it, Ms. Sherry …”.
          this.isParticiple(at) ||
          this.passiveOpener(at) ||
          // “When asked whom she supported, Ms. Sherry …”.
          subordinate ||
          // “At a rally in Salem, New Hampshire, Trump …”.
          (count > 0 && this.isState(at, comma))
        )
      )
        break
      at = this.skipSpace(comma + 1, limit)
    }

    return at
  }

  /**
   * Whether the word at `index` is a passive participle that opens a phrase:
   * one of the passive heads (“Asked about …”) or one in -ed before “by”
   * (“Chastened by the analyses”).
   */
  passiveOpener(index: number): boolean {
    const token = this.tokens[index] as Token
    if (!token.word) return false
    if (passiveHeads.has(token.lower)) return true
    return (
      token.lower.endsWith('ed') &&
      this.tokens[this.skipSpace(index + 1, index + 3)]?.lower === 'by'
    )
  }

  /**
   * Whether the words from the start of a sentence (`from`) to `last` are a
   * short noun phrase that opens it: an article or a possessive and at most
   * three more words (`most` in all), none a verb or a word that ends a
   * subject (“The agency”, “Its parent company”) but, with `of`, “of”
   * (“The survey of 1,000 adults”).
   */
  opensWithNoun(from: number, last: number, most = 4, of = false): boolean {
    const words = this.words({first: this.skipSpace(from, last), last: last + 1})
    const head = words[0]
    return (
      head !== undefined &&
      words.length <= most &&
      (articles.includes(head.lower) || possessiveDeterminers.includes(head.lower)) &&
      words.every((word, index) => index === 0 || inPhrase(word, of))
    )
  }

  /**
   * Whether the words from the start of a sentence (`from`) to `last` are a
   * plural noun of people and a short phrase that a preposition opens, six
   * words at most and none a verb (“Lawyers for the plaintiffs”, “Officials
   * at the agency”).
   */
  opensWithPeople(from: number, last: number): boolean {
    const words = this.words({first: this.skipSpace(from, last), last: last + 1})
    const [head, preposition] = words
    return (
      head !== undefined &&
      preposition !== undefined &&
      words.length <= 6 &&
      head.lower.endsWith('s') &&
      peopleNoun(head.lower) &&
      peoplePrepositions.has(preposition.lower) &&
      words.slice(2).every((word) => inPhrase(word, true))
    )
  }

  /**
   * Whether the words from `from` to `last` are a role that an article opens
   * (“The director of the European Centre”, “the chairman of Acme”), with no
   * verb.
   */
  opensWithRole(from: number, last: number): boolean {
    // (After an opener or content and its comma: “On television, Mr.
    // Trump's campaign chairman, Paul Manafort,”.)
    // (Or after a word that opens a clause: “a country that the previous
    // Republican presidential nominee, Mitt Romney, called …”.)
    let start = last
    while (
      start > from &&
      last - start < longestRole &&
      !this.isComma(start - 1) &&
      !this.isClauseEnd(start - 1) &&
      !clauseWords.has(this.tokens[start - 1]?.lower ?? '')
    )
      start--
    return isRolePhrase(this.words({first: this.skipSpace(start, last), last: last + 1}))
  }

  /** Whether the word at `index` is a participle in -ing (not a noun such as “morning”). */
  isParticiple(index: number): boolean {
    const token = this.tokens[index] as Token
    return (
      token.word &&
      token.lower.length > 5 &&
      token.lower.endsWith('ing') &&
      !ingNouns.has(token.lower)
    )
  }

  /**
   * Whether a token is an age after a name and its comma: “Donna Rawlings,
   * 59, of Ashton”.
   */
  isAge(index: number, limit: number): boolean {
    const token = this.tokens[index]
    if (!(token?.word && agePattern.test(token.text))) return false
    const comma = this.skipSpaceBack(index - 1, limit)
    const name = this.tokens[this.skipSpaceBack(comma - 1, limit)]
    return this.isComma(comma) && name?.capitalised === true
  }

  /** Whether words name a US state (“New Hampshire”, “Tex.”), as after a town. */
  isState(first: number, last: number): boolean {
    const words = this.words({first, last})
    return (
      words.length > 0 &&
      words.length <= 2 &&
      words.every(
        (word) =>
          word.capitalised &&
          (placeAdjectives.has(word.lower) ||
            (word.text.endsWith('.') && stateAbbreviations.has(word.text.slice(0, -1)))),
      )
    )
  }

  /**
   * Whether capitalised words (`first` to `last`, up to three) name the town
   * of an address whose street stands before the comma at `before`: “of
   * Lower Road, Kingsmere”, “from 12 Mill Lane, Ashby” (“of” or “from”
   * after a comma, then up to four numbers or capitalised words).
   */
  addressTown(first: number, last: number, before: number, limit: number): boolean {
    const town = this.words({first, last})
    if (town.length === 0 || town.length > 3 || !town.every((word) => word.capitalised))
      return false
    let index = before
    for (let words = 0; index >= limit && words < 5; words++) {
      const token = this.tokens[index] as Token
      if (!token.word) return false
      if (token.lower === 'of' || token.lower === 'from')
        return words > 0 && this.isComma(this.skipSpaceBack(index - 1, limit))
      if (!token.capitalised && !/^\d+[a-z]?$/.test(token.text)) return false
      index = this.skipSpaceBack(index - 1, limit)
    }
    return false
  }

  /**
   * After a time told from another at `first` (“A few minutes later”, “Two
   * days later”, “Minutes later”, “A year ago”), maybe with its comma, with
   * more words before `last`: the index of the word after it; else -1.
   */
  relativeTimeFrom(first: number, last: number): number {
    let at = first
    let noun = false
    for (let words = 0; words < 4 && at < last; words++) {
      const token = this.tokens[at] as Token
      if (!token.word) return -1
      if (toldTimes.has(token.lower)) {
        let next = this.skipSpace(at + 1, last)
        if (this.isComma(next)) next = this.skipSpace(next + 1, last)
        return noun && next < last ? next : -1
      }
      if (timeNouns.has(singular(token.lower))) noun = true
      else if (noun || !(counts.has(token.lower) || token.lower === 'a' || isDigits(token.text)))
        return -1
      at = this.skipSpace(at + 1, last)
    }
    return -1
  }

  /**
   * Whether words are a time: “Last week”, “On Monday” (a weekday, maybe
   * after “on”), “Back in 1999” (a year).
   */
  isTime(first: number, last: number): boolean {
    const words = this.words({first, last})
    const head = words[0]
    const tail = words[words.length - 1]
    if (!head || !tail || words.length > 3) return false
    return (
      // “on Monday”, “last Tuesday”, “early Friday” (not “Sanders’ approach
      // Saturday”, an object and its day).
      (weekdaySet.has(tail.lower) &&
        (words.length === 1 || dayModifiers.has((words[words.length - 2] as Token).lower))) ||
      // “The day before”, “A week earlier”, “Two years ago”.
      (relativeTimes.has(tail.lower) &&
        words.some((word) => timeNouns.has(singular(word.lower)))) ||
      (tail.text.length === 4 && isDigits(tail.text)) ||
      // “Last week”, “Earlier this year”.
      (words.length <= 3 &&
        timeNouns.has(tail.lower) &&
        words.slice(0, -1).every((word) => timeModifiers.has(word.lower))) ||
      // “Last October”, “early March”.
      (words.length === 2 &&
        monthNames.has(tail.lower) &&
        (timeModifiers.has(head.lower) || dayModifiers.has(head.lower))) ||
      // “Oct. 3”, “March 15”.
      (words.length === 2 &&
        monthNames.has(head.lower.replace(/\.$/, '')) &&
        tail.text.length <= 2 &&
        isDigits(tail.text))
    )
  }

  /**
   * Whether the tokens from `from` to `last` (inclusive) are only a name:
   * two capitalised words or more, with spaces and the periods of titles
   * between them.
   */
  onlyName(from: number, last: number): boolean {
    const start = this.skipSpace(from, last + 1)
    // (“In Wiltshire, police arrested”: no name.)
    if (notSpeakerStart.has(this.tokens[start]?.lower ?? '')) return false
    let words = 0

    for (let index = start; index <= last; index++) {
      const token = this.tokens[index] as Token
      if (token.capitalised) words++
      else if (!token.space && !(token.text === '.' && index > start)) return false
    }

    // (Two words at least: one may be an adverb that opens the sentence,
    // “Ultimately, Mr. Clarke”.)
    return words >= 2
  }

  /**
   * Whether the word at `index`, the head of a noun phrase, may name who
   * speaks: a name, a noun of people or sources, or a plural (“firms”).
   */
  mayName(index: number): boolean {
    const head = this.tokens[index] as Token
    return (
      head.capitalised ||
      personNouns.has(head.lower) ||
      sourceNouns.has(head.lower) ||
      (head.lower.endsWith('s') && !head.lower.endsWith('ss'))
    )
  }

  /**
   * Whether the words from `first` to `last` are a demonstrative and a noun
   * of people or sources: “this source told”, “that official said”.
   */
  demonstrativeSpeaker(first: number, last: number): boolean {
    const token = this.tokens[first]
    if (!(token?.word && demonstratives.has(token.lower))) return false
    const noun = this.tokens[this.skipSpace(first + 1, last)]
    return noun?.word === true && noun.index + 1 === last && this.sourceNoun(noun)
  }

  /**
   * Whether a lower-case word in “-s” is a verb in the present: right before
   * an article, a possessive determiner or a possessive noun (“The letter
   * makes a case”, “Sanders takes his seat”, “Judge blocks state’s law”),
   * which a plural noun is not (not in “-ss”,
   * “-us” or “-is”: “the press”, “the census”, “the crisis”).
   */
  presentVerb(index: number, limit: number): boolean {
    if (!presentForm(this.tokens[index] as Token)) return false
    const next = this.tokens[this.skipSpace(index + 1, limit)]
    return (
      next?.word === true &&
      (articles.includes(next.lower) ||
        possessiveDeterminers.includes(next.lower) ||
        isPossessive(next.text))
    )
  }

  /**
   * Whether “and” at `index` joins two names that open the sentence (“Mr.
   * Grassley and Mr. Leahy”, “Clinton and Sanders”): capitalised words (and
   * the periods of titles) from `limit` to it, and a capitalised word after
   * it, at `after`.
   */
  joinsNames(index: number, after: number, limit: number): boolean {
    let next = this.tokens[after]
    // (A title's modifier before the second name: “Hillary Clinton and
    // former Maryland Gov. Martin O’Malley”.)
    if (next?.word && titleModifiers.has(next.lower))
      next = this.tokens[this.skipSpace(after + 1, this.tokens.length)]
    if (!next?.capitalised) return false
    // The capitalised words before it, with “of” between them (“Former
    // Secretary of State Hillary Clinton”), at most eight.
    let words = 0
    let stop: Token | undefined
    // (Read at most 40 tokens back: floods of periods stay linear.)
    for (let at = this.skipSpaceBack(index - 1, limit); at >= limit && index - at < 40; at--) {
      const token = this.tokens[at] as Token
      if (token.space || token.text === '.') continue
      // (“of” between capitals, and the commas of a list of names:
      // “Carson, Fiorina and Huckabee”; “for” and “on” in a body's name:
      // “the Centers for Disease Control and Prevention”.)
      const between =
        (namePrepositions.has(token.lower) || isComma(this.tokens, at)) &&
        words > 0 &&
        this.tokens[this.skipSpaceBack(at - 1, limit)]?.capitalised
      if (
        (!token.capitalised && !between) ||
        (stopWords.has(token.lower) && !between) ||
        words === 8
      ) {
        stop = token
        break
      }
      words++
    }
    if (words === 0) return false
    // (Or after a conjunction that opens the clause: “But Mr. Grassley and
    // Mr. Leahy say”, “as China and Russia support”; or after the comma of
    // the sentence's opening phrase: “After the meeting, France and Germany
    // unveiled”.)
    if (stop === undefined || (stop.word && clauseConjunctions.has(stop.lower))) return true
    if (this.namesAfterOpeners(limit, index)) return true
    // (Or places after “in” and a plural noun of sources: “Officials in
    // Texas and Florida said”.)
    if (stop.lower === 'in') return this.sourcesIn(stop.index, limit)
    // (After a plural noun of people that opens the clause: “Republican
    // presidential hopefuls Jeb Bush and Chris Christie said”.)
    if (
      !stop.word ||
      stop.text !== stop.lower ||
      !stop.lower.endsWith('s') ||
      !peopleNoun(stop.lower)
    )
      return false
    return this.opensClauseAt(stop.index, limit)
  }

  /**
   * Whether “in” at `at` follows a plural noun of sources that opens the
   * clause (“Officials in Texas, Ohio and Florida said”, “Food banks in
   * Seattle and Atlanta thanked”): the places after it are the speaker's.
   */
  sourcesIn(at: number, limit: number): boolean {
    const noun = this.tokens[this.skipSpaceBack(at - 1, limit)]
    if (!noun?.word || !noun.lower.endsWith('s') || !sourceNouns.has(singular(noun.lower)))
      return false
    // (Capitalised only when it opens the sentence: “Mayors in Leeds”.)
    if (noun.text !== noun.lower && this.skipSpaceBack(noun.index - 1, limit) >= limit) return false
    return this.opensClauseAt(noun.index, limit)
  }

  /**
   * Whether the words before `index` back to `limit` are neither verbs,
   * stop words nor words in -ing: the noun at `index` is in the phrase that
   * opens the clause (not “Trailing contenders Ted Cruz and John Kasich”).
   */
  opensClauseAt(index: number, limit: number): boolean {
    for (
      let at = this.skipSpaceBack(index - 1, limit);
      at >= limit;
      at = this.skipSpaceBack(at - 1, limit)
    ) {
      const token = this.tokens[at] as Token
      // (Nor after a participle, which opens a clause: “Trailing
      // contenders Ted Cruz and John Kasich”.)
      if (
        !token.word ||
        verbLike(token) ||
        stopWords.has(token.lower) ||
        token.lower.endsWith('ing')
      )
        return false
    }
    return true
  }

  /**
   * Whether capitalised words alone (a list of names) stand from the end of
   * the sentence's opening phrases (“After the meeting,”, “On Sunday,”) to
   * `index`.
   */
  namesAfterOpeners(start: number, index: number): boolean {
    const opened = this.afterOpeners(start, index)
    if (opened <= start || opened >= index) return false
    for (let at = opened; at < index; at++) {
      const token = this.tokens[at] as Token
      // (Names, with the full stops of titles and the commas of a list.)
      if (token.word ? !token.capitalised : !token.space && token.text !== '.' && !this.isComma(at))
        return false
    }
    return true
  }

  /**
   * Whether tokens from `first` to `last` are the end of a list of names
   * that opens the clause at `limit` or after its opening phrases:
   * capitalised words and commas, with “and” before the last name
   * (“Carson, Fiorina and Huckabee”; in “Among Republicans, Donald Trump and
   * Ted Cruz” the list is the two names, not the opener's noun).
   */
  nameList(first: number, last: number, limit: number): boolean {
    // (Or after the sentence's opening phrases: “Last month, Paramount,
    // Universal and Warner Brothers said”.)
    const opened = this.afterOpeners(limit, first)
    const start = opened > limit && opened <= first ? opened : limit
    // (A list is short: at most 40 tokens back.)
    if (first - start > 40) return false
    for (let index = first - 1; index >= start; index--) {
      const token = this.tokens[index] as Token
      if (token.space || token.text === '.' || isComma(this.tokens, index)) continue
      // (Or places after “in” and a noun of sources: “Officials in Texas,
      // Ohio and Florida said”.)
      if (token.lower === 'in' && this.sourcesIn(index, limit)) break
      if (!token.capitalised || notSpeakerStart.has(token.lower) || stopWords.has(token.lower))
        return false
    }
    for (let index = first; index < last; index++) {
      const token = this.tokens[index] as Token
      if (!token.word && !token.space && token.text !== '.' && !isComma(this.tokens, index))
        return false
    }
    return isNameList(this.words({first, last}))
  }

  /**
   * Whether the comma or “and” at `comma` lists the parts of a body’s name
   * (“the Department for Environment, Food and Rural Affairs”, “the Bureau
   * of Alcohol, Tobacco, Firearms and Explosives”): capitalised words from
   * `first` to `last`, the last part after “and”, and before `comma`
   * capitalised words and commas after “of” or “for”, which a
   * capitalised word (the body) stands before.
   */
  namePartList(comma: number, first: number, last: number, limit: number): boolean {
    const at = this.tokens[comma]
    let joined = at?.lower === 'and' || at?.text === '&'
    for (let index = first; index <= last; index++) {
      const token = this.tokens[index] as Token
      if (token.space || isComma(this.tokens, index)) continue
      if (token.lower === 'and' || token.text === '&') joined = true
      else if (!token.capitalised) return false
    }
    if (!joined) return false
    let index = this.skipSpaceBack(comma - 1, limit)
    let words = 0
    // (A name has a few parts of a few words: at most 12 back.)
    while (index >= limit && words < 12) {
      const token = this.tokens[index] as Token
      if (token.capitalised) words++
      else if (!isComma(this.tokens, index)) break
      index = this.skipSpaceBack(index - 1, limit)
    }
    const preposition = this.tokens[index]
    return (
      words > 0 &&
      index >= limit &&
      (preposition?.lower === 'of' || preposition?.lower === 'for') &&
      this.tokens[this.skipSpaceBack(index - 1, limit)]?.capitalised === true
    )
  }

  /**
   * Whether “and” at `index` joins a subject pronoun or a name that opens
   * the clause to a noun phrase that a possessive or “the” and a name opens
   * (“She and her aides said”, “Trump and his attorneys said”, “Both The
   * New York Times and the Wall Street Journal reported”).
   */
  joinsSubjects(index: number, after: number, limit: number): boolean {
    const next = this.tokens[after]
    if (
      !next?.word ||
      !(
        possessiveDeterminers.includes(next.lower) ||
        // (“Ms. Henry and other labor leaders said”.)
        next.lower === 'other' ||
        (next.lower === 'the' && this.tokens[this.skipSpace(after + 1, index + 8)]?.capitalised)
      )
    )
      return false
    const previous = this.skipSpaceBack(index - 1, limit)
    const pronoun = this.tokens[previous]
    if (
      pronoun?.word &&
      subjectPronouns.has(pronoun.lower) &&
      this.skipSpaceBack(previous - 1, limit) < limit
    )
      return true
    // (A name of up to eight words, maybe after an opener and its comma:
    // “In Ohio, Clinton and her allies said”.)
    let words = 0
    for (let at = previous; at >= limit; at = this.skipSpaceBack(at - 1, limit)) {
      const token = this.tokens[at] as Token
      if (isComma(this.tokens, at)) return words > 0
      if (token.text === '.') continue
      if (!token.capitalised || words === 8) return false
      words++
    }
    return words > 0
  }

  /**
   * Whether “and” at `index` joins capitalised words after a preposition
   * of a source (maybe with “the”), up to the capitalised word at `after` or
   * lower-case words to `last` that end in a noun of sources: “A recent
   * survey by Earthlink and Webroot found”, “a poll of Democrats and
   * Republicans”, “exit polls conducted for The Associated Press and
   * television networks show”.
   */
  joinsAgents(index: number, after: number, last: number, limit: number): boolean {
    if (!this.tokens[after]?.capitalised && !sourcePhrase(this.tokens, after, last + 1))
      return false
    const {words, stop} = this.capitalsBack(index, limit)
    const preposition =
      stop?.lower === 'the' ? this.tokens[this.skipSpaceBack(stop.index - 1, limit)] : stop
    return words > 0 && preposition?.word === true && joinedAgentPrepositions.has(preposition.lower)
  }

  /**
   * The capitalised words (at most four, not stop words) read back from
   * before `index` to `limit`, past spaces and periods: how many, and the
   * token that ends them (`undefined` when they reach `limit`).
   */
  capitalsBack(index: number, limit: number): {words: number; stop: Token | undefined} {
    let words = 0
    for (let at = this.skipSpaceBack(index - 1, limit); at >= limit; at--) {
      const token = this.tokens[at] as Token
      if (token.space || token.text === '.') continue
      if (!token.capitalised || stopWords.has(token.lower) || words === 4)
        return {words, stop: token}
      words++
    }
    return {words, stop: undefined}
  }

  /**
   * Whether “and” at `index` joins two modifiers of a noun of people that
   * ends at `last` (“current and former officials said”): one such word on
   * each side, the first after a comma, a determiner or the start of the
   * clause.
   */
  joinsModifiers(index: number, last: number, limit: number): boolean {
    const head = this.tokens[last]
    if (!head?.word || head.text !== head.lower || !peopleNoun(head.lower)) return false
    const word = this.skipSpaceBack(index - 1, limit)
    const modifier = this.tokens[word]
    // (Before a role, any noun: “the trade and industry secretary said”.)
    if (
      !modifier?.word ||
      modifier.text !== modifier.lower ||
      !(
        peopleModifiers.has(modifier.lower) ||
        (roleNoun(head) && !stopWords.has(modifier.lower) && !verbLike(modifier))
      )
    )
      return false
    // One modifier after “and” too, right before the noun.
    if (this.skipSpace(index + 1, last) !== this.skipSpaceBack(last - 1, index)) return false
    const before = this.skipSpaceBack(word - 1, limit)
    const opener = this.tokens[before]
    return before < limit || this.isComma(before) || subjectStarters.has(opener?.lower ?? '')
  }

  /**
   * Whether a party and “of” stand at `index` (“Democrat of California”,
   * “Republican of New York”), or a party and a state in short (“D-Ore.”,
   * “R-Texas”, as AP writes them): an apposition after a name.
   */
  partyOf(index: number): boolean {
    const party = this.tokens[index]
    return (
      party?.word === true &&
      (partyCode.test(party.text) ||
        (partyMembers.has(party.lower) &&
          this.tokens[this.skipSpace(index + 1, this.tokens.length)]?.lower === 'of'))
    )
  }

  /**
   * Whether the words from `first` to `last` are “which” alone after a comma
   * (“the report, which said …”): a relative pronoun that stands for the
   * noun before, as “who” does, and no word that opens no speaker. Not
   * before a form of “be” (“the viruses, which were originally thought to
   * be …”): what a passive reports is no speaker.
   */
  relativeSpeaker(first: number, last: number): boolean {
    return (
      this.tokens[first]?.lower === 'which' &&
      first + 1 === last &&
      this.isComma(this.skipSpaceBack(first - 1, 0)) &&
      !progressiveAuxiliaries.has(
        this.tokens[this.skipSpace(last, this.tokens.length)]?.lower ?? '',
      )
    )
  }

  /** Whether a lower-case word is a noun of people or sources (“source”, “officials”). */
  sourceNoun(token: Token): boolean {
    return token.text === token.lower && peopleNoun(token.lower)
  }

  /** Drop leading words that cannot start a speaker; reject an empty one. */
  private trimSpeaker(range: TokenRange): TokenRange | undefined {
    let {first} = range
    const {last} = range
    // Whether a word that starts no speaker was passed (“In”, “this”).
    let passed = false
    // “So far the US has refused”: “far” after “so”, where the speaker was
    // read back to, is an adverb.
    if (
      this.tokens[first]?.lower === 'far' &&
      this.tokens[this.skipSpaceBack(first - 1, 0)]?.lower === 'so'
    ) {
      passed = true
      first = this.skipSpace(first + 1, last)
    }

    while (first < last) {
      const token = this.tokens[first] as Token
      if (this.demonstrativeSpeaker(first, last)) break
      if (this.relativeSpeaker(first, last)) break
      if (
        token.space ||
        isComma(this.tokens, first) ||
        // (A dash or bullet of a list: “-Pollster Ann Selzer”.)
        (!token.word && /^[-–—•*]+$/.test(token.text)) ||
        (token.word &&
          notSpeakerStart.has(token.lower) &&
          !this.isName(first) &&
          // (“About 4 in 10 said”: a number made approximate stays whole.)
          !(
            (token.lower === 'about' || token.lower === 'around') &&
            this.approximationBefore(this.skipSpace(first + 1, last), first) === first
          ) &&
          !(
            token.lower === 'at' && this.tokens[this.skipSpace(first + 1, last)]?.lower === 'least'
          ))
      ) {
        if (token.word) passed = true
        first++
        continue
      }

      // “In 2003 her employers told”, “Earlier this week China said”, “By
      // contrast Netcraft's stations managed”: the object of the word passed,
      // a time or a fixed one, is no part of the subject after it.
      if (
        passed &&
        token.word &&
        (timeNouns.has(token.lower) ||
          monthNames.has(token.lower) ||
          adverbialObjects.has(token.lower) ||
          /^\d{4}$/.test(token.text)) &&
        this.skipSpace(first + 1, last) < last
      ) {
        passed = false
        first = this.skipSpace(first + 1, last)
        continue
      }

      // “On Monday the senator said”, “Last week the senator said”: a time
      // before the subject is no part of it.
      const next = this.skipSpace(first + 1, last)
      if (token.word && weekdaySet.has(token.lower) && next < last) {
        first = next
        continue
      }
      if (
        token.word &&
        timeModifiers.has(token.lower) &&
        timeNouns.has(this.tokens[next]?.lower ?? '') &&
        this.skipSpace(next + 1, last) < last
      ) {
        first = this.skipSpace(next + 1, last)
        continue
      }
      // “A few minutes later they said”, “Two days later the company said”,
      // “A year ago the senator said”: a time told from another.
      const told = this.relativeTimeFrom(first, last)
      if (told !== -1) {
        first = told
        continue
      }

      break
    }

    // “In a statement the RSPCA said”, “For its part OptInRealBig
    // describes”, “At the time the company said”: the object of an opener
    // without its comma is no part of the subject after it.
    if (passed)
      first = this.afterObject(
        first,
        last,
        frontPrepositions.has(this.tokens[range.first]?.lower ?? '') &&
          this.opensClause(range.first),
      )
    first = this.afterDay(first, last)
    if (first >= last) return undefined
    return {first, last}
  }

  /**
   * Where the subject starts after a day inside the words from `first` to
   * `last`, which an opener’s phrase without its comma holds (“After the
   * vote on Friday Jones”, “During the trial on Tuesday the company”): a
   * weekday after a word in lower case, before a determiner, or after “on”
   * before a name; `first` when there is none (“The Monday Night Football
   * crew”, “the Sunday Times”).
   */
  afterDay(first: number, last: number): number {
    for (let index = this.skipSpace(first + 1, last); index < last; index++) {
      const day = this.tokens[index] as Token
      if (!day.word || !weekdaySet.has(day.lower)) continue
      const before = this.tokens[this.skipSpaceBack(index - 1, first)] as Token
      const after = this.skipSpace(index + 1, last)
      const next = this.tokens[after]
      if (
        before.word &&
        before.text === before.lower &&
        next?.word &&
        // (A name only after “on”: not a newspaper's, “by Sunday Telegraph
        // journalist Robert Peston”, “the Sunday Times”.)
        ((before.lower === 'on' &&
          next.capitalised &&
          !weekdaySet.has(next.lower) &&
          !partsOfDay.has(next.lower)) ||
          articles.includes(next.lower) ||
          possessiveDeterminers.includes(next.lower))
      )
        return after
    }
    return first
  }

  /**
   * Whether a token opens its sentence or stands right after a comma.
   */
  opensClause(index: number): boolean {
    const before = this.tokens[this.skipSpaceBack(index - 1, 0)]
    return (
      before === undefined ||
      before.sentence !== this.tokens[index]?.sentence ||
      isComma(this.tokens, before.index)
    )
  }

  /**
   * Where the subject starts after the object of a preposition that opens
   * the clause, of one or two words with no determiner (“Without changes
   * the commission”, “In Washington the senator”, “Under pressure the
   * company”): at the determiner that opens the subject; `from`
   * when none comes within three words, or a word that joins a phrase
   * comes first (“In charge of the agency”).
   */
  afterBareObject(from: number, last: number): number {
    let words = 0

    for (let index = from; index < last && words < 3; index = this.skipSpace(index + 1, last)) {
      const token = this.tokens[index] as Token
      if (
        !token.word ||
        notSpeakerStart.has(token.lower) ||
        this.isAuxiliary(index) ||
        isPossessive(token.text)
      )
        return from
      if (objectOpeners.has(token.lower)) return words > 0 ? index : from
      words++
    }

    return from
  }

  /**
   * Where the subject starts after the object of an opener that has no
   * comma, when `from` opens that object with a determiner: at a second
   * determiner (“a statement the RSPCA”), or at a capital after lower-case
   * words (“its part OptInRealBig”, “a BBC interview Mr Smith”); `from`
   * when there is none, or a preposition, a relative pronoun or a
   * possessive comes first (“the head of the agency”, “a speaker who
   * travels around the country”, “the company’s lawyer”).
   */
  afterObject(from: number, last: number, bare: boolean): number {
    const opening = this.tokens[from] as Token
    if (!objectOpeners.has(opening.lower)) return bare ? this.afterBareObject(from, last) : from
    let lower = 0
    // Whether a preposition inside the object was passed (“a filing to US
    // regulators the airline”, “an interview with the BBC Mr Blair”): its
    // own object goes on to a second determiner or an honorific.
    let phrase = false
    // Whether the word before was that preposition.
    let preposition = false

    for (let index = this.skipSpace(from + 1, last); index < last; ) {
      const token = this.tokens[index] as Token
      const next = this.skipSpace(index + 1, last)
      if (token.word && prepositions.has(token.lower) && !preposition && lower > 0 && next < last) {
        phrase = preposition = true
        index = next
        continue
      }
      if (
        !token.word ||
        notSpeakerStart.has(token.lower) ||
        relativePronouns.has(token.lower) ||
        isPossessive(token.text)
      )
        return from
      if (phrase) {
        if ((objectOpeners.has(token.lower) && !preposition) || honorifics.has(token.lower))
          return index
      } else if (objectOpeners.has(token.lower) || (token.capitalised && lower > 0)) return index
      preposition = false
      if (!token.capitalised) lower++
      index = next
    }

    return from
  }

  /**
   * Whether an object pronoun in lower case (not “US”) stands from `first` to
   * `last` but after a preposition.
   */
  objectWithin(first: number, last: number): boolean {
    let previous: Token | undefined
    for (let index = first; index < last; index++) {
      const token = this.tokens[index] as Token
      if (!token.word) continue
      if (
        token.text === token.lower &&
        verbObjects.has(token.lower) &&
        previous &&
        !prepositions.has(previous.lower)
      )
        return true
      previous = token
    }
    return false
  }

  /**
   * The speaker written after a cue (“said McGovern, a Democrat.”), read
   * forwards from `from` to `limit`.
   */
  speakerAfter(from: number, limit: number): TokenRange | undefined {
    const start = this.skipSpace(from, limit)
    let index = start
    let last = -1
    let words = 0

    while (index < limit && words < 12) {
      const token = this.tokens[index] as Token

      if (token.space) {
        index++
        continue
      }

      if (token.word) {
        // “said chairman of the ISM’s survey committee”, “said a spokesperson
        // for Meta”: “of” or “for” after a role; “say researchers at BDO
        // Stoy Hayward”: “at” or “from” after a plural source and before a
        // name.
        const head = this.tokens[last]
        const following = this.tokens[this.skipSpace(index + 1, limit)]
        const role =
          head !== undefined &&
          last !== -1 &&
          (((token.lower === 'of' || token.lower === 'for') &&
            roleNoun(head) &&
            following?.word === true) ||
            ((token.lower === 'at' || token.lower === 'from') &&
              pluralOfPeople(head) &&
              following?.capitalised === true))
        // “reads a Wednesday editorial in …”: a day after an article is
        // part of the noun it opens.
        const modifier =
          head !== undefined &&
          articles.includes(head.lower) &&
          weekdaySet.has(token.lower) &&
          following?.word === true
        // “said England sevens coach Mike Friday”: a weekday after a first
        // name is a surname.
        const surname =
          head !== undefined &&
          token.capitalised &&
          weekdaySet.has(token.lower) &&
          isGivenName(head.lower)
        if (stopWords.has(token.lower) && last !== -1 && !role && !modifier && !surname) break
        // (Nor runs into a question: “Asked by Stephanopoulos whether …”.)
        if (askedWords.has(token.lower) && last !== -1) break
        // (A cue word that ends the phrase is its noun: “said a World Bank
        // report.”)
        const noun =
          last !== -1 &&
          isNounCue(token.lower) &&
          !this.tokens[this.skipSpace(index + 1, limit)]?.word
        if (this.cueAt(index, limit) && !noun) break
        last = index
        words++
        index++
        continue
      }

      // A nickname inside a name: `said Rep. Robert "Bobby" Scott`.
      const closer = this.document.nicknames[index] as number
      if (closer > index + 1 && last !== -1 && closer < limit) {
        last = closer - 1
        index = closer
        continue
      }

      // Inner punctuation of a name (“O’Neill”, “J.R.”), not a final period.
      const joined = index + 1 < limit && this.tokens[index + 1]?.word === true
      if (
        (token.text === '’' || token.text === "'" || token.text === '.' || token.text === '-') &&
        last !== -1 &&
        joined
      ) {
        last = index
        index++
        continue
      }

      break
    }

    if (last === -1) return undefined
    const first = this.tokens[start] as Token
    // “said Tuesday morning”: a time, no speaker; “says that Walker …”: a
    // clause, no speaker.
    if (weekdaySet.has(first.lower) || first.lower === 'that') return undefined
    // “said the cost surprised him”: an object pronoun but after a
    // preposition (“said one of them”) is a verb's; the words are a clause.
    if (this.objectWithin(start, last + 1)) return undefined
    // A lower-case role before a name is fine: “said engineer Rosa Lind”.
    const named = this.words({first: start, last: last + 1}).some((word) =>
      isCapitalised(word.text),
    )
    if (
      !isCapitalised(first.text) &&
      !leadingWords.has(first.lower) &&
      !(peoplePlural.test(first.text) && this.endsSentence(last)) &&
      !named &&
      !this.bareRoleInHeadline(start, last, limit)
    ) {
      return undefined
    }

    // “said a Mexican official who was not authorized to speak …”, “said one
    // Democrat familiar with the talks.”: a relative clause, or what the
    // speaker is familiar with, that runs to the end of the sentence.
    const stop = this.tokens[index]
    const familiar = stop?.lower === 'with' && this.tokens[last]?.lower === 'familiar'
    if (index < limit && (stop?.lower === 'who' || familiar)) {
      const end = this.segmentEnd(index, Math.min(limit, index + longestApposition))
      // (What the speaker is familiar with may end at a comma too: “said
      // two people familiar with the matter, who spoke on …”, whose clause
      // attribution corpora mark on its own.)
      if (end >= limit || this.isClauseEnd(end) || (familiar && this.isComma(end)))
        return {first: start, last: this.skipSpaceBack(end - 1, index) + 1}
    }

    // “said Sen. Chris Murphy (D-Conn.)”: a parenthesis after a name
    // belongs to it, as it does before a cue.
    const open = this.skipSpace(last + 1, limit)
    const close =
      this.tokens[open]?.text === '(' && this.tokens[last]?.capitalised
        ? this.parenthesisClose(open, limit)
        : -1
    if (close !== -1) last = close
    // “said Heiserman of the CORE Teachers”: an affiliation belongs to the name.
    last = this.affiliationEnd(last, limit)
    return {first: start, last: this.appositionsEnd(last, limit) + 1}
  }

  /**
   * Whether the token at `last` ends its sentence but for its final mark,
   * or an affiliation after “at” or “from” (“…, said forecasters.”, “…,
   * said forecasters at the Met Office.”; not “told researchers: …”).
   */
  endsSentence(last: number): boolean {
    // (Read past the limit: a colon may end the words read, “told
    // researchers: “…””.)
    const next = this.skipSpace(last + 1, this.tokens.length)
    const token = this.tokens[next]
    return (
      token === undefined ||
      token.sentence !== this.tokens[last]?.sentence ||
      /^[.!?]$/.test(token.text) ||
      token.lower === 'at' ||
      token.lower === 'from'
    )
  }

  /**
   * Whether the token before `index` may end a noun phrase: a number, a
   * percent sign or a noun in lower case, not a preposition, a verb or a
   * determiner (“the 95% the World Health Organization”).
   */
  endsNounPhrase(index: number, limit: number): boolean {
    const before = this.skipSpaceBack(index - 1, limit)
    const token = this.tokens[before]
    if (!token || before < limit) return false
    if (token.text === '%') return true
    return (
      token.word &&
      token.text === token.lower &&
      !stopWords.has(token.lower) &&
      !prepositions.has(token.lower) &&
      !articles.includes(token.lower) &&
      !verbLike(token) &&
      !finite.has(token.lower)
    )
  }

  /**
   * Whether the word at `index` is a verb in the present after the name
   * that ends at `before`, before the end of the clause, a preposition or
   * an adverb in -ly (“Helen Glover pauses.”, “Ms Hale looks at the
   * floor”; not “Apple shares fell”, nor after an article or a common
   * noun that opens the sentence, “The killings of”, “Spending estimates
   * for”), and no plural noun of people or sources (“CIA officers with
   * …”).
   */
  presentAfterName(index: number, before: number, limit: number): boolean {
    const token = this.tokens[index] as Token
    const name = this.tokens[before]
    if (
      !name?.capitalised ||
      stopWords.has(name.lower) ||
      articles.includes(name.lower) ||
      // (A noun that opens the sentence is no name: “Spending estimates
      // for December”.)
      (opensSentence(this.tokens, before) && commonNounEnding.test(name.lower)) ||
      !presentForm(token) ||
      peopleNoun(token.lower)
    )
      return false
    const at = this.skipSpace(index + 1, limit)
    const next = this.tokens[at]
    if (!next) return false
    if (!next.word) return this.isClauseEnd(at)
    return prepositions.has(next.lower) || isLyAdverb(next)
  }

  /**
   * Whether the word at `index` is a headline's verb in the present after
   * the capitalised word or the noun of people or sources at `before`
   * (“Senate Democrats block border bill, blaming …”, “Former Trump aide
   * quits, citing …”): a word in lower case in a headline in sentence
   * case, not itself such a noun (“Former Trump aide says”).
   */
  headlineVerb(index: number, before: number): boolean {
    const token = this.tokens[index] as Token
    const previous = this.tokens[before]
    if (token.text !== token.lower || !previous?.word) return false
    if (!previous.capitalised && !peopleNoun(previous.lower)) return false
    const view = this.document.sentences[token.sentence] as SentenceView
    return this.document.blocks[view.block]?.type === 'HeadlineNode' && !peopleNoun(token.lower)
  }

  /**
   * Whether the words from `start` to `last` are a noun of people or sources
   * with no determiner that ends a headline (“…, says mayor”, “…, experts
   * warn”): headlines drop articles.
   */
  bareRoleInHeadline(start: number, last: number, limit: number): boolean {
    const token = this.tokens[start] as Token
    const view = this.document.sentences[token.sentence] as SentenceView
    if (this.document.blocks[view.block]?.type !== 'HeadlineNode') return false
    const head = this.tokens[last] as Token
    const end = this.skipSpace(last + 1, limit)
    // (Or before a circumstance: “says mayor after floods”, “warns PM as
    // talks stall”.)
    return (
      last - start <= 2 &&
      peopleNoun(head.lower) &&
      (end >= limit ||
        this.isClauseEnd(end) ||
        headlineCircumstances.has(this.tokens[end]?.lower ?? ''))
    )
  }

  /**
   * The last token of an affiliation after a name (“of New Mexico”, “of the
   * CORE Teachers”): “of”, maybe “the”, and capitalised words; `last` when
   * there is none.
   */
  affiliationEnd(last: number, limit: number): number {
    const of = this.skipSpace(last + 1, limit)
    if (this.tokens[of]?.lower !== 'of') return last
    let index = this.skipSpace(of + 1, limit)
    if (this.tokens[index]?.lower === 'the') index = this.skipSpace(index + 1, limit)
    let end = last

    while (index < limit) {
      const token = this.tokens[index] as Token
      // “of the Campaign for Better Roads”, “of Science and International
      // Security”: a joining word between capitalised ones.
      const next = this.skipSpace(index + 1, limit)
      const joins =
        end !== last &&
        affiliationJoiners.has(token.lower) &&
        this.tokens[next]?.capitalised === true
      if (!token.capitalised && !joins) break
      if (token.capitalised) end = index
      index = next
    }

    return end
  }

  /**
   * The last token of the appositions after a speaker read forwards, each
   * after a comma and up to the next comma or the end of the sentence
   * (“said McGovern, a Democrat.”, “said Sara Walker, 44, a home-care aide
   * from Nashua.”, “said Jim Hodges, a Clinton backer, referring to …”);
   * `last` when there are none. A run that meets a quotation mark is no
   * apposition, nor is one that opens with a capitalised word and meets a cue.
   */
  appositionsEnd(last: number, limit: number): number {
    let end = last
    let comma = this.skipSpace(last + 1, limit)
    // Appositions are short: reading no further keeps floods of commas linear.
    const bound = Math.min(limit, last + longestApposition)

    while (this.isComma(comma)) {
      const next = this.skipSpace(comma + 1, limit)
      const word = this.tokens[next]
      if (
        !word?.word ||
        !(opensApposition(word) || this.bareRole(next, bound) || this.hometown(next, limit)) ||
        this.reportsClause(next, limit)
      )
        break
      // A capitalised word may open a clause instead (“said Smith, Jones
      // added”): its run stops at a cue. The verb of a relative clause or a
      // description may be one (“who asked not to be named”).
      const clause = !appositionStarters.has(word.lower) && word.capitalised
      let index = next
      while (
        index < bound &&
        !this.isClauseEnd(index) &&
        !this.isQuoteMark(index) &&
        !this.isComma(index) &&
        !(clause && this.cueAt(index, limit))
      )
        index++
      if (index < limit && !this.isClauseEnd(index) && !this.isComma(index)) break
      end = this.skipSpaceBack(index - 1, next)
      comma = index
    }

    return end
  }

  /**
   * Whether “of” or “from” and a capitalised word stand at `index`: a
   * hometown after a comma (“said Melissa Roloson, 32, of Sodus”); not a
   * possessive, which opens what was said of (“said Matt Borges, chairman
   * of …, of Florida's home-state fissure”).
   */
  hometown(index: number, limit: number): boolean {
    const word = this.tokens[index]?.lower
    if (word !== 'of' && word !== 'from') return false
    const place = this.tokens[this.skipSpace(index + 1, limit)]
    return place?.capitalised === true && !isPossessive(place.text)
  }

  /**
   * Whether lower-case words at `index` are a role without its article, of
   * a body or a field (“publisher of The Federalist”, “head of global
   * product policy at Facebook”, “vice chairwoman for …”): up to three
   * nouns, no verb nor participle, then “of”, “at” or “for”.
   */
  bareRole(index: number, limit: number): boolean {
    let words = 0
    for (let at = index; at < limit; at++) {
      const token = this.tokens[at] as Token
      if (token.space) continue
      if (!token.word || token.capitalised) return false
      if (words > 0 && roleJoiners.has(token.lower)) return true
      if (
        words === 3 ||
        verbLike(token) ||
        token.lower.endsWith('ing') ||
        stopWords.has(token.lower) ||
        articles.includes(token.lower)
      )
        return false
      words++
    }
    return false
  }

  /**
   * Whether “who” at `who` opens a relative clause that reports speech of
   * its own: a cue of speech, after auxiliaries, then a clause (“…,” said
   * Capt. Christian Pardo, who said he would not vote …”), which attribution
   * corpora mark as an attribution of its own (not “who asked not to be
   * named”, “who requested anonymity”, “who has advised Sen. John McCain”).
   */
  reportsClause(who: number, limit: number): boolean {
    if (this.tokens[who]?.lower !== 'who') return false
    let at = this.skipSpace(who + 1, limit)
    while (at < limit && this.isAuxiliary(at)) at = this.skipSpace(at + 1, limit)
    const cue = this.cueAt(at, limit)
    if (cue?.cueClass !== 'speech') return false
    // (After its addressee: not “who has also advised Sen. John McCain, …”.)
    const end = this.addresseeAfter(cue, limit)?.last ?? cue.range.last
    const next = this.tokens[this.skipSpace(end, limit)]
    return (
      next?.word === true &&
      (next.lower === 'that' || subjectPronouns.has(next.lower) || next.capitalised)
    )
  }

  /** The addressee after a cue of telling (“told Politico”), if any. */
  addresseeAfter(cue: FoundCue, limit: number): TokenRange | undefined {
    const word = this.tokens[cue.range.first]
    if (!word || !addresseeVerbs.has(word.lower)) return undefined
    const start = this.skipSpace(cue.range.last, limit)
    // An object pronoun is the whole addressee: “told him the passport …”;
    // but “her” before a noun of people is its determiner: “told her son”.
    if (start < limit && objectPronounSet.has(this.tokens[start]?.lower ?? '')) {
      const noun = this.tokens[this.skipSpace(start + 1, limit)]
      const owned =
        this.tokens[start]?.lower === 'her' &&
        noun?.word === true &&
        noun.text === noun.lower &&
        (personNouns.has(singularNoun(noun.lower)) || noun.lower === 'staff')
      return {first: start, last: owned ? noun.index + 1 : start + 1}
    }
    let index = start
    let last = -1
    let words = 0
    // Whether a place the addressee is from or in was read.
    let placed = false
    // Whether a name a possessive owns was read (“Radio 4’s Today”).
    let owned = false

    while (index < limit && words < 8) {
      const token = this.tokens[index] as Token

      if (token.space) {
        index++
        continue
      }

      if (token.word) {
        // “told refugees from Afghanistan and Kosovo”: where people are
        // from, and names joined by “and”.
        const next = this.tokens[this.skipSpace(index + 1, limit)]
        const previous = this.tokens[last]
        if (
          previous !== undefined &&
          next?.capitalised === true &&
          (((token.lower === 'from' || token.lower === 'in') &&
            previous.text === previous.lower &&
            (peopleNoun(previous.lower) || /[^s]s$/.test(previous.lower))) ||
            (token.lower === 'and' &&
              previous.capitalised &&
              words > 1 &&
              // (Not “warned the British and Irish Lions will be …”.)
              (this.tokens[start]?.capitalised === true || placed)))
        ) {
          if (token.lower !== 'and') placed = true
          index++
          continue
        }
        // “told BBC Radio 4’s Today programme”: a capitalised word after a
        // possessive is the name of what it owns.
        if (
          previous !== undefined &&
          isPossessive(previous.text) &&
          token.capitalised &&
          this.tokens[start]?.capitalised === true
        ) {
          owned = true
          last = index
          words++
          index++
          continue
        }
        if (stopWords.has(token.lower) || boundaryWords.has(token.lower)) break
        // “told Radio 4’s Today programme Mr Blair had …”: what a possessive
        // owns is a name and maybe nouns of a medium in lower case (“ITV
        // television station”); the content opens after them (not after a
        // name’s role alone: “told TheBlaze founder Glenn Beck”).
        if (
          owned &&
          (token.text === token.lower
            ? !mediaHeads.has(token.lower)
            : previous !== undefined && previous.text === previous.lower)
        )
          break
        if (last === -1 && ['that', 'if', 'whether'].includes(token.lower)) break
        // “told reporters not to worry”: the content starts at “not”.
        if (token.lower === 'not') break
        // “told reporters the plan was dead”: a determiner after the
        // addressee’s words starts the content (not between capitalised
        // words, as in a headline in title case: “Told Hillary Server Was a
        // Bad Idea”).
        if (
          last !== -1 &&
          contentDeterminers.has(token.lower) &&
          !(
            (this.tokens[last] as Token).capitalised &&
            this.tokens[this.skipSpace(index + 1, limit)]?.capitalised
          )
        )
          break
        // “told Breitbart News he’d support …”: a subject starts the content.
        if (last !== -1 && subjectWord(token.lower)) break
        // “told jurors Hart had lost his temper”: so does a name before its
        // verb, after lower-case words but a determiner.
        // (And after an acronym: “told the BBC Liverpool were unlikely to
        // …”, whose name in capitals is the medium's whole, or after a word
        // of a medium's name after one: “told BBC News Labour MPs would
        // …”.)
        if (
          previous !== undefined &&
          ((previous.text === previous.lower &&
            !contentDeterminers.has(previous.lower) &&
            !articles.includes(previous.lower)) ||
            ((mediaAcronym.test(previous.text) ||
              (mediaNames.has(previous.lower) &&
                mediaAcronym.test(
                  this.tokens[this.skipSpaceBack(previous.index - 1, start)]?.text ?? '',
                ))) &&
              !mediaAcronym.test(token.text) &&
              !mediaHeads.has(token.lower) &&
              !mediaNames.has(token.lower))) &&
          token.capitalised &&
          this.nameBeforeVerb(index, limit)
        )
          break
        last = index
        words++
        index++
        continue
      }

      if ((token.text === '’' || token.text === "'") && last !== -1) {
        index++
        continue
      }

      break
    }

    return last === -1 ? undefined : {first: start, last: last + 1}
  }

  /**
   * Whether capitalised words (a name, with the periods of its titles)
   * from `index` stand right before a finite verb (“Hart had”, “Mr. Smith
   * said”).
   */
  nameBeforeVerb(index: number, limit: number): boolean {
    let at = index
    while (at < limit && (this.tokens[at]?.capitalised || this.tokens[at]?.text === '.'))
      at = this.skipSpace(at + 1, limit)
    const verb = this.tokens[at]
    return (
      at > index &&
      verb?.word === true &&
      verb.text === verb.lower &&
      (auxiliaryWords.has(verb.lower) || verbLike(verb) || irregularPast.has(verb.lower))
    )
  }

  /**
   * The closing mark of a title of up to five capitalised words in
   * quotation marks opening at `mark`, before “that” or a time (“on
   * Friday”, “last week”): a show or a paper named as whom words were told
   * to; `-1` if none.
   */
  quotedTitle(mark: number, limit: number): number {
    let words = 0
    for (let index = mark + 1; index < limit && index - mark <= 12; index++) {
      const token = this.tokens[index] as Token
      if (token.space) continue
      if (this.isQuoteMark(index)) {
        const next = this.tokens[this.skipSpace(index + 1, limit)]
        return words > 0 && next?.word && titleFollowers.has(next.lower) ? index : -1
      }
      // (Small words of a title stand in it too: “Meet the Press”, “State
      // of the Union”.)
      if (
        !token.word ||
        !(token.capitalised || (words > 0 && titleSmallWords.has(token.lower))) ||
        ++words > 5
      )
        return -1
    }
    return -1
  }

  /** Text of a range. */
  text(range: TokenRange): string {
    let value = ''
    for (let index = range.first; index < range.last; index++)
      value += this.tokens[index]?.text ?? ''
    return value
  }

  /** Words of a range. */
  words(range: TokenRange): Token[] {
    return this.tokens.slice(range.first, range.last).filter((token) => token.word)
  }

  /**
   * How many words a range has: `words(range).length`, counted without making
   * the list (its bounds are taken as `slice` takes them).
   */
  wordCount(range: TokenRange): number {
    /* c8 ignore next -- ranges start in the document; `slice` counts others from its end. */
    if (range.first < 0 || range.last < 0) return this.words(range).length
    const last = Math.min(range.last, this.tokens.length)
    let count = 0
    for (let index = range.first; index < last; index++) {
      if ((this.tokens[index] as Token).word) count++
    }
    return count
  }
}
