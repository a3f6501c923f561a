/**
 * Find quotes and attributions and put them into the tree.
 */

import type {Sentence} from 'nlcst'
import type {VFile} from 'vfile'
import type {Nodes, Root} from '../../types.js'
import {numberWords, subjectPronouns} from '../data/words.js'
import {
  extent,
  type Findings,
  type FoundAttribution,
  type FoundQuote,
  find,
  outerQuotes,
} from '../quotes/find.js'
import type {TokenRange} from '../quotes/marks.js'
import {isClause, subjectStarters, verbLike} from '../quotes/reader.js'
import {type Resolution, Resolver} from '../quotes/resolve.js'
import {type DocumentView, isLyAdverb, type Token, view} from '../quotes/tokens.js'
import {
  addresseeMaker,
  attributionMaker,
  cueMaker,
  quoteMaker,
  speakerMaker,
  type WrapRequest,
  wrapAll,
} from '../quotes/wrap.js'

/**
 * Make the transform.
 *
 * @param cues
 *   More cue words, lower case.
 * @param file
 *   File to report problems to.
 * @param anonymous
 *   More phrases that mark a source anonymous, lower case.
 * @returns
 *   Root transform.
 */
export function makeQuotes(
  cues: ReadonlySet<string>,
  file: VFile,
  anonymous: readonly string[] = [],
): (tree: Root) => void {
  return (tree) => {
    const document = view(tree, String(file))
    const findings = find(document, cues)

    for (const problem of findings.problems) {
      const place = problem.token.node.position
      file.message(problem.reason, {
        ...(place ? {place} : {}),
        ruleId: problem.ruleId,
        source: 'retext-news',
      })
    }

    drop(findings, document.tokens.length, document.tokens)
    const quoted = new Uint8Array(document.tokens.length)
    for (const quote of findings.quotes)
      if (quote.kind === 'direct' || quote.kind === 'partial')
        for (const piece of quote.pieces) quoted.fill(1, piece.first, piece.last)
    const resolver = new Resolver(document, anonymous, quoted)
    const resolutions = new Map<FoundAttribution, Resolution>()
    const bySpeaker = findings.attributions
      .filter((attribution) => attribution.speaker)
      .sort((a, b) => (a.speaker?.first ?? 0) - (b.speaker?.first ?? 0))
    for (const attribution of bySpeaker) {
      resolutions.set(attribution, resolver.resolve(attribution.speaker as TokenRange))
    }

    const identifiers = new Map<FoundAttribution, string>()
    const ordered = [...findings.attributions].sort((a, b) => first(a) - first(b))
    for (const attribution of ordered) identifiers.set(attribution, `a${identifiers.size + 1}`)

    const requests: WrapRequest[] = []
    const attributionOf = new Map<WrapRequest, string>()

    for (const [index, quote] of findings.quotes.entries()) {
      const identifier = `q${index + 1}`
      const attribution = quote.attribution ? (identifiers.get(quote.attribution) ?? null) : null
      const make = quoteMaker(quote.kind, identifier, attribution)

      for (const piece of quote.pieces) {
        for (const part of bySentence(document, piece)) {
          requests.push({sentence: part.sentence, start: part.start, end: part.end, rank: 2, make})
        }
      }
    }

    for (const attribution of ordered) {
      const range = extent(attribution)
      const [whole] = bySentence(document, range)
      if (!whole) continue
      const parent: WrapRequest = {
        sentence: whole.sentence,
        start: whole.start,
        end: whole.end,
        rank: 0,
        make: attributionMaker(
          identifiers.get(attribution) ?? '',
          attribution.subject ? (identifiers.get(attribution.subject) ?? null) : null,
        ),
      }
      requests.push(parent)
      attributionOf.set(parent, identifiers.get(attribution) ?? '')
      const resolution = resolutions.get(attribution)

      if (attribution.speaker && resolution) {
        requests.push(...parts(document, attribution.speaker, parent, speakerMaker(resolution)))
      }

      if (attribution.cue) {
        requests.push(
          ...parts(document, attribution.cue.range, parent, cueMaker(attribution.cue.cueClass)),
        )
      }

      if (attribution.addressee) {
        requests.push(...parts(document, attribution.addressee, parent, addresseeMaker()))
      }
    }

    const failed = wrapAll(requests)

    // A quote whose attribution could not be put in the tree is unattributed.
    const lost = new Set<string>()
    for (const request of failed) {
      const identifier = attributionOf.get(request)
      if (identifier) lost.add(identifier)
    }

    if (lost.size > 0) unlink(tree, lost)
  }
}

