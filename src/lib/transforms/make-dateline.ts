/**
 * Wrap the dateline at the start of the first body paragraph:
 * “WASHINGTON (AP) —”, “SEOUL -”, “Hong Kong (AFP) –”, “Kyiv, Ukraine
 * (Reuters) —”, “SELMA, N.C.—”,
 * “LONDON, March 3 -”, “LONDON, 3 March 2026 -”, a press release’s “SAN
 * JOSE, Calif., Oct. 28, 2026 /PRNewswire/ --”, “(Reuters) -”, a date
 * alone (“Nov. 27, 2026 —”, “Dec 3 (Reuters) -”), or a place in capitals before a colon (“NEW
 * DELHI:”). The dash or colon is not part of the dateline.
 */

import type {SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {Dateline, DatelineContent, Root} from '../../types.js'
import {span} from '../position.js'

const dash = /^(?:[—–‒―]|-{1,2})$/
const month =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|March|Mar|April|Apr|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'
/** A day and month, either way round, maybe with a year: “Nov. 27”, “27 November 2026”. */
const dayMonth = `(?:${month}\\s\\d{1,2}|\\d{1,2}\\s${month})(?:,?\\s\\d{4})?`
/** An upper-case place, maybe with a state or country after a comma. */
const upperPlace =
  "\\p{Lu}[\\p{Lu}\\p{M}.'’ /-]{1,40}(?:,\\s*\\p{Lu}[\\p{L}.]{0,20}(?:\\s\\p{Lu}[\\p{L}.]{0,20})?)?"
/**
 * A mixed-case place (its words capitalised, but for a particle: “Rio de
 * Janeiro”), allowed when an agency follows it (after a country too: “Kyiv,
 * Ukraine (Reuters)”) or a US state after a comma.
 */
const mixedPlace =
  "\\p{Lu}[\\p{L}.'’-]{1,20}(?:\\s(?:(?:de|da|do|dos|del|di|la|el|es|am|of)\\s)?\\p{Lu}[\\p{L}.'’-]{1,20}){0,3}"
/**
 * A US state as datelines give it after a town, in AP’s abbreviations or in
 * full: “Ill.”, “D.C.”, “Texas”.
 */
const usState =
  '(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\\.H|N\\.J|N\\.M|N\\.Y|N\\.C|N\\.D|Okla|Ore|Pa|R\\.I|S\\.C|S\\.D|Tenn|Vt|Va|Wash|W\\.Va|Wis|Wyo|D\\.C)\\.|DC|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming'
const datelinePattern = new RegExp(
  `^(?:(?<upper>${upperPlace})|(?<placed>${mixedPlace},\\s(?:${usState}))|(?<mixed>${mixedPlace})(?=(?:,\\s*${dayMonth})?\\s*\\()|(?<country>${mixedPlace},\\s${mixedPlace})(?=(?:,\\s*${dayMonth})?\\s*\\(\\p{Lu}))` +
    `(?:,\\s*(?<date>${dayMonth}))?(?:\\s*(?:\\((?<agency>[\\p{L} .&-]{1,30})\\)|/(?<wire>[\\p{L} .&-]{1,30})/))?$`,
  'u',
)
/**
 * A date alone, maybe after a weekday, maybe with an agency after it: “Nov.
 * 27, 2026”, “Thursday, 27 November”, “Dec 3 (Reuters)”.
 */
const dateAlone = new RegExp(
  `^(?<date>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s)?${dayMonth})(?:\\s?\\((?<agency>\\p{Lu}[\\p{L} .&-]{1,29})\\))?$`,
  'u',
)
/**
 * An agency alone opening a paragraph: “(CNN) —”, “(Reuters) -”, “(The
 * Hill) —”.
 */
const agencyAlone = /^\((?<agency>\p{Lu}[\p{L}\d&.-]{1,15}(?: \p{Lu}[\p{L}\d&.-]{1,15}){0,2})\)$/u
/** Labels in capitals before a colon, which are no place (“UPDATE: …”, “EDITOR’S NOTE: …”). */
const colonLabel =
  /^(?:UPDATED?|BREAKING(?: NEWS)?|CORRECTION|CLARIFICATION|EDITOR['’]?S NOTE|NOTE|PREVIOUSLY|EARLIER|EXCLUSIVE|ANALYSIS|OPINION|COMMENTARY|WATCH|LISTEN|READ(?: MORE)?|RELATED|VIDEO|PHOTOS?|LIVE|WARNING|FACT CHECK|TRANSCRIPT)$/u
/** Agencies whose name in capitals can stand alone before the dash (“CNN —”). */
const agencyWords =
  /^(?:AFP|CNN|UPI|NPR|BBC|REUTERS|XINHUA|BLOOMBERG|TASS|DPA|ANSA|EFE|PTI|IANS|KYODO|YONHAP)$/u
/** An upper-case place has at least three upper-case letters in a row. */
const upperRun = /\p{Lu}{3}|\p{Lu}\.\p{Lu}/u

/**
 * Text before a dash or a colon near the start of a paragraph (“TOPEKA,
 * Kan. (AP) —”, “NEW DELHI:”). (It ends with no white space, so the white
 * space before the dash is read one way only: a run of tabs made the
 * pattern try every split of it.)
 */
const beforeDash = /^([^\n—–‒―:-]{1,119}?[^\s—–‒―:-])\s*(?:[—–‒―]|-{1,2}|(:))\s/u
/**
 * A speaker’s name in capitals before a colon, as transcripts open their
 * lines (“SMITH: …”), or a question’s “Q:”.
 */
const speakerLabel = /^\p{Lu}[\p{Lu}\p{M}.'’ -]{0,40}:\s/u

/**
 * Whether a paragraph’s text opens with a dateline (as `makeDateline` reads
 * them, from the text alone).
 *
 * @param text
 *   Text of a paragraph.
 * @param colons
 *   Whether a dateline before a colon counts (“NEW DELHI:”); `false` for
 *   one before a dash only.
 * @returns
 *   Whether it opens with a dateline.
 */
export function opensWithDateline(text: string, colons = true): boolean {
  const match = beforeDash.exec(text)
  return (
    match?.[1] !== undefined &&
    (colons || match[2] === undefined) &&
    datelineParts(match[1], match[2] !== undefined) !== undefined
  )
}

/**
 * The parts of a dateline, when `text` (the words before its dash or
 * colon) is one: a place (upper case with a run of capitals, or mixed case
 * before an agency or with a US state: “Springfield, Ill.”), an agency
 * alone, or a date alone. Before a colon only
 * a place in capitals is one (“NEW DELHI:”; not “Trump:”).
 */
function datelineParts(
  text: string,
  colon: boolean,
): Record<string, string | undefined> | undefined {
  const groups = (datelinePattern.exec(text) ?? agencyAlone.exec(text) ?? dateAlone.exec(text))
    ?.groups
  if (
    !groups ||
    (groups.upper !== undefined && !upperRun.test(groups.upper)) ||
    (colon && (groups.upper === undefined || colonLabel.test(groups.upper)))
  )
    return undefined
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
    if (child.type === 'PunctuationNode' && (dash.test(child.value) || child.value === ':')) break
    index++
  }

  if (index === 0 || index >= limit) return
  const colon = toString(children[index] as SentenceContent) === ':'
  // A transcript opens its lines with speakers in capitals (“SMITH: …”):
  // when the next paragraph opens so too, the colon ends a speaker’s name;
  // so too when it ends its paragraph (“STEVE INSKEEP, HOST:”), before what
  // the speaker said.
  if (colon) {
    if (
      paragraph.children.length === 1 &&
      children.slice(index + 1).every((child) => child.type === 'WhiteSpaceNode')
    )
      return
    const after = tree.children.indexOf(paragraph) + 1
    const next = tree.children.slice(after).find((node) => node.type === 'ParagraphNode')
    if (next && speakerLabel.test(toString(next))) return
  }
  let end = index
  while (end > 0 && children[end - 1]?.type === 'WhiteSpaceNode') end--
  const parts = children.slice(0, end)
  const text = toString(parts)
  const groups = datelineParts(text, colon)
  if (!groups || !parts.every(isDatelineContent)) return
  let place = (groups.upper ?? groups.placed ?? groups.mixed ?? groups.country)?.trim() ?? null
  // (A press release’s wire between slashes: “/PRNewswire/ --”.)
  let agency = (groups.agency ?? groups.wire)?.trim() ?? null
  // An agency alone with no parentheses: “CNN —”.
  if (place !== null && agency === null && groups.date === undefined && agencyWords.test(place)) {
    agency = place
    place = null
  }

  const node: Dateline = {
    type: 'DatelineNode',
    place,
    agency,
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
