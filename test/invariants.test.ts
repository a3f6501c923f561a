/**
 * Every tree keeps its invariants, whatever the input: odd characters, odd
 * line endings, pasted markup, and floods of one character.
 */

import type {Sentence, WhiteSpace, Word} from 'nlcst'
import {describe, expect, it} from 'vitest'
import {parseNews} from '../src/index.js'
import type {Quote, Root} from '../src/types.js'
import {assertTree} from './util/invariants.js'

/** Small inputs, by what they exercise. */
const cases: Record<string, string> = {
  'empty string': '',
  'only spaces and tabs': '  \t   \t',
  'only newlines': '\n\n\n\n',
  'only white space of every kind': ' \n\t\r\n\u00A0\u2003\f\v\r \u3000\n',
  'CRLF line endings':
    'Ferry fares go up\r\n\r\nFares rise on Monday. Riders are unhappy.\r\n\r\nThe board voted 5-2.\r\n',
  'CRLF, one line per paragraph':
    'Ferry fares go up\r\nFares rise on Monday.\r\nThe board voted 5-2.',
  'lone CR line endings': 'Ferry fares go up\r\rFares rise on Monday.\rThe board voted 5-2.\r',
  'mixed line endings': 'Ferry fares go up\n\r\nFares rise on Monday.\r\rThe board voted 5-2.\n\r',
  'a BOM': '\uFEFFFerry fares go up\n\nFares rise on Monday.',
  'a BOM on its own line': '\uFEFF\nFares rise on Monday.',
  'NUL characters': 'Fares\u0000 rise\u0000\n\n\u0000\n\nThe board voted.\u0000',
  'lone surrogates': '\uD83D Fares rise. \uDE00\n\nThe board \uDC00voted\uD800.\n\uDBFF',
  'astral characters':
    '🚢 Ferry fares go up 📈\n\nRiders 😡 said the rise was too steep. 🇺🇸🏳️‍🌈 👩🏽‍💻\n\n𝐁𝐨𝐥𝐝 𝒎𝒂𝒕𝒉 text.',
  'right-to-left text':
    'رئيس البلدية يستقيل\n\nقال رئيس البلدية إنه سيستقيل. «لقد انتهيت»، قال.\n\nהעירייה הודיעה על סגירת הספרייה.\u200F',
  'bidirectional controls': 'The \u202Eelbat\u202C vote \u2066passed\u2069 on \u200Eday two\u200F.',
  'zero-width characters':
    'Fares\u200B rise\u200C on\u200D Monday\u2060.\n\u200B\n\nThe\uFEFF board\u200B\u200B voted.',
  'line and paragraph separators': 'Fares rise.\u2028The board voted.\u2029Riders objected.',
  'HTML pasted in':
    '<h1>Ferry fares go up</h1>\n<p class="lede">Fares rise on <b>Monday</b>, the board said &amp; riders&#8217; groups objected.</p>\n<script>var x = "1 < 2";</script>\n<!-- comment -->\n<br/>',
  'Markdown pasted in':
    '# Ferry fares go up\n\n**Fares** rise on _Monday_, [the board](https://example.com/board?id=1&x=2) said.\n\n- one\n- two\n* three\n\n> Riders objected.\n\n```\ncode block\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |',
  'a one-line text': 'Ferry fares go up as board approves rise',
  'a one-line sentence with a dateline':
    'SEATTLE (AP) — Ferry fares will rise by 4 percent on Monday.',
  'a blank-line separated article':
    'Ferry fares go up\n\nBy Jane Doe\n\nSEATTLE — Ferry fares will rise on Monday, the board said.\n\n“It is too much,” a rider said.\n\nJane Doe is a reporter for The Ledger.\n',
  'a one-line-per-paragraph article':
    'Ferry fares go up\nThe board approved a rise on Monday.\nSEATTLE — Ferry fares will rise on Monday, the board said.\n“It is too much,” a rider said.\nThe board approved a rise on Monday.\nFollow Jane Doe on Twitter.',
  'a hard-wrapped paragraph':
    'The ferry board voted on Monday to raise fares by four\npercent, the first increase in three years, saying fuel\ncosts had climbed faster than expected. Riders said the\nrise would hit commuters hardest.\n',
  'hard-wrapped paragraphs between blank lines':
    'Ferry fares go up\n\nThe ferry board voted on Monday to raise fares by four\npercent, the first increase in three years, saying fuel\ncosts had climbed faster than expected.\n\nRiders said the\nrise would hit commuters\nhardest.\n',
  'unbalanced quotation marks':
    '“The plan is dead, the mayor said.\n\nShe replied: ”Not yet.”” And then: "What now?\n\n‘Maybe, he said. «Never» »« ‹no›',
  'a lone quotation mark': '"',
  'nested and stray brackets': '(Reporting by (Jane Doe; [Editing by) John Roe]',
  'a trailer-like line only': 'Contributing: Jane Doe',
  'labels only': 'ABSTRACT.\n\nFULL TEXT.',
  'trailing white space on every line':
    'Ferry fares go up  \n\t\nFares rise. \u00A0\n  The board voted.\t',
}

