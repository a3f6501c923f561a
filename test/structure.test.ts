/**
 * The structure of the seed article, `examples/sample-article.txt`: focused
 * assertions on its blocks rather than a snapshot of its tree.
 */

import {readFileSync} from 'node:fs'
import {toString as nlcstToString} from 'nlcst-to-string'
import {describe, expect, it} from 'vitest'
import {parseNews} from '../src/index.js'
import type {RootContent} from '../src/types.js'
import {assertTree} from './util/invariants.js'

const input = readFileSync(new URL('../examples/sample-article.txt', import.meta.url), 'utf8')
const tree = parseNews(input)
const blocks = tree.children.filter((node) => node.type !== 'WhiteSpaceNode')

/** The line a block starts on. */
function line(node: RootContent | undefined): number | undefined {
  return node?.position?.start.line
}

describe('examples/sample-article.txt', () => {
  it('keeps every invariant', () => {
    assertTree(tree, input)
  })

  it('gives back its input', () => {
    expect(nlcstToString(tree)).toBe(input)
  })

  it('has a headline on line 1', () => {
    const headline = blocks[0]
    expect(headline?.type).toBe('HeadlineNode')
    expect(line(headline)).toBe(1)
    expect(nlcstToString(headline as RootContent)).toBe(
      'US official claims country has reached an impasse on improving relations with Cuba: report',
    )
  })

  it('has a dek on line 2', () => {
    const dek = blocks[1]
    expect(dek?.type).toBe('DekNode')
    expect(line(dek)).toBe(2)
    expect(nlcstToString(dek as RootContent)).toMatch(
      /^The White House said the country will not go/,
    )
  })

  it('has ten paragraphs, on lines 3 to 12', () => {
    const paragraphs = blocks.filter((node) => node.type === 'ParagraphNode')
    expect(paragraphs).toHaveLength(10)
    expect(paragraphs.map(line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    expect(blocks.slice(2, 12).every((node) => node.type === 'ParagraphNode')).toBe(true)
  })

  it('ends with a bio trailer naming Misty Severi', () => {
    expect(blocks).toHaveLength(13)
    const trailer = blocks[12]
    expect(trailer?.type).toBe('TrailerNode')
    expect(line(trailer)).toBe(13)

    if (trailer?.type === 'TrailerNode') {
      expect(trailer.kind).toBe('bio')
      expect(trailer.authors).toEqual(['Misty Severi'])
      expect(nlcstToString(trailer)).toMatch(/^Misty Severi is an evening news reporter/)
    }
  })
})
