/**
 * Options, checked and turned into what the parser needs.
 */

import type {TrailerKind} from '../types.js'

/**
 * A trailer pattern given by the user.
 *
 * @example
 * ```ts
 * import {parseNews, type TrailerOption} from 'retext-news'
 *
 * const podcast: TrailerOption = {kind: 'promo', pattern: /^Listen to our .+ podcast\.$/}
 * const tree = parseNews(
 *   'Council backs bridge\nThe council voted on Monday.\nListen to our daily podcast.',
 *   {trailers: [podcast]},
 * )
 * const last = tree.children.at(-1)
 * if (last?.type === 'TrailerNode') console.log(last.kind) // => 'promo'
 * ```
 */
export interface TrailerOption {
  /** Kind of trailer a matching block is. */
  kind: TrailerKind
  /** Pattern tested on the whole text of a block. */
  pattern: RegExp
}

/**
 * Configuration of the news parser.
 *
 * @example
 * ```ts
 * import {type Options, parseNews, quotes} from 'retext-news'
 *
 * const options: Options = {
 *   cues: ['quipped'],
 *   titles: ['Amb'],
 *   trailers: [{kind: 'promo', pattern: /^Listen to our .+ podcast\.$/}],
 *   dek: false,
 * }
 *
 * const tree = parseNews('“Not today,” Amb. Ana Ruiz quipped.', options)
 * console.log(quotes(tree)[0]?.cue?.text) // => 'quipped'
 * ```
 */
export interface Options {
  /**
   * More cue words or phrases, in any case (“opined”, “went on to say”): a
   * phrase matches when its words follow one another in a sentence, the
   * longest first (default: `[]`).
   */
  cues?: readonly string[] | null | undefined
  /**
   * More titles written before a name, without their period (“Amb”, “Cmdr”):
   * a sentence never ends after them (default: `[]`).
   */
  titles?: readonly string[] | null | undefined
  /**
   * More trailer patterns, each tested on the whole text of a block at the
   * end of the article (default: `[]`).
   */
  trailers?: readonly TrailerOption[] | null | undefined
  /**
   * Whether to look for a dek under the headline (default: `true`).
   */
  dek?: boolean | null | undefined
  /**
   * More phrases that mark a source as anonymous, matched case-insensitively
   * in the speaker’s words (“a government insider”, “a person close to the
   * talks”), beside the built-in ones (“anonymous”, “unnamed”, “familiar
   * with”, “a senior official”, …) (default: `[]`).
   */
  anonymous?: readonly string[] | null | undefined
}

/** Options with their defaults filled in. */
export interface Settings {
  anonymous: readonly string[]
  cues: readonly string[]
  titles: ReadonlySet<string>
  trailers: readonly {kind: TrailerKind; pattern: RegExp}[]
  dek: boolean
}

const known = new Set(['cues', 'titles', 'trailers', 'dek', 'anonymous'])
const trailerKinds: ReadonlySet<string> = new Set([
  'bio',
  'credit',
  'correction',
  'editorsNote',
  'social',
  'promo',
  'copyright',
])

/**
 * Error thrown for options of the wrong type.
 *
 * @example
 * ```ts
 * import {OptionsError, parseNews} from 'retext-news'
 *
 * try {
 *   parseNews('Council backs bridge', {dek: 'no' as unknown as boolean})
 * } catch (error) {
 *   if (error instanceof OptionsError) console.log(error.message)
 *   // => 'Expected `dek` to be a boolean, not `string`'
 * }
 * ```
 */
export class OptionsError extends TypeError {
  /** Name of the error. */
  override name = 'OptionsError'
}

function stringList(name: string, value: unknown): readonly string[] {
  if (value === null || value === undefined) return []
  if (!Array.isArray(value)) {
    throw new OptionsError(
      `Expected \`${name}\` to be an array of strings, not \`${describe(value)}\``,
    )
  }

  const index = value.findIndex((item) => typeof item !== 'string')

  if (index !== -1) {
    throw new OptionsError(
      `Expected \`${name}\` to be an array of strings, not \`${describe(value[index])}\` at index ${index}`,
    )
  }

  return value
}

/**
 * Describe a value for an error message.
 *
 * @param value
 *   Anything.
 * @returns
 *   Short description.
 */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'object') {
    const tag = Object.prototype.toString.call(value).slice(8, -1)
    if (tag !== 'Object') return tag
  }
  return typeof value
}

/**
 * Check options and fill in defaults.
 *
 * @param options
 *   Options, maybe from untrusted JSON.
 * @param warn
 *   Called with a message for each unknown option.
 * @returns
 *   Settings.
 */
export function settings(
  options: Options | null | undefined,
  warn: (message: string) => void,
): Settings {
  if (options !== null && options !== undefined && !isPlainObject(options)) {
    throw new OptionsError(`Expected options to be an object, not \`${describe(options)}\``)
  }

  const given = options ?? {}

  for (const key of Object.keys(given)) {
    if (!known.has(key)) warn(`Unknown option \`${key}\`, expected one of ${[...known].join(', ')}`)
  }

  const trailers = given.trailers ?? []
  if (!Array.isArray(trailers)) {
    throw new OptionsError(
      `Expected \`trailers\` to be an array of \`{kind, pattern}\` objects, not \`${describe(trailers)}\``,
    )
  }

  for (const [index, item] of (trailers as unknown[]).entries()) {
    if (
      typeof item !== 'object' ||
      item === null ||
      !('pattern' in item) ||
      !(item.pattern instanceof RegExp) ||
      !('kind' in item) ||
      typeof item.kind !== 'string' ||
      !trailerKinds.has(item.kind)
    ) {
      throw new OptionsError(
        `Expected \`trailers[${index}]\` to be \`{kind, pattern}\` with a RegExp \`pattern\` and a \`kind\` of ${[...trailerKinds].join(', ')}`,
      )
    }
  }

  const dek = given.dek ?? true
  if (typeof dek !== 'boolean') {
    throw new OptionsError(`Expected \`dek\` to be a boolean, not \`${describe(dek)}\``)
  }

  return {
    anonymous: stringList('anonymous', given.anonymous).map((phrase) => phrase.toLowerCase()),
    cues: stringList('cues', given.cues).map((cue) => cue.toLowerCase()),
    titles: new Set(stringList('titles', given.titles).map((title) => title.replace(/\.$/, ''))),
    // A `g` or `y` flag makes `test` start where the last match ended: drop it.
    trailers: trailers.map(({kind, pattern}) => ({
      kind,
      pattern: /[gy]/.test(pattern.flags)
        ? new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''))
        : pattern,
    })),
    dek,
  }
}

/**
 * Whether a value is a plain object (or made with a class of the user’s):
 * not an array, a `Map`, a `Date`, a `RegExp` or another built-in.
 */
function isPlainObject(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.prototype.toString.call(value) === '[object Object]'
  )
}
