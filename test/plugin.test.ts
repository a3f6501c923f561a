/**
 * The unified plugin: parsing and round trips, options, processor data
 * (nlcst and news extensions), messages, and retext plugins run on the tree.
 */

import {readFileSync} from 'node:fs'
import type {Paragraph, Sentence, Word} from 'nlcst'
import {emojiModifier} from 'nlcst-emoji-modifier'
import {toString as nlcstToString} from 'nlcst-to-string'
import retextKeywords from 'retext-keywords'
import retextNews, {parseNews, quotes, type Root, toString} from 'retext-news'
import retextPos from 'retext-pos'
import retextStringify from 'retext-stringify'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {describe, expect, it} from 'vitest'
import {assertTree} from './util/invariants.js'

const sample = readFileSync(new URL('../examples/sample-article.txt', import.meta.url), 'utf8')
const short = 'Mayor quits after budget vote\n“I am done,” the mayor said on Tuesday.\nShe left.'

/** Types of every node in a tree, in preorder. */
function types(tree: Root): string[] {
  const found: string[] = []
  visit(tree, (node) => {
    found.push(node.type)
  })
  return found
}

describe('unified().use(retextNews)', () => {
  it('parses the same tree as parseNews', () => {
    for (const input of [short, sample, '', 'One line.']) {
      expect(unified().use(retextNews).parse(input)).toEqual(parseNews(input))
    }
  })

  it('parses a VFile the same as parseNews', () => {
    const tree = unified()
      .use(retextNews)
      .parse(new VFile({path: 'a.txt', value: sample}))
    expect(tree).toEqual(parseNews(sample))
  })

  it('passes its options on', () => {
    const input =
      'Library branch to close\nThe Elm Street branch will close at the end of the year after a vote.\nSupporters packed the chamber.\nThe Elm Street branch will close at the end of the year after a vote.'
    expect(unified().use(retextNews).parse(input).children[2]?.type).toBe('DekNode')
    expect(unified().use(retextNews, {dek: false}).parse(input).children[2]?.type).toBe(
      'ParagraphNode',
    )
    expect(unified().use(retextNews, null).parse(input)).toEqual(parseNews(input))
  })

  it('throws an OptionsError for wrong options when parsing', () => {
    const processor = unified().use(retextNews, {dek: 'no' as unknown as boolean})
    expect(() => processor.parse(short)).toThrow('Expected `dek` to be a boolean, not `string`')
  })

  const roundTrips: [string, string][] = [
    ['a short article', short],
    ['the sample article', sample],
    ['the sample article with CRLF line endings', sample.replace(/\n/g, '\r\n')],
    ['the sample article with CR line endings', sample.replace(/\n/g, '\r')],
    [
      'blank lines, indents and trailing white space',
      '\n\n  Headline here  \n\n\tBody text.\t\n\n',
    ],
    ['the empty document', ''],
    ['only white space', ' \n\t\r\n '],
  ]

  for (const [name, input] of roundTrips) {
    it(`gives back ${name} exactly through retext-stringify`, async () => {
      const file = await unified().use(retextNews).use(retextStringify).process(input)
      expect(String(file)).toBe(input)
    })
  }

  it('keeps every invariant on the sample with CRLF line endings', () => {
    const input = sample.replace(/\n/g, '\r\n')
    const tree = unified().use(retextNews).parse(input)
    assertTree(tree, input)
    // Lines are counted with CRLF as one break: the trailer is on line 13.
    const trailer = tree.children.find((node) => node.type === 'TrailerNode')
    expect(trailer?.position?.start).toEqual({
      line: 13,
      column: 1,
      offset: input.lastIndexOf('Misty Severi'),
    })
  })

  it('reports unknown options on the processed file', async () => {
    const file = await unified()
      .use(retextNews, {dekk: true} as unknown as {dek: boolean})
      .use(retextStringify)
      .process(short)
    expect(file.messages.map((message) => [message.ruleId, message.source])).toEqual([
      ['unknown-option', 'retext-news'],
    ])
  })
})

