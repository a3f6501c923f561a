/**
 * The `html` format: a standalone web page of articles, with each quote
 * highlighted in a colour of its speaker.
 */

import {
  type Nodes,
  type QuoteRecord,
  quotes,
  type RootContent,
  toString as textOf,
} from '../index.js'
import type {Article} from './format.js'

/** What is known about the quotes of one article, by quote identifier. */
type Records = ReadonlyMap<string, QuoteRecord>

/** Blocks that open an article and go in its `<header>`. */
const headerTypes = new Set<string>(['HeadlineNode', 'DekNode', 'BylineNode', 'LabelNode'])

const style = `
body { max-width: 42rem; margin: 2rem auto; padding: 0 1rem; color: #1d1d1f; background: #fff;
  font: 1.0625rem/1.6 Georgia, 'Times New Roman', serif; }
article + article { border-top: 3px double #ccc; margin-top: 3rem; padding-top: 1rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .5rem; }
h2.subheading { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
.dek { font-size: 1.2rem; color: #444; margin-top: 0; }
.byline, .label, .speakers, footer { font-family: system-ui, sans-serif; font-size: .9rem; }
.label { text-transform: uppercase; letter-spacing: .05em; color: #a31515; }
.dateline { font-weight: bold; }
q.quote { quotes: none; }
q.quote::before, q.quote::after { content: none; }
.quote { border-radius: .2em; padding: 0 .1em; color: inherit;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.quote[title] { cursor: help; }
.speaker { text-decoration: underline dotted; }
.cue { font-style: italic; }
footer { border-top: 1px solid #ddd; margin-top: 2rem; color: #555; }
.speakers ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem .75rem; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: .2em;
  vertical-align: -.05em; margin-right: .3em; }
`.trim()

/**
 * The `html` format: a standalone page with an `<article>` per article.
 *
 * Each piece of a quote is a `<q class="quote">` (a `<mark class="quote">`
 * for reported speech without quotation marks) with its text exactly as in
 * the input, a background colour chosen from the speaker’s name, a `title`
 * that says who said it, and `data-quote`, `data-kind`, `data-speaker`,
 * `data-cue`, `data-addressee` attributes (empty when not known).
 *
 * @param articles
 *   Parsed articles.
 * @returns
 *   HTML document, ending in a line feed.
 */
export function toHtml(articles: readonly Article[]): string {
  const first = articles[0]
  const title =
    articles.length === 1 && first
      ? (headlineOf(first) ?? first.file)
      : `retext-news: ${articles.length} articles`

  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="retext-news">',
    `<title>${escapeText(title)}</title>`,
    `<style>\n${style}\n</style>`,
    '</head>',
    '<body>',
    ...articles.map(renderArticle),
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

function headlineOf(article: Article): string | undefined {
  const headline = article.tree.children.find((node) => node.type === 'HeadlineNode')
  return headline ? textOf(headline).replace(/\s+/g, ' ').trim() : undefined
}

function renderArticle(article: Article): string {
  const records: Records = new Map(
    quotes(article.tree).map((record) => [record.identifier, record]),
  )
  const blocks = article.tree.children.filter((node) => node.type !== 'WhiteSpaceNode')
  let start = 0
  let end = blocks.length

  while (start < end && headerTypes.has((blocks[start] as RootContent).type)) start++
  while (end > start && (blocks[end - 1] as RootContent).type === 'TrailerNode') end--

  const render = (node: RootContent) => renderBlock(node, records)
  const lines = [`<article data-file="${escapeAttribute(article.file)}">`]

  // (Block by block: an article of a hundred thousand blocks overflows the
  // stack as the arguments of one call.)
  const add = (from: number, to: number) => {
    for (let index = from; index < to; index++) lines.push(render(blocks[index] as RootContent))
  }

  if (start > 0) {
    lines.push('<header>')
    add(0, start)
    lines.push('</header>')
  }
  add(start, end)
  const legend = renderSpeakers(records)
  if (legend) lines.push(legend)
  if (end < blocks.length) {
    lines.push('<footer>')
    add(end, blocks.length)
    lines.push('</footer>')
  }
  lines.push('</article>')
  return lines.join('\n')
}

function renderBlock(node: RootContent, records: Records): string {
  const content = renderInline(node, records)

  switch (node.type) {
    case 'HeadlineNode':
      return `<h1 class="headline">${content}</h1>`
    case 'DekNode':
      return `<p class="dek">${content}</p>`
    case 'BylineNode':
      return `<p class="byline"${attributes({'data-authors': node.authors.join('; ')})}>${content}</p>`
    case 'LabelNode':
      return `<p class="label"${attributes({'data-kind': node.kind})}>${content}</p>`
    case 'SubheadingNode':
      return `<h2 class="subheading"${attributes({'data-kind': node.kind})}>${content}</h2>`
    case 'TrailerNode':
      return `<p class="trailer"${attributes({'data-kind': node.kind, 'data-authors': node.authors.join('; ')})}>${content}</p>`
    default:
      return `<p>${content}</p>`
  }
}

function renderInline(node: Nodes, records: Records): string {
  if ('value' in node) return escapeText(node.value)

  const content = node.children.map((child) => renderInline(child as Nodes, records)).join('')

  switch (node.type) {
    case 'QuoteNode': {
      const record = records.get(node.identifier)
      const speaker = record?.speaker
      const name = speaker ? (speaker.name ?? speaker.text) : ''
      const tag = node.kind === 'indirect' ? 'mark' : 'q'
      const fields: Record<string, string> = {
        class: `quote quote-${node.kind}`,
        style: `background-color: ${colour(name, node.kind)}`,
        title: describe(node.kind, record),
        'data-quote': node.identifier,
        'data-kind': node.kind,
        'data-speaker': name,
        'data-cue': record?.cue?.text ?? '',
        'data-addressee': record?.addressee?.text ?? '',
      }
      if (speaker?.anonymous) fields['data-anonymous'] = 'true'
      return `<${tag}${attributes(fields)}>${content}</${tag}>`
    }
    case 'AttributionNode':
      return `<span class="attribution"${attributes({'data-attribution': node.identifier})}>${content}</span>`
    case 'SpeakerNode':
      return `<span class="speaker"${attributes({'data-name': node.name ?? ''})}>${content}</span>`
    case 'CueNode':
      return `<span class="cue">${content}</span>`
    case 'AddresseeNode':
      return `<span class="addressee">${content}</span>`
    case 'DatelineNode':
      return `<span class="dateline">${content}</span>`
    default:
      return content
  }
}

function renderSpeakers(records: Records): string | undefined {
  const counts = new Map<string, number>()

  for (const record of records.values()) {
    const name = record.speaker ? (record.speaker.name ?? record.speaker.text) : undefined
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1)
  }

  if (counts.size === 0) return undefined

  const items = [...counts].map(
    ([name, count]) =>
      `<li><span class="swatch" style="background-color: ${colour(name, 'direct')}"></span>${escapeText(name)} (${count})</li>`,
  )
  return `<aside class="speakers">\n<h2>Speakers</h2>\n<ul>\n${items.join('\n')}\n</ul>\n</aside>`
}

