/**
 * Defects found and fixed, each as the behaviour it must keep.
 */

import type {Symbol as NlcstSymbol, Paragraph, Punctuation} from 'nlcst'
import retextNews, {type Options, parseNews, quotes, type Root, toString} from 'retext-news'
import retextStringify from 'retext-stringify'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

const article = 'Mayor quits\n“I am done,” the mayor said.'

describe('regressions', () => {
  // The addressee of an active “asked” was read past the question: in
  // “asked about her vote”, “her” (an object pronoun, read without its
  // limit) overlapped the topic, and the quote was dropped.
  it('a topic asked about keeps its quote', () => {
    const records = quotes(
      parseNews('Asked about her own vote in the primary, the senator smiled and said nothing.'),
    )
    expect(records.map((record) => [record.kind, record.text, record.cue?.text])).toContainEqual([
      'indirect',
      'her own vote in the primary',
      'Asked about',
    ])
  })

  // `parseFile` reads `String(file.value)`: for bytes that is `77,97,121,…`.
  // Files read by `to-vfile` without an encoding hold bytes.
  it('a VFile whose value is UTF-8 bytes is parsed as its text', () => {
    const file = new VFile({value: new TextEncoder().encode(article)})
    expect(toString(parseNews(file))).toBe(article)
  })

  it('the plugin parses a VFile whose value is UTF-8 bytes as its text', async () => {
    const file = new VFile({value: new TextEncoder().encode(article)})
    const result = await unified().use(retextNews).use(retextStringify).process(file)
    expect(String(result)).toBe(article)
  })

  // `bylinePattern` is `/^by\s+\p{Lu}/iu`: with `i`, `\p{Lu}` matches lower case too.
  it('a lede that starts with “By a vote” is no byline', () => {
    const tree = parseNews(
      'Council passes budget\nBy a vote of 6-3, the council passed the budget on Tuesday.\nThe mayor said the cuts were needed.',
    )
    expect(tree.children[2]?.type).toBe('ParagraphNode')
  })

  // `makeBlocks` renames a paragraph by making a new node of its children and position.
  it('data a paragraph extension sets stays on a block that is named', () => {
    const tree = unified()
      .use(retextNews)
      .data('newsParagraphExtensions', [
        (paragraph: Paragraph) => {
          paragraph.data = {...paragraph.data, ...{seen: true}}
        },
      ])
      .parse('Mayor quits\nShe left the building on Tuesday.')
    expect(tree.children.map((node) => [node.type, node.data])).toEqual([
      ['HeadlineNode', {seen: true}],
      ['WhiteSpaceNode', undefined],
      ['ParagraphNode', {seen: true}],
    ])
  })

  // `quotes()` slices `toString(tree)` at the offsets of positions, which are
  // offsets in the input: a transformer that changes the length of some text
  // (as retext-smartypants does with `--`) shifts every span after it.
  it('quotes() gives the same records after a transformer edits text', async () => {
    const input = 'Mayor quits\nThe vote -- a surprise -- passed. “I am done,” the mayor said.'
    const processor = unified()
      .use(retextNews)
      .use(() => (tree: Root) => {
        visit(tree, (node) => {
          if (node.type === 'PunctuationNode' || node.type === 'SymbolNode') {
            const literal = node as Punctuation | NlcstSymbol
            if (literal.value === '--') literal.value = '—'
          }
        })
      })
    const tree = processor.parse(input)
    await processor.run(tree)
    const [record] = quotes(tree)
    expect(record?.text).toBe('I am done')
    expect(record?.speaker?.text).toBe('the mayor')
  })

  // `introduced` read the token before a pronoun that opens the document
  // (there is none) as the end of a quotation.
  it('a pronoun that opens the document resolves without a token before it', () => {
    const [record] = quotes(parseNews('He said that the plan was dead and was “deeply troubling.”'))
    expect(record?.speaker?.text).toBe('He')
    expect(record?.speaker?.name).toBe(null)
  })

  // `settings` checks `typeof options !== 'object'`, which an array passes.
  it('options that are an array throw an OptionsError', () => {
    expect(() => parseNews(article, ['dek'] as unknown as Options)).toThrow(
      'Expected options to be an object, not `array`',
    )
  })

  // `stringList` describes the whole value, not the entry that is wrong.
  it('an array of cues with a number in it is described as such', () => {
    expect(() => parseNews(article, {cues: ['opined', 1] as unknown as string[]})).toThrow(
      /not `number`/,
    )
  })
})
