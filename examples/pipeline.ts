/**
 * Use retext-news in a unified pipeline: parse, inspect the tree with a
 * unist utility, and serialise it back to the exact input.
 *
 * Run: `npx tsx examples/pipeline.ts`.
 */

import {readFileSync} from 'node:fs'
import retextNews, {type Root} from 'retext-news'
import retextStringify from 'retext-stringify'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'

const text = readFileSync(new URL('sample-article.txt', import.meta.url), 'utf8')
const processor = unified().use(retextNews).use(retextStringify)
const tree: Root = processor.parse(text)
let cues = 0

visit(tree, 'CueNode', () => {
  cues++
})

const file = await processor.process(text)
console.log(`cues: ${cues}`)
console.log(`round trip: ${String(file) === text}`)
