/**
 * Reading gold attributions from brat standoff, as PolNeAR lays them out.
 *
 * A `T` line is a span: `T11	Content 256 377;463 616	text`, offsets in
 * UTF-16 code units, end exclusive, discontinuous fragments joined by `;`.
 * An `E` line links one attribution’s roles to spans:
 * `E2	Attribution:T8 Content:T7 Cue:T6 Source:T5`, or
 * `E3	Attribution-no-source:T19 Content:T13 Cue:T12`. brat numbers repeated
 * roles (`Content2:T22`); such roles are folded into their base role.
 *
 * Everything here is pure: no file system access.
 *
 * @module
 */

/** A stretch of text: UTF-16 offsets, end exclusive. */
export interface Fragment {
  start: number
  end: number
}

/** One gold attribution: its content, and its source and cue if annotated. */
export interface GoldAttribution {
  /** Identifier of the `E` line (`E2`). */
  id: string
  /** Content fragments, sorted by start. Never empty. */
  content: Fragment[]
  /** Source fragments, sorted; `null` when the attribution has no source. */
  source: Fragment[] | null
  /** Cue fragments, sorted; `null` when no cue is annotated. */
  cue: Fragment[] | null
}

/**
 * The annotation file of each article, from the names of the files in
 * `attributions/`: `NAME_ANNOTATOR.ann` (the annotator part holds no `_`);
 * when an article has several, the first in sorted order (code unit order).
 */
export function annotationFiles(files: readonly string[]): Map<string, string> {
  const result = new Map<string, string>()
  for (const file of [...files].sort()) {
    const name = /^(.+)_[^_]+\.ann$/.exec(file)?.[1]
    if (name !== undefined && !result.has(name)) result.set(name, file)
  }
  return result
}

/** A `T` line: a typed span. */
interface TextBound {
  type: string
  fragments: Fragment[]
}

/** Roles of an `E` line that are kept. */
type Role = 'Content' | 'Source' | 'Cue'

const textBoundLine = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t/
const eventLine = /^(E\d+)\t(.*)$/

/**
 * Parse `256 377;463 616` into fragments.
 */
export function parseFragments(value: string): Fragment[] {
  const fragments: Fragment[] = []
  for (const piece of value.split(';')) {
    const [start, end] = piece.trim().split(/\s+/).map(Number)
    if (start === undefined || end === undefined || Number.isNaN(start) || Number.isNaN(end)) {
      continue
    }
    fragments.push({start, end})
  }
  return sortFragments(fragments)
}

/**
 * Parse a `.ann` file into gold attributions, in the order of their `E` lines.
 *
 * Lines other than `T` and `E` lines (annotator notes, continuation lines of a
 * span text that contains a line break) are ignored; so are `E` lines without
 * content, which cannot be scored.
 */
export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, TextBound>()
  const events: Array<{id: string; args: string[]}> = []
  for (const line of ann.split(/\r?\n/)) {
    const bound = textBoundLine.exec(line)
    if (bound?.[1] && bound[2] && bound[3]) {
      spans.set(bound[1], {type: bound[2], fragments: parseFragments(bound[3])})
      continue
    }
    const event = eventLine.exec(line)
    if (event?.[1] && event[2] !== undefined) {
      events.push({id: event[1], args: event[2].trim().split(/\s+/).filter(Boolean)})
    }
  }
  const attributions: GoldAttribution[] = []
  for (const event of events) {
    const attribution = toAttribution(event.id, event.args, spans)
    if (attribution) attributions.push(attribution)
  }
  return attributions
}

/**
 * Build one attribution from the arguments of its `E` line. The first argument
 * is the trigger (`Attribution:T8`); the rest are roles.
 */
function toAttribution(
  id: string,
  args: string[],
  spans: Map<string, TextBound>,
): GoldAttribution | null {
  const roles: Record<Role, Fragment[]> = {Content: [], Source: [], Cue: []}
  const seen = new Set<Role>()
  for (const arg of args.slice(1)) {
    const [rawRole, ref] = arg.split(':')
    const role = baseRole(rawRole)
    const span = ref === undefined ? undefined : spans.get(ref)
    if (!role || !span) continue
    roles[role].push(...span.fragments)
    seen.add(role)
  }
  if (roles.Content.length === 0) return null
  return {
    id,
    content: sortFragments(roles.Content),
    source: seen.has('Source') ? sortFragments(roles.Source) : null,
    cue: seen.has('Cue') ? sortFragments(roles.Cue) : null,
  }
}

/** `Content2` → `Content`; unknown roles → `null`. */
function baseRole(raw: string | undefined): Role | null {
  const role = raw?.replace(/\d+$/, '')
  return role === 'Content' || role === 'Source' || role === 'Cue' ? role : null
}

/** Fragments sorted by start, then end (a copy). */
export function sortFragments(fragments: readonly Fragment[]): Fragment[] {
  return [...fragments].sort((a, b) => a.start - b.start || a.end - b.end)
}

/**
 * Union of fragments: sorted, with overlapping or touching fragments merged.
 * Empty fragments are dropped.
 */
export function unionFragments(fragments: readonly Fragment[]): Fragment[] {
  const merged: Fragment[] = []
  for (const fragment of sortFragments(fragments)) {
    if (fragment.end <= fragment.start) continue
    const last = merged.at(-1)
    if (last && fragment.start <= last.end) {
      last.end = Math.max(last.end, fragment.end)
    } else {
      merged.push({start: fragment.start, end: fragment.end})
    }
  }
  return merged
}

