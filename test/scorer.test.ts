import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {
  annotationFiles,
  coveredLength,
  type Fragment,
  fragmentText,
  isDirectQuote,
  overlapLength,
  parseAnn,
  parseFragments,
  startsWithQuotationMark,
  unionFragments,
  unquotedText,
} from '../bench/brat.js'
import {
  coversGold,
  exactCounts,
  isRelation,
  matchOneToOne,
  overlapsEnough,
  prf,
  relations,
  roleCorrect,
  type ScoredDocument,
  score,
  scoreDocument,
  spanKey,
} from '../bench/score.js'
import type {QuoteKind, QuoteRecord, Span} from '../src/types.js'

/** Offsets of the `occurrence`-th (0-based) occurrence of `needle` in `text`. */
function find(text: string, needle: string, occurrence = 0): Fragment {
  let start = -1
  for (let index = 0; index <= occurrence; index++) {
    start = text.indexOf(needle, start + 1)
    if (start === -1) throw new Error(`not found: ${needle}`)
  }
  return {start, end: start + needle.length}
}

/** A brat `T` line. */
function tLine(id: string, type: string, text: string, fragments: Fragment[]): string {
  const offsets = fragments.map((fragment) => `${fragment.start} ${fragment.end}`).join(';')
  const value = fragments.map((fragment) => text.slice(fragment.start, fragment.end)).join(' ')
  return `${id}\t${type} ${offsets}\t${value}`
}

/** A system span. */
function span(text: string, fragment: Fragment): Span {
  return {text: text.slice(fragment.start, fragment.end), ...fragment}
}

/** A system record; without `attribution`, it belongs to no attribution. */
function record(
  text: string,
  kind: QuoteKind,
  content: Fragment[],
  speaker: Fragment | null = null,
  cue: Fragment | null = null,
  attribution: string | null = null,
): QuoteRecord {
  return {
    identifier: `q${content[0]?.start ?? 0}`,
    kind,
    text: content.map((fragment) => text.slice(fragment.start, fragment.end)).join(' '),
    spans: content.map((fragment) => span(text, fragment)),
    speaker: speaker ? {...span(text, speaker), name: null, role: null, anonymous: false} : null,
    attribution,
    cue: cue ? span(text, cue) : null,
    cueClass: cue ? 'speech' : null,
    addressee: null,
  }
}

describe('brat: parseFragments', () => {
  it('reads one fragment', () => {
    expect(parseFragments('12 40')).toEqual([{start: 12, end: 40}])
  })

  it('reads fragments joined by `;`, sorted by start', () => {
    expect(parseFragments('463 616;256 377')).toEqual([
      {start: 256, end: 377},
      {start: 463, end: 616},
    ])
  })
})

describe('brat: parseAnn', () => {
  const ann = [
    'T1\tSource 0 5\tPaula',
    'T2\tCue 6 10\tsaid',
    'T3\tContent 11 30;40 52\tfirst piece second piece',
    'T4\tAttribution 6 10\tsaid',
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    'T5\tCue 60 66\tit was',
    'T6\tContent 70 90\ta span of text that',
    'runs over a line break',
    'T7\tAttribution-no-source 60 66\tit was',
    'E2\tAttribution-no-source:T7 Content:T6 Cue:T5',
    '#1\tAnnotatorNotes T6\tA note, not a span',
    'T8\tDiscuss 100 120\tsomething to discuss',
    'T9\tAttribution 130 134\twarn',
    'E3\tAttribution:T9 ',
    'T10\tContent 140 150\tpart one',
    'T11\tContent 160 170\tpart two',
    'T12\tCue 152 156\tsaid',
    'T13\tSource 135 139\tthey',
    'T14\tAttribution 152 156\tsaid',
    'E4\tAttribution:T14 Cue:T12 Source:T13 Content:T11 Content2:T10',
    '',
  ].join('\n')
  const attributions = parseAnn(ann)

  it('keeps E lines with content, in order', () => {
    expect(attributions.map((attribution) => attribution.id)).toEqual(['E1', 'E2', 'E4'])
  })

  it('links content fragments, source and cue', () => {
    expect(attributions[0]).toEqual({
      id: 'E1',
      content: [
        {start: 11, end: 30},
        {start: 40, end: 52},
      ],
      source: [{start: 0, end: 5}],
      cue: [{start: 6, end: 10}],
    })
  })

  it('gives a `null` source to Attribution-no-source, past a continuation line', () => {
    expect(attributions[1]).toEqual({
      id: 'E2',
      content: [{start: 70, end: 90}],
      source: null,
      cue: [{start: 60, end: 66}],
    })
  })

  it('folds numbered roles (Content2) into one sorted content', () => {
    expect(attributions[2]?.content).toEqual([
      {start: 140, end: 150},
      {start: 160, end: 170},
    ])
    expect(attributions[2]?.source).toEqual([{start: 135, end: 139}])
  })

  it('reads CRLF files', () => {
    expect(parseAnn(ann.replace(/\n/g, '\r\n'))).toEqual(attributions)
  })
})

