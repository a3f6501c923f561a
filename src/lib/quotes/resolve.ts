/**
 * Resolve speakers to people and bodies: “McGovern” → “Jim McGovern”, “he”
 * → the nearest person before, “the official” → “an anonymous U.S. official”.
 */

import {acronym} from '../data/abbreviations.js'
import {
  femaleNames,
  femaleRoles,
  isGivenName,
  maleNames,
  maleRoles,
  sharedNames,
} from '../data/genders.js'
import {
  anonymousPattern,
  articles,
  auxiliaryWords,
  honorifics,
  nameTitles,
  numberWords,
  occupations,
  personNouns,
  placeAdjectives,
  possessiveDeterminers,
  pronouns,
  stopWords,
  weekdaySet,
} from '../data/words.js'
import {firstAtLeast} from './lists.js'
import type {TokenRange} from './marks.js'
import {
  contraction,
  isApartDash,
  isNameList,
  isRolePhrase,
  monthNames,
  namingParticiples,
  openingPrepositions,
  opensSentence,
  quoteMarks,
  roleNoun,
} from './reader.js'
import {
  type DocumentView,
  endsName,
  inName,
  isCapitalised,
  isComma,
  isPossessive,
  longWordCapitals,
  nameParticles,
  type SentenceView,
  type Token,
} from './tokens.js'

/** Whom a speaker resolves to. */
export interface Resolution {
  name: string | null
  role: string | null
  anonymous: boolean
}

interface Entity extends Resolution {
  /** Offset of the mention. */
  start: number
  /** Lower-case head noun of a description (“official”). */
  head: string | undefined
  person: boolean
  /**
   * Whether it was named by one capitalised word alone, with no full name,
   * title or role (“Nestle said”): a person or a body.
   */
  lone?: boolean
}

/** Pronouns of a gender: “he”, “his”, “herself”. */
const genderedPronouns: ReadonlyMap<string, 'f' | 'm'> = new Map([
  ['he', 'm'],
  ['him', 'm'],
  ['his', 'm'],
  ['himself', 'm'],
  ['she', 'f'],
  ['her', 'f'],
  ['hers', 'f'],
  ['herself', 'f'],
])
/** Reflexive pronouns, which may end a speaker: “Mr Blunkett himself”. */
const reflexives = new Set(['himself', 'herself', 'themselves', 'itself'])

/** Conjunctions that open a sentence before its subject: “Though she …”. */
/** Conjunctions that open a clause of time or reason before a sentence's subject: “When …, she”. */
const clauseOpeners = new Set([
  'when',
  'after',
  'before',
  'while',
  'since',
  'once',
  'as',
  'because',
  'although',
  'though',
  'until',
])
const openingConjunctions = new Set([
  'but',
  'and',
  'though',
  'although',
  'yet',
  'so',
  'still',
  'when',
  'while',
  'as',
  'because',
  'since',
  'if',
])

/** Words that no noun phrase before a relative pronoun holds: “among voters who”. */
const phraseBreakers = new Set([
  'that',
  'and',
  'or',
  'but',
  'than',
  'there',
  'among',
  'against',
  'between',
  'like',
  'as',
  'over',
  'under',
  'into',
  'only',
  'even',
  'also',
])

/** Nouns of people who speak for others, never named before they do. */
const spokesNouns = new Set(['spokesman', 'spokeswoman', 'spokesperson'])

/** The resolution of a mention that stands for no one known. */
const nobody: Resolution = {name: null, role: null, anonymous: false}

const headEnders = new Set([
  'with',
  'of',
  'from',
  'in',
  'at',
  'for',
  'on',
  'who',
  'which',
  'that',
  'to',
  'by',
])
const relative = /^(?:who|whom|whose|which|that)\b/i

/** A description of someone not named before (“A neighbour”, “an aide”). */
const indefinite = /^(?:an?|one) /i

/** People who ask more often than they answer (“asked by a reporter”). */
const askers = new Set(['reporter', 'journalist', 'interviewer', 'host', 'moderator'])
/** Honorifics of an academic, besides `honorifics`: “Prof Chris Whitty”. */
const academicHonorifics: ReadonlySet<string> = new Set(['prof', 'prof.'])

/** Words without the articles that open or end them: “a count by The” → “count by”. */
function withoutEndArticles(words: Token[]): Token[] {
  let first = 0
  let last = words.length
  while (first < last && articles.includes((words[first] as Token).lower)) first++
  while (last > first && articles.includes((words[last - 1] as Token).lower)) last--
  return words.slice(first, last)
}

/**
 * The words of a role without the honorifics that end it, which go with the
 * name (“committee chair Dr Jack Fletcher”: “committee chair”); an
 * honorific alone stays the role (“Dr Jack Fletcher”: “Dr”).
 */
function withoutHonorifics(words: Token[]): Token[] {
  let end = words.length
  while (end > 1) {
    const word = words[end - 1] as Token
    // (Not “First Lady”, a role.)
    if (
      !word.capitalised ||
      !(honorifics.has(word.lower) || academicHonorifics.has(word.lower)) ||
      words[end - 2]?.lower === 'first'
    )
      break
    end--
  }
  return end === words.length ? words : words.slice(0, end)
}

/**
 * Whether an entity is one person: named with a first name (“Jake
 * Sullivan”) or a role (“Prince Abdulaziz bin Salman”).
 */
function onePerson(entity: Entity): boolean {
  const first = entity.name?.split(' ')[0]?.toLowerCase() ?? ''
  return (
    entity.name !== null && entity.lone !== true && (entity.role !== null || isGivenName(first))
  )
}
/** A party and state after a name, as AP gives them (“D-N.Y.”, “R-La.”, “I-Vt.”). */
const partyState = /^[DRI]-[A-Z][\w.]{1,12}$/

/**
 * The role of a mention: its apposition (“Jane Roe, a council member,”),
 * else the role read otherwise (`other`: the words before the name, or its
 * affiliation); AP's party and state after the name (“Chuck Schumer,
 * D-N.Y.,”) yield to a title before it (“Senate Majority Leader”).
 */
function roleOf(apposed: string, other: string | null): string | null {
  return partyState.test(apposed) ? other || apposed : apposed || other || null
}

/** An apposition that names members of a group, not a role. */
const inclusion = /^(?:such as|including|like|among them)\b/i
/** A word of lower-case letters (“voters”, “fund-raisers”): no number, no name. */
const lowerWord = /^\p{Ll}+(?:-\p{Ll}+)*$/u
/** Letters, maybe with hyphens, from a letter on. */
const letters = /^\p{L}[\p{L}-]*$/u
/** Lower-case letters only. */
const lowerLetters = /^\p{Ll}+$/u
/** A capitalised word that looks like one of a people or a party (“Republican”, “Parisian”). */
const demonymShape = /^\p{Lu}\p{Ll}+(?:man|woman|ian|ean|can)$/u
/** Nouns of that shape that name no people or party: “The Guardian” (a newspaper), “Historian”. */
const ianNouns = new Set([
  'guardian',
  'historian',
  'comedian',
  'musician',
  'politician',
  'physician',
  'technician',
  'librarian',
  'custodian',
  'pedestrian',
  'civilian',
  'median',
])
const plural = new Set(['they', 'them', 'we'])
/** The head given to what a plural pronoun stands for: a group, no one “it” stands for. */
const groupHead = 'they'
const personal = new Set(['he', 'she', 'him', 'her', 'i', 'who'])
/**
 * Index of the head of a description: its last word before its
 * prepositional phrase or relative clause (“a filing with federal
 * regulators” → filing); `-1` for no words.
 */
