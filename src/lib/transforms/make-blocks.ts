/**
 * Name the blocks of an article: headline, dek, byline, labels, subheadings
 * and trailers. Blocks arrive as `ParagraphNode`s; those that are not body
 * paragraphs get their own node type.
 */

import type {Paragraph} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {Node} from 'unist'
import type {LabelKind, Nodes, Root, RootContent, TrailerKind} from '../../types.js'
import {isGivenName} from '../data/genders.js'
import {
  aboutHeading,
  bioPattern,
  bioWords,
  bylineOpener,
  bylinePattern,
  bylineRole,
  captionCredit,
  labelPatterns,
  linksHeadingPattern,
  roleBylinePattern,
  stampLinePattern,
  timestampPattern,
  trailerPatterns,
} from '../data/trailers.js'
import {opensWithDateline} from './make-dateline.js'
import {splitNames} from './names.js'
import {startsUpper} from './util.js'

/** Options of the block transform. */
export interface BlockOptions {
  /** Whether to look for deks. */
  dek: boolean
  /** More trailer patterns. */
  trailers: readonly {kind: TrailerKind; pattern: RegExp}[]
}

interface Candidate {
  /** Index in the root’s children. */
  index: number
  node: Paragraph
  text: string
}

const terminal = /[.!?…"”’')\]:,;]$/
const sentenceCount = /[.!?](?=\s+["“‘]?\p{Lu})/gu
const maxHeadline = 300
const looksLikeName = /^(?:\p{Lu}[\p{L}.’'-]*\s){0,3}\p{Lu}[\p{L}’'-]*$/u
const maxDek = 400
/** Longest line of a dek of two lines. */
const maxTwoLineDek = 90
/** Words that make the last part of a byline an organisation (“Associated Press”, “Staff Writer”). */
const organizationWords =
  /\b(?:press|news|times|post|reuters|agency|journal|bloomberg|staff|writer|reporter|correspondent|editor|tribune|herald|associated|afp|ap|upi|bbc|cnn|npr|politico|wire|service|magazine|daily|gazette|observer|guardian|telegraph|network|images|photos|pictures|getty|shutterstock|alamy|epa)\b/i
const maxSubheading = 80
const lineBreak = /\r?\n|\r/
/** A box of points that sums the story up, above it: “Key points:” and its lines. */
const summaryBox =
  /^(?:key (?:points|takeaways|facts)|in brief|at a glance|what to know|the big picture|highlights|summary)(?:\s*:)?\s*(?:\r?\n|\r)/i
/** Markdown of headings, block quotes and emphasis at a block’s start or end. */
const markupAround = /^(?:#{1,6} +|\*{1,2}(?=\S)|_{1,2}(?=\S))|(?<=\S)(?:\*{1,2}|_{1,2})$/g
const byWord = /\bby\b/gi
/**
 * The label of a scraped page’s caption: “Image caption:”, “Caption:”,
 * “Photograph:”, BBC’s “Image caption,” and “Media caption,”.
 */
const captionLabel =
  /^(?:image caption|caption|photograph|photo|picture)\s?:|^(?:image|media) caption,/i
/**
 * A crosshead that asks what the section after it answers, as explainers
 * ask for their readers (“What happens to my appointment?”, “Can I still
 * travel?”, “What happens next?”, “Who is Wes Streeting?”): a question with
 * no quotation mark or other sentence end, that asks for “I” or “you”, or
 * what is next, what matters, who or what someone or something is; not a
 * question of the story’s prose (“How is that possible?”, “Did that mean
 * Garcia would vote for Trump?”).
 */
function isQuestionHeading(text: string): boolean {
  return (
    oneQuestion.test(text) &&
    ((questionOpener.test(text) && readerWords.test(text)) ||
      nextOrMatter.test(text) ||
      whoOrWhatIs.test(text))
  )
}

/** One question with no quotation mark or other sentence end. */
const oneQuestion = /^[^.!?"“”‘’\n]*\?$/
const questionOpener =
  /^(?:What|Why|How|When|Where|Who|Which|Will|Can|Could|Should|Is|Are|Does|Do)\b/
/** Words of a reader, or of people a question asks for. */
const readerWords = /\b(?:I|me|my|we|us|our|you|your)\b/
const nextOrMatter = /\b(?:next|matters?)\?$/
const whoOrWhatIs = /^(?:What|Who) (?:is|are|was|were)\b/

/** Where a byline’s authors reported from, on a line of its own (“Reporting from Washington”). */
const reportingFrom = /^Reporting from \p{Lu}[^.!?\n]{0,80}$/u
/** A stamp word glued to the number before it by a scraper (“Nov. 5, 2025Updated”). */
const gluedStamp = /(?<=\d)(?=(?:Updated|Published|Posted)\b)/g

/** A bullet that opens a block: “• ”, “* ”, “– ”. */
/** A press release’s end mark (“###”, “-30-”, “- ENDS -”), a rule between trailers. */
const endMark = /^(?:#{3}|# # #|[-–—]?30[-–—]|[-–—]? ?ends ?[-–—]?)$/i
const bulletPattern = /^[•▪■►*–] /
const wordPattern = /\p{L}+/gu
const lineBreakIn = /[\r\n]/
const stampWord = /\d|published|updated|posted|modified|\bago\b/i
/** How a stamp opens: a number, a stamp word, a weekday or a month (most blocks open otherwise). */
const stampStart =
  /^\s*(?:\d|published|updated|posted|last|first|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|an? (?:hour|minute|day|week))/i
/** A line of a byline that gives when the article was published or updated. */
const stampLine =
  /^\s*(?:published|updated|posted|last updated|first published)\b|\b\d{1,2}[:.]\d{2}\b/i
/** A news agency that ends a byline without a comma before it. */
const trailingAgency =
  /\s((?:The\s+)?(?:Associated\s+Press|Reuters|Agence\s+France-Presse|AFP|Bloomberg(?:\s+News)?|UPI))$/i
// Patterns are made once here: the build lowers a literal with `\p{…}`
// to `new RegExp`, which would run at every call inside a function.
const letter = /\p{L}/u
const upperOrDigit = /^[\p{Lu}\d]/u
const lowerOrDigit = /^[\p{Ll}\d]/u
/** Two capitalised words: a person’s name (“Jane Doe”). */
const twoNames = /^\p{Lu}[\p{Ll}’'-]+ \p{Lu}[\p{Ll}’'-]+$/u

function labelKind(text: string): LabelKind | undefined {
  for (const {kind, pattern} of labelPatterns) if (pattern.test(text)) return kind
  return undefined
}

/** Initials and abbreviations of names, whose full stop ends no sentence. */
const nameAbbreviation = /(?<![\p{L}.])(?:\p{Lu}|Jr|Sr|Dr|St)\.(?=\s)/gu

/** What may set a stamp or a role apart after a byline’s names: a bar, a dot, a dash between spaces, or a comma. */
const bylineSeparator = /\s[|·•–—-]\s|,\s/g

/**
 * A byline without a stamp after its names, after a bar, a dash or a comma
 * (“By Tom Reyes | Nov. 28, 2026”, “By Tom Reyes, Updated 4:05 p.m.”).
 */
function withoutStamp(text: string): string {
  for (const match of text.matchAll(bylineSeparator)) {
    const rest = text.slice(match.index + match[0].length)
    if (stampWord.test(rest) && stampLinePattern.test(` ${rest}`)) return text.slice(0, match.index)
  }
  return text
}

/**
 * A block without the lines of dates and times under its first
 * (“Published 6:45 a.m. ET Nov. 30, 2026 | Updated …”).
 */
function withoutStampLines(text: string): string {
  if (!lineBreakIn.test(text)) return text
  const [first, ...rest] = text.split(lineBreak)
  return [first, ...rest.filter((line) => !isStampLine(line))].join('\n')
}

/**
 * Whether a line under a byline’s names gives when the article was
 * published: a time or a stamp word (“Updated 4:05 p.m.”), or a date alone
 * (“Nov. 29, 2026”).
 */
function isStampLine(line: string): boolean {
  return stampLine.test(line) || isStamp(line)
}

function isByline(text: string): boolean {
  return (
    text.length <= 200 &&
    ((bylinePattern.test(text) &&
      !/[.!?]\s/.test(withoutStamp(withoutStampLines(text)).replace(nameAbbreviation, '')) &&
      // (Not a list of credits: “Story by A Video produced by B …”.)
      (text.match(byWord)?.length ?? 0) < 2) ||
      roleBylinePattern.test(text) ||
      staffOf(text) !== undefined)
  )
}

/**
 * A newsroom’s byline: “Al Jazeera Staff”, “REUTERS STAFF”, the
 * organisation first (not “Hospital staff”).
 */
const staffPattern = /^((?:\p{Lu}[\p{L}’'.&-]*\s){1,4})(?:Staff|STAFF)$/u

/**
 * The organisation of a newsroom’s byline (“Al Jazeera Staff”, maybe over
 * its publication stamp: “Published On 27 Nov 2026”); `undefined` for any
 * other block.
 */
function staffOf(text: string): string | undefined {
  // (Most blocks hold no such word: they are not split.)
  if (!text.includes('Staff') && !text.includes('STAFF')) return undefined
  const [first, ...rest] = text.split(lineBreak)
  const match = staffPattern.exec((first as string).trim())
  return match && rest.every(isStampLine) ? (match[1] as string).trim() : undefined
}

/** A person’s name: two or three capitalised words, maybe an initial between. */
const personName = "\\p{Lu}[\\p{L}’'.-]+(?: \\p{Lu}\\.)?(?: \\p{Lu}[\\p{L}’'-]+){1,2}"
/** A person’s name alone on a line. */
const personLine = new RegExp(`^${personName}$`, 'u')
/** The label of an author box: “Authors”, “About the author”. */
const authorLabel = /^(?:authors?|about the authors?)\s*:?$/i

/**
 * The names of an author box (The Conversation): “Authors” over names,
 * each maybe over its role (“Laura Chen\nAssociate Professor of Ecology,
 * University of Toronto”); `undefined` for any other block.
 */
function authorBox(text: string): string[] | undefined {
  const lines = text.split(lineBreak).map((line) => line.trim())
  if (lines.length < 2 || lines.length > 9 || !authorLabel.test(lines[0] as string))
    return undefined
  const authors = lines.slice(1).filter((line) => personLine.test(line))
  return authors.length > 0 ? authors : undefined
}

/**
 * Names alone on a line, maybe with what follows a comma, a bar, a slash or
 * a dash (“Jane Doe, USA TODAY”, “Jane Doe | Reporter”, “Jane Doe and John
 * Roe / The Washington Post”), or a handle (“Jane Doe @janedoe”).
 */
const namesLine = new RegExp(
  `^(${personName}(?:(?:, | and | & )${personName})*)(?:\\s*(?:[,|/—–]|\\s-)\\s*([^\\n]{2,60})|\\s+(@\\w{2,30}))?$`,
  'u',
)

/**
 * A byline without “By” right under the headline: names, then an
 * organisation, a role of the trade, an address or a handle; or a name
 * alone that opens with a given name (“Jane Doe”, “JANE DOE”).
 */
function topByline(text: string): BylineParts | undefined {
  // (Nor a transcript's label before what its speaker said: “STEVE
  // INSKEEP, HOST:”.)
  if (text.length > 120 || text.endsWith(':')) return undefined
  const match = namesLine.exec(text)
  if (!match) return undefined
  let authors = splitNames(match[1] as string)
  let rest = match[2]?.trim()
  // (“Jane Doe, Associated Press”: the last “name” after a comma may be the
  // organisation.)
  const last = authors[authors.length - 1] as string
  const first = authors[0] as string
  if (
    rest === undefined &&
    authors.length > 1 &&
    (organizationWords.test(last) || (last === last.toUpperCase() && first !== first.toUpperCase()))
  ) {
    authors = authors.slice(0, -1)
    rest = last
  }
  const given = (authors[0]?.split(' ')[0] ?? '').toLowerCase()
  if (match[3] !== undefined || (rest === undefined && isGivenName(given)))
    return {authors, organization: null}
  if (rest === undefined) return undefined
  if (rest.includes('@')) return {authors, organization: null}
  return organizationWords.test(rest) || (rest === rest.toUpperCase() && letter.test(rest))
    ? {authors, organization: rest}
    : undefined
}

/**
 * Whether a block stands at the top of the body: a byline, a publication
 * stamp (not a live blog’s time alone), or a paragraph after a dateline.
 */
function opensBody(text: string): boolean {
  return (
    isByline(text) || (isStamp(text) && !timestampPattern.test(text)) || opensWithDateline(text)
  )
}

function isHeadline(text: string, count: number): boolean {
  if (count < 2 || text.length > maxHeadline || isByline(text) || labelKind(text)) return false
  // (A lead that opens with its dateline and a dash and goes on as prose
  // does, a sentence of sixteen words or more, is the story, pasted without
  // a headline: “WASHINGTON (Reuters) - The Senate passed the bill on
  // Friday, …”; not “EXCLUSIVE – Roger Stone: Don’t Trust …”.)
  if (
    /[.!?]["”’']?$/.test(text) &&
    (text.match(wordPattern)?.length ?? 0) >= 16 &&
    opensWithDateline(text, false)
  )
    return false
  return (text.match(sentenceCount)?.length ?? 0) < 2
}

/**
 * Runs of white space that `normalize` changes: two characters or more, or
 * one that is not a space. A lone space, by far the most common run, stays
 * as it is without a match, so the text is replaced as `/\s+/g` would
 * replace it, with a fraction of the matches.
 */
const spaceRun = /\s\s+|[^\S ]/g

function normalize(text: string): string {
  return text.replace(spaceRun, ' ').trim()
}

/**
 * A dek of one sentence with no final punctuation right under the headline
 * (British style: “Commuters were braced for a week of disruption”), of
 * five to twenty words (a lead that lost its full stop is longer), before
 * a paragraph that ends as prose does.
 */
function unpunctuatedDek(
  candidates: Candidate[],
  at: number,
  headlineAt: number,
  deks: number,
): boolean {
  const dek = candidates[at]
  const body = candidates[at + 1]
  return (
    deks === 0 &&
    at === headlineAt + 1 &&
    dek !== undefined &&
    body !== undefined &&
    !terminal.test(dek.text) &&
    !lineBreakIn.test(dek.text) &&
    // (Not a quotation signed after it: “”… border.” ― Ana Diaz”.)
    !/^["“”'‘<]/.test(dek.text) &&
    between(dek.text.match(wordPattern)?.length ?? 0, 5, 20) &&
    /[.!?…"”’]$/.test(body.text) &&
    !isByline(dek.text) &&
    !isStamp(dek.text)
  )
}

function between(value: number, least: number, most: number): boolean {
  return value >= least && value <= most
}

/**
 * A dek of two lines (Washington Post): the two blocks under the headline are
 * short, and the body after them is not.
 */
function twoLineDek(
  candidates: Candidate[],
  at: number,
  headlineAt: number,
  deks: number,
): boolean {
  const start = at - deks
  if (start !== headlineAt + 1) return false
  const one = candidates[start]
  const two = candidates[start + 1]
  const body = candidates[start + 2]
  return (
    one !== undefined &&
    two !== undefined &&
    body !== undefined &&
    one.text.length <= maxTwoLineDek &&
    two.text.length <= maxTwoLineDek &&
    body.text.length > 2 * maxTwoLineDek &&
    !isByline(one.text) &&
    !isByline(two.text) &&
    !/^["“<]/.test(one.text) &&
    !/^["“<]/.test(two.text) &&
    !timestampPattern.test(one.text) &&
    // Signs that the two lines are one dek broken in two, or a kicker and a
    // dek, not two short paragraphs of prose: the second goes on in lower
    // case or with a number, the first ends in “,.”, or is in capitals or
    // title case.
    (lowerOrDigit.test(two.text) ||
      /,\.$/.test(one.text) ||
      one.text === one.text.toUpperCase() ||
      titleCase(one.text))
  )
}

/** Whether every word of three or more is capitalised but short ones. */
function titleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => letter.test(word))
  return words.length >= 3 && words.every((word) => word.length <= 3 || startsUpper.test(word))
}

/** Normalised and in lower case, to find a sentence repeated in other words’ case. */
function lower(text: string): string {
  return normalize(text).toLowerCase()
}

/** The text of a block's first sentence, as the parser split it (empty if none). */
function leadSentence(node: Paragraph, value: string): string {
  const sentence = node.children.find((child) => child.type === 'SentenceNode')
  return sentence ? textOf(sentence, value) : ''
}

/** The first sentence of a block, normalised, if long enough to recognise. */
function firstSentence(node: Paragraph, value: string): string | undefined {
  const text = normalize(leadSentence(node, value))
  return text.length >= 40 ? text : undefined
}

/**
 * The trailer a block is, if any; `lead` is its first sentence, which a
 * bio's words of work stand in (read at the end only).
 */
function trailerOf(
  block: string,
  atEnd: boolean,
  extra: BlockOptions['trailers'],
  lead = block,
): TrailerKind | undefined {
  // (A bullet before a note: “• This article was amended on …”.)
  const text = bulletPattern.test(block) ? block.replace(bulletPattern, '') : block
  for (const {kind, pattern, endOnly} of trailerPatterns) {
    if ((atEnd || !endOnly) && pattern.test(text)) return kind
  }

  for (const {kind, pattern} of extra) if (pattern.test(text)) return kind
  // The words of a bio describe its subject after the name (“Misty Severi
  // is an evening news reporter”), not in it (“President Obama is rolling
  // out …” is no bio), and in its first sentence (“Ava Morrow is back. Her
  // producer, …” is none).
  const bio = atEnd && text.length <= 400 ? bioPattern.exec(text) : null
  if (bio && bioWords.test(lead.replace(bulletPattern, '').slice((bio[1] as string).length)))
    return 'bio'
  return undefined
}

/** The kind of a block if it is a note of the editors or a correction, which may stand above a headline. */
function noteOf(text: string, extra: BlockOptions['trailers']): TrailerKind | undefined {
  const kind = trailerOf(text, false, extra)
  return kind === 'editorsNote' || kind === 'correction' ? kind : undefined
}

/** A line of a list of links: a title of at most fifteen words, no final punctuation. */
function isLink(text: string): boolean {
  return (
    text.length <= 150 &&
    !terminal.test(text) &&
    !lineBreakIn.test(text) &&
    (text.match(wordPattern)?.length ?? 0) <= 15
  )
}

/** Most links a block of links lists, one a line (“Flooding\nWales weather”). */
const maxLinkLines = 12

/** A block of links: one link, or up to `maxLinkLines` of them, one a line. */
function isLinks(text: string): boolean {
  if (!lineBreakIn.test(text)) return isLink(text)
  const lines = text.split(lineBreak)
  return lines.length <= maxLinkLines && lines.every((line) => isLink(line.trim()))
}

/**
 * Whether a block is a subheading; `explainer` when the article has a
 * question heading already, whose other questions (“Why is the government
 * doing this?”, one question alone) are headings too.
 */
function isSubheading(text: string, explainer = false): boolean {
  return (
    text.length <= maxSubheading &&
    (!terminal.test(text) ||
      isQuestionHeading(text) ||
      (explainer && oneQuestion.test(text) && questionOpener.test(text))) &&
    // (Nor a scraped page’s caption: “Image caption: Flood water …”, or
    // one that ends with its credit: “… Photograph: Ben Birchall/PA”.)
    !captionLabel.test(text) &&
    !captionCredit.test(text) &&
    upperOrDigit.test(text) &&
    text.split(/\s+/).length <= 12
  )
}

/**
 * Whether a block is a live blog's entry heading: a time on its own line
 * over the heading (“09:42\nEnergy company says …”), which may open the
 * body.
 */
function timedHeading(text: string): boolean {
  const lines = text.split(lineBreak)
  return lines.length === 2 && timestampPattern.test((lines[0] as string).trim())
}

/** A newsroom's role before names in a credit: “Associated Press writers …”. */
const staffRole =
  /^(?:\p{Lu}[\p{L}.&’'-]*\s){1,4}(?:staff\s)?(?:writers?|reporters?|correspondents?|journalists?|photographers?)\s+(?=\p{Lu})/u

/**
 * The author a tagline under a byline describes (“Ms. Delgado is a
 * hydrologist at …”, “Maria Delgado writes about water.”): a bio whose
 * subject ends with the surname of one of `authors`.
 */
function authorTagline(text: string, authors: readonly string[]): string | undefined {
  if (authors.length === 0 || text.length > 400) return undefined
  const subject = bioPattern.exec(text)?.[1]
  const surname = subject?.split(/\s/).at(-1)
  return surname === undefined
    ? undefined
    : authors.find((author) => author.split(/\s/).at(-1) === surname)
}

/**
 * Authors named by a trailer.
 */
function trailerAuthors(kind: TrailerKind, text: string): string[] {
  if (kind === 'bio') {
    // (A company’s boilerplate names no author: “About Acme Robotics”.)
    const match = bioPattern.exec(text)
    return match?.[1] ? [match[1]] : []
  }

  // (A source names a body, no author: “Source: Al Jazeera”, a press
  // release’s “SOURCE Acme Robotics”.)
  if (kind === 'credit' && !/^sources?:|^SOURCE /i.test(text)) {
    // “Contributing: A, B”, “(Reporting by A in X; Editing by B)”,
    // “A reported from X, Y, and B from Z.”, “A contributed reporting.”,
    // “--With assistance from A.”, “Associated Press writer A in X
    // contributed to this report.”
    // (White space read as one space: the patterns below read runs of it.)
    const names = text
      .replace(/\s+/g, ' ')
      .replace(/^\(|\)?\.?$/g, '')
      .replace(/^[-—–]{0,2}\s?with (?:assistance|reporting) (?:from|by)\s+/i, '')
      .replace(/^[^:]{0,40}:\s*/, '')
      .replace(/^(?:photo|photograph|image|picture|illustration|video|graphic)s? by /i, '')
      .replace(/ (?:reported )?(?:from|in) [^;]*?(?=,? and |;|$)/g, '')
      .replace(/ contributed\b[^;]*/gi, '')
      // (A picture's credit names its agency after a slash: “Jane Doe/AP”.)
      .replace(/\/[^,;]*/g, '')
      // (Without the newsroom's role before them: “Associated Press writer
      // A contributed”.)
      .replace(staffRole, '')
    return splitNames(names).filter(
      (name) =>
        looksLikeName.test(name) && !organizationWords.test(name) && name !== name.toUpperCase(),
    )
  }

  return []
}

/**
 * A block’s text without the Markdown pasted around it (“## What comes
 * next”, “**By Jane Doe**”, “*Nov. 27, 2026*”), which names no kind of
 * block: only what the patterns read is stripped, not the tree.
 */
function withoutMarkup(text: string): string {
  // (The pattern scans the whole block for its end: most blocks open and
  // end with no mark of Markdown, told from two characters.)
  const first = text.charCodeAt(0)
  const last = text.charCodeAt(text.length - 1)
  return first === 35 || first === 42 || first === 95 || last === 42 || last === 95
    ? text.replace(markupAround, '')
    : text
}

/**
 * Turn a paragraph into another block node.
 */
function rename(candidate: Candidate, make: (node: Paragraph) => RootContent): RootContent {
  return make(candidate.node)
}

/** The text of a node: a slice of the document, or its own text when it has no position. */
function textOf(node: Node, value: string): string {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined
    ? toString(node as Nodes)
    : value.slice(start, end)
}

/**
 * Make the transform.
 *
 * @param options
 *   Configuration.
 * @param value
 *   The document.
 * @returns
 *   Root transform.
 */
export function makeBlocks(options: BlockOptions, value: string): (tree: Root) => void {
  return (tree) => {
    const candidates: Candidate[] = []

    for (const [index, node] of tree.children.entries()) {
      if (node.type === 'ParagraphNode') {
        candidates.push({index, node, text: withoutMarkup(textOf(node, value))})
      }
    }

    const count = candidates.length
    const named = new Map<number, RootContent>()
    const set = (candidate: Candidate, make: (node: Paragraph) => RootContent) => {
      named.set(candidate.index, rename(candidate, make))
    }

    let at = 0

    // A kicker above the headline (“ANALYSIS”), or a note of the editors
    // (“Editor’s note: This story has been updated …”) or a correction.
    while (at < count - 1) {
      const text = (candidates[at] as Candidate).text
      const note = noteOf(text, options.trailers)
      if (note) set(candidates[at] as Candidate, (node) => trailerNode(node, note, []))
      else if (labelKind(text) === 'section')
        set(candidates[at] as Candidate, (node) => labelNode(node, 'section'))
      else break
      at++
    }

    const headlineAt = at
    const first = candidates[at]

    if (first && isHeadline(first.text, count - at)) {
      set(first, (node) => ({type: 'HeadlineNode', children: node.children, ...where(node)}))
      at++
    }

    const hasHeadline = at > headlineAt
    // The block a dek may be that follows the headline right after it: past
    // a page’s buttons and banners (“This article is more than 2 years
    // old”), the block before it stands for the headline.
    let beforeDek = headlineAt
    // The text of all blocks, normalised and in lower case (made once, when
    // first needed), and where each block starts in it: a dek is repeated
    // later in the body, in any case.
    let blocksText: {text: string; starts: number[]} | undefined
    const repeatedAfter = (index: number, sentence: string): boolean => {
      if (!blocksText) {
        const starts: number[] = []
        let text = ''
        for (const candidate of candidates) {
          if (starts.length > 0) text += ' '
          starts.push(text.length)
          text += lower(candidate.text)
        }
        blocksText = {text, starts}
      }
      const from = blocksText.starts[index + 1]
      return from !== undefined && blocksText.text.indexOf(lower(sentence), from) !== -1
    }

    let deks = 0
    let afterAbstract = false
    /** The authors of the byline above, whose tagline may follow. */
    let authors: readonly string[] = []

    while (at < count) {
      const candidate = candidates[at] as Candidate
      const text = candidate.text
      const label = labelKind(text)

      if (label) {
        set(candidate, (node) => labelNode(node, label))
        afterAbstract = label === 'abstract'
        // No dek follows the body’s label.
        if (label === 'fullText') deks = 2
        at++
        continue
      }

      if (isByline(text)) {
        const parts = bylineParts(text)
        set(candidate, (node) => bylineNode(node, parts))
        authors = parts.authors
        at++
        continue
      }

      // “Reporting from Washington” under the byline: where its authors
      // wrote from, a line of the byline.
      if (authors.length > 0 && reportingFrom.test(text)) {
        set(candidate, (node) => bylineNode(node, {authors: [], organization: null}))
        at++
        continue
      }

      // An opinion writer's tagline under the byline: “Ms. Delgado is a
      // hydrologist at the University of Arizona.” (a bio of an author named
      // above it).
      const tagline = authorTagline(text, authors)
      if (tagline) {
        set(candidate, (node) => trailerNode(node, 'bio', [tagline]))
        at++
        continue
      }

      const box = authorBox(text)
      if (box) {
        set(candidate, (node) => bylineNode(node, {authors: box, organization: null}))
        at++
        continue
      }

      // Names with no “By” right under the headline or its dek.
      const named = hasHeadline ? topByline(text) : undefined
      if (named) {
        set(candidate, (node) => bylineNode(node, named))
        at++
        continue
      }

      // A publication stamp of its own (“Published\n7 December 2024”).
      if (isStamp(text)) {
        set(candidate, timestampNode)
        at++
        continue
      }

      // A trailer that may stand anywhere is no dek. A page’s button or
      // call-out (“Share”, “Share on Facebook”, “Advertisement”) is named
      // here, and what follows may still be the byline; any other
      // (“Editor’s note: …”) ends the head, and the body, read below,
      // names it.
      const trailer = trailerOf(text, false, options.trailers)
      if (trailer === 'promo' || trailer === 'social') {
        set(candidate, (node) => trailerNode(node, trailer, []))
        if (at === beforeDek + 1) beforeDek = at
        at++
        continue
      }
      if (trailer) break

      const sentence = firstSentence(candidate.node, value)

      if (
        options.dek &&
        hasHeadline &&
        deks < 2 &&
        at + 1 < count &&
        text.length <= maxDek &&
        (afterAbstract ||
          summaryBox.test(text) ||
          (deks === 0 && at === beforeDek + 1 && /;\s*$/.test(first?.text ?? '')) ||
          // A block of words between the headline and a byline or a dateline
          // (not a name or a place alone: “Headingley”).
          (deks === 0 &&
            at === beforeDek + 1 &&
            candidate.node.children.length > 0 &&
            (text.match(wordPattern)?.length ?? 0) >= 5 &&
            !opensWithDateline(text) &&
            opensBody((candidates[at + 1] as Candidate).text)) ||
          (sentence !== undefined && repeatedAfter(at, sentence)) ||
          unpunctuatedDek(candidates, at, beforeDek, deks) ||
          twoLineDek(candidates, at, beforeDek, deks))
      ) {
        set(candidate, (node) => ({type: 'DekNode', children: node.children, ...where(node)}))
        deks++
        afterAbstract = false
        at++
        continue
      }

      break
    }

    // Trailers: the run of blocks that ends the article; first, a heading
    // of links and the links after it, each a line with no final
    // punctuation (“Related Articles”, “Senate leaders meet”, …).
    let end = count - 1
    let links = end
    while (
      links > at &&
      isLinks((candidates[links] as Candidate).text) &&
      !linksHeadingPattern.test((candidates[links] as Candidate).text)
    )
      links--
    if (
      links < end &&
      links > at &&
      linksHeadingPattern.test((candidates[links] as Candidate).text)
    ) {
      for (let index = links; index <= end; index++)
        set(candidates[index] as Candidate, (node) => trailerNode(node, 'promo', []))
      end = links - 1
    }

    while (end >= at) {
      const candidate = candidates[end] as Candidate
      // A rule between trailers (AP’s “___”, Markdown only: no text; a
      // press release’s “###”) goes on with them, and stays a paragraph.
      if (end > at && (candidate.text === '' || endMark.test(candidate.text))) {
        end--
        continue
      }
      // A press release’s boilerplate about the company: its heading (“About
      // Acme Robotics”), with the paragraph in its block or in the next.
      const kind = aboutHeading.test(candidate.text)
        ? 'bio'
        : (trailerOf(candidate.text, true, options.trailers, leadSentence(candidate.node, value)) ??
          (end > at && aboutHeading.test((candidates[end - 1] as Candidate).text)
            ? 'bio'
            : undefined))
      if (!kind) break
      const authors = trailerAuthors(kind, candidate.text)
      set(candidate, (node) => trailerNode(node, kind, authors))
      end--
    }

    // The body: labels, subheadings, and trailers that can stand anywhere.
    // (An explainer asks its questions as headings: with one that asks as
    // they do, its other questions are headings too.)
    let explainer = false
    for (let index = at + 1; index < end && !explainer; index++)
      explainer =
        isSubheading((candidates[index] as Candidate).text) &&
        isQuestionHeading((candidates[index] as Candidate).text)
    for (let index = at; index <= end; index++) {
      const candidate = candidates[index] as Candidate
      const text = candidate.text
      const label = labelKind(text)
      const kind = trailerOf(text, false, options.trailers)

      if (label) {
        set(candidate, (node) => labelNode(node, label))
      } else if (kind) {
        const authors = trailerAuthors(kind, text)
        set(candidate, (node) => trailerNode(node, kind, authors))
      } else if (isByline(text)) {
        // A byline after the first paragraph (a wire dateline above it).
        set(candidate, (node) => bylineNode(node, bylineParts(text)))
      } else if (timestampPattern.test(text) || isStamp(text)) {
        set(candidate, timestampNode)
      } else if (
        (index > at || timedHeading(text)) &&
        index < end &&
        isSubheading(text, explainer)
      ) {
        set(candidate, (node) => ({
          type: 'SubheadingNode',
          kind: 'heading',
          children: node.children,
          ...where(node),
        }))
      }
    }

    tree.children = tree.children.map((node, index) => named.get(index) ?? node)
  }
}

/** The position of a node, as a spreadable object. */
function where(node: Paragraph): Pick<Paragraph, 'position' | 'data'> {
  // Keep what extensions put on the paragraph: its position and its data.
  return {
    ...(node.position ? {position: node.position} : {}),
    ...(node.data ? {data: node.data} : {}),
  }
}

/** A trailer made of a paragraph. */
function trailerNode(node: Paragraph, kind: TrailerKind, authors: string[]): RootContent {
  return {type: 'TrailerNode', kind, authors, children: node.children, ...where(node)}
}

/** A time stamp made of a paragraph. */
function timestampNode(node: Paragraph): RootContent {
  return {type: 'SubheadingNode', kind: 'timestamp', children: node.children, ...where(node)}
}

/**
 * Whether a block is a publication stamp: each of its lines a date, a time
 * or “Updated …” before them, with a number or such a word.
 */
function isStamp(text: string): boolean {
  return (
    text.length <= 200 &&
    stampStart.test(text) &&
    text
      .replace(gluedStamp, ' ')
      .split(lineBreak)
      .every((line) => stampWord.test(line) && stampLinePattern.test(` ${line.trim()}`))
  )
}

/** A label made of a paragraph. */
function labelNode(node: Paragraph, kind: LabelKind): RootContent {
  return {type: 'LabelNode', kind, children: node.children, ...where(node)}
}

/** A byline made of a paragraph. */
function bylineNode(node: Paragraph, parts: BylineParts): RootContent {
  return {type: 'BylineNode', ...parts, children: node.children, ...where(node)}
}

/**
 * A line of a byline that tells how to reach its author, no name: an email
 * address or a handle (“jdoe@herald.com”, “@janedoe”, “Email: jdoe@…”).
 */
const contactLine =
  /^(?:(?:e-?mail|twitter|x)(?::\s*|\s+))?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,30})$/i

/** Authors and organisation of a byline. */
interface BylineParts {
  authors: string[]
  organization: string | null
}

/** A byline without its opener and a role in lower case after it: “By political reporter ”. */
function withoutOpener(text: string): string {
  return text.replace(bylineOpener, '').replace(bylineRole, '')
}

/**
 * Authors and organisation of a byline: “By Jane Doe and John Roe, Associated Press”.
 */
function bylineParts(byline: string): BylineParts {
  // Lines of dates and times under the names (“Published 9:14 AM EST, …”)
  // name no one.
  const text = withoutStamp(withoutStampLines(byline))
    .split(lineBreak)
    .filter((line, index) => index === 0 || !contactLine.test(line.trim()))
    .join('\n')
  // “Al Jazeera Staff”: a newsroom, no author.
  const staff = staffOf(text)
  if (staff !== undefined) return {authors: [], organization: staff}
  // “Gwyn Topham Transport correspondent”: the names before the role (after
  // “By”: “By Chris Mason, Political editor”).
  const role = roleBylinePattern.exec(withoutOpener(text))
  if (role) return {authors: splitNames(role[1] as string), organization: null}
  // “By Sarah Jones\nBBC News”: the organisation on a line of its own.
  const lines = text.split(lineBreak)
  const own = lines.length > 1 ? (lines.at(-1) as string).trim() : ''
  if (own && organizationWords.test(own) && !/^by\s/i.test(own)) {
    const names = lines
      .slice(0, -1)
      .join(' ')
      .replace(/^by\s+/i, '')
      .replace(/(?<![,.\s])[,.\s]+$/, '')
    return {authors: splitNames(names), organization: own}
  }
  // (A role or an organisation after a bar or a dash, as after a comma:
  // “By Tom Reyes - Staff Writer”.)
  const rest = withoutOpener(text)
    .replace(/\s[|·•–—-]\s(?!\S+@)/g, ', ')
    .replace(/(?<!\s)\s+\|\s+(?=\S+@\S)\S+$/, '')
    .replace(/(?<![.\s])[.\s]+$/, '')
  const comma = rest.lastIndexOf(',')
  const tail = comma === -1 ? '' : rest.slice(comma + 1).trim()
  const organization =
    tail && !/\b(?:and|&)\b/.test(tail) && (organizationWords.test(tail) || !twoNames.test(tail))
      ? tail
      : null
  if (organization) return {authors: splitNames(rest.slice(0, comma)), organization}
  // “By JOHN HANNA and MARGERY A. BECK Associated Press”: an agency after
  // the names, with no comma.
  const agency = trailingAgency.exec(rest)
  return agency
    ? {authors: splitNames(rest.slice(0, agency.index)), organization: (agency[1] as string).trim()}
    : {authors: splitNames(rest), organization: null}
}