describe('brat: annotationFiles', () => {
  it('takes the first annotator’s file in sorted order, names holding `_`', () => {
    const files = annotationFiles([
      'site_2016-01-02_a-story_ff01.ann',
      'site_2016-01-02_a-story_4b22.ann',
      'site_2016-01-03_other_4e07.ann',
      'notes.txt',
    ])
    expect([...files]).toEqual([
      ['site_2016-01-02_a-story', 'site_2016-01-02_a-story_4b22.ann'],
      ['site_2016-01-03_other', 'site_2016-01-03_other_4e07.ann'],
    ])
  })
})

describe('brat: fragment arithmetic', () => {
  const a: Fragment[] = [
    {start: 10, end: 20},
    {start: 15, end: 25},
    {start: 25, end: 30},
    {start: 40, end: 50},
  ]

  it('merges overlapping and touching fragments', () => {
    expect(unionFragments(a)).toEqual([
      {start: 10, end: 30},
      {start: 40, end: 50},
    ])
    expect(coveredLength(a)).toBe(30)
  })

  it('counts shared characters, end exclusive', () => {
    expect(overlapLength(a, [{start: 28, end: 45}])).toBe(7)
    expect(overlapLength(a, [{start: 30, end: 40}])).toBe(0)
  })

  it('joins fragment text by a space, or a line break across paragraphs', () => {
    const text = 'abc def\n\nghi'
    expect(
      fragmentText(text, [
        {start: 0, end: 3},
        {start: 4, end: 7},
      ]),
    ).toBe('abc def')
    expect(
      fragmentText(text, [
        {start: 4, end: 7},
        {start: 9, end: 12},
      ]),
    ).toBe('def\nghi')
  })
})

