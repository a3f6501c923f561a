/**
 * A flat view of the tree for the quote finder: blocks, sentences and their
 * tokens, with offsets.
 */

import type {Sentence, SentenceContent} from 'nlcst'
import type {Root} from '../../types.js'
import {captionCredit} from '../data/trailers.js'
import {articles, notLyAdverbs, possessiveDeterminers} from '../data/words.js'

/**
 * One child of a sentence, with its text. Tokens are made by one class, so
 * that reading their fields is fast everywhere.
 */
export class Token {
  /** Index in the document’s token list. */
  readonly index: number
  readonly node: SentenceContent
  /** Index of its sentence in the document’s sentence list. */
  readonly sentence: number
  /** Index in the children of its sentence. */
  readonly child: number
  readonly start: number
  readonly end: number
  /**
   * Its text: the value of its node, or of a word’s one leaf, which needs no
   * copy of the source (a word of several leaves is sliced out of it).
   */
  readonly text: string
  /** Lower-case text; only words are compared case-insensitively. */
  readonly lower: string
  /**
   * What the token is, in one number (fewer fields make tokens smaller): the
   * shape of a word plus one in the low bits (`0` for none), and the bits
   * `wordBit`, `spaceBit` and `capitalBit`.
   */
  private readonly facts: number

  constructor(
    source: string,
    index: number,
    node: SentenceContent,
    sentence: number,
    child: number,
    start: number,
    end: number,
  ) {
    this.index = index
    this.node = node
    this.sentence = sentence
    this.child = child
    this.start = start
    this.end = end
    let text: string

    if (node.type === 'WordNode') {
      const parts = node.children
      const leaf = parts.length === 1 ? (parts[0] as {value?: string}).value : undefined
      text = leaf ?? source.slice(start, end)
      this.text = text
      const lower = lowerCase(text)
      this.lower = lower
      this.facts = (isCapitalised(text) ? wordBit + capitalBit : wordBit) + shapeOf(lower) + 1
    } else {
      // The field is read rather than tested with `in`, slow on nodes of many shapes.
      text = (node as {value?: string}).value ?? source.slice(start, end)
      this.text = text
      this.lower = text
      this.facts = node.type === 'WhiteSpaceNode' ? spaceBit : 0
    }
  }

  /** Whether it is a word. */
  get word(): boolean {
    return (this.facts & wordBit) !== 0
  }

  /** Whether it is white space. */
  get space(): boolean {
    return (this.facts & spaceBit) !== 0
  }

  /**
   * Whether it is a word that starts with a capital letter (told once, while
   * the text is at hand, as scans over all tokens ask it).
   */
  get capitalised(): boolean {
    return (this.facts & capitalBit) !== 0
  }

  /** The shape of a word’s lower-case text (see `shapeOf`); `-1` for other tokens. */
  get shape(): number {
    return (this.facts & shapeBits) - 1
  }
}

/** Bits of `Token.facts` for the shape (plus one) of a word. */
const shapeBits = 0xf_ff_ff
/** Bit of `Token.facts` set for a word. */
const wordBit = 1 << 20
/** Bit of `Token.facts` set for white space. */
const spaceBit = 1 << 21
/** Bit of `Token.facts` set for a word that starts with a capital letter. */
const capitalBit = 1 << 22

/** Characters that may change in lower case: ASCII capitals, and all beyond ASCII. */
const changing = /[A-Z\u0080-\uFFFF]/

/**
 * Lower-case text: the text itself when it has no upper-case letter (most
 * words), without making a copy. The test is a regular expression: its
 * native scan is twice as fast as a loop over the characters here.
 */
function lowerCase(text: string): string {
  return changing.test(text) ? text.toLowerCase() : text
}

const capital = /^\p{Lu}/u

/** Longest length a shape tells apart: longer words share it. */
const longest = 31

/**
 * The shape of a lower-case word: its first and last letter (`a`–`z`) and
 * its length (`longest` or more counted as `longest`), as one number; `-1`
 * when either letter is no `a`–`z`. Tokens carry it, so that word lists can
 * pass most words without reading their text (see `Shapes`).
 */
