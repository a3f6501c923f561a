/**
 * A flat view of the tree for the quote finder: blocks, sentences and their
 * tokens, with offsets.
 */

import type {Sentence, SentenceContent} from 'nlcst'
import type {Root} from '../../types.js'

/** One child of a sentence. */
export interface Token {
  /** Index in the document’s token list. */
  index: number
  node: SentenceContent
  /** Index of its sentence in the document’s sentence list. */
  sentence: number
  /** Index in the children of its sentence. */
  child: number
  start: number
  end: number
  text: string
  /** Lower-case text. */
  lower: string
  /** Whether it is a word. */
  word: boolean
  /** Whether it is white space. */
  space: boolean
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
        const text = value.slice(start, end)
        const word = node.type === 'WordNode'
        tokens.push({
          index: tokens.length,
          node,
          sentence: sentence.index,
          child: position,
          start,
          end,
          text,
          // Only words are compared case-insensitively.
          lower: word ? text.toLowerCase() : text,
          word,
          space: node.type === 'WhiteSpaceNode',
        })
      }

      sentence.last = tokens.length
      sentences.push(sentence)
      blockView.sentences.push(sentence.index)
    }
  }

  return {blocks, sentences, tokens}
}
