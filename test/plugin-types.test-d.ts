/**
 * Types of the third-party plugin of `examples/caption.ts`: its module
 * augmentation adds `CaptionNode` to the content maps of retext-news and
 * nlcst, so trees hold it and `visit` narrows to it.
 */

import type {Nodes as NlcstNodes, RootContent as NlcstRootContent} from 'nlcst'
import retextNews, {parseNews, type Root, type RootContent, type RootTransform} from 'retext-news'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {describe, expectTypeOf, test} from 'vitest'
import {type Caption, captions, captionsExtension, markCaptions} from '../examples/caption.js'

describe('plugin types', () => {
  test('the augmentation registers the caption in both content maps', () => {
    expectTypeOf<Caption>().toExtend<RootContent>()
    expectTypeOf<Caption>().toExtend<Root['children'][number]>()
    expectTypeOf<Caption>().toExtend<NlcstRootContent>()
    expectTypeOf<Caption>().toExtend<NlcstNodes>()
  })

  test('`visit` narrows to the caption', () => {
    visit(parseNews(''), 'CaptionNode', (node, index, parent) => {
      expectTypeOf(node).toEqualTypeOf<Caption>()
      expectTypeOf(node.credit).toEqualTypeOf<string>()
      expectTypeOf(index).toEqualTypeOf<number | undefined>()
      // A caption is a block: it stands in the root.
      expectTypeOf<Root>().toExtend<NonNullable<typeof parent>>()
    })
  })

  test('narrowing a block by its type gives the caption', () => {
    for (const node of parseNews('').children) {
      if (node.type === 'CaptionNode') expectTypeOf(node).toEqualTypeOf<Caption>()
    }
  })

  test('the root transform and the plugins fit retext-news and unified', () => {
    expectTypeOf(markCaptions).toExtend<RootTransform>()
    expectTypeOf(unified().use(captionsExtension).use(retextNews).parse('')).toEqualTypeOf<Root>()
    const processor = unified().use(retextNews).use(captions)
    expectTypeOf(processor.runSync(processor.parse(''))).toEqualTypeOf<Root>()
  })
})