describe('brat: direct quotes', () => {
  /** Whether the whole of `value` is a direct quote. */
  function direct(value: string): boolean {
    return isDirectQuote(value, [{start: 0, end: value.length}])
  }

  it('accepts quoted material with punctuation after the mark', () => {
    expect(direct('“The ferry runs late every day,”')).toBe(true)
    expect(direct('  “Yes.”  ')).toBe(true)
    expect(direct('"Enough of the noise."')).toBe(true)
    expect(direct("'We don't know yet.'")).toBe(true)
    expect(direct('‘We can’t stop now.’')).toBe(true)
    expect(direct('«Bonjour.»')).toBe(true)
    expect(direct("``Old typewriter style,''")).toBe(true)
  })

  it('accepts nested quotation marks', () => {
    expect(direct('"He answered “no” twice."')).toBe(true)
    expect(direct('“She called it “a mess” at once.”')).toBe(true)
  })

  it('accepts a quote reopened in each paragraph', () => {
    expect(direct('“The first paragraph runs on.\n\n“The second one closes,”')).toBe(true)
  })

  it('takes a single mark after a word for an apostrophe, and one before a space for a closer', () => {
    expect(unquotedText("'We don't know,' she said")).toBe(' she said')
    expect(unquotedText("the players' union")).toBe("the players' union")
    // A known limit: a plural possessive closes a single-quoted stretch.
    expect(direct('‘The parents’ view is clear.’')).toBe(false)
  })

  it('rejects content that does not begin with a mark', () => {
    expect(startsWithQuotationMark('that the ferry is “always late”')).toBe(false)
    expect(direct('that the ferry is “always late”')).toBe(false)
    expect(direct('Ferries “always late”')).toBe(false)
  })

  it('rejects words outside the marks', () => {
    expect(unquotedText('“Always late,” and that it costs too much')).toBe(
      ' and that it costs too much',
    )
    expect(direct('“Always late,” and that it costs too much')).toBe(false)
    expect(direct('‘Unfair’ Treatment of Commuters')).toBe(false)
    expect(direct('“We will wait\n\nsaid nobody')).toBe(false)
  })

  it('judges the fragments of a quote split by its attribution', () => {
    const text = '“We will build it,” the mayor said, “and soon.”'
    const content = [find(text, '“We will build it,”'), find(text, '“and soon.”')]
    expect(isDirectQuote(text, content)).toBe(true)
    expect(isDirectQuote(text, [{start: 0, end: text.length}])).toBe(false)
  })
})

describe('score: thresholds', () => {
  const gold: Fragment[] = [{start: 100, end: 110}]

  it('direct: system covers at least 80% of gold', () => {
    expect(coversGold(gold, [{start: 102, end: 110}])).toBe(true)
    expect(coversGold(gold, [{start: 103, end: 110}])).toBe(false)
    expect(coversGold(gold, [{start: 90, end: 108}])).toBe(true)
    expect(coversGold(gold, [{start: 50, end: 500}])).toBe(true)
  })

  it('direct: coverage counts the union of gold fragments', () => {
    const split: Fragment[] = [
      {start: 0, end: 10},
      {start: 20, end: 30},
    ]
    expect(coversGold(split, [{start: 0, end: 26}])).toBe(true)
    expect(coversGold(split, [{start: 0, end: 25}])).toBe(false)
    expect(coversGold(split, [{start: 0, end: 10}])).toBe(false)
  })

  it('all: overlap at least 30% of the longer span', () => {
    expect(overlapsEnough(gold, [{start: 107, end: 110}])).toBe(true)
    expect(overlapsEnough(gold, [{start: 108, end: 110}])).toBe(false)
    // Gold 10 characters inside a system span of 33: 10 / 33 = 30.3%.
    expect(overlapsEnough(gold, [{start: 100, end: 133}])).toBe(true)
    // 10 / 34 = 29.4%.
    expect(overlapsEnough(gold, [{start: 100, end: 134}])).toBe(false)
    expect(overlapsEnough(gold, [{start: 110, end: 120}])).toBe(false)
  })
})

describe('score: matchOneToOne', () => {
  it('matches greedily by best overlap, not by order', () => {
    const goldB: Fragment[] = [{start: 20, end: 30}]
    const goldA: Fragment[] = [{start: 0, end: 10}]
    const wide: Fragment[] = [{start: 0, end: 30}]
    const tight: Fragment[] = [{start: 20, end: 30}]
    expect(matchOneToOne([goldB, goldA], [wide, tight], coversGold)).toEqual([
      {gold: 0, system: 1},
      {gold: 1, system: 0},
    ])
  })

  it('matches each gold item at most once', () => {
    const gold: Fragment[] = [{start: 0, end: 10}]
    const pairs = matchOneToOne(
      [gold],
      [[{start: 0, end: 12}], [{start: 0, end: 10}]],
      overlapsEnough,
    )
    expect(pairs).toEqual([{gold: 0, system: 1}])
  })
})

