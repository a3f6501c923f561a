/**
 * A flat view of the tree for the quote finder: blocks, sentences and their
 * tokens, with offsets.
 */

import type {Sentence, SentenceContent} from 'nlcst'
import type {Root} from '../../types.js'

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
  /** Whether it is a word. */
  readonly word: boolean
  /** Whether it is white space. */
  readonly space: boolean
  readonly text: string
  /** Lower-case text; only words are compared case-insensitively. */
  readonly lower: string
  /**
   * Whether it is a word that starts with a capital letter (told once, while
   * the text is at hand, as scans over all tokens ask it).
   */
  readonly capitalised: boolean

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
    const word = node.type === 'WordNode'
    this.word = word
    this.space = node.type === 'WhiteSpaceNode'
    const text = source.slice(start, end)
    this.text = text
    this.lower = word ? lowerCase(text) : text
    this.capitalised = word && isCapitalised(text)
  }
}

/**
 * Lower-case text: the text itself when it has no upper-case letter (most
 * words), without making a copy.
 */
function lowerCase(text: string): string {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // Beyond ASCII, `toLowerCase` knows best.
    if ((code >= 65 && code <= 90) || code > 127) return text.toLowerCase()
  }

  return text
}

const capital = /^\p{Lu}/u

/**
 * Whether a text starts with a capital letter (`/^\p{Lu}/u`), told without a
 * regular expression for ASCII.
 */
export function isCapitalised(text: string): boolean {
  const code = text.charCodeAt(0)
  return code < 128 ? code >= 65 && code <= 90 : capital.test(text)
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
}

/** Block types in which quotes are looked for. */
const quotable = new Set(['HeadlineNode', 'DekNode', 'ParagraphNode', 'SubheadingNode'])

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
    if (!quotable.has(block.type) || !('children' in block)) continue
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
        const start = node.position?.start.offset
        const end = node.position?.end.offset
        if (start === undefined || end === undefined) continue
        tokens.push(new Token(value, tokens.length, node, sentence.index, position, start, end))
      }

      sentence.last = tokens.length
      sentences.push(sentence)
      blockView.sentences.push(sentence.index)
    }
  }

  return {blocks, sentences, tokens}
}
