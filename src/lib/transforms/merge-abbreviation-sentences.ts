/**
 * Merge a sentence that ends in a title or a month abbreviation into the
 * sentence after it: “Amb.” in “Amb. Susan Rice”, “No.” in “No. 1”, “Sept.”
 * in “Sept. 11” never end a sentence.
 */

import type {Paragraph} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {months, titles, toSet} from '../data/abbreviations.js'
import {span} from '../position.js'
import {finalWordAndStop, firstWord, startsUpper} from './util.js'

const titleSet = toSet(titles)
const monthSet = toSet(months)
const startsWithDigit = /^\d/
/** Titles of numbers, which only a number follows. */
const numberTitles = new Set(['No', 'Nos', 'no', 'nos'])
/**
 * Honorifics and titles in capitals, which a name in capitals follows: a
 * transcript’s “MS. LEAVITT:”, “SEN. KING:” (not “patients with MS. Final
 * approval …”).
 */
const upperTitles = new Set(['MR', 'MRS', 'MS', 'DR', 'SEN', 'REP', 'GOV', 'GEN', 'PROF', 'REV'])
/** A word in capitals. */
const upperWord = /^\p{Lu}[\p{Lu}'’-]+$/u

/**
 * Whether a sentence ending in `abbreviation.` continues with `next`.
 */
function continues(abbreviation: string, next: string, extra: ReadonlySet<string>): boolean {
  // “No. 1”, “Nos. 3 and 4”: a number, never a word (“replied: “No. Definitely
  // not.””).
  if (numberTitles.has(abbreviation)) return startsWithDigit.test(next)
  if (upperTitles.has(abbreviation)) return upperWord.test(next)
  if (titleSet.has(abbreviation) || extra.has(abbreviation)) {
    return startsUpper.test(next) || startsWithDigit.test(next)
  }

  return monthSet.has(abbreviation) && startsWithDigit.test(next)
}

/**
 * Make the transform.
 *
 * @param extra
 *   More titles (without their period) given by the user.
 * @returns
 *   Paragraph transform.
 */
export function mergeAbbreviationSentences(
  extra: ReadonlySet<string> = new Set(),
): (paragraph: Paragraph) => void {
  return (paragraph) => {
    const children = paragraph.children
    let index = 0

    while (index < children.length) {
      const sentence = children[index]
      const space = children[index + 1]
      const next = children[index + 2]

      if (
        sentence?.type === 'SentenceNode' &&
        space?.type === 'WhiteSpaceNode' &&
        next?.type === 'SentenceNode'
      ) {
        const word = finalWordAndStop(sentence)
        const following = firstWord(next)

        if (word && following && continues(toString(word), toString(following), extra)) {
          const stop = sentence.children.pop()
          /* c8 ignore next -- `finalWordAndStop` checked the stop. */
          if (stop?.type === 'PunctuationNode') word.children.push(stop)
          sentence.children.push(space)
          for (const node of next.children) sentence.children.push(node)
          span(word)
          span(sentence)
          children.splice(index + 1, 2)
          continue
        }
      }

      index++
    }
  }
}