describe('score: roles and exact match', () => {
  it('judges a speaker or cue by overlap, or both absent', () => {
    expect(roleCorrect([{start: 5, end: 10}], [{start: 9, end: 12}])).toBe(true)
    expect(roleCorrect([{start: 5, end: 10}], [{start: 10, end: 12}])).toBe(false)
    expect(roleCorrect([{start: 5, end: 10}], null)).toBe(false)
    expect(roleCorrect(null, null)).toBe(true)
    expect(roleCorrect(null, [{start: 0, end: 3}])).toBe(false)
  })

  it('compares distinct spans by exact offsets of their union', () => {
    expect(
      spanKey([
        {start: 20, end: 30},
        {start: 0, end: 10},
      ]),
    ).toBe('0-10,20-30')
    const counts = exactCounts(
      [[{start: 0, end: 4}], [{start: 0, end: 4}], null, [{start: 10, end: 20}]],
      [[{start: 0, end: 4}], [{start: 10, end: 19}], null],
    )
    expect(counts).toEqual({gold: 2, system: 2, matched: 1})
  })

  it('computes precision, recall and F1', () => {
    expect(prf({gold: 4, system: 2, matched: 2})).toEqual({
      gold: 4,
      system: 2,
      matched: 2,
      precision: 1,
      recall: 0.5,
      f1: 2 / 3,
    })
    expect(prf({gold: 0, system: 0, matched: 0}).f1).toBe(0)
  })
})

describe('score: relations', () => {
  const text = '“We will build it,” the mayor said. “And soon.” Critics scoffed at the “plan”.'
  const first = find(text, '“We will build it,”')
  const second = find(text, '“And soon.”')
  const scare = find(text, '“plan”')
  const speaker = find(text, 'the mayor')
  const cue = find(text, 'said')

  it('joins the records of one attribution into the first, with all their spans', () => {
    const a = record(text, 'direct', [first], speaker, cue, 'a1')
    const b = record(text, 'direct', [second], speaker, cue, 'a1')
    const result = relations([a, b])
    expect(result).toEqual([{...a, spans: [span(text, first), span(text, second)]}])
  })

  it('keeps groups apart and in the order of their first record', () => {
    const a = record(text, 'direct', [first], speaker, cue, 'a1')
    const b = record(text, 'partial', [scare], null, null, 'a2')
    const c = record(text, 'direct', [second], speaker, cue, 'a1')
    const result = relations([a, b, c])
    expect(result.map((item) => item.attribution)).toEqual(['a1', 'a2'])
    expect(result.map((item) => item.spans.length)).toEqual([2, 1])
    expect(result[1]).toEqual(b)
  })

  it('makes a group direct only when every record in it is', () => {
    /** Kind of the one group made of records of `kinds`. */
    function groupKind(kinds: QuoteKind[]): QuoteKind | undefined {
      const records = kinds.map((kind, index) =>
        record(text, kind, [{start: index, end: index + 1}], speaker, cue, 'a1'),
      )
      const result = relations(records)
      expect(result).toHaveLength(1)
      return result[0]?.kind
    }
    expect(groupKind(['direct', 'direct', 'direct'])).toBe('direct')
    expect(groupKind(['direct', 'partial'])).toBe('partial')
    expect(groupKind(['partial', 'direct'])).toBe('partial')
    // A later direct record does not make the group direct again.
    expect(groupKind(['direct', 'partial', 'direct'])).toBe('partial')
    expect(groupKind(['direct', 'indirect'])).toBe('indirect')
    expect(groupKind(['partial', 'mixed', 'direct'])).toBe('mixed')
  })

  it('leaves records without an attribution alone, one each', () => {
    const a = record(text, 'direct', [first], speaker, cue)
    const b = record(text, 'direct', [second], speaker, cue)
    const c = record(text, 'partial', [scare])
    expect(relations([a, b, c])).toEqual([a, b, c])
  })

  it('treats a record built without the field like one without an attribution', () => {
    const {attribution: a1, ...withoutA} = record(text, 'direct', [first], speaker, cue)
    const {attribution: a2, ...withoutB} = record(text, 'direct', [second], speaker, cue)
    expect([a1, a2]).toEqual([null, null])
    // As an old caller or a plain object may pass them: `attribution` is
    // `undefined` at run time.
    const a = withoutA as QuoteRecord
    const b = withoutB as QuoteRecord
    expect(relations([a, b])).toEqual([a, b])
  })

  it('does not change its input', () => {
    const a = record(text, 'direct', [first], speaker, cue, 'a1')
    const b = record(text, 'partial', [scare], speaker, cue, 'a1')
    const input = [a, b]
    const before = structuredClone(input)
    const result = relations(input)
    expect(result[0]?.kind).toBe('partial')
    expect(result[0]?.spans).toHaveLength(2)
    expect(input).toEqual(before)
    expect(result[0]).not.toBe(a)
    expect(result[0]?.spans).not.toBe(a.spans)
  })
})

