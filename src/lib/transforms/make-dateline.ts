/**
 * Wrap the dateline at the start of the first body paragraph:
 * “WASHINGTON (AP) —”, “SEOUL -”, “Hong Kong (AFP) –”, “SELMA, N.C.—”,
 * “LONDON, March 3 -”. The dash is not part of the dateline.
 */

import type {SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {Dateline, DatelineContent, Root} from '../../types.js'
import {span} from '../position.js'

const dash = /^(?:[—–‒―]|-{1,2})$/
const month =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|March|Mar|April|Apr|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'
/** An upper-case place, maybe with a state or country after a comma. */
const upperPlace =
  "\\p{Lu}[\\p{Lu}\\p{M}.'’ /-]{1,40}(?:,\\s*\\p{Lu}[\\p{L}.]{0,20}(?:\\s\\p{Lu}[\\p{L}.]{0,20})?)?"
/** A mixed-case place, allowed when an agency follows it. */
const mixedPlace = "\\p{Lu}[\\p{L}.'’-]{1,20}(?:\\s\\p{Lu}[\\p{L}.'’-]{1,20}){0,3}"
const datelinePattern = new RegExp(
  `^(?:(?<upper>${upperPlace})|(?<mixed>${mixedPlace})(?=(?:,\\s*${month}\\s\\d{1,2})?\\s*\\())` +
    `(?:,\\s*(?<date>${month}\\s\\d{1,2}))?(?:\\s*\\((?<agency>[\\p{L} .&-]{1,30})\\))?$`,
  'u',
)
/** An agency alone, in capitals, opening a paragraph (CNN style: “(CNN) —”). */
const agencyAlone = /^\((?<agency>\p{Lu}[\p{Lu}\d&.-]{1,10})\)$/u
/** An upper-case place has at least three upper-case letters in a row. */
const upperRun = /\p{Lu}{3}|\p{Lu}\.\p{Lu}/u

/** Text before a dash near the start of a paragraph (“TOPEKA, Kan. (AP) —”). */
const beforeDash = /^([^\n—–‒―-]{2,120}?)\s*(?:[—–‒―]|-{1,2})\s/u

/**
 * Whether a paragraph’s text opens with a dateline (as `makeDateline` reads
 * them, from the text alone).
 *
 * @param text
 *   Text of a paragraph.
 * @returns
 *   Whether it opens with a dateline.
 */
export function opensWithDateline(text: string): boolean {
  const place = beforeDash.exec(text)?.[1]
  return place !== undefined && datelineParts(place) !== undefined
}

/**
 * The parts of a dateline, when `text` (the words before its dash) is one:
 * a place (upper case with a run of capitals, or mixed case before an
 * agency), or an agency alone.
 */
function datelineParts(text: string): Record<string, string | undefined> | undefined {
  const groups = (datelinePattern.exec(text) ?? agencyAlone.exec(text))?.groups
  if (!groups || (groups.upper !== undefined && !upperRun.test(groups.upper))) return undefined
  return groups
}

/**
 * Transform a tree.
 *
 * @param tree
 *   Tree.
 */
export function makeDateline(tree: Root): void {
  const paragraph = tree.children.find((node) => node.type === 'ParagraphNode')
  if (paragraph?.type !== 'ParagraphNode') return
  const sentence = paragraph.children.find((node) => node.type === 'SentenceNode')
  if (sentence?.type !== 'SentenceNode') return
  const children = sentence.children
  const limit = Math.min(children.length, 24)
  let index = 0

  while (index < limit) {
    const child = children[index] as SentenceContent
    if (child.type === 'PunctuationNode' && dash.test(child.value)) break
    index++
  }

  if (index === 0 || index >= limit) return
  let end = index
  while (end > 0 && children[end - 1]?.type === 'WhiteSpaceNode') end--
  const parts = children.slice(0, end)
  const text = toString(parts)
  const groups = datelineParts(text)
  if (!groups || !parts.every(isDatelineContent)) return
  const place = (groups.upper ?? groups.mixed)?.trim() ?? null

  const node: Dateline = {
    type: 'DatelineNode',
    place,
    agency: groups.agency?.trim() ?? null,
    date: groups.date ?? null,
    children: parts,
  }
  span(node)
  children.splice(0, end, node)
}

function isDatelineContent(node: SentenceContent): node is DatelineContent {
  return (
    node.type === 'WordNode' ||
    node.type === 'PunctuationNode' ||
    node.type === 'SymbolNode' ||
    node.type === 'WhiteSpaceNode' ||
    node.type === 'SourceNode'
  )
}