/** Text of the `title` attribute of a quote: who said it, how, to whom. */
function describe(kind: string, record: QuoteRecord | undefined): string {
  const lines = [`${kind} quote`]
  const speaker = record?.speaker

  if (speaker) {
    const named =
      speaker.name !== null && speaker.text.toLowerCase().includes(speaker.name.toLowerCase())
    let line = `Speaker: ${speaker.name ?? speaker.text}`
    if (speaker.name === null) line += ' (unresolved)'
    else if (!named) line += ` (“${speaker.text}”)`
    if (speaker.anonymous) line += ', anonymous'
    lines.push(line)
    if (speaker.role) lines.push(`Role: ${speaker.role}`)
  } else {
    lines.push('Speaker: unknown')
  }

  if (record?.cue) lines.push(`Cue: ${record.cue.text}`)
  if (record?.addressee) lines.push(`Addressee: ${record.addressee.text}`)
  return lines.join('\n')
}

/**
 * A background colour for a speaker, stable across runs: the hue comes from
 * a hash of the name. Unattributed quotes are grey; reported speech is paler.
 *
 * @param name
 *   Name of the speaker, empty when unknown.
 * @param kind
 *   Kind of quote.
 * @returns
 *   CSS colour.
 */
export function colour(name: string, kind: string): string {
  const lightness = kind === 'indirect' ? 92 : 84
  if (name === '') return `hsl(0 0% ${lightness}%)`
  return `hsl(${hash(name) % 360} 75% ${lightness}%)`
}

/** FNV-1a, 32 bits. */
function hash(value: string): number {
  let result = 0x811c9dc5

  for (let index = 0; index < value.length; index++) {
    result ^= value.charCodeAt(index)
    result = Math.imul(result, 0x01000193) >>> 0
  }

  return result
}

function attributes(fields: Readonly<Record<string, string>>): string {
  return Object.entries(fields)
    .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
    .join('')
}

/**
 * Escape text for HTML content.
 *
 * @param value
 *   Text.
 * @returns
 *   Escaped text.
 */
export function escapeText(value: string): string {
  return value.replace(/[&<>\0]/g, (character) => entities[character] ?? '')
}

/**
 * Escape text for a double-quoted HTML attribute value.
 *
 * @param value
 *   Text.
 * @returns
 *   Escaped text.
 */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"'\n\r\t\0]/g, (character) => entities[character] ?? '')
}

const entities: Partial<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
  '\0': '\uFFFD',
}