function headIndex(words: readonly Token[]): number {
  // (Not one inside the name of a body before a common noun: “A Department
  // for Work and Pensions spokeswoman”.)
  const common = words[words.length - 1]?.capitalised === false
  const preposition = words.findIndex(
    (word, index) =>
      index > 0 &&
      headEnders.has(word.lower) &&
      !(
        common &&
        (words[index - 1] as Token).capitalised &&
        notPerson.test((words[index - 1] as Token).text) &&
        words[index + 1]?.capitalised
      ),
  )
  return (preposition === -1 ? words.length : preposition) - 1
}
/** Whether a head noun names a group: a plural (“researchers”) or “people”. */
function groupNoun(head: string): boolean {
  return pluralHead(head) || irregularPlurals.has(head)
}
/** Plurals of people not in -s: “Women live longer” names no one for a later “he”. */
const irregularPlurals = new Set(['people', 'women', 'men', 'children'])
/** Whether the head noun of a description is plural (“employees”, not “press”). */
function pluralHead(head: string | undefined): boolean {
  return head?.endsWith('s') === true && !head.endsWith('ss')
}
/** The verb of a contraction after a pronoun: “you’ve”, “we’re”, “they’d”. */
const contracted = /(?<=^(?:i|you|we|they|he|she|it))[’'](?:ve|re|m|ll|d|s)$/

/** Possessive pronouns, the sources of nominal cues, by the pronoun they stand for. */
const possessives = new Map([
  ['his', 'he'],
  ['their', 'they'],
  ['its', 'it'],
  ['my', 'i'],
  ['our', 'we'],
  ['your', 'you'],
])
const determiners = new Set(['the', 'this', 'that', 'these', 'those'])
/** Numbers and quantities before “of” (“Three of the Republicans”): no names. */
const quantities = new Set([
  ...numberWords,
  'some',
  'many',
  'most',
  'all',
  'both',
  'several',
  'few',
  'none',
  'each',
  'half',
  'any',
])
/**
 * Prepositions that relate a description to a name after it: “a spokesman
 * for …”; not “by” and “from”, whose name is the source (“a survey by
 * Goldman Sachs”, “documents from Diane D. Blair”).
 */
const relations = new Set(['for', 'of', 'at', 'with', 'to', 'in', 'on', 'about'])
/**
 * Whether words are a role, an honorific and a surname (“Tory spokesman Mr
 * Lewis”, “Former civil service chief Lord Butler”): the role holds no
 * preposition, conjunction, relative pronoun, verb in -ed or -ing, nor
 * another honorific (“a spokesman for Mr Prescott”, “The barrister who had
 * represented Mr Martin”, “Mr Evans sued Mr Mann”), and the surname is no
 * possessive (“Ms Villalba’s lawyers”).
 */
function honouredRole(words: readonly Token[]): boolean {
  const surname = words[words.length - 1]
  if (!surname || isPossessive(surname.text)) return false
  if (!honorifics.has(words[words.length - 2]?.lower ?? '')) return false
  const role = words.slice(0, -2)
  const opening = role[0]?.lower
  const noun = role[role.length - 1]
  return (
    noun !== undefined &&
    (roleNoun(noun) || noun.lower === 'peer') &&
    opening !== 'a' &&
    opening !== 'an' &&
    opening !== 'the' &&
    role.every(
      (word) =>
        letters.test(word.text) &&
        !stopWords.has(word.lower) &&
        !relativeWords.has(word.lower) &&
        !honorifics.has(word.lower) &&
        !inclusion.test(word.lower) &&
        // (The noun itself may end so: “Tory peer Lord Tebbit”; so does
        // “former”: “Former cabinet colleague Lord Hattersley”.)
        (word === noun || word.lower === 'former' || !/(?:ed|ing|er)$/.test(word.lower)),
    )
  )
}

/** Relative pronouns that open a clause inside a description. */
const relativeWords = new Set(['who', 'whom', 'whose', 'which'])

/**
 * Index of the first relative pronoun at or after `from`, or of “that”
 * before an auxiliary (“groups that have endorsed him”); `-1` when there is
 * none.
 */
function relativeClause(tokens: readonly Token[], from: number): number {
  for (let index = Math.max(from, 0); index < tokens.length; index++) {
    const token = tokens[index] as Token
    if (!token.word) continue
    if (relativeWords.has(token.lower)) return index
    if (
      token.lower === 'that' &&
      index > from &&
      auxiliaryWords.has(tokens[index + 2]?.lower ?? '')
    )
      return index
  }

  return -1
}
const numberSet: ReadonlySet<string> = new Set(numberWords)

const sentenceOpeners = new Set([
  'the',
  'a',
  'an',
  'but',
  'and',
  'in',
  'on',
  'at',
  'as',
  'for',
  'if',
  'when',
  'while',
  'after',
  'before',
  'now',
  'then',
  'still',
  'yet',
  'so',
  'is',
  'are',
  'was',
  'were',
  'did',
  'does',
  'do',
  'has',
  'have',
  'had',
  'would',
  'could',
  'should',
  'why',
  'how',
  'what',
  'where',
  'neither',
  'either',
  'both',
  'even',
  'only',
  'not',
  'because',
  'although',
  'though',
  'with',
  'from',
  'to',
  'by',
  'of',
  'under',
  'over',
  'during',
  'despite',
  'without',
  'since',
  'until',
  'unlike',
  'like',
  'among',
  'amid',
  'against',
  'about',
  'into',
  'through',
  'across',
  'meanwhile',
  'however',
  'perhaps',
  'yesterday',
  'today',
  'tonight',
  'also',
  'last',
  'this',
  'that',
  'these',
  'those',
  // Inverted verbs of saying that open a sentence: “Said Mr Fogg: …”.
  'said',
  'says',
  'added',
  'asked',
])

/**
 * A proper name in the text, with the titles before it and the apposition
 * after it. What it says of the person is worked out when first asked: most
 * names are never candidates of a resolution.
 */
class Name {
  /** Its words, without titles. */
  readonly words: Token[]
  /** Its last word, without a possessive: the surname. */
  readonly last: string
  /** Offset of its first word. */
  readonly start: number
  /** The honorific right before it (“Mr”), if any. */
  readonly honorific: string | undefined
  /** Titles before it (“Sen.”), lower case. */
  private readonly titles: Token[]
  /** Tokens of the document, to read the apposition after it. */
  private readonly tokens: Token[]
  /** Index of the token after the run of capitalised words. */
  private readonly next: number
  private known: {value: string; person: boolean; roles: Set<string>} | undefined

  constructor(run: Token[], words: Token[], tokens: Token[], next: number) {
    this.words = words
    this.titles = run.slice(0, run.indexOf(words[0] as Token))
    this.tokens = tokens
    this.next = next
    this.last = bare((words[words.length - 1] as Token).text)
    this.start = (words[0] as Token).start
    this.honorific = honorificOf(run, words)?.text
    this.known = undefined
  }

  /**
   * Whether the title right before it is an office (“Finance Minister”,
   * “Gen.”), not a modifier (“the National Diversity Coalition”).
   */
  get titled(): boolean {
    const words = this.titles.filter((token) => token.word)
    // (Or a role in lower case before the run of capitals: “Arsenal
    // manager Mikel Arteta”.)
    const title = words.length > 0 ? words[words.length - 1] : this.roleBefore()
    return (
      title !== undefined &&
      nameTitles.has(title.lower) &&
      !articles.includes(title.lower) &&
      !titleModifiers.has(title.lower)
    )
  }

  /** The word in lower case right before the name, if any. */
  private roleBefore(): Token | undefined {
    let at = (this.words[0] as Token).index - 1
    while (at >= 0 && this.tokens[at]?.space) at--
    const token = this.tokens[at]
    return token?.word && token.text === token.lower ? token : undefined
  }

  /** Its text: the words joined by spaces. */
  get value(): string {
    return this.facts().value
  }

  /** Whether it looks like a person’s name (no possessive, no word of places or bodies). */
  get person(): boolean {
    return this.facts().person
  }

  /** Lower-case words that say what the person is: titles before, apposition after. */
  get roles(): Set<string> {
    return this.facts().roles
  }

  private facts(): {value: string; person: boolean; roles: Set<string>} {
    if (this.known) return this.known
    const roles = new Set(
      this.titles.map((title) => titleNouns[title.lower] ?? title.lower.replace(/\.$/, '')),
    )
    for (const word of apposition(this.tokens, this.next)) roles.add(word)
    // (A possessive ends a name, and is no part of its value: “Philip
    // Pullman's”; a possessor is seldom the person a pronoun after means.)
    const last = this.words.length - 1
    this.known = {
      value: this.words.map((word, index) => (index === last ? this.last : word.text)).join(' '),
      person:
        this.words.every((word) => !isPossessive(word.text)) &&
        (this.words.length === 1 || personalName(this.words)),
      roles,
    }
    return this.known
  }
}

/** Titles that only qualify another (“National Security Adviser”, “County Judge”). */
const qualifiers = new Set(['national', 'federal', 'city', 'county'])

/** Words stripped as titles before a name that name no office of their own. */
const titleModifiers = new Set([
  'national',
  'former',
  'senior',
  'retired',
  'acting',
  'late',
  'then',
  'chief',
  'executive',
  'deputy',
  'assistant',
  'vice',
])

/** Words that make a capitalised run a place or a body, not a person. */
const notPerson =
  /^(?:chamber|hospital|university|college|school|center|centre|department|committee|house|street|avenue|county|city|state|party|court|church|council|agency|bank|company|corporation|inc\.?|news|times|post|journal|tribune|herald|gazette|chronicle|globe|club|association|foundation|institute|airport|station|park|river|mountain|island|bay|museum|library|senate|congress|army|navy|administration|government|ministry|office|group|fund|network|union|executive|commission|bureau|authority|board|parliament|assembly|federation|organisation|organization|bundesbank|labour|poll|survey|police|report|study|index|campaign|program|programme|project|reserve|guard|service|corps|patrol|academy|coalition|alliance|caucus|league|society|embassy|tribunal|cabinet|division)$/i

/** Titles that open the names of bodies too: “National Labor Relations Board”, “U.S. Chamber”. */
const bodyTitles = new Set(['national', 'federal', 'u.s.', 'democratic', 'republican', 'state'])

/** Words that end the names of companies after a title: “General Motors”, “Premier Foods”. */
const companyWords = new Set([
  'motors',
  'electric',
  'dynamics',
  'mills',
  'foods',
  'inn',
  'oil',
  'insurance',
  'airlines',
  'airways',
  'energy',
  'media',
  'partners',
  'capital',
  'systems',
  'industries',
  'communications',
  'technologies',
  'entertainment',
  'resources',
  'properties',
  'services',
  'stores',
  'holdings',
  'brands',
  'logistics',
  'healthcare',
  'petroleum',
  'steel',
  'chemicals',
  'pictures',
  'records',
  'books',
  'mining',
  'atomics',
])

/**
 * Whether words end in a lower-case role and a name of two words or more:
 * the body before is the name's (“National Bureau of Statistics chief Li
 * Deshui”), no affiliation after a name.
 */
function roleAndName(words: readonly Token[]): boolean {
  let capitals = 0
  let index = words.length - 1
  while (index >= 0 && (words[index] as Token).capitalised) {
    capitals++
    index--
  }
  const role = words[index]
  return capitals >= 2 && role !== undefined && !role.capitalised && !nameJoiners.has(role.lower)
}

/** Lower-case words inside the names of bodies: “Campaign for Tobacco-Free Kids”. */
const nameJoiners = new Set(['the', 'for', 'and', 'of', 'on', 'in', 'at', 'to', 'with'])

/** Words of bodies and places that are surnames too: “Ellen Park”, “Emily Post”. */
const surnames = new Set(['park', 'church', 'post', 'house', 'bank', 'street', 'hall'])

/**
 * Whether the words of a name may be a person's: none is a word of bodies
 * or places, but for a surname after a known first name (“Ellen Park”).
 */
function personalName(words: readonly Token[]): boolean {
  const first = words[0]?.lower ?? ''
  // (A place is no given name here: “Washington Post”.)
  const given = words.length === 2 && isGivenName(first) && !placeAdjectives.has(first)
  // (Nor a title's qualifier: “National Grid”.)
  if (qualifiers.has(first)) return false
  return words.every(
    (word) =>
      !verbsInTitleCase.has(word.lower) &&
      (!notPerson.test(word.text) || (given && word !== words[0] && surnames.has(word.lower))),
  )
}

/**
 * Verbs that a headline in title case capitalises (“Why Sanders Is Not
 * …”), which no name has (unlike “Will” or “May”).
 */
const verbsInTitleCase = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'does',
  'did',
  'not',
])

/** What abbreviated titles stand for, to match a description (“Sen.” → senator). */
const titleNouns: Record<string, string> = {
  'sen.': 'senator',
  'sens.': 'senator',
  'rep.': 'representative',
  'reps.': 'representative',
  'gov.': 'governor',
  'lt.': 'lieutenant',
  'gen.': 'general',
  'col.': 'colonel',
  'dr.': 'doctor',
  'prof.': 'professor',
  'amb.': 'ambassador',
  'atty.': 'attorney',
  'rev.': 'reverend',
}

/** Party members that stand for a person: “the Republican”. */
const partyMembers = new Set([
  'republican',
  'democrat',
  'conservative',
  'tory',
  'liberal',
  'socialist',
])
/** Capitalised nouns of nationality in other forms than -man, -an: “the Scot”. */
const demonyms = new Set([
  'scot',
  'briton',
  'spaniard',
  'swede',
  'dane',
  'finn',
  'pole',
  'swiss',
  'dutch',
  'frenchman',
  'turk',
  'greek',
  'thai',
  'czech',
  'serb',
  'croat',
])

/**
 * Whether the head of a description stands for a person named before: a
 * nationality (“Dutchman”, “American”, “Scot”), a party member
 * (“Republican”) or an age (“30-year-old”).
 */
function personDescription(head: Token): boolean {
  const lower = head.lower
  if (/^\d+-year-old$/.test(lower)) return true
  if (!head.capitalised) return false
  return (
    partyMembers.has(lower) ||
    demonyms.has(lower) ||
    (demonymShape.test(head.text) && !ianNouns.has(lower))
  )
}

/** Words of time before a month: “Early March”, “Last May”. */
const monthModifiers = new Set(['early', 'late', 'mid', 'last', 'next', 'this'])

/**
 * Whether a word is a day of the week or a month written out (“Wednesday”,
 * “September”; not “May” nor “March”, which are names and verbs too).
 */
function dayOrMonth(word: Token): boolean {
  const lower = word.lower
  return (
    weekdaySet.has(lower) ||
    (monthNames.has(lower) && lower.length > 3 && lower !== 'sept' && lower !== 'march')
  )
}

/** The honorific right before the words of a name (“Mr” in “Mr Johnson”), if any. */
function honorificOf(run: readonly Token[], words: readonly Token[]): Token | undefined {
  const title = run[run.indexOf(words[0] as Token) - 1]
  return title && honorifics.has(title.lower) ? title : undefined
}

/**
 * Find proper names (two or more capitalised words, titles stripped) in the
 * document, with the titles before them and the apposition after them.
 */
function names(document: DocumentView, titled: Map<string, Set<string>>): Name[] {
  const found: Name[] = []
  const tokens = document.tokens
  // The first words of the names read so far, by surname.
  const givens = new Map<string, Set<string>>()
  const otherNamed = (given: string, surname: string): boolean =>
    [...(givens.get(surname) ?? [])].some((word) => word !== given)
  // The run of capitalised words being read: its first word, and the list
  // of its words once it has two (most runs are one word, and make no list).
  let first: Token | undefined
  let run: Token[] = []
  let size = 0

  const flush = (next: number) => {
    // A single word makes no name.
    if (size < 2) {
      size = 0
      return
    }

    size = 0
    // (“On Wednesday Lord Woolf said”: a day or a month, and what comes
    // before it, is no part of a name.)
    let from = 0
    // (Two words must be left: “the Sunday Telegraph” is a name.)
    for (let at = 0; at < Math.min(3, run.length - 2); at++)
      if (dayOrMonth(run[at] as Token)) from = at + 1
    // (Nor is a count that opens the sentence: “Two EU diplomats said”;
    // not “the Six Nations”.)
    // (Nor “Per” that opens it, a source's cue: “Per CNN, the talks …”.)
    const count = run[from] as Token
    if ((numberSet.has(count.lower) || count.text === 'Per') && opensSentence(tokens, count.index))
      from++
    // (Nor a month after a word of time: “Early March, the senator said”.)
    else if (monthModifiers.has(count.lower) && monthNames.has(run[from + 1]?.lower ?? ''))
      from += 2
    if (from > 0) run = run.slice(from)
    const words = fromGivenName(withoutPostNominal(stripTitles(run, otherNamed)))
    // (The title right before the words, by surname: “President Obama”.)
    const title = run[run.indexOf(words[0] as Token) - 1]
    const last = words[words.length - 1]
    if (title && last && nameTitles.has(title.lower)) {
      const surnames = titled.get(title.lower)
      if (surnames) surnames.add(bare(last.text))
      else titled.set(title.lower, new Set([bare(last.text)]))
    }
    // A surname after an honorific is a name too (“Mr Johnson”; not “On
    // Wednesday Lord Woolf”).
    if (words.length >= 2 || (run.length === 2 && honorificOf(run, words) !== undefined))
      found.push(new Name(run, words, tokens, next))
    if (words.length >= 2) {
      const surname = bare((last as Token).text)
      const given = (words[0] as Token).lower
      const known = givens.get(surname)
      if (known) known.add(given)
      else givens.set(surname, new Set([given]))
    }
  }

  // Headlines in title case, in order: the next one to pass over.
  const skipped = titleCaseHeadlines(document)
  let next = 0

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token

    // In a headline in title case, every word is capitalised: no run of them
    // is a name (“Candidate Takes Questions at Diner Stop”).
    const skip = skipped[next]
    if (skip !== undefined && skip.first === index) {
      flush(index)
      index = skip.last - 1
      next++
      continue
    }

    // A nickname inside a name (`Marcia "Cia" Price`) is passed over.
    if (size > 0 && document.nicknames[index] !== 0) continue

    // (A particle inside a name goes with it: “Bill de Blasio”, “Luiz
    // Inácio Lula da Silva”, “Khalil al-Hayya”.)
    const particle =
      size > 0 &&
      !token.capitalised &&
      (nameParticles.has(token.text)
        ? tokens[index + 1]?.text === ' ' && tokens[index + 2]?.capitalised === true
        : endsName(token.text))
    // (“Here's Clinton:”, “There's Cook”: no part of a name.)
    if ((token.capitalised && !isOrHas.test(token.text)) || particle) {
      const previous = tokens[index - 1]
      // (A possessive ends a name: “Alan Grayson’s Senate campaign”.)
      const last = size === 1 ? first : run[run.length - 1]
      const joined =
        size === 0 ||
        (previous?.space === true && previous.text === ' ' && !isPossessive(last?.text ?? ''))
      if (!joined) flush(index)
      if (size === 0) first = token
      else if (size === 1) run = [first as Token, token]
      else run.push(token)
      size++
      continue
    }

    if (size === 0) continue
    if (token.space && token.text === ' ') continue
    flush(index)
  }

  flush(tokens.length)
  return found
}