describe('processor data: nlcst extensions', () => {
  const input = 'Fans cheered 👍 and waved :tada: at the parade.'

  it('hands `nlcstSentenceExtensions` to parse-english', () => {
    const tree = unified()
      .use(retextNews)
      .data('nlcstSentenceExtensions', [emojiModifier])
      .parse(input)
    // nlcst-emoji-modifier makes `EmoticonNode`s (emoji and gemoji alike).
    const emoticons: string[] = []
    visit(tree, 'EmoticonNode', (node) => {
      emoticons.push(nlcstToString(node))
    })
    expect(emoticons).toEqual(['👍', ':tada:'])
    expect(types(unified().use(retextNews).parse(input))).not.toContain('EmoticonNode')
    expect(toString(tree)).toBe(input)
  })

  it('reads data set before `.use(retextNews)`', () => {
    const tree = unified()
      .data('nlcstSentenceExtensions', [emojiModifier])
      .use(retextNews)
      .parse(input)
    expect(types(tree).filter((type) => type === 'EmoticonNode')).toHaveLength(2)
  })

  it('reads the data of the processor that parses', () => {
    const base = unified().use(retextNews)
    const withEmoji = base().data('nlcstSentenceExtensions', [emojiModifier])
    expect(types(withEmoji.parse(input))).toContain('EmoticonNode')
    expect(types(base.parse(input))).not.toContain('EmoticonNode')
  })

  it('runs `nlcstParagraphExtensions` and `nlcstRootExtensions`', () => {
    const seen: string[] = []
    unified()
      .use(retextNews)
      .data('nlcstParagraphExtensions', [
        (node: Paragraph) => {
          seen.push(`paragraph ${node.type}`)
        },
      ])
      .data('nlcstRootExtensions', [
        (node) => {
          seen.push(`root ${node.type}`)
        },
      ])
      .parse('Headline here\nOne paragraph.\nAnother.')
    expect(seen).toEqual([
      'paragraph ParagraphNode',
      'paragraph ParagraphNode',
      'paragraph ParagraphNode',
      'root RootNode',
    ])
  })
})

describe('processor data: news extensions', () => {
  const input = 'Mayor quits after vote\nThe mayor quit on Tuesday. She gave no reason.'

  it('calls each with the right node, in order: sentences, blocks, root', () => {
    const calls: string[] = []
    unified()
      .use(retextNews)
      .data('newsSentenceExtensions', [
        (node) => {
          calls.push(`sentence ${node.type} ${nlcstToString(node)}`)
        },
      ])
      .data('newsParagraphExtensions', [
        (node) => {
          calls.push(`paragraph ${node.type} ${nlcstToString(node)}`)
        },
      ])
      .data('newsRootExtensions', [
        (node) => {
          // Before the news transforms: blocks are still paragraphs.
          calls.push(`root ${node.type} ${node.children.map((child) => child.type).join(' ')}`)
        },
      ])
      .parse(input)

    expect(calls).toEqual([
      'sentence SentenceNode Mayor quits after vote',
      'paragraph ParagraphNode Mayor quits after vote',
      'sentence SentenceNode The mayor quit on Tuesday.',
      'sentence SentenceNode She gave no reason.',
      'paragraph ParagraphNode The mayor quit on Tuesday. She gave no reason.',
      'root RootNode ParagraphNode WhiteSpaceNode ParagraphNode',
    ])
  })

  it('keeps their changes in the tree', () => {
    const tree = unified()
      .use(retextNews)
      .data('newsSentenceExtensions', [
        (node: Sentence) => {
          node.data = {...node.data, ...{words: node.children.length}}
        },
      ])
      .data('newsParagraphExtensions', [
        (node: Paragraph) => {
          node.data = {...node.data, ...{seen: true}}
        },
      ])
      .data('newsRootExtensions', [
        (node: Root) => {
          node.data = {...node.data, ...{blocks: node.children.length}}
        },
      ])
      .parse(input)

    expect(tree.data).toEqual({blocks: 3})
    const paragraph = tree.children[2]
    expect(paragraph?.type).toBe('ParagraphNode')
    expect(paragraph?.data).toEqual({seen: true})
    const sentences = paragraph && 'children' in paragraph ? paragraph.children : []
    expect(sentences.map((node) => node.data)).toEqual([{words: 10}, undefined, {words: 8}])
  })

  it('gives a parent the points of its children as they are, offsets or not', () => {
    // A node added with lines and columns but no offsets (allowed by unist).
    const tree = unified()
      .use(retextNews)
      .data('newsSentenceExtensions', [
        (node: Sentence) => {
          const word = node.children[0]
          const first = word?.type === 'WordNode' ? word.children[0] : undefined
          if (first?.position) {
            const {line, column} = first.position.start
            first.position = {start: {line, column}, end: {line, column: column + 3}}
          }
        },
      ])
      .parse('The mayor quit on Tuesday.')
    const paragraph = tree.children[0]
    expect(paragraph?.position?.start).toStrictEqual({line: 1, column: 1})
    expect(paragraph?.position?.end).toStrictEqual({line: 1, column: 27, offset: 26})
  })

  it('lets a root extension change what the news transforms see', () => {
    // Drop the first block before blocks are named: the next one is the headline.
    const tree = unified()
      .use(retextNews)
      .data('newsRootExtensions', [
        (node: Root) => {
          node.children = node.children.slice(2)
        },
      ])
      .parse('KILL THIS LINE\nMayor quits after vote\nThe mayor quit on Tuesday.')
    expect(tree.children.map((node) => node.type)).toEqual([
      'HeadlineNode',
      'WhiteSpaceNode',
      'ParagraphNode',
    ])
    expect(toString(tree.children[0] as Root['children'][number])).toBe('Mayor quits after vote')
  })
})

