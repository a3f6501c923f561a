/**
 * Break a sentence after an abbreviation that ends it: parse-english keeps
 * “in the U.S. Officials said …” and “at 3 p.m. The Senate …” as one
 * sentence; an initialism, “a.m.”/“p.m.” or a state abbreviation followed by
 * a word that starts sentences (“The”, “Officials”, “He”) ends the sentence.
 */

import type {Paragraph, ParagraphContent, Punctuation, Sentence, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {acronym, months, nameEnds, places, sentenceStarters, toSet} from '../data/abbreviations.js'
import {span} from '../position.js'
import {abbreviationOf, startsUpper} from './util.js'

const placeSet = toSet(places)
const monthSet = toSet(months)
const nameEndSet = toSet(nameEnds)
const starterSet = toSet(sentenceStarters)

/**
 * Whether a word without its final period can end a sentence: initialisms
 * (“U.S”, “p.m”, “N.C”), “etc” (“concerts etc. There are …”), acronyms
 * (“SEC”, which parse-english takes for “sec.”, second), state
 * abbreviations (“Fla”), months (“in Jan. The council met.”), the ends of
 * names (“Jr”, “Inc”), and numbers of one to three digits (`number`) after
 * other words (`first` is false: “he turns 35. Then …”; parse-latin keeps
 * them for ordinals, but a number that opens its sentence numbers a list:
 * “1. The first …”).
 */
function canEnd(abbreviation: string, number: boolean, first: boolean): boolean {
  return (
    abbreviation.includes('.') ||
    abbreviation === 'etc' ||
    acronym.test(abbreviation) ||
    placeSet.has(abbreviation) ||
    monthSet.has(abbreviation) ||
    nameEndSet.has(abbreviation) ||
    (!first && number)
  )
}

/**
 * Abbreviations of parse-english that are as often words: “in” (inch),
 * “sun”, “sat”, “wed”, “mar”, “man”, “me”, “war”, “penn” (“what its
 * viewers are interested in. “It’s unfair …””, “according to the Sun. The
 * paper …”, “his album Innocent Man. Now …”), and Latin ones of
 * parse-latin that are words too: “pro”, “con”, “cap”, “cent” (“editor of
 * PC Pro. “This breaks …””, “under the salary cap. The team …”, “rose 5
 * per cent. Gas …”). Any capitalised
 * word after one starts a sentence, as after a number (but for “in” after
 * a number: “5 in. Wide”).
 */
const words = new Set([
  'in',
  'sun',
  'sat',
  'wed',
  'mar',
  'man',
  'me',
  'war',
  'penn',
  'pro',
  'con',
  'cap',
  'cent',
])

/** One capital letter. */
const letterPattern = /^[A-Z]$/

/** A word in lower case. */
const lowerStart = /^\p{Ll}/u

/** One to three digits. */
const digits = /^\d{1,3}$/

/** Marks that open a quotation. */
const openingMarks = new Set(['“', '"'])

/**
 * Whether the children from `index` on start a sentence: a word that starts
 * sentences (“The”, “Officials”, “He”), any capitalised word after a number,
 * or an opening quotation mark before a capitalised word (“… 35. "I'm 30 now
 * …”).
 */
function startsSentence(children: Sentence['children'], index: number, number: boolean): boolean {
  const next = children[index]
  if (next?.type === 'WordNode') {
    const word = toString(next)
    // After a number, any capitalised word: “a total of 1,749. AP says …”.
    return starterSet.has(word) || (number && startsUpper.test(word))
  }
  if (next?.type !== 'PunctuationNode' || !openingMarks.has(next.value)) return false
  const word = children[index + 1]
  return word?.type === 'WordNode' && startsUpper.test(toString(word))
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
    const lower = abbreviation.toLowerCase()
    const previous = children[index - 2]
    const word =
      words.has(lower) &&
      !(lower === 'in' && previous !== undefined && digits.test(toString(previous)))
    const number = digits.test(abbreviation)
    // “she wrote on X. “The …””, “Plan B. He …”: a capital letter after a
    // word in lower case is a name or a letter, no initial of a name
    // (“John F. Kennedy”).
    const letter =
      letterPattern.test(abbreviation) &&
      previous?.type === 'WordNode' &&
      lowerStart.test(toString(previous))

    if (
      (word || letter || canEnd(abbreviation, number, index === 0)) &&
      space?.type === 'WhiteSpaceNode' &&
      startsSentence(children, index + 2, number || word)
    ) {
      result ??= []
      const before = children.slice(start, index + 1)
      // A number, an acronym or a word ends with the sentence, and its full
      // stop is the sentence’s (“35” “.”, “SEC” “.”, “in” “.”), where an
      // abbreviation keeps its own (“U.S.”).
      if (number || word || letter || acronym.test(abbreviation))
        before.splice(-1, 1, ...unstop(children[index] as Word))
      result.push(sentenceOf(before), space)
      start = index + 2
    }
  }

  // A number that ends the last sentence keeps no full stop of its own
  // either (“it will cost 100.”, “$100,000.”): the stop is the sentence’s.
  const last = children.length - 1
  const final = abbreviationOf(children[last])
  const stops = final !== undefined && digits.test(final) && last > start
  if (result === undefined && !stops) return undefined
  const rest = children.slice(start)
  if (stops) rest.splice(-1, 1, ...unstop(children[last] as Word))
  result ??= []
  result.push(sentenceOf(rest))
  return result
}

/**
 * A word and the full stop it ends with, apart: the word spans the rest of
 * its children.
 */
function unstop(word: Word): [Word, Punctuation] {
  const stop = word.children[word.children.length - 1] as Punctuation
  const rest: Word = {type: 'WordNode', children: word.children.slice(0, -1)}
  if (word.data) rest.data = word.data
  span(rest)
  return [rest, stop]
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
