/**
 * Split a document into blocks: stretches of text between line breaks.
 *
 * Some articles put a blank line between paragraphs (a single line break
 * inside a paragraph is then a soft wrap), others one line break per
 * paragraph. Which one a document uses is detected per document.
 */

/** A stretch of the document, by UTF-16 offsets (end exclusive). */
export interface Range {
  start: number
  end: number
}

interface Line extends Range {
  /** Whether the line holds only white space. */
  blank: boolean
}

/** Horizontal white space (not line breaks) as parse-latin counts white space. */
const horizontal = /[\t\v\f \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/

/**
 * Whether the character at an offset is horizontal white space (`horizontal`),
 * told without a regular expression for ASCII, as it is asked of the edges of
 * every line.
 */
function isHorizontal(value: string, index: number): boolean {
  const code = value.charCodeAt(index)
  if (code < 128) return code === 32 || code === 9 || code === 11 || code === 12
  return horizontal.test(value.charAt(index))
}

/** A line that ends a sentence: terminal punctuation, maybe closing marks after it. */
const sentenceEnd = /[.!?…:]["'”’»)\]]*$/

/** A line that starts a new sentence or paragraph. */
const sentenceStart = /^["'“‘«([]*[\p{Lu}\d]/u

/**
 * Longest line a hard wrap makes (wraps are at 60 to 80 characters); a longer
 * line is a paragraph of its own.
 */
const maxWrap = 100

/** A line that is an item of a list (“- Best actor …”, “~ Meet …”, “• …”, “2. …”). */
const listItem = /^(?:[-~*•·▪►–—]|\d{1,2}[.)]\s)/

/**
 * A line that opens with a quotation mark after a line that does not end a
 * sentence starts a new paragraph: a list of quotes, each signed
 * (“…” ― Pamela Padilla).
 */
const quotationStart = /^["“«„]/

/**
 * Split a document into lines, without their line breaks.
 */
function splitLines(value: string): Line[] {
  const lines: Line[] = []
  let start = 0
  // The next line feed and carriage return, found with `indexOf`, which is
  // many times faster than reading every character.
  let feed = value.indexOf('\n')
  let carriage = value.indexOf('\r')

  while (true) {
    const index = Math.min(
      feed === -1 ? value.length : feed,
      carriage === -1 ? value.length : carriage,
    )
    lines.push({start, end: index, blank: isBlank(value, start, index)})
    if (index === value.length) break
    start = index + (index === carriage && value.charCodeAt(index + 1) === 10 ? 2 : 1)
    if (feed !== -1 && feed < start) feed = value.indexOf('\n', start)
    if (carriage !== -1 && carriage < start) carriage = value.indexOf('\r', start)
  }

  return lines
}

function isBlank(value: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (!isHorizontal(value, index)) return false
  }

  return true
}

/**
 * Trim horizontal white space from both ends of a range.
 */
function trim(value: string, range: Range): Range {
  let {start, end} = range
  while (start < end && isHorizontal(value, start)) start++
  while (end > start && isHorizontal(value, end - 1)) end--
  return {start, end}
}

/**
 * How many of the line breaks inside a group of lines fall inside a sentence
 * (the line does not end one, or the next does not start one); a break
 * before an item of a list does not, nor one after a line longer than
 * `longest`.
 */
function breaksInside(value: string, group: Line[], longest = Number.POSITIVE_INFINITY): number {
  let inside = 0

  for (let index = 0; index < group.length - 1; index++) {
    const line = group[index] as Line
    const next = group[index + 1] as Line
    const text = value.slice(line.start, line.end).trimEnd()
    const following = value.slice(next.start, next.end).trimStart()

    if (text.length > longest || listItem.test(following) || quotationStart.test(following))
      continue
    if (!sentenceEnd.test(text) || !sentenceStart.test(following)) inside++
  }

  return inside
}

/**
 * Whether a group of lines is one paragraph hard-wrapped over several lines,
 * rather than one paragraph per line: most of its breaks fall inside a
 * sentence.
 */
function isSoftWrapped(value: string, group: Line[]): boolean {
  return breaksInside(value, group) * 2 >= group.length - 1
}

/**
 * Split a document into blocks.
 *
 * @param value
 *   Document.
 * @returns
 *   Ranges of blocks, in order, trimmed of horizontal white space; what lies
 *   between them is white space.
 */
export function splitBlocks(value: string): Range[] {
  const lines = splitLines(value)
  const groups: Line[][] = []
  let group: Line[] = []
  let single = 0
  let blank = 0
  let previousBlank = false

  for (const line of lines) {
    if (line.blank) {
      if (group.length > 0) groups.push(group)
      group = []
      previousBlank = true
      continue
    }

    if (group.length > 0) single++
    else if (groups.length > 0 && previousBlank) blank++
    group.push(line)
    previousBlank = false
  }

  if (group.length > 0) groups.push(group)

  // One line break per paragraph: every line is a block. Many more single
  // breaks than blank lines mean that, unless most single breaks fall inside
  // sentences: then paragraphs are blank-line separated and hard-wrapped.
  // (The first group holds the headline and dek: its breaks do not count.)
  let wrapped = 0
  let breaks = 0

  for (const lines of groups.slice(1)) {
    wrapped += breaksInside(value, lines, maxWrap)
    breaks += lines.length - 1
  }

  const linePerParagraph = blank === 0 || (single > blank * 2 && wrapped * 2 < breaks)
  const blocks: Range[] = []

  for (const [index, lines] of groups.entries()) {
    if (
      lines.length > 1 &&
      !linePerParagraph &&
      // The first group holds the headline and dek: they are not wrapped.
      index > 0 &&
      isSoftWrapped(value, lines)
    ) {
      const first = lines[0] as Line
      const last = lines[lines.length - 1] as Line
      blocks.push(trim(value, {start: first.start, end: last.end}))
    } else {
      for (const line of lines) blocks.push(trim(value, line))
    }
  }

  return blocks
}