describe('invariants on small inputs', () => {
  it.for(Object.entries(cases))('%s', ([, input]) => {
    assertTree(parseNews(input), input)
  })
})

/** Large inputs: floods of one character, and one huge word. */
const floods: Record<string, () => string> = {
  '10,000 straight quotation marks': () => '"'.repeat(10_000),
  '10,000 curly quotation marks': () => '“”‘’'.repeat(2_500),
  // Quotes are wrapped in quadratic time: 10,000 take seconds.
  '2,000 quoted words': () => '“a” '.repeat(2_000),
  '10,000 em dashes': () => '—'.repeat(10_000),
  '10,000 hyphens, spaced': () => '- '.repeat(10_000),
  '10,000 periods': () => '.'.repeat(10_000),
  // parse-english merges initialisms in quadratic time: 10,000 take seconds.
  '5,000 abbreviations': () => 'U.S. '.repeat(5_000),
  '10,000 newlines': () => '\n'.repeat(10_000),
  '10,000 CRLF': () => '\r\n'.repeat(10_000),
  '10,000 one-word lines': () => 'Word\n'.repeat(10_000),
  '10,000 one-word paragraphs': () => 'Word.\n\n'.repeat(10_000),
  '200 KB without a space': () => 'a'.repeat(200_000),
  '200 KB of letters and periods without a space': () => 'ab.'.repeat(70_000),
  '30 KB without a space inside prose': () =>
    `Fares go up\n\nFares rise. ${'x.'.repeat(15_000)} The board voted.\n`,
}

describe('invariants on floods', () => {
  it.for(Object.entries(floods))('%s', ([, make]) => {
    const input = make()
    assertTree(parseNews(input), input)
  })
})