/**
 * The sentences of headlines in title case (three in four of their words of
 * four letters or more capitalised), in order, as ranges of tokens.
 */
function titleCaseHeadlines(document: DocumentView): TokenRange[] {
  const found: TokenRange[] = []

  for (const block of document.blocks) {
    if (block.type !== 'HeadlineNode') continue

    for (const index of block.sentences) {
      const sentence = document.sentences[index] as SentenceView
      const {long, capitalised} = longWordCapitals(document, sentence)
      if (long >= 2 && capitalised * 4 >= long * 3)
        found.push({first: sentence.first, last: sentence.last})
    }
  }

  return found
}

/** Lower-case words of an apposition after a name: “, a Republican from Kansas,”. */
function apposition(tokens: Token[], index: number): string[] {
  if (!isComma(tokens, index)) return []
  const words: string[] = []

  for (let at = index + 1; at < tokens.length && at - index < 24; at++) {
    const token = tokens[at] as Token
    if (token.space) continue
    if (!token.word) break
    words.push(token.lower)
  }

  return words
}

/** A word without a possessive: “McGovern’s” → “McGovern”. */
function bare(word: string): string {
  return isPossessive(word) ? word.slice(0, -2) : word
}

/**
 * The words of a name without the titles before it. `otherNamed` tells
 * whether someone with another first word than `given` is named `surname`
 * in the text; without it, a title that is also a given name is a title.
 */
function stripTitles(
  words: Token[],
  otherNamed?: (given: string, surname: string) => boolean,
): Token[] {
  let start = 0
  const last = words[words.length - 1]?.text ?? ''
  const article = words[0]?.lower === 'the' ? 1 : 0
  const body =
    // (Or a place that opens it, after a lower-case “the” not among the
    // words: “the British Medical Association says”.)
    ((article === 1 ||
      (words.length > 2 &&
        (placeAdjectives.has((words[0] as Token).lower) ||
          // (Or a title of bodies that opens the name of one, of three
          // words or more: “National Education Union”, “U.S. Chamber”; not
          // an office, “Councilmember Traci Park”.)
          bodyTitles.has((words[0] as Token).lower)))) &&
      notPerson.test(last)) ||
    words.some(
      (word, index) =>
        notPerson.test(word.text) &&
        (words[index + 1]?.lower === 'of' || words[index + 1]?.lower === 'for'),
    )
  // The name of a body keeps its words but the article (“the Federal Open
  // Markets Committee”, “the Bureau of Labor Statistics”).
  if (body) return words.slice(article)
  // (Found once: a long run of titles is read in one pass.)
  const owner = lastPossessive(words, 0)
  while (start < words.length) {
    const lower = (words[start] as Token).lower
    // “Mr. Singer”: an occupation that ends the words is a surname.
    if (start === words.length - 1 && occupations.has(lower)) break
    // “Chelsea’s William Gallas”, “Huffington Post’s Scott Conroy”: a
    // possessive before a name of two words or more is a role.
    if (owner >= start) {
      start = owner + 1
      continue
    }
    // A place before a title or a name (“Massachusetts Rep. Jim McGovern”,
    // “The Wisconsin Republican”), not one in the name of a body (“The
    // Washington Post”, “The New York Times”).
    // The words of a place go together, and go before a title or a name of
    // two words or more: not “South Korea”, “British Airways”, “The New
    // York Times”, which they name with the one word after them.
    if (placeAdjectives.has(lower) && !body) {
      let end = start + 1
      while (end < words.length && placeAdjectives.has((words[end] as Token).lower)) end++
      // A place alone names no one (“Texas”, “South Carolina”), nor does a
      // place before a group or a day (“Iowa Republicans”, “New Hampshire
      // Monday”); “New” alone is as often the adjective (“New EU trade
      // commissioner”).
      const next = words[end]
      const run = words.slice(start, end)
      const kept =
        words.length - end === 1 &&
        // (A state before a surname is a place: “In Wisconsin Trump said”;
        // not a nation, a point of the compass or a given name.)
        (run.some((word) => !stateWords.has(word.lower)) ||
          (run.length === 1 && isGivenName(lower))) &&
        next !== undefined &&
        !nameTitles.has(next.lower) &&
        !pluralMembers(next.lower) &&
        !dayOrMonth(next) &&
        !(end === start + 1 && lower === 'new')
      if (kept) break
      start = end
      continue
    }

    // “Dean Baquet”: a title that is a given name, before one word alone, is
    // the given name, unless that word is the surname of someone else named
    // in the text (“Vikram Amar, dean of …” … “Dean Amar said”).
    if (
      start === words.length - 2 &&
      otherNamed !== undefined &&
      isGivenName(lower) &&
      !otherNamed(lower, bare((words[start + 1] as Token).text))
    )
      break
    // “National Grid”, “City Hall”: a word that only qualifies a title,
    // opening the words before one word alone, names a body with it (not
    // after a party: “Republican National Convention”).
    if (start === words.length - 2 && start <= article && qualifiers.has(lower)) break
    // “General Motors”, “Premier Foods”: a title before a word of business
    // alone names a company with it.
    const after = bare((words[start + 1]?.text ?? '').toLowerCase())
    if (
      start === words.length - 2 &&
      nameTitles.has(lower) &&
      !articles.includes(lower) &&
      (companyWords.has(after) || notPerson.test(after))
    )
      break
    if (nameTitles.has(lower) || (start === 0 && sentenceOpeners.has(lower))) start++
    else break
  }

  // A title after the words of a body or a place (“CNN President Jeff
  // Zucker”, “Atlantic City Mayor Don Guardian”): the name is what follows
  // the last title, when that is two words or more.
  for (let index = words.length - 3; index >= start; index--) {
    if (nameTitles.has((words[index] as Token).lower)) {
      start = index + 1
      break
    }
  }

  return words.slice(start)
}

/**
 * A name without a letter title after it (“Tom McCabe MSP”), when two words
 * or more stay.
 */
function withoutPostNominal(words: Token[]): Token[] {
  const post = words[words.length - 1]
  return words.length >= 3 && post && postNominals.has(post.text) ? words.slice(0, -1) : words
}

/**
 * Place words that are the words of US states only (“Wisconsin”, “New
 * Hampshire”): not of nations nor points of the compass (“British”,
 * “South”).
 */
const stateWords = new Set(
  [...placeAdjectives].filter(
    (word) =>
      !/^(?:north|south|east|west|new|british|american|french|german|russian|chinese|cuban|israeli|iranian|mexican|canadian|syrian)$/.test(
        word,
      ),
  ),
)

/** Titles written after a name: “Tom McCabe MSP”, “Michael Mansfield QC”. */
const postNominals = new Set(['MP', 'MSP', 'MEP', 'AM', 'QC', 'KC', 'MLA', 'TD'])