function shapeOf(lower: string): number {
  const first = lower.charCodeAt(0) - 97
  const last = lower.charCodeAt(lower.length - 1) - 97
  // An empty text gives `NaN`, which fails both tests.
  if (!(first >= 0 && first < 26 && last >= 0 && last < 26)) return -1
  return (first * 26 + last) * 32 + Math.min(lower.length, longest)
}

/**
 * The shapes of the words of a list: a quick and exact pre-test of the list.
 * A word whose shape no word of the list has is not in it, which is told
 * without reading the word; the rest are looked up as before.
 */
export class Shapes {
  /**
   * One entry per first and last letter, after entry 0: bit `n` for words of
   * length `n`. Entry 0 takes the words of no shape (`-1`), which are always
   * looked up: it is never read.
   */
  readonly bits = new Uint32Array(26 * 26 + 1)

  /**
   * @param words
   *   Words of the list, lower case.
   * @param endings
   *   Endings (one letter) of the list’s words of any first letter and two
   *   letters or more, as in “any word in -ed”.
   */
  constructor(words: Iterable<string>, endings: Iterable<string> = []) {
    for (const word of words) this.set(shapeOf(word))

    for (const ending of endings) {
      for (let first = 0; first < 26; first++) {
        for (let length = 2; length <= longest; length++) {
          this.set((first * 26 + ending.charCodeAt(0) - 97) * 32 + length)
        }
      }
    }
  }

  /** Add a shape. */
  private set(shape: number): void {
    const entry = (shape >> 5) + 1
    this.bits[entry] = (this.bits[entry] as number) | (1 << (shape & 31))
  }

  /**
   * Whether a token may be a word of the list: `false` when it is not.
   */
  may(token: Token): boolean {
    const shape = token.shape
    return shape === -1 || ((this.bits[(shape >> 5) + 1] as number) >>> (shape & 31)) % 2 === 1
  }
}

/**
 * Whether a text starts with a capital letter (`/^\p{Lu}/u`), told without a
 * regular expression for ASCII.
 */
export function isCapitalised(text: string): boolean {
  const code = text.charCodeAt(0)
  return code < 128 ? code >= 65 && code <= 90 : capital.test(text)
}

/**
 * Particles of a name, written in lower case between its capitalised words:
 * “Bill de Blasio”, “Ludwig van Beethoven”, “Ursula von der Leyen”.
 */
export const nameParticles: ReadonlySet<string> = new Set([
  'de',
  'da',
  'di',
  'del',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'bin',
  'ibn',
  'ten',
  'ter',
  'dos',
  'das',
  'della',
])

