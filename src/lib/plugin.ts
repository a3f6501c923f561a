/**
 * `retextNews`: the unified parser plugin.
 */

import type {} from 'retext-english'
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import type {Root} from '../types.js'
import type {Options} from './options.js'
import {parseFile} from './parse-news.js'
import type {ParagraphTransform, RootTransform, SentenceTransform} from './parser.js'

declare module 'unified' {
  interface Data {
    /**
     * Transforms of sentences, run after parse-english is done with a block
     * and before the news transforms.
     */
    newsSentenceExtensions?: SentenceTransform[] | undefined
    /**
     * Transforms of paragraphs (every block, before it is named), run before
     * the news transforms.
     */
    newsParagraphExtensions?: ParagraphTransform[] | undefined
    /**
     * Transforms of the whole tree, run before the news transforms (before
     * blocks are named and quotes found).
     */
    newsRootExtensions?: RootTransform[] | undefined
  }
}

/**
 * Parse news text into a news syntax tree (nlcst, extended).
 *
 * Honours the processor data keys `nlcstSentenceExtensions`,
 * `nlcstParagraphExtensions`, `nlcstRootExtensions` (as retext-english does)
 * and `newsSentenceExtensions`, `newsParagraphExtensions`,
 * `newsRootExtensions`. Data is read when a document is parsed, so it can be
 * set before or after `.use(retextNews)`.
 *
 * @example
 * ```ts
 * import retextNews from 'retext-news'
 * import retextStringify from 'retext-stringify'
 * import {unified} from 'unified'
 *
 * const file = await unified().use(retextNews).use(retextStringify).process('Mayor quits')
 * console.log(String(file)) // => 'Mayor quits'
 * ```
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Nothing.
 */
const retextNews: Plugin<[(Options | null | undefined)?], string, Root> = function (
  this: Processor,
  options,
) {
  const self = this

  self.parser = parser

  function parser(_document: string, file: VFile): Root {
    return parseFile(file, options, {
      nlcstSentence: self.data('nlcstSentenceExtensions') ?? [],
      nlcstParagraph: self.data('nlcstParagraphExtensions') ?? [],
      nlcstRoot: (self.data('nlcstRootExtensions') ?? []) as RootTransform[],
      sentence: self.data('newsSentenceExtensions') ?? [],
      paragraph: self.data('newsParagraphExtensions') ?? [],
      root: self.data('newsRootExtensions') ?? [],
    })
  }
}

export default retextNews