/** A word and “’s” that is “is” or “has”, no possessive: “Here’s”, “That’s”. */
const isOrHas = /^(?:here|there|that|what|who|where|how|it|he|she|let)[’']s$/i

/**
 * Whether a word is a capitalised possessive that may own a name
 * (“France’s”), not “Here’s”.
 */
function capitalisedOwner(word: Token): boolean {
  return word.capitalised && isPossessive(word.text) && !isOrHas.test(word.text)
}

/**
 * Index of the last possessive at or after `from` that two words or more
 * follow, not a title (“Huffington Post’s Scott Conroy”), or a capitalised
 * one before a surname alone (“France’s Macron”); `-1` if none.
 */
function lastPossessive(words: readonly Token[], from: number): number {
  // Not in the name of a body: “St Fintian’s High School”.
  const last = words[words.length - 1]
  if (!last || notPerson.test(last.text)) return -1
  for (let index = words.length - 2; index >= from; index--) {
    const word = words[index] as Token
    if (
      isPossessive(word.text) &&
      !nameTitles.has((words[index + 1] as Token).lower) &&
      (index < words.length - 2 ||
        (index === 0 && capitalisedOwner(word) && last.capitalised && !isPossessive(last.text)))
    )
      return index
  }
  return -1
}

/**
 * Resolves speakers of one document, in reading order.
 */
export class Resolver {
  readonly document: DocumentView
  readonly names: Name[]
  /**
   * Names and the surnames alone of full names, in order (see
   * `withSurnames`), made when first read: most documents never need them
   * (10 of PolNeAR dev's 84 do), as their pronouns find a speaker first.
   */
  private mentionList: Name[] | undefined
  /** The surnames alone in `mentionList`, which name people only. */
  readonly surnames = new Set<Name>()
  readonly entities: Entity[] = []
  /**
   * The entities of each head noun, in the order of `entities`: a
   * description looks back through its own head's only, so a document of
   * many distinct descriptions takes time linear in their number.
   */
  private readonly headed = new Map<string, Entity[]>()
  /**
   * The entities that are people, in the order of their offsets: a pronoun
   * looks for one in the sentence before it by a binary search.
   */
  private readonly people: Entity[] = []
  /** Names by their text (see `conflicts`), made when first read. */
  private namesByValue: Map<string, Name[]> | undefined
  /**
   * Names of people of two words or more by each of their roles, in the
   * order of `names` (see `namedAs`), made when first read.
   */
  private namesByRole: Map<string, Name[]> | undefined
  /** Names by the offset of their first word. */
  readonly nameAt = new Map<number, Name>()
  /** Names by the index of their last word. */
  readonly nameEnding = new Map<number, Name>()
  /** Surnames by the titles written right before them (“President Obama”), lower case. */
  readonly titled = new Map<string, Set<string>>()
  /**
   * Full names by surname, all of them (“Bill Clinton”, “Hillary Clinton”),
   * in order: the first is the one a surname alone names (see `fullName`).
   */
  readonly fullNames = new Map<string, Name[]>()

  /** More phrases that mark a source anonymous, lower case. */
  readonly anonymous: readonly string[]

  /** Tokens inside quotations (`1`), whose names no pronoun after them stands for. */
  readonly quoted: Uint8Array

  constructor(
    document: DocumentView,
    anonymous: readonly string[] = [],
    quoted: Uint8Array = new Uint8Array(document.tokens.length),
  ) {
    this.document = document
    this.anonymous = anonymous
    this.quoted = quoted
    this.names = names(document, this.titled)
    for (const name of this.names) {
      this.nameAt.set(name.start, name)
      this.nameEnding.set((name.words[name.words.length - 1] as Token).index, name)
    }
    for (const name of this.names)
      if (name.words.length > 1) {
        const known = this.fullNames.get(name.last)
        if (!known) this.fullNames.set(name.last, [name])
        else if (!known.some((other) => other.value === name.value)) known.push(name)
      }
  }

  /**
   * The names read in the text and, in order among them, the surnames alone
   * of full names in it (“… before Radcliffe finally sprinted clear” after
   * “Paula Radcliffe”): capitalised words outside runs of them.
   */
  withSurnames(): Name[] {
    const tokens = this.document.tokens
    const found: Name[] = []
    let next = 0

    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index] as Token
      // (Not in a quotation, where a pronoun after it does not look.)
      if (!token.capitalised || this.quoted[index] === 1) continue
      if (!this.fullNames.has(bare(token.text))) continue
      // (Alone: no capitalised word joined to it by a space.)
      const before = tokens[index - 2]
      const after = tokens[index + 2]
      if (
        (tokens[index - 1]?.text === ' ' && before?.capitalised) ||
        (tokens[index + 1]?.text === ' ' && after?.capitalised)
      )
        continue
      while (next < this.names.length && (this.names[next] as Name).start < token.start)
        found.push(this.names[next++] as Name)
      const surname = new Name([token], [token], tokens, index + 1)
      this.surnames.add(surname)
      found.push(surname)
    }

    while (next < this.names.length) found.push(this.names[next++] as Name)
    return found
  }

  /**
   * Resolve a speaker mention.
   *
   * @param range
   *   Tokens of the mention.
   * @returns
   *   Resolution.
   */
  resolve(range: TokenRange): Resolution {
    const nicknames = this.document.nicknames
    const all = this.document.tokens
    // The tokens of the mention, its words and its text, read in one pass: a
    // nickname is no part of the name (`Marcia "Cia" Price`).
    const tokens: Token[] = []
    const words: Token[] = []
    let text = ''
    let last = Math.min(range.last, all.length)
    // “Mr Blunkett himself”: a reflexive pronoun that ends it is no part of
    // the name.
    const final = all[last - 1]
    if (last - range.first > 1 && final?.word && reflexives.has(final.lower)) last--
    for (let index = range.first; index < last; index++) {
      if (nicknames[index] !== 0) continue
      const token = all[index] as Token
      tokens.push(token)
      if (token.word) words.push(token)
      text += token.text
    }
    const start = tokens[0]?.start ?? 0
    const first = words[0]
    const lowerText = text.toLowerCase()
    const anonymous =
      anonymousPattern.test(text) || this.anonymous.some((phrase) => lowerText.includes(phrase))

    // An interview’s labels (“Q: …”, “A: …”): the questions are the
    // interviewer’s, no one named; the answers are the first person named
    // in the text (“Mayor Lena Ortiz sat down with the Herald”).
    const label =
      (text === 'Q' || text === 'A') && all[last]?.text === ':'
        ? text
        : text === 'Q.' || text === 'A.'
          ? text[0]
          : undefined
    if (words.length === 1 && label !== undefined) {
      const interviewee = label === 'A' ? this.names.find((name) => name.person) : undefined
      // (Not remembered: “he” and “she” are read inside the answers only.)
      return interviewee ? {name: interviewee.value, role: null, anonymous: false} : nobody
    }

    // A relative pronoun: the name right before it (“Rosa Alvarez, who …”;
    // “Hillary Clinton — who’s called for …”).
    const relativeWord = first?.lower.replace(contraction, '')
    if (words.length === 1 && first && (relativeWord === 'who' || relativeWord === 'which')) {
      const antecedent = this.antecedent(range.first)
      if (antecedent) return this.remember(antecedent, start, undefined, relativeWord === 'who')
      // “Zeke Marsh, an economist who advised”: the name the noun stands in
      // apposition to.
      const named = this.appositionName(range.first)
      if (named) return this.remember(named, start, undefined, true)
      // “voters who decided”, “an architect who said”, “some economists
      // who argue”: the noun before with its determiner and modifiers, which
      // names no one.
      const noun = this.document.tokens[range.first - 2]
      if (
        noun?.word &&
        lowerWord.test(noun.text) &&
        !stopWords.has(noun.lower) &&
        this.document.tokens[range.first - 1]?.text === ' ' &&
        noun.sentence === first.sentence
      ) {
        const phrase = this.nounPhrase(noun.index)
        return this.remember({name: phrase, role: null, anonymous}, start, noun.lower, false)
      }
      // “the report, which notes”: no one.
      if (relativeWord === 'which') return this.remember(nobody, start, undefined, false)
      // Where its sentence opens: speakers before it, there, may be its own.
      const sentence = this.document.sentences[first.sentence] as SentenceView
      const opening = this.document.tokens[sentence.first]?.start ?? start
      // “spoke with the company’s chief executive, who told him”: a noun of
      // people before the comma, with its determiner and modifiers.
      const person = this.document.tokens[range.first - 3]
      if (
        person?.word &&
        isComma(this.document.tokens, range.first - 2) &&
        this.document.tokens[range.first - 1]?.text === ' ' &&
        personNouns.has(person.lower) &&
        person.sentence === first.sentence
      ) {
        // (The speaker of the cue before, when it is that noun: “said an REM
        // spokesman, who added”.)
        const named = this.nearestHeaded(
          person.lower,
          start,
          (candidate) => candidate.start >= opening,
        )
        if (named) return this.remember(named, start, named.head, named.person)
        const phrase = this.nounPhrase(person.index, true)
        return this.remember({name: phrase, role: null, anonymous}, start, person.lower, false)
      }
      // “said one Democrat familiar with the discussion, who added”: a
      // speaker before it in its sentence; else no one (“the party’s top
      // figures, who have”), not a person named further back.
      const speaker = this.nearest(start, (candidate) => candidate.start >= opening)
      return this.remember(speaker ?? nobody, start, speaker?.head, speaker?.person ?? false)
    }

    // A pronoun: the nearest fitting entity before. A possessive one (“his
    // attacks on”) stands for its subject pronoun.
    // “You’ve”, “We’re”, “They’d”: the pronoun of a contraction.
    const lower = first?.lower.replace(contracted, '') ?? ''
    const pronoun = first ? (possessives.get(lower) ?? lower) : ''
    // “I” and “we” outside a quotation are the writer (of a column, a book
    // excerpt, an editorial) or one side of a transcript, and “you” the
    // reader: no one named before.
    if (words.length === 1 && (pronoun === 'i' || pronoun === 'we' || pronoun === 'you'))
      return this.remember(nobody, start, undefined, false)
    if (words.length === 1 && first && pronouns.has(pronoun)) {
      // “she” is no man, “he” no woman, when the name or role says so.
      const wanted = genderedPronouns.get(pronoun)
      const fits = (candidate: Entity): boolean => {
        const gender = genderOf(candidate)
        return wanted === undefined || gender === undefined || gender === wanted
      }
      const named = this.nearest(
        start,
        (candidate) =>
          plural.has(pronoun)
            ? true
            : personal.has(pronoun)
              ? candidate.person && fits(candidate)
              : // “it said”: a body, not a person nor a group (“400 employees”).
                pronoun !== 'it' ||
                ((!candidate.person || candidate.lone === true) &&
                  !pluralHead(candidate.head) &&
                  candidate.head !== groupHead &&
                  // (Nor a person described: “The manager told …”.)
                  !(candidate.head !== undefined && personNouns.has(candidate.head))),
        true,
        // A name read in the text may be a place or a body: for “he” or
        // “she”, only one whose first name or title fits, or a person's
        // title before it (“Finance Minister Palaniappan Chidambaram”).
        (candidate, name) => {
          const gender = genderOf(candidate)
          if (pronoun === 'it') return gender === undefined
          return (
            wanted === undefined ||
            gender === wanted ||
            (gender === undefined && name?.titled === true)
          )
        },
        // “it”: a name in the text that is no one's (no first name).
        pronoun !== 'it',
        // (A surname alone is one person's, for no “they” nor “it”.)
        pronoun !== 'it' && !plural.has(pronoun),
      )
      // “…,” a spokesperson said. The First Minister has urged …. “…,” she
      // told …”: a person described after a spokesperson (whom the text
      // names no more than this one) is the one meant.
      // (In the sentence before, or the pronoun's own.)
      const spokes =
        named?.head !== undefined && spokesNouns.has(named.head) && personal.has(pronoun)
          ? named
          : undefined
      const since = spokes ? this.sentenceBeforeStart(first) : 0
      const nearer = spokes
        ? this.nearest(
            start,
            (candidate) =>
              candidate.start > spokes.start &&
              candidate.start >= since &&
              candidate.head !== undefined &&
              personNouns.has(candidate.head) &&
              !groupNoun(candidate.head) &&
              fits(candidate),
          )
        : undefined
      if (nearer) return this.remember(nearer, start, nearer.head, false)
      // “Ann Smith said …. A neighbour said …. “…,” she told the BBC”: a
      // person described after the one named, as the speaker of the
      // sentence before or of the pronoun's own, is the one meant.
      const following =
        named && personal.has(pronoun) && this.afterQuote(first)
          ? this.describedSince(
              start,
              Math.max(named.start + 1, this.sentenceBeforeStart(first)),
              (candidate) =>
                indefinite.test(candidate.name ?? '') &&
                candidate.head !== undefined &&
                personNouns.has(candidate.head) &&
                !askers.has(candidate.head) &&
                !groupNoun(candidate.head) &&
                fits(candidate),
            )
          : undefined
      if (following) return this.remember(following, start, following.head, false)
      // “they” stands for no one person named (“Prince Abdulaziz bin Salman
      // has said … Analysts … expect …, they wrote”): rather no one. A
      // person is told by a first name or a role (not “Aer Lingus”, a body).
      if (named?.person === true && plural.has(pronoun) && onePerson(named))
        return this.remember(nobody, start, groupHead, false)
      // A person just introduced: “One dissenting opinion came from Brian
      // Gammage. He said: …” (not the speaker of a quotation before).
      const introduced = wanted === undefined ? undefined : this.introduced(first, start, wanted)
      if (introduced && (named === undefined || named.start < introduced.start)) {
        return this.remember(introduced, start, undefined, true)
      }
      // No one named before: “the mayor said … she said”. The pronoun then
      // stands for that description, for the pronouns after it too.
      const described =
        named === undefined && personal.has(pronoun)
          ? this.nearest(
              start,
              (candidate) =>
                candidate.head !== undefined &&
                personNouns.has(candidate.head) &&
                // “he” is no “researchers”, no “people”.
                !groupNoun(candidate.head),
            )
          : undefined
      // “She argued landmark cases …” in a dek: with no one before, the
      // person the story names first.
      const ahead =
        named === undefined && described === undefined && wanted !== undefined
          ? this.namedAhead(first, wanted)
          : undefined
      if (ahead) return this.remember(ahead, start, undefined, true)
      // “it” stands for a body, and “they” for a group, which a later “he”
      // or “she” is not.
      return this.remember(
        named ?? described ?? nobody,
        start,
        plural.has(pronoun) ? groupHead : described?.head,
        described === undefined && pronoun !== 'it' && !plural.has(pronoun),
      )
    }

    // A name in the mention: “Massachusetts Rep. Jim McGovern”, “Lianys Torres
    // Rivera, chargé …”: up to the first comma outside parentheses.
    const comma = commaOutside(tokens)
    // “Carson, Fiorina and Huckabee”: a list of names names them all, no one
    // person for a later “he” or “she”.
    if (comma !== -1 && isNameList(words)) {
      const list = tokens
        .map((token) => token.text)
        .join('')
        .trim()
      return this.remember({name: list, role: null, anonymous: false}, start, undefined, false)
    }
    // “A Twitter spokesman, Christopher Abboud,”, “The director of the
    // European Centre, Ina Kirsch,”: a role that opens the mention, with the
    // name in apposition to it, names the person of that name.
    const appositive = comma === -1 ? undefined : roleThenName(tokens, comma)
    if (appositive) {
      const resolution = this.resolve(appositive.name)
      // (Its role tells its gender to later pronouns: “his wife, Gabriela
      // Violeta Lazar,”.)
      const entity = this.entities[this.entities.length - 1]
      if (entity && entity.role === null) entity.role = appositive.own
      return {...resolution, role: resolution.role ?? appositive.role}
    }
    // “the Dutchman”, “the Texas Republican”, “the 30-year-old”: a
    // description that only a person named before fits stands for the
    // nearest one.
    if (words.length <= 4 && first?.lower === 'the' && comma === -1) {
      const last = words[words.length - 1] as Token
      if (words.length > 1 && personDescription(last)) {
        // A name read in the text may be a place or a team (“Nottingham
        // Forest”): only one whose first name or title tells a person.
        const person = this.nearest(
          start,
          (candidate) => candidate.person,
          true,
          (candidate) => genderOf(candidate) !== undefined,
        )
        if (person) return this.remember(person, start, undefined, true)
      }
    }
    const head = comma === -1 ? tokens : tokens.slice(0, comma)
    // A parenthesis after a name (“Rep. Gwen Moore (D-Wis.)”) is no part of
    // it, unless the name is all in it (“(Donald J. Trump)”).
    let headWords = head.filter((token) => token.word)
    const outside = outsideParentheses(head).filter((token) => token.word)
    if (outside.length < headWords.length && stripTitles(trailingCapitals(outside)).length > 0)
      headWords = outside
    // “Tom Alvarez of the County Budget Office”: the name comes before its
    // affiliation, which is its role (but not in “Secretary of State John
    // Kerry”, “Three of the candidates”).
    const of = headWords.findIndex((word, index) => index > 0 && word.lower === 'of')
    const prior = headWords[of - 1]
    const body = headWords[headWords[of + 1]?.lower === 'the' ? of + 2 : of + 1]
    let affiliation: string | null = null
    if (
      prior?.capitalised &&
      body?.capitalised &&
      // Not a body’s own “of” (“the Institute of Public Policy Research”).
      !notPerson.test(prior.text) &&
      !nameTitles.has(prior.lower) &&
      !placeAdjectives.has(prior.lower) &&
      !quantities.has(prior.lower) &&
      !roleAndName(headWords.slice(of + 1))
    ) {
      const words = headWords.slice(of)
      affiliation = words.map((word) => word.text).join(' ')
      headWords = headWords.slice(0, of)
    }
    const trailing = trailingCapitals(headWords)
    // (“Tom McCabe MSP”, not “the Ealing North MP”, a description.)
    // (A title that is the surname of a full name read in the text is that
    // surname: “Major said” after “John Major”, “Dean, a medical doctor,”
    // after “Howard Dean”.)
    // Not a place (“Mexico”), nor a body's title after an article (“the
    // Committee”, “the Supreme Court”).
    const titles = stripTitles(trailing, (given, surname) =>
      (this.fullNames.get(surname) ?? []).some((name) => name.words[0]?.lower !== given),
    )
    const lastCapital = trailing[trailing.length - 1]
    const titled =
      titles.length === 0 &&
      lastCapital &&
      nameTitles.has(lastCapital.lower) &&
      !articles.includes(headWords[headWords.length - trailing.length - 1]?.lower ?? '') &&
      this.givenNamed(bare(lastCapital.text))
        ? [lastCapital]
        : titles
    const articled = [trailing[0], headWords[headWords.length - trailing.length - 1]].some(
      (word) => word !== undefined && articles.includes(word.lower),
    )
    const read = fromGivenName(articled ? titled : withoutPostNominal(titled))
    // “De Blasio” after “Bill de Blasio”: a particle and a surname of a full
    // name read in the text are that surname.
    const capitals =
      read.length === 2 &&
      nameParticles.has((read[0] as Token).lower) &&
      // (With a given name before the particle: not “Der Spiegel”.)
      (this.fullNames.get(bare((read[1] as Token).text)) ?? []).some(
        (name) => name.words.length > 2,
      )
        ? read.slice(1)
        : read
    // The apposition without a relative clause after its noun (“a retired
    // teacher who voted for Allen”), nor an age (“Carlos Mendes, 61, who
    // fled …”); a relative clause (“who voted against the cut”) is no role,
    // nor are the members of a group (“Some Democrats, such as Rep. Jim
    // McGovern”).
    const appositionRole = (): string => {
      if (comma === -1) return ''
      const clause = relativeClause(tokens, comma + 3)
      // Nor a second apposition between dashes (“the chief executive of Ora
      // Media -- the production company … --”).
      const dash = tokens.findIndex((_, index) => index > comma && isApartDash(tokens, index))
      const end = Math.min(
        clause === -1 ? tokens.length : clause,
        dash === -1 ? tokens.length : dash,
      )
      const apposition = tokens
        .slice(comma + 1, end)
        .map((token) => token.text)
        .join('')
        .trim()
        // (From the start of a run of white space only: a pattern tried from
        // every space of a run would be quadratic.)
        .replace(/(?<!\s)\s*(?:,|—|–|--)$/, '')
        .replace(/^\d+(?:,\s*|$)/, '')
      // Nor is an adverb between commas (“Others, however, who …”).
      return relative.test(apposition) ||
        inclusion.test(apposition) ||
        lowerLetters.test(apposition)
        ? ''
        : apposition
    }

    // “A spokesman for Hillary Clinton”, “The dean of Columbia Journalism
    // School”, “Economists at Duke University”: a noun and a preposition
    // before the name make a description, not the name.
    // (Before a possessive stripped: “A spokesman for Manchester’s Trafford
    // Centre”; not before titles: “Secretary of State John Kerry”.)
    const stripped = trailing.slice(0, trailing.length - capitals.length)
    // (Across an article: “Researchers at the University of Cambridge”.)
    let ahead = headWords[headWords.length - capitals.length - 1]
    if (ahead && articles.includes(ahead.lower))
      ahead = headWords[headWords.length - capitals.length - 2]
    const beforeRun = headWords[headWords.length - trailing.length - 1]
    const related =
      relations.has(ahead?.lower ?? '') ||
      (stripped.length > 0 &&
        stripped.every((word) => isPossessive(word.text)) &&
        relations.has(beforeRun?.lower ?? ''))
    // (But a person's name after the body's, from a given name on: “Chief
    // Secretary to the Treasury Paul Boateng”.)
    const given = related
      ? capitals.findIndex((word, index) => index > 0 && isGivenName(word.lower))
      : 0
    const named = given > 0 && capitals.length - given >= 2 ? capitals.slice(given) : capitals
    if (named.length >= 2 && (!related || named !== capitals)) {
      // “Hillary Clinton’s endorsement”: the name without its possessive.
      const name = bare(this.joinWords(named))
      const before = headWords.slice(0, headWords.indexOf(named[0] as Token))
      // “a former staffer named Bradley Ortiz”: the role without “named”.
      const role = roleOf(
        appositionRole(),
        withoutHonorifics(
          // (An article inside stays: “Chief Secretary to the Treasury”.)
          withoutEndArticles(before.filter((word) => !namingParticiples.has(word.lower))),
        )
          .map((word) => word.text)
          .join(' ') || affiliation,
      )
      // “The New York Times reported”: a body, no person for “he” or “she”.
      const person = personalName(named)
      return this.remember({name, role, anonymous: false}, start, undefined, person)
    }

    // A surname: “McGovern”, “Whitfield, the state’s senior senator,”; not a
    // quantity that opens a sentence (“Many might think”, “Most believe”),
    // which names no one for a later “he”.
    if (
      capitals.length === 1 &&
      // (A particle read off the surname counts as its own: “Mr De Vido”.)
      (headWords.length - (read.length - capitals.length) ===
        capitals.length + countTitles(headWords.slice(0, -1)) ||
        honouredRole(headWords) ||
        // (Or after a capitalised possessive alone, the surname of someone
        // named in full: “France’s Macron”, “Emmanuel Macron”.)
        (headWords.length === 2 &&
          (capitalisedOwner(headWords[0] as Token) ||
            // (Or a particle: “de Blasio”.)
            nameParticles.has((headWords[0] as Token).lower)) &&
          this.fullNames.has(bare((capitals[0] as Token).text)))) &&
      !quantities.has((capitals[0] as Token).lower)
    ) {
      const surname = bare((capitals[0] as Token).text)
      // (The word before it may say a gender: “Mrs. Clinton”.)
      const full = this.fullName(surname, honorificGender(headWords[headWords.length - 2]?.text))
      const role = roleOf(
        appositionRole(),
        headWords.length > 1
          ? headWords
              .slice(0, -1)
              .filter((word) => !articles.includes(word.lower))
              .map((word) => word.text)
              .join(' ')
          : affiliation,
      )
      // “Politicians said”, “Analysts believe”: a plural noun opening its
      // sentence, the surname of no one named, is no person for a later “he”.
      const word = capitals[0] as Token
      const plural =
        !full &&
        groupNoun(word.lower) &&
        this.document.tokens[word.index - 1]?.sentence !== word.sentence
      return this.remember(
        // “Robin Butler’s report” read before names Robin Butler.
        {name: full ? bare(full.value) : surname, role, anonymous: false},
        start,
        // … nor a body for a later “it”.
        plural ? word.lower : undefined,
        // (An acronym, “BBC”, “NTL”, is a body, and so is a name after an
        // article, which no surname takes: “The Guardian”.)
        !notPerson.test(surname) && !plural && !acronym.test(surname) && !this.articleBefore(word),
        // A word alone, “Nestle”, may be a body for a later “it”.
        full === undefined && headWords.length === 1 && !dayOrMonth(word),
      )
    }

    // A description and, after its comma, a title and a name: “Clinton’s
    // introducer, actress Jamie Lee Curtis” is Jamie Lee Curtis.
    if (comma !== -1 && isComma(tokens, comma)) {
      // (To the next comma: “The other man, his cousin James York, 40,”.)
      const rest = tokens.slice(comma + 1)
      const next = commaOutside(rest)
      const after = (next === -1 ? rest : rest.slice(0, next)).filter((token) => token.word)
      const stripped = stripTitles(after)
      // A name after words that strip no title: “his cousin James York”.
      const name = stripped.every((word) => word.capitalised) ? stripped : trailingCapitals(after)
      const titles = after.slice(0, after.length - name.length)
      const role = titles[titles.length - 1]
      if (
        name.length >= 2 &&
        titles.length > 0 &&
        (titles.every(
          (word) =>
            word.capitalised || nameTitles.has(word.lower) || placeAdjectives.has(word.lower),
        ) ||
          // “former WorldCom financial chief Scott Sullivan”, “his cousin
          // James York”: a role or a relative's noun before the name.
          (role !== undefined &&
            // (Not members, “including Gov. Chris Christie”, nor a work and
            // its author, “Brown’s Britain by … journalist Robert Peston”.)
            !titles.some((word) => stopWords.has(word.lower) || word.lower === 'including') &&
            (roleNoun(role) ||
              (titles.length === 2 && possessiveDeterminers.includes(titles[0]?.lower ?? ''))))) &&
        name.every((word) => word.capitalised) &&
        personalName(name)
      ) {
        // The description’s head stands for the person later (“the Bishop”).
        const noun = headWords[headIndex(headWords)]
        return this.remember(
          {
            name: bare(name.map((word) => word.text).join(' ')),
            role: headWords.map((word) => word.text).join(' ') || null,
            anonymous: false,
          },
          start,
          noun && bare(noun.lower),
          true,
        )
      }
    }

    // A definite description: “the official” → the nearest entity with that head.
    // The head of a description comes before its prepositional phrase:
    // “a filing with federal regulators” → filing.
    const headAt = headIndex(words)
    const headWord = words[headAt]
    const headNoun = headWord === undefined ? undefined : bare(headWord.lower)

    // “the Supreme Court”, “the White House”: a capitalised head other than
    // a title (“the Bishop”) or an acronym (“the super PAC”) makes a proper
    // name, which names itself.
    const proper =
      headAt > 0 &&
      headWord?.capitalised === true &&
      headWord.text !== headWord.text.toUpperCase() &&
      !(nameTitles.has(headNoun ?? '') && !notPerson.test(headNoun ?? ''))

    if (first && determiners.has(first.lower) && headNoun && !proper) {
      // “The Trump campaign” is not “the Clinton campaign” before it, nor is
      // “the Florida senator” one of Texas (see `conflicts`).
      const modifiers = words.slice(1, headAt).filter((word) => word.capitalised)
      const entity = this.nearestHeaded(
        headNoun,
        start,
        (candidate) => !this.conflicts(candidate, modifiers),
      )
      if (entity) return this.remember(entity, start, headNoun, entity.person)
      // “the senator” after “Sen. Ruth Allen”.
      const named = this.namedAs(headNoun, start, modifiers)
      if (named) {
        return this.remember(
          {name: named.value, role: null, anonymous: false},
          start,
          headNoun,
          true,
        )
      }
    }

    // Any other description names itself: “an anonymous U.S. official”, “Cuban
    // officials”; without its relative clause (“a Mexican official who was
    // not authorized to speak”) and parentheses (“the mayor (who opposed it)”).
    const clause = relativeClause(tokens, 1)
    // … and without an apposition between dashes (“Republican establishment
    // figures — whose party …—”).
    const dash = tokens.findIndex((_, index) => index > 0 && isApartDash(tokens, index))
    // … and without the members of a group (“Some, such as 83-year-old
    // Elizabeth Winkfield,”).
    const members = tokens.findIndex(
      (_token, index) =>
        index > 0 &&
        isComma(tokens, index) &&
        inclusion.test(
          tokens
            .slice(index + 1, index + 5)
            .map((next) => next.text)
            .join('')
            .trimStart(),
        ),
    )
    const end = Math.min(
      clause === -1 ? tokens.length : clause,
      dash === -1 ? tokens.length : dash,
      members === -1 ? tokens.length : members,
    )
    const kept = outsideParentheses(tokens.slice(0, end))
    const described = kept.some((token) => token.word)
      ? kept
          .map((token) => token.text)
          .join('')
          .replace(/\s+/g, ' ')
      : text
    const name = described.trim().replace(/,$/, '')
    // A proper name without its article (“the White House”), as a name read
    // with capitals is (“The White House said”).
    const properName = proper && words.slice(1, headAt + 1).every((word) => word.capitalised)
    return this.remember(
      {name: bare(properName ? name.replace(/^the /i, '') : name), role: null, anonymous},
      start,
      headNoun,
      // “a BBC spokesman”: one person new to the text, for a later “he” or
      // “she” (not “the minister”, maybe one named before, whose name such a
      // pronoun is better read as, nor “a reporter”, who asks).
      headNoun !== undefined && spokesNouns.has(headNoun),
    )
  }

  /**
   * The person a “he” or “she” stands for when the words before it name
   * no speaker but introduce a person of its gender, the first of their
   * people: the sentence before, when the pronoun opens its own (maybe
   * after an opener and its comma: “One dissenting opinion came from Brian
   * Gammage. He said …”, “Trump has also commented. On Wednesday, he told
   * …”), or its own sentence before it, when a word comes right before it
   * (“Mrs. Clinton has been frank about the cost, though she said …”).
   * Only when no capitalised word but the sentence's first, a common word,
   * comes before the name (“Trump attacked John Kasich. He said …”: the
   * name read is not the first person), nor a person described or a
   * pronoun, and not inside a quotation. A word alone may name the person:
   * a surname whose full name was read before, or a speaker's name.
   */
  introduced(pronoun: Token, start: number, wanted: 'f' | 'm'): Entity | undefined {
    const {sentences, tokens} = this.document
    const sentence = sentences[pronoun.sentence] as SentenceView
    let opening = sentence.first
    while (opening < pronoun.index && !tokens[opening]?.word) opening++
    // The sentence before when the pronoun opens its own, maybe after an
    // opener and its comma (“On Wednesday, he told …”); else its own
    // sentence before it (“Mrs. Clinton has been frank that … she needs”).
    // In its own sentence, only right after a word (“Though she called”,
    // “as he outlined”; not after a comma or a quotation, where it speaks
    // for what comes before: “Mr Blair has failed …, he claimed”).
    let previous = pronoun.index - 1
    while (previous > sentence.first && tokens[previous]?.space) previous--
    const opens =
      opening === pronoun.index ||
      this.afterOpener(opening, pronoun.index) ||
      // (After a conjunction that opens the sentence: “Though she called”,
      // “But he said”.)
      (opening === previous && openingConjunctions.has((tokens[opening] as Token).lower))
    // (Right after a quotation that opens its sentence, the sentence before
    // it, itself no quotation: “Scott bristles at the suggestion. “I’ve
    // fundraised …,” he said.”)
    // A quotation of several sentences is read back to its first, in its
    // paragraph.
    let quotation = previous
    if (!opens && this.quoted[previous] === 1)
      while (
        this.quoted[quotation - 1] === 1 &&
        sentences[(tokens[quotation - 1] as Token).sentence]?.block === sentence.block
      )
        quotation--
    // (Not read when the pronoun opens the document: no token before it.)
    const quoting = sentences[tokens[quotation]?.sentence ?? -1]
    const afterQuotation =
      !opens &&
      quoting !== undefined &&
      quoteMarks.has(tokens[previous]?.text ?? '') &&
      this.quoted[previous] === 1 &&
      quotation === quoting.first &&
      quoteMarks.has(tokens[quotation]?.text ?? '')
    // “When Emma Reid's agency switched …, she expected chaos”: a clause of
    // time or reason that opens the sentence, before its comma, may name
    // the person first.
    if (
      tokens[previous]?.text === ',' &&
      opening < previous &&
      clauseOpeners.has((tokens[opening] as Token).lower)
    ) {
      const clause = {...sentence, first: opening + 1, last: previous}
      const own = this.introducedIn(clause, false, start, wanted)
      if (own) return own
    }
    if (!opens && !afterQuotation && !tokens[previous]?.word) return undefined
    const read = opens
      ? sentences[pronoun.sentence - 1]
      : afterQuotation
        ? sentences[(quoting as SentenceView).index - 1]
        : {...sentence, last: pronoun.index}
    if (!read || read.last <= read.first) return undefined
    if (afterQuotation && (this.quoted[read.first] === 1 || this.quoted[read.last - 1] === 1))
      return undefined
    let before: SentenceView = read
    // “Quayle is more philosophical. Asked if he misses it, he thinks for a
    // long time. “…,” he says”: a sentence of its paragraph that names no one
    // but by a pronoun of this gender goes on about the person before it.
    if (opens || afterQuotation) {
      for (let steps = 0; steps < 2 && this.onlyPronouns(before, wanted); steps++) {
        const earlier = sentences[before.index - 1]
        if (!earlier || earlier.block !== before.block || earlier.last <= earlier.first) break
        before = earlier
      }
    }
    const found = this.introducedIn(before, opens || afterQuotation, start, wanted)
    // (Found past such a sentence, the person keeps the role a mention of
    // theirs before gave: “said Mike Trainor, chief mobile technology
    // evangelist for Intel. … He was sceptical …. “…,” he said.”)
    if (found && found.role === null && before !== read) {
      const role = this.nearest(start, (entity) => entity.name === found.name)?.role ?? null
      return {...found, role}
    }
    return found
  }

  /**
   * The person of `introduced` whom the sentence (or part of it) `before`
   * introduces; `opening` when the pronoun opens its own sentence or a
   * quotation's attribution.
   */
  introducedIn(
    before: SentenceView,
    opening: boolean,
    start: number,
    wanted: 'f' | 'm',
  ): Entity | undefined {
    const {tokens} = this.document
    // (A person who speaks there, and may be the one meant, leaves the
    // pronoun to the speakers before: “The client said …”, a body, does
    // not.)
    const from = (tokens[before.first] as Token).start
    const people = this.people
    for (let index = firstFrom(people, from); index < people.length; index++) {
      const entity = people[index] as Entity
      if (entity.start >= start) break
      const gender = genderOf(entity)
      if (gender === undefined || gender === wanted) return undefined
    }

    // “… that concerns Henry Crespo, president of the Florida Democratic
    // Black Caucus. “No one …,” he said.”: a person that an apposition
    // introduces at the end of the sentence before.
    if (opening) {
      const closing = this.closingApposition(before, wanted)
      if (closing) return closing
    }

    // “Holt’s liberal NBC News colleague Matt Lauer faced …”: a role that
    // opens the sentence, with the name after it.
    // (After a phrase that opens the sentence: “In the weeks since Labor
    // Day, Mrs. Clinton has held …”.)
    const opened = {first: this.openerEnd(before), last: before.last}
    const subject = this.roleSubject(opened)
    if (subject) {
      if (this.quoted[subject.index]) return undefined
      return this.personIntroduced(
        subject.name.last,
        subject.name,
        undefined,
        subject.name.start,
        wanted,
      )
    }

    for (let index = opened.first; index < opened.last; index++) {
      const token = tokens[index] as Token
      if (!token.word) continue
      // A person described before the name (“The prime minister is trying
      // … with Gordon Brown”), but for a title of it (“The economist Robert
      // J. Shapiro”), is the one the sentence is about.
      // So is a pronoun (“Then he turned to Marco Rubio”; not “it”: “it now
      // appears Pearce is keen”).
      if (!token.capitalised) {
        const noun = bare(token.lower)
        // (A capitalised word after it is its name: “The economist Robert J.
        // Shapiro”; not after a possessive, “The president’s Pacific roots”.)
        // “His wife, Ann, remembers the storms”, “her son Liam”: a given
        // name of the pronoun's gender right after a person described names
        // that person.
        const given = this.givenNameAfter(index, before.last, wanted)
        if (personNouns.has(noun) && given !== undefined) {
          if (this.quoted[given.index]) return undefined
          const role = this.joinWords(
            tokens.slice(opened.first, index + 1).filter((word) => word.word),
          )
          return {...personAt(given.text, given.start), role}
        }
        if (
          personNouns.has(noun) &&
          (isPossessive(token.text) || !tokens[index + 2]?.capitalised)
        ) {
          // “The president’s Pacific roots also came into play. In
          // Honolulu, he told …”: a description that opens the sentence
          // stands for the person of that role before, if any.
          const opener = tokens[opened.first]
          const subject =
            opener?.lower === 'the' && tokens[opened.first + 2] === token
              ? this.nearest(
                  start,
                  (candidate) =>
                    candidate.person &&
                    (candidate.head === noun ||
                      roleWords(candidate.role).includes(noun) ||
                      this.titled.get(noun)?.has(lastWord(candidate.name)) === true) &&
                    genderOf(candidate) !== (wanted === 'f' ? 'm' : 'f'),
                )
              : undefined
          // (Mentioned here, after the speakers before; a possessive met
          // before no one is passed: “The governor’s endorsement of Ms.
          // Diaz …, and her support”.)
          if (subject) return {...subject, start: token.start}
          if (!isPossessive(token.text)) return undefined
          continue
        }
        if (pronouns.has(token.lower) && token.lower !== 'it') return undefined
        continue
      }
      const name = this.nameAt.get(token.start)
      if (name) {
        // (“Mr Kilroy-Silk”: a surname after an honorific names whom its full
        // name does, if the text has one.)
        if (this.quoted[index]) return undefined
        const full =
          name.words.length > 1
            ? name
            : this.fullName(name.last, honorificGender(name.honorific) ?? wanted)
        return this.personIntroduced(name.last, full, name.honorific, name.start, wanted)
      }
      const lower = token.lower
      // A title of the name after it (“Mr”, “Sen.”).
      // (Not the surname of a full name read in the text: “Dean, a medical
      // doctor,” after “Howard Dean”.)
      if (
        nameTitles.has(lower) &&
        !articles.includes(lower) &&
        !(this.givenNamed(bare(token.text)) && !tokens[index + 2]?.capitalised)
      )
        continue
      // A surname alone whose full name was read before (“Kasich drew
      // cheers. He said …”), or that a speaker before bears (“Trump has
      // record low support … He recently pitched …”); not an initial
      // (“J.”) nor after a preposition (“But like Trump, Rubio holds …”).
      const surname = bare(token.text)
      const known = this.fullName(token.text, undefined)
      const full = known && known.start < token.start ? known : undefined
      const previous = tokens[index - 2]
      if (
        (full || this.personNamed(surname, token.start)) &&
        !this.quoted[index] &&
        tokens[index + 1]?.text !== '.' &&
        !(
          previous?.word &&
          previous.sentence === token.sentence &&
          (stopWords.has(previous.lower) || previous.lower === 'like')
        )
      )
        return this.personIntroduced(surname, full, undefined, token.start, wanted)
      // A capitalised word before the name: the sentence's first, if common.
      if (
        index !== firstWord(tokens, before as SentenceView) ||
        !(
          stopWords.has(lower) ||
          determiners.has(lower) ||
          quantities.has(lower) ||
          articles.includes(lower) ||
          // (“His wife, Ann, …”.)
          possessives.has(lower)
        )
      )
        return undefined
    }

    return undefined
  }

  /**
   * The last speaker resolved before `start` and from `from` on that passes
   * `test` (speakers are resolved in the order of the text, so the search
   * stops at the first one before `from`).
   */
  describedSince(
    start: number,
    from: number,
    test: (entity: Entity) => boolean,
  ): Entity | undefined {
    for (let index = this.entities.length - 1; index >= 0; index--) {
      const entity = this.entities[index] as Entity
      if (entity.start < from) return undefined
      if (entity.start < start && test(entity)) return entity
    }
    return undefined
  }

  /** Whether `token` stands right after a quotation (“…,” she said). */
  afterQuote(token: Token): boolean {
    let previous = token.index - 1
    while (this.document.tokens[previous]?.space) previous--
    return quoteMarks.has(this.document.tokens[previous]?.text ?? '') && this.quoted[previous] === 1
  }

  /** The offset where the sentence before the one of `token` starts (`0` for the first). */
  sentenceBeforeStart(token: Token): number {
    const previous = this.document.sentences[token.sentence - 1]
    return previous ? (this.document.tokens[previous.first] as Token).start : 0
  }

  /**
   * Whether the words of `sentence`, outside quotations, name no one but by
   * a pronoun of the `wanted` gender: no capitalised word but the first, no
   * person described, no pronoun of the other gender.
   */
  onlyPronouns(sentence: SentenceView, wanted: 'f' | 'm'): boolean {
    const tokens = this.document.tokens
    const first = firstWord(tokens, sentence)
    let found = false
    for (let index = sentence.first; index < sentence.last; index++) {
      const token = tokens[index] as Token
      if (!token.word) continue
      if (this.quoted[index] === 1) return false
      const lower = token.lower
      if (genderedPronouns.get(lower) === wanted) found = true
      else if (genderedPronouns.has(lower)) return false
      else if (personNouns.has(bare(lower))) return false
      // (The first word is capitalised, but may be a name: “Trump himself
      // was delighted”.)
      else if (
        token.capitalised &&
        (index !== first ||
          this.nameAt.has(token.start) ||
          this.personNamed(bare(token.text), token.start) !== undefined ||
          this.fullName(token.text, undefined) !== undefined)
      )
        return false
    }
    return found
  }

  /**
   * The given name of the `wanted` gender right after the noun at `noun`,
   * alone or between commas (“wife, Ann,”, “son Liam”), and not the first
   * word of a full name (“wife Ann Quayle”).
   */
  givenNameAfter(noun: number, end: number, wanted: 'f' | 'm'): Token | undefined {
    const tokens = this.document.tokens
    let at = noun + 1
    const comma = tokens[at]?.text === ','
    if (comma) at++
    if (tokens[at]?.text !== ' ') return undefined
    const name = tokens[at + 1]
    if (!name?.word || at + 1 >= end) return undefined
    const names = wanted === 'f' ? femaleNames : maleNames
    if (!names.has(name.lower)) return undefined
    const after = tokens[at + 2]
    // (Between commas, or alone before a verb: “Ann, remembers” is no name.)
    if (comma ? after?.text !== ',' : after?.text !== ' ' || tokens[at + 3]?.capitalised)
      return undefined
    return name
  }

  /**
   * The person a name introduced before a pronoun stands for, if of the
   * pronoun's gender: its full name (a first name that tells the gender
   * tells a person, even of a possessive: “Donald Trump’s campaign”), else
   * a speaker of that surname, else the surname after its honorific, as
   * role (“Mr. Obama's bet is … He says”), whose gender may be untold.
   */
  personIntroduced(
    surname: string,
    full: Name | undefined,
    honorific: string | undefined,
    start: number,
    wanted: 'f' | 'm',
  ): Entity | undefined {
    const value = full
      ? bare(full.value)
      : (this.personNamed(surname, start)?.name ?? (honorific === undefined ? undefined : surname))
    if (!value) return undefined
    const candidate: Entity = {...personAt(value, start), role: full ? null : (honorific ?? null)}
    const gender = genderOf(candidate)
    // (A full name of no gender is one only when its first name is given to
    // women and men alike: “Kelly Ortberg”, not “Thames Valley”.)
    return gender === wanted ||
      (gender === undefined && (!full || sharedNames.has(full.words[0]?.lower ?? '')))
      ? candidate
      : undefined
  }

  /**
   * The words of a name joined by spaces, and by “&” where it stands
   * between them (“Johnson & Johnson”).
   */
  joinWords(words: readonly Token[]): string {
    const tokens = this.document.tokens
    let text = ''

    for (const [at, word] of words.entries()) {
      const previous = words[at - 1]
      if (previous) {
        let joiner = ' '
        for (let index = previous.index + 1; index < word.index; index++)
          if (tokens[index]?.text === '&') joiner = ' & '
        text += joiner
      }
      text += word.text
    }

    return text
  }

  /**
   * The text of the noun at `index` with the words before it in its
   * phrase: lower-case modifiers (at most three) back to a determiner or a
   * quantity, which it includes (“an architect”, “some economists”, “three
   * members”), not past a preposition, a verb or a mark. With `wide`, a
   * description’s: capitalised and possessive modifiers too (at most four),
   * back to its article or determiner (“the company’s chief executive”, “the
   * Mexican president”).
   */
  nounPhrase(index: number, wide = false): string {
    const tokens = this.document.tokens
    let first = index

    for (let words = 0; words < (wide ? 4 : 3); words++) {
      const space = tokens[first - 1]
      const word = tokens[first - 2]
      if (space?.text !== ' ' || !word?.word) break
      const lower = word.lower
      const plain = lowerWord.test(word.text)
      if (!plain && !wide) break
      if (
        articles.includes(lower) ||
        (determiners.has(lower) && (wide || lower !== 'that')) ||
        (!wide && (quantities.has(lower) || /^\d+$/.test(word.text)))
      ) {
        first = word.index
        break
      }
      if (
        stopWords.has(lower) ||
        auxiliaryWords.has(lower) ||
        phraseBreakers.has(lower) ||
        ((plain || !wide) && /(?:ed|ing|ly)$/.test(lower))
      )
        break
      first = word.index
    }

    return tokens
      .slice(first, index + 1)
      .map((token) => token.text)
      .join('')
  }

  /**
   * Whether the words from `first` to the pronoun at `index` are an opener
   * and its comma: at most six words, the comma right before the pronoun.
   */
  afterOpener(first: number, index: number): boolean {
    const tokens = this.document.tokens
    let at = index - 1
    while (at > first && tokens[at]?.space) at--
    if (tokens[at]?.text !== ',') return false
    let words = 0
    for (let word = first; word < at; word++) {
      const token = tokens[word] as Token
      if (token.text === ',') return false
      if (token.word) words++
    }
    return words > 0 && words <= 6
  }

  /** The nearest entity before `start` with the head noun `head` that passes `test`. */
  nearestHeaded(
    head: string,
    start: number,
    test: (entity: Entity) => boolean,
  ): Entity | undefined {
    const list = this.headed.get(head) ?? []
    for (let index = list.length - 1; index >= 0; index--) {
      const entity = list[index] as Entity
      if (entity.start < start && test(entity)) return entity
    }
    return undefined
  }

  /** The last person entity before `start` named `name` alone. */
  personNamed(name: string, start: number): Entity | undefined {
    for (let index = this.entities.length - 1; index >= 0; index--) {
      const entity = this.entities[index] as Entity
      if (entity.start < start && entity.person && entity.name === name) return entity
    }
    return undefined
  }

  /**
   * The name a relative pronoun at `index` refers to: the capitalised words
   * right before it and its comma, in its sentence (at most eight tokens
   * back).
   */
  antecedent(index: number): Resolution | undefined {
    const tokens = this.document.tokens
    const sentence = tokens[index]?.sentence
    const words: Token[] = []
    let at = index - 1
    // (Whether the words stand right before it, with no comma or dash.)
    let direct = true
    while (at >= 0 && index - at <= 12) {
      const token = tokens[at] as Token
      if (token.sentence !== sentence) break
      // “Rosa Alvarez, who”, “Graham—who”, “David Duke (who”.
      const apart = isComma(tokens, at) || isApartDash(tokens, at) || token.text === '('
      if (token.space || (apart && words.length === 0)) {
        if (apart) direct = false
        at--
        continue
      }
      // “the British Chambers of Commerce, which”: “of” between capitals.
      const between =
        token.lower === 'of' && words.length > 0 && tokens[at - 2]?.capitalised === true
      if (!token.word || !(between || isCapitalised(token.text))) break
      words.unshift(token)
      at--
    }
    // A name after a preposition in an apposition is no antecedent: the
    // name the apposition stands beside is (“John Bentel, a tech staffer at
    // the State Department who”).
    let before = at
    while (before >= 0 && tokens[before]?.space) before--
    if (tokens[before]?.lower === 'the') before -= 2
    if (
      direct &&
      tokens[before]?.word &&
      antecedentPrepositions.has((tokens[before] as Token).lower)
    ) {
      const named = this.appositionName(index)
      if (named) return named
    }
    const capitals = stripTitles(words)
    if (capitals.length === 0) return undefined
    if (capitals.length === 1) {
      const surname = bare((capitals[0] as Token).text)
      const full = this.fullName(surname, undefined)
      return {name: full?.value ?? surname, role: null, anonymous: false}
    }
    return {name: this.joinWords(capitals), role: null, anonymous: false}
  }

  /**
   * The name before an apposition that ends right before `index` (“Zeke
   * Marsh, an economist who”, “McConnell, now the Senate majority leader,
   * who”): its words open with an article (after an adverb, if any) and
   * hold no comma, in the same sentence (at most eight words).
   */
  appositionName(index: number): Resolution | undefined {
    const tokens = this.document.tokens
    const sentence = tokens[index]?.sentence
    let at = index - 1
    let words = 0

    while (at > 0 && words <= 8) {
      const token = tokens[at] as Token
      if (token.sentence !== sentence) return undefined
      // (Also an apposition between commas: “McConnell, now the Senate
      // majority leader, who”.)
      if (isComma(tokens, at) && words > 0) {
        let opening = tokens[at + 2]
        if (opening && appositionAdverbs.has(opening.lower)) opening = tokens[at + 4]
        return opening && articles.includes(opening.lower) ? this.antecedent(at + 1) : undefined
      }
      if (token.word) words++
      else if (!token.space && !(words === 0 && isComma(tokens, at))) return undefined
      at--
    }

    return undefined
  }

  /**
   * Whether the capitalised words before the head of a description say it
   * is not an entity met before. A description met before conflicts when it
   * has capitalised words of its own and lacks one of these (“The Trump
   * campaign” after “the Clinton campaign”, not after “the campaign”); a
   * person, when the titles or appositions of their name say a state,
   * nation or party other than one of these (“the Florida senator” is no
   * “Texas Sen. Ted Cruz”; “the Easyjet founder” may be anyone).
   */
  conflicts(entity: Entity, modifiers: readonly Token[]): boolean {
    const name = entity.name ?? ''

    if (!entity.person) {
      const own = name
        .split(' ')
        .slice(1)
        .some((word) => isCapitalised(word))
      return own && modifiers.some((word) => !name.includes(word.text))
    }

    this.namesByValue ??= group(this.names, (known) => [known.value])
    const same = this.namesByValue.get(name) ?? []
    return same.some((known) => placesDiffer(known, modifiers))
  }

  /**
   * The nearest person named before `start` whose titles or apposition say
   * `noun`, and the capitalised `modifiers` of the description.
   */
  namedAs(noun: string, start: number, modifiers: readonly Token[] = []): Name | undefined {
    // “the company”, “the campaign”: no one whose first name or title says
    // a man or a woman (“The campaign” is no “Brian Fallon” quoted before).
    const person = personNouns.has(noun)

    // (A surname alone, “Mr Johnson”, has too few words to tell its roles.)
    this.namesByRole ??= group(this.names, (name) =>
      name.person && name.words.length > 1 ? name.roles : [],
    )
    const named = this.namesByRole.get(noun) ?? []
    for (let index = named.length - 1; index >= 0; index--) {
      const name = named[index] as Name
      if (
        name.start < start &&
        !placesDiffer(name, modifiers) &&
        (person || genderOf({name: name.value, role: null, anonymous: false}) === undefined)
      )
        return name
    }

    return undefined
  }

  /**
   * The nearest entity before `start` that passes `test`; with `anyName`,
   * else the nearest person named in the text before it that passes
   * `nameTest`.
   */
  nearest(
    start: number,
    test: (entity: Entity) => boolean,
    anyName = false,
    nameTest: (entity: Entity, name?: Name) => boolean = test,
    people = true,
    surnames = people,
  ): Entity | undefined {
    for (let index = this.entities.length - 1; index >= 0; index--) {
      const entity = this.entities[index] as Entity
      if (entity.start < start && test(entity)) return entity
    }

    if (!anyName) return undefined

    // No speaker before: a person (or, with `people` false, any name) named
    // in the text before.
    this.mentionList ??= this.withSurnames()
    const mentions = this.mentionList
    for (let index = mentions.length - 1; index >= 0; index--) {
      const name = mentions[index] as Name
      if (
        name.start < start &&
        (name.person || !people) &&
        (surnames || !this.surnames.has(name)) &&
        // (Not one in a quotation, where a pronoun after it does not look:
        // ““… who helped Jesse Jackson win …,” he said”.)
        this.quoted[(name.words[0] as Token).index] !== 1
      ) {
        // A surname alone (“Mr Johnson”) names whom its full name names, if
        // the text has one, and its honorific is its role.
        const single = name.words.length === 1
        const candidate: Entity = {
          name: single
            ? bare(this.fullName(name.last, honorificGender(name.honorific))?.value ?? name.value)
            : name.value,
          role: single ? (name.honorific ?? null) : null,
          anonymous: false,
          start: name.start,
          head: undefined,
          person: name.person,
        }
        if (nameTest(candidate, name)) return candidate
      }
    }

    return undefined
  }

  /**
   * For a pronoun in the headline or the dek, the first person named in
   * full in them whose gender does not differ (“A shaky balancing act for
   * Kelly Ayotte” over “As she seeks reelection …”), else the first named
   * in the next three blocks whose gender is the one wanted (“She argued
   * landmark cases …” over “Margaret Ellison, a civil rights lawyer …,
   * died”).
   */
  namedAhead(pronoun: Token, wanted: 'f' | 'm'): Entity | undefined {
    const {blocks, sentences} = this.document
    const block = (sentences[pronoun.sentence] as SentenceView).block
    const type = blocks[block]?.type
    if (type !== 'HeadlineNode' && type !== 'DekNode') return undefined
    this.mentionList ??= this.withSurnames()
    for (const name of this.mentionList) {
      if (name.words.length < 2 || !name.person) continue
      const at = (sentences[(name.words[0] as Token).sentence] as SentenceView).block
      if (at > block + 3) return undefined
      // (Every name after the head stands after the pronoun.)
      const head = at <= block
      const candidate = personAt(bare(name.value), name.start)
      const gender = genderOf(candidate)
      if (gender === wanted || (head && gender === undefined)) return candidate
    }
    return undefined
  }

  /**
   * A person of the gender wanted whose full name stands before an
   * apposition that ends a sentence (“Henry Crespo, president of the Miami-
   * based Florida Democratic Black Caucus.”): its last comma, then an
   * article or a role in lower case.
   */
  closingApposition(sentence: TokenRange, wanted: 'f' | 'm'): Entity | undefined {
    const tokens = this.document.tokens
    let comma = sentence.last - 1
    while (comma > sentence.first && !isComma(tokens, comma)) comma--
    if (comma <= sentence.first) return undefined
    const opener = tokens[comma + 2]
    if (
      tokens[comma + 1]?.text !== ' ' ||
      !opener?.word ||
      opener.capitalised ||
      !(articles.includes(opener.lower) || roleNoun(opener))
    )
      return undefined
    let end = comma - 1
    while (end > sentence.first && tokens[end]?.space) end--
    const name = this.nameEnding.get(end)
    if (!name || name.words.length < 2 || this.quoted[end] === 1) return undefined
    const candidate = personAt(bare(name.value), name.start)
    return genderOf(candidate) === wanted ? candidate : undefined
  }

  /**
   * Where a sentence's subject may start: after a phrase that a preposition
   * or a conjunction of time opens and a comma ends, within eight words
   * (“In the weeks since Labor Day,”, “After the vote,”; 24 after
   * “although”), else its start.
   */
  openerEnd(sentence: TokenRange): number {
    const tokens = this.document.tokens
    let words = 0
    // (A clause of concession is read further: “Although it was far from
    // the last word to be said about …, Attorney General Loretta Lynch”.)
    let most = 8

    for (let index = sentence.first; index < sentence.last && words <= most; index++) {
      const token = tokens[index] as Token
      if (token.word) {
        if (words === 0) {
          if (concessions.has(token.lower)) most = 24
          // (Or a participle's clause: “Asked whether Nair might take over,
          // Marsh smiles.”)
          else if (!openingPrepositions.has(token.lower) && !/..(?:ed|ing)$/.test(token.lower))
            return sentence.first
        }
        words++
      } else if (words > 1 && isComma(tokens, index)) {
        let next = index + 1
        while (next < sentence.last && tokens[next]?.space) next++
        return next
      }
      // (Not a quotation's comma: “From Donald Trump’s “coarse, vulgar …””.)
      else if (quoteMarks.has(token.text)) return sentence.first
    }

    return sentence.first
  }

  /**
   * The name of a person after a role that opens a sentence, its subject
   * (“Holt’s liberal NBC News colleague Matt Lauer”): the first name of two
   * words or more with a given name, within eight words, after words that
   * make a role phrase.
   */
  roleSubject(sentence: TokenRange): {name: Name; index: number} | undefined {
    const tokens = this.document.tokens
    const words: Token[] = []

    for (let index = sentence.first; index < sentence.last && words.length <= 8; index++) {
      const token = tokens[index] as Token
      if (!token.word) continue
      if (token.capitalised && words.length > 0) {
        const name = this.nameAt.get(token.start)
        const given = name?.words[0]?.lower ?? ''
        if (
          name &&
          name.words.length > 1 &&
          isGivenName(given) &&
          (isRolePhrase(words) || capitalisedRole(words))
        )
          return {name, index}
      }
      words.push(token)
    }

    return undefined
  }

  /**
   * The full name read in the text for a surname: the first one, or the
   * first of a person of the gender an honorific or a pronoun says
   * (“Mrs. Clinton” is Hillary Clinton, not Bill Clinton read before her).
   */
  fullName(surname: string, gender: 'f' | 'm' | undefined): Name | undefined {
    // (A surname in capitals, a transcript's “LEAVITT:”, is that of a name
    // in ordinary case too: “Karoline Leavitt”.)
    const all =
      this.fullNames.get(surname) ??
      (surname.length > 2 && surname === surname.toUpperCase()
        ? this.fullNames.get(`${surname[0]}${surname.slice(1).toLowerCase()}`)
        : undefined)
    const first = all?.[0]
    if (gender === undefined || !all || all.length === 1) return first
    return all.find((name) => genderOf(personAt(bare(name.value), 0)) === gender) ?? first
  }

  /**
   * Whether a word is the surname of a full name in the text with a given
   * name (“Howard Dean”, “Larry King”; not “Thames Valley Police”).
   */
  givenNamed(surname: string): boolean {
    const given = this.fullName(surname, undefined)?.words[0]?.lower ?? ''
    return isGivenName(given)
  }

  /** Whether an article stands right before a word, across a space: “The Guardian”. */
  articleBefore(word: Token): boolean {
    const tokens = this.document.tokens
    const before = tokens[word.index - 1]?.space ? tokens[word.index - 2] : undefined
    return (
      before?.word === true && before.sentence === word.sentence && articles.includes(before.lower)
    )
  }

  remember(
    resolution: Resolution,
    start: number,
    head: string | undefined,
    person: boolean,
    lone = false,
  ): Resolution {
    const entity: Entity = {
      name: resolution.name,
      role: resolution.role,
      anonymous: resolution.anonymous,
      start,
      head,
      person,
      lone,
    }
    this.entities.push(entity)
    if (person) {
      const people = this.people
      people.splice(firstFrom(people, start + 1), 0, entity)
    }
    if (head !== undefined) append(this.headed, head, entity)
    return {name: entity.name, role: entity.role, anonymous: entity.anonymous}
  }
}

