/**
 * Parse an article and print its outline: headline, dek, paragraphs,
 * trailers, and every direct quote with its speaker.
 *
 * Run: `npx tsx examples/outline.ts [file]` (default: the sample article).
 */

import {readFileSync} from 'node:fs'
import {parseNews, quotes, toString} from 'retext-news'

const path = process.argv[2] ?? new URL('sample-article.txt', import.meta.url)
const tree = parseNews(readFileSync(path, 'utf8'))

for (const node of tree.children) {
  if (node.type === 'HeadlineNode') console.log(`Headline: ${toString(node)}`)
  if (node.type === 'DekNode') console.log(`Dek: ${toString(node)}`)
  if (node.type === 'TrailerNode') console.log(`Trailer (${node.kind}): ${toString(node)}`)
}

const paragraphs = tree.children.filter((node) => node.type === 'ParagraphNode')
console.log(`Paragraphs: ${paragraphs.length}`)

for (const quote of quotes(tree)) {
  if (quote.kind === 'direct') {
    console.log(`“${quote.text}” — ${quote.speaker?.name ?? 'unknown'}`)
  }
}