/**
 * Drop attributions that cannot stand in the tree as they are: whose words
 * run into a quotation or another attribution, or whose speaker overlaps
 * their cue or addressee. Reported speech that loses its attribution is no
 * quote; a quotation that loses it is unattributed.
 */
function drop(findings: Findings, size: number, tokens: Token[]): void {
  const owner = new Uint8Array(size)
  for (const quote of findings.quotes)
    for (const piece of quote.pieces) owner.fill(1, piece.first, piece.last)
  const lost = new Set<FoundAttribution>()

  // A clause read as a speaker (“Donald Trump is defending his”) is none,
  // nor is a verb or an adverb alone (“is heard asking”, “was twice denied”).
  // A speaker that runs on to a preposition before its cue is a subject
  // and its verb phrase (“Netanyahu rallied supporters by warning”): the
  // subject is the speaker.
  for (const attribution of findings.attributions) {
    let speaker = attribution.speaker
    if (speaker !== undefined && endsInPreposition(tokens, speaker))
      speaker = attribution.speaker = subjectOf(tokens, speaker)
    if (speaker !== undefined) speaker = attribution.speaker = withoutClock(tokens, speaker)
    if (speaker !== undefined) speaker = attribution.speaker = withoutVerb(tokens, speaker)
    if (speaker !== undefined && (isClause(tokens, speaker) || isVerbOrAdverb(tokens, speaker))) {
      attribution.speaker = undefined
    }
  }

  const ordered = [...findings.attributions].sort((a, b) => first(a) - first(b))
  /** Attributions made for speakers cut off from their cues. */
  const added: FoundAttribution[] = []

  for (const attribution of ordered) {
    let clash = clashes(attribution, owner)

    // “Japan branded North Korea an “outlaw nation” and insisted that …”,
    // “Trump stepped up his attacks on Rubio, saying …”: a quotation between
    // the subject and its cue. The cue stands without its speaker rather than
    // not at all; the speaker stands in an attribution of its own, whose
    // speaker the cue’s shares (as `subject`).
    if (clash && attribution.speaker && attribution.cue) {
      const speaker = attribution.speaker
      attribution.speaker = undefined
      clash = clashes(attribution, owner)

      // (An attribution with a speaker of its own has no subject.)
      if (clash) attribution.speaker = speaker
      else {
        const own: FoundAttribution = {
          sentence: attribution.sentence,
          speaker,
          subject: undefined,
          cue: undefined,
          addressee: undefined,
        }

        if (!clashes(own, owner)) {
          attribution.subject = own
          owner.fill(2, speaker.first, speaker.last)
          added.push(own)
        }
      }
    }

    if (clash) lost.add(attribution)
    else {
      const range = extent(attribution)
      owner.fill(2, range.first, range.last)
    }
  }

  for (const attribution of added) findings.attributions.push(attribution)

  // A subject whose speaker went to an attribution of its own passes it on:
  // the speaker is the subject’s subject’s (records read one level).
  for (const attribution of findings.attributions) {
    const subject = attribution.subject
    if (subject && !subject.speaker && subject.subject) attribution.subject = subject.subject
  }

  if (lost.size === 0) return
  findings.attributions = findings.attributions.filter((attribution) => !lost.has(attribution))

  for (const attribution of findings.attributions) {
    if (attribution.subject && lost.has(attribution.subject)) attribution.subject = undefined
  }

  /** Quotations in one piece whose attribution was lost. */
  const orphans = new Set<FoundQuote>()
  findings.quotes = findings.quotes.filter((quote) => {
    if (!quote.attribution || !lost.has(quote.attribution)) return true
    quote.attribution = undefined
    if (quote.kind === 'direct' && quote.pieces.length === 1) orphans.add(quote)
    return quote.kind === 'direct' || quote.kind === 'partial'
  })

  // A partial quote whose reported speech lost its attribution takes that of
  // other reported speech around it, if any (“… ‘because …,’ Mr. Chipok
  // said”); so does a quotation whose attribution stood inside other
  // reported speech (“According to Yahoo News, Lehrich said …, “she would
  // …””), which is then mixed.
  const around = outerQuotes(
    findings.quotes,
    tokens,
    (quote) =>
      (quote.kind === 'mixed' || quote.kind === 'indirect') && quote.attribution !== undefined,
  )

  for (const quote of findings.quotes) {
    const piece = quote.pieces[0]
    if (quote.attribution || !piece || !(quote.kind === 'partial' || orphans.has(quote))) continue
    const outer = around(piece)?.quote
    if (!outer || (outer.kind === 'indirect' && !orphans.has(quote))) continue
    quote.attribution = outer.attribution
    outer.kind = 'mixed'
    quote.kind = 'partial'
  }
}