/** The index of the first of `entities`, in the order of their offsets, at or after `offset`. */
function firstFrom(entities: readonly Entity[], offset: number): number {
  return firstAtLeast(entities, offset, (entity) => entity.start)
}

/** Values by each of their keys, in order. */
function group<Value>(
  values: readonly Value[],
  keys: (value: Value) => Iterable<string>,
): Map<string, Value[]> {
  const groups = new Map<string, Value[]>()
  for (const value of values) for (const key of keys(value)) append(groups, key, value)
  return groups
}

/** Add `value` to the list of `key` in `lists`. */
function append<Value>(lists: Map<string, Value[]>, key: string, value: Value): void {
  const list = lists.get(key)
  if (list) list.push(value)
  else lists.set(key, [value])
}

/** A person named `name` at offset `start`, as an entity. */
function personAt(name: string, start: number): Entity {
  return {name, role: null, anonymous: false, start, head: undefined, person: true}
}

/** Index of the first word of a sentence (its end when it has none). */
function firstWord(tokens: Token[], sentence: SentenceView): number {
  let index = sentence.first
  while (index < sentence.last && !tokens[index]?.word) index++
  return index
}

/**
 * Whether the titles and apposition of a name say a state, nation or party
 * (“Texas Sen. Ted Cruz”, “a Republican from Kansas”) and the capitalised
 * words of a description say another one (“the Florida senator”).
 */
