/**
 * The public API as a demanding user exercises it: what `parseNews` accepts
 * and refuses, how options are checked, and what each option does.
 */

import {toString as nlcstToString} from 'nlcst-to-string'
import retextNews, {
  InputError,
  type Options,
  OptionsError,
  parseNews,
  quotes,
  type Root,
  type RootContent,
  toString,
} from 'retext-news'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {assertTree} from './util/invariants.js'

const article = 'Mayor quits after budget vote\n“I am done,” the mayor said on Tuesday.\nShe left.'

/** Blocks of a tree (white space between them left out), as `Type` or `Type:kind`. */
function blocks(tree: Root): string[] {
  return tree.children
    .filter((node) => node.type !== 'WhiteSpaceNode')
    .map((node) => ('kind' in node ? `${node.type}:${node.kind}` : node.type))
}

/** Texts of the sentences of the first body paragraph. */
function sentences(tree: Root): string[] {
  const paragraph = tree.children.find((node) => node.type === 'ParagraphNode')
  expect(paragraph, 'a paragraph').toBeDefined()
  return (paragraph?.children ?? [])
    .filter((node) => node.type === 'SentenceNode')
    .map((node) => nlcstToString(node))
}

/** Call `run` and return what it threw. */
function thrown(run: () => unknown): Error {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(Error)
    return error as Error
  }

  throw new Error('Expected a throw')
}

/** A value of the wrong type, as untyped JavaScript (or JSON) would pass it. */
function untyped<T>(value: unknown): T {
  return value as T
}

describe('parseNews(value)', () => {
  it('parses a string into a root that gives back the string', () => {
    const tree = parseNews(article)
    expect(tree.type).toBe('RootNode')
    expect(blocks(tree)).toEqual(['HeadlineNode', 'ParagraphNode', 'ParagraphNode'])
    expect(toString(tree)).toBe(article)
    assertTree(tree, article)
  })

  it('parses the empty string into an empty root', () => {
    expect(parseNews('')).toEqual({type: 'RootNode', children: []})
  })

  it('parses a VFile and reports problems on that file', () => {
    const file = new VFile({path: 'article.txt', value: 'Mayor quits\n“I am done, the mayor said.'})
    const tree = parseNews(file)

    expect(toString(tree)).toBe(String(file.value))
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(message?.ruleId).toBe('missing-closing-quote')
    expect(message?.source).toBe('retext-news')
    expect(message?.file).toBe('article.txt')
    expect(message?.fatal).toBe(false)
    expect(message?.line).toBe(2)
    expect(message?.column).toBe(1)
  })

  it('parses a VFile without a value as an empty document', () => {
    const file = new VFile()
    expect(parseNews(file)).toEqual({type: 'RootNode', children: []})
    expect(file.messages).toEqual([])
  })

  it('gives a string no messages to lose: problems do not throw', () => {
    expect(() => parseNews('“Never closed. ” stray” and « more')).not.toThrow()
  })

  it('parses UTF-8 bytes into the same tree as the string', () => {
    const input = `${article}\nCafé “naïve” — 日本語 😀, déjà vu.`
    const bytes = new TextEncoder().encode(input)
    expect(bytes.length).toBeGreaterThan(input.length)
    expect(parseNews(bytes)).toEqual(parseNews(input))
    // A Node.js `Buffer` is a `Uint8Array` too.
    expect(parseNews(Buffer.from(input, 'utf8'))).toEqual(parseNews(input))
  })

  it('reads a byte order mark in bytes as the decoder does (it is dropped)', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(article)])
    expect(parseNews(bytes)).toEqual(parseNews(article))
  })

  const refused: [string, unknown, string][] = [
    ['a number', 1, 'number'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['an object', {value: 'text'}, 'object'],
    ['an array', ['text'], 'array'],
    ['a boolean', true, 'boolean'],
    ['an ArrayBuffer', new ArrayBuffer(4), 'ArrayBuffer'],
    ['a String object', Object('text'), 'String'],
  ]

  for (const [name, value, given] of refused) {
    it(`throws an InputError (a TypeError) for ${name}`, () => {
      const error = thrown(() => parseNews(untyped<string>(value)))
      expect(error).toBeInstanceOf(InputError)
      expect(error).toBeInstanceOf(TypeError)
      expect(error.name).toBe('InputError')
      expect(error.message).toBe(
        `Expected a string, a VFile or a Uint8Array of UTF-8 to parse, not \`${given}\``,
      )
    })
  }

  it('throws for a missing value even with options', () => {
    expect(() => parseNews(untyped<string>(undefined), {dek: false})).toThrow(InputError)
  })
})