describe('score: isRelation', () => {
  const text = 'Ana said “yes” to the “plan”.'
  const content = [find(text, '“yes”')]

  it('holds for a record with a speaker, a cue or both', () => {
    expect(isRelation(record(text, 'direct', content, find(text, 'Ana'), find(text, 'said')))).toBe(
      true,
    )
    expect(isRelation(record(text, 'direct', content, find(text, 'Ana')))).toBe(true)
    expect(isRelation(record(text, 'direct', content, null, find(text, 'said')))).toBe(true)
    expect(isRelation(record(text, 'partial', [find(text, '“plan”')]))).toBe(false)
  })
})

describe('score: a document', () => {
  const text = [
    'Town backs a new bridge',
    '',
    '“The bridge opens next spring,” Mayor Ana Ruiz said on Monday.',
    '',
    'Ruiz said the cost had doubled since the plan was drawn up.',
    '',
    '“We cannot wait any longer,” she told reporters. “The river does not wait either.”',
    '',
    '“Delays are likely,” was the warning at the meeting.',
    '',
    'Critics called the plan “a folly” and left.',
  ].join('\n')

  const e1 = {
    content: [find(text, '“The bridge opens next spring,”')],
    source: find(text, 'Mayor Ana Ruiz'),
    cue: find(text, 'said'),
  }
  const e2 = {
    content: [find(text, 'the cost had doubled since the plan was drawn up')],
    source: find(text, 'Ruiz', 1),
    cue: find(text, 'said', 1),
  }
  const e3 = {
    content: [
      find(text, '“We cannot wait any longer,”'),
      find(text, '“The river does not wait either.”'),
    ],
    source: find(text, 'she'),
    cue: find(text, 'told'),
  }
  const e4 = {content: [find(text, '“Delays are likely,”')], cue: find(text, 'was the warning')}
  const e5 = {
    content: [find(text, 'the plan “a folly”')],
    source: find(text, 'Critics'),
    cue: find(text, 'called'),
  }

  const ann = [
    tLine('T1', 'Source', text, [e1.source]),
    tLine('T2', 'Cue', text, [e1.cue]),
    tLine('T3', 'Content', text, e1.content),
    tLine('T4', 'Attribution', text, [e1.cue]),
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    tLine('T5', 'Source', text, [e2.source]),
    tLine('T6', 'Cue', text, [e2.cue]),
    tLine('T7', 'Content', text, e2.content),
    tLine('T8', 'Attribution', text, [e2.cue]),
    'E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5',
    tLine('T9', 'Source', text, [e3.source]),
    tLine('T10', 'Cue', text, [e3.cue]),
    tLine('T11', 'Content', text, e3.content),
    tLine('T12', 'Attribution', text, [e3.cue]),
    'E3\tAttribution:T12 Content:T11 Cue:T10 Source:T9',
    tLine('T13', 'Cue', text, [e4.cue]),
    tLine('T14', 'Content', text, e4.content),
    tLine('T15', 'Attribution-no-source', text, [e4.cue]),
    'E4\tAttribution-no-source:T15 Content:T14 Cue:T13',
    tLine('T16', 'Source', text, [e5.source]),
    tLine('T17', 'Cue', text, [e5.cue]),
    tLine('T18', 'Content', text, e5.content),
    tLine('T19', 'Attribution', text, [e5.cue]),
    'E5\tAttribution:T19 Content:T18 Cue:T17 Source:T16',
  ].join('\n')

  const system: QuoteRecord[] = [
    // Exact direct quote, speaker and cue.
    record(text, 'direct', e1.content, e1.source, e1.cue),
    // Indirect, content 20 of 48 gold characters: 41.7%.
    record(text, 'indirect', [find(text, 'the cost had doubled')], e2.source, e2.cue),
    // Only the second piece of a two-piece quote: under 80% of it.
    record(text, 'direct', [find(text, '“The river does not wait either.”')], e3.source, e3.cue),
    // No speaker, as gold; cue shorter than gold’s.
    record(text, 'direct', e4.content, null, {start: e4.cue.start, end: e4.cue.start + 3}),
    // Partial quote without speaker or cue.
    record(text, 'partial', [find(text, '“a folly”')]),
    // Spurious: the headline.
    record(text, 'direct', [find(text, 'Town backs')]),
  ]

  const document: ScoredDocument = {name: 'bridge', text, gold: parseAnn(ann), system}

  it('finds the gold direct quotes', () => {
    expect(document.gold.map((attribution) => isDirectQuote(text, attribution.content))).toEqual([
      true,
      false,
      true,
      true,
      false,
    ])
  })

  it('scores direct quotes, with missed and spurious ones', () => {
    const result = scoreDocument(document)
    expect(result.direct).toEqual({
      gold: 3,
      system: 4,
      matched: 2,
      speakerCorrect: 2,
      cueCorrect: 2,
    })
    expect(result.missedDirect).toEqual([e3.content])
    expect(result.spuriousDirect).toEqual([
      [find(text, '“The river does not wait either.”')],
      [find(text, 'Town backs')],
    ])
    expect(result.speakerErrors).toEqual([])
  })

  it('scores all attributions at 30% overlap', () => {
    // Only records with a speaker or a cue count: the partial “a folly” and
    // the headline have neither, so 4 system records (not 6). The partial
    // no longer matches E5 (it did, with the wrong speaker and cue), so 4
    // matched, all with the right speaker and cue.
    expect(scoreDocument(document).all).toEqual({
      gold: 5,
      system: 4,
      matched: 4,
      speakerCorrect: 4,
      cueCorrect: 4,
    })
  })

  it('scores exact matches per role', () => {
    expect(scoreDocument(document).exact).toEqual({
      content: {gold: 5, system: 6, matched: 2},
      source: {gold: 4, system: 3, matched: 3},
      cue: {gold: 5, system: 4, matched: 3},
    })
  })

  it('leaves records without speaker or cue out of all attributions only', () => {
    // The exact quote E1, first with neither speaker nor cue, then with a cue.
    const bare = record(text, 'direct', e1.content)
    const cued = record(text, 'direct', e1.content, null, e1.cue)
    const withoutRoles = scoreDocument({...document, system: [bare]})
    expect(withoutRoles.all).toEqual({
      gold: 5,
      system: 0,
      matched: 0,
      speakerCorrect: 0,
      cueCorrect: 0,
    })
    // Still a direct quote, and still an exact content.
    expect(withoutRoles.direct).toEqual({
      gold: 3,
      system: 1,
      matched: 1,
      speakerCorrect: 0,
      cueCorrect: 0,
    })
    expect(withoutRoles.exact.content).toEqual({gold: 5, system: 1, matched: 1})
    expect(scoreDocument({...document, system: [cued]}).all).toEqual({
      gold: 5,
      system: 1,
      matched: 1,
      speakerCorrect: 0,
      cueCorrect: 1,
    })
  })

  it('scores the pieces of one attribution as one relation', () => {
    const [before, after] = e3.content as [Fragment, Fragment]
    const pieces = (attribution: string | null): QuoteRecord[] => [
      record(text, 'direct', [before], e3.source, e3.cue, attribution),
      record(text, 'direct', [after], e3.source, e3.cue, attribution),
    ]

    // Apart, neither piece covers 80% of E3.
    const apart = scoreDocument({...document, system: pieces(null)})
    expect(apart.direct).toMatchObject({system: 2, matched: 0})
    expect(apart.all).toMatchObject({system: 2, matched: 1})
    expect(apart.exact.content).toEqual({gold: 5, system: 2, matched: 0})

    // Together, they are E3 exactly.
    const together = scoreDocument({...document, system: pieces('a3')})
    expect(together.direct).toEqual({
      gold: 3,
      system: 1,
      matched: 1,
      speakerCorrect: 1,
      cueCorrect: 1,
    })
    expect(together.missedDirect).toEqual([e1.content, e4.content])
    expect(together.all).toMatchObject({system: 1, matched: 1})
    expect(together.exact.content).toEqual({gold: 5, system: 1, matched: 1})
  })

  it('sums documents into figures', () => {
    const other: ScoredDocument = {
      name: 'wrong speaker',
      text,
      gold: document.gold,
      system: [record(text, 'direct', e1.content, find(text, 'Monday'), e1.cue)],
    }
    const scores = score([document, other])
    expect(scores.documents).toBe(2)
    expect(scores.direct.gold).toBe(6)
    expect(scores.direct.system).toBe(5)
    expect(scores.direct.matched).toBe(3)
    expect(scores.direct.precision).toBeCloseTo(0.6, 10)
    expect(scores.direct.recall).toBeCloseTo(0.5, 10)
    expect(scores.direct.f1).toBeCloseTo(6 / 11, 10)
    expect(scores.direct.speaker).toEqual({correct: 2, total: 3, accuracy: 2 / 3})
    expect(scores.direct.cue).toEqual({correct: 3, total: 3, accuracy: 1})
    // 4 in `document` (its partial quote, without speaker or cue, is not a
    // relation), 1 in `other`.
    expect(scores.all.matched).toBe(5)
    expect(scores.all.system).toBe(5)
    expect(scores.exact.source).toMatchObject({gold: 8, system: 4, matched: 3})
    expect(scores.perDocument[1]?.speakerErrors).toEqual([
      {content: e1.content, gold: [e1.source], system: [find(text, 'Monday')]},
    ])
  })
})