/** A particle joined to the capitalised rest of a name: “al-Hayya”, “el-Sisi”, “d’Estaing”. */
const joinedParticle = /^(?:al|el|ad|an|ar|as|at|az|ash|abd|abu|bin|ibn|d|l)[-’']\p{Lu}/u

/**
 * Whether a word may end a person's name: capitalised, or a particle joined
 * to a capitalised rest (“Khalil al-Hayya”).
 */
export function endsName(text: string): boolean {
  return isCapitalised(text) || joinedParticle.test(text)
}

/**
 * Whether a word after a name's first may be part of it: one that may end a
 * name, or a particle (“von” in “Ursula von der Leyen”).
 */
export function inName(text: string): boolean {
  return endsName(text) || nameParticles.has(text)
}

/** Whether a word ends in a possessive “’s” or “'s” (`/[’']s$/`). */
export function isPossessive(word: string): boolean {
  const mark = word.charCodeAt(word.length - 2)
  return word.charCodeAt(word.length - 1) === 115 && (mark === 0x20_19 || mark === 39)
}

/** A sentence and its tokens. */
export interface SentenceView {
  index: number
  node: Sentence
  block: number
  /** Index of its first token. */
  first: number
  /** Index after its last token. */
  last: number
}

/** A block with sentences. */
export interface BlockView {
  index: number
  type: string
  sentences: number[]
}

/** The whole document. */
export interface DocumentView {
  blocks: BlockView[]
  sentences: SentenceView[]
  tokens: Token[]
  /**
   * Nicknames in quotation marks inside names (`Marcia "Cia" Price`): for
   * each token, the index of the other mark (plus one) for the marks of one,
   * `-1` for its words, and `0` for all other tokens.
   */
  nicknames: Int32Array
}

/** Block types in which quotes are looked for. */
const quotable = new Set(['HeadlineNode', 'DekNode', 'ParagraphNode', 'SubheadingNode'])

/**
 * A photo’s credit in parentheses that ends a paragraph, which makes it a
 * caption pasted with the story (“… in Washington. (AP Photo/Evan Vucci,
 * File)”, “(Photo by Jane Roe/Getty Images)”): a slash, or a word of
 * photographs, in it.
 */
const photoCredit = /\([^()\n]{0,80}(?:\/|\bphotos?\b|\bimages?\b|\bgetty\b)[^()\n]{0,80}\)\s*$/i
/**
 * What a scraped page puts before a caption or its credit (“Image caption,
 * …”, “Image source, Getty Images”, NPR’s “Enlarge this image” and “toggle
 * caption”).
 */
const captionLabel =
  /^\s*(?:image (?:source|caption)|media caption|enlarge this (?:image|photo)|(?:hide|toggle) caption)\b/i
/** A scraped caption’s last line (NPR’s “hide caption”). */
const captionEnd = /(?:^|\n)[^\S\n]*(?:hide|toggle) caption\s*$/i
/** Longest caption. */
const maxCaption = 600

/**
 * Whether a block is a photo caption, whose words are not the story’s: it
 * ends with a photo’s credit, or opens with a scraped page’s caption label
 * or ends with its last line (“hide caption”).
 */
function isCaption(block: Root['children'][number], value: string): boolean {
  const start = block.position?.start.offset
  const end = block.position?.end.offset
  if (
    (block.type !== 'ParagraphNode' && block.type !== 'SubheadingNode') ||
    start === undefined ||
    end === undefined ||
    end - start > maxCaption
  )
    return false
  const text = value.slice(start, end)
  return (
    photoCredit.test(text) ||
    captionLabel.test(text) ||
    captionEnd.test(text) ||
    captionCredit.test(text)
  )
}

/**
 * Make the view of a tree.
 *
 * @param tree
 *   Tree, whose sentences have positions.
 * @param value
 *   The document the tree was made from.
 * @returns
 *   View.
 */
export function view(tree: Root, value: string): DocumentView {
  const blocks: BlockView[] = []
  const sentences: SentenceView[] = []
  const tokens: Token[] = []

  for (const block of tree.children) {
    if (!quotable.has(block.type) || !('children' in block) || isCaption(block, value)) continue
    const blockView: BlockView = {index: blocks.length, type: block.type, sentences: []}
    blocks.push(blockView)

    for (const child of block.children) {
      if (child.type !== 'SentenceNode') continue
      const sentence: SentenceView = {
        index: sentences.length,
        node: child,
        block: blockView.index,
        first: tokens.length,
        last: tokens.length,
      }

      const nodes = child.children

      for (let position = 0; position < nodes.length; position++) {
        const node = nodes[position] as SentenceContent
        const place = node.position
        if (!place) continue
        const start = place.start.offset
        const end = place.end.offset
        if (start === undefined || end === undefined) continue
        tokens.push(new Token(value, tokens.length, node, sentence.index, position, start, end))
      }

      sentence.last = tokens.length
      sentences.push(sentence)
      blockView.sentences.push(sentence.index)
    }
  }

  return {blocks, sentences, tokens, nicknames: nicknames(blocks, sentences, tokens)}
}

/** Marks that open and close a nickname, by opening mark. */
const nicknameMarks = new Map([
  ['"', '"'],
  ['“', '”'],
  ["'", "'"],
  ['‘', '’'],
])

/** Capitalised words beside marks that open no name (“The “Big Apple” Marathon”). */
const determiners = new Set([...articles, ...possessiveDeterminers, 'that'])

/** Words a nickname has at most. */
const nicknameWords = 3

/**
 * Find nicknames in quotation marks between the words of a name, in a
 * sentence that is no headline (which capitalises every word): `Marcia
 * "Cia" Price`, `C. "Bobby" Scott`, `John “Tig” Tiegen`. A nickname is one
 * to three capitalised words in marks of one style, with a space and a
 * capitalised word (or an initial) on each side.
 */
function nicknames(blocks: BlockView[], sentences: SentenceView[], tokens: Token[]): Int32Array {
  const found = new Int32Array(tokens.length)

  for (const sentence of sentences) {
    if (blocks[sentence.block]?.type === 'HeadlineNode') continue

    for (let index = sentence.first + 2; index < sentence.last - 4; index++) {
      const token = tokens[index] as Token
      // Most tokens are words and spaces: passed before any lookup.
      if (token.word || token.space) continue
      const closing = nicknameMarks.get(token.text)
      if (closing === undefined || !nameSide(tokens, index - 1, index - 2, sentence.first)) continue
      let end = index + 1
      let words = 0

      while (end < sentence.last && words < nicknameWords) {
        const word = tokens[end] as Token
        if (!word.capitalised) break
        words++
        end++
        if (tokens[end]?.text === ' ' && tokens[end + 1]?.capitalised) end++
        else break
      }

      if (
        words > 0 &&
        end + 2 < sentence.last &&
        tokens[end]?.text === closing &&
        nameSide(tokens, end + 1, end + 2, sentence.first)
      ) {
        found[index] = end + 1
        found[end] = index + 1
        found.fill(-1, index + 1, end)
        index = end
      }
    }
  }

  return found
}

/**
 * Whether a space at `space` and a capitalised word (or the full stop of
 * an initial) at `at` stand beside a nickname's mark.
 */
function nameSide(tokens: Token[], space: number, at: number, first: number): boolean {
  const token = tokens[at]
  if (tokens[space]?.text !== ' ' || token === undefined || at < first) return false
  if (token.capitalised) return !determiners.has(token.lower)
  // An initial before it: “C. "Bobby" Scott”.
  const letter = tokens[at - 1]
  return (
    at < space &&
    token.text === '.' &&
    at - 1 >= first &&
    letter?.capitalised === true &&
    letter.text.length === 1
  )
}

/** Digits of a group: one to three before a comma, three after it. */
const groupBefore = /^\d{1,3}$/
const groupAfter = /^\d{3}(?!\d)/

const notAdverbs: ReadonlySet<string> = new Set(notLyAdverbs)

/**
 * Whether a word is an adverb in “-ly” (“only”, “loudly”, “widely”; not
 * “fly”, “family” nor “supply”). A capitalised word in “-ly” is a name
 * (“Kelly”, “Italy”) unless `capitalised` says the caller tells names apart
 * (a headline, a sentence's first word).
 */
export function isLyAdverb(token: Token, capitalised = false): boolean {
  const lower = token.lower
  return (
    token.word &&
    lower.length > 3 &&
    lower.endsWith('ly') &&
    (capitalised || !token.capitalised) &&
    /^\p{Ll}+$/u.test(lower) &&
    !notAdverbs.has(lower)
  )
}

/**
 * How many words of four letters or more a sentence has, and how many of
 * them are capitalised: what tells a headline in title case.
 */
export function longWordCapitals(
  document: DocumentView,
  sentence: SentenceView,
): {long: number; capitalised: number} {
  let long = 0
  let capitalised = 0

  for (let index = sentence.first; index < sentence.last; index++) {
    const token = document.tokens[index] as Token
    if (!token.word || token.text.length < 4) continue
    long++
    if (token.capitalised) capitalised++
  }

  return {long, capitalised}
}

/**
 * Whether the token at `index` is a comma: not one between groups of digits
 * (“3,000”, which parse-english makes three tokens), which separates no
 * clauses.
 *
 * @param tokens
 *   Tokens (of the document or a run of it).
 * @param index
 *   Index of the token in `tokens`.
 */
export function isComma(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  if (token?.text !== ',') return false
  const before = tokens[index - 1]
  const after = tokens[index + 1]
  return !(
    before?.word &&
    after?.word &&
    before.end === token.start &&
    after.start === token.end &&
    groupBefore.test(before.text) &&
    groupAfter.test(after.text)
  )
}
