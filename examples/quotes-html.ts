/**
 * Write an article as a standalone HTML page, with every quote highlighted
 * and the name of its speaker shown after it: a small renderer over the tree.
 *
 * Run: `npx tsx examples/quotes-html.ts [file] > article.html` (default: the
 * sample article).
 */

import {readFileSync} from 'node:fs'
import {type Nodes, parseNews, type Quote, quotes, type RootContent, toString} from 'retext-news'
import {visit} from 'unist-util-visit'

const path = process.argv[2] ?? new URL('sample-article.txt', import.meta.url)
const tree = parseNews(readFileSync(path, 'utf8'))

// Who said each quote, by quote identifier, from the records.
const speakers = new Map<string, string>()
for (const quote of quotes(tree)) {
  if (quote.speaker) speakers.set(quote.identifier, quote.speaker.name ?? quote.speaker.text)
}

// A quote can be split over sentences (several `QuoteNode`s with one
// identifier): its speaker is shown after its last piece.
const lastPiece = new Map<string, Quote>()
visit(tree, 'QuoteNode', (node) => {
  lastPiece.set(node.identifier, node)
})

/** Escape text for HTML content and attribute values. */
function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** Render a node inside a block: text escaped, quotes and speakers marked. */
function inline(node: Nodes): string {
  if ('value' in node) return escape(node.value)
  const content = node.children.map((child) => inline(child as Nodes)).join('')

  if (node.type === 'QuoteNode') {
    const id = node.identifier
    const mark = `<mark class="quote ${node.kind}" data-quote="${escape(id)}">${content}</mark>`
    const speaker = speakers.get(id)
    return speaker && lastPiece.get(id) === node
      ? `${mark}<span class="speaker">${escape(speaker)}</span>`
      : mark
  }

  if (node.type === 'SpeakerNode') return `<b>${content}</b>`
  if (node.type === 'DatelineNode') return `<strong>${content}</strong>`
  return content
}

/** Render a block of the root as an element. */
function block(node: RootContent): string {
  const content = inline(node)
  switch (node.type) {
    case 'HeadlineNode':
      return `<h1>${content}</h1>`
    case 'SubheadingNode':
      return `<h2>${content}</h2>`
    case 'DekNode':
    case 'BylineNode':
    case 'LabelNode':
    case 'TrailerNode':
      return `<p class="${node.type.replace('Node', '').toLowerCase()}">${content}</p>`
    default:
      return `<p>${content}</p>`
  }
}

const headline = tree.children.find((node) => node.type === 'HeadlineNode')
const body = tree.children
  .filter((node) => node.type !== 'WhiteSpaceNode')
  .map((node) => `    ${block(node)}`)

console.log(`<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escape(headline ? toString(headline) : 'Article')}</title>
  <style>
    body { max-width: 40rem; margin: 2rem auto; font: 1.1rem/1.6 Georgia, serif; }
    .dek, .byline, .trailer, .label { color: #555; }
    mark.quote { background: #fff3a8; }
    mark.partial, mark.indirect, mark.mixed { background: #e4f0ff; }
    .speaker { margin-left: .3em; padding: 0 .3em; border-radius: .3em;
      font: .75rem system-ui, sans-serif; background: #333; color: #fff; }
  </style>
</head>
<body>
  <article>
${body.join('\n')}
  </article>
</body>
</html>`)