/** Number of characters covered by the union of fragments. */
export function coveredLength(fragments: readonly Fragment[]): number {
  let total = 0
  for (const fragment of unionFragments(fragments)) total += fragment.end - fragment.start
  return total
}

/** Number of characters covered by both unions. */
export function overlapLength(a: readonly Fragment[], b: readonly Fragment[]): number {
  const left = unionFragments(a)
  const right = unionFragments(b)
  let total = 0
  let i = 0
  let j = 0
  while (i < left.length && j < right.length) {
    const x = left[i] as Fragment
    const y = right[j] as Fragment
    total += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start))
    if (x.end < y.end) i++
    else j++
  }
  return total
}

/** Whether the two sets of fragments share at least one character. */
export function overlaps(a: readonly Fragment[], b: readonly Fragment[]): boolean {
  return overlapLength(a, b) > 0
}

/**
 * The text of fragments, joined as they stand in the article: by a line break
 * when a line break separates them, else by a space.
 */
export function fragmentText(text: string, fragments: readonly Fragment[]): string {
  const sorted = sortFragments(fragments)
  let result = ''
  let previous: Fragment | undefined
  for (const fragment of sorted) {
    if (previous) {
      const gap = text.slice(previous.end, Math.max(previous.end, fragment.start))
      result += gap.includes('\n') ? '\n' : ' '
    }
    result += text.slice(fragment.start, fragment.end)
    previous = fragment
  }
  return result
}

/** Opening marks, longest first, with what may close each. */
const openers: ReadonlyArray<{open: string; close: readonly string[]}> = [
  {open: '``', close: ["''", '”']},
  {open: '“', close: ['”']},
  {open: '"', close: ['"']},
  {open: '‘', close: ['’']},
  {open: "'", close: ["'", '’']},
  {open: '«', close: ['»']},
]

const wordCharacter = /[\p{L}\p{N}]/u

/**
 * The opening mark that starts at `index`, if any. A single straight or curly
 * single quote opens only when not preceded by a letter or digit (else it is
 * an apostrophe: “don't”, “Clintons’”).
 */
function openerAt(value: string, index: number): (typeof openers)[number] | undefined {
  for (const opener of openers) {
    if (!value.startsWith(opener.open, index)) continue
    if (opener.open.length === 1 && (opener.open === "'" || opener.open === '‘')) {
      if (wordCharacter.test(value.charAt(index - 1))) continue
    }
    return opener
  }
  return undefined
}

/**
 * Length of the closing mark of `opener` at `index`, or 0. A closing single
 * quote must not be followed by a letter or digit (else it is an apostrophe).
 */
function closerAt(value: string, index: number, opener: (typeof openers)[number]): number {
  for (const close of opener.close) {
    if (!value.startsWith(close, index)) continue
    const single = close === "'" || close === '’'
    if (single && wordCharacter.test(value.charAt(index + 1))) continue
    return close.length
  }
  return 0
}

/**
 * The text of `value` that stands outside quotation marks.
 *
 * Scanning left to right: outside quotes, an opening mark (see `openers`)
 * starts a quoted stretch; the stretch ends at its closing mark, or at a line
 * break when left open (the news convention for a quote running over several
 * paragraphs: each paragraph reopens it, and only the last closes it). The
 * same curly mark (“ or ‘) opening again inside its own stretch nests.
 * A straight `"` stretch closes only at a straight `"`, so curly marks nest
 * inside it. Single marks are told from apostrophes by their neighbours (see
 * `openerAt`, `closerAt`); a plural possessive (“the parents’ view”) inside a
 * single-quoted stretch closes it early: a known limit, rare in US news.
 */
export function unquotedText(value: string): string {
  let outside = ''
  let opener: (typeof openers)[number] | undefined
  let depth = 0
  let index = 0
  while (index < value.length) {
    const character = value.charAt(index)
    if (!opener) {
      opener = openerAt(value, index)
      if (opener) {
        depth = 1
        index += opener.open.length
      } else {
        outside += character
        index++
      }
      continue
    }
    if (character === '\n') {
      opener = undefined
      outside += character
      index++
      continue
    }
    const closeLength = closerAt(value, index, opener)
    if (closeLength > 0) {
      depth--
      if (depth === 0) opener = undefined
      index += closeLength
      continue
    }
    if (opener.open !== '"' && opener.open !== "'" && value.startsWith(opener.open, index)) {
      depth++
    }
    index++
  }
  return outside
}

/** Whether `value`, after trimming, begins with an opening quotation mark. */
export function startsWithQuotationMark(value: string): boolean {
  const trimmed = value.trim()
  return openerAt(trimmed, 0) !== undefined
}

/**
 * Whether a gold content is a *direct quote*.
 *
 * The rule: take the content’s text from the article (fragments joined as by
 * `fragmentText`, so a paragraph break between fragments counts as one). It
 * is a direct quote when
 *
 * 1. after trimming white space, it begins with an opening quotation mark:
 *    “ " ' ‘ « or ``; and
 * 2. the quotation marks account for it: what stands outside quoted stretches
 *    (see `unquotedText`) holds no letter and no digit, only white space and
 *    punctuation such as a comma or full stop after the closing mark, or the
 *    space between two quoted fragments.
 *
 * So `“We will win,” ` and `“We will win.” “Soon.”` are direct quotes;
 * `that she would “fight on”` (does not begin with a mark) and
 * `“Fight on,” and that she would` (words outside the marks) are not.
 */
export function isDirectQuote(text: string, content: readonly Fragment[]): boolean {
  const value = fragmentText(text, content)
  if (!startsWithQuotationMark(value)) return false
  return !wordCharacter.test(unquotedText(value))
}
