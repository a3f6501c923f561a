/**
 * Break a sentence after an abbreviation that ends it: parse-english keeps
 * “in the U.S. Officials said …” and “at 3 p.m. The Senate …” as one
 * sentence; an initialism, “a.m.”/“p.m.” or a state abbreviation followed by
 * a word that starts sentences (“The”, “Officials”, “He”) ends the sentence.
 */

import type {Paragraph, ParagraphContent, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {months, places, sentenceStarters, toSet} from '../data/abbreviations.js'
import {span} from '../position.js'
import {abbreviationOf} from './util.js'

const placeSet = toSet(places)
const monthSet = toSet(months)
const starterSet = toSet(sentenceStarters)

/** Whether a word without its final period can end a sentence. */
function canEnd(abbreviation: string): boolean {
  // Initialisms (“U.S”, “p.m”, “N.C”), state abbreviations (“Fla”) and
  // months (“in Jan. The council met.”).
  return abbreviation.includes('.') || placeSet.has(abbreviation) || monthSet.has(abbreviation)
}

/**
 * Split one sentence into sentences and white space; `undefined` when it
 * stays whole (as most do).
 */
function split(sentence: Sentence): ParagraphContent[] | undefined {
  const children = sentence.children
  let result: ParagraphContent[] | undefined
  let start = 0

  for (let index = 0; index < children.length - 2; index++) {
    const abbreviation = abbreviationOf(children[index])
    if (abbreviation === undefined) continue
    const space = children[index + 1]
    const next = children[index + 2]

    if (
      canEnd(abbreviation) &&
      space?.type === 'WhiteSpaceNode' &&
      next?.type === 'WordNode' &&
      starterSet.has(toString(next))
    ) {
      result ??= []
      result.push(sentenceOf(children.slice(start, index + 1)), space)
      start = index + 2
    }
  }

  if (result === undefined) return undefined
  result.push(sentenceOf(children.slice(start)))
  return result
}

/** A new sentence, spanning its children. */
function sentenceOf(children: Sentence['children']): Sentence {
  const node: Sentence = {type: 'SentenceNode', children}
  span(node)
  return node
}

/**
 * Transform a paragraph.
 *
 * @param paragraph
 *   Paragraph.
 */
export function breakAbbreviationSentences(paragraph: Paragraph): void {
  const children = paragraph.children
  // New children, once a sentence is split; until then, the children stay.
  let result: ParagraphContent[] | undefined

  for (let index = 0; index < children.length; index++) {
    const child = children[index] as ParagraphContent
    const parts = child.type === 'SentenceNode' ? split(child) : undefined
    if (parts !== undefined && result === undefined) result = children.slice(0, index)
    if (result === undefined) continue
    if (parts === undefined) result.push(child)
    else for (const part of parts) result.push(part)
  }

  if (result !== undefined) paragraph.children = result
}
