/**
 * Output formats of the command line, as pure functions of a parsed article.
 */

import {type QuoteRecord, quotes, type Root} from '../index.js'
import {type Outline, outline} from '../lib/outline.js'

/** A parsed article. */
export interface Article {
  /** Name of the file it was read from (`'<stdin>'` for standard input). */
  file: string
  /** Its tree. */
  tree: Root
}

/** How long a quote may be in an outline before it is shortened. */
const quoteLength = 100

/** How long a speaker’s role may be in an outline before it is shortened. */
const roleLength = 50

/** Width of the labels in the column on the left of an outline. */
const labelWidth = 10

/**
 * The `json` format: the tree, indented with two spaces.
 *
 * @param tree
 *   Tree.
 * @returns
 *   JSON, ending in a line feed.
 */
export function toJson(tree: Root): string {
  return `${JSON.stringify(tree, null, 2)}\n`
}

/**
 * The `quotes` format: the records of `quotes(tree)` as a JSON array.
 *
 * @param tree
 *   Tree.
 * @returns
 *   JSON, ending in a line feed.
 */
export function toQuotesJson(tree: Root): string {
  return `${JSON.stringify(quotes(tree), null, 2)}\n`
}

/**
 * The `json` and `quotes` formats for several files: a JSON array of
 * `{file, tree}` or `{file, quotes}` objects.
 *
 * @param articles
 *   Parsed articles.
 * @param format
 *   Format.
 * @returns
 *   JSON, ending in a line feed.
 */
export function toJsonList(articles: readonly Article[], format: 'json' | 'quotes'): string {
  const values = articles.map((article) =>
    format === 'json'
      ? {file: article.file, tree: article.tree}
      : {file: article.file, quotes: quotes(article.tree)},
  )
  return `${JSON.stringify(values, null, 2)}\n`
}

/** One line of the `ndjson` format. */
export interface NdjsonRecord {
  /** Name of the file. */
  file: string
  /** Its quotes. */
  quotes: QuoteRecord[]
  /** Its outline. */
  outline: Outline
}

/**
 * The `ndjson` format: one line of JSON for one article.
 *
 * @param article
 *   Parsed article.
 * @returns
 *   One line of JSON, ending in a line feed.
 */
export function toNdjsonLine(article: Article): string {
  return toNdjsonRecordLine({
    file: article.file,
    quotes: quotes(article.tree),
    outline: outline(article.tree),
  })
}

/**
 * The `ndjson` format, from records already made (by `parseMany`).
 *
 * @param record
 *   File, quotes and outline.
 * @returns
 *   One line of JSON, ending in a line feed.
 */
export function toNdjsonRecordLine(record: NdjsonRecord): string {
  const {file, quotes, outline} = record
  return `${JSON.stringify({file, quotes, outline} satisfies NdjsonRecord)}\n`
}

/**
 * The `outline` format: a readable outline of an article and its quotes.
 *
 * @param tree
 *   Tree.
 * @returns
 *   Text, ending in a line feed.
 */
export function toOutline(tree: Root): string {
  const info = outline(tree)
  const records = quotes(tree)
  const lines: string[] = [info.headline === null ? '(no headline)' : clean(info.headline), '']

  for (const dek of info.deks) lines.push(row('dek', clean(dek)))
  lines.push(row('byline', info.byline ? byline(info.byline) : '—'))
  lines.push(row('dateline', info.dateline ? dateline(info.dateline) : '—'))
  for (const label of info.labels) lines.push(row('label', `${label.kind}: ${clean(label.text)}`))

  const subheadings = info.subheadings.length
  let body = plural(info.paragraphs, 'paragraph')
  if (subheadings > 0) body += `, ${plural(subheadings, 'subheading')}`
  lines.push(row('body', body))

  if (subheadings > 0 && subheadings <= 12) {
    for (const subheading of info.subheadings) {
      const kind = subheading.kind === 'timestamp' ? 'time' : 'heading'
      lines.push(row('', `${kind}: ${clean(subheading.text)}`))
    }
  }

  for (const trailer of info.trailers) {
    let text = `${trailer.kind}: ${shorten(clean(trailer.text), quoteLength)}`
    if (trailer.authors.length > 0) text += ` (${trailer.authors.join(', ')})`
    lines.push(row('trailer', text))
  }

  lines.push('', row('quotes', records.length === 0 ? 'none' : countKinds(records)))

  const numberWidth = String(records.length).length

  records.forEach((record, index) => {
    const number = String(index + 1).padStart(numberWidth + 2)
    lines.push(`${number}  ${record.kind.padEnd(8)}  ${quoteText(record)}`)
    lines.push(`${' '.repeat(numberWidth + 14)}— ${attribution(record)}`)
  })

  return `${lines.join('\n')}\n`
}

/**
 * Shorten text to at most about `length` characters, at a word boundary,
 * with an ellipsis.
 *
 * @param text
 *   Text.
 * @param length
 *   Most characters to keep.
 * @returns
 *   Text, shortened if it was longer.
 */
export function shorten(text: string, length: number): string {
  if (text.length <= length) return text
  const cut = text.slice(0, length)
  const space = cut.lastIndexOf(' ')
  const kept = space > length / 2 ? cut.slice(0, space) : cut
  return `${kept.replace(/(?<![\s,;:])[\s,;:]+$/, '')}…`
}

function quoteText(record: QuoteRecord): string {
  const text = shorten(clean(record.text), quoteLength)
  return record.kind === 'direct' || record.kind === 'partial' ? `“${text}”` : text
}

function attribution(record: QuoteRecord): string {
  const speaker = record.speaker
  let result: string

  if (speaker) {
    const mention = clean(speaker.text)
    const name = speaker.name === null ? null : clean(speaker.name)

    if (name === null) {
      result = `${mention} → ?`
    } else if (mention.toLowerCase().includes(name.toLowerCase())) {
      // The mention names the speaker (“Jim McGovern, a Democrat”): the name is enough.
      result = name
      if (speaker.role) result += ` (${shorten(clean(speaker.role), roleLength)})`
    } else {
      result = `${mention} → ${name}`
    }

    if (speaker.anonymous) result += ' [anonymous]'
  } else {
    result = record.cue ? '?' : 'unattributed'
  }

  if (record.cue) result += `, ${clean(record.cue.text)}`
  if (record.addressee) result += ` ${record.cue ? '' : 'to '}${clean(record.addressee.text)}`
  return result
}

function countKinds(records: readonly QuoteRecord[]): string {
  const counts = new Map<string, number>()
  for (const record of records) counts.set(record.kind, (counts.get(record.kind) ?? 0) + 1)
  const parts = ['direct', 'partial', 'indirect', 'mixed']
    .filter((kind) => counts.has(kind))
    .map((kind) => `${counts.get(kind)} ${kind}`)
  return `${records.length} (${parts.join(', ')})`
}

function byline(info: NonNullable<Outline['byline']>): string {
  const names = info.authors.length > 0 ? info.authors.join(', ') : clean(info.text)
  return info.organization ? `${names} · ${info.organization}` : names
}

function dateline(info: NonNullable<Outline['dateline']>): string {
  const parts: string[] = []
  if (info.place) parts.push(info.date ? `${info.place}, ${info.date}` : info.place)
  else if (info.date) parts.push(info.date)
  if (info.agency) parts.push(`(${info.agency})`)
  return parts.join(' ')
}

function row(label: string, value: string): string {
  return `  ${label.padEnd(labelWidth)}${value}`
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** Collapse white space (soft line breaks) for display on one line. */
function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