/** Words that end no speaker: prepositions, “to”, articles. */
const speakerEnds = new Set(['by', 'to', 'for', 'over', 'about', 'of', 'the', 'a', 'an'])

/**
 * Whether a speaker ends in a preposition, “to” or an article, and has no
 * comma nor relative pronoun (“Sue Seedorff, 62, who hasn't decided which
 * candidate she will caucus with”).
 */
function endsInPreposition(tokens: Token[], speaker: TokenRange): boolean {
  let last: Token | undefined
  for (let index = speaker.first; index < speaker.last; index++) {
    const token = tokens[index] as Token
    if (token.text === ',' || relativePronouns.has(token.lower)) return false
    if (token.word) last = token
  }
  // (Not “A” alone, an interview’s label for its answers.)
  if (
    last?.text === 'A' &&
    speaker.last - speaker.first === 1 &&
    tokens[speaker.last]?.text === ':'
  )
    return false
  return last !== undefined && speakerEnds.has(last.lower)
}

/** Relative pronouns. */
const relativePronouns = new Set(['who', 'which', 'that'])

/**
 * The subject of a speaker that runs on to its verb phrase: its words
 * before its first verb (a known one, a word in -ed, or one in -s after a
 * noun that does not end in “s”: “the Rubio campaign risks”; not after a
 * number: “Nine months”), when they open with a capital, a determiner or a
 * pronoun; else none.
 */
function subjectOf(tokens: Token[], speaker: TokenRange): TokenRange | undefined {
  let before: Token | undefined
  let previous: Token | undefined
  let last = -1

  for (let index = speaker.first; index < speaker.last; index++) {
    const token = tokens[index] as Token
    if (!token.word) continue
    const lower = token.lower
    if (previous === undefined) {
      if (!(token.capitalised || subjectStarters.has(lower) || subjectPronouns.has(lower)))
        return undefined
    } else if (lower === 'to') {
      // (“The Lisbon Agenda set out to increase”: a verb before it.)
      return undefined
    } else if (
      token.text === lower &&
      (verbLike(token) ||
        (lower.endsWith('s') &&
          !lower.endsWith('ss') &&
          !previous.lower.endsWith('s') &&
          // (After a capital, one of a name of two words: “Mrs. Clinton
          // devotes”, not “Dutch voters”.)
          (!previous.capitalised || before?.capitalised === true) &&
          !subjectStarters.has(previous.lower) &&
          !numberWords.includes(previous.lower) &&
          !/^\d/.test(previous.text)))
    )
      // (Not one that ends in an article: “Carlos Moya became the first”.)
      return speakerEnds.has(previous.lower) ? undefined : {first: speaker.first, last: last + 1}
    before = previous
    previous = token
    last = index
  }

  return undefined
}

