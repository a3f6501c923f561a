/**
 * Pair quotation marks across the document: curly and straight double
 * quotes, NYT-style `''…''`, guillemets, and single quotes (British
 * headlines, nested quotes). Apostrophes are not quotes. One linear pass.
 */

import type {DocumentView, Token} from './tokens.js'

/** A run of tokens: `first` inclusive, `last` exclusive. */
export interface TokenRange {
  first: number
  last: number
}

/** A quotation found by its marks. */
export interface MarkedQuote {
  marks: 'double' | 'single'
  /** One range per block it stands in, marks included. */
  pieces: TokenRange[]
  /** Whether a closing mark was found. */
  closed: boolean
}

/** A problem with the marks. */
export interface MarkProblem {
  ruleId: 'missing-closing-quote' | 'missing-opening-quote'
  reason: string
  token: Token
}

type Role = 'open' | 'close' | 'either' | undefined

const doubleOpen = new Set(['“', '„', '«', '``'])
const doubleClose = new Set(['”', '»'])
/**
 * `'''` is NYT style’s `''` with a single mark inside it, opening or closing
 * a quotation in the quotation (“''Part of my job is to say: 'Hey, he's one
 * of us,''' Mr. English said.”).
 */
const doubleEither = new Set(['"', "''", "'''", '〃'])
/** Straight double marks, and the curly ones that can nest inside them. */
const straight = new Set(['"', "''", "'''"])
const curly = new Set(['“', '”'])
/** Punctuation after which a mark opens a quote even without a space. */
const openers = /^[([{—–\-:/“‘]$/

/**
 * Whether a token stands right against a mark, with no white space between
 * them: white space between sentences is no token of theirs, so the tokens
 * must also touch (“… complacency. "There are …”: the mark opens).
 */
function tight(token: Token | undefined, mark: Token): boolean {
  return (
    token !== undefined && !token.space && (token.end === mark.start || token.start === mark.end)
  )
}

function doubleRole(token: Token, previous: Token | undefined, next: Token | undefined): Role {
  // “…,“ said Jim Clyburn: an opening curly mark typed for a closing one,
  // after the words it closes and before a space, closes an open quotation.
  if (
    token.text === '“' &&
    tight(previous, token) &&
    !openers.test(previous?.text ?? '') &&
    !tight(next, token)
  )
    return 'either'
  if (doubleOpen.has(token.text)) return 'open'
  // ”Mr. Trump’s performance …”: a closing curly mark typed for an opening
  // one, at the start of a paragraph or after a space and before a word,
  // opens a quotation when none is open (white space between sentences is
  // no token of theirs).
  if (
    token.text === '”' &&
    (!tight(previous, token) || previous?.sentence !== token.sentence) &&
    next?.word
  )
    return 'either'
  if (doubleClose.has(token.text)) return 'close'
  if (!doubleEither.has(token.text)) return undefined
  const before = tight(previous, token) && !openers.test(previous?.text ?? '')
  const after = tight(next, token)
  if (!before && after) return 'open'
  if (before && !after) return 'close'
  return 'either'
}

/** Two digits of a year, or of a decade (“90s”), after an apostrophe. */
export const elided = /^\d\ds?$/

function singleRole(token: Token, previous: Token | undefined, next: Token | undefined): Role {
  const text = token.text
  if (text !== '‘' && text !== '’' && text !== "'") return undefined
  const before = tight(previous, token) && !openers.test(previous?.text ?? '')
  const after = tight(next, token)
  // “in ‘08”, “the ‘90s”: a mark before two digits elides a century.
  if (text !== '’' && !before && after && next?.word)
    return elided.test(next.text) ? undefined : 'open'
  if (text !== '‘' && before && (!after || (next !== undefined && !next.word))) return 'close'
  return undefined
}

/**
 * Whether the single mark at `index` is the apostrophe of a plural
 * possessive (“the players’ decision”): after a word in “s”, before a space
 * and a word in lower case, when the next closing single mark, before `to`
 * and before any opening one, comes right after a comma or a full stop
 * (‘…,’).
 */
function possessiveBefore(tokens: Token[], index: number, to: number): boolean {
  const previous = tokens[index - 1]
  const next = tokens[index + 2]
  if (
    !previous?.word ||
    !previous.lower.endsWith('s') ||
    !tokens[index + 1]?.space ||
    !next?.word ||
    next.text !== next.lower
  )
    return false
  for (let at = index + 2; at < to; at++) {
    const token = tokens[at] as Token
    const role = singleRole(token, tokens[at - 1], tokens[at + 1])
    // (Not when a quotation opens first: ‘a shambles’ and ‘a farce’.)
    if (role === 'open') return false
    // (One that closes a sentence or a clause of the quotation: ‘…,’.)
    if (role === 'close') return closes(tokens[at - 1])
  }
  return false
}

/**
 * Whether an opening curly mark inside an open curly quotation starts a
 * quotation in it (“… told me “no way” on Monday …”): a closing curly mark
 * follows, then another one before any opening curly mark and before `to`.
 * Stops at the second closing mark or the next opening one, so the scans of
 * a paragraph do not overlap.
 */
function nestsIn(tokens: Token[], from: number, to: number): boolean {
  let closes = 0

  for (let index = from; index < to; index++) {
    const text = (tokens[index] as Token).text
    if (text === '“') return false
    if (text === '”' && ++closes === 2) return true
  }

  return false
}

/**
 * Whether a closing double mark right before a closing single one (`”’`,
 * `”,’`) stands from `from` to `to`.
 */
function closesBoth(tokens: Token[], from: number, to: number): boolean {
  for (let index = from; index + 1 < to; index++) {
    const text = (tokens[index] as Token).text
    if (text !== '”' && text !== '"') continue
    // (With a comma or a full stop between: ‘… “forever”,’.)
    let next = (tokens[index + 1] as Token).text
    if ((next === ',' || next === '.') && index + 2 < to) next = (tokens[index + 2] as Token).text
    if (next === '’' || next === "'") return true
  }

  return false
}

/** Punctuation that ends quoted words before their closing mark: “…,” “…?” */
function closes(previous: Token | undefined): boolean {
  return previous !== undefined && /^[,.?!…]$/.test(previous.text)
}

/**
 * Whether an opening mark continues the open quotation of its block: it
 * opens a sentence other than the opener’s, after a sentence that ends in a
 * full stop, a question or an exclamation mark. (A mark of the other style
 * never gets here: it is a quotation inside the open one.)
 */
function continuesInBlock(tokens: Token[], opener: Token, mark: Token, from: number): boolean {
  const previous = mark.index > from ? tokens[mark.index - 1] : undefined
  return (
    previous !== undefined &&
    previous.sentence !== mark.sentence &&
    opener.sentence !== mark.sentence &&
    /^[.?!…]$/.test(previous.text)
  )
}

/** The problem of an opening mark that is never closed. */
function unclosed(opener: Token): MarkProblem {
  return {
    ruleId: 'missing-closing-quote',
    reason: `Missing closing quotation mark for \`${opener.text}\``,
    token: opener,
  }
}

/** Longest stretch of tokens a single-quoted quotation may have. */
const maxSingle = 80

/**
 * Find quotations.
 *
 * @param document
 *   View of the document.
 * @param skip
 *   Blocks whose marks are not paired (transcript lines).
 * @returns
 *   Quotations in reading order, and problems found.
 */
export function pairMarks(
  document: DocumentView,
  skip: ReadonlySet<number> = new Set(),
): {
  quotes: MarkedQuote[]
  problems: MarkProblem[]
} {
  const {blocks, sentences, tokens, nicknames} = document
  const quotes: MarkedQuote[] = []
  const problems: MarkProblem[] = []
  /** The open double quotation and where its current piece starts. */
  let open: {quote: MarkedQuote; from: number; opener: Token} | undefined
  /** Curly quotations open inside a straight-quoted one. */
  let nested = 0
  /** Curly quotations open inside an open curly one. */
  let inner = 0
  let previousType = ''
  /**
   * The pieces of a single-quoted quotation left open at the end of the
   * paragraphs before, kept while the next paragraph opens with a single
   * mark (British style: “‘… strikes.” then “‘My employer …’”).
   */
  let carried: {first: number; last: number}[] | undefined

  const finish = (quote: MarkedQuote) => {
    quotes.push(quote)
  }

  for (const block of blocks) {
    const firstSentence = sentences[block.sentences[0] ?? -1]
    const lastSentence = sentences[block.sentences[block.sentences.length - 1] ?? -1]
    if (!firstSentence || !lastSentence) continue
    const from = firstSentence.first
    const to = lastSentence.last
    let index = from

    if (skip.has(block.index)) {
      if (open) {
        problems.push(unclosed(open.opener))
        finish(open.quote)
        open = undefined
      }

      previousType = block.type
      continue
    }

    if (open) {
      // A quotation left open at the end of a paragraph continues when the
      // next paragraph opens with a mark (AP style); otherwise it was never closed.
      let first = from
      while (first < to && tokens[first]?.space) first++
      const token = tokens[first]
      // The next paragraph must open with the same style of mark: a stray
      // straight mark does not swallow the curly quotes that follow.
      const continues =
        token !== undefined &&
        block.type === 'ParagraphNode' &&
        previousType === 'ParagraphNode' &&
        doubleRole(token, undefined, tokens[first + 1]) === 'open' &&
        straight.has(token.text) === straight.has(open.opener.text)

      if (continues) {
        open.from = first
        index = first + 1
      } else {
        problems.push(unclosed(open.opener))
        finish(open.quote)
        open = undefined
      }
    }

    let single: Token | undefined
    inner = 0
    /** Where the paragraph’s words start: a single mark there continues a carried quotation. */
    let start = from
    while (start < to && tokens[start]?.space) start++
    if (block.type !== 'ParagraphNode' || previousType !== 'ParagraphNode') carried = undefined

    for (; index < to; index++) {
      const token = tokens[index] as Token
      if (token.word || token.space) continue
      // Every mark of quotation starts with `"`, `'`, a backtick or a
      // character beyond ASCII: other punctuation (commas, full stops) is
      // passed at once.
      const code = token.text.charCodeAt(0)
      if (code !== 34 && code !== 39 && code !== 96 && code < 128) continue
      // The marks of a nickname inside a name (`Marcia "Cia" Price`) quote nothing.
      if (nicknames[index] !== 0) continue
      const previous = index > from ? tokens[index - 1] : undefined
      const next = index + 1 < to ? tokens[index + 1] : undefined
      const raw = doubleRole(token, previous, next)
      let role = raw === 'either' ? (open ? 'close' : 'open') : raw
      // „Wir schaffen das“: a quotation opened low (German style) closes
      // with an opening curly mark against the words before it.
      if (open?.opener.text === '„' && token.text === '“' && tight(previous, token)) role = 'close'

      // Curly marks inside a straight-quoted quotation are a quotation in it
      // (“"The department isn’t about “Equal Justice Under Law” anymore."”),
      // and straight marks inside a curly one (“… a "fix" …”).
      // A closing mark of the other style with no inner quotation open closes
      // the quotation: writers mix them (“At this point, I don’t think so," said …).
      if (open && straight.has(open.opener.text) && curly.has(token.text)) {
        const closing = role === 'close' && nested === 0 && token.text === '”' && closes(previous)
        if (role === 'open') nested++
        else if (role === 'close' && nested > 0) nested--
        if (!closing) continue
      } else if (open && curly.has(open.opener.text) && straight.has(token.text)) {
        const closing = nested === 0 && raw === 'close' && closes(previous)
        nested = nested > 0 ? 0 : 1
        if (!closing) continue
        nested = 0
        role = 'close'
      }

      if (open && curly.has(open.opener.text) && curly.has(token.text)) {
        if (role === 'open' && nestsIn(tokens, index + 1, to)) {
          inner++
          continue
        }

        if (role === 'close' && inner > 0) {
          inner--
          continue
        }
      }

      if (role === 'open') {
        // Paragraphs run together (as scraped text often has them): a mark
        // opening a sentence after the full stop of an open quotation’s last
        // one continues it, as it would at the start of the next paragraph
        // (“He said: "… of complacency. "There are …"”).
        if (open && continuesInBlock(tokens, open.opener, token, from)) continue

        if (open) {
          problems.push(unclosed(open.opener))
          // A quotation carried over from earlier paragraphs ends here; one
          // opened in this paragraph and cut by another opening mark is a
          // stray mark, not a quotation.
          if (open.quote.pieces.length > 0) {
            open.quote.pieces.push({first: open.from, last: index})
            finish(open.quote)
          }
        }

        open = {quote: {marks: 'double', pieces: [], closed: false}, from: index, opener: token}
        nested = 0
        inner = 0
        // A single quotation stays open around a double one that closes
        // right before its closing mark (British style: ‘They told us, “We
        // are here forever,”’ he recalled).
        if (single && !closesBoth(tokens, index + 1, Math.min(to, single.index + maxSingle)))
          single = undefined
        continue
      }

      if (role === 'close') {
        if (open) {
          open.quote.pieces.push({first: open.from, last: index + 1})
          open.quote.closed = true
          finish(open.quote)
          open = undefined
        } else {
          problems.push({
            ruleId: 'missing-opening-quote',
            reason: `Missing opening quotation mark for \`${token.text}\``,
            token,
          })
        }

        continue
      }

      if (open) continue
      const singleMark = singleRole(token, previous, next)

      if (singleMark === 'open') {
        if (index !== start) carried = undefined
        single = token
      } else if (
        singleMark === 'close' &&
        single &&
        index - single.index <= maxSingle &&
        // (Not the apostrophe of a plural possessive before its noun, when
        // another closing mark follows: ‘It’s the players’ decision,’.)
        !possessiveBefore(tokens, index, Math.min(to, single.index + maxSingle))
      ) {
        // The double quotations inside it are part of it.
        while ((quotes[quotes.length - 1]?.pieces[0]?.first ?? -1) > single.index) quotes.pop()
        const pieces = [...(carried ?? []), {first: single.index, last: index + 1}]
        finish({marks: 'single', pieces, closed: true})
        single = undefined
        carried = undefined
      }
    }

    if (open) open.quote.pieces.push({first: open.from, last: to})
    // A single quotation open at the end of a paragraph after the end of a
    // sentence is carried to the next paragraph, if that opens with a mark.
    let end = to
    while (end > from && tokens[end - 1]?.space) end--
    carried =
      !open &&
      single &&
      end - single.index <= maxSingle &&
      /^[.?!…]$/.test(tokens[end - 1]?.text ?? '')
        ? [...(carried ?? []), {first: single.index, last: end}]
        : undefined
    previousType = block.type
  }

  if (open) {
    problems.push(unclosed(open.opener))
    finish(open.quote)
  }

  // Reading order: by the first token of the first piece.
  quotes.sort((a, b) => (a.pieces[0]?.first ?? 0) - (b.pieces[0]?.first ?? 0))
  return {quotes, problems}
}
