import type {ParagraphContent, Parent} from 'nlcst'
import retextNews, {
  type Attribution,
  type Headline,
  parseNews,
  type Quote,
  type QuoteRecord,
  quotes,
  type Root,
  type RootContent,
  type Speaker,
} from 'retext-news'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {describe, expectTypeOf, test} from 'vitest'

/** A node type added by a third party. */
interface Pullquote extends Parent {
  type: 'PullquoteNode'
  children: ParagraphContent[]
}

declare module 'retext-news' {
  interface RootContentMap {
    pullquote: Pullquote
  }
}

declare module 'nlcst' {
  interface RootContentMap {
    pullquote: Pullquote
  }
}

describe('types', () => {
  test('the plugin parses to our root', () => {
    expectTypeOf(unified().use(retextNews).parse('')).toEqualTypeOf<Root>()
    expectTypeOf(parseNews('')).toEqualTypeOf<Root>()
  })

  test('`visit` narrows to our nodes', () => {
    visit(parseNews(''), 'QuoteNode', (node) => {
      expectTypeOf(node).toEqualTypeOf<Quote>()
    })
    visit(parseNews(''), 'AttributionNode', (node) => {
      expectTypeOf(node).toEqualTypeOf<Attribution>()
    })
    visit(parseNews(''), 'SpeakerNode', (node) => {
      expectTypeOf(node.name).toEqualTypeOf<string | null>()
    })
  })

  test('an augmentation adds a node type to the content maps', () => {
    expectTypeOf<Pullquote>().toExtend<RootContent>()
    expectTypeOf<Headline>().toExtend<RootContent>()
    expectTypeOf<Speaker>().not.toExtend<RootContent['type']>()
  })

  test('records are plain data', () => {
    expectTypeOf(quotes(parseNews(''))).toEqualTypeOf<QuoteRecord[]>()
    expectTypeOf<QuoteRecord['kind']>().toEqualTypeOf<'direct' | 'partial' | 'indirect' | 'mixed'>()
  })
})
