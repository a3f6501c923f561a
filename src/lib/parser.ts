/**
 * The parser: tokenize block by block (with our own tokenizer, which yields
 * parse-english’s tree, or with parse-english itself when nlcst extensions
 * must run inside it), then run arrays of small transforms per level
 * (sentence, paragraph, root), as parse-latin does.
 */

import type {Paragraph, Sentence, WhiteSpace} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {location} from 'vfile-location'
import type {Root, RootContent} from '../types.js'
import {splitBlocks} from './blocks.js'
import {remember} from './documents.js'
import {pointAt, rebase, respan, span} from './position.js'
import {tokenizeBlock} from './tokenize.js'

/**
 * A transform of a sentence.
 *
 * @example
 * ```ts
 * import retextNews, {type SentenceTransform, toString} from 'retext-news'
 * import {unified} from 'unified'
 *
 * const logSentence: SentenceTransform = (sentence) => {
 *   console.log(toString(sentence))
 * }
 *
 * const processor = unified().use(retextNews)
 * processor.data('newsSentenceExtensions', [logSentence])
 * processor.parse('The council voted on Monday. The bridge opens in 2027.')
 * // Logs 'The council voted on Monday.', then 'The bridge opens in 2027.'
 * ```
 */
export type SentenceTransform = (node: Sentence) => undefined | void
/**
 * A transform of a paragraph (and of the other blocks, before they are named).
 *
 * @example
 * ```ts
 * import retextNews, {type ParagraphTransform} from 'retext-news'
 * import {unified} from 'unified'
 *
 * // Runs on every block, before headlines, bylines and the rest are named.
 * const countSentences: ParagraphTransform = (paragraph) => {
 *   console.log(paragraph.children.filter((node) => node.type === 'SentenceNode').length)
 * }
 *
 * const processor = unified().use(retextNews)
 * processor.data('newsParagraphExtensions', [countSentences])
 * processor.parse('Council backs bridge\nThe council voted on Monday. The bridge opens in 2027.')
 * // Logs 1, then 2.
 * ```
 */
export type ParagraphTransform = (node: Paragraph) => undefined | void
/**
 * A transform of the whole tree.
 *
 * @example
 * ```ts
 * import retextNews, {type RootTransform} from 'retext-news'
 * import {unified} from 'unified'
 *
 * // Runs before blocks are named and quotes found: every block is still a paragraph.
 * const countBlocks: RootTransform = (tree) => {
 *   console.log(tree.children.filter((node) => node.type === 'ParagraphNode').length)
 * }
 *
 * const processor = unified().use(retextNews)
 * processor.data('newsRootExtensions', [countBlocks])
 * const tree = processor.parse('Council backs bridge\nThe council voted on Monday.')
 * // Logs 2; once parsed, the first block is a headline:
 * console.log(tree.children[0]?.type) // => 'HeadlineNode'
 * ```
 */
export type RootTransform = (node: Root) => undefined | void

/**
 * Transforms to run, per level. nlcst extensions run inside parse-english
 * (in front of its own, as retext-english puts them); news extensions run
 * after a block is tokenized, on document positions.
 */
export interface Pipeline {
  nlcstSentence: SentenceTransform[]
  nlcstParagraph: ParagraphTransform[]
  nlcstRoot: RootTransform[]
  sentence: SentenceTransform[]
  paragraph: ParagraphTransform[]
  /** Built-in fixes of sentences, run after `paragraph`; they keep positions right. */
  fixes: ParagraphTransform[]
  root: RootTransform[]
}

/**
 * Parse a document.
 *
 * @param value
 *   Document.
 * @param pipeline
 *   Transforms.
 * @returns
 *   Tree.
 */
export function parseDocument(value: string, pipeline: Pipeline): Root {
  const english = englishFor(pipeline)
  const place = location(value)
  const children: RootContent[] = []
  let offset = 0

  for (const block of splitBlocks(value)) {
    if (block.start > offset) children.push(whiteSpace(value, offset, block.start, place))
    // Zero-length blocks do not occur: blocks are trimmed non-blank lines.
    const paragraph = english
      ? tokenizeEnglish(english, value, block.start, block.end, place)
      : tokenizeFast(value, block.start, block.end, place)

    for (const sentence of paragraph.children) {
      if (sentence.type === 'SentenceNode') {
        for (const transform of pipeline.sentence) transform(sentence)
      }
    }

    for (const transform of pipeline.paragraph) transform(paragraph)
    // Extensions may have moved nodes between parents, or wrapped them.
    if (pipeline.sentence.length > 0 || pipeline.paragraph.length > 0) respan(paragraph)
    for (const transform of pipeline.fixes) transform(paragraph)
    children.push(paragraph)
    offset = block.end
  }

  if (value.length > offset) children.push(whiteSpace(value, offset, value.length, place))

  const tree: Root = {type: 'RootNode', children}
  span(tree)

  for (const transform of pipeline.nlcstRoot) {
    transform(tree)
  }

  for (const transform of pipeline.root) transform(tree)
  remember(tree, value)
  return tree
}

