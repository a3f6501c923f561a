/**
 * A third-party plugin that adds a node type to the news tree: photo
 * captions (see `caption.ts`), applied both ways — while parsing, through
 * the processor data key `newsRootExtensions`, and after parsing, as a
 * transformer.
 *
 * Run: `npx tsx examples/caption-plugin.ts`.
 */

import retextNews, {quotes, type Root, toString} from 'retext-news'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {captions, captionsExtension} from './caption.js'

const text = [
  'Council approves new bridge over the Clear River',
  'By Ana Ruiz',
  'RIVERTON (AP) — The city council voted 7-2 on Tuesday to replace the old bridge over the Clear River.',
  'Residents hold signs that read “Build it now” outside City Hall on Tuesday. (AP Photo/Sam Lee)',
  '“We have waited twenty years for this,” Mayor Dana Cole said after the vote.',
  '(Photo: Riverton Public Works) The old bridge, “closed to trucks” since 2019.',
  'Work is to start in the spring and take two years, the city said.',
  '',
].join('\n')

/** Print the blocks, captions and quotes of a tree, and check that it is lossless. */
function report(tree: Root): void {
  const blocks = tree.children.filter((node) => node.type !== 'WhiteSpaceNode')
  console.log(`  blocks: ${blocks.map((node) => node.type).join(' ')}`)

  visit(tree, 'CaptionNode', (node) => {
    const start = node.position?.start
    const end = node.position?.end
    // The caption keeps the position of its block: it slices its own text out of the input.
    const exact = text.slice(start?.offset, end?.offset) === toString(node)
    console.log(
      `  caption ${start?.line}:${start?.column}-${end?.line}:${end?.column} (${node.credit}) exact: ${exact}`,
    )
  })

  for (const quote of quotes(tree)) {
    console.log(`  ${quote.kind} quote: ${quote.text} — ${quote.speaker?.name ?? 'nobody'}`)
  }

  console.log(`  round trip: ${toString(tree) === text}`)
}

// Way b: a parse-time extension. It works in either order with retextNews,
// because retext-news reads the processor data when it parses.
const before = unified().use(captionsExtension).use(retextNews).parse(text)
const after = unified().use(retextNews).use(captionsExtension).parse(text)

console.log('extension: .use(captionsExtension).use(retextNews)')
report(before)
console.log(`  same tree in the other order: ${JSON.stringify(after) === JSON.stringify(before)}`)

// Way a: a transformer, run on the news tree after parsing. retext-news
// looks for no quotes in a paragraph that ends with a photo credit (“(AP
// Photo/Sam Lee)”), but it does not know a caption that opens with its
// credit: that caption’s quote was found before the caption was marked, so
// it is still there.
const processor = unified().use(retextNews).use(captions)
const transformed = await processor.run(processor.parse(text))

console.log('transformer: .use(retextNews).use(captions)')
report(transformed)