describe('messages', () => {
  it('reports an unclosed quotation mark on the processed file', async () => {
    const file = await unified()
      .use(retextNews)
      .use(retextStringify)
      .process(
        new VFile({
          path: 'article.txt',
          value: 'Mayor quits\n“I am done, the mayor said.\nShe left.',
        }),
      )

    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(message?.ruleId).toBe('missing-closing-quote')
    expect(message?.source).toBe('retext-news')
    expect(message?.reason).toBe('Missing closing quotation mark for `“`')
    expect(message?.place).toEqual({
      start: {line: 2, column: 1, offset: 12},
      end: {line: 2, column: 2, offset: 13},
    })

    const report = reporter(file)
    expect(report).toContain('article.txt')
    expect(report).toMatch(
      /2:1-2:2\s+warning\s+Missing closing quotation mark for `“`\s+missing-closing-quote\s+retext-news/,
    )
    expect(report).toMatch(/1 warning/)
  })

  it('reports a closing mark that has no opening mark', () => {
    const file = new VFile({value: 'Mayor quits\nShe said she was done.” Then she left.'})
    unified().use(retextNews).parse(file)
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['missing-opening-quote', 2, 23],
    ])
    expect(file.messages[0]?.reason).toBe('Missing opening quotation mark for `”`')
  })

  it('reports nothing for balanced marks', async () => {
    const file = await unified().use(retextNews).use(retextStringify).process(sample)
    expect(file.messages).toEqual([])
    expect(reporter(file)).toMatch(/no issues found/)
  })
})

describe('retext plugins on the news tree', () => {
  it('retext-pos tags the words of sentences', async () => {
    const processor = unified().use(retextNews).use(retextPos)
    const file = new VFile(short)
    const tree = await processor.run(processor.parse(file), file)

    const tags: [string, string | undefined][] = []
    visit(tree, 'SentenceNode', (sentence: Sentence) => {
      for (const child of sentence.children) {
        if (child.type === 'WordNode') tags.push([nlcstToString(child), child.data?.partOfSpeech])
      }
    })

    expect(tags.length).toBeGreaterThan(0)
    expect(tags.every(([, tag]) => typeof tag === 'string' && tag.length > 0)).toBe(true)
    expect(tags).toContainEqual(['Mayor', 'NNP'])
    expect(tags).toContainEqual(['Tuesday', 'NNP'])
    expect(tags).toContainEqual(['left', 'VBN'])
  })

  it('retext-keywords finds the keywords of the sample article', async () => {
    const processor = unified().use(retextNews).use(retextPos).use(retextKeywords)
    const file = new VFile(sample)
    const tree = processor.parse(file)
    await processor.run(tree, file)

    const keywords = file.data.keywords ?? []
    const stems = keywords.map((keyword) => keyword.stem)
    expect(stems[0]).toBe('cuba')
    expect(stems).toContain('cuban')
    expect(keywords[0]?.score).toBe(1)
    expect(keywords.every((keyword) => keyword.matches.length > 0)).toBe(true)
    // Each match points to a word of the tree.
    for (const keyword of keywords) {
      for (const match of keyword.matches) {
        expect(match.node.type).toBe('WordNode')
        expect(nlcstToString(match.node).toLowerCase()).toMatch(new RegExp(`^${keyword.stem}`))
      }
    }

    const phrases = (file.data.keyphrases ?? []).map((phrase) => phrase.stems.join(' '))
    expect(phrases[0]).toBe('cuba')
  })

  it('process() gives the same keywords as run() on a parsed tree', async () => {
    const processor = unified()
      .use(retextNews)
      .use(retextPos)
      .use(retextKeywords)
      .use(retextStringify)
    const file = await processor.process(sample)
    expect(String(file)).toBe(sample)
    expect(file.data.keywords?.map((keyword) => keyword.stem)).toContain('cuba')
  })

  it('retext plugins leave the news nodes and the text alone', async () => {
    const processor = unified().use(retextNews).use(retextPos).use(retextKeywords)
    const file = new VFile(sample)
    const tree = processor.parse(file)
    await processor.run(tree, file)
    assertTree(tree, sample)
    expect(quotes(tree)).toEqual(quotes(parseNews(sample)))
  })

  it('words keep their own data next to a part of speech', async () => {
    const processor = unified()
      .use(retextNews)
      .data('newsSentenceExtensions', [
        (sentence: Sentence) => {
          const word = sentence.children.find((child): child is Word => child.type === 'WordNode')
          if (word) word.data = {...word.data, ...{first: true}}
        },
      ])
      .use(retextPos)
    const file = new VFile('She left early.')
    const tree = await processor.run(processor.parse(file), file)
    let first: Word | undefined
    visit(tree, 'WordNode', (node: Word) => {
      first ??= node
    })
    expect(first?.data).toEqual({first: true, partOfSpeech: 'PRP'})
  })
})
