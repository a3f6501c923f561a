/**
 * The parser: tokenize block by block with parse-english, then run arrays of
 * small transforms per level (sentence, paragraph, root), as parse-latin does.
 */

import type {Paragraph, Sentence, WhiteSpace} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {location} from 'vfile-location'
import type {Root, RootContent} from '../types.js'
import {splitBlocks} from './blocks.js'
import {pointAt, rebase, span} from './position.js'

/** A transform of a sentence. */
export type SentenceTransform = (node: Sentence) => undefined | void
/** A transform of a paragraph (and of the other blocks, before they are named). */
export type ParagraphTransform = (node: Paragraph) => undefined | void
/** A transform of the whole tree. */
export type RootTransform = (node: Root) => undefined | void

/**
 * Transforms to run, per level. nlcst extensions run inside parse-english
 * (in front of its own, as retext-english puts them); news extensions run
 * after parse-english is done with a block.
 */
export interface Pipeline {
  nlcstSentence: SentenceTransform[]
  nlcstParagraph: ParagraphTransform[]
  nlcstRoot: RootTransform[]
  sentence: SentenceTransform[]
  paragraph: ParagraphTransform[]
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
  const english = new ParseEnglish()
  // parse-english’s arrays are copied per instance; put extensions in front.
  english.tokenizeSentencePlugins.unshift(
    ...(pipeline.nlcstSentence as typeof english.tokenizeSentencePlugins),
  )
  english.tokenizeParagraphPlugins.unshift(
    ...(pipeline.nlcstParagraph as typeof english.tokenizeParagraphPlugins),
  )

  const place = location(value)
  const children: RootContent[] = []
  let offset = 0

  for (const block of splitBlocks(value)) {
    if (block.start > offset) children.push(whiteSpace(value, offset, block.start, place))
    // Zero-length blocks do not occur: blocks are trimmed non-blank lines.
    const paragraph = english.tokenizeParagraph(value.slice(block.start, block.end))

    for (const sentence of paragraph.children) {
      if (sentence.type === 'SentenceNode') {
        for (const transform of pipeline.sentence) transform(sentence)
      }
    }

    for (const transform of pipeline.paragraph) transform(paragraph)
    rebase(paragraph, block.start, place)
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
  return tree
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