/** Verbs that make, let or have someone do something: “threatened to make Kadzik testify”. */
const lightVerbs = new Set([
  'make',
  'made',
  'let',
  'get',
  'got',
  'give',
  'gave',
  'take',
  'took',
  'put',
])
/** Verbs of the present after a subject: “Mr. Putin likes to throw in …”. */
const presentVerbs = new Set([
  'likes',
  'makes',
  'wants',
  'needs',
  'tries',
  'gets',
  'takes',
  'keeps',
])

/** Prepositions that open no speaker: “Like others defending …”, “Alongside BLM calls for …”. */
const speakerPrepositions = new Set([
  'like',
  'unlike',
  'alongside',
  'through',
  'to',
  'from',
  'with',
  'by',
  'in',
  'on',
  'for',
  'despite',
  'amid',
  'among',
  'into',
])

/**
 * A speaker without a verb read into it: none when a verb in lower case
 * that makes or lets someone do something opens it (“make Kadzik”, “gave
 * a few”), or a preposition (but an amount, “About four in 10”, “At least
 * half”), its words before one of the present that ends it (“Mr. Putin
 * likes”: “Mr. Putin”).
 */
function withoutVerb(tokens: Token[], speaker: TokenRange): TokenRange | undefined {
  const words = wordsIn(tokens, speaker)
  const [first, second] = words
  const last = words[words.length - 1]
  if (first && first.text === first.lower && lightVerbs.has(first.lower)) return undefined
  if (first && (speakerPrepositions.has(first.lower) || !amountAfter(first, second)))
    return undefined
  const before = words[words.length - 2]
  if (last && before && last.text === last.lower && presentVerbs.has(last.lower))
    return {first: speaker.first, last: before.index + 1}
  return speaker
}

/**
 * A speaker without the clock time of a live blog's entry that opens it
 * (“5:55 p.m. John Kasich says …”: the time ends no sentence).
 */
function withoutClock(tokens: Token[], speaker: TokenRange): TokenRange {
  const [time, meridiem, name] = wordsIn(tokens, speaker)
  if (!time || !meridiem || !name || !clock.test(time.text) || !meridiems.has(meridiem.lower))
    return speaker
  return {first: name.index, last: speaker.last}
}

const clock = /^\d{1,2}:\d\d$/
const meridiems = new Set(['a.m.', 'p.m.', 'am', 'pm'])

/** The words of a range. */
function wordsIn(tokens: Token[], range: TokenRange): Token[] {
  const words: Token[] = []
  for (let index = range.first; index < range.last; index++) {
    const token = tokens[index] as Token
    if (token.word) words.push(token)
  }
  return words
}

/**
 * Whether “about” or “at” opens an amount with the word after it (“About
 * 300”, “about half”, “at least”); true for any other word.
 */
function amountAfter(first: Token, second: Token | undefined): boolean {
  if (first.lower === 'at') return second?.lower === 'least' || second?.lower === 'most'
  if (first.lower !== 'about') return true
  const lower = second?.lower ?? ''
  return /^\d/.test(lower) || numberWords.includes(lower) || amountWords.has(lower)
}

/** Words of an amount after “about”: “about half”, “about a third”. */
const amountWords = new Set(['half', 'a', 'an', 'one', 'two-thirds', 'one-third', 'three-quarters'])

/** Verbs and adverbs that `verbLike` and `isLyAdverb` do not tell. */
const notSpeakers = new Set(['heard', 'seen', 'said', 'told', 'perhaps', 'twice', 'least'])

