/**
 * retext-news: turn news text into a syntax tree — headline, dek, byline,
 * dateline, paragraphs, sentences and words, quotes and who said them.
 *
 * @packageDocumentation
 */

export {InputError, parseNews} from './lib/parse-news.js'
export {OptionsError, type Options} from './lib/options.js'
export {quotes} from './lib/records.js'
export type * from './types.js'
