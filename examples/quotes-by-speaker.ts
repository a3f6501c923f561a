/**
 * List the quotes of an article grouped by who said them.
 *
 * Run: `npx tsx examples/quotes-by-speaker.ts [file]` (default: the sample article).
 */

import {readFileSync} from 'node:fs'
import {parseNews, quotes} from 'retext-news'

const path = process.argv[2] ?? new URL('sample-article.txt', import.meta.url)
const tree = parseNews(readFileSync(path, 'utf8'))
const bySpeaker = new Map<string, string[]>()

for (const quote of quotes(tree)) {
  if (quote.kind !== 'direct' || !quote.speaker) continue
  const name = quote.speaker.name ?? quote.speaker.text
  const list = bySpeaker.get(name) ?? []
  list.push(quote.text)
  bySpeaker.set(name, list)
}

for (const [name, said] of bySpeaker) {
  console.log(name)
  for (const text of said) console.log(`  “${text}”`)
}