/**
 * Whether a speaker is one word in lower case that is a verb or an adverb:
 * no speaker (“Livingstone … is heard asking”, “This perhaps said more”).
 */
function isVerbOrAdverb(tokens: Token[], speaker: TokenRange): boolean {
  const words = wordsIn(tokens, speaker)
  const word = words[0]
  return (
    words.length === 1 &&
    word !== undefined &&
    word.text === word.lower &&
    (verbLike(word) || isLyAdverb(word) || notSpeakers.has(word.lower))
  )
}

/**
 * Whether an attribution cannot stand in the tree: its parts overlap, or its
 * words run into a quotation or another attribution.
 */
function clashes(attribution: FoundAttribution, owner: Uint8Array): boolean {
  const {speaker, addressee} = attribution
  const cue = attribution.cue?.range
  if (overlap(speaker, cue) || overlap(speaker, addressee) || overlap(cue, addressee)) return true
  const range = extent(attribution)
  for (let index = range.first; index < range.last; index++) if (owner[index]) return true
  return false
}

/** Whether two ranges, when both are given, share a token. */
function overlap(a: TokenRange | undefined, b: TokenRange | undefined): boolean {
  return a !== undefined && b !== undefined && a.first < b.last && b.first < a.last
}

/**
 * Drop references to attributions that are not in the tree; reported speech
 * is no quote without its attribution, so its wrapper is removed.
 */
function unlink(tree: Root, lost: ReadonlySet<string>): void {
  const walk = (node: Nodes): void => {
    if (node.type === 'AttributionNode' && node.subject && lost.has(node.subject)) {
      node.subject = null
    }

    if (!('children' in node)) return
    const children: Nodes[] = []

    for (const child of node.children as Nodes[]) {
      walk(child)

      if (child.type === 'QuoteNode' && child.attribution && lost.has(child.attribution)) {
        child.attribution = null

        if (child.kind === 'indirect' || child.kind === 'mixed') {
          for (const grandchild of child.children as Nodes[]) children.push(grandchild)
          continue
        }
      }

      children.push(child)
    }

    node.children = children as typeof node.children
  }

  walk(tree)
}

function first(attribution: FoundAttribution): number {
  return Math.min(
    attribution.speaker?.first ?? Number.POSITIVE_INFINITY,
    attribution.cue?.range.first ?? Number.POSITIVE_INFINITY,
    attribution.addressee?.first ?? Number.POSITIVE_INFINITY,
  )
}

function parts(
  document: DocumentView,
  range: TokenRange,
  parent: WrapRequest,
  make: WrapRequest['make'],
): WrapRequest[] {
  return bySentence(document, range).map((part) => ({
    sentence: part.sentence,
    start: part.start,
    end: part.end,
    rank: 1,
    parent,
    make,
  }))
}

/**
 * Split a range of tokens by sentence, trimmed of white space, as runs of
 * children of each sentence.
 */
function bySentence(
  document: DocumentView,
  range: TokenRange,
): {sentence: Sentence; start: number; end: number}[] {
  const result: {sentence: Sentence; start: number; end: number}[] = []
  let index = range.first

  while (index < range.last) {
    const token = document.tokens[index]
    /* c8 ignore next -- ranges are within the document. */
    if (!token) break
    const sentence = document.sentences[token.sentence]
    /* c8 ignore next -- every token has a sentence. */
    if (!sentence) break
    const end = Math.min(range.last, sentence.last)
    let a = index
    let b = end
    while (a < b && document.tokens[a]?.space) a++
    while (b > a && document.tokens[b - 1]?.space) b--

    if (a < b) {
      result.push({
        sentence: sentence.node,
        start: document.tokens[a]?.child ?? 0,
        end: (document.tokens[b - 1]?.child ?? 0) + 1,
      })
    }

    index = end
  }

  return result
}