/**
 * parse-english with the nlcst extensions in front of its own plugins, when
 * there are any; without them, `tokenizeBlock` yields the same tree faster.
 */
function englishFor(pipeline: Pipeline): ParseEnglish | undefined {
  if (pipeline.nlcstSentence.length === 0 && pipeline.nlcstParagraph.length === 0) return undefined
  const english = new ParseEnglish()
  // parse-english’s arrays are copied per instance; put extensions in front.
  english.tokenizeSentencePlugins.unshift(
    ...(pipeline.nlcstSentence as typeof english.tokenizeSentencePlugins),
  )
  english.tokenizeParagraphPlugins.unshift(
    ...(pipeline.nlcstParagraph as typeof english.tokenizeParagraphPlugins),
  )
  return english
}

/**
 * Tokenize a block with parse-english (so that nlcst extensions run), and
 * move its positions onto the document.
 */
function tokenizeEnglish(
  english: ParseEnglish,
  value: string,
  start: number,
  end: number,
  place: ReturnType<typeof location>,
): Paragraph {
  const text = value.slice(start, end)
  if (hasLongRun(text)) return plainParagraph(value, start, end, place)
  const paragraph = tokenize(english, text)
  if (!paragraph) return plainParagraph(value, start, end, place)
  rebase(paragraph, start, place)
  return paragraph
}

/**
 * Tokenize a block with `tokenizeBlock`, which yields parse-english’s tree;
 * a block that is no prose (see `hasLongRun`) becomes plain words, as with
 * parse-english. `tokenizeBlock` takes any block in linear time, but the news
 * transforms after it are not made for a sentence of a million marks.
 */
function tokenizeFast(
  value: string,
  start: number,
  end: number,
  place: ReturnType<typeof location>,
): Paragraph {
  if (end - start > maxRun) {
    const text = value.slice(start, end)

    if (hasLongRun(text)) return plainParagraph(value, start, end, place)
  }

  return tokenizeBlock(value, start, end, place)
}

/**
 * Longest run of characters without white space given to parse-english: it
 * spreads the tokens of a word into one function call, which overflows the
 * stack at about 130,000 tokens (a 200 KB run such as `ab.ab.ab.…`). No word
 * of prose comes near; a block with a longer run is not prose.
 */
const maxRun = 10_000

/**
 * Tokenize a block with parse-english; `undefined` for a block it cannot
 * take (its spreads overflow the stack on a sentence of hundreds of
 * thousands of tokens), which is no prose.
 */
function tokenize(english: ParseEnglish, text: string): Paragraph | undefined {
  try {
    return english.tokenizeParagraph(text)
  } catch (error) {
    if (error instanceof RangeError) return undefined
    throw error
  }
}

/**
 * Longest stretch without a sentence-ending mark or a line break given to
 * parse-english: it also spreads the tokens of one sentence into one call
 * (`, , , …` a hundred thousand times overflows the stack). No sentence of
 * prose comes near.
 */
const maxSentence = 40_000

/**
 * Whether a block is no prose for parse-english: a run of characters without
 * white space longer than `maxRun`, or a stretch without a sentence end
 * longer than `maxSentence`.
 */
function hasLongRun(text: string): boolean {
  if (text.length <= maxRun) return false
  if (text.split(/\s+/).some((run) => run.length > maxRun)) return true
  return (
    text.length > maxSentence && text.split(/[.!?\n\r]/).some((part) => part.length > maxSentence)
  )
}

/**
 * A block that is not prose, from `start` to `end` of `value`, as one
 * sentence of words (one text node each) and white space, positioned in the
 * document.
 */
function plainParagraph(
  value: string,
  start: number,
  end: number,
  place: ReturnType<typeof location>,
): Paragraph {
  const children: Sentence['children'] = []
  const text = value.slice(start, end)
  const pattern = /(\s+)|\S+/g
  let match = pattern.exec(text)
  // (Each end point is the next run's start point, looked up once; every
  // node has point objects of its own.)
  let from = pointAt(place, start)

  while (match) {
    const to = pointAt(place, start + match.index + match[0].length)

    if (match[1] === undefined) {
      children.push({
        type: 'WordNode',
        children: [{type: 'TextNode', value: match[0], position: {start: from, end: to}}],
        position: {start: {...from}, end: {...to}},
      })
    } else {
      children.push({type: 'WhiteSpaceNode', value: match[0], position: {start: from, end: to}})
    }

    from = {...to}
    match = pattern.exec(text)
  }

  const sentence: Sentence = {type: 'SentenceNode', children}
  span(sentence)
  const paragraph: Paragraph = {type: 'ParagraphNode', children: [sentence]}
  span(paragraph)
  return paragraph
}

function whiteSpace(
  value: string,
  start: number,
  end: number,
  place: ReturnType<typeof location>,
): WhiteSpace {
  return {
    type: 'WhiteSpaceNode',
    value: value.slice(start, end),
    position: {start: pointAt(place, start), end: pointAt(place, end)},
  }
}
