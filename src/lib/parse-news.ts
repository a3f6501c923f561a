/**
 * `parseNews`: the whole parser, configured.
 */

import {VFile} from 'vfile'
import type {Root} from '../types.js'
import {describe, type Options, settings} from './options.js'
import {type Pipeline, parseDocument} from './parser.js'
import {breakAbbreviationSentences} from './transforms/break-abbreviation-sentences.js'
import {makeBlocks} from './transforms/make-blocks.js'
import {makeDateline} from './transforms/make-dateline.js'
import {makeQuotes} from './transforms/make-quotes.js'
import {mergeAbbreviationSentences} from './transforms/merge-abbreviation-sentences.js'

/**
 * Transforms given by users (through processor data), per level.
 */
export type Extensions = Partial<Pipeline>

/**
 * The pipeline of the parser for a file: the transforms given by users, then
 * the news transforms, configured.
 *
 * @param file
 *   File; its value is the document.
 * @param options
 *   Configuration.
 * @param extensions
 *   Transforms given by users.
 * @returns
 *   The document and its pipeline.
 */
export function pipelineOf(
  file: VFile,
  options: Options | null | undefined,
  extensions: Extensions = {},
): {value: string; pipeline: Pipeline} {
  const config = settings(options, (reason) => {
    file.message(reason, {ruleId: 'unknown-option', source: 'retext-news'})
  })
  // `String(file)` decodes a value of UTF-8 bytes.
  const value = String(file)

  const pipeline: Pipeline = {
    nlcstSentence: extensions.nlcstSentence ?? [],
    nlcstParagraph: extensions.nlcstParagraph ?? [],
    nlcstRoot: extensions.nlcstRoot ?? [],
    sentence: [...(extensions.sentence ?? [])],
    paragraph: [...(extensions.paragraph ?? [])],
    fixes: [mergeAbbreviationSentences(config.titles), breakAbbreviationSentences],
    root: [
      ...(extensions.root ?? []),
      makeBlocks({dek: config.dek, trailers: config.trailers}, value),
      makeDateline,
      makeQuotes(new Set(config.cues), file, config.anonymous),
    ],
  }

  return {value, pipeline}
}

/**
 * Parse news text with a file to report to.
 *
 * @param file
 *   File; its value is the document.
 * @param options
 *   Configuration.
 * @param extensions
 *   Transforms given by users.
 * @returns
 *   Tree.
 */
export function parseFile(
  file: VFile,
  options: Options | null | undefined,
  extensions: Extensions = {},
): Root {
  const {value, pipeline} = pipelineOf(file, options, extensions)
  return parseDocument(value, pipeline)
}

/**
 * Error thrown when `parseNews` is given something other than text.
 *
 * @example
 * ```ts
 * import {InputError, parseNews} from 'retext-news'
 *
 * try {
 *   parseNews(42 as unknown as string)
 * } catch (error) {
 *   if (error instanceof InputError) console.log(error.message)
 *   // => 'Expected a string, a VFile or a Uint8Array of UTF-8 to parse, not `number`'
 * }
 * ```
 */
export class InputError extends TypeError {
  /** Name of the error. */
  override name = 'InputError'
}

/**
 * Turn news text into a syntax tree.
 *
 * @example
 * ```ts
 * import {parseNews} from 'retext-news'
 *
 * const tree = parseNews('Mayor quits\n“I am done,” the mayor said.')
 * console.log(tree.children[0]?.type) // => 'HeadlineNode'
 * ```
 *
 * @param value
 *   News text: a string, a `VFile`, or UTF-8 bytes.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Tree (nlcst, extended with news nodes).
 * @throws {InputError}
 *   When `value` is not a string, a `VFile` or a `Uint8Array`.
 */
export function parseNews(value: string | VFile | Uint8Array, options?: Options | null): Root {
  return parseFile(toFile(value), options)
}

/**
 * Turn a value into a file, or throw.
 *
 * @param value
 *   Value.
 * @returns
 *   File.
 */
export function toFile(value: unknown): VFile {
  if (value instanceof VFile) return value
  if (typeof value === 'string') return new VFile({value})
  if (value instanceof Uint8Array) return new VFile({value: new TextDecoder().decode(value)})
  throw new InputError(
    `Expected a string, a VFile or a Uint8Array of UTF-8 to parse, not \`${describe(value)}\``,
  )
}