function placesDiffer(name: Name, modifiers: readonly Token[]): boolean {
  const wanted = modifiers.filter((word) => isPlaceOrParty(word.lower))
  if (wanted.length === 0) return false
  const known = [...name.roles].filter(isPlaceOrParty)
  return known.length > 0 && wanted.some((word) => !name.roles.has(word.lower))
}

/** Whether a lower-case word names a state, a nation or a party (“florida”, “republican”). */
function isPlaceOrParty(word: string): boolean {
  return placeAdjectives.has(word) || partyMembers.has(word) || word === 'democratic'
}

/**
 * Whether a person is a woman (`'f'`) or a man (`'m'`), as the role (“Mrs.”,
 * “congresswoman”) or the first name (“Hillary”, “Donald”) says; `undefined`
 * when neither does.
 */
function genderOf(entity: Resolution): 'f' | 'm' | undefined {
  // (A description names itself: “a BBC spokeswoman”; not a name, “Billie
  // Jean King”.)
  const name = entity.name ?? ''
  const role = `${entity.role ?? ''} ${/(?:^| )\p{Ll}/u.test(name) ? name : ''}`
  if (femaleRoles.test(role)) return 'f'
  if (maleRoles.test(role)) return 'm'
  const first = entity.name?.split(' ')[0]?.toLowerCase() ?? ''
  if (femaleNames.has(first)) return 'f'
  if (maleNames.has(first)) return 'm'
  return undefined
}