const corpus = fileURLToPath(new URL('../../shared/corpora/polnear/data/dev/', import.meta.url))
const hasCorpus = existsSync(join(corpus, 'attributions'))

describe('brat: PolNeAR dev split (read from ../shared when present)', () => {
  if (!hasCorpus) console.info(`PolNeAR not found at ${corpus}: corpus checks skipped`)

  it.skipIf(!hasCorpus)('offsets of T lines give back their text', () => {
    const files = annotationFiles(readdirSync(join(corpus, 'attributions')))
    let checked = 0
    let direct = 0
    for (const [name, file] of [...files].slice(0, 20)) {
      const text = readFileSync(join(corpus, 'text', `${name}.txt`), 'utf8')
      const ann = readFileSync(join(corpus, 'attributions', file), 'utf8')
      for (const line of ann.split('\n')) {
        const match = /^T\d+\t\S+ ([\d ;]+)\t(.*)$/.exec(line)
        if (!match?.[1] || match[2] === undefined || match[2].includes('\t')) continue
        // In file order (annotators may list a later fragment first).
        const fragments = match[1].split(';').map((piece) => {
          const [start = 0, end = 0] = piece.split(' ').map(Number)
          return {start, end}
        })
        const value = fragments.map((fragment) => text.slice(fragment.start, fragment.end))
        if (!value.some((piece) => piece.includes('\n'))) {
          expect(value.join(' ')).toBe(match[2])
          checked++
        }
      }
      for (const attribution of parseAnn(ann)) {
        if (isDirectQuote(text, attribution.content)) direct++
      }
    }
    expect(checked).toBeGreaterThan(100)
    expect(direct).toBeGreaterThan(10)
  })
})
