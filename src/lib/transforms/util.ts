/**
 * Small helpers shared by the transforms.
 */

import type {Sentence, SentenceContent, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'

/** Whether a text starts with a capital letter. */
export const startsUpper = /^\p{Lu}/u

/**
 * The text of a word without a final period, when it ends in one: `Gov.` →
 * `Gov`; `undefined` otherwise.
 */
export function abbreviationOf(node: SentenceContent | undefined): string | undefined {
  if (node?.type !== 'WordNode') return undefined
  const last = node.children[node.children.length - 1]
  if (last?.type !== 'PunctuationNode' || last.value !== '.') return undefined
  return toString(node).slice(0, -1)
}

/**
 * The last word of a sentence and the full stop after it, when the sentence
 * ends so (`… Gov` `.`).
 */
export function finalWordAndStop(sentence: Sentence): Word | undefined {
  const children = sentence.children
  const stop = children[children.length - 1]
  const word = children[children.length - 2]

  if (stop?.type === 'PunctuationNode' && stop.value === '.' && word?.type === 'WordNode') {
    return word
  }

  return undefined
}

/**
 * The first word of a sentence, skipping nothing.
 */
export function firstWord(sentence: Sentence): Word | undefined {
  const first = sentence.children[0]
  return first?.type === 'WordNode' ? first : undefined
}
