/**
 * The README’s “Use” example: parse an article and list its quotes.
 *
 * Run: `npx tsx examples/use.ts`.
 */

import {parseNews, quotes} from 'retext-news'

const tree = parseNews(
  'Mayor quits after budget fight\n' +
    'WASHINGTON (AP) — The mayor resigned on Monday.\n' +
    '“I am done,” Mayor Jane Roe told reporters. “It is over.”\n',
)

console.log(tree.children.map((node) => node.type))

for (const quote of quotes(tree)) {
  console.log(quote.kind, quote.text, '—', quote.speaker?.name, quote.cue?.text)
}
