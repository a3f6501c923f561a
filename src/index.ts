/**
 * retext-news: turn news text into a syntax tree — headline, dek, byline,
 * dateline, paragraphs, sentences and words, quotes and who said them.
 *
 * @packageDocumentation
 */

export {
  type BatchFailure,
  type BatchInput,
  type BatchInputs,
  type BatchMessage,
  type BatchOptions,
  type BatchResult,
  type BatchSuccess,
  parseMany,
} from './lib/batch.js'
export {type Options, OptionsError, type TrailerOption} from './lib/options.js'
export type {Outline} from './lib/outline.js'
export {InputError, parseNews} from './lib/parse-news.js'
export type {ParagraphTransform, RootTransform, SentenceTransform} from './lib/parser.js'
export {default} from './lib/plugin.js'
export {quotes} from './lib/records.js'
export {toString} from './lib/to-string.js'
export type * from './types.js'