describe('options: types', () => {
  it('accepts no options, null, undefined and an empty object alike', () => {
    const expected = parseNews(article)
    expect(parseNews(article, null)).toEqual(expected)
    expect(parseNews(article, undefined)).toEqual(expected)
    expect(parseNews(article, {})).toEqual(expected)
    expect(parseNews(article, {cues: null, titles: null, trailers: null, dek: null})).toEqual(
      expected,
    )
  })

  const wrong: [string, unknown, string][] = [
    ['a string', 'dek', 'Expected options to be an object, not `string`'],
    ['a number', 1, 'Expected options to be an object, not `number`'],
    ['a boolean', true, 'Expected options to be an object, not `boolean`'],
    ['a function', () => ({}), 'Expected options to be an object, not `function`'],
    ['a Map', new Map([['dek', false]]), 'Expected options to be an object, not `Map`'],
    ['a Date', new Date(0), 'Expected options to be an object, not `Date`'],
    ['a RegExp', /dek/, 'Expected options to be an object, not `RegExp`'],
  ]

  for (const [name, options, message] of wrong) {
    it(`throws an OptionsError when options are ${name}`, () => {
      const error = thrown(() => parseNews(article, untyped<Options>(options)))
      expect(error).toBeInstanceOf(OptionsError)
      expect(error).toBeInstanceOf(TypeError)
      expect(error.name).toBe('OptionsError')
      expect(error.message).toBe(message)
    })
  }

  const wrongCues: [string, unknown, string][] = [
    ['a string', 'opined', 'string'],
    ['an object', {opined: true}, 'object'],
    ['a number', 3, 'number'],
    ['true', true, 'boolean'],
  ]

  for (const [name, cues, given] of wrongCues) {
    it(`throws when \`cues\` is ${name}`, () => {
      const error = thrown(() => parseNews(article, {cues: untyped<string[]>(cues)}))
      expect(error).toBeInstanceOf(OptionsError)
      expect(error.message).toBe(`Expected \`cues\` to be an array of strings, not \`${given}\``)
    })
  }

  it('throws when `cues` holds something other than strings', () => {
    const error = thrown(() => parseNews(article, {cues: untyped<string[]>(['opined', 1])}))
    expect(error).toBeInstanceOf(OptionsError)
    expect(error.message).toMatch(/^Expected `cues` to be an array of strings/)
  })

  it('throws when `titles` is not an array of strings', () => {
    const error = thrown(() => parseNews(article, {titles: untyped<string[]>('Ald.')}))
    expect(error).toBeInstanceOf(OptionsError)
    expect(error.message).toBe('Expected `titles` to be an array of strings, not `string`')
    expect(() => parseNews(article, {titles: untyped<string[]>([null])})).toThrow(
      /^Expected `titles` to be an array of strings/,
    )
  })

  const wrongTrailers: [string, unknown][] = [
    ['a RegExp', /^Photos by/],
    ['an entry without `pattern`', [{kind: 'credit'}]],
    ['an entry without `kind`', [{pattern: /^Photos by/}]],
    ['a pattern that is a string', [{kind: 'credit', pattern: '^Photos by'}]],
    ['a kind that is not a string', [{kind: 1, pattern: /^Photos by/}]],
    ['a null entry', [null]],
    ['a RegExp entry', [/^Photos by/]],
  ]

  for (const [name, trailers] of wrongTrailers) {
    it(`throws when \`trailers\` is ${name}`, () => {
      const error = thrown(() => parseNews(article, {trailers: untyped<[]>(trailers)}))
      expect(error).toBeInstanceOf(OptionsError)
      // Either the list is no array, or the entry at fault is named.
      expect(error.message).toMatch(
        /^Expected `trailers(?:\[0\])?` to be (?:an array of `\{kind, pattern\}` objects, not `\w+`|`\{kind, pattern\}` with a RegExp `pattern` and a `kind` of bio, )/,
      )
    })
  }

  it('throws when a trailer `kind` is not a kind of trailer', () => {
    const error = thrown(() =>
      parseNews(article, {trailers: untyped<[]>([{kind: 'bogus', pattern: /^Photos by/}])}),
    )
    expect(error).toBeInstanceOf(OptionsError)
    expect(error.message).toContain('`trailers[0]`')
  })

  const wrongDek: [unknown, string][] = [
    ['no', 'string'],
    [0, 'number'],
    [{}, 'object'],
    [[], 'array'],
  ]

  for (const [dek, given] of wrongDek) {
    it(`throws when \`dek\` is ${JSON.stringify(dek)}`, () => {
      const error = thrown(() => parseNews(article, {dek: untyped<boolean>(dek)}))
      expect(error).toBeInstanceOf(OptionsError)
      expect(error.message).toBe(`Expected \`dek\` to be a boolean, not \`${given}\``)
    })
  }

  it('reports an unknown option on the file, and still parses', () => {
    const file = new VFile(article)
    const tree = parseNews(file, untyped<Options>({deck: false, cues: ['opined']}))

    expect(toString(tree)).toBe(article)
    const unknown = file.messages.filter((message) => message.ruleId === 'unknown-option')
    expect(unknown).toHaveLength(1)
    expect(unknown[0]?.source).toBe('retext-news')
    expect(unknown[0]?.reason).toBe(
      'Unknown option `deck`, expected one of cues, titles, trailers, dek, anonymous',
    )
    expect(unknown[0]?.fatal).toBe(false)
  })

  it('reports each unknown option once', () => {
    const file = new VFile(article)
    parseNews(file, untyped<Options>({a: 1, b: 2}))
    expect(file.messages.map((message) => message.reason)).toEqual([
      'Unknown option `a`, expected one of cues, titles, trailers, dek, anonymous',
      'Unknown option `b`, expected one of cues, titles, trailers, dek, anonymous',
    ])
  })

  it('does not let options from untrusted JSON pollute Object.prototype', () => {
    const options = JSON.parse('{"__proto__": {"polluted": true}, "cues": ["x"]}') as Options
    const file = new VFile(article)
    const tree = parseNews(file, options)

    expect(toString(tree)).toBe(article)
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(file.messages.map((message) => [message.ruleId, message.reason])).toEqual([
      [
        'unknown-option',
        'Unknown option `__proto__`, expected one of cues, titles, trailers, dek, anonymous',
      ],
    ])
  })

  it('does not pollute Object.prototype through `constructor.prototype` either', () => {
    const options = JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as Options
    parseNews(article, options)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('does not change the options it is given', () => {
    const options = {cues: ['Opined'], titles: ['Ald.'], dek: false}
    const copy = structuredClone(options)
    parseNews(article, options)
    expect(options).toEqual(copy)
  })
})

describe('options: what they do', () => {
  it('`titles`: a title written before a name keeps its sentence together', () => {
    const input = 'Police said Ald. Jones was not there. He left early.'
    // parse-english does not know “Ald.”, nor does the built-in list.
    expect(sentences(parseNews(input))).toEqual([
      'Police said Ald.',
      'Jones was not there.',
      'He left early.',
    ])
    const expected = ['Police said Ald. Jones was not there.', 'He left early.']
    expect(sentences(parseNews(input, {titles: ['Ald.']}))).toEqual(expected)
    // With or without its period.
    expect(sentences(parseNews(input, {titles: ['Ald']}))).toEqual(expected)
    assertTree(parseNews(input, {titles: ['Ald.']}), input)
  })

  it('`titles`: “Amb.” is built in', () => {
    const input = 'Police said Amb. Jones was not there. He left early.'
    const expected = ['Police said Amb. Jones was not there.', 'He left early.']
    expect(sentences(parseNews(input))).toEqual(expected)
    expect(sentences(parseNews(input, {titles: ['Amb.']}))).toEqual(expected)
  })

  it('`titles`: sentences still end before and after a sentence with a title', () => {
    const input = 'Police said Ald. Jones left. Ald. Smith stayed.'
    expect(sentences(parseNews(input, {titles: ['Ald.']}))).toEqual([
      'Police said Ald. Jones left.',
      'Ald. Smith stayed.',
    ])
  })

  it('`anonymous`: a phrase marks a source as anonymous', () => {
    const input = 'Port deal stalls\n“The talks are over,” a diplomat in the room said.'
    const [before] = quotes(parseNews(input))
    expect(before?.speaker?.anonymous).toBe(false)
    const [after] = quotes(parseNews(input, {anonymous: ['Diplomat In The Room']}))
    expect(after?.speaker?.text).toBe('a diplomat in the room')
    expect(after?.speaker?.anonymous).toBe(true)
  })

  it('`anonymous`: must be an array of strings', () => {
    expect(() => parseNews('x', {anonymous: untyped<string[]>('insider')})).toThrow(OptionsError)
  })

  it('`trailers`: a pattern makes a closing block a trailer of its kind', () => {
    const input =
      'Council passes budget\nThe council passed a budget on Tuesday.\nThe mayor said the cuts were needed.\nMaps by Jane Doe.'
    expect(blocks(parseNews(input))).toEqual([
      'HeadlineNode',
      'ParagraphNode',
      'ParagraphNode',
      'ParagraphNode',
    ])
    const tree = parseNews(input, {trailers: [{kind: 'credit', pattern: /^Maps by /}]})
    expect(blocks(tree)).toEqual([
      'HeadlineNode',
      'ParagraphNode',
      'ParagraphNode',
      'TrailerNode:credit',
    ])
    assertTree(tree, input)
  })

  it('`trailers`: a pattern with a `g` or `y` flag matches every block, not every other one', () => {
    const input =
      'Council passes budget\nThe council passed a budget on Tuesday.\nMaps by Jane Doe.\nMaps by John Roe.'
    for (const pattern of [/^Maps by /g, /^Maps by /y, /^maps by /giy]) {
      const tree = parseNews(input, {trailers: [{kind: 'credit', pattern}]})
      expect(blocks(tree).slice(-2)).toEqual(['TrailerNode:credit', 'TrailerNode:credit'])
      // The caller’s RegExp is not touched.
      expect(pattern.lastIndex).toBe(0)
    }
  })

  it('`trailers`: the built-in patterns stay', () => {
    const input =
      'Council passes budget\nThe council passed a budget on Tuesday.\nMaps by Jane Doe.\n© 2024 The Daily Planet'
    const tree = parseNews(input, {trailers: [{kind: 'credit', pattern: /^Maps by /}]})
    expect(blocks(tree).slice(-2)).toEqual(['TrailerNode:credit', 'TrailerNode:copyright'])
  })

  it('`dek: false` turns off deks', () => {
    const input =
      'Library branch to close\nThe Elm Street branch will close at the end of the year after a vote.\nSupporters packed the chamber.\nThe Elm Street branch will close at the end of the year after a vote. It opened in 1911.'
    expect(blocks(parseNews(input)).slice(0, 3)).toEqual([
      'HeadlineNode',
      'DekNode',
      'ParagraphNode',
    ])
    expect(blocks(parseNews(input, {dek: true}))).toEqual(blocks(parseNews(input)))
    expect(blocks(parseNews(input, {dek: false}))).toEqual([
      'HeadlineNode',
      'ParagraphNode',
      'ParagraphNode',
      'ParagraphNode',
    ])
  })

  it('`dek: false` also turns off the dek after a headline that ends in a semicolon', () => {
    const input =
      'Mayor quits;\nCouncil to pick a successor within a month\nThe mayor quit on Tuesday.\nShe gave no reason.'
    expect(blocks(parseNews(input))[1]).toBe('DekNode')
    expect(blocks(parseNews(input, {dek: false}))[1]).toBe('ParagraphNode')
  })

  it('`cues`: a cue word attributes a quotation', () => {
    const input = '“It is over,” the mayor opined.'
    const [without] = quotes(parseNews(input))
    expect(without?.kind).toBe('partial')
    expect(without?.speaker).toBeNull()

    // Cues are matched in lower case.
    const [record] = quotes(parseNews(input, {cues: ['Opined']}))
    expect(record?.kind).toBe('direct')
    expect(record?.text).toBe('It is over')
    expect(record?.speaker?.text).toBe('the mayor')
    expect(record?.cue).toEqual({text: 'opined', start: 24, end: 30})
    expect(record?.cueClass).toBe('speech')
  })

  it('`cues`: a cue word introduces reported speech', () => {
    const input = 'The mayor opined that the budget was far too large for the city.'
    expect(quotes(parseNews(input))).toEqual([])
    const [record] = quotes(parseNews(input, {cues: ['opined']}))
    expect(record?.kind).toBe('indirect')
    expect(record?.speaker?.text).toBe('The mayor')
    expect(record?.cue?.text).toBe('opined')
    expect(record?.text).toMatch(/the budget was far too large for the city$/)
  })

  it('`cues`: a cue phrase is matched word by word, the longest first', () => {
    const input =
      'The mayor went on to say the bridge would open in 2027.\n“It will be done,” the mayor made   clear.'
    const records = quotes(parseNews(input, {cues: ['went on', 'went on to say', 'Made Clear']}))
    expect(records.map((record) => [record.kind, record.speaker?.text, record.cue?.text])).toEqual([
      ['indirect', 'The mayor', 'went on to say'],
      ['direct', 'the mayor', 'made   clear'],
    ])
    expect(records[0]?.text).toBe('the bridge would open in 2027')
    // A phrase is not matched across sentences, nor when a word differs.
    expect(
      quotes(
        parseNews('The mayor went on. To say more was pointless.', {cues: ['went on to say']}),
      ),
    ).toEqual([])
    expect(
      quotes(parseNews('The mayor went on to visit the bridge.', {cues: ['went on to say']})),
    ).toEqual([])
  })

  it('options are the same through the plugin', () => {
    const options: Options = {titles: ['Ald.'], dek: false, cues: ['opined']}
    const input = 'Police said Ald. Jones was not there.\n“It is over,” the mayor opined.'
    const tree = unified().use(retextNews, options).parse(input)
    expect(tree).toEqual(parseNews(input, options))
  })
})

describe('toString(node)', () => {
  const tree = parseNews(article)

  it('gives the text of the root and of a block as nlcst-to-string does', () => {
    expect(toString(tree)).toBe(nlcstToString(tree))
    const headline = tree.children[0] as RootContent
    expect(headline.type).toBe('HeadlineNode')
    expect(toString(headline)).toBe('Mayor quits after budget vote')
    expect(toString(headline)).toBe(nlcstToString(headline))
  })

  it('accepts a list of nodes', () => {
    expect(toString(tree.children)).toBe(article)
    expect(toString(tree.children.slice(0, 2))).toBe('Mayor quits after budget vote\n')
    expect(toString([])).toBe('')
  })

  it('gives the text of news nodes inside sentences', () => {
    const file = parseNews('“I am done,” the mayor said.')
    const texts: string[] = []
    const walk = (node: RootContent | Root) => {
      if (node.type === 'QuoteNode' || node.type === 'AttributionNode') texts.push(toString(node))
      if ('children' in node) for (const child of node.children) walk(child as RootContent)
    }
    walk(file)
    expect(texts).toEqual(['“I am done,”', 'the mayor said'])
  })
})

describe('quotes(tree)', () => {
  it('gives [] for a tree without quotes', () => {
    expect(quotes(parseNews('The council met on Tuesday. It adjourned at noon.'))).toEqual([])
    expect(quotes(parseNews(''))).toEqual([])
  })

  it('gives the same records for a tree made by the plugin', () => {
    const input = `${article}\n“We will see,” he added.`
    const records = quotes(unified().use(retextNews).parse(input))
    expect(records).toEqual(quotes(parseNews(input)))
    expect(records.map((record) => record.text)).toEqual(['I am done', 'We will see'])
  })

  it('reads the words of the tree when a transformer changed them', () => {
    const input = '“We are done. We are going home,” the mayor said.'
    const tree = parseNews(input)
    const [before] = quotes(tree)
    // One span for the two sentences of the quote, sliced out of the input.
    expect(before?.spans.map((span) => span.text)).toEqual(['“We are done. We are going home,”'])

    // A transformer (a spelling fixer, say) changes a word in the quote.
    visit(tree, 'TextNode', (node) => {
      if (node.value === 'going') node.value = 'GOING'
    })
    const [after] = quotes(tree)
    // The text is the tree’s; pieces are no longer joined through the input.
    expect(after?.spans.map((span) => span.text)).toEqual(['“We are done.', 'We are GOING home,”'])
    expect(after?.text).toBe('We are done. We are GOING home')
    expect(after?.speaker?.text).toBe('the mayor')
  })

  it('gives plain, serialisable records', () => {
    const records = quotes(parseNews(article))
    expect(JSON.parse(JSON.stringify(records))).toEqual(records)
    expect(records[0]).toEqual({
      identifier: 'q1',
      kind: 'direct',
      text: 'I am done',
      spans: [{text: '“I am done,”', start: 30, end: 42}],
      speaker: {
        text: 'the mayor',
        start: 43,
        end: 52,
        name: 'the mayor',
        role: null,
        anonymous: false,
      },
      attribution: 'a1',
      cue: {text: 'said', start: 53, end: 57},
      cueClass: 'speech',
      addressee: null,
    })
  })
})