describe('assertTree catches broken trees', () => {
  const input = 'Fares go up\n\nFares rise on Monday. Riders object.\n'

  /** A fresh tree, and the first sentence of its second block. */
  function fresh(): {tree: Root; sentence: Sentence} {
    const tree = parseNews(input)
    const block = tree.children[2]
    const sentence = block && 'children' in block ? block.children[0] : undefined
    if (sentence?.type !== 'SentenceNode') throw new Error('Expected a sentence')
    return {tree, sentence}
  }

  function firstWord(sentence: Sentence): Word {
    const word = sentence.children[0]
    if (word?.type !== 'WordNode') throw new Error('Expected a word')
    return word
  }

  it('passes the tree it breaks', () => {
    assertTree(fresh().tree, input)
  })

  it('catches text that differs from the input', () => {
    const {tree, sentence} = fresh()
    const text = firstWord(sentence).children[0]
    if (text?.type === 'TextNode') text.value = 'Fees'
    expect(() => assertTree(tree, input)).toThrow(
      /toString\(tree\) differs from the input at offset 14/,
    )
    expect(() => assertTree(tree, input)).toThrow(
      /RootNode > \[2\] ParagraphNode > \[0\] SentenceNode > \[0\] WordNode > \[0\] TextNode: offsets 13–18 slice "Fares" but the node is "Fees"/,
    )
  })

  it('catches a wrong column', () => {
    const {tree, sentence} = fresh()
    const word = firstWord(sentence)
    if (word.position) word.position.start.column = 2
    expect(() => assertTree(tree, input)).toThrow(
      /\[0\] WordNode: start 3:2 \(offset 13\) should be 3:1/,
    )
  })

  it('catches a shared point object', () => {
    const {tree, sentence} = fresh()
    const word = firstWord(sentence)
    const text = word.children[0]
    if (word.position && text?.position) text.position.start = word.position.start
    expect(() => assertTree(tree, input)).toThrow(
      /WordNode \(start\): shares its object with .*WordNode > \[0\] TextNode \(start\)/,
    )
  })

  it('catches a gap between children', () => {
    const {tree, sentence} = fresh()
    sentence.children.splice(1, 1)
    expect(() => assertTree(tree, input)).toThrow(
      /SentenceNode: gap between children \[0\] and \[1\]/,
    )
  })

  it('catches a parent that does not span its children', () => {
    const {tree, sentence} = fresh()
    if (sentence.position) sentence.position.end = {...sentence.position.start}
    expect(() => assertTree(tree, input)).toThrow(
      /SentenceNode: ends at 3:1 \(offset 13\) but its last child/,
    )
  })

  it('catches a node without position', () => {
    const {tree, sentence} = fresh()
    const space = sentence.children[1] as WhiteSpace
    delete space.position
    expect(() => assertTree(tree, input)).toThrow(
      /\[1\] WhiteSpaceNode: node should have a `position`/,
    )
  })

  it('catches an unknown node type and a misplaced node', () => {
    const {tree, sentence} = fresh()
    ;(sentence.children[1] as {type: string}).type = 'SpaceNode'
    expect(() => assertTree(tree, input)).toThrow(/\[1\] SpaceNode: unknown node type "SpaceNode"/)

    const other = fresh()
    other.tree.children.push(firstWord(other.sentence))
    expect(() => assertTree(other.tree, input)).toThrow(
      /a WordNode cannot be a child of a RootNode/,
    )
  })

  it('catches a literal with children and an empty parent', () => {
    const {tree, sentence} = fresh()
    Object.assign(sentence.children[1] as WhiteSpace, {children: []})
    firstWord(sentence).children = []
    expect(() => assertTree(tree, input)).toThrow(/a literal should not have `children`/)
    expect(() => assertTree(tree, input)).toThrow(/\[0\] WordNode: a parent should not be empty/)
  })

  it('catches a bad field on a news node', () => {
    const value = 'Fares go up\n\nFares rise.\n\nJane Doe is a reporter for The Ledger.'
    const tree = parseNews(value)
    const trailer = tree.children.find((node) => node.type === 'TrailerNode')
    expect(trailer?.type).toBe('TrailerNode')
    if (trailer?.type === 'TrailerNode')
      Object.assign(trailer, {kind: 'footer', authors: 'Jane Doe'})
    expect(() => assertTree(tree, value)).toThrow(/TrailerNode: `kind` should be one of/)
    expect(() => assertTree(tree, value)).toThrow(
      /TrailerNode: `authors` should be an array of strings/,
    )
  })

  it('catches a quote whose attribution is not in the tree', () => {
    const {tree, sentence} = fresh()
    const word = firstWord(sentence)
    const position = word.position
    if (!position) throw new Error('Expected a position')
    const quote: Quote = {
      type: 'QuoteNode',
      identifier: 'q1',
      kind: 'partial',
      attribution: 'nowhere',
      children: [word],
      position: {start: {...position.start}, end: {...position.end}},
    }
    sentence.children[0] = quote
    expect(() => assertTree(tree, input)).toThrow(
      /\[0\] QuoteNode: `attribution` "nowhere" names no AttributionNode/,
    )
  })

  it('catches a tree that is not a root', () => {
    const {tree} = fresh()
    ;(tree as {type: string}).type = 'ParagraphNode'
    expect(() => assertTree(tree, input)).toThrow(/the tree should be a RootNode/)
  })
})