/** Prepositions before a name that is no antecedent of a relative pronoun after it. */
const antecedentPrepositions = new Set(['at', 'on', 'in', 'from', 'with', 'for'])

/** Adverbs before the article of an apposition: “McConnell, now the Senate majority leader,”. */
const appositionAdverbs = new Set(['now', 'then', 'once', 'also', 'formerly'])

/** Conjunctions of concession that open a clause before a sentence's subject. */
const concessions = new Set(['although', 'though'])

/** The last word of a name: “Barack Obama” → “Obama”. */
function lastWord(name: string | null): string {
  return name?.slice(name.lastIndexOf(' ') + 1) ?? ''
}

/** The lower-case words of a role: “President” → `['president']`. */
function roleWords(role: string | null): string[] {
  return role === null ? [] : role.toLowerCase().split(/[\s,]+/)
}

/** Words that open the names of places before a given name: “San Diego”, “St. Paul”. */
const placePrefixes = new Set([
  'san',
  'santa',
  'st.',
  'st',
  'saint',
  'fort',
  'port',
  'lake',
  'mount',
  'mt.',
  'los',
  'las',
  'el',
  'la',
  'new',
  'cape',
  'glen',
])

/** Endings of capitalised words of roles before a name: “Olympian”, “Filmmaker”, “Defiant”. */
const roleEnding = /(?:er|or|ist|ian|an|ant|ent|ive|ee|ess|man|aire|al|half|based|ute)$/

