/**
 * `quotes`: every quote in a tree as plain records.
 */

import type {Node, Parent} from 'unist'
import type {
  Addressee,
  Attribution,
  Cue,
  Nodes,
  Quote,
  QuoteRecord,
  Root,
  Span,
  Speaker,
  SpeakerRecord,
} from '../types.js'
import {documentOf} from './documents.js'

/** Opening quotation marks stripped from a quote’s text. */
const openingMarks = /^(?:[“”„«‘"']|``)+/
/** Marks that close a quotation (`''` is two of `'`). */
const closingMarks: ReadonlySet<string> = new Set(['”', '“', '»', '’', '"', "'"])

/**
 * Text without the closing marks at its end, with a comma inside or after
 * each (“…,”’, “…”,’), read back from the end once (a pattern anchored at
 * the end would be tried again from every mark in a run of them); the marks
 * that close quotations opened inside the text stay (“… and say ‘what a
 * mess’”).
 */
function withoutClosingMarks(text: string): string {
  let at = text.length
  if (text.charAt(at - 1) === ',') at--
  let cut = -1
  let marks = 0

  while (closingMarks.has(text.charAt(at - 1))) {
    at--
    marks++
    if (text.charAt(at - 1) === ',') at--
    cut = at
  }

  if (cut === -1) return text
  let words = text.slice(0, cut)
  // (Most quotations close with one mark and hold no other: the scan of
  // their words is spared.)
  if (marks === 1 && !innerOpener.test(words)) return words
  const open = openInside(words)

  // Innermost first, as they were typed.
  for (let index = cut; index < text.length && open.length > 0; index++) {
    const mark = text.charAt(index)
    if (mark === ',') continue
    if (closerOf(open[open.length - 1] as string) !== mark) break
    words += mark
    open.pop()
  }

  return words
}

/** The mark that closes a quotation opened with `mark`. */
function closerOf(mark: string): string {
  return mark === '“' ? '”' : mark === '‘' ? '’' : mark
}

/**
 * The opening marks of the quotations left open in `text`, outermost first:
 * curly marks, and straight ones that open words (`'` after a space or a
 * mark, before a letter; not an apostrophe, nor an elision: “'em”).
 */
function openInside(text: string): string[] {
  const open: string[] = []

  for (let index = 0; index < text.length; index++) {
    const mark = text.charAt(index)
    const top = open[open.length - 1]
    if (mark === '“' || mark === '‘') open.push(mark)
    else if ((mark === '”' && top === '“') || (mark === '’' && top === '‘')) open.pop()
    else if (mark === '"') {
      if (top === '"') open.pop()
      else open.push(mark)
    } else if (mark === "'") {
      const before = text.charAt(index - 1)
      const after = text.charAt(index + 1)
      if (top === "'" && !letter.test(after)) open.pop()
      else if (
        (before === '' || /[\s“"(—-]/.test(before)) &&
        letter.test(after) &&
        !elision.test(text.slice(index + 1, index + 7))
      )
        open.push(mark)
    }
  }

  return open
}

const letter = /[\p{L}\p{N}]/u
/** A mark that may open a quotation inside (a straight single one, more often an apostrophe, aside). */
const innerOpener = /[“‘"]/
/** Words whose first letters an apostrophe stands for (“get 'em out”, “the '90s”). */
const elision = /^(?:em|til|cause|bout|n|tis|twas|\d\ds?)\b/i

/**
 * The words of a span without its enclosing quotation marks: the opening
 * mark, and the closing one (with a comma just inside it); reported speech
 * keeps the marks of the quotations inside it.
 */
function unquote(text: string, quoted: boolean): string {
  if (!quoted) return text.trim()
  return withoutClosingMarks(text.replace(openingMarks, '')).trim()
}

interface Parts {
  subject: string | null
  speaker?: Speaker | undefined
  cue?: Cue
  addressee?: Addressee
}

function spanOf(node: Node, value: string | undefined, end?: number): Span | undefined {
  const start = node.position?.start.offset
  const last = node.position?.end.offset
  if (start === undefined || last === undefined) return undefined
  // Slicing the document is cheaper than joining the words, when they match
  // it (`end`: where the words were found to end, if known).
  const text =
    value !== undefined && (end ?? matches(node as Parent, value, start)) === last
      ? value.slice(start, last)
      : textOf(node as Nodes)
  return {text, start, end: last}
}

/**
 * Whether the words of a parent stand in `value` from `offset` on: the
 * offset after them if so, `-1` if not.
 */
function matches(node: Parent, value: string, offset: number): number {
  let at = offset

  // Fields are read rather than tested with `in`, which is slow on nodes of
  // many shapes.
  for (const child of node.children as Loose[]) {
    const leaf = child.value
    if (leaf !== undefined) at = value.startsWith(leaf, at) ? at + leaf.length : -1
    // A node of neither text nor children (one of a plugin’s) has no words.
    else if (child.children !== undefined) at = matches(child as Parent, value, at)
    if (at === -1) break
  }

  return at
}

/**
 * The text of a node: what `nlcst-to-string` gives, built in one loop.
 */
function textOf(node: Nodes): string {
  if ('value' in node) return node.value
  let text = ''
  for (const child of node.children) text += textOf(child as Nodes)
  return text
}

/** What a walk finds: quotes and attributions, and where the words of each quote end. */
interface Found {
  /** Text of the document, if known. */
  value: string | undefined
  visit: (node: Quote | Attribution) => void
  /** Offset where the words of each quote end in `value`, `-1` where they do not match it. */
  ends: Map<Quote, number>
}

/**
 * Visit the quotes and attributions below a node, in reading order: they
 * stand in sentences (or in each other), never inside words. Outside quotes,
 * words and other leaves are passed unread; inside them (`at` is not `-1`),
 * their text is compared with the document on the way, from offset `at`,
 * so that a quote’s words are read once.
 *
 * @returns
 *   Offset after the words read, `-1` when they do not match the document or
 *   are not compared.
 */
function walk(node: Parent, at: number, found: Found): number {
  const value = found.value as string

  for (const child of node.children as Loose[]) {
    const type = child.type

    if (type === 'WordNode') {
      if (at !== -1) at = matches(child as Parent, value, at)
      continue
    }

    const text = child.value

    if (text !== undefined) {
      if (at !== -1) at = value.startsWith(text, at) ? at + text.length : -1
      continue
    }

    if (type === 'QuoteNode') {
      const quote = child as Quote
      found.visit(quote)
      // Compared only when the document is known (and the quote placed in it).
      const own = found.value === undefined ? -1 : (quote.position?.start.offset ?? -1)
      const end = walk(quote, own, found)
      found.ends.set(quote, end)
      // The words of a quote inside a quote are read for both; a quote that
      // does not stand where the words before it end does not match.
      at = at === own ? end : -1
      continue
    }

    if (type === 'AttributionNode') found.visit(child as Attribution)
    // A node of neither text nor children (one of a plugin’s) has no words.
    if (child.children !== undefined) at = walk(child as Parent, at, found)
  }

  return at
}

/** A node, as the walk reads it. */
interface Loose {
  type: string
  value?: string
  children?: unknown[]
}

/**
 * Get every quote in a tree, in reading order, as plain objects to print or
 * serialise.
 *
 * @example
 * ```ts
 * import {parseNews, quotes} from 'retext-news'
 *
 * const tree = parseNews('“It is over,” the mayor said.')
 * console.log(quotes(tree)[0]?.speaker?.text) // => 'the mayor'
 * ```
 *
 * @param tree
 *   Tree made by `parseNews` or the `retextNews` plugin.
 * @returns
 *   Quote records; the pieces of one quote are joined in one record.
 */
export function quotes(tree: Root): QuoteRecord[] {
  const pieces = new Map<string, Quote[]>()
  const attributions = new Map<string, Parts>()

  // The text the tree was parsed from, to slice spans out of and to join the
  // pieces of a quote with what stands between them; not when a transformer
  // changed the words.
  const known = documentOf(tree)
  const ends = new Map<Quote, number>()
  walk(tree, -1, {
    value: known,
    ends,
    visit(node) {
      if (node.type === 'QuoteNode') {
        const list = pieces.get(node.identifier)
        if (list) list.push(node)
        else pieces.set(node.identifier, [node])
      } else {
        attributions.set(node.identifier, partsOf(node))
      }
    },
  })

  // An attribution without a speaker shares the speaker of its subject.
  for (const parts of attributions.values()) {
    if (!parts.speaker && parts.subject) parts.speaker = attributions.get(parts.subject)?.speaker
  }

  const records: QuoteRecord[] = []
  // The spans of each quote, in the order of `pieces`.
  const spansOf: Span[][] = []
  let value = known

  for (const nodes of pieces.values()) {
    const spans: Span[] = []
    for (const node of nodes) {
      const span = spanOf(node, value, ends.get(node))
      if (!span) continue
      spans.push(span)
      // A piece that is not the document’s text: do not join pieces with it.
      if (value !== undefined && span.text !== value.slice(span.start, span.end)) value = undefined
    }
    spansOf.push(spans)
  }

  for (const [identifier, nodes] of pieces) {
    const head = nodes[0] as Quote
    const parts = head.attribution ? attributions.get(head.attribution) : undefined
    const spans = merge(spansOf[records.length] as Span[], value)
    const quoted = head.kind === 'direct' || head.kind === 'partial'
    const text = spans.map((span) => unquote(span.text, quoted)).join(' ')

    records.push({
      identifier,
      kind: head.kind,
      text,
      spans,
      speaker: parts?.speaker ? speakerRecord(parts.speaker, known) : null,
      attribution: parts ? head.attribution : null,
      cue: parts?.cue ? (spanOf(parts.cue, known) ?? null) : null,
      cueClass: parts?.cue ? parts.cue.cueClass : null,
      addressee: parts?.addressee ? (spanOf(parts.addressee, known) ?? null) : null,
    })
  }

  return records.sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0))
}

function partsOf(node: Attribution): Parts {
  const parts: Parts = {subject: node.subject}
  const visit = (parent: Nodes): void => {
    for (const child of (parent as Parent).children as Nodes[]) {
      const type = child.type
      if (type === 'SpeakerNode') parts.speaker ??= child
      else if (type === 'CueNode') parts.cue ??= child
      else if (type === 'AddresseeNode') parts.addressee ??= child
      if (type !== 'WordNode' && 'children' in child && child.children.length > 0) visit(child)
    }
  }

  visit(node)
  return parts
}

function speakerRecord(node: Speaker, value: string | undefined): SpeakerRecord | null {
  const span = spanOf(node, value)
  if (!span) return null
  const {text, start, end} = span
  return {text, start, end, name: node.name, role: node.role, anonymous: node.anonymous}
}

/**
 * Merge the sentence pieces of a quote that touch in the text (only white
 * space between them, in one paragraph) into one span: a span is a stretch
 * of content, not a sentence. Without the text, pieces stay apart.
 */
function merge(spans: Span[], value: string | undefined): Span[] {
  if (value === undefined) return spans
  const result: Span[] = []

  for (const span of spans) {
    const previous = result[result.length - 1]

    // Pieces in one paragraph (a quote cut by sentence boundaries) are one
    // span; a paragraph break starts a new one.
    const gap = previous ? value.slice(previous.end, span.start) : undefined
    if (previous && gap !== undefined && gap.trim() === '' && !/[\n\r]/.test(gap)) {
      previous.end = span.end
      previous.text = value.slice(previous.start, previous.end)
    } else {
      result.push({...span})
    }
  }

  return result
}
