/**
 * The fast tokenizer against its oracle: `tokenizeBlock(value, start, end,
 * place)` must be deep-equal to
 * `rebase(new ParseEnglish().tokenizeParagraph(value.slice(start, end)), start, place)`,
 * and no two nodes may share a position or point object.
 *
 * Checked on every block of the PolNeAR train and dev articles and of the BBC
 * News corpus (read from `../shared/corpora/` beside the repository, never
 * copied into it; skipped when absent), on thousands of generated strings of
 * tricky characters and tokens, and on invented cases for each rule of
 * parse-english and parse-latin.
 *
 * The seed is fixed; `FC_SEED=random` or `FC_SEED=1234` and `FC_RUNS=10` work
 * as in `property.test.ts`.
 */

import {existsSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import type {Paragraph, Sentence} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import retextNews, {type Root, toString} from 'retext-news'
import {unified} from 'unified'
import type {Node} from 'unist'
import {location} from 'vfile-location'
import {describe, expect, it} from 'vitest'
import {splitBlocks} from '../src/lib/blocks.js'
import {rebase} from '../src/lib/position.js'
import {tokenizeBlock} from '../src/lib/tokenize.js'
import {corpora, read, textNames} from './util/corpora.js'
import {assertTree} from './util/invariants.js'
import {fastCheckSettings} from './util/seed.js'

const {seed, scale} = fastCheckSettings('tokenize.test.ts', 20_251_127)

// ---------------------------------------------------------------------------
// Checks.

/** What parse-english makes of a block, moved to the document. */
function oracle(value: string, start: number, end: number): Paragraph {
  const paragraph = new ParseEnglish().tokenizeParagraph(value.slice(start, end))
  rebase(paragraph, start, location(value))
  return paragraph
}

/** Throw when two nodes share a position object or a point object. */
function assertUnshared(tree: Node): void {
  const seen = new Set<object>()

  const visit = (node: Node): void => {
    const position = node.position

    if (position) {
      for (const object of [position, position.start, position.end]) {
        if (seen.has(object)) throw new Error('A position or point object is shared')
        seen.add(object)
      }
    }

    if ('children' in node && Array.isArray(node.children)) {
      for (const child of node.children as Node[]) visit(child)
    }
  }

  visit(tree)
}

/** Tokenize `value.slice(start, end)` both ways; they must agree. */
function agree(value: string, start = 0, end = value.length): void {
  const ours = tokenizeBlock(value, start, end, location(value))
  expect(ours).toEqual(oracle(value, start, end))
  assertUnshared(ours)
}

/** Tokenize a value on its own, and after and before other text. */
function agreeEverywhere(value: string): void {
  agree(value)
  const prefix = 'Lead in.\r\nSecond line\n'
  agree(`${prefix}${value} after`, prefix.length, prefix.length + value.length)
}

// ---------------------------------------------------------------------------
// Corpora.

/** Paths of the `.txt` files in a folder, sorted. */
function texts(folder: string): string[] {
  return textNames(folder).map((name) => join(folder, name))
}

/** Every block of every article in `folders` agrees with the oracle. */
function corpus(name: string, base: string, folders: () => string[]): void {
  const present = existsSync(base)

  if (!present) {
    console.warn(
      `Skipping the ${name} corpus: ${base} not found (lay shared/ beside the repository)`,
    )
  }

  describe.skipIf(!present)(`corpus: ${name}`, () => {
    it('every block equals parse-english’s', () => {
      const files = folders().flatMap((folder) => texts(folder))
      expect(files.length).toBeGreaterThan(0)
      let blocks = 0

      for (const file of files) {
        const value = read(file)
        const place = location(value)

        for (const block of splitBlocks(value)) {
          const ours = tokenizeBlock(value, block.start, block.end, place)
          const expected = oracle(value, block.start, block.end)
          if (!isEqual(ours, expected)) {
            // Let vitest show the difference.
            expect({file, block, tree: ours}).toEqual({file, block, tree: expected})
          }
          assertUnshared(ours)
          blocks++
        }
      }

      expect(blocks).toBeGreaterThan(files.length)
    })
  })
}

/** Deep equality, quicker than `expect` for thousands of trees. */
function isEqual(left: unknown, right: unknown): boolean {
  return JSON.stringify(left) === JSON.stringify(right)
}

const polnear = join(corpora, 'polnear', 'data')
/** Parse with retext-news; with a no-op nlcst extension, parse-english tokenizes. */
function parse(value: string, english = false): Root {
  const processor = unified().use(retextNews)
  if (english) processor.data('nlcstSentenceExtensions', [() => {}])
  return processor.parse(value)
}

const polnearDev = join(corpora, 'polnear', 'data', 'dev', 'text')

describe.skipIf(!existsSync(polnearDev))('corpus: PolNeAR dev, whole trees', () => {
  it('are the same whether parse-english or tokenizeBlock tokenizes', () => {
    for (const file of texts(polnearDev)) {
      const value = read(file)
      const fast = parse(value)
      const english = parse(value, true)
      if (!isEqual(fast, english)) expect({file, tree: fast}).toEqual({file, tree: english})
    }
  })
})

corpus('PolNeAR train and dev', polnear, () => [
  join(polnear, 'train', 'text'),
  join(polnear, 'dev', 'text'),
])

const bbc = join(corpora, 'bbc')
corpus('BBC News', bbc, () =>
  readdirSync(bbc, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(bbc, entry.name))
    .sort(),
)

// ---------------------------------------------------------------------------
// Generated strings.

/** Characters and tokens that the rules of parse-english care about. */
const tokens = [
  // Letters, words, digits.
  'a',
  'b',
  'I',
  'Z',
  'w',
  'W',
  'o',
  'O',
  'ol',
  'n',
  'N',
  'em',
  'er',
  'im',
  'tis',
  'twas',
  'cause',
  'the',
  'The',
  'he',
  'said',
  'Smith',
  'é',
  'ß',
  'Ω',
  'ı',
  'İ',
  'ǅ',
  'ꭰ',
  '3',
  '42',
  '90',
  '1999',
  '٣',
  '½',
  '²',
  // Punctuation and symbols.
  '.',
  '.',
  '.',
  '!',
  '?',
  '…',
  '‽',
  "'",
  "'",
  '’',
  '’',
  '"',
  '“',
  '”',
  '«',
  '»',
  '(',
  ')',
  '[',
  ']',
  '}',
  '-',
  '-',
  '‐',
  '—',
  '/',
  '/',
  '&',
  '&',
  '@',
  '#',
  '%',
  '$',
  '=',
  ':',
  ';',
  ',',
  '_',
  '__',
  '·',
  '\u00AD',
  '‧',
  '+',
  // White space.
  ' ',
  ' ',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  ' \n \r\n ',
  '\u00A0',
  '\u2028',
  '\u3000',
  // Astral characters, lone surrogates, combining marks.
  '😀',
  '👍🏽',
  '𝟘',
  '𝐀',
  '\uD800',
  '\uDC00',
  '\u0301',
  'e\u0301',
  // Initialisms, elisions, abbreviations, numbers.
  'U.S.',
  'e.g.',
  'i.e.',
  'a.m.',
  '1.2.3',
  "'s",
  '’90s',
  "'90s",
  'rock ’n’ roll',
  "rock 'n' roll",
  'o’ ',
  'w/o',
  'and/or',
  'km/h',
  'Mr.',
  'Dr.',
  'St.',
  'Mrs.',
  'Inc.',
  'etc.',
  'ca.',
  'No.',
  'Jan.',
  'Calif.',
  'A.',
  '3.5',
  '...',
  '. . .',
  '?!',
  '!!',
  'e-mail',
  "don't",
  '&c',
  'AT&T',
  '__init__',
  'a_b',
]

/** Strings made of the tokens above. */
const tricky = fc
  .array(fc.constantFrom(...tokens), {minLength: 1, maxLength: 40})
  .map((parts) => parts.join(''))

/** Prose-like strings: tokens joined by spaces, sentences starting in any case. */
const prose = fc
  .array(
    fc.tuple(
      fc.constantFrom(...tokens),
      fc.constantFrom(' ', ' ', ' ', '', '. ', '.  ', '! ', '? ', ', ', '\n', '\n\n'),
    ),
    {minLength: 1, maxLength: 30},
  )
  .map((pairs) => pairs.map(([token, space]) => token + space).join(''))

/** Any UTF-16 string, lone surrogates included. */
const units = fc.string({unit: 'binary', maxLength: 60})

/** Any string of grapheme clusters. */
const graphemes = fc.string({unit: 'grapheme', maxLength: 40})

function run(arbitrary: fc.Arbitrary<string>, runs: number): void {
  fc.assert(
    fc.property(arbitrary, (value) => {
      agreeEverywhere(value)
    }),
    {seed, numRuns: Math.max(1, Math.round(runs * scale))},
  )
}

describe('generated strings', () => {
  it('tricky tokens', () => run(tricky, 3000))
  it('prose of tricky tokens', () => run(prose, 3000))
  it('any UTF-16 units', () => run(units, 1000))
  it('any graphemes', () => run(graphemes, 1000))
  it('any slice of a string', () => {
    fc.assert(
      fc.property(tricky, fc.nat(), fc.nat(), (value, a, b) => {
        const start = a % (value.length + 1)
        const end = start + (b % (value.length - start + 1))
        agree(value, start, end)
      }),
      {seed, numRuns: Math.max(1, Math.round(1000 * scale))},
    )
  })
})

// ---------------------------------------------------------------------------
// Invented cases, by rule.

const cases: Record<string, string[]> = {
  'empty and white space': ['', ' ', '\n', ' \t ', 'a', '.', '\r\n\r\n'],
  'runs of characters': [
    'aaa...!!!??',
    '$$%%##',
    '$😀 😀$ 😀😀',
    'a😀b',
    '-\uD800-',
    '\uDC00\uD800',
    '..,,;;',
    '(((a)))',
  ],
  'elisions (mergeEnglishElisionExceptions)': [
    'Go w/ me and W/ them, not ow/ or w//.',
    "Come w/'em now.",
    'Come w/',
    "A cup o’ tea and a bit o' luck; ol' times.",
    "o' clock and a o' b and x o'",
    "It was 'em and 'tis the 'cause; 'er 'im 'twas.",
    "The '90s and ’60s, '9 and '999, 'N' and ’n’.",
    "rock 'n' roll, rock ’n' roll, rock 'n’ roll, rock 'n roll, 'n'",
    "rock'n'roll and word 'em and a'em",
    "''em and ’’tis",
  ],
  'ampersands (mergeInitialWordSymbol)': [
    '&c and & c and AT&T and &&x and a &b & &c',
    '&',
    '& &x',
    '&x',
  ],
  'hyphens (mergeFinalWordSymbol)': ['pre- and post-war, self- or a -b, x-- y, z-', 'a- -b', '-'],
  'inner symbols (mergeInnerWordSymbol)': [
    "don't e-mail a.m. x:y a=b a@b.c a?b a&b a_b a__b a'b a’b a‐b a‑b a·b a‧b a\u00ADb",
    'a.-.-.-. a-.-b a-- b a.-b.-c. a..b a.!b',
    '__init__ x_ _y',
  ],
  'slashes (mergeInnerWordSlash)': [
    'and/or km/h a/b/c ab/cd abc/de ab/cde a/ /b a/ b a//b 1/2/3',
    'yes/',
  ],
  'initialisms (mergeInitialisms)': [
    'U.S. e.g. i.e. a.m. p.m. U.S.A. 1.2. 1.2.3. 3.5. A.B.C. ab.c. a-b. a.bc. a.b-c.',
    'The U.S. Officials said so. Then 1.2. Then x.y.',
    'Ü.S. ١.٢. a.١.',
  ],
  'sentences (splitNode)': [
    'One. Two! Three? Four… Five‽ Six?! Seven...',
    'No end',
    'Trailing space. ',
  ],
  'English abbreviations (mergeEnglishPrefixExceptions)': [
    'Mr. Smith met Dr. Jones at St. Paul on Jan. 5 and Sept. 9. Then Inc. Ltd. Gov. Calif. Mass. Mo.',
    'ask MR. X or mr. y and Mr.',
    'Mr. Mrs. Ms. Dr. Jr.',
    'Qu\u00E9. Que. Next.',
  ],
  'non-word sentences (mergeNonWordSentences)': [
    '... Hello. ?! World. !!',
    '... !!! ??? ',
    '...',
    '. . . Then.',
  ],
  'closing marks (mergeAffixSymbol)': [
    '“Go.” He said. (Yes.) Fine. [Done.] {x.} ’Tis. »Ja.« «Ja.» It.’’ It.))',
    'He left.) ) ) Then.',
    '.) Then.',
    'A. ) ) B.',
  ],
  'lower-case starts (mergeInitialLowerCaseLetterSentences)': [
    'It is. and so. (see below). “quoted.” ok. élan. Élan. ßig. ǅx.',
    'One. "lower" two. , three.',
  ],
  'digit starts (mergeInitialDigitSentences)': ['It costs $3. 5 of them. 2nd. (3) items. ٣ items.'],
  'Latin abbreviations (mergePrefixExceptions)': [
    'See p. 5 and cf. the ca. 1900 map, etc. Then viz. this, ibid. and 123. 1234. x. X.',
    'Chapter 12. Next. A. B. C.',
    'pro. sic. op. cit. al. et al. Done.',
  ],
  'commas (mergeAffixExceptions)': ['It was. , then; it was. ; then. — , not.', 'Hi. ,'],
  'remaining full stops (mergeRemainingFullStops)': [
    'a . b . c. x .y z. Go. . . Then.',
    'The end . . of it. a. .b c.',
    'x. y. Z',
    'Hi .Bye!',
    '. a . .',
  ],
  'white space siblings (makeInitial/FinalWhiteSpaceSiblings)': [
    ' Leading. Trailing. ',
    '  Both.  ',
    '\tTab.\t',
  ],
  'implicit breaks (breakImplicitSentences)': [
    'One line\n\nAnother line\r\n\r\nThird\r\rFourth\n \nFifth',
    'One\nline\r\nstill\rone',
    'A\n\n',
    '\n\nA',
    'A\n\nB\n\nC.',
    'x \u2028\u2028 y',
  ],
}

describe('invented cases', () => {
  for (const [rule, values] of Object.entries(cases)) {
    it(rule, () => {
      for (const value of values) agreeEverywhere(value)
    })
  }
})

// ---------------------------------------------------------------------------
// The parser: which tokenizer, and what extensions see.

describe('parser', () => {
  const input = 'Mayor quits\nThe mayor quit. She gave “no reason,” aides said.\n\nOn Tuesday.'

  it('gives the same tree with either tokenizer', () => {
    const fast = parse(input)
    expect(fast).toEqual(parse(input, true))
    assertTree(fast, input)
  })

  it('news extensions see document positions, nlcst extensions block positions', () => {
    const news: number[] = []
    const nlcst: number[] = []
    // nlcst sentence extensions run on a block before it is split into
    // sentences, and before the sentence has a position.
    const offset = (sentence: Sentence) =>
      (sentence.position ?? sentence.children[0]?.position)?.start.offset ?? -1
    unified()
      .use(retextNews)
      .data('nlcstSentenceExtensions', [(sentence: Sentence) => void nlcst.push(offset(sentence))])
      .data('newsSentenceExtensions', [(sentence: Sentence) => void news.push(offset(sentence))])
      .parse(input)
    const starts = ['Mayor', 'The', 'She', 'On'].map((word) => input.indexOf(word))
    expect(nlcst).toEqual([0, 0, 0])
    expect(news).toEqual(starts)
    news.length = 0
    unified()
      .use(retextNews)
      .data('newsSentenceExtensions', [(sentence: Sentence) => void news.push(offset(sentence))])
      .parse(input)
    expect(news).toEqual(starts)
  })

  it('news extensions that move or rebuild nodes get fresh spans', () => {
    const value = 'Council passes e-mail budget today'
    const tree = unified()
      .use(retextNews)
      .data('newsParagraphExtensions', [
        (paragraph: Paragraph) => {
          // Move the last word of the sentence into a sentence of its own,
          // without a position; rebuild every word with the position of its
          // first child (shared, and too short for “e-mail”).
          const [first] = paragraph.children
          if (first?.type !== 'SentenceNode') return
          const last = first.children.pop()
          if (last) paragraph.children.push({type: 'SentenceNode', children: [last]})
          for (const sentence of paragraph.children) {
            if (sentence.type !== 'SentenceNode') continue
            sentence.children = sentence.children.map((child) =>
              child.type === 'WordNode' && child.children[0]?.position
                ? {type: 'WordNode', children: child.children, position: child.children[0].position}
                : child,
            )
          }
        },
      ])
      .parse(value)
    assertTree(tree, value)
    assertUnshared(tree)
    expect(tree.children[0]?.position?.end.offset).toBe(value.length)
  })

  it('with nlcst extensions, blocks parse-english cannot take become plain words', () => {
    const crash = `A. ${`${'a, '.repeat(10_000)}e.g. `.repeat(5)}`
    const long = `See ${'x.'.repeat(6_000)} here.`

    for (const value of [crash, long]) {
      const english = parse(value, true)
      expect(toString(english)).toBe(value)
      const sentences =
        english.children[0]?.type === 'ParagraphNode' ? english.children[0] : undefined
      expect(sentences?.children).toHaveLength(1)
    }

    // Without, `tokenizeBlock` takes the first as parse-english would (had it
    // the stack); the second is no prose either way.
    const fast = parse(crash)
    expect(toString(fast)).toBe(crash)
    expect(JSON.stringify(fast)).toContain('"type":"PunctuationNode","value":","')
    expect(JSON.stringify(parse(crash, true))).not.toContain('"type":"PunctuationNode","value":","')
  })

  it('errors of nlcst extensions other than stack overflows are thrown', () => {
    const processor = unified()
      .use(retextNews)
      .data('nlcstSentenceExtensions', [
        () => {
          throw new TypeError('broken extension')
        },
      ])
    expect(() => processor.parse('Hello.')).toThrow('broken extension')
  })
})

// ---------------------------------------------------------------------------
// Sizes where parse-english itself fails.

describe('large inputs', () => {
  it('agree with parse-english in blocks of thousands of leaves', () => {
    agree('A b, c. '.repeat(2_000))
    agree(`${'x '.repeat(30_000)}.`)
  })

  it('takes runs and sentences that overflow parse-english’s stack', () => {
    for (const value of ['ab.'.repeat(150_000), ', '.repeat(150_000), 'a '.repeat(200_000)]) {
      const tree = tokenizeBlock(value, 0, value.length, location(value))
      let text = ''
      const collect = (node: Node): void => {
        if ('value' in node) text += node.value as string
        if ('children' in node) for (const child of node.children as Node[]) collect(child)
      }
      collect(tree)
      expect(text).toBe(value)
    }
  })
})