/**
 * A name of three words or more without a capitalised word of a role before
 * its given name (“Olympian Steve Cram”, “Billionaire Mark Cuban”; not “San
 * Antonio Spurs”, “Cornell William Brooks”, “the Trayvon Martin
 * Foundation”).
 */
function fromGivenName(words: Token[]): Token[] {
  const [first, second] = words
  if (words.length < 3 || !first || !second) return words
  const given = (word: Token): boolean => isGivenName(word.lower)
  return given(first) ||
    !given(second) ||
    !roleEnding.test(first.lower) ||
    first.text === first.text.toUpperCase() ||
    placePrefixes.has(first.lower) ||
    nameTitles.has(first.lower) ||
    placeAdjectives.has(first.lower) ||
    words.some((word) => notPerson.test(word.text))
    ? words
    : words.slice(1)
}

/** The gender an honorific says (“Mrs.”, “Mr”), if any. */
function honorificGender(honorific: string | undefined): 'f' | 'm' | undefined {
  return honorific === undefined
    ? undefined
    : genderOf({name: null, role: honorific, anonymous: false})
}

/** Tokens outside parentheses. */
function outsideParentheses(tokens: Token[]): Token[] {
  let depth = 0
  return tokens.filter((token) => {
    if (token.text === '(') depth++
    else if (token.text === ')') depth = Math.max(0, depth - 1)
    else return depth === 0
    return false
  })
}

/**
 * A role that opens a mention, before a name of capitalised words in
 * apposition to it (“A Twitter spokesman, Christopher Abboud,”): the range
 * of the name, the role, and the role's own words after a possessor.
 */
function roleThenName(
  tokens: Token[],
  comma: number,
): {name: TokenRange; role: string; own: string} | undefined {
  const role = tokens.slice(0, comma).filter((token) => token.word)
  if (!isRolePhrase(role)) return undefined
  const rest = tokens.slice(comma + 1)
  const end = commaOutside(rest)
  const words = (end === -1 ? rest : rest.slice(0, end)).filter((token) => token.word)
  const first = words[0]
  const last = words[words.length - 1]
  if (
    !first ||
    !last ||
    words.length > 4 ||
    !words.every(
      (word, index) =>
        word.capitalised ||
        // (“The minister, Khalil al-Hayya”, “Ursula von der Leyen”.)
        (index > 0 && inName(word.text)),
    )
  )
    return undefined
  // The role's own words, after a possessor's name, tell its gender (“Ms
  // Jowell's deputy” is no woman).
  let possessor = -1
  for (const [index, word] of role.entries()) if (isPossessive(word.text)) possessor = index
  return {
    name: {first: first.index, last: last.index + 1},
    role: role.map((word) => word.text).join(' '),
    own: role
      .slice(possessor + 1)
      .map((word) => word.text)
      .join(' '),
  }
}

/**
 * Index of the first comma (or dash that sets an apposition apart: “Jason
 * Sims — a teacher —”) not inside parentheses, `-1` if none.
 */
function commaOutside(tokens: Token[]): number {
  let depth = 0

  for (let index = 0; index < tokens.length; index++) {
    const text = (tokens[index] as Token).text
    if (text === '(') depth++
    else if (text === ')') depth = Math.max(0, depth - 1)
    else if ((isComma(tokens, index) || isApartDash(tokens, index)) && depth === 0) return index
  }

  return -1
}

/** The capitalised words that end a list of words. */
function trailingCapitals(words: Token[]): Token[] {
  let start = words.length
  while (start > 0) {
    const word = words[start - 1] as Token
    // A particle between capitalised words: “Bill de Blasio”, “Ludwig van
    // Beethoven” (or joined to the last: “Khalil al-Hayya”).
    // … and “of” after a body’s word: “the Bureau of Labor Statistics”.
    const before = words[start - 2]
    const particle =
      start < words.length &&
      start > 1 &&
      ((nameParticles.has(word.text) &&
        (isCapitalised((before as Token).text) || nameParticles.has((before as Token).text))) ||
        ((word.lower === 'of' || word.lower === 'for') && notPerson.test((before as Token).text)) ||
        // “the Centre for Economics and Business Research”, and:
        ((word.lower === 'and' || word.lower === '&') &&
          (bodyBefore(words, start - 2) ||
            // “the Commons Work and Pensions Committee”.
            words.slice(start).some((after) => notPerson.test(after.text)))))
    // (A plural of capitals or of party members is a noun: “the MPs”,
    // “Labour MEPs”, “the Tories”, “Democrats”.)
    if (
      (!endsName(word.text) && !particle) ||
      (start === words.length && (pluralAcronym.test(word.text) || pluralMembers(word.lower)))
    )
      break
    start--
  }
  return words.slice(start)
}

/**
 * Whether the capitalised words (and joiners) back from `index` lead to the
 * head of a body’s name (“Centre” in “Centre for Economics and”).
 */
function bodyBefore(words: readonly Token[], index: number): boolean {
  for (let at = index; at >= 0 && index - at < 8; at--) {
    const word = words[at] as Token
    if (word.capitalised && notPerson.test(word.text)) return true
    if (!word.capitalised && word.lower !== 'of' && word.lower !== 'for' && word.lower !== 'and')
      return false
  }
  return false
}

/**
 * Whether words are a role noun after the capitalised words of a team, a
 * body or a place: “Chelsea boss”, “Arsenal manager”, “Labour backbencher”.
 */
function capitalisedRole(words: readonly Token[]): boolean {
  const last = words[words.length - 1]
  return (
    last !== undefined &&
    words.length >= 2 &&
    words.length <= 4 &&
    last.text === last.lower &&
    roleNoun(last) &&
    words.slice(0, -1).every((word) => word.capitalised && !isPossessive(word.text))
  )
}

/** Whether a lower-case word is the plural of party members or a nationality: “tories”, “scots”. */
function pluralMembers(lower: string): boolean {
  if (!lower.endsWith('s')) return false
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1)
  return partyMembers.has(singular) || demonyms.has(singular) || singular === 'dem'
}

/** A plural of capitals: “MPs”, “CEOs”. */
const pluralAcronym = /^\p{Lu}{2,}s$/u

function countTitles(words: Token[]): number {
  return words.filter((word) => nameTitles.has(word.lower) || placeAdjectives.has(word.lower))
    .length
}
