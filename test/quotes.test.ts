/**
 * Quotes and attributions: focused assertions on `quotes(parseNews(text))`
 * for the seed article and for each quote pattern (the inputs of the
 * `quote-*` and `reported-*` fixtures), rather than snapshots.
 */

import {readFileSync} from 'node:fs'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {type Options, parseNews, quotes} from '../src/index.js'
import type {Quote, QuoteRecord, Root, Span} from '../src/types.js'

/** Opening and closing quotation marks. */
const openingMark = /^(?:[“„«‘"']|``|'')/
const closingMark = /(?:[”»’"']|'')$/

function fixture(name: string): string {
  return readFileSync(new URL(`fixtures/${name}/input.txt`, import.meta.url), 'utf8')
}

/** The records of a text, after checking what every record must keep. */
function records(input: string, options?: Options): QuoteRecord[] {
  const found = quotes(options ? parseNews(input, options) : parseNews(input))
  expectWellFormed(found, input)
  return found
}

/**
 * Every span slices the input, texts have no enclosing marks (reported speech
 * keeps the marks of the quotations inside it), records are in reading order.
 */
function expectWellFormed(found: QuoteRecord[], input: string): void {
  const spans: Span[] = []

  for (const record of found) {
    expect(record.spans.length, record.identifier).toBeGreaterThan(0)
    if (record.kind !== 'mixed') {
      expect(record.text, record.identifier).not.toMatch(openingMark)
      // (But for the mark of a quotation inside that closes with it.)
      if (closingMark.test(record.text))
        expect(record.text.slice(0, -1), record.identifier).toMatch(/[“‘"']/)
    }
    expect(record.text, record.identifier).toBe(record.text.trim())
    spans.push(...record.spans)
    if (record.speaker) spans.push(record.speaker)
    if (record.cue) spans.push(record.cue)
    if (record.addressee) spans.push(record.addressee)
  }

  for (const span of spans) {
    expect(span.start).toBeLessThan(span.end)
    expect(input.slice(span.start, span.end)).toBe(span.text)
  }

  const starts = found.map((record) => record.spans[0]?.start ?? -1)
  expect(starts).toEqual([...starts].sort((a, b) => a - b))
}

/** The one record whose text starts with `prefix`. */
function byText(found: QuoteRecord[], prefix: string): QuoteRecord {
  const matches = found.filter((record) => record.text.startsWith(prefix))
  expect(matches, `one record starting with ${JSON.stringify(prefix)}`).toHaveLength(1)
  return matches[0] as QuoteRecord
}

/** Quote nodes in a tree. */
function quoteNodes(tree: Root): Quote[] {
  const found: Quote[] = []
  visit(tree, 'QuoteNode', (node) => {
    found.push(node)
  })
  return found
}

/** What to compare of a record’s attribution. */
function who(record: QuoteRecord) {
  return {
    speaker: record.speaker?.text ?? null,
    name: record.speaker?.name ?? null,
    cue: record.cue?.text ?? null,
    addressee: record.addressee?.text ?? null,
  }
}

describe('examples/sample-article.txt', () => {
  const input = readFileSync(new URL('../examples/sample-article.txt', import.meta.url), 'utf8')
  const found = records(input)
  const dek = input.indexOf('\n') + 1
  const body = input.indexOf('\n', dek) + 1

  it('has five direct quotes, with speaker, cue and addressee', () => {
    const direct = found.filter((record) => record.kind === 'direct')
    expect(direct.map((record) => record.text.slice(0, 30))).toEqual([
      'We haven’t seen a willingness ',
      'Cuba has relayed to the United',
      'And what we ask for is respect',
      'The status quo is not working',
      'We’re locked into this old Col',
    ])
    const [official, torres, torresOn, mcgovern, mcgovernOn] = direct as [
      QuoteRecord,
      QuoteRecord,
      QuoteRecord,
      QuoteRecord,
      QuoteRecord,
    ]

    expect(who(official)).toEqual({
      speaker: 'the official',
      name: 'an anonymous U.S. official',
      cue: 'told',
      addressee: 'Politico',
    })
    expect(official.speaker?.anonymous).toBe(true)
    expect(official.cueClass).toBe('speech')
    expect(official.text).toBe(
      'We haven’t seen a willingness by the Cuban government to make a grander gesture that would result in a significant thaw in relations',
    )

    expect(torres.speaker?.name).toBe('Lianys Torres Rivera')
    expect(torres.speaker?.role).toBe('chargé d’affaires at Cuba’s embassy in Washington')
    expect(torres.speaker?.anonymous).toBe(false)
    expect(torres.cue?.text).toBe('told')
    expect(torres.addressee?.text).toBe('the outlet')
    expect(torresOn.text).toBe(
      'And what we ask for is respect and non-interference in our domestic affairs.',
    )
    expect(torresOn.speaker?.name).toBe('Lianys Torres Rivera')
    expect(torresOn.attribution).toBe(torres.attribution)

    expect(mcgovern.text).toBe('The status quo is not working')
    expect(who(mcgovern)).toEqual({
      speaker: 'McGovern',
      name: 'Jim McGovern',
      cue: 'said',
      addressee: null,
    })
    expect(mcgovernOn.text).toMatch(/^We’re locked into .* let’s try something different here\.$/)
    expect(mcgovernOn.speaker?.name).toBe('Jim McGovern')
    expect(mcgovernOn.attribution).toBe(mcgovern.attribution)

    for (const record of direct) expect(record.spans).toHaveLength(1)
  })

  it('has two partial quotes', () => {
    const partial = found.filter((record) => record.kind === 'partial')
    expect(partial.map((record) => record.text)).toEqual([
      'not fully cooperating',
      'state sponsor of terrorism.',
    ])
    const [cooperating, terrorism] = partial as [QuoteRecord, QuoteRecord]
    expect(cooperating.speaker).toBeNull()
    expect(cooperating.attribution).toBeNull()
    expect(cooperating.spans[0]?.text).toBe('“not fully cooperating”')
    expect(terrorism.spans[0]?.text).toBe('“state sponsor of terrorism.”')
    // Inside “Cuban officials claimed that …”: the partial quote is theirs.
    const mixed = byText(found, 'that while the U.S. has made progress')
    expect(terrorism.attribution).toBe(mixed.attribution)
  })

  it('has the reported speech, in reading order', () => {
    const reported = found.filter((record) => record.kind === 'indirect' || record.kind === 'mixed')
    expect(
      reported.map((record) => [
        record.kind,
        record.speaker?.text ?? null,
        record.cue?.text ?? null,
      ]),
    ).toEqual([
      ['indirect', 'US official', 'claims'],
      ['indirect', 'The White House', 'said'],
      ['indirect', 'Cuban officials', 'claimed'],
      ['indirect', 'an anonymous U.S. official', 'said'],
      ['indirect', 'an anonymous U.S. official', 'claiming'],
      ['indirect', 'the White House', 'said'],
      ['indirect', 'Cuban officials', 'claimed'],
      ['mixed', 'Cuban officials', 'claimed'],
      ['indirect', 'Some Democrats, such as Massachusetts Rep. Jim McGovern', 'claimed'],
    ])
  })

  it('reads the headline’s “US official claims …: report”', () => {
    const record = byText(found, 'country has reached an impasse')
    expect(record.kind).toBe('indirect')
    expect(record.text).toBe('country has reached an impasse on improving relations with Cuba')
    expect(record.spans[0]?.end).toBeLessThan(dek)
    expect(who(record)).toEqual({
      speaker: 'US official',
      name: 'US official',
      cue: 'claims',
      addressee: null,
    })
  })

  it('reads “The White House said …” in the dek and in the body', () => {
    const said = found.filter((record) =>
      record.text.startsWith('the country will not go any further'),
    )
    expect(said).toHaveLength(2)
    const [inDek, inBody] = said as [QuoteRecord, QuoteRecord]

    for (const record of said) {
      expect(record.kind).toBe('indirect')
      expect(record.text).toBe(
        'the country will not go any further in improving the relationship until Cuba demonstrates that it is willing to improve its human rights record',
      )
      expect(record.speaker?.text.toLowerCase()).toBe('the white house')
      expect(record.cue?.text).toBe('said')
    }

    expect(inDek.spans[0]?.start).toBeGreaterThan(dek)
    expect(inDek.spans[0]?.end).toBeLessThan(body)
    expect(inBody.spans[0]?.start).toBeGreaterThan(input.indexOf('Now the White House said'))
    expect(inDek.attribution).not.toBe(inBody.attribution)
  })

  it('reads “Cuban officials claimed …” in the dek and in the body', () => {
    const claimed = found.filter((record) => record.text === 'Washington has not gone far enough')
    expect(claimed).toHaveLength(2)
    expect(claimed[0]?.spans[0]?.end).toBeLessThan(body)
    expect(claimed[1]?.spans[0]?.start).toBeGreaterThan(body)

    for (const record of claimed) {
      expect(record.kind).toBe('indirect')
      expect(who(record)).toEqual({
        speaker: 'Cuban officials',
        name: 'Cuban officials',
        cue: 'claimed',
        addressee: null,
      })
    }
  })

  it('reads “Cuban officials claimed that while …” as mixed', () => {
    const record = byText(found, 'that while the U.S. has made progress')
    expect(record.kind).toBe('mixed')
    expect(record.text).toContain(
      'while the U.S. has made progress in certain areas, it is ignoring some important issues such as listing Cuba as a “state sponsor of terrorism.',
    )
    expect(record.speaker?.name).toBe('Cuban officials')
    expect(record.cue?.text).toBe('claimed')
  })

  it('reads “…, an anonymous U.S. official said on Wednesday, claiming …”', () => {
    const said = byText(found, 'The United States')
    expect(said.kind).toBe('indirect')
    expect(said.text).toBe(
      "The United States' efforts to improve its relationship with Cuba is at a standstill",
    )
    expect(who(said)).toEqual({
      speaker: 'an anonymous U.S. official',
      name: 'an anonymous U.S. official',
      cue: 'said',
      addressee: null,
    })
    expect(said.speaker?.anonymous).toBe(true)

    const claiming = byText(found, 'the island nation needs')
    expect(claiming.kind).toBe('indirect')
    expect(claiming.text).toBe(
      'the island nation needs to improve its human rights records if the countries want to continue mending the relationship',
    )
    expect(claiming.cue?.text).toBe('claiming')
    expect(claiming.speaker?.name).toBe('an anonymous U.S. official')
    expect(claiming.attribution).not.toBe(said.attribution)
  })

  it('reads “Some Democrats, such as … Jim McGovern claimed that …”', () => {
    const record = found.find((candidate) => candidate.text.includes('the administration should'))
    expect(record?.kind).toBe('indirect')
    expect(record?.text).toMatch(
      /^(?:that )?the administration should still do more to try and smooth things out with Cuba$/,
    )
    expect(record?.speaker?.text).toBe('Some Democrats, such as Massachusetts Rep. Jim McGovern')
    // A group: its members are no role.
    expect(record?.speaker?.name).toBe('Some Democrats')
    expect(record?.speaker?.role).toBeNull()
    expect(record?.cue?.text).toBe('claimed')
  })
})

describe('quotation marks', () => {
  it('pairs curly double quotes', () => {
    const input = fixture('quote-curly-double')
    const [record, ...rest] = records(input)
    // “… is expected to …”: an expectation with no source, attributed too.
    expect(rest.map((other) => other.cue?.text)).toEqual(['is expected'])
    expect(record?.kind).toBe('direct')
    expect(record?.text).toBe('This makes the street safer for everyone who uses it')
    expect(record?.spans.map((span) => span.text)).toEqual([
      '“This makes the street safer for everyone who uses it,”',
    ])
    expect(record?.speaker?.name).toBe('Dana Ortiz')
    expect(record?.speaker?.role).toBe('a council member')
    expect(record?.cue?.text).toBe('said')
  })

  it('pairs single marks around a double-quoted quotation that closes with them (British style)', () => {
    const found = records(
      'Village\n\n‘They told us, “We are here forever,”’ he recalled. \'They said it was "forever",\' she said. ‘It is “over”,’ he said.\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.text])).toEqual([
      // (The inner quotation keeps its closing mark.)
      ['direct', 'he', 'They told us, “We are here forever”'],
      ['direct', 'she', 'They said it was "forever"'],
      ['direct', 'he', 'It is “over”'],
    ])
    expect(found[0]?.spans.map((span) => span.text)).toEqual([
      '‘They told us, “We are here forever,”’',
    ])
  })

  it('a record keeps the closing marks of quotations inside it, straight or curly, but reads no elision as one', () => {
    const found = records(
      "Rally\n\n“So I said, 'have a go at me,'” he said. “Get 'em out, 'now,'” he said. “He said 'no' and 'yes,'” she said. ‘She said \"no\" and \"yes\",’ he said.\n",
    )
    expect(found.map((record) => record.text)).toEqual([
      "So I said, 'have a go at me'",
      "Get 'em out, 'now'",
      "He said 'no' and 'yes'",
      'She said "no" and "yes"',
    ])
  })

  it('pairs low opening marks with the curly marks that close them (German style)', () => {
    const input =
      'Merkel\n\n„We can do it“, Merkel said. She called the plan „madness“ on Monday. „It is done,“ she added.\n'
    const found = records(input)
    expectWellFormed(found, input)
    expect(found.map((record) => [record.kind, record.speaker?.text, record.text])).toEqual([
      ['direct', 'Merkel', 'We can do it'],
      ['mixed', 'She', 'the plan „madness“ on Monday'],
      ['partial', 'She', 'madness'],
      ['direct', 'she', 'It is done'],
    ])
  })

  it('strips an opening curly mark typed for a closing one from the text', () => {
    const [record] = records('Ads\n\n“It was me,“ said Jim Clyburn.\n')
    expect(record?.text).toBe('It was me')
    expect(record?.spans.map((span) => span.text)).toEqual(['“It was me,“'])
  })

  it('pairs straight double quotes', () => {
    const [record, ...rest] = records(fixture('quote-straight-double'))
    expect(rest).toHaveLength(0)
    expect(record?.kind).toBe('direct')
    expect(record?.text).toBe('We expect most customers to have power back by Friday')
    expect(record?.spans[0]?.text).toMatch(/^"We expect .*Friday,"$/)
    expect(record?.speaker?.name).toBe('Tom Reyes')
    expect(record?.speaker?.role).toBe('a spokesman for the utility')
    expect(record?.cue?.text).toBe('said')
  })

  it('keeps single quotes inside a double quote as part of it', () => {
    const input = fixture('quote-single-inside-double')
    const found = records(input)
    expect(found).toHaveLength(1)
    expect(quoteNodes(parseNews(input))).toHaveLength(1)
    const [record] = found as [QuoteRecord]
    expect(record.kind).toBe('direct')
    expect(record.text).toBe(
      'When a student tells me ‘I can’t focus with it in my pocket,’ I believe them',
    )
    expect(record.speaker?.name).toBe('Amy Chen')
  })

  it('pairs NYT-style double apostrophes', () => {
    const [signed, record, ...rest] = records(fixture('quote-nyt-double-apostrophes'))
    expect(rest).toHaveLength(0)
    // “The mayor signed the $9 billion spending plan”: an act on record.
    expect(signed?.cue?.text).toBe('signed')
    expect(record?.kind).toBe('direct')
    expect(record?.text).toBe(
      'We did not get everything we wanted, but the city is better off tonight',
    )
    expect(record?.spans[0]?.text.startsWith("''We")).toBe(true)
    expect(record?.spans[0]?.text.endsWith("tonight,''")).toBe(true)
    expect(record?.speaker?.name).toBe('Alan Brooks')
    expect(record?.speaker?.role).toBe('Mayor')
  })

  it('a title before the name is the role, not the party and state after it', () => {
    const found = records(
      'Shutdown\n\n“We will not shut the government down,” Senate Majority Leader Chuck Schumer, D-N.Y., said. Johnson, R-La., has said he will not pass another bill. Mike Lee, R-Utah, said the bill was bad.\n',
    )
    expect(found.map((record) => [record.speaker?.name, record.speaker?.role])).toEqual([
      ['Chuck Schumer', 'Senate Majority Leader'],
      // (With no title, the party and state are all there is.)
      ['Johnson', 'R-La.'],
      ['Mike Lee', 'R-Utah'],
    ])
  })

  it('“they” names no one person named before it, but a group or a body', () => {
    const found = records(
      'Oil\n\nSaudi Arabia’s energy minister, Prince Abdulaziz bin Salman, has said the group will act. Analysts at Goldman Sachs expect Brent to average $80 next year, they wrote in a note. Aer Lingus said fares would rise. They said the rise was small.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Prince Abdulaziz bin Salman', 'Abdulaziz bin Salman'],
      ['they', null],
      ['Aer Lingus', 'Aer Lingus'],
      ['They', 'Aer Lingus'],
    ])
  })

  it('in a headline in title case, a possessive source is the possessive and a first name, not the capitals before', () => {
    const found = [
      ...records(
        'Judge Blocks Trump’s Plan to End Birthright Citizenship\n\nThe order was blocked.\n',
      ),
      ...records('Why Hillary Clinton’s Attacks on Trade Are Working\n\nVoters like them.\n'),
    ]
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['Trump’s', 'Plan'],
      ['Hillary Clinton’s', 'Attacks on'],
    ])
  })

  it('local offices are titles before a name (“Councilmember”, “Assemblywoman”)', () => {
    const found = records(
      'Housing\n\nCouncilmember Traci Park called the plan “a fantasy.” Assemblywoman Ana Ruiz said it would pass.\n',
    )
    expect(found.map((record) => [record.speaker?.name, record.speaker?.role])).toEqual([
      ['Traci Park', 'Councilmember'],
      ['Traci Park', 'Councilmember'],
      ['Ana Ruiz', 'Assemblywoman'],
    ])
  })

  it('a body’s name that a place opens keeps the place, after a lower-case “the” too', () => {
    const found = records(
      'Strike\n\nDoctors will strike, the British Medical Association said. The jobless total rose, the German Federal Labour Agency said.\n',
    )
    expect(found.map((record) => record.speaker?.name)).toEqual([
      'British Medical Association',
      'German Federal Labour Agency',
    ])
  })

  it('an addressee a possessive owns runs over its name and a medium’s noun, and no further', () => {
    const found = records(
      'Talks\n\nMr Howard told BBC Radio 4’s Today programme Mr Blair had backed the change. Trump told Britain’s ITV television station that ties would be good. Donald Trump told ABC’s “This Week” that there is a deal. Brad Thor told TheBlaze founder Glenn Beck he would run.\n',
    )
    expect(found.map((record) => [record.addressee?.text, record.text])).toEqual([
      ['BBC Radio 4’s Today programme', 'Mr Blair had backed the change'],
      ['Britain’s ITV television station', 'that ties would be good'],
      [undefined, 'This Week'],
      ['ABC’s', 'that there is a deal'],
      ['TheBlaze founder Glenn Beck', 'he would run'],
    ])
  })

  it('a role before a name loses the honorific that goes with the name', () => {
    const found = records(
      'Strike\n\nCommittee chair Dr Jack Fletcher said it was over. Chief medical officer Prof Chris Whitty said it was not. Dr Ana Ruiz said the strike was over. First Lady Michelle Obama said it was fine.\n',
    )
    expect(found.map((record) => [record.speaker?.name, record.speaker?.role])).toEqual([
      ['Jack Fletcher', 'Committee chair'],
      ['Chris Whitty', 'Chief medical officer'],
      // (An honorific alone is all the role there is.)
      ['Ana Ruiz', 'Dr'],
      ['Michelle Obama', 'First Lady'],
    ])
  })

  it('pairs guillemets', () => {
    // (The headline’s “French minister vows to protect farmers” is reported
    // speech of its own.)
    const [headline, record, ...rest] = records(fixture('quote-guillemets'))
    expect(rest).toHaveLength(0)
    expect(headline?.kind).toBe('indirect')
    expect(record?.kind).toBe('direct')
    expect(record?.text).toBe('We will not abandon the people who feed this country')
    expect(record?.spans[0]?.text).toBe('«We will not abandon the people who feed this country,»')
    expect(record?.speaker?.name).toBe('Claire Dubois')
  })

  it('reads a British headline’s single quotes as a partial quote', () => {
    const input = fixture('quote-british-headline-single')
    const [record, ...rest] = records(input)
    // “The company is expected to confirm the losses”: an expectation, in the body.
    expect(rest.map((other) => other.cue?.text)).toEqual(['is expected to confirm'])
    expect(record?.kind).toBe('partial')
    expect(record?.text).toBe('to cut')
    expect(record?.spans[0]?.text).toBe("'to cut'")
    expect(record?.spans[0]?.end).toBeLessThan(input.indexOf('\n'))
    expect(record?.speaker).toBeNull()
    expect(record?.cue).toBeNull()
  })

  it('attributes a headline’s single-quoted quotation closed by a comma', () => {
    const found = records(
      '‘We will rebuild,’ Smith vows after floods\n\nThe town was flooded on Monday, and residents began cleaning up.\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.cue?.text])).toEqual([
      ['direct', 'Smith', 'vows'],
    ])
  })

  it('attributes a headline’s single-quoted quotation before an inverted cue', () => {
    const found = records(
      '‘We will rebuild’ says mayor after floods\n\nThe town was flooded on Monday, and residents began cleaning up.\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.cue?.text])).toEqual([
      ['direct', 'mayor', 'says'],
    ])
  })

  it('a short capitalised quotation that is a sentence after a quoted one in its paragraph is speech, not a title', () => {
    const found = records(
      'Rally\n\n“We’ve got a common enemy,” Burton told delegates. “Donald Trump.”\n\n‘Legend in the Coal Fields.’\n\nThe miners met.\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.text])).toEqual([
      ['direct', 'Burton', 'We’ve got a common enemy'],
      ['direct', 'Burton', 'Donald Trump.'],
      ['partial', undefined, 'Legend in the Coal Fields.'],
    ])
  })

  it('a bullet or an emphasis mark before a paragraph’s quotation opens nothing', () => {
    const found = records(
      'Rally\n\n- “We will win,” said Jane Roe.\n\n> “We will win,” she said.\n\n**“We will win,” he said.**\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.text])).toEqual([
      ['direct', 'Jane Roe', 'We will win'],
      ['direct', 'she', 'We will win'],
      ['direct', 'he', 'We will win'],
    ])
  })

  it('does not take apostrophes for quotation marks', () => {
    const input = fixture('quote-apostrophes-not-quotes')
    expect(input).toContain('’90s')
    expect(input).toContain('rock ’n’ roll')
    expect(input).toContain('Joneses’ house')
    expect(input).toContain('don’t')
    expect(records(input)).toEqual([])
    expect(quoteNodes(parseNews(input))).toEqual([])
  })

  it('reports an unclosed mark and parses the rest of the article', () => {
    const input = fixture('quote-unbalanced')
    const file = new VFile({value: input, path: 'quote-unbalanced.txt'})
    const tree = parseNews(file)
    const messages = file.messages.filter((message) => message.ruleId === 'missing-closing-quote')
    expect(messages).toHaveLength(1)
    expect(messages[0]?.source).toBe('retext-news')
    expect(messages[0]?.line).toBe(5)
    expect(messages[0]?.column).toBe(1)

    // The quote ends with its paragraph; the next paragraph is prose.
    const [record, ...rest] = records(input)
    expect(rest).toHaveLength(0)
    expect(record?.spans).toHaveLength(1)
    expect(record?.spans[0]?.start).toBe(input.indexOf('“We lost'))
    expect(record?.spans[0]?.end).toBe(input.indexOf('station.') + 'station.'.length)
    const paragraphs = tree.children.filter((node) => node.type === 'ParagraphNode')
    expect(paragraphs).toHaveLength(3)
    expect(paragraphs[2]?.position?.start.line).toBe(7)
  })

  it('opens a straight mark that starts a sentence after a closed quote', () => {
    // The space between the sentences is no token of theirs: the mark after
    // “ended.” touches no word, so it opens, and “It” is no quote.
    const input =
      'Talks end\n\nShe said: "The talks have ended." It is not clear what comes next. "We will meet again," he said.\n'
    const file = new VFile(input)
    const found = quotes(parseNews(file))
    expectWellFormed(found, input)
    expect(found.map((record) => record.text)).toEqual([
      'The talks have ended.',
      'We will meet again',
    ])
    expect(found.map((record) => record.speaker?.text)).toEqual(['She', 'he'])
    expect(file.messages).toEqual([])
  })

  it('an inverted “Said” opening a sentence is no part of a name', () => {
    const found = records(
      'Mac mini\n\nThe machine is small. Said Mr Fogg: "It\'s very much a computer." "It is cheap," he said.\n',
    )
    expect(found.map((record) => record.speaker?.name)).toEqual(['Fogg', 'Fogg'])
  })

  it.each([
    ['organisers', 'organisers'],
    ['consultancy 4Cast', 'consultancy 4Cast'],
  ])(
    'a short plural or a name with an inner capital speaks after a quotation: %s',
    (speaker, name) => {
      const [record] = records(
        `Film prize\n\n"They all bear his stamp," ${speaker} said in a statement.\n`,
      )
      expect(record?.kind).toBe('direct')
      expect(record?.speaker?.text).toBe(speaker)
      expect(record?.speaker?.name).toBe(name)
    },
  )

  it('reads a plural possessive in a speaker as no quotation mark', () => {
    const found = records(
      'Injury update\n\nHe is recovering. "He will have tests in the next 48 hours." Wales\' team physiotherapist Mark Davies said.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      "Wales' team physiotherapist Mark Davies",
    ])
    expect(found[0]?.speaker?.name).toBe('Mark Davies')
  })

  it('attributes a quotation right after a cue and its addressee', () => {
    const [record, ...rest] = records(
      'Currency reserves\n\nIt steadied nerves. A senior Finance Ministry official told Reuters "we have no plans to change the composition of currency holdings".\n',
    )
    expect(rest).toHaveLength(0)
    expect(record?.kind).toBe('partial')
    expect(record?.text).toBe('we have no plans to change the composition of currency holdings')
    expect(who(record as QuoteRecord)).toEqual({
      speaker: 'A senior Finance Ministry official',
      name: 'A senior Finance Ministry official',
      cue: 'told',
      addressee: 'Reuters',
    })
  })

  it.each([
    ['"We were amazed," Theresa May wrote.', 'Theresa May', 'wrote'],
    ['In Iowa, Will said Christie has been given an opening.', 'Will', 'said'],
    ['May said the plan would work.', 'May', 'said'],
  ])(
    'a capitalised auxiliary inside a sentence, or before a past tense, is a name: %s',
    (sentence, speaker, cue) => {
      const [record] = records(`Campaign notes\n\n${sentence}\n`)
      expect(record?.speaker?.text).toBe(speaker)
      expect(record?.cue?.text).toBe(cue)
    },
  )

  it.each(['the Dutchman', 'the Texas Republican', 'the 30-year-old'])(
    'a description only a person fits stands for the person named before: %s',
    (description) => {
      const found = records(
        `Cup win\n\nTottenham manager Martin Jol watched his side win. "It was a professional performance," ${description} said.\n`,
      )
      expect(found.map((record) => record.speaker?.name)).toEqual(['Martin Jol'])
    },
  )

  it('“I”, “we” and “you” outside a quotation name no one mentioned before', () => {
    const found = records(
      'Court fight\n\nPreet Bharara led the case. I said that the charge was unfair. Preet Bharara said the case was strong. In our last letter, we argued that the case was weak. Steven Gerrard said the club would win. Throw in the transfer window, and you can see the club is in trouble.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['I', null],
      ['Preet Bharara', 'Preet Bharara'],
      ['we', null],
      ['Steven Gerrard', 'Steven Gerrard'],
      ['you', null],
    ])
  })

  it('a pronoun with a contracted verb resolves as the pronoun', () => {
    const [record] = records(
      'Interview\n\nBiden spoke on Monday. You’ve been talking about how the country is on the upswing.\n',
    )
    expect(record?.speaker?.text).toBe('You’ve')
    expect(record?.speaker?.name).toBeNull()
  })

  it('“he” is no commission, and “it” no one with a first name', () => {
    const found = records(
      'Trade row\n\nThe European Commission met on Monday with Tony Blair. "We will act," he said. Digby Jones spoke too. The European Union then met. "We will act," it said.\n',
    )
    expect(found.map((record) => record.speaker?.name)).toEqual(['Tony Blair', 'European Union'])
  })

  it('a quantity opening a sentence is no one a later “he” stands for', () => {
    const found = records(
      'Interview\n\nMany might think it is simply another chance. "We will not win," he said.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Many', 'Many'],
      ['he', null],
    ])
  })

  it('“who” after a lower-case noun stands for the noun, not a person named before', () => {
    const found = records(
      'Iowa\n\nMr. Trump fell short. He lost among voters who said the economy was weak. Rosa Alvarez, who said the plan would fail, left. Zeke Marsh, an economist who said the costs were low, left.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['who', 'voters'],
      ['who', 'Rosa Alvarez'],
      ['who', 'Zeke Marsh'],
    ])
  })

  it('a description with capitalised words is no other entity met before', () => {
    const found = records(
      'Race\n\nThe Clinton campaign said the ads were false. The Trump campaign said they were true. The campaign said it would appeal. The White House said nothing. Jeb Bush said he would run.\n',
    )
    expect(found.map((record) => record.speaker?.name)).toEqual([
      'The Clinton campaign',
      'The Trump campaign',
      'The Trump campaign',
      'White House',
      'Jeb Bush',
    ])
  })

  it('a description of a state is no person whose title says another state', () => {
    const found = records(
      'Race\n\nTexas Sen. Ted Cruz said the plan would fail. The Florida senator said it would work.\n',
    )
    expect(found.map((record) => record.speaker?.name)).toEqual(['Ted Cruz', 'The Florida senator'])
    const named = records(
      'Race\n\nFlorida Sen. Marco Rubio spoke first. Texas Sen. Ted Cruz said the plan would fail. The Florida senator said it would work.\n',
    )
    expect(named.map((record) => record.speaker?.name)).toEqual(['Ted Cruz', 'Marco Rubio'])
  })

  it('“the company” or “the campaign” is no man or woman named before', () => {
    const found = records(
      'Race\n\n"We will win," said Brian Fallon, a spokesman for the Clinton campaign. The campaign said it would appeal.\n',
    )
    expect(found.map((record) => record.speaker?.name)).toEqual(['Brian Fallon', 'The campaign'])
  })

  it('a cue word in -s that opens a subject before “have”, “are” or “were” is a plural noun', () => {
    const found = records(
      'TV\n\nPast shows have featured viewers eating spiders. Mr. Manafort’s views have shaped the campaign. The farms, which it says are lying idle, were sold.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['it', 'says'],
    ])
    // Or a clause after a conjunction.
    expect(
      records(
        'Rates\n\nThe committee has put up rates five times in the past year but rates have been on hold since May.\n',
      ),
    ).toEqual([])
  })

  it('an occupation or a party before a name is its role', () => {
    const found = records(
      'Arts\n\nGuitarist Brian May said the show would go on. Tory MP Boris Johnson said it was a shame. "It was great," said Paul Singer. "It was not," Mr. Singer added.\n',
    )
    expect(found.map((record) => record.speaker?.name)).toEqual([
      'Brian May',
      'Boris Johnson',
      'Paul Singer',
      'Paul Singer',
    ])
  })

  it('a role before an honorific and a surname is the role of the person named before', () => {
    const found = records(
      'Mayor\n\nKen Livingstone won. London mayor Mr Livingstone said the plan would work. A spokesman for Mr Livingstone said it was late.\n',
    )
    expect(found.map((record) => [record.speaker?.name, record.speaker?.role])).toEqual([
      ['Ken Livingstone', 'London mayor Mr'],
      ['A spokesman for Mr Livingstone', null],
    ])
  })

  it('a surname with a possessive read before names the person', () => {
    const found = records('Books\n\nJK Rowling’s new book is out. "It is my best," Rowling said.\n')
    expect(found.map((record) => record.speaker?.name)).toEqual(['JK Rowling'])
  })

  it('a description, a title and a name is the person named', () => {
    const found = records(
      'Church\n\nThe Bishop of Durham, the Rt Rev Dr Tom Wright, said the law was wrong. The Bishop said it would change.\n',
    )
    expect(found.map((record) => [record.speaker?.name, record.speaker?.role])).toEqual([
      ['Tom Wright', 'The Bishop of Durham'],
      ['Tom Wright', 'The Bishop of Durham'],
    ])
  })

  it('“it’s” before a participle is an impersonal passive, with no speaker', () => {
    expect(
      records('Phones\n\nIt’s predicted that by 2006 two billion people will own a phone.\n'),
    ).toEqual(
      records('Phones\n\nIt is predicted that by 2006 two billion people will own a phone.\n'),
    )
    expect(
      records('Phones\n\nIt’s predicted that by 2006 two billion people will own a phone.\n'),
    ).toEqual([])
  })

  it('a plural noun opening a sentence, or a group “they” stands for, is no one “he” stands for', () => {
    const found = records(
      'Tech\n\nJohn Lueders spoke first. Politicians say the rules are weak. "They are wrong," he said.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Politicians', 'Politicians'],
      ['he', 'John Lueders'],
    ])
    const group = records(
      'Schools\n\nBrian Smith spoke first. Games are a legitimate area of study in their own right, researchers say. Pupils should make their own games, they say. "It works," he said.\n',
    )
    expect(group.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['researchers', 'researchers'],
      ['they', 'researchers'],
      ['he', 'Brian Smith'],
    ])
  })

  it('“who” after a dash or a parenthesis stands for the name before; after no name, for no one named further back', () => {
    const found = records(
      'Race\n\nGraham—who said he had endorsed Jeb Bush—backed Cruz. Donald Trump won. His behavior angered the party’s top figures, who said it was a disgrace.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['who', 'Graham'],
      ['who', null],
    ])
  })

  it('common first names tell a man or a woman', () => {
    const found = records(
      'Town hall\n\n"We will win," Barack Obama said. Tina Houchins had a question. "Do you still think so?" she said.\n',
    )
    expect(found.map((record) => record.speaker?.name)).toEqual(['Barack Obama', 'Tina Houchins'])
  })

  it('a speaker’s apposition may hold an age and a town with its state', () => {
    const found = records(
      'Museum\n\nDonna Rawlings, 59, of Ashton, Md., who watched the ceremony, said the event brought back memories. Tom Smith, of Dayton, Ohio, said it was fine.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Donna Rawlings, 59, of Ashton, Md., who watched the ceremony,', 'Donna Rawlings'],
      ['Tom Smith, of Dayton, Ohio,', 'Tom Smith'],
    ])
  })

  it('a body’s name keeps its words and “of”; a description of someone at a body names no one in it', () => {
    const found = records(
      'Jobs\n\nThe Bureau of Labor Statistics said the economy added jobs in May. The Federal Trade Commission said the merger would raise prices. A spokesman for Hillary Clinton said the plan would fail. Economists at Duke University said it would work.\n',
    )
    expect(found.map((record) => record.speaker?.name)).toEqual([
      'Bureau of Labor Statistics',
      'Federal Trade Commission',
      'A spokesman for Hillary Clinton',
      'Economists at Duke University',
    ])
    const house = records(
      'Cuba\n\nThe White House said the talks had stalled. Later, the White House said the talks would resume.\n',
    )
    expect(house.map((record) => record.speaker?.name)).toEqual(['White House', 'White House'])
  })

  it('an inverted speaker may end in an acronym in parentheses or before a clause of reason; “predicts” inverts', () => {
    const found = records(
      'Gadgets\n\nMore awareness is needed about recycling, said the US Environmental Protection Agency (EPA). Delivering programmes over broadband offers clear public value, says the BBC, because it gives people more choice. There may not be enough iPods to go round, predicts Oliver Irish, editor of Stuff.\n',
    )
    expect(found.map((record) => [record.text, record.speaker?.text])).toEqual([
      ['More awareness is needed about recycling', 'the US Environmental Protection Agency (EPA)'],
      ['Delivering programmes over broadband offers clear public value', 'the BBC'],
      ['There may not be enough iPods to go round', 'Oliver Irish, editor of Stuff'],
    ])
  })

  it('a possessive before a name is its role', () => {
    const found = records(
      'Football\n\n"We have the power," added Chelsea’s William Gallas. "It was hard," NBC’s Lester Holt said. "It was fine," said The Huffington Post’s Scott Conroy. "We won," said Political Editor Matthew Boyle.\n',
    )
    expect(found.map((record) => record.speaker?.name)).toEqual([
      'William Gallas',
      'Lester Holt',
      'Scott Conroy',
      'Matthew Boyle',
    ])
  })

  it('the subject after “which” is the speaker of a cue in the relative clause', () => {
    const found = records(
      'Posters\n\nLabour used posters which critics claim depict Michael Howard as Fagin. It backed a plan, both of which Mrs. Clinton praised as bold.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['critics', 'claim'],
      ['both of which Mrs. Clinton', 'praised'],
    ])
  })

  it('Labour is no person for a later “he”', () => {
    const found = records(
      'Posters\n\nLabour insists the poster is simply anti-Tory. Michael Howard spoke. Instead, he said Tony Blair had complained about abusive campaigning.\n',
    )
    expect(found.map((record) => record.speaker?.name)).toEqual(['Labour', 'Michael Howard'])
  })

  it('“claimed” before a title won or lives taken is no cue', () => {
    expect(
      records(
        'Tennis\n\nThe 2003 champion claimed her seventh Grand Slam title in Melbourne. The storm claimed the lives of 20 people.\n',
      ),
    ).toEqual([])
    // A claim of victory, or about a title, stays one.
    const found = records(
      'Race\n\nHe claimed victory in the election on Monday. She claimed the title was hers by right and always had been.\n',
    )
    expect(found.map((record) => record.cue?.text)).toEqual(['claimed', 'claimed'])
  })

  it('“defending champion” and a noun cue after a modifier with a hyphen are no cues', () => {
    expect(
      records(
        'Tennis\n\nElena Dementieva swept aside defending champion Venus Williams to win the event. Skype lets people make free PC-based calls to other Skype users.\n',
      ),
    ).toEqual([])
    const [share] = records(
      'Poll\n\nTwo-thirds support reducing the prison sentences for people convicted of drug crimes.\n',
    )
    expect([share?.speaker?.text, share?.cue?.text]).toEqual(['Two-thirds', 'support'])
  })

  it('“added” with a plain object is no cue, up to a clause of time', () => {
    expect(
      records(
        'Shares\n\nThey added an extra 6.4% to $27.24 in electronic trading after the trading session had finished.\n',
      ),
    ).toEqual([])
  })

  it('a poll, a survey or a project named is no person for “she”', () => {
    const found = records(
      'Survey\n\nLoretta Lynch spoke first. The American Community Survey found that incomes rose. "We will act," she said.\n',
    )
    expect(found.map((record) => record.speaker?.name)).toEqual([
      'American Community Survey',
      'Loretta Lynch',
    ])
  })

  it('“called into” a programme is a telephone call, no cue', () => {
    expect(
      records("TV\n\nDonald Trump called into Bill O'Reilly's program on Fox News on Monday.\n"),
    ).toEqual([])
  })

  it('a word in -ing in a role before a name is no cue', () => {
    const found = records(
      'Aid\n\n"Resources are more than enough to reduce poverty," deputy planning director Jose Leibovich said. "It is a win," former State policy planning director Anne-Marie Slaughter wrote.\n',
    )
    expect(found.map((record) => [record.speaker?.name, record.cue?.text])).toEqual([
      ['Jose Leibovich', 'said'],
      ['Anne-Marie Slaughter', 'wrote'],
    ])
  })

  it('a speaker after an inverted cue may hold “of” after a role', () => {
    const found = records(
      'Factories\n\n"This completes a strong year," said chairman of the ISM’s survey committee. "We will win," said the chairman of the Commons education committee, Labour MP Barry Sheerman.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['chairman of the ISM’s survey committee', 'chairman of the ISM’s survey committee'],
      [
        'the chairman of the Commons education committee, Labour MP Barry Sheerman',
        'Barry Sheerman',
      ],
    ])
  })

  it('a speaker after an inverted cue may hold “for” after a role, but not a time', () => {
    const found = records(
      'Meta\n\n“No comment,” said a spokesperson for Meta. “We are reviewing it,” said a lawyer for the family. “It works,” said Smith for the first time.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'a spokesperson for Meta',
      'a lawyer for the family',
      'Smith',
    ])
  })

  it('what a speaker after an inverted cue is familiar with may end at a comma', () => {
    const found = records(
      'Talks\n\nThe talks have stalled, said two people familiar with the matter, who spoke on the condition of anonymity. “It was not convincing,” said one Democrat familiar with the discussion, who asked not to be named.\n',
    )
    expect(
      found.filter((record) => record.cue?.text === 'said').map((record) => record.speaker?.text),
    ).toEqual(['two people familiar with the matter', 'one Democrat familiar with the discussion'])
  })

  it('a plural of a cue word that is a noun as often, before a preposition, is a noun', () => {
    const found = records(
      'Airline\n\nSince the 11 September 2001 attacks in the United States, BA has cut 13,000 jobs. Reports from Russia say Baikal has paid a deposit. He claims in the interview that he won.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['Reports from Russia', 'say'],
      ['He', 'claims'],
    ])
    // Or after a number, a year or a month, but for one after a preposition.
    const dated = records(
      'Insurers\n\nThe September 11 attacks pushed claims up. A 2009 report on costs came out. The 11 September attacks pushed claims up to $37bn. Rules introduced in 2002 demand that cafes close early.\n',
    )
    expect(dated.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['Rules introduced in 2002', 'demand'],
    ])
  })

  it('a letter title after a name is no part of it, but in a description', () => {
    const found = records(
      'Council\n\n"We will ask them to exercise restraint," Tom McCabe MSP said. "It is wrong," Mr McCabe added. "It is right," the Ealing North MP said.\n',
    )
    expect(found.map((record) => record.speaker?.name)).toEqual([
      'Tom McCabe',
      'Tom McCabe',
      'Ealing North MP',
    ])
  })

  it('a group named with its members is the group', () => {
    const found = records(
      'Tax row\n\nSome, such as 83-year-old Elizabeth Winkfield, said they would rather go to jail. Critics, including Sen. Bob Smith, said the plan would fail.\n',
    )
    expect(found.map((record) => record.speaker?.name)).toEqual(['Some', 'Critics'])
  })

  it('a body with “of” before a role and a name is no affiliation of the name', () => {
    const found = records(
      'Economy\n\n"Prices will rise," Bank of England governor Mervyn King said. "We will win," said Tom Alvarez of the County Budget Office.\n',
    )
    expect(found.map((record) => [record.speaker?.name, record.speaker?.role])).toEqual([
      ['Mervyn King', 'Bank of England governor'],
      ['Tom Alvarez', 'of the County Budget Office'],
    ])
  })

  it('an apposition after an inverted cue may open with a role and no article', () => {
    const [record] = records(
      'Browsers\n\n"Firefox is rising," said Niels Brinkman, co-founder of Amsterdam-based OneStat.\n',
    )
    expect(record?.speaker?.text).toBe('Niels Brinkman, co-founder of Amsterdam-based OneStat')
    expect(record?.speaker?.role).toBe('co-founder of Amsterdam-based OneStat')
  })

  it('an affiliation after an inverted cue holds the joining words of a body', () => {
    const [record] = records(
      'Roads\n\n"We will win," said Tom Alvarez of the Campaign for Better Roads.\n',
    )
    expect(record?.speaker?.text).toBe('Tom Alvarez of the Campaign for Better Roads')
    expect(record?.speaker?.role).toBe('of the Campaign for Better Roads')
    // An ampersand joins them too.
    const [other] = records(
      'Markets\n\n"It is to be expected," said David Wyss of Standard & Poor’s in New York.\n',
    )
    expect(other?.speaker?.text).toBe('David Wyss of Standard & Poor’s')
  })

  it('a sports title opening a sentence is no part of a name', () => {
    const [record] = records(
      'Cup tie\n\nThe side lost on Sunday. Boss Graeme Souness said the players had let him down.\n',
    )
    expect(record?.speaker?.name).toBe('Graeme Souness')
  })

  it('a title that is also a given name, before a surname alone, is the given name', () => {
    const found = records(
      'Editors\n\nDean Baquet said the paper would not apologize. “We stand by it,” he said. Vikram Amar, dean of the law school, spoke too. “It is settled,” Dean Amar said.\n',
    )
    expect(found.map((record) => [record.speaker?.name, record.speaker?.role])).toEqual([
      ['Dean Baquet', null],
      ['Dean Baquet', null],
      ['Vikram Amar', 'Dean'],
    ])
  })

  it('a body named with a modifier that is a title is named whole', () => {
    const found = records(
      'Rates\n\nThe Federal Reserve said rates would stay high. The National Guard said it was ready. No one died, according to the Kansas Division of Emergency Management.\n',
    )
    expect(found.map((record) => [record.speaker?.name, record.speaker?.role])).toEqual([
      ['Federal Reserve', null],
      ['National Guard', null],
      ['Kansas Division of Emergency Management', null],
    ])
  })

  it('“who” after a noun of people and its comma is that description', () => {
    const found = records(
      'Plant\n\nMr. Brown said he had spoken with the company’s chief executive, who told him the decision was final. The mayor was blunt, said an REM spokesman, who added that the band was resting.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Mr. Brown', 'Brown'],
      ['who', 'the company’s chief executive'],
      ['an REM spokesman', 'an REM spokesman'],
      ['who', 'an REM spokesman'],
    ])
  })

  it('a name with particles in lower case is a person’s', () => {
    const found = records(
      'Cup\n\nManager Erik ten Hag praised the side. “We never stopped believing,” he said. Ursula von der Leyen said the plan was sound. “We will act,” she said.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Manager Erik ten Hag', 'Erik ten Hag'],
      ['he', 'Erik ten Hag'],
      ['Ursula von der Leyen', 'Ursula von der Leyen'],
      ['she', 'Ursula von der Leyen'],
    ])
  })

  it('a known first name before a surname that names places too is a person', () => {
    const found = records(
      'Council vote\n\nEllen Park, the mayor, spoke on Monday. "We will win," she said.\n',
    )
    expect(found.map((record) => record.speaker?.name)).toEqual(['Ellen Park'])
    const park = records(
      'Council vote\n\nCentral Park reopened on Monday. "We will win," she said.\n',
    )
    expect(park.map((record) => record.speaker?.name)).toEqual([null])
  })

  it('a place or a team is no person for such a description', () => {
    const [record] = records(
      'Cup win\n\nThey beat Nottingham Forest on Sunday. "It was a professional performance," the Dutchman said.\n',
    )
    // The description names itself, as before.
    expect(record?.speaker?.name).toBe('Dutchman')
  })

  it('an apposition after a name may hold “and”', () => {
    const [record] = records(
      'Cup win\n\nRobbie Keane, skipper for the night and scorer of the second goal, echoed his manager’s sentiments.\n',
    )
    expect(record?.speaker?.name).toBe('Robbie Keane')
    expect(record?.speaker?.role).toBe('skipper for the night and scorer of the second goal')
  })

  it('an auxiliary opening a sentence after a parenthesis is no name', () => {
    expect(
      records('Tax plan\n\nGains would be taxed. (All rates exclude the additional surtax.)\n'),
    ).toEqual([])
  })

  it.each([
    ['Mr Kennedy is to tell the audience: "Many people want change."', 'Mr Kennedy', 'is to tell'],
    [
      'O’Malley interjected to say: "They have both been inconsistent."',
      'O’Malley',
      'interjected to say:',
    ],
  ])('a verb before “to” opens the cue of a quotation: %s', (sentence, speaker, cue) => {
    const [record] = records(`Speech\n\n${sentence}\n`)
    expect(record?.kind).toBe('direct')
    expect(record?.speaker?.text).toBe(speaker)
    expect(record?.cue?.text).toBe(cue)
  })

  it('“be to” plans what a person says, not a plan', () => {
    const [record, ...rest] = records('Speech\n\nThe minister is to say that taxes will fall.\n')
    expect(rest).toHaveLength(0)
    expect(who(record as QuoteRecord)).toMatchObject({speaker: 'The minister', cue: 'is to say'})
    expect(records('Speech\n\nHis plan is to tell voters that taxes will fall.\n')).toEqual([])
  })

  it('“read” after a document says what it holds', () => {
    const found = records(
      'Broadcast row\n\n"The performer ignored this request," a BBC statement read. The statement read: "We regret it."\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['a BBC statement', 'read'],
      ['The statement', 'read:'],
    ])
    expect(records('Broadcast row\n\nI read the report on Monday.\n')).toEqual([])
  })

  it('a sentence that is only a speaker and a cue introduces the quotation after it', () => {
    const found = records(
      'Iowa race\n\n"Trump will win," Craig Robinson said. Dianne Bystrom agreed. "Mainstream Republicans are running out of time."\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['Craig Robinson', 'said'],
      ['Dianne Bystrom', 'agreed'],
    ])
  })

  it('a name of one word that opens two paragraphs with a colon makes a transcript', () => {
    const found = records(
      'Panel\n\nMatthews: Well, speculation is bad.\n\nLopez: No one is like that, in a way.\n\nMatthews: Here is the irony of our time.\n\nUpdate: The story was changed on Monday.\n\nClinton: 2,316.\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.text])).toEqual([
      ['direct', 'Matthews', 'Well, speculation is bad.'],
      ['direct', 'Lopez', 'No one is like that, in a way.'],
      ['direct', 'Matthews', 'Here is the irony of our time.'],
    ])
    // Once, it is a label.
    expect(records('Panel\n\nLopez: No one is like that, in a way.\n')).toEqual([])
    // A line in straight quotation marks: the closing one is no content.
    const quoted = records('Debate\n\n"PENCE: Well, look, we will win this race."\n')
    expect(quoted.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['PENCE', 'Well, look, we will win this race.'],
    ])
    expect(
      records(
        'Match\n\nReplacements: Everitt for Mapletoft (53), Hodgson for Edwards (77).\n\nReplacements: Green for Dowd (71), Birkett for Hart (80).\n',
      ),
    ).toEqual([])
  })

  it('an interview’s answers are the first person named, its questions no one’s', () => {
    const found = records(
      'Interview\n\nMayor Lena Ortiz sat down with the Herald.\n\nQ: Rents are up. What are you doing about it?\n\nA: We are building more homes than ever.\n\nQ: Will you run?\n\nA: I am focused on this job.\n',
    )
    expect(
      found.map((record) => [record.kind, record.speaker?.text, record.speaker?.name, record.text]),
    ).toEqual([
      ['direct', 'Q', null, 'Rents are up. What are you doing about it?'],
      ['direct', 'A', 'Lena Ortiz', 'We are building more homes than ever.'],
      ['direct', 'Q', null, 'Will you run?'],
      ['direct', 'A', 'Lena Ortiz', 'I am focused on this job.'],
    ])
    // Answers alone are no interview: “A:” is a label.
    expect(records('Plans\n\nA: The first plan.\n\nA: The second plan.\n')).toEqual([])
  })

  it('an interview’s answer of one word is an answer', () => {
    const found = records(
      'Interview\n\nMayor Lena Ortiz sat down with the Herald.\n\nQ: Will you run again?\n\nA: No.\n\nQ: Why not?\n\nA: I am tired.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['Q', 'Will you run again?'],
      ['A', 'No.'],
      ['Q', 'Why not?'],
      ['A', 'I am tired.'],
    ])
  })

  it('an explainer’s questions and answers, most answers reporting someone, are no interview', () => {
    const found = records(
      'Q&A: The new loan rules\n\nThe department finalized the rules on Friday.\n\nQ: Who is eligible?\n\nA: Anyone with federal loans can enroll, the department said.\n\nQ: How much will I save?\n\nA: It depends. “For a typical borrower, that cuts payments in half,” Secretary Miguel Torres said.\n\nQ: When does it start?\n\nA: July 1.\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.text])).toEqual([
      ['indirect', 'the department', 'Anyone with federal loans can enroll'],
      ['direct', 'Secretary Miguel Torres', 'For a typical borrower, that cuts payments in half'],
    ])
  })

  it('a line-up after a name and a colon is no transcript line', () => {
    expect(
      records('Match report\n\nChelsea won on Sunday.\n\nSubs Not Used: Pellegrino, Carson.\n'),
    ).toEqual([])
  })

  it('a cue word after a determiner and “early” is a noun', () => {
    const [record] = records('Broadcast row\n\nAn early tweet read: "We will win."\n')
    expect(who(record as QuoteRecord)).toMatchObject({speaker: 'An early tweet', cue: 'read:'})
  })

  it('takes no attribution from a next sentence that opens with a clause', () => {
    const [record, ...rest] = records(
      'Mac mini\n\nHe said: "I don\'t think it changes the world." It was still expensive compared to many PCs.\n',
    )
    expect(rest).toHaveLength(0)
    expect(record?.kind).toBe('direct')
    expect(record?.speaker?.text).toBe('He')
    expect(record?.cue?.text).toBe('said:')
  })

  it('reads a mark opening the next sentence of an open quote as its continuation', () => {
    // Paragraphs run together: the quote goes on where the next one opens.
    const input =
      'Budget row\n\nHe said: "Last week we heard the politics of fear. "There are serious challenges ahead. But they have not been confronted." Mr Brown rejected the call.\n'
    const file = new VFile(input)
    const [record, ...rest] = quotes(parseNews(file))
    expect(record?.kind).toBe('direct')
    expect(record?.spans.map((span) => span.text)).toEqual([
      '"Last week we heard the politics of fear. "There are serious challenges ahead. But they have not been confronted."',
    ])
    expect(record?.speaker?.text).toBe('He')
    expect(rest.map((other) => other.cue?.text)).toEqual(['rejected'])
    expect(file.messages).toEqual([])
  })
})

describe('attributions', () => {
  it('“…,” NAME said.', () => {
    const [headline, record, ...rest] = records(fixture('quote-said-after'))
    expect(rest).toHaveLength(0)
    // “Lawmakers push for vote on farm bill”: a headline’s stance, attributed too.
    expect(headline?.text).toBe('vote on farm bill')
    expect(headline?.speaker?.text).toBe('Lawmakers')
    expect(headline?.cue?.text).toBe('push for')
    expect(record?.kind).toBe('direct')
    expect(who(record as QuoteRecord)).toEqual({
      speaker: 'Rep. Sarah Lind',
      name: 'Sarah Lind',
      cue: 'said',
      addressee: null,
    })
    expect(record?.speaker?.role).toBe('Rep.')
    expect(record?.cueClass).toBe('speech')
  })

  it('“…,” said NAME, a ROLE.', () => {
    const [request, record, ...rest] = records(fixture('quote-said-after-inverted'))
    expect(rest).toHaveLength(0)
    // “industry groups asked for more time”: a request, attributed too.
    expect(request?.text).toBe('more time')
    expect(request?.cue?.text).toBe('asked for')
    expect(record?.kind).toBe('direct')
    expect(who(record as QuoteRecord)).toEqual({
      speaker: 'Tom Walsh, a Democrat from Ohio',
      name: 'Tom Walsh',
      cue: 'said',
      addressee: null,
    })
    expect(record?.speaker?.role).toBe('a Democrat from Ohio')
    expect(record?.cue?.start).toBeLessThan(record?.speaker?.start ?? 0)
  })

  it('NAME said: “…”', () => {
    const [record, ...rest] = records(fixture('quote-said-before-colon'))
    expect(rest).toHaveLength(0)
    expect(record?.kind).toBe('direct')
    expect(record?.speaker?.name).toBe('Maria Gomez')
    expect(record?.speaker?.role).toBe('the district’s superintendent')
    expect(record?.cue?.text).toBe('said:')
    expect(record?.cue?.end).toBeLessThan(record?.spans[0]?.start ?? 0)
    expect(record?.text).toMatch(/^We have looked at every other option, .* classrooms\.$/)
  })

  it('NAME said, “…”', () => {
    const [record, ...rest] = records(fixture('quote-said-before-comma'))
    expect(rest).toHaveLength(0)
    expect(record?.kind).toBe('direct')
    expect(who(record as QuoteRecord)).toEqual({
      speaker: 'Airport director Paul Hendricks',
      name: 'Paul Hendricks',
      cue: 'said',
      addressee: null,
    })
    expect(record?.speaker?.role).toBe('Airport director')
    expect(record?.cue?.end).toBeLessThan(record?.spans[0]?.start ?? 0)
  })

  it('“…,” he said. “…”: two quotes, one attribution', () => {
    const found = records(fixture('quote-attribution-middle')).filter(
      (record) => record.kind === 'direct',
    )
    expect(found.map((record) => record.text)).toEqual([
      'I know what this team can do',
      'We are going to work harder than anyone else this summer.',
    ])
    const [first, second] = found as [QuoteRecord, QuoteRecord]
    expect(first.identifier).not.toBe(second.identifier)
    expect(first.attribution).not.toBeNull()
    expect(second.attribution).toBe(first.attribution)
    expect(who(second)).toEqual({speaker: 'he', name: 'Dan Mercer', cue: 'said', addressee: null})
  })

  it('“…,” he said, “…”: one quote in two pieces', () => {
    const input = fixture('quote-split-sentence')
    const [record, ...rest] = records(input)
    expect(rest).toHaveLength(0)
    expect(record?.kind).toBe('direct')
    expect(record?.text).toBe('These works were never ours to keep.')
    expect(record?.spans.map((span) => span.text)).toEqual([
      '“These works,”',
      '“were never ours to keep.”',
    ])
    expect(who(record as QuoteRecord)).toEqual({
      speaker: 'Price',
      name: 'Helen Price',
      cue: 'said',
      addressee: null,
    })
    const nodes = quoteNodes(parseNews(input))
    expect(nodes).toHaveLength(2)
    expect(nodes.map((node) => node.identifier)).toEqual([record?.identifier, record?.identifier])
  })

  it('a headline’s “NAME: …”', () => {
    const [record, ...rest] = records(fixture('quote-headline-colon'))
    expect(rest).toHaveLength(0)
    expect(record?.kind).toBe('indirect')
    expect(record?.text).toBe('If elected, I will cut county fees')
    expect(record?.speaker?.text).toBe('Okafor')
    expect(record?.speaker?.name).toBe('Grace Okafor')
    // The colon does the work of the verb, as PolNeAR annotates it.
    expect(record?.cue?.text).toBe(':')
  })

  it('a headline’s “X: …” is no attribution when X is a topic, not a person or source', () => {
    // A topic before the colon (BBC style), or a teaser's word.
    expect(
      records(
        'Storm Darragh: Thousands without power as winds hit 90mph\n\nStorm Darragh brought winds of up to 90mph to parts of the UK.\n',
      ),
    ).toEqual([])
    expect(
      records(
        'Wow: Glenn Beck Just Responded To The Endorsement With One Line\n\nThe host spoke on his show on Tuesday.\n',
      ),
    ).toEqual([])
    // (Nor a section's word: “Interview:”, “Commentary:”.)
    expect(
      records(
        'Interview: The mayor on housing, crime and the budget\n\nMayor Karen Bass sat down with The Times on Monday. The interview has been edited for length.\n',
      ),
    ).toEqual([])
    // A surname the article gives after a given name, a given name, or a
    // noun of sources.
    const lynch = records(
      'Lynch: No outside influence on FBI probe into the emails\n\nAttorney General Loretta Lynch is reaffirming that the probe is free of outside influence.\n',
    )
    expect(lynch[0]?.speaker?.text).toBe('Lynch')
    expect(lynch[0]?.text).toBe('No outside influence on FBI probe into the emails')
    const given = records('Elizabeth Warren: We will not go back\n\nThe rally was loud.\n')
    expect(given[0]?.speaker?.text).toBe('Elizabeth Warren')
    const report = records(
      'Report: Pentagon drone program is over budget\n\nThe program has cost more than planned.\n',
    )
    expect(report[0]?.speaker?.text).toBe('Report')
  })

  it('a headline’s “X claims …: report”', () => {
    const [record, ...rest] = records(fixture('quote-headline-claims-report'))
    // (The other is the body's unanswered request for comment.)
    expect(rest.map((other) => [other.speaker?.text, other.cue?.text, other.text])).toEqual([
      ['The Defense Department', 'did not respond to', 'a request for comment'],
    ])
    expect(record?.kind).toBe('indirect')
    expect(record?.text).toBe('drone program is over budget')
    expect(who(record as QuoteRecord)).toEqual({
      speaker: 'Pentagon official',
      name: 'Pentagon official',
      cue: 'claims',
      addressee: null,
    })
  })

  it('a single-quoted quote left open at a paragraph’s end runs on when the next opens with a mark', () => {
    const found = records(
      "Strike\n\n'It's about time,' said Sarah Collins. 'I've lost count of the days I've worked from home.\n\n'My employer has been patient, but there is a limit.'\n\nThe trains ran late. 'I've had enough.\n\nThe union said talks would resume.\n",
    )
    expect(found.map((record) => [record.kind, record.text])).toEqual([
      ['direct', "It's about time"],
      [
        'direct',
        "I've lost count of the days I've worked from home. My employer has been patient, but there is a limit.",
      ],
      // (Not carried into a paragraph that opens with no mark.)
      ['indirect', 'talks would resume'],
    ])
  })

  it('a quote that runs over three paragraphs is one quote', () => {
    const input = fixture('quote-running-paragraphs')
    const [record, ...rest] = records(input)
    expect(rest).toHaveLength(0)
    expect(record?.kind).toBe('direct')
    expect(record?.speaker?.text).toBe('Olsen')
    expect(record?.speaker?.name).toBe('Margaret Olsen')
    expect(record?.cue?.text).toBe('said:')
    expect(record?.spans[0]?.start).toBe(input.indexOf('“When I started'))
    expect(record?.spans.at(-1)?.end).toBe(input.indexOf('every day.”') + 'every day.”'.length)

    const tree = parseNews(input)
    const paragraphs = tree.children.filter((node) => node.type === 'ParagraphNode')
    const lines = new Set<number | undefined>()

    for (const node of quoteNodes(tree)) {
      expect(node.identifier).toBe(record?.identifier)
      expect(node.attribution).toBe(record?.attribution)
      lines.add(node.position?.start.line)
    }

    expect([...lines]).toEqual([5, 7, 9])
    expect(paragraphs.map((node) => node.position?.start.line)).toEqual([3, 5, 7, 9])
  })

  it('a paragraph that is only a quote goes on with the speaker before', () => {
    const found = records(fixture('quote-floating-paragraph'))
    expect(found).toHaveLength(2)
    const [first, second] = found as [QuoteRecord, QuoteRecord]
    expect(second.kind).toBe('direct')
    expect(second.text).toBe(
      'Today that is over, and I want to thank the crews who worked through the winter.',
    )
    expect(first.speaker?.name).toBe('Lena Ortiz')
    expect(second.attribution).toBe(first.attribution)
    expect(second.speaker?.name).toBe('Lena Ortiz')
    expect(second.identifier).not.toBe(first.identifier)
  })

  it('a quote after words of its own in the next paragraph is not the speaker before’s', () => {
    const found = records(
      'Rally ends\n\n“We are done,” Ann Bell said.\n\nTom Reyes shouted to the crowd. “We will be back.”',
    )
    expect(byText(found, 'We are done').speaker?.name).toBe('Ann Bell')
    // (It is the subject’s of the sentence before it, in the first person.)
    expect(byText(found, 'We will be back').speaker?.name).toBe('Tom Reyes')
  })

  it('a quote after a sentence of speech in its paragraph goes on with its speaker', () => {
    const found = records(
      'Budget vote\n\nThe council may wait until spring, Mayor Ann Bell said. “The other question is money.”',
    )
    const [reported, quoted] = [byText(found, 'The council'), byText(found, 'The other question')]
    expect(quoted.kind).toBe('direct')
    expect(quoted.attribution).toBe(reported.attribution)
    expect(who(quoted)).toEqual({
      speaker: 'Mayor Ann Bell',
      name: 'Ann Bell',
      cue: 'said',
      addressee: null,
    })
  })

  it('a quote after a sentence of one speaker’s two attributions takes the last', () => {
    const found = records(
      'Budget vote\n\nShe acknowledged the plan was late, but said the council had weighed every cost. “It is not an easy decision.”',
    )
    expect(who(byText(found, 'It is not'))).toEqual({
      speaker: 'She',
      name: null,
      cue: 'said',
      addressee: null,
    })
  })

  it('a quote after a sentence of another kind, or of two speakers, has no speaker', () => {
    const found = records(
      'Budget vote\n\nThe council met on Monday. “It is not an easy decision.”\n\nTom Reyes said the plan was late, and Ann Bell said it was fine. “We will see.”',
    )
    expect(byText(found, 'It is not').speaker).toBeNull()
    expect(byText(found, 'We will see').speaker).toBeNull()
  })

  it('a sentence after a quote whose cue word follows a preposition is no attribution', () => {
    const found = records(
      'Awards\n\nAfter the show, Ann Bell said: “It was a real shock.” Tom Reyes and Eva Stone received an award for writing, presented by Noel Marsh.',
    )
    expect(who(byText(found, 'It was'))).toEqual({
      speaker: 'Ann Bell',
      name: 'Ann Bell',
      cue: 'said:',
      addressee: null,
    })
  })

  it('“… and repeatedly says, “…””: the subject speaks past an adverb', () => {
    const found = records('Video\n\nShe steps out of the car and repeatedly says, “Do not do it.”')
    expect(who(byText(found, 'Do not'))).toEqual({
      speaker: 'She',
      name: null,
      cue: 'repeatedly says',
      addressee: null,
    })
  })

  it('“…” she yells', () => {
    const found = records('Video\n\n“Did you see that?” she yells while running.')
    expect(who(byText(found, 'Did you'))).toEqual({
      speaker: 'she',
      name: null,
      cue: 'yells',
      addressee: null,
    })
  })

  it('a nickname in marks inside a name is part of the speaker, no quote', () => {
    const found = records(
      'Rally\n\n“It is over,” said Rep. Robert “Bobby” Scott. Gov. C. L. "Butch" Otter said the plan was fine. Marcia ‘Cia’ Price spoke too.',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Rep. Robert “Bobby” Scott', 'Robert Scott'],
      ['Gov. C. L. "Butch" Otter', 'C. L. Otter'],
    ])
    // Not after a lower-case word, nor in a headline in title case.
    const [scare] = records('Rival “Lyin” Tom Wins the Race\n\nThe count ended today.')
    expect(scare?.text).toBe('Lyin')
    expect(records('City\n\nThe “Big Apple” Marathon went well.')[0]?.text).toBe('Big Apple')
  })

  it('“…, when contacted by Reuters, said”: a passive clause between commas is no speaker', () => {
    const found = records(
      'Dinner\n\nPowell’s office, when contacted by Reuters, said he could not recall the dinner. Trump, when asked about the wall, said it would be built.',
    )
    expect(who(byText(found, 'he could not'))).toEqual({
      speaker: 'Powell’s office',
      name: 'Powell’s office',
      cue: 'said',
      addressee: null,
    })
    expect(byText(found, 'it would be built').speaker?.text).toBe('Trump')
  })

  it('“Bannon, who Beck called “…””: “who” before a name is the object', () => {
    const found = records(
      'Feud\n\nHe went after Bannon, who Beck on Wednesday called “a horrible man.”',
    )
    expect(byText(found, 'a horrible man').speaker?.text).toBe('Beck')
  })

  it('“says that Walker, …”: a clause after a cue is no inverted speaker', () => {
    const found = records(
      'Fees\n\nPlaying Field Promotions, a talent agency, says that Walker, who charges high fees, has lost money.',
    )
    expect(found).toHaveLength(1)
    expect(found[0]?.text).toBe('that Walker, who charges high fees, has lost money')
    expect(found[0]?.speaker?.name).toBe('Playing Field Promotions')
  })

  it('a word in -ing that opens a name or a role is no participle clause', () => {
    const speakers = (text: string) => records(`Head\n\n${text}`).map((found) => found.speaker)
    expect(speakers('Housing Minister Keith Hill said the plan would work.')[0]?.name).toBe(
      'Keith Hill',
    )
    expect(speakers('Downing Street said the troops were on standby.')[0]?.text).toBe(
      'Downing Street',
    )
    expect(speakers('Prosecuting attorney Carol Lam said the case was closed.')[0]?.name).toBe(
      'Carol Lam',
    )
    expect(
      speakers('Late last year, marketing company Doubleclick warned that it would be sold.')[0]
        ?.text,
    ).toBe('marketing company Doubleclick')
    expect(
      speakers('Evening Standard film critic Derek Malcolm said the film was better.')[0]?.name,
    ).toBe('Derek Malcolm')
    // A participle clause stays one: before its object, a day or an honorific.
    expect(speakers('Commenting Mr Macklin said the results must be clearly marked.')[0]).toBeNull()
    expect(speakers('Speaking Tuesday, Obama said the deal was done.')[0]?.text).toBe('Obama')
    expect(
      speakers('Joining Rubio in the group said that the three moderates were tired.')[0],
    ).toBeNull()
    expect(
      speakers('Watching Trump talk on Tuesday night about unifying the party, many cheered.')[0],
    ).toBeNull()
  })

  it('“The answer, says Prof Brewer, is wi-fi.”: an inverted attribution between commas splits the content', () => {
    const found = records('Head\n\nThe answer, says Prof Brewer, is wi-fi in every home.')
    expect(found).toHaveLength(1)
    expect(found[0]?.speaker?.text).toBe('Prof Brewer')
    expect(found[0]?.spans.map((span) => span.text)).toEqual([
      'The answer',
      'is wi-fi in every home',
    ])
    const apposed = records(
      'Head\n\nThe real problem, says Smith, a professor at Yale, is the cost of the network.',
    )
    expect(apposed[0]?.speaker?.name).toBe('Smith')
    expect(apposed[0]?.text).toBe('The real problem is the cost of the network')
  })

  it.each([
    [
      'In the end, says Prof Brewer, the answer is wi-fi.',
      'Prof Brewer',
      'In the end the answer is wi-fi',
    ],
    [
      'More significantly, argues the report, broadband is encouraging people.',
      'the report',
      'More significantly broadband is encouraging people',
    ],
    [
      'By contrast, says Mr Cox, the Mac mini is almost disposable.',
      'Mr Cox',
      'By contrast the Mac mini is almost disposable',
    ],
  ])(
    'an inverted attribution after a short adverbial splits the content: %s',
    (text, speaker, content) => {
      const [record] = records(`Head\n\n${text}\n`)
      expect(record?.speaker?.text).toBe(speaker)
      expect(record?.text).toBe(content)
    },
  )

  it('“After announcing …, the EU said”: a fronted participle phrase reports the subject after it', () => {
    const found = records(
      'Head\n\nAfter announcing its decision to erase France from its list, the EU said the lag meant a delay.',
    )
    expect(found[0]?.text).toBe('its decision to erase France from its list')
    expect(found[0]?.speaker?.text).toBe('the EU')
    const before = records('Head\n\nBefore saying that he would run, Smith met his family in Ohio.')
    expect(before).toHaveLength(1)
    expect(before[0]?.text).toBe('that he would run')
    expect(before[0]?.speaker?.text).toBe('Smith')
  })

  it('reported speech in a clause that a subordinator opens ends before the main clause', () => {
    const found = records(
      'Head\n\nOnce the courts decided that the VCR was not an illegal technology, the film studios turned it into a business.',
    )
    expect(found[0]?.text).toBe('that the VCR was not an illegal technology')
    const said = records(
      'Head\n\nWhen the minister said that the plan would work, the opposition laughed at him.',
    )
    expect(said[0]?.text).toBe('that the plan would work')
    // An apposition after a comma is no main clause; nor does “As X said, …” end there.
    const apposed = records(
      'Head\n\nWhen Smith said that Jones, the mayor, was wrong, he meant it.',
    )
    expect(apposed[0]?.text).toBe('that Jones, the mayor, was wrong')
  })

  it('the words of a body’s name that a joiner links stay in the speaker and the name', () => {
    const found = records(
      'Head\n\nThe Centre for Economics and Business Research said growth would slow. A Department for Work and Pensions spokeswoman said the post was open. The Commons Work and Pensions Committee said the agency was failing.',
    )
    expect(found.map((record) => record.speaker?.name)).toEqual([
      'Centre for Economics and Business Research',
      'A Department for Work and Pensions spokeswoman',
      'Commons Work and Pensions Committee',
    ])
    // Not two people, who are both the speaker, named by the first.
    const two = records(
      'Head\n\nThomas Covert of the University of Chicago and Professor Knittel concluded that cars were costly.',
    )
    expect(two[0]?.speaker?.text).toBe(
      'Thomas Covert of the University of Chicago and Professor Knittel',
    )
    expect(two[0]?.speaker?.name).toBe('Thomas Covert')
  })

  it('“he” and “she” take a surname after an honorific, not a plural of capitals', () => {
    const found = records(
      'Head\n\nIn January the MPs who sit on the committee published a report. Mr Johnson was asked why Smith had resigned. He replied: “He decided to move on.”',
    )
    expect(byText(found, 'He decided to move on').speaker?.name).toBe('Johnson')
    expect(byText(found, 'He decided to move on').speaker?.role).toBe('Mr')
    const full = records(
      'Head\n\nThe minister, Alan Johnson, arrived late. Mr Johnson was asked why the plan failed. He replied: “It did not.”',
    )
    expect(byText(full, 'It did not').speaker?.name).toBe('Alan Johnson')
    // “Mrs” tells a woman: no “he”; a day opens no name.
    const woman = records(
      'Head\n\nMrs Smith was asked why the plan failed. He replied: “It did not.”',
    )
    expect(byText(woman, 'It did not').speaker?.name).toBeNull()
    // Nor a party's members: “the Tories” is a group.
    const party = records(
      'Head\n\nThe Tories said the rules were fair to all. A Conservative spokeswoman said the party stuck to the rules. She said: “We apply the law.”',
    )
    expect(byText(party, 'We apply the law').speaker?.name).toBe('A Conservative spokeswoman')
    const day = records(
      'Head\n\nOn Wednesday Lord Woolf set out the guidelines. He said: “They are fair.”',
    )
    expect(byText(day, 'They are fair').speaker?.name).toBe('Woolf')
  })

  it('“X said before adding: “…””: the participle goes on with the attribution before it', () => {
    const found = records(
      'Head\n\n“Nothing you can do, folks,” Trump said before adding: “Though maybe there is.”',
    )
    expect(byText(found, 'Though maybe there is').speaker?.text).toBe('Trump')
    const interjected = records(
      'Head\n\nShe said her proposals were strong, to which O’Malley interjected: “It’s just not true.”',
    )
    expect(byText(interjected, 'It’s just not true').speaker?.text).toBe('O’Malley')
  })

  it('“a message to Trump: “…””: a name after “to” before a colon is the addressee', () => {
    const [found] = records(
      'Head\n\nSenate Majority Leader Mitch McConnell delivered a blunt message to Trump: “It’s time to quit.”',
    )
    expect(found?.speaker?.name).toBe('Mitch McConnell')
    expect(found?.addressee?.text).toBe('Trump')
    // An object before the colon says it (“… doesn’t surprise pollster Daron Shaw: “…””).
    const [object] = records(
      'Head\n\nThe result does not surprise Republican pollster Daron Shaw: “It was expected.”',
    )
    expect(object?.speaker?.name).toBe('Daron Shaw')
  })

  it('“shot back:”, “boomed:”, “with Trump yelling:” before a quotation', () => {
    const found = records(
      'Head\n\nAsked about the flap, Mr. Smith shot back: “That would be good.” Trump leaned in and boomed: “Let’s defeat her.” Supporters kicked a protester, with Trump yelling: “Get him out!”',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      [undefined, 'Asked about'],
      ['Mr. Smith', 'shot back:'],
      ['Trump', 'boomed:'],
      ['Trump', 'yelling:'],
    ])
    // A side that hits back through a goal says nothing.
    expect(
      records(
        'Head\n\nWanderers hit back through Stelios, who ended a fluid move in the second half.',
      ),
    ).toEqual([])
  })

  it('a participle after “with” and a noun phrase reports that phrase alone', () => {
    const found = records(
      'Head\n\nLabour hit back before their publication with election coordinator Alan Milburn accusing Mr Howard of “fantasy economics”. The conversation ended with Maddow asking whether she would pick a woman.',
    )
    expect(found.map((record) => record.speaker?.text)).toContain(
      'election coordinator Alan Milburn',
    )
    expect(found.map((record) => record.speaker?.text)).toContain('Maddow')
  })

  it('a participle after a comma in a paragraph that ends in a colon reports its subject', () => {
    const found = records(
      'Head\n\nThe New York Times confirmed that observation, reporting:\n\n“As the Russians assumed control, the Americans left.”',
    )
    expect(byText(found, 'As the Russians assumed control').speaker?.text).toBe(
      'The New York Times',
    )
  })

  it('a passive naming cue with its agent after a partial quotation: “was dismissed as “ridiculous” by X”', () => {
    const [found] = records(
      'Head\n\nBut this argument was dismissed as “ridiculous” by Justice David Souter on Monday.',
    )
    expect([found?.kind, found?.speaker?.text, found?.cue?.text]).toEqual([
      'partial',
      'Justice David Souter',
      'was dismissed as',
    ])
    const [branded] = records(
      'Head\n\nThe claims have been branded “idle speculation” by Downing Street.',
    )
    expect([branded?.speaker?.text, branded?.cue?.text]).toEqual([
      'Downing Street',
      'have been branded',
    ])
  })

  it('an apposition with an infinitive “to be” after its noun stays in the speaker', () => {
    const [found] = records(
      'Head\n\nSarah Teather, the most recent female MP to be elected, told researchers: “It is a club.”',
    )
    expect(found?.speaker?.name).toBe('Sarah Teather')
    expect(found?.speaker?.role).toBe('the most recent female MP to be elected')
  })

  it('whom a question was asked in the passive answers the quotation after it', () => {
    const found = records(
      'Head\n\nDr Fox was asked if he would say yes if Lord Archer applied to rejoin. “I’m sure the party would consider it.” Tory peer Lord Tebbit said he agreed with that view. “He is far from the worst,” he added.',
    )
    const answer = byText(found, 'I’m sure the party would consider it')
    expect([answer.speaker?.text, answer.cue]).toEqual(['Dr Fox', null])
    // The question has no asker.
    expect(byText(found, 'if he would say yes').speaker).toBeNull()
    // A peer's title before the honorific is a role (“he” is Lord Tebbit).
    expect(byText(found, 'He is far from the worst').speaker?.name).toBe('Tebbit')
  })

  it('a weak cue yields to an inverted attribution that ends its sentence after a comma inside its clause', () => {
    const [found] = records(
      'Head\n\nThe trend shows that gaming is not about console titles, which appeal to hardcore gamers, said a panel of experts.',
    )
    expect([found?.speaker?.text, found?.cue?.text]).toEqual(['a panel of experts', 'said'])
    expect(found?.text).toBe(
      'The trend shows that gaming is not about console titles, which appeal to hardcore gamers',
    )
  })

  it('a participle after a document is the document’s; a subject ends at a past tense without -ed', () => {
    const found = records(
      'Head\n\nIn a statement announcing the pick, the union called Clinton a champion of workers. Visitors get a message saying they are not authorised to view it. Treasury Secretary John Snow put a brave face on the figures, saying it was a sign of strong growth.',
    )
    expect(byText(found, 'the pick').speaker?.text).toBe('a statement')
    expect(byText(found, 'they are not authorised').speaker?.text).toBe('a message')
    expect(byText(found, 'it was a sign of strong growth').speaker?.text).toBe(
      'Treasury Secretary John Snow',
    )
  })

  it('a paragraph that ends in a clause and a colon, with no cue, introduces the next one’s quotation', () => {
    const found = records(
      'Head\n\nOn July 6, 2015, Sanders made the following comment:\n\n“College is a right.”',
    )
    expect(byText(found, 'College is a right').speaker?.text).toBe('Sanders')
    expect(byText(found, 'College is a right').cue?.text).toBe('made the following comment:')
    const wait = records(
      'Head\n\nWait, it gets better:\n\n“By law, the president sets the number.”',
    )
    expect(byText(wait, 'By law, the president sets the number').speaker).toBeNull()
  })

  it('a hyphen between spaces is a dash', () => {
    const found = records(
      'Head\n\nIn the letter - addressed to the U.S. attorney, Channing D. Phillips - the Utah Republican asks for an inquiry into the emails.',
    )
    expect(found[0]?.speaker?.text).toBe('the Utah Republican')
    const aside = records(
      'Head\n\nThe video - made by undercover activists - showed the scene she described in detail.',
    )
    expect(aside[0]?.speaker?.name).toBe('The video')
    const source = records(
      'Head\n\nThe plan would raise only $1 trillion, according to the Tax Policy Center - half a point of the nation’s output.',
    )
    expect(source[0]?.speaker?.text).toBe('the Tax Policy Center')
    // A hyphen inside a word group stays: “(D-Calif.)”.
    const party = records('Head\n\nRep. Brad Sherman (D-Calif.) said the vote was a mistake.')
    expect(party[0]?.speaker?.text).toBe('Rep. Brad Sherman (D-Calif.)')
  })

  it('“According to X, Y’s newspaper, …”: an apposition with a possessive goes with the source', () => {
    const [record] = records(
      'Budget\n\nAccording to Il Sole 24 Ore, Italy’s business newspaper, the government will focus on growth.',
    )
    expect(record?.text).toBe('the government will focus on growth')
    expect(record?.speaker?.text).toBe('Il Sole 24 Ore, Italy’s business newspaper')
    // Not the subject of the content: “According to Reuters, Italy’s government will …”.
    const [other] = records(
      'Budget\n\nAccording to Reuters, Italy’s government will focus on growth.',
    )
    expect(other?.text).toBe('Italy’s government will focus on growth')
  })

  it('a passive phrase that opens the sentence is no subject of a participle after it', () => {
    const [record] = records(
      'Taxes\n\nChastened by the analyses, Trump revised his plan, promising to focus on workers.',
    )
    expect(who(record as QuoteRecord)).toEqual({
      speaker: 'Trump',
      name: 'Trump',
      cue: 'promising',
      addressee: null,
    })
  })

  it('an acronym is a body: “it” stands for it, “he” does not', () => {
    const found = records(
      'TV\n\nThe BBC is trialling a service, offering users the chance to watch programmes.\n\n“We offer the best of both worlds,” he said. “It works,” it said.',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['The BBC', 'BBC'],
      ['he', null],
      ['it', 'BBC'],
    ])
  })

  it('“…, when … , I laughed and said, “…””: a long clause that a conjunction opens is passed', () => {
    const found = records(
      'Memories\n\nOnce in my early 20s, when my mother mentioned the devil to me while driving on the highway, I laughed and said, “I do not believe in the devil.”',
    )
    expect(byText(found, 'I do not').speaker?.text).toBe('I')
  })

  it('the subject of a participle after “And then” or “Here in …,” is read past them', () => {
    const found = records(
      'Rally\n\nAnd then Trump went on the attack, saying, “Is he going to mention it?” Here in Columbia, Sanders stepped up his emphasis on justice, saying, “We have work to do.” And he’s predicting that the race will stay close.',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual(['Trump', 'Sanders', 'he’s'])
    // And past a clause that an adverb and a conjunction open (“Even before …,”),
    // a long phrase a preposition opens, or a time (“Minutes later,”).
    const more = records(
      'Rally\n\nEven before the count ended, his campaign sent a message saying: “We won.” In response to the call by the mayor to close every school in the county for a week, the union rallied its members, saying: “We are ready.” Minutes later, she sent an email saying, “done.”',
    )
    expect(more.map((record) => record.speaker?.text)).toEqual(['his campaign', 'the union', 'she'])
  })

  it('reported speech that ends in a number ends before the sentence’s full stop', () => {
    const found = records(
      'Costs\n\nHe said it would cost $100,000. She said the vote is on March 1.',
    )
    expect(found.map((record) => record.text)).toEqual([
      'it would cost $100,000',
      'the vote is on March 1',
    ])
  })

  it('a noun phrase that opens the sentence keeps its apposition; a name in it is the name', () => {
    const found = records(
      'Trial\n\nThe agency, a talent firm, says that Walker has lost money. The star witness, former WorldCom financial chief Scott Sullivan, has said that the books were cooked. New Jersey officials, including Gov. Chris Christie, said the plan was dead.',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['The agency, a talent firm,', 'The agency, a talent firm'],
      ['The star witness, former WorldCom financial chief Scott Sullivan,', 'Scott Sullivan'],
      ['New Jersey officials, including Gov. Chris Christie,', 'New Jersey officials'],
    ])
  })

  it('“he said” resolves to the name before', () => {
    const [record, ...rest] = records(fixture('quote-pronoun-coreference'))
    expect(rest).toHaveLength(0)
    expect(who(record as QuoteRecord)).toEqual({
      speaker: 'she',
      name: 'Ana Patel',
      cue: 'said',
      addressee: null,
    })
  })

  it('a name after a word that opens a question or a sentence leaves that word out', () => {
    const [record] = records(
      'Vote looms\n\nIs Maria Gomez the favourite? Polls suggest so.\n\n“I am ready,” she said.',
    )
    expect(record?.speaker?.name).toBe('Maria Gomez')
    // A preposition or an adverb that opens the sentence (“Despite”, “Meanwhile”).
    const found = records(
      'Race\n\nDespite Ted Cruz’s win in Iowa, the race is open. Meanwhile Ann Bell waits.\n\n“We will win,” Cruz said. “We will see,” Bell said.',
    )
    expect(found.map((each) => each.speaker?.name)).toEqual(['Ted Cruz', 'Ann Bell'])
  })

  it('a name in a headline in title case names no one', () => {
    const [record] = records(
      'Mayor Takes Questions at Diner Stop\n\nThe mayor spent an hour at the diner.\n\n“I am ready,” the mayor said.',
    )
    expect(record?.speaker?.text).toBe('the mayor')
    // Not “Takes Questions”, read as a name with the title “Mayor”.
    expect(record?.speaker?.name).toBe('the mayor')
  })

  it('“he said” resolves to a name of no known sex after an office', () => {
    const [record] = records(
      'Budget day\n\nFinance Minister Palaniappan Chidambaram read the budget on Monday.\n\n“We will grow,” he said.',
    )
    expect(record?.speaker?.name).toBe('Palaniappan Chidambaram')
    // A modifier stripped as a title (“National”) names no office.
    const [other] = records(
      'Budget day\n\nThe National Diversity Coalition met on Monday.\n\n“We will grow,” she said.',
    )
    expect(other?.speaker?.name).toBeNull()
  })

  it('a title in title case with “Is” or “Not” is no name', () => {
    const found = records(
      'Budget fight\n\nThe paper ran an editorial entitled “Mr. Sanders Is Not a Brave Truth-Teller” on Monday.\n\n“We will see,” he said.',
    )
    // Not “Sanders Is Not”, a name after the title “Mr.”.
    expect(byText(found, 'We will see').speaker?.name).toBeNull()
  })

  it('“she said” resolves to a description of a person when no one is named before', () => {
    const input =
      'Bridge vote delayed\n\n“It will be done,” the mayor said on Monday.\n\n“We need more time,” she said.'
    const [, second] = records(input)
    expect(who(second as QuoteRecord)).toEqual({
      speaker: 'she',
      name: 'the mayor',
      cue: 'said',
      addressee: null,
    })
    // A description that names no person (“the report”) is no antecedent.
    const [, other] = records(
      'Bridge vote delayed\n\n“It will be late,” the report said.\n\n“We need more time,” she said.',
    )
    expect(other?.speaker?.name).toBeNull()
  })

  it('a surname resolves to the full name before', () => {
    const [record, ...rest] = records(fixture('quote-surname-coreference'))
    expect(rest).toHaveLength(0)
    expect(who(record as QuoteRecord)).toEqual({
      speaker: 'Delaney',
      name: 'Mark Delaney',
      cue: 'said',
      addressee: null,
    })
  })

  it('told Politico, told reporters, told the outlet', () => {
    const found = records(fixture('quote-addressee'))
    expect(found.map(who)).toEqual([
      {
        speaker: 'Carla Diaz, the union’s president,',
        name: 'Carla Diaz',
        cue: 'told',
        addressee: 'reporters',
      },
      {speaker: 'Mayor Tom Hale', name: 'Tom Hale', cue: 'told', addressee: 'Politico'},
      {
        speaker: 'a city negotiator',
        name: 'a city negotiator',
        cue: 'told',
        addressee: 'the outlet',
      },
    ])
    expect(found.every((record) => record.kind === 'direct')).toBe(true)
  })

  it('the `cues` option adds cue words', () => {
    const input =
      'Budget vote set for Friday\n\n“Taxes are already too high,” Mayor Jane Roe opines.\n'
    const [without] = records(input)
    expect(without?.cue).toBeNull()
    expect(without?.speaker).toBeNull()

    const [record, ...rest] = records(input, {cues: ['opines']})
    expect(rest).toHaveLength(0)
    expect(record?.kind).toBe('direct')
    expect(who(record as QuoteRecord)).toEqual({
      speaker: 'Mayor Jane Roe',
      name: 'Jane Roe',
      cue: 'opines',
      addressee: null,
    })
    expect(record?.cueClass).toBe('speech')
  })
})

describe('reported speech', () => {
  it.each([
    [
      'content in a parenthesis closed after it starts at its opening',
      'The mayor cited a rise (the number (which is disputed) is closer to 15 percent, according to the police) in his speech.',
      'the number (which is disputed) is closer to 15 percent',
    ],
    [
      'a stray closing parenthesis after it ends the source only',
      'The number is closer to 15 percent, according to the police) in the report.',
      'The number is closer to 15 percent',
    ],
  ])('“according to X”: %s', (_, sentence, text) => {
    const according = records(`Crime figures disputed\n\n${sentence}\n`).find(
      (record) => record.cue?.text === 'according to',
    )
    expect(according?.text).toBe(text)
    expect(according?.speaker?.text).toBe('the police')
  })

  it('present forms of verbs of warning and blame are cues; “caution” and “observing” are not', () => {
    const found = records(
      'Turtles\n\nScientists urged caution. Dr. Kim cautions that one sighting does not save a species. Sanders also decries super PACs and other big-money groups. He observes that the deal is weak. The commander spends his time observing training and meeting troops.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Dr. Kim', 'cautions', 'that one sighting does not save a species'],
      ['Sanders', 'also decries', 'super PACs and other big-money groups'],
      ['He', 'observes', 'that the deal is weak'],
    ])
  })

  it('a participle of reporting and its agent: the agent reports the noun before, or the sentence around', () => {
    const found = records(
      'Starr\n\nStarr’s remarks, first reported by The New York Times on Tuesday, suggested a tinge of regret. She is not licensed — a fact first reported by Christopher Heath. Rebel groups backed by Ankara took the town. The total cost of fraud reported by consumers was $546m. It had one column listing the facts reported by the government. The campaign was a surprise, first reported by The Post.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['The New York Times', 'first reported', 'Starr’s remarks suggested a tinge of regret'],
      ['Christopher Heath', 'first reported', 'a fact'],
      ['the government', 'reported', 'the facts'],
      ['The Post', 'first reported', 'The campaign was a surprise'],
    ])
    // Not in a clause of “as”, nor around a quotation, nor of what is quoted.
    const others = records(
      'Plans\n\nIt was the campaign, as first reported by The Post. The plan, first reported by Reuters, “is dead,” Smith said. She called it “a scandal” first reported by The Post. The memo (a draft), first reported by Reuters, is dead.\n',
    )
    expect(others.map((record) => [record.cue?.text, record.text])).toEqual([
      ['reported', 'It was the campaign'],
      ['said', 'The plan, first reported by Reuters, “is dead,”'],
      ['said', 'is dead'],
      ['called', 'it “a scandal” first reported by The Post'],
      ['called', 'a scandal'],
    ])
  })

  it('an adverb before a participle phrase between commas after the speaker: the phrase is no part of it', () => {
    const found = records(
      'Wisconsin\n\nDemocratic front-runner Hillary Clinton, also campaigning in Wisconsin, said Trump is responsible for what happens at his events.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'Democratic front-runner Hillary Clinton',
    ])
  })

  it('“according to” a plan, a rule or a measure reports nothing', () => {
    const found = records(
      'Funeral\n\nAccording to his wishes, there will be no funeral service. Brokers were rewarded according to how much business they brought. The game draws creatures according to rules devised by its makers. Everything went according to plan. Crime fell, according to the police.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['the police', 'according to', 'Crime fell'],
    ])
  })

  it('“According to X,” before an attribution is a source, not what is quoted', () => {
    const found = records(
      'Bill\n\nAccording to Yahoo News, Lehrich said Friday that if his candidate were to win in November, “she would sign this legislation.”\n',
    )
    expect(found[0]).toMatchObject({
      kind: 'mixed',
      speaker: {text: 'Yahoo News'},
      cue: {text: 'According to'},
      text: 'Lehrich said Friday that if his candidate were to win in November, “she would sign this legislation.”',
    })
    // The quotation, whose own attribution stands inside that content, is a
    // part of it.
    expect(found.slice(1).map((record) => [record.kind, record.text])).toEqual([
      ['partial', 'she would sign this legislation.'],
    ])
  })

  it('an attribution between commas splits content whose rest opens with an amount', () => {
    const found = records(
      'Contracts\n\nThe company earns, he said, $234 million a year from DHS.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text, record.spans.length])).toEqual(
      [['he', 'The company earns $234 million a year from DHS', 2]],
    )
  })

  it('a comma between groups of digits separates no clauses', () => {
    const [record, ...rest] = records(
      'Privatisation review\n\nEarlier this month, the prime minister said as many as 3,000 firms may have their sales reviewed.\n',
    )
    expect(rest).toHaveLength(0)
    expect(record?.text).toBe('as many as 3,000 firms may have their sales reviewed')
    expect(record?.spans).toHaveLength(1)
    expect(record?.speaker?.text).toBe('the prime minister')
  })

  it.each([
    ['a share in per cent', 'Of the adults quizzed by ICM, 60% said', '60%'],
    [
      'a number in groups of digits',
      'Some 1,000 adults quizzed by ICM said',
      'Some 1,000 adults quizzed by ICM',
    ],
  ])('a speaker may be %s', (_, before, speaker) => {
    const [record] = records(`Trust poll\n\n${before} politicians did not deliver.\n`)
    expect(record?.text).toBe('politicians did not deliver')
    expect(record?.speaker?.text).toBe(speaker)
  })

  it.each([
    ['Earlier this week China said', 'China'],
    ['In 2003 her employers said', 'her employers'],
    ['By contrast the regulator said', 'the regulator'],
    ['In May a federal judge said', 'a federal judge'],
  ])('a time or fixed adverbial before the subject is no part of it: %s', (before, speaker) => {
    const [record] = records(`Piracy rules\n\n${before} that violators will be punished.\n`)
    expect(record?.speaker?.text).toBe(speaker)
  })

  it.each([
    ['In a statement the RSPCA said', 'the RSPCA'],
    ['For its part OptInRealBig said', 'OptInRealBig'],
    ['In a BBC interview Mr Blair said', 'Mr Blair'],
    ['At the time the company said', 'the company'],
  ])(
    'the object of an opener without its comma is no part of the subject: %s',
    (before, speaker) => {
      const [record] = records(`Piracy rules\n\n${before} that violators will be punished.\n`)
      expect(record?.speaker?.text).toBe(speaker)
    },
  )

  it.each([
    [
      'Howard Archer, economist at Global Insight said',
      'Howard Archer, economist at Global Insight',
    ],
    [
      'Patricia Sanders, spokeswoman for the Disaster Emergency Committee said',
      'Patricia Sanders, spokeswoman for the Disaster Emergency Committee',
    ],
    // Not after a sentence's opener, nor before an article.
    ['In Wiltshire, police said', 'police'],
    ['Last May, a federal judge said', 'a federal judge'],
  ])('an apposition may lack its closing comma: %s', (before, speaker) => {
    const [record] = records(`Piracy rules\n\n${before} that violators will be punished.\n`)
    expect(record?.speaker?.text).toBe(speaker)
  })

  it.each([
    [
      'Asked why he thought the warnings were not there Lord Butler said: “One has got to remember.”',
      'Lord Butler',
    ],
    [
      'When asked if Brown and Carragher would start Eriksson replied: “I could tell you yes.”',
      'Eriksson',
    ],
    ['Those are topics Clinton actually wants to talk about.', 'Clinton'],
  ])(
    'a clause before a name, its comma missing, is no part of the speaker: %s',
    (text, speaker) => {
      const found = records(`Inquiry\n\n${text}\n`)
      expect(found.map((record) => record.speaker?.text)).toContain(speaker)
    },
  )

  it.each([
    'The sale has destroyed Yukos hopes of a recovery.',
    'The slump could further threaten Germany’s hopes of recovery.',
    'It was a scruffy little Austrian called Adolf Hitler.',
  ])('a name after a clause is no speaker of a noun or a participle: %s', (text) => {
    const found = records(`Inquiry\n\n${text}\n`)
    for (const record of found)
      expect(record.speaker?.text ?? '').not.toMatch(/^(?:Yukos|Germany|Austrian)/)
  })

  it.each([
    ['South Korea said', 'South Korea'],
    ['British Airways said', 'British Airways'],
    ['Economy minister German Gref said', 'German Gref'],
    ['The New York Times said', 'New York Times'],
    // A state or a place before a title or two words is a role.
    ['Texas Gov. Rick Perry said', 'Rick Perry'],
    ['North Carolina Sen. Richard Burr said', 'Richard Burr'],
  ])('a place before one word names it with that word: %s', (before, name) => {
    const [record] = records(`Markets\n\n${before} that prices will rise.\n`)
    expect(record?.speaker?.name).toBe(name)
  })

  it('a state before a surname names no one', () => {
    const found = records(
      'Rally\n\nDonald Trump spoke on Monday. In Wisconsin Trump said that the state was broke. Trump said that he would win.\n',
    )
    expect(found.map((record) => record.speaker?.name)).not.toContain('Wisconsin Trump')
  })

  it.each([
    [
      'The economy is performing well below its potential, said a World Bank report.',
      'a World Bank report',
    ],
    [
      'Business will reap the benefits of rising public spending, say researchers at BDO Stoy Hayward.',
      'researchers at BDO Stoy Hayward',
    ],
  ])(
    'an inverted speaker may end in a noun cue, or hold “at” after a plural source: %s',
    (text, speaker) => {
      const [record] = records(`Markets\n\n${text}\n`)
      expect(record?.speaker?.text).toBe(speaker)
    },
  )

  it('“say” before a capital is not read as inverted', () => {
    const [record] = records(
      'Rally\n\nFields, along with Washington Post reporter Ben Terris, say Trump’s campaign manager yanked her out of the way.\n',
    )
    expect(record?.speaker?.text).toBe('Fields, along with Washington Post reporter Ben Terris,')
  })

  it('“each” after a comma and before a participle is its speaker', () => {
    const found = records(
      'Forum\n\nDonald Trump and Hillary Clinton vied for the title on Wednesday, each touting their own experience and saying the other lacks judgment.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['each', 'touting'],
      ['each', 'saying'],
    ])
  })

  it('a plural of people not in -s names no one for a later “he”', () => {
    const found = records('Ageing\n\nWomen say they live longer. “We eat well,” he said.\n')
    const he = found.find((record) => record.speaker?.text === 'he')
    expect(he?.cue?.text).toBe('said')
    expect(he?.speaker?.name).not.toBe('Women')
  })

  it('a verb of manner in the present after a quotation and its speaker says it', () => {
    const found = records(
      'Ageing\n\n“We live longer,” he remarks. “It is the food,” Ms Ivey smiles.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['he', 'remarks'],
      ['Ms Ivey', 'smiles'],
    ])
  })

  it('a verb of manner right after a quotation, before its speaker, says it', () => {
    const found = records(
      'Markets\n\n“You can call it a peace dividend,” smiles one broker. “It was scary,” laughs Conti.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['one broker', 'smiles'],
      ['Conti', 'laughs'],
    ])
  })

  it('a participle before a quotation after “with” and a noun of people is that noun’s', () => {
    const [record] = records(
      'Honours row\n\nDowning Street defended the decision, with a spokesperson saying: “You have to look at their whole career.”\n',
    )
    expect(record?.speaker?.text).toBe('a spokesperson')
  })

  it('a colon before a quotation ends reported content, and the quotation is its speaker’s', () => {
    const found = records(
      'Santini leaves\n\nArnesen said the club were sad to see Santini go: “We are obviously disappointed.”\n',
    )
    expect(found.map((record) => [record.kind, record.text, record.speaker?.text])).toEqual([
      ['indirect', 'the club were sad to see Santini go', 'Arnesen'],
      ['direct', 'We are obviously disappointed.', 'Arnesen'],
    ])
  })

  it('“show” after a kind of show is the noun', () => {
    const found = records(
      'Media\n\nHe rose to fame as the host of cult TV show Twin Peaks. Chat show host Graham Norton fell to number 16. Footage from the game shows that students dressed up.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['Footage from the game', 'shows'],
    ])
  })

  it('“say” after “final”, “no” or “more” is the noun', () => {
    const found = records(
      'Transfer\n\nAs ever, the player will have the final say, and Parry acknowledges that, but he is determined to keep him.\n',
    )
    expect(found.map((record) => record.cue?.text)).not.toContain('say')
  })

  it('“read” after an article, a story or an editorial is a cue', () => {
    const found = records(
      'Race\n\n“Leaders honored Donald J. Trump yesterday,” the article read.\n\nThe paper ran a story claiming the mayor “sexed up” the report.\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.cue?.text])).toEqual([
      ['direct', 'the article', 'read'],
      ['mixed', 'a story', 'claiming'],
      ['partial', 'a story', 'claiming'],
    ])
  })

  it('“states” after a lawsuit, a report or another document is a cue; “the United States” is none', () => {
    const found = records(
      'Suit\n\n“We will win this case,” the lawsuit states.\n\nThe complaint states that the company lied to investors. The United States is a large market.\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.cue?.text])).toEqual([
      ['direct', 'the lawsuit', 'states'],
      ['indirect', 'The complaint', 'states'],
    ])
  })

  it('“confesses” is a cue, and a predicate before a colon holds no clause of its own', () => {
    const found = records(
      'Tory\n\nAsked if she enjoys a game of ping pong she confesses: "It would be more fun if I could win."\n\nWhen she plays ping pong she frowns: "It would be more fun if I could win."\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.cue?.text])).toEqual([
      ['direct', 'she', 'confesses:'],
      ['direct', undefined, undefined],
    ])
  })

  it('a quotation right after an opening parenthesis, with its attribution after it, is direct', () => {
    const found = records(
      'Race\n\nThey want softness ("This is a crisis," Crowley wrote in the Times) and more.\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.text])).toEqual([
      ['indirect', 'They', 'softness'],
      ['direct', 'Crowley', 'This is a crisis'],
    ])
  })

  it('a capitalised auxiliary after a quotation is a name (“Will wrote”)', () => {
    const found = records(
      'Race\n\n“This might hasten the eclipse of Carly Fiorina,” Will wrote.\n\n“It is over,” will said.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['Will', 'wrote'],
      [undefined, undefined],
    ])
  })

  it('“went on” after a quotation is a cue, as a verb in -ed is after a question', () => {
    const found = records(
      'Race\n\n“Why not?” Jones went on to win the state.\n\n“It happens,” Trump went on, as if he did not hear her.\n\n“It happens, right?” Smith barked.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      [undefined, undefined],
      ['Trump', 'went on'],
      ['Smith', 'barked'],
    ])
  })

  it('after “and then” or “and later”, the speaker of the sentence goes on', () => {
    const found = records(
      'Race\n\n“We think those messages will resonate,” he said at a news conference, and then predicted: “Our support is growing.”\n\nThe mayor laughed and later said: “No, I will not go there.”\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['he', 'said'],
      ['he', 'then predicted:'],
      ['The mayor', 'later said:'],
    ])
  })

  it('a sentence of its own after a quotation may add the topic of the words to its cue', () => {
    const found = records(
      'Race\n\n"Why would you cozy up to Bush?" Lichtman said about the effort to downplay his links with Bush. He added that it did not work.\n\n"Why not?" Smith asked. Some delegates spoke of the next election being like 1970.\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.cue?.text])).toEqual([
      ['direct', 'Lichtman', 'said'],
      ['indirect', 'He', 'added'],
      ['direct', 'Smith', 'asked'],
      ['indirect', 'Some delegates', 'spoke of'],
    ])
  })

  it('a quotation after a colon that ends its sentence takes no attribution after it', () => {
    const found = records(
      'Media\n\nA reader would ask: “What is on?” Technorati estimates that blogs number 50 million.\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.cue?.text])).toEqual([
      ['direct', 'A reader', 'would ask:'],
      ['indirect', 'Technorati', 'estimates'],
    ])
  })

  it('“now” between a speaker and a cue goes with the cue', () => {
    const found = records(
      'Media\n\nIn normal times, a reader would now ask: “What is on?”\n\nTechnorati now estimates that blogs number 50 million. Lycos Europe now appears to have put the plan on hold. Swank and Staunton are now considered to be favourites.',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['a reader', 'would now ask:'],
      ['Technorati', 'now estimates'],
      [undefined, 'now appears'],
    ])
  })

  it('“quoted as” goes with the cue, after a quotation too', () => {
    const found = records(
      'Aid\n\n“The biggest challenge is malaria,” the aid agency was quoted as saying. The minister was quoted as saying: “It is over.”',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['the aid agency', 'was quoted as saying'],
      ['The minister', 'was quoted as saying:'],
    ])
  })

  it('a cue after “and” before a quotation reports a subject that names an occupation', () => {
    const [record] = records(
      'Premiere\n\nThe actress stopped to sign autographs and joked: “It is tight but I love it.”',
    )
    expect(record?.speaker?.text).toBe('The actress')
  })

  it('a relative clause after an opener is no object before a subject', () => {
    const [record] = records(
      'Trump rally\n\nThe former Heisman Trophy winner, now a guest speaker who travels around the country, endorsed Donald Trump in 2015.\n',
    )
    expect(record?.speaker?.text).not.toBe('the country')
  })

  it.each([
    'Consumer demand will remain fragile in many of Europe’s largest countries.',
    'Strong demand from China pushed prices higher.',
    'The Kok report recommends that the targets be narrowed.',
  ])(
    'a cue word that is a noun as often is one before a modal, a preposition or a cue: %s',
    (sentence) => {
      const found = records(`Markets\n\n${sentence}\n`)
      expect(found.map((record) => record.cue?.text)).not.toContain('demand')
      expect(found.map((record) => record.cue?.text)).not.toContain('report')
    },
  )

  it('“points” after a number counts', () => {
    expect(records('Markets\n\nThe index closed up 23 points to 6661.89 on Thursday.\n')).toEqual(
      [],
    )
    expect(
      records('Rates\n\nThe bank raised rates by 0.27 percentage points to 5.8% in October.\n'),
    ).toEqual([])
    const [record] = records('Markets\n\nHe points to the polls as evidence.\n')
    expect(record?.cue?.text).toBe('points to')
  })

  it('“strong demand for oil” is the market’s, no call; “terror attacks” are no words', () => {
    expect(
      records('Oil\n\nPrices rose, helped by strong demand for oil from Asia and a tax demand.\n'),
    ).toEqual([])
    expect(records('Appeal\n\nThe terror attacks raised more than $150m for charity.\n')).toEqual(
      [],
    )
    const [record] = records('Strike\n\nThe union demands a raise of 5%.\n')
    expect(record?.cue?.text).toBe('demands')
  })

  it('such a cue word after a subject pronoun or a modal is a verb', () => {
    const [record] = records('Markets\n\nThey demand from the government that prices be cut.\n')
    expect(record?.cue?.text).toBe('demand')
    expect(record?.speaker?.text).toBe('They')
  })

  it('“as much as” opens content as a quantity', () => {
    const [record] = records(
      'Budget cuts\n\nThe minister said as much as half the budget was lost.\n',
    )
    expect(record?.text).toBe('as much as half the budget was lost')
  })

  it('a participle after an adverb between commas shares its speaker with the verb after it', () => {
    const [alleging, said] = records(
      'Refugee row\n\nTrump, later alleging that President Obama wanted to admit 250,000 Syrians, said he would deport refugees.\n',
    )
    expect(alleging?.cue?.text).toBe('later alleging')
    expect(alleging?.speaker?.text).toBe('Trump')
    expect(said?.speaker?.text).toBe('Trump')
    expect(said?.text).toBe('he would deport refugees')
  })

  it('content a participle reports ends before a verb of saying after a comma', () => {
    const [alleging, said] = records(
      'Refugee row\n\nTrump, later alleging that President Obama wanted to admit 250,000 Syrians, said he would deport refugees.\n',
    )
    expect(alleging?.text).toBe('that President Obama wanted to admit 250,000 Syrians')
    expect(alleging?.speaker?.text).toBe('Trump')
    expect(said?.text).toBe('he would deport refugees')
    expect(said?.cue?.text).toBe('said')
  })

  it('content a finite verb reports runs over a series of verbs', () => {
    const [record] = records(
      'Gun laws\n\nShe has called for the reinstatement of an assault weapons ban, favors background checks and wants new limits.\n',
    )
    expect(record?.cue?.text).toBe('has called for')
    expect(record?.text).toMatch(/^the reinstatement of an assault weapons ban, favors/)
  })

  it('a participle after a statement, with a time and a comma, is no cue', () => {
    const found = records(
      'Plant closes\n\nIn a statement issued on Wednesday night, the company said it would close.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['the company', 'said'],
    ])
  })

  it('content split by its attribution leaves out the conjunction that opens it', () => {
    const [record] = records(
      'Obama weighs in\n\nBut in recent days, advisers to Mr. Obama say, the president has grown exasperated with the campaign.\n',
    )
    expect(record?.spans.map((span) => span.text)).toEqual([
      'in recent days',
      'the president has grown exasperated with the campaign',
    ])
  })

  it('a headline “Profile: NAME” is no attribution', () => {
    expect(records('Profile: David Miliband\n\nDavid Miliband is a minister.\n')).toEqual([])
  })

  it('a progressive cue needs a subject that can speak', () => {
    expect(records('Race\n\nThe scandal is casting a shadow over the race.\n')).toEqual([])
    expect(records('Race\n\nThe problem is finding a candidate who can win.\n')).toEqual([])
    const [record] = records(
      'Race\n\nEarly results of an entrance poll of caucus-goers are showing that Trump leads.\n',
    )
    expect(record?.cue?.text).toBe('are showing')
  })

  it('a nominal cue takes no speaker that names no one', () => {
    const [praise] = records('Film\n\nShe was full of praise for her director Clint Eastwood.\n')
    expect(who(praise as QuoteRecord)).toMatchObject({speaker: 'She', cue: 'praise for'})
  })

  it('“showed off” is a display, no finding', () => {
    expect(records('Robots\n\nResearchers showed off bipedal designs.\n')).toEqual([])
  })

  it('“added” with only an object reports nothing', () => {
    expect(
      records('Results\n\nOrange added more than five million new customers in 2004.\n'),
    ).toEqual([])
    // “further” after an article is an adjective, not an adverb of a verb group.
    expect(records('Rugby\n\nO’Gara added the conversion and a further penalty.\n')).toEqual([])
    const [record] = records('Results\n\nHe added the plan would work.\n')
    expect(record?.text).toBe('the plan would work')
  })

  it('“saw” a change in amounts is no view', () => {
    expect(records('Results\n\nGlaxoSmithKline saw its profits fall 9% last year.\n')).toEqual([])
    expect(records('Results\n\nThe company saw a 3% rise in December sales.\n')).toEqual([])
    const [record] = records(
      'Results\n\nShe sees parallels between the rise of the right in Europe and support for Trump.\n',
    )
    expect(record?.cue?.text).toBe('sees')
  })

  it('a long run before a comma after “that” is no adverbial', () => {
    const words = Array.from({length: 40}, (_, index) => `word${index}`).join(' ')
    const found = records(`Budget fight\n\nShe said that ${words}, he opposed the bill.\n`)
    expect(found.map((record) => record.cue?.text)).toContain('opposed')
  })

  it('a clause read before a cue is no speaker', () => {
    const [record, ...rest] = records(
      'Budget fight\n\nReplacing it with softer language, calling the cuts temporary.\n\nThe mayor is defending the plan, saying it was fair.',
    )
    expect(record?.text).toBe('the cuts temporary')
    expect(record?.cue?.text).toBe('calling')
    // “Replacing it with softer language” is a clause, not who called them so.
    expect(record?.speaker).toBeNull()
    // A noun phrase before the verb is the speaker of a participle.
    const fair = rest.find((other) => other.text === 'it was fair')
    expect(fair?.speaker?.text).toBe('The mayor')
    expect(fair?.cue?.text).toBe('saying')
  })

  it('X said that …', () => {
    const [headline, record, ...rest] = records(fixture('reported-said-that'))
    // “Governor orders review …”: the headline’s act, attributed too.
    expect(headline?.cue?.text).toBe('orders')
    // “… is expected to …”: an expectation with no source, attributed too.
    expect(rest.map((other) => other.cue?.text)).toEqual(['is expected'])
    expect(record?.kind).toBe('indirect')
    expect(record?.text).toMatch(
      /^(?:that )?the state would hire an outside firm to review medical care in its prisons after a string of deaths$/,
    )
    expect(record?.speaker?.name).toBe('Linda Marsh')
    expect(record?.speaker?.role).toBe('Gov.')
    expect(record?.cue?.text).toBe('said')
  })

  it('“said about 20 people …”: “about” before a number opens content', () => {
    const [record, ...rest] = records(
      'Seat draws interest\n\nThe governor has said about 20 people have asked about the seat.',
    )
    expect(rest).toHaveLength(0)
    expect(record?.text).toBe('about 20 people have asked about the seat')
    expect(record?.speaker?.text).toBe('The governor')
    expect(record?.cue?.text).toBe('has said')
  })

  it('…, X said on Wednesday.', () => {
    const [record, union, ...rest] = records(fixture('reported-said-after-clause'))
    expect(rest).toHaveLength(0)
    expect(record?.kind).toBe('indirect')
    expect(record?.text).toBe(
      'The plant in Dayton will close by the end of the year and its 1,100 workers will be offered jobs elsewhere',
    )
    expect(who(record as QuoteRecord)).toEqual({
      speaker: 'company spokeswoman Jill Park',
      name: 'Jill Park',
      cue: 'said',
      addressee: null,
    })
    expect(record?.speaker?.role).toBe('company spokeswoman')
    expect(union?.text).toBe('it would fight the decision')
    expect(union?.speaker?.text).toBe('The union')
  })

  it('…, X said, claiming …', () => {
    const found = records(fixture('reported-participle'))
    expect(found).toHaveLength(3)
    // The headline’s “Theater blames …” is a stance, attributed too.
    const [headline, said, claiming] = found as [QuoteRecord, QuoteRecord, QuoteRecord]
    expect(headline.cue?.text).toBe('blames')
    expect(said.kind).toBe('indirect')
    expect(said.text).toBe('Ticket sales at the Grand Theater have fallen by a third this year')
    expect(who(said)).toEqual({
      speaker: 'its director',
      name: 'its director',
      cue: 'said',
      addressee: null,
    })
    expect(claiming.kind).toBe('indirect')
    expect(claiming.text).toBe('the city’s new parking fees keep audiences away')
    expect(claiming.cue?.text).toBe('claiming')
    // The participle has no speaker of its own: it shares the subject’s.
    expect(claiming.speaker).toEqual(said.speaker)
    expect(claiming.attribution).not.toBe(said.attribution)
  })

  it('X claimed …', () => {
    const [headline, record, ...rest] = records(fixture('reported-claimed'))
    // “… is expected to …”: an expectation with no source, attributed too.
    expect(rest.map((other) => other.cue?.text)).toEqual(['is expected'])
    // The headline “Opposition disputes election count” is a stance, attributed too.
    expect(headline?.cue?.text).toBe('disputes')
    expect(record?.kind).toBe('indirect')
    expect(record?.text).toBe('the vote count in three provinces had been tampered with')
    expect(who(record as QuoteRecord)).toEqual({
      speaker: 'Opposition leaders',
      name: 'Opposition leaders',
      cue: 'claimed',
      addressee: null,
    })
    expect(record?.cueClass).toBe('speech')
  })

  it('“and” between nouns of people joins one speaker, not after an object', () => {
    const found = records(
      'Unions\n\nSupport is strong among the unions, teachers and union officials told POLITICO.\n\nParents and teachers said the schools were safe.\n\nMost voters blame his supporters and officials say the plan failed.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['teachers and union officials', 'told'],
      ['Parents and teachers', 'said'],
      ['officials', 'say'],
    ])
  })

  it('an apposition with a relative clause after “according to X,” is no content', () => {
    const found = records(
      'Poll\n\nHer standing is worse than ever, according to Bill McInturff, a Republican pollster who conducted the poll.\n\nIn addition, according to the department, nearly nine million workers who should be eligible will get raises.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['Bill McInturff', 'Her standing is worse than ever'],
      ['the department', 'nearly nine million workers who should be eligible will get raises'],
    ])
  })

  it('an apposition whose adverb reads as a verb, then a relative clause, after “according to X,” is no content', () => {
    const found = records(
      'Tax\n\nMany renters would pay more under the plan, according to a study by Ann Lee, an economist now teaching at Yale, whose findings were backed by others.\n',
    )
    // (The relative clause has an attribution of its own: “were backed by”.)
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['a study by Ann Lee', 'according to', 'Many renters would pay more under the plan'],
      ['others', 'were backed by', 'whose findings'],
    ])
  })

  it('a clause of “as” reports the rest of its sentence', () => {
    const found = records(
      'Tax\n\nAs Mr. Sykes said on Monday, the plan is dead. The tax, as Sanders has acknowledged, would hit the middle class. Nobody knows whether Scott had a gun, as police have said.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Mr. Sykes', 'said', 'the plan is dead'],
      ['Sanders', 'has acknowledged', 'The tax would hit the middle class'],
      ['police', 'have said', 'Nobody knows whether Scott had a gun'],
    ])
  })

  it('a clause of “as” with a verb of reporting reports, one of activity tells a time', () => {
    const found = records(
      'Tax\n\nHowever, as POLITICO has reported, the cases included aggravating circumstances. He is free, given that, as The Times reported on Saturday, he has emerged as an adviser. As Clinton talked, the crowd grew restless.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['POLITICO', 'has reported', 'the cases included aggravating circumstances'],
      ['The Times', 'reported', 'he has emerged as an adviser'],
    ])
  })

  it('a clause of “as” may name who was told', () => {
    const [record] = records(
      'Tax\n\nAs Clinton told the New York Daily News, tax relief is given in exchange for creating jobs.\n',
    )
    expect([
      record?.speaker?.text,
      record?.cue?.text,
      record?.addressee?.text,
      record?.text,
    ]).toEqual([
      'Clinton',
      'told',
      'the New York Daily News',
      'tax relief is given in exchange for creating jobs',
    ])
  })

  it('“about” before a number or a fraction opens content, not a topic', () => {
    const found = records(
      'Budget\n\nThe budget office said about half of the adjustment reflected revenue losses. Officials said about a third of the voters stayed home. He said about the plan that it was weak.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['The budget office', 'about half of the adjustment reflected revenue losses'],
      ['Officials', 'about a third of the voters stayed home'],
      ['He', 'that it was weak'],
    ])
  })

  it('a participle between a number and a plural noun is no cue', () => {
    const found = records(
      'Delegates\n\nClinton won 271 pledged delegates in the state. Of the 50 senators, 20 said yes. The 66-year-old criticised his punishment even though it was far below the maximum.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['20', 'said'],
      ['The 66-year-old', 'criticised'],
    ])
  })

  it('“according to X,” right after a word reports the words before it', () => {
    const found = records(
      'Poll\n\nFlorida’s Cuban Americans, 82 percent of whom view Trump unfavorably according to the poll, have a dominant presence. But according to reports in the media, he could not convince the family. Republicans denounced the deal, which would cut the rate to 17 percent, according to company leaders, compared with its current rate.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['the poll', 'Florida’s Cuban Americans, 82 percent of whom view Trump unfavorably'],
      ['reports in the media', 'he could not convince the family'],
      ['company leaders', 'Republicans denounced the deal, which would cut the rate to 17 percent'],
    ])
  })

  it('“her” after an addressee’s words starts what is told', () => {
    const found = records(
      'Lobby\n\nIna Kirsch told the AP her group never worked with Manafort. She told reporters her plan was sound.\n',
    )
    expect(
      found.map((record) => [record.speaker?.text, record.addressee?.text, record.text]),
    ).toEqual([
      ['Ina Kirsch', 'the AP', 'her group never worked with Manafort'],
      ['She', 'reporters', 'her plan was sound'],
    ])
  })

  it('a role that opens the sentence, with a name in apposition, is one speaker', () => {
    const found = records(
      'Lobby\n\nThe director of the European Centre, Ina Kirsch, told the AP her group never worked with Manafort. The agency, John Smith said, was dead.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['The director of the European Centre, Ina Kirsch,', 'told'],
      ['John Smith', 'said'],
    ])
  })

  it('a weak cue after a participle between commas shares its speaker', () => {
    const found = records(
      'Money\n\nThe Journal, citing internal documents, reported that the campaign is spending more than it takes in.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['The Journal', 'citing', 'internal documents'],
      ['The Journal', 'reported', 'that the campaign is spending more than it takes in.'],
    ])
  })

  it('a weak cue leaves its sentence to an attribution that ends it (“…, BFM TV reported.”)', () => {
    const found = records(
      'Attack\n\nLocal authorities were urging people to stay home, BFM TV reported. Musicians are embracing the internet as a way of reaching new fans, a survey has found. He urged voters to back the plan, which shows promise.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['BFM TV', 'reported', 'Local authorities were urging people to stay home'],
      [
        'a survey',
        'has found',
        'Musicians are embracing the internet as a way of reaching new fans',
      ],
      // (The relative clause that ends it is no part of it.)
      ['He', 'urged', 'to back the plan'],
    ])
  })

  it('an inverted attribution that ends the sentence reports all before it (“…, reported the Daily Mail.”)', () => {
    const found = records(
      'Rugby\n\nEngland will protest to the board about the referee, reports the Daily Mail. Prince Harry should make clear how sorry he is, says Tory leader Michael Howard. Richards noted that abortion is central to the platform, said the Washington Examiner.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['the Daily Mail', 'reports', 'England will protest to the board about the referee'],
      ['Tory leader Michael Howard', 'says', 'Prince Harry should make clear how sorry he is'],
      [
        'the Washington Examiner',
        'said',
        'Richards noted that abortion is central to the platform',
      ],
    ])
  })

  it('a demonstrative and a noun of sources is a speaker', () => {
    const found = records(
      'Lobby\n\n“Donald was his only supporter,” this source told the Post. Those officials said the plan was dead. Earlier this week officials said the deal was off.\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text])).toEqual([
      ['direct', 'this source'],
      ['indirect', 'Those officials'],
      ['indirect', 'officials'],
    ])
  })

  it('after an addressee, what they are told to do is content, up to a clause of time', () => {
    const found = records(
      'Debate\n\nTrump drew boos when he told Jeb Bush to quiet down during the debate. The FBI warned officials to boost their security after hackers targeted two states. She told him to the end that the plan was sound. The coach warned his players not to be complacent.\n',
    )
    expect(
      found.map((record) => [record.speaker?.text, record.addressee?.text, record.text]),
    ).toEqual([
      ['he', 'Jeb Bush', 'to quiet down during the debate'],
      ['The FBI', 'officials', 'to boost their security'],
      ['She', 'him', 'that the plan was sound'],
      ['The coach', 'his players', 'not to be complacent'],
    ])
  })

  it('a clause of “as” in the passive has the agent after “by” for speaker', () => {
    const found = records(
      'Email\n\nAs reported by Western Journalism, the former secretary was made aware of her duty. As first noted by the BBC, the plan was dead from the start.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Western Journalism', 'reported', 'the former secretary was made aware of her duty'],
      ['the BBC', 'noted', 'the plan was dead from the start'],
    ])
  })

  it('a passive cue’s agent after “by” is no time', () => {
    const found = records(
      'Ruling\n\nThe plan was endorsed by the mayor. A decision is expected by the end of June. The talks will have to be concluded by midnight on Monday. A ruling is due by Friday.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['the mayor', 'was endorsed by', 'The plan'],
    ])
  })

  it('a passive cue’s agent ends before what it names the content “as”, not at a comparison or a role', () => {
    const found = records(
      'Findings\n\nHer findings were dismissed by some in the field as alarmist. The plan was criticized by such groups as the ACLU. The bill was opposed by Democrats as well as Republicans. The report was backed by his predecessor as Cabinet Secretary. The deal was opposed by as many as 20 Republicans.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'some in the field',
      'such groups as the ACLU',
      'Democrats as well as Republicans',
      'his predecessor as Cabinet Secretary',
      'as many as 20 Republicans',
    ])
  })

  it('a clause of “as” with a pronoun object tells a time, and is no attribution', () => {
    const found = records(
      'Rally\n\nAs he said that, the crowd cheered. As she said so, the hall emptied. He smiled as he said it. As he said that the plan was dead, the senators left.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      // (What follows the comma is the main clause, no part of it.)
      ['he', 'said', 'that the plan was dead'],
    ])
  })

  it('a clause of “as” after a subordinator reports its clause, not the main one', () => {
    const found = records(
      'Tax\n\nIf, as I have suggested, he and other developers benefit from the law, the law is unfair. Yet, as Mr. Bown observed, the plan will fail.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['I', 'have suggested', 'he and other developers benefit from the law'],
      ['Mr. Bown', 'observed', 'the plan will fail'],
    ])
  })

  it('a clause of “with” that opens the sentence ends its content at the comma', () => {
    const found = records(
      'Polls\n\nWith Democratic leaders increasingly worried about the polls, President Obama is rolling out a new plan.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Democratic leaders', 'increasingly worried about', 'the polls'],
    ])
  })

  it('a weak cue followed only by a place, a time or an adverb in “-ly” reports nothing', () => {
    const found = records(
      'Rally\n\nThe crowd cheered loudly in the hall. Clinton celebrated in Florida with supporters. Trump warned on Friday that the deal was dead.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Trump', 'warned', 'that the deal was dead'],
    ])
  })

  it('the “and” of “both … and” joins a subject in the content, not two clauses', () => {
    const found = records(
      'Debate\n\nCruz said both he and Rubio promised to lead the fight. He said both parties agreed and Democrats accused him of lying.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Cruz', 'said', 'both he and Rubio promised to lead the fight'],
      ['He', 'said', 'both parties agreed'],
      ['Democrats', 'accused', 'him of lying'],
    ])
  })
})

describe('“whose” clauses', () => {
  it('what a cue reports in a “whose” clause ends with the clause, and the speaker of the main verb is read before it', () => {
    const found = records(
      'Obituary\n\nLabour MP John Cryer, whose question revealed the price estimate, said the cost surprised him. Mrs. Clinton — whose husband signed the act into law — has publicly derided the plan.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['whose question', 'revealed', 'the price estimate'],
      ['Labour MP John Cryer', 'said', 'the cost surprised him'],
      ['whose husband', 'signed', 'the act into law'],
      ['Mrs. Clinton', 'has publicly derided', 'the plan'],
    ])
  })

  it('a “whose” clause that is an apposition’s ends at its comma', () => {
    const found = records(
      'Obituary\n\nMargaret Hale, a marine biologist whose work revealed the threat of ocean warming, died on Nov. 20.\n',
    )
    expect(found.map((record) => record.text)).toEqual(['the threat of ocean warming'])
  })

  it('a “whose” clause in an apposition: the main verb’s speaker is the name before it, and “helped” is part of the cue', () => {
    const found = records(
      'Obituary\n\nMargaret Hale, a marine biologist whose work helped reveal the threat of ocean warming, said she was tired.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['a marine biologist whose work', 'helped reveal', 'the threat of ocean warming'],
      ['Margaret Hale', 'said', 'she was tired'],
    ])
  })

  it('words after an inverted cue with an object pronoun in them are a clause, not its speaker', () => {
    const found = records(
      'Cost\n\nRivera, who backed the plan, said the cost surprised him. Rivera, who backed the plan, said the move angered them.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['Rivera, who backed the plan,', 'the cost surprised him'],
      ['Rivera, who backed the plan,', 'the move angered them'],
    ])
  })
})

describe('a clause of time after the cue', () => {
  it('its subject opens no content; a subject after a phrase of time does', () => {
    const found = records(
      'Pier\n\nThe harbor master said as she turned around and left the pier. He said after the storm he would reopen the pier.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['He', 'he would reopen the pier'],
    ])
  })
})

describe('asked about something after an adverbial', () => {
  it('the topic after “about” is the content; “about” joins the cue only right after it', () => {
    const found = records(
      'Pier\n\nAsked at a briefing Monday about the pier, the mayor said nothing. Asked about the fees, she smiled.\n',
    )
    expect(found.map((record) => [record.cue?.text, record.text])).toEqual([
      ['Asked', 'the pier'],
      ['said', 'nothing'],
      ['Asked about', 'the fees'],
    ])
  })
})

describe('a participle that modifies the subject', () => {
  it('its object ends before the verb of the main clause; not after a pronoun, nor before a clause', () => {
    const found = records(
      'Race\n\nThe group backing Ms. Ortiz spent $2 million on ads. They were backing her plan. Voters questioning the fact that she was absent can read the minutes.\n',
    )
    expect(
      found.slice(0, 2).map((record) => [record.speaker?.text, record.cue?.text, record.text]),
    ).toEqual([
      ['The group', 'backing', 'Ms. Ortiz'],
      ['They', 'were backing', 'her plan'],
    ])
    // (Where the clause in the object ends is not read: the object is not
    // cut inside it.)
    expect(found[2]?.text).toMatch(/^the fact that she was absent/)
  })
})

describe('a verb after “and” in an object', () => {
  it('an object with no verb of its own ends before “and” and a finite verb; a clause goes on', () => {
    const found = records(
      'Race\n\nThe mayor praised the harbor crews and has left the pier. The council backed taxes and fees. He said the pier was old and would close.\n',
    )
    expect(found.map((record) => [record.cue?.text, record.text])).toEqual([
      ['praised', 'the harbor crews'],
      ['backed', 'taxes and fees'],
      ['said', 'the pier was old and would close'],
    ])
  })
})

describe('the source of “in the polls”', () => {
  it('ends at the poll but for a participle, an infinitive, a time or “by”', () => {
    const found = records(
      'Race\n\nMs. Ortiz has a slight lead in the polls over Mr. Lund in the north. In a poll released Monday, she led by four points. She got no bump in one of the first polls to emerge.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'the polls',
      'a poll released Monday',
      'one of the first polls to emerge',
    ])
  })
})

describe('“what” before the speaker', () => {
  it('“what” is all that is said when no clause follows a verb of saying; a verb after it goes on', () => {
    const found = records(
      'Pier\n\nThat was what the harbor master said when she resigned in May. The vote clashed with what Mr. Lund told the board before the storm. The plan was what the engineers said was a cheap fix.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['the harbor master', 'said', 'what'],
      ['Mr. Lund', 'told', 'what'],
      ['the engineers', 'said', 'what was a cheap fix'],
    ])
  })

  it('a relative “that” before the speaker opens what is said, as “which” does', () => {
    const found = records(
      'Pier\n\nHe worked for a charity that prosecutors said was a front for smugglers.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['prosecutors', 'that was a front for smugglers'],
    ])
  })

  it('not after a verb of thinking', () => {
    const found = records('Pier\n\nThe pier was far from what the engineers believed in May.\n')
    expect(found.map((record) => record.text)).not.toContain('what')
  })
})

describe('speech about something', () => {
  it('a verb of speech before “of” or “about” reports what it is about, its particle part of the cue', () => {
    const found = records(
      'Storm\n\nThe mayor warned of a long winter. The harbor master joked about moving to the hills. Fishermen complain of the new fees.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['The mayor', 'warned of', 'a long winter'],
      ['The harbor master', 'joked about', 'moving to the hills'],
      ['Fishermen', 'complain of', 'the new fees'],
    ])
  })

  it('not the noun, nor “about” before an amount, nor “said about”', () => {
    const found = records(
      'Storm\n\nThe storm fed claims of neglect. The port expects about 16% of its trade to return. That is what he said about the fees.\n',
    )
    expect(found.map((record) => record.cue?.text)).not.toContain('claims of')
    expect(found.map((record) => record.cue?.text)).not.toContain('expects about')
    expect(found.map((record) => record.cue?.text)).not.toContain('said about')
  })
})

describe('a name for the object', () => {
  it('ends before a time or a place; other objects go on', () => {
    const found = records(
      'Race\n\nThe governor endorsed Ms. Ortiz last week. The union backed her at a rally in May. The union backed the plan in principle.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['The governor', 'endorsed', 'Ms. Ortiz'],
      ['The union', 'backed', 'her'],
      ['The union', 'backed', 'the plan in principle'],
    ])
  })
})

describe('“which” for a source', () => {
  it('“which” after a comma stands for the source before it, not for a thing', () => {
    const found = records(
      'Race\n\nThe union, which endorsed Ms. Ortiz, held a rally. A warning came from the CBI, which complains of a lack of skills. It was a season which saw him reach the semis. He backed the plan, which shows promise.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['which', 'endorsed', 'Ms. Ortiz'],
      ['which', 'complains of', 'a lack of skills'],
      ['He', 'backed', 'the plan'],
    ])
  })
})

describe('a colon after a cue', () => {
  it('words after it with no quotation marks are what was said, to the end of the paragraph', () => {
    const found = records(
      'Pier\n\nThe harbor master added: The pier is unsafe. Nobody should fish there.\n\nThe town closed it on Friday.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['The harbor master', 'added:', 'The pier is unsafe. Nobody should fish there'],
    ])
  })

  it('a colon that ends a paragraph introduces the next one, not the words before the speaker', () => {
    const found = records(
      'Pier\n\nIn a post on Friday, the harbor master wrote:\n\nI think the pier is unsafe for anyone who fishes.\n\nThe town closed it.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['the harbor master', 'I think the pier is unsafe for anyone who fishes'],
    ])
  })

  it('a quotation after it is found as such; a word or two is no content', () => {
    const found = records(
      'Pier\n\nThe harbor master added: “The pier is unsafe.” The mayor said: Fine.\n',
    )
    expect(found.map((record) => [record.kind, record.text])).toEqual([
      ['direct', 'The pier is unsafe.'],
    ])
  })
})

describe('an object before a clause of its own', () => {
  it('content with no verb ends before “and” or “but” and a subject pronoun; a clause goes on', () => {
    const found = records(
      'Deal\n\nMr. Deripaska agreed to pay a 2 percent fee to Mr. Manafort, and he put $100 million into the fund. Her work revealed the threat of ocean warming, and she died on Nov. 20. She said that the server was unprotected, and he had access to it.\n',
    )
    expect(found.map((record) => record.text)).toEqual([
      'to pay a 2 percent fee to Mr. Manafort',
      'the threat of ocean warming',
      'that the server was unprotected, and he had access to it',
    ])
  })
})

describe('courts', () => {
  it('justices and jurors are people who rule and say', () => {
    const found = records(
      'Ruling\n\nIn a 6-3 decision, the justices ruled that the law was void. The justice ruled that the buoys could stay. Jurors said the evidence was weak.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['the justices', 'ruled'],
      ['The justice', 'ruled'],
      ['Jurors', 'said'],
    ])
  })
})

describe('telling', () => {
  it('a clause of “as” with “tell” reports the sentence around it', () => {
    const found = records(
      'Water\n\nBut the truth, as any engineer will tell you, is that the pipes are old. As he told reporters on Monday, the plan is dead.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['any engineer', 'But the truth is that the pipes are old'],
      ['he', 'the plan is dead'],
    ])
  })

  it('what a cue with an addressee reports starts after a comma, or at “to” after the addressee’s apposition', () => {
    const found = records(
      'Debate\n\nAny engineer will tell you, the pipes are old. The campaign has asked Lester Holt, the moderator of the debate, to fact check Donald Trump.\n',
    )
    expect(found.map((record) => [record.addressee?.text ?? null, record.text])).toEqual([
      ['you', 'the pipes are old'],
      ['Lester Holt', 'to fact check Donald Trump'],
    ])
  })
})

describe('posts', () => {
  it('“posting” reports a clause or a quotation, not what was posted', () => {
    const found = records(
      'Feud\n\nTrump hit back on Truth Social, posting that Musk had “gone CRAZY.” He hit back, posting on X: “This is a lie.” She is posting photos every day. A job posting said the pay was low.\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.cue?.text])).toEqual([
      ['mixed', 'Trump', 'posting'],
      ['partial', 'Trump', 'posting'],
      ['direct', 'He', 'posting'],
      ['indirect', 'A job posting', 'said'],
    ])
  })

  it('“posting” reports a clause of “that” after where it was posted', () => {
    const found = records(
      'Feud\n\nHe replied, posting on Truth Social that the plan was dead. She is posting photos on Instagram every day.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['He', 'that the plan was dead'],
    ])
  })
})

describe('participles before the subject', () => {
  it('the clause of a participle is no content of the cue after it; a gerund that is the subject is', () => {
    const found = records(
      'Shares\n\nAsked about the fall, Musk replied with a single emoji. Speaking to reporters, Musk replied with an emoji. Agreeing to pay compensation did not mean the firms were admitting guilt, the regulator added.\n',
    )
    expect(
      found.map((record) => [record.speaker?.text ?? null, record.cue?.text, record.text]),
    ).toEqual([
      [null, 'Asked about', 'the fall'],
      [
        'the regulator',
        'added',
        'Agreeing to pay compensation did not mean the firms were admitting guilt',
      ],
    ])
  })
})

describe('a time after an attribution between commas', () => {
  it('is no content: “a day after …”, “two days after …”', () => {
    const found = records(
      'Iran\n\nIran will not negotiate, according to state media, a day after Washington imposed sanctions. Hillary Clinton won the primary, the Associated Press declared on Thursday, two days after voters went to the polls.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['state media', 'Iran will not negotiate'],
      ['the Associated Press', 'Hillary Clinton won the primary'],
    ])
  })
})

describe('names of bodies', () => {
  it('“for” and “on” between capitalised words keep a body’s name whole before “and”', () => {
    const found = records(
      'Flu\n\nThe Centers for Disease Control and Prevention said it was monitoring 350 people. The MP for Sittingbourne and Sheppey said the plan was sound. Lawyers for Mr Fawcett and Mr McDonald denied that the pair were involved.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'The Centers for Disease Control and Prevention',
      'The MP for Sittingbourne and Sheppey',
      'Lawyers for Mr Fawcett and Mr McDonald',
    ])
  })
})

describe('names joined after an opening phrase', () => {
  it('names joined by “and” after the sentence’s opening phrase are one speaker', () => {
    const found = records(
      'Talks\n\nOn Sunday, Mr. Rubio and Senator Ted Cruz urged voters to turn out. After the meeting, France and Germany unveiled a plan to cut emissions. Last month, Paramount, Universal and Warner Brothers said they were opting for the format.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'Mr. Rubio and Senator Ted Cruz',
      'France and Germany',
      'Paramount, Universal and Warner Brothers',
    ])
  })
})

describe('estimates', () => {
  it('“estimate” is a cue as a verb, not as a noun', () => {
    const found = records(
      'Homes\n\nLocal officials estimate that 80 percent of the homes were damaged. The estimate was too high.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Local officials', 'estimate', 'that 80 percent of the homes were damaged'],
    ])
  })
})

describe('nominal cues', () => {
  it('what a nominal cue names runs over a clause of “that” after its noun', () => {
    const found = records(
      'Chips\n\nNvidia did not comment on reports that it was in talks to supply chips to Saudi Arabia.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      [
        'Nvidia',
        'did not comment on',
        'reports that it was in talks to supply chips to Saudi Arabia',
      ],
    ])
  })
})

describe('family and trades', () => {
  it('relatives and people by their trade are sources of an “as” clause', () => {
    const found = records(
      "Water\n\nAs my grandmother used to say, you don't dig a well when you're thirsty. As the coach said, the game is long. Her brother said the farm was sold.\n",
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['my grandmother', 'used to say', "you don't dig a well when you're thirsty"],
      ['the coach', 'said', 'the game is long'],
      ['Her brother', 'said', 'the farm was sold'],
    ])
  })
})

describe('evidentials', () => {
  it('“X seems to …”: the subject and the rest are the content, the verb the cue', () => {
    const [found] = records('Head\n\nThe plan seems to work in most places this year.\n')
    expect(found?.kind).toBe('indirect')
    expect(found?.cue?.text).toBe('seems')
    expect(found?.text).toBe('The plan to work in most places this year')
  })

  it('the subject starts after a conjunction that opens its clause', () => {
    const found = records(
      'Head\n\nThe forum was dull, not least because the agenda of the forum seems to lack an overarching theme.\n',
    )
    expect(found[0]?.text).toBe('the agenda of the forum to lack an overarching theme')
    // Not after “and” inside the subject.
    const both = records('Head\n\nDelaware and Maryland are widely seen as Clinton strongholds.\n')
    expect(both[0]?.text).toBe('Delaware and Maryland Clinton strongholds')
  })
})

describe('“reportedly” after an auxiliary', () => {
  it('the auxiliary joins the cue, and the subject and the rest are the content', () => {
    const found = records(
      'Twitter\n\nBoth Google and Facebook have reportedly looked at Twitter and passed. Khoga was reportedly on that trip with her sister.\n',
    )
    expect(found.map((record) => [record.cue?.text, record.text])).toEqual([
      ['have reportedly', 'Both Google and Facebook looked at Twitter and passed'],
      ['was reportedly', 'Khoga on that trip with her sister'],
    ])
  })
})

describe('naming cues', () => {
  it('a quotation named in a relative clause, its comma inside the marks, has the clause’s speaker', () => {
    const found = records(
      'Deal\n\nThe deal, which Trump called “a disgrace,” was signed. As America prepares for what Newt Gingrich called “the loudest election in history,” the former speaker spoke.\n',
    )
    expect(
      found
        .filter((record) => record.kind === 'partial')
        .map((record) => [record.speaker?.text, record.text]),
    ).toEqual([
      ['Trump', 'a disgrace'],
      ['Newt Gingrich', 'the loudest election in history'],
    ])
  })

  it('a quotation named in a relative clause that a parenthesis closes has the clause’s speaker', () => {
    const found = records(
      'Tax\n\nThe plan (which critics call “a giveaway”) passed on Tuesday. The plan (“a giveaway”) passed.\n',
    )
    expect(found.map((record) => [record.speaker?.text ?? null, record.text])).toEqual([
      ['critics', 'a giveaway'],
      [null, 'a giveaway'],
    ])
  })

  it('a participle of naming right after a noun and before the quotation names it: no one speaks', () => {
    const found = records(
      'Privacy\n\nIt tracked users after they turned off a setting called “Location History.” It was what officials called “a significant breach.”\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text ?? null, record.text])).toEqual(
      [
        ['partial', null, 'Location History.'],
        ['partial', 'officials', 'a significant breach.'],
      ],
    )
  })

  it('a title named after its participle keeps the comma inside its marks: no direct quote', () => {
    const found = records(
      'Schools\n\nThe group called “Moms for Liberty,” met on Tuesday. “Never Again,” he said.\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text ?? null, record.text])).toEqual(
      [
        ['partial', null, 'Moms for Liberty'],
        ['direct', 'he', 'Never Again'],
      ],
    )
  })

  it('what a naming verb names ends with its quotation at a comma, but not inside a list', () => {
    const found = records(
      'Tweets\n\nIn another tweet, Trump called Cruz the "ultimate hypocrite," linking to a story. Trump called the senator a "nasty guy," an "anchor baby" and "sick." Kendall wrote that the request was "futile," because the records were public.\n',
    )
    expect(
      found
        .filter((record) => record.kind === 'mixed')
        .map((record) => [record.cue?.text, record.text]),
    ).toEqual([
      ['called', 'Cruz the "ultimate hypocrite,"'],
      ['called', 'the senator a "nasty guy," an "anchor baby" and "sick."'],
      ['wrote', 'that the request was "futile," because the records were public'],
    ])
  })
})

describe('calls for something', () => {
  it('“called on” and “called for” before a quotation: the particle is part of the cue', () => {
    const found = records(
      'Oil\n\nThe association called on lawmakers to "be honest about the trade-offs." The Tories called for a "slimming down" of the state.\n',
    )
    expect(found.map((record) => [record.kind, record.cue?.text, record.text])).toEqual([
      ['mixed', 'called on', 'lawmakers to "be honest about the trade-offs."'],
      ['partial', 'called on', 'be honest about the trade-offs.'],
      ['mixed', 'called for', 'a "slimming down" of the state'],
      ['partial', 'called for', 'slimming down'],
    ])
  })
})

describe('days, adverbs and “together”', () => {
  it('an object before a day is content, without the day; a day alone is a time', () => {
    const found = records(
      'Flint\n\nErin Brockovich endorsed Sanders’ approach Saturday. He will speak on Monday. He spoke late Friday.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Erin Brockovich', 'endorsed', 'Sanders’ approach'],
    ])
  })

  it('an adverb in -ly between the auxiliary and “expected to” joins the cue', () => {
    const found = records('Fed\n\nYellen is widely expected to lay the ground for a rate hike.\n')
    expect(found.map((record) => [record.cue?.text, record.text])).toEqual([
      ['is widely expected', 'Yellen to lay the ground for a rate hike'],
    ])
  })

  it('a noun in -ly is no adverb joined to the cue after it', () => {
    const found = records(
      'BT\n\nThe former monopoly said prices would fall. Attorneys for the family said the relatives watched it. Chancellor Gordon Brown’s closest ally has denied suggestions of a giveaway.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['The former monopoly', 'said'],
      ['Attorneys for the family', 'said'],
      ['Chancellor Gordon Brown’s closest ally', 'has denied'],
    ])
  })

  it('a cue word after a verb in the past is its object; “called in” is a call', () => {
    const found = records(
      'Forum\n\nThe candidates took questions from the crowd. The three firms gave hints about how the chip will work. She recently called in to a town hall about police. Argonaut called in administrators on Friday to rescue the company. The senator said he took questions.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['The senator', 'said', 'he took questions'],
    ])
  })

  it('“called” someone at a time or to do something is a telephone call; “called off” a cancellation', () => {
    const found = records(
      'Calls\n\nObama called both candidates Tuesday night. She called Sanders to congratulate him. Mr. Obama called Naghmeh Abedini. Shire called off a $54 billion deal. Cruz called them on it. He called Trump a liar.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Cruz', 'called', 'them on it'],
      ['He', 'called', 'Trump a liar'],
    ])
  })

  it('“sent” is a cue only of a message', () => {
    const found = records(
      'Zika\n\nPresident Jimmy Carter sent an ill-fated rescue mission. Arsenal sent on Jeremie Aliadiere with seven minutes left. She sent screen shots of their conversations to the Post. A coalition of groups sent a letter urging Congress to pass the measure.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['A coalition of groups', 'sent', 'a letter urging Congress to pass the measure'],
    ])
  })

  it('“found himself”, “found ways to” and “helped found” are no findings', () => {
    const found = records(
      'Found\n\nObama found himself in the awkward position of addressing the attack. Clinton found ways to make money on the trail. Roger Ailes helped found Fox News in 1996. The inspector general found that Mills tasked a member of her staff.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['The inspector general', 'found', 'that Mills tasked a member of her staff'],
    ])
  })

  it('“support” after a share or before “among” or “from” is the noun', () => {
    const found = records(
      'Polls\n\nTrump achieved 45 percent support among Republican voters. Clinton won 41 percent support against Trump. Millennials support background checks for all gun purchasers.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Millennials', 'support', 'background checks for all gun purchasers'],
    ])
  })

  it('“the support of” names the supporters, not what they support', () => {
    const found = records(
      'South\n\nClinton won the support of minorities in the South. He had the support of big-name Republican donors. The PAC spent $58 million in support of Rubio.\n',
    )
    expect(found.map((record) => [record.cue?.text, record.text])).toEqual([
      ['support of', 'Rubio'],
    ])
  })

  it('attacks on a consulate or on troops are violence, not words', () => {
    const found = records(
      'Benghazi\n\nThe hearing dwelt on the attacks on the American consulate in Benghazi. Its attacks on Syrian government troops went on. His attacks on Clinton’s record were sharper.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['His', 'attacks on', 'Clinton’s record'],
    ])
  })

  it('what is posted to a place, by an agent, or as a result is no message', () => {
    const found = records(
      'Results\n\nSanders posted an overwhelming victory in New Hampshire. The club posted a record loss of 68m euros. A video posted to her Facebook account went viral. Palin posted a photo of herself and her son.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Palin', 'posted', 'a photo of herself and her son'],
    ])
  })

  it('a paragraph that is a quotation goes on with the speaker of the paragraph before', () => {
    const found = records(
      'Oil\n\nMr Cartagena said the industry expects to see investment worth $10bn.\n\n“With these investments, we are going to continue being the main actor.”\n\nRubio’s comments came on Sunday, The Hill reported.\n\n“He’s always calling me Little Marco.”\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text ?? null])).toEqual([
      ['indirect', 'Mr Cartagena'],
      ['direct', 'Mr Cartagena'],
      ['indirect', 'The Hill'],
      ['direct', null],
    ])
  })

  it('so it does when a later sentence of its paragraph has an attribution of its own', () => {
    const found = records(
      'Homes\n\nHe said the Bank of England may increase interest rates.\n\n“I think the key is what the Bank expects to happen to the housing market.” House prices have risen 0.9% this year, Nationwide said.\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text ?? null])).toEqual([
      ['indirect', 'He'],
      ['direct', 'He'],
      ['indirect', 'Nationwide'],
    ])
  })

  it('“afterwards” and “meanwhile” between a speaker and the cue join the cue', () => {
    const found = records(
      'Rebate\n\nHenry afterwards described the display as beautiful to watch. The foreign secretary meanwhile said the rebate remained. “We have one of the lowest net receipts of any EU country.”\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['Henry', 'afterwards described'],
      ['The foreign secretary', 'meanwhile said'],
      ['The foreign secretary', 'meanwhile said'],
    ])
  })

  it('a quotation in the first person after a sentence with no attribution is its named subject’s', () => {
    const found = records(
      'Laptops\n\nMr Negroponte set up two schools and gave the children laptops. “We put in 25 laptops three years ago, and only one has been broken.”\n\nThe firm Baikal was sold in December. Baikal promptly passed into the hands of Rosneft. “We used to see street hustlers do this kind of thing.”\n\nThe city grew fast. Its mayor, Jane Roe, spoke on Monday. “Who is demanding that the bridge be built?”\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text ?? null, record.cue])).toEqual([
      ['direct', 'Mr Negroponte', null],
      ['direct', null, null],
      ['direct', null, null],
    ])
  })

  it('“became”, “grew” and “fell” end the subject a participle reports', () => {
    const found = records(
      'Brazil\n\nPresident Lula became a defender of borrowers, arguing that the lending margins were among the highest in the world.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['President Lula', 'arguing'],
    ])
  })

  it('a verb of aspect before a participle of saying opens the cue', () => {
    const found = records(
      'Benghazi\n\nSen. Ron Johnson kept asking why the State Department had tied the violence to protests. She began saying that the plan was dead.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['Sen. Ron Johnson', 'kept asking'],
      ['She', 'began saying'],
    ])
  })

  it('reported speech runs on to the end of a quotation that opens in it', () => {
    const found = records(
      'Debate\n\nThe mayor said the vote “came late, sadly, because the council waited. And I think that hurt us. We move on.” Then she left.\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.text])).toEqual([
      [
        'mixed',
        'The mayor',
        'the vote “came late, sadly, because the council waited. And I think that hurt us. We move on.”',
      ],
      [
        'partial',
        'The mayor',
        'came late, sadly, because the council waited. And I think that hurt us. We move on.',
      ],
    ])
  })

  it('a participle and its agent that describe what stands before them report nothing', () => {
    const found = records(
      'Rebels\n\nRebel groups backed by Ankara have no choice. Deacon, a staffer, backed by the senator, won. When asked by a reporter if that remained his view, he nodded.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['a reporter', 'asked', 'if that remained his view'],
    ])
  })

  it('a document and when it came out report nothing of their own', () => {
    const found = records(
      'Polls\n\nA Washington Post poll released Sunday is a record low. New polls released Sunday showed Clinton taking a lead. Emanuel released the video a few hours later.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['New polls released Sunday', 'showed', 'Clinton taking a lead'],
      ['Emanuel', 'released', 'the video a few hours later'],
    ])
  })

  it('“of” between capitalised words stays in the subject a participle reports', () => {
    const found = records(
      'Hell\n\nFormer Secretary of State Madeleine Albright urged women to vote, saying, “There is a special place.”\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['Former Secretary of State Madeleine Albright', 'saying'],
    ])
  })

  it('a verb before a participle that reports a quotation shares its speaker', () => {
    const found = records(
      'Hell\n\nMadeleine Albright recently urged women to vote for her, saying, “There is a special place.”\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.cue?.text])).toEqual([
      ['indirect', 'Madeleine Albright', 'recently urged'],
      ['direct', 'Madeleine Albright', 'saying'],
    ])
    expect(found[0]?.attribution).not.toBe(found[1]?.attribution)
  })

  it('a day after an article stays in the speaker after the cue', () => {
    const found = records(
      'Spine\n\n“There is more spine in a worm,” reads a Wednesday editorial.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['a Wednesday editorial', 'reads'],
    ])
  })

  it('“news reports” and “talk show” are nouns, not cues', () => {
    const found = records(
      'Reports\n\nMultiple news reports reveal there was more than one. Radio talk host Rush Limbaugh used his platform to discuss the plan. The Associated Press reports that the deal is dead.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['Multiple news reports', 'reveal'],
      ['Radio talk host Rush Limbaugh', 'used his platform to discuss'],
      ['The Associated Press', 'reports'],
    ])
  })

  it('chanting reports a quotation, and singing only a quotation', () => {
    const found = records(
      'Rally\n\nMarchers chanted, “No justice, no peace!” Fans sang the national anthem. A choir sings, “We shall overcome.”\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.cue?.text])).toEqual([
      ['direct', 'Marchers', 'chanted'],
      ['direct', 'A choir', 'sings'],
    ])
  })

  it('a quotation after a colon that ends a clause of a source with no attribution is that source’s', () => {
    const found = records(
      'Hearing\n\nRep. Trey Gowdy has adopted a stance common among critics: “Who told you that?” The question is: “Should we leave?”\n',
    )
    expect(
      found.map((record) => [record.kind, record.speaker?.text ?? null, record.cue?.text ?? null]),
    ).toEqual([
      ['direct', 'Rep. Trey Gowdy', ':'],
      ['direct', null, null],
    ])
  })

  it('a verb of promising before “to” reports what it commits to', () => {
    const found = records(
      'Pledges\n\nHe promised to cut taxes for the middle class. Trump vows to build a wall on the border. The Lib Dems have pledged to oppose the bill when it is debated next week.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['He', 'promised', 'to cut taxes for the middle class'],
      ['Trump', 'vows', 'to build a wall on the border'],
      ['The Lib Dems', 'have pledged', 'to oppose the bill when it is debated next week'],
    ])
  })

  it('a verb of claiming before “to” reports what is claimed, not the noun', () => {
    const found = records(
      'Claims\n\nShe claimed to be undecided. A win would bolster Rubio’s claim to be the strongest alternative.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['She', 'claimed', 'to be undecided'],
    ])
  })

  it('a participle after a quotation takes the subject of an attribution found after it', () => {
    const found = records(
      'Debate\n\n“He would be the best nominee,” Graham said on MSNBC’s “Morning Joe,” adding, “Kasich has a problem.”\n',
    )
    expect(
      found.map((record) => [record.kind, record.speaker?.text ?? null, record.cue?.text ?? null]),
    ).toEqual([
      ['direct', 'Graham', 'said'],
      ['partial', null, null],
      ['direct', 'Graham', 'adding'],
    ])
  })

  it('a parenthesis after a name read after its cue belongs to the speaker', () => {
    const found = records(
      'Guns\n\n“It is the beginning of cracks,” said Sen. Chris Murphy (D-Conn.). “It is a start,” said Sen. Ed Hale, who’s been pushing for new rules.\n',
    )
    expect(found.map((record) => record.speaker?.text ?? null)).toEqual([
      'Sen. Chris Murphy (D-Conn.)',
      'Sen. Ed Hale, who’s been pushing for new rules',
    ])
  })

  it('“which” after a comma is the speaker of a cue of speech, for the name before it', () => {
    const found = records(
      'Rates\n\nThe figures came a day after a warning from the Institute of Directors, which said rates had been held too high for a year. The group, which argued that growth was slowing, met on Friday.\n',
    )
    expect(
      found.map((record) => [
        record.speaker?.text ?? null,
        record.speaker?.name ?? null,
        record.cue?.text,
        record.text,
      ]),
    ).toEqual([
      ['which', 'Institute of Directors', 'said', 'rates had been held too high for a year'],
      ['which', null, 'argued', 'that growth was slowing'],
    ])
  })

  it('“which” is no speaker of a weak cue (but for a source: see below), a passive, or words before it', () => {
    const found = records(
      'Season\n\nIt was a season which saw him reach the final. The viruses, which were first thought to be harmless, spread. He backed the plan, which shows promise.\n',
    )
    expect(found.map((record) => record.speaker?.text ?? null)).toEqual(['He'])
  })

  it('“read” after a quotation reports what a thing says', () => {
    const found = records(
      'Signs\n\nThe crowd waved signs. “We won,” the shirt read. “Vote them out!” read another. “I am still here,” it read. “Hamlet” is long. I read it twice.\n',
    )
    expect(
      found.map((record) => [record.kind, record.speaker?.text ?? null, record.cue?.text ?? null]),
    ).toEqual([
      ['direct', 'the shirt', 'read'],
      ['direct', 'another', 'read'],
      ['direct', 'it', 'read'],
      ['partial', null, null],
    ])
  })

  it('a verb before “to say”, passive or with a degree, opens the cue of its subject', () => {
    const found = records(
      'Debate\n\nThe senator was prompted to say, “I cannot believe how civil it has been.” The columnist Ann Lee went so far as to say: “The site as we know it is over.”\n',
    )
    expect(found.map((record) => [record.speaker?.text ?? null, record.cue?.text])).toEqual([
      ['The senator', 'was prompted to say'],
      ['The columnist Ann Lee', 'went so far as to say:'],
    ])
  })

  it('a verb after “and” takes the subject of reported speech read after it', () => {
    const found = records(
      'Hacker\n\nIn a long, in-prison interview last year, Lazar said he welcomed extradition and added, “I will plead guilty, no problem.” Growth slowed and is expected to fall further.\n',
    )
    expect(
      found.map((record) => [record.kind, record.speaker?.text ?? null, record.cue?.text]),
    ).toEqual([
      ['indirect', 'Lazar', 'said'],
      ['direct', 'Lazar', 'added'],
      ['indirect', null, 'is expected'],
    ])
  })

  it('a verb in the present before an article ends the subject of a sentence', () => {
    const found = records(
      'Letters\n\nHoff’s letter makes a plain case: “We must stand together.” The press gives a different view. Wealth-X keeps its own finances a secret, but says its business has tripled.\n',
    )
    expect(found.map((record) => [record.speaker?.text ?? null, record.cue?.text])).toEqual([
      ['Hoff’s letter', 'makes a plain case:'],
      ['Wealth-X', 'says'],
    ])
  })

  it('a cue in a modifier of the speaker is part of the speaker', () => {
    const found = records(
      'Sources\n\nAnother source speaking to the network said, “The agents are busy.” An official who spoke anonymously to discuss the talks said they went well. Gov. Ann Lee, a Republican who has refused to endorse him, said she would wait.\n',
    )
    expect(found.map((record) => record.speaker?.text ?? null)).toEqual([
      'Another source speaking to the network',
      'An official who spoke anonymously to discuss the talks',
      // (The relative clause's own attribution: “who has refused to endorse him”.)
      'who',
      'Gov. Ann Lee',
    ])
  })

  it('a verb further back before “to” opens the cue of a quotation', () => {
    const found = records(
      'Newsroom\n\nThe editor, Tim Grieve, interrupted me in mid-sentence to announce, “There goes the franchise.”\n',
    )
    expect(found.map((record) => [record.speaker?.text ?? null, record.cue?.text])).toEqual([
      ['The editor, Tim Grieve,', 'interrupted me in mid-sentence to announce'],
    ])
  })

  it('a participle after “with”, an adverb, or a noun of sources takes that phrase', () => {
    const found = records(
      'Rally\n\nSome supporters shoved a protester, with Trump reportedly yelling: “Get him out of here!” Her backers tied the judge to the governor, with one of her ads asking, “Is she independent enough?”\n',
    )
    expect(found.map((record) => [record.speaker?.text ?? null, record.cue?.text])).toEqual([
      ['Trump', 'reportedly yelling:'],
      ['one of her ads', 'asking'],
    ])
  })

  it('the subject of a sentence that opens with a subordinate clause stands after its comma', () => {
    const found = records(
      'Humble\n\nAnd although he thanked the church community for backing him, he sounded a rare note of modesty, saying, “I am not sure I deserve it.” When he returned he began by saying, “It is not necessary.”\n',
    )
    expect(
      found.map((record) => [record.speaker?.text ?? null, record.cue?.text, record.text]),
    ).toEqual([
      ['he', 'thanked', 'the church community for backing him'],
      ['he', 'saying', 'I am not sure I deserve it.'],
      ['he', 'saying', 'It is not necessary.'],
    ])
  })

  it('after an addressee, “to” and a verb open what they are told to do', () => {
    const found = records(
      'Shops\n\nHe advised consumers to give shops more time given that online buying is popular. She was recently telling one person close to her that she is perplexed about the debate.\n',
    )
    expect(
      found.map((record) => [record.cue?.text, record.addressee?.text ?? null, record.text]),
    ).toEqual([
      ['advised', 'consumers', 'to give shops more time given that online buying is popular'],
      ['was recently telling', 'one person close', 'that she is perplexed about the debate'],
    ])
  })

  it('a relative clause of “who” that reports speech is an attribution of its own, no apposition', () => {
    const found = records(
      'Veterans\n\n“The candidates do not understand the military,” said Capt. Ann Lee, who said she would vote for neither of them. “It is over,” said one former executive, who asked not to be named. “It is a slogan,” said Cordesman, who has also advised Sen. John McCain, a nominee.\n',
    )
    expect(
      found.map((record) => [record.speaker?.text, record.speaker?.name, record.cue?.text]),
    ).toEqual([
      ['Capt. Ann Lee', 'Ann Lee', 'said'],
      ['who', 'Ann Lee', 'said'],
      ['one former executive, who asked not to be named', 'one former executive', 'said'],
      ['Cordesman, who has also advised Sen. John McCain, a nominee', 'Cordesman', 'said'],
    ])
  })

  it('“states” before “that” after a pronoun or a number is a cue', () => {
    const found = records(
      'Doctrine\n\nThe rule comes from a court case. It states that courts should not rule too close to an election. Many states that voted for him have changed. Article 33 states that no state shall expel a refugee.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['It', 'states'],
      ['Article 33', 'states'],
    ])
  })

  it('a verb of belief takes a quoted phrase inside its sentence as its object, not as speech', () => {
    const found = records(
      'Ads\n\nThe ad ran on Sunday. It said that Trump supports “Hillary-style healthcare” and a tax rise. Liberal politicians fear “Europe is disintegrating.”\n',
    )
    expect(
      found.map((record) => [record.kind, record.speaker?.text ?? null, record.cue?.text ?? null]),
    ).toEqual([
      ['mixed', 'It', 'said'],
      ['partial', 'It', 'said'],
      ['direct', 'Liberal politicians', 'fear'],
    ])
  })

  it('a name and a colon before a count of digit groups is no speech', () => {
    expect(
      records(
        'Delegates\n\nThe count stands.\n\nHillary Clinton: 1,769.\n\nBernie Sanders: 1,501.\n',
      ),
    ).toEqual([])
  })

  it('verbs of manner after a quotation: beaming, chuckling, reacting', () => {
    const found = records(
      'Floor\n\n“This is fantastic!” beamed Donald Hartley of Madison. “Is he profiling?” reacted Trump. “We won,” she chuckled.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['Donald Hartley of Madison', 'beamed'],
      ['Trump', 'reacted'],
      ['she', 'chuckled'],
    ])
  })

  it('a cue before a name and a colon is no transcript label', () => {
    const found = records(
      'Radio\n\nStated Stone: “I think that the stakes are so high.” Continued Stone: “So I think it is a very big deal.”\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Stone', 'Stated', 'I think that the stakes are so high.'],
      ['Stone', 'Continued', 'So I think it is a very big deal.'],
    ])
  })

  it('words in title case that a cue introduces with a comma or a colon are a quotation', () => {
    const found = records(
      'Debate\n\nTrump tried to laugh it off by interjecting, “Only Rosie O’Donnell.” Mr Hague replied: “No. Definitely not.” He is promoting his book, “Sin Miedo.” He sat for an interview on Mr. King’s show, “Politicking.”\n',
    )
    expect(
      found.map((record) => [record.kind, record.speaker?.text ?? null, record.cue?.text ?? null]),
    ).toEqual([
      ['direct', 'Trump', 'interjecting'],
      ['direct', 'Mr Hague', 'replied:'],
      // (The title is what the cue names, no speech.)
      ['mixed', 'He', 'is promoting'],
      ['partial', 'He', 'is promoting'],
      ['partial', null, null],
    ])
  })

  it('the subject of a sentence after a participle clause and a comma, past an irregular verb', () => {
    const found = records(
      'Cabinet\n\nAsked on Monday whether he would hold a cabinet post, Mrs. Clinton shook her head and said, “No, he will not.”\n',
    )
    expect(found.map((record) => [record.speaker?.text ?? null, record.cue?.text])).toEqual([
      [null, 'Asked'],
      ['Mrs. Clinton', 'said'],
    ])
  })

  it('a party and “of” after a name is an apposition of the speaker', () => {
    const found = records(
      'Visas\n\nSenator Dianne Feinstein, Democrat of California, said the program was flawed. Representative Lee Zeldin, Republican of New York, said, “It is a scandal.”\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Senator Dianne Feinstein, Democrat of California,', 'Dianne Feinstein'],
      ['Representative Lee Zeldin, Republican of New York,', 'Lee Zeldin'],
    ])
  })

  it('a party and a state in short after a name is an apposition of the speaker (AP style)', () => {
    const found = records(
      'Iran\n\nSen. Rachel Moore, D-Ore., a member of the Armed Services Committee, questioned the move. Rep. Jim Smith, R-N.Y., said the plan was sound. Sen. Bo Li, I-Vt., told reporters it was too soon.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Sen. Rachel Moore, D-Ore., a member of the Armed Services Committee,', 'Rachel Moore'],
      ['Rep. Jim Smith, R-N.Y.,', 'Jim Smith'],
      ['Sen. Bo Li, I-Vt.,', 'Bo Li'],
    ])
  })

  it('“and” between names that open the sentence joins one speaker', () => {
    const found = records(
      'Visas\n\nMr. Grassley and Mr. Leahy said the program was flawed. In Iowa and Ohio, voters said it was fine.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'Mr. Grassley and Mr. Leahy',
      'voters',
    ])
  })

  it('“and” between names after a conjunction that opens the clause joins one speaker', () => {
    const found = records(
      'Visas\n\nBut Mr. Grassley and Mr. Leahy say other changes are needed. Atrocities continue as China and Russia support the government. He spoke at noon and Smith said no.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['Mr. Grassley and Mr. Leahy', 'other changes are needed'],
      ['China and Russia', 'the government'],
      ['Smith', 'no'],
    ])
  })

  it('a document’s participle keeps its time, and its source may stand between them', () => {
    const found = records(
      'Poll\n\nA poll from Marquette Law School released Wednesday found Clinton leading by 15 points. A Marquette Law School poll released last week showed Clinton poised to carry the state. A poll out this week shows Trump with a lead in Ohio. Officials who gathered last week said the plan was dead. Trump last week said no.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['A poll from Marquette Law School released Wednesday', 'found'],
      ['A Marquette Law School poll released last week', 'showed'],
      ['A poll out this week', 'shows'],
      ['Officials who gathered last week', 'said'],
      ['Trump', 'said'],
    ])
  })

  it('a weekday between the speaker and the cue, with a part of the day or none, is no part of the speaker', () => {
    const found = records(
      'Talks\n\nRNC spokesman Sean Spicer on Thursday evening said the party was not in a crisis. Broaddrick Sunday night recounted an interaction with Hillary Clinton. The leading candidates for president Thursday lashed out at President Obama. Voters on Super Tuesday said the race was over. Fans who gathered on a Sunday said the club had let them down.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['RNC spokesman Sean Spicer', 'said'],
      ['Broaddrick', 'recounted'],
      ['The leading candidates for president', 'lashed out'],
      ['Voters on Super Tuesday', 'said'],
      ['Fans who gathered on a Sunday', 'said'],
    ])
  })

  it('a cue word is a noun after a quantifier before people, or after a name an article opens', () => {
    const found = records(
      'Report\n\nSeveral cast members said Trump had one contestant twirl before him. A National Audit Office report on the biggest projects says costs have risen by £1.7bn. Political observers in the UK claim it is a calculated snub against the chancellor.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['Several cast members', 'said'],
      ['A National Audit Office report on the biggest projects', 'says'],
      ['Political observers in the UK', 'claim'],
    ])
  })

  it('“in the past” after a name, a pronoun or an auxiliary is no part of the speaker', () => {
    const found = records(
      'Talks\n\nZucker, who in the past has voiced the desire to run for office, told reporters he was happy. Smith in the past two weeks has said the deal is dead. Speeches made by Ofcom in recent months hinted that regulation might be an option.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['Zucker', 'told'],
      ['Smith', 'has said'],
      ['Speeches made by Ofcom in recent months', 'hinted'],
    ])
  })

  it('“and” between modifiers of a noun of people joins one speaker', () => {
    const found = records(
      'Server\n\nAgents will interview her about the server, current and former officials said. Shares fell on the news and many market observers predicted that the fall would hurt confidence. Games should carry larger warnings, the trade and industry secretary has said.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['current and former officials', 'Agents will interview her about the server'],
      ['many market observers', 'that the fall would hurt confidence'],
      ['the trade and industry secretary', 'Games should carry larger warnings'],
    ])
  })

  it('content after a long adverbial, or one with a title in quotation marks, opens at “that”', () => {
    const found = records(
      'Fracking\n\nCruz said Thursday during a taping of a town hall meeting in Buffalo, New York, that the state is wrong to ban fracking. Sanders said on ABC’s “This Week With George Stephanopoulos” that he would look at it. Fans had declared Saturday as ‘Cantona Day’ and had planned to wear masks, that were popular then.\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text ?? null, record.text])).toEqual(
      [
        ['indirect', 'Cruz', 'that the state is wrong to ban fracking'],
        ['partial', null, 'This Week With George Stephanopoulos'],
        ['indirect', 'Sanders', 'that he would look at it'],
        ['partial', null, 'Cantona Day'],
      ],
    )
  })

  it('a relative pronoun before a speaker and a cue is the subject of what is said', () => {
    const found = records(
      'Votes\n\nIt was what the senators said was economic gerrymandering. The plan is a system which they say is more transparent. It is unclear what Trump says his plan would do.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['the senators', 'what was economic gerrymandering'],
      ['they', 'which is more transparent'],
      // (“what” is the object of what is said, and opens it too.)
      ['Trump', 'what his plan would do'],
    ])
  })

  it('a relative clause with no pronoun: the speaker is its subject, its noun opens the content', () => {
    const found = records(
      'Budget\n\nThe council approved a project officials said would cost $4 million. The FBI is looking into the breach, a probe the agency said was ongoing as of this month. It’s a dynamic Greenberg said could drive voters away. Voters chose the plan that the mayor said would work in the long run. Sarah Lee, who chairs the panel, said was unfair to all of them. Few expect a win in the House, which even the most optimistic Democrats doubt will flip in November. It is a plan Pentagon officials said would cost more than the last one. Some union officials said would strike within the week.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['officials', 'a project would cost $4 million'],
      ['the agency', 'a probe was ongoing as of this month'],
      ['Greenberg', 'a dynamic could drive voters away'],
      ['the mayor', 'that would work in the long run'],
      ['Sarah Lee, who chairs the panel,', 'was unfair to all of them'],
      ['Few', 'a win in the House'],
      ['the most optimistic Democrats', 'will flip in November'],
      ['Pentagon officials', 'a plan would cost more than the last one'],
      ['Some union officials', 'would strike within the week'],
    ])
  })

  it('content that a relative clause with no pronoun opens is read for attributions inside it', () => {
    const found = records(
      'Tax\n\nIn a move ministers say should keep rises below 5% next year, the chancellor said he was providing an extra £1bn.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['ministers', 'say', 'a move should keep rises below 5% next year'],
      ['the chancellor', 'said', 'he was providing an extra £1bn'],
    ])
  })

  it('a sentence that opens with “according to” and a comma attributes no quotation before it', () => {
    const found = records(
      'Saints\n\n“Talks have been going on for some time,” Mandaric said. “I am surprised that the chairman has not called.” According to Mandaric, Redknapp vowed he would not join.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Mandaric', 'said', 'Talks have been going on for some time'],
      ['Mandaric', 'said', 'I am surprised that the chairman has not called.'],
      ['Mandaric', 'According to', 'Redknapp vowed he would not join'],
    ])
  })

  it('an addressee from somewhere, and a verb in quotation marks after “to”', () => {
    const found = records(
      'Refugees\n\nHe told refugees from Afghanistan and Kosovo to “get back home” to start rebuilding. Umaga has warned the British and Irish Lions will be fearsome.\n',
    )
    expect(
      found.map((record) => [record.kind, record.cue?.text, record.addressee?.text ?? null]),
    ).toEqual([
      ['mixed', 'told', 'refugees from Afghanistan and Kosovo'],
      ['partial', 'told', 'refugees from Afghanistan and Kosovo'],
    ])
  })

  it('a reflexive pronoun that ends a speaker is no part of the name', () => {
    const found = records(
      'Blunkett\n\nDavid Blunkett resigned. Mr Blunkett himself described blindness as “an inconvenience”.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Mr Blunkett himself', 'David Blunkett'],
      ['Mr Blunkett himself', 'David Blunkett'],
    ])
  })

  it('a weekday after a first name, read after a cue, is a surname', () => {
    const found = records(
      'Sevens\n\n“We can win,” said England sevens coach Mike Friday. “We can win,” Smith said Friday.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['England sevens coach Mike Friday', 'said'],
      ['Smith', 'said'],
    ])
  })

  it('a quotation after reported speech of a named source is that source’s, not the quotation’s before', () => {
    const found = records(
      'Fathers\n\nJohn Ison, from Fathers 4 Justice, said: “It is very disappointing.” Jim Parton, from Families Need Fathers, said the proposals lacked teeth. “We would like to see couples make a plan.”\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.cue?.text])).toEqual([
      ['direct', 'John Ison, from Fathers 4 Justice,', 'said:'],
      ['indirect', 'Jim Parton, from Families Need Fathers,', 'said'],
      ['direct', 'Jim Parton, from Families Need Fathers,', 'said'],
    ])
  })

  it('a pronoun that opens a sentence stands for a person the sentence before introduces', () => {
    const found = records(
      'Vote\n\n“It is settled,” said Ian Ford, an analyst. One dissenting view came from Brian Gage, a professor. He said: “It is not settled.”\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Ian Ford, an analyst', 'Ian Ford'],
      ['He', 'Brian Gage'],
    ])
  })

  it('a surname alone opening the sentence before is the person a pronoun stands for', () => {
    const found = records(
      'Race\n\nJohn Kasich spoke first. “We can win,” Kasich said. “We will win,” said Mark Cole. Kasich stayed on stage. He said: “I will not quit.”\n',
    )
    expect(found.map((record) => record.speaker?.name)).toEqual([
      'John Kasich',
      'Mark Cole',
      'John Kasich',
    ])
  })

  it('a surname after an honorific, opening the sentence before, is whom a pronoun stands for', () => {
    const found = records(
      'Slurry\n\n“It was awful,” said Robert Kilroy-Silk. Jonathan Dimbleby said the show went on. Mr Kilroy-Silk was still able to appear on the show. He told reporters he was “very angry”.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Robert Kilroy-Silk', 'Robert Kilroy-Silk'],
      ['Jonathan Dimbleby', 'Jonathan Dimbleby'],
      ['He', 'Robert Kilroy-Silk'],
      ['He', 'Robert Kilroy-Silk'],
    ])
  })

  it('a police force is no person a later “he” stands for', () => {
    const found = records(
      'Attack\n\n“I am angry,” said Robert Kilroy-Silk. Greater Manchester Police said two people were hurt. He said: “I will press charges.”\n',
    )
    expect(found.map((record) => record.speaker?.name)).toEqual([
      'Robert Kilroy-Silk',
      'Greater Manchester Police',
      'Robert Kilroy-Silk',
    ])
  })

  it('a pronoun after an opener, or after a word in its own sentence, stands for the person introduced', () => {
    const found = records(
      [
        'Tulsa\n\n“Order will hold,” said Chris Christie. Trump said the city was calm. “We will win,” said Mark Cole. Trump has also commented on the death. On Wednesday, he told a crowd that he was “troubled”.',
        'Hillary Clinton spoke first. “It is a lie,” said Lily Batchelder. Mrs. Clinton has been frank about the cost, though she said she would “look at it”.\n',
      ].join('\n\n'),
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Chris Christie', 'Chris Christie'],
      ['Trump', 'Trump'],
      ['Mark Cole', 'Mark Cole'],
      ['he', 'Trump'],
      ['he', 'Trump'],
      ['Lily Batchelder', 'Lily Batchelder'],
      ['she', 'Hillary Clinton'],
      ['she', 'Hillary Clinton'],
    ])
  })

  it('a surname whose first full name is a possessive still names a person a pronoun stands for', () => {
    const found = records(
      'Ads\n\nDonald Trump’s campaign bought ads. “It was me,” said Jim Clyburn. Trump has record low support from black voters. He recently pitched himself to them by telling them their lives are terrible.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Jim Clyburn', 'Jim Clyburn'],
      ['He', 'Donald Trump'],
    ])
  })

  it('a surname after an honorific with no full name in the text names a person a pronoun stands for', () => {
    const found = records(
      'Climate\n\n“It is working,” said John D. Podesta. Mr. Obama’s bet is that his rules will last. He says that his successor should keep them.\n',
    )
    expect(
      found.map((record) => [record.speaker?.text, record.speaker?.name, record.speaker?.role]),
    ).toEqual([
      ['John D. Podesta', 'John D. Podesta', null],
      ['He', 'Obama', 'Mr.'],
    ])
  })

  it('a pronoun after a conjunction that opens its sentence stands for the person introduced before', () => {
    const found = records(
      'Hewitt\n\n“The surface is fine,” said Geoff Pollard. Lleyton Hewitt had earlier criticised the surface. But he said he would play on whatever surface.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Geoff Pollard', 'Geoff Pollard'],
      ['he', 'Lleyton Hewitt'],
    ])
  })

  it('a group that speaks in the sentence before leaves a pronoun to the person introduced there', () => {
    const found = records(
      'Meeting\n\n“We will win,” said Paul Ryan. Ed Brookover spoke to reporters after meeting House members who have endorsed Trump. He says the meeting went well.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Paul Ryan', 'Paul Ryan'],
      ['who', 'members'],
      ['He', 'Ed Brookover'],
    ])
  })

  it('“who’s” after a name stands for it as “who” does', () => {
    const found = records(
      'Tax\n\nIt is a major issue, with Hillary Clinton — who’s called for big tax hikes on the rich — lambasting the plan.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['who’s', 'Hillary Clinton'],
    ])
  })

  it('a title that is the surname of a full name read before names that person', () => {
    const found = records(
      'Debate\n\nDavid Axelrod called on Howard Dean to apologize. Dean, a medical doctor, then appeared on MSNBC. He then defended the remark, saying, “I don’t think this is a ridiculous idea.” Later, Mr. King said it was fine, after the host Larry King spoke. The Committee said no.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['David Axelrod', 'David Axelrod'],
      ['He', 'Howard Dean'],
      ['He', 'Howard Dean'],
      ['Mr. King', 'Larry King'],
      ['The Committee', 'Committee'],
    ])
  })

  it('a pronoun stands for the person named after a role that opens the sentence before it', () => {
    const found = records(
      'Debate\n\nRush Limbaugh said the moderator is biased. Holt’s liberal NBC News colleague Matt Lauer faced heavy criticism after he asked Clinton about her emails. The shadow foreign secretary, Michael Ancram, welcomed the return. But he said there were questions.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Rush Limbaugh', 'Rush Limbaugh'],
      ['he', 'Matt Lauer'],
      ['he', 'Michael Ancram'],
    ])
  })

  it('a surname after an honorific names the full name of that gender', () => {
    const found = records(
      'Race\n\nBill Clinton spoke first. Then Hillary Clinton arrived, said Minyon Moore, an adviser.\n\n“We won,” Mrs. Clinton said. “We did,” Mr. Clinton said.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Minyon Moore, an adviser', 'Minyon Moore'],
      ['Mrs. Clinton', 'Hillary Clinton'],
      ['Mr. Clinton', 'Bill Clinton'],
    ])
  })

  it('a pronoun stands for the subject after a phrase that opens the sentence before it', () => {
    const found = records(
      'Race\n\n“We will win,” said Minyon Moore, an adviser to Hillary Clinton.\n\nIn the weeks since Labor Day, Mrs. Clinton has held rallies in Cleveland.\n\nShe spoke about her deep ties to the city.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Minyon Moore, an adviser to Hillary Clinton', 'Minyon Moore'],
      ['She', 'Hillary Clinton'],
    ])
  })

  it('a pronoun right after a quotation that opens its sentence stands for the person introduced in the sentence before', () => {
    const found = records(
      'Race\n\nRep. Robert C. Scott is running again. “He is not ready,” said Quentin Kidd, a professor.\n\nScott bristles at the suggestion he won\'t be ready. "I\'ve fundraised all I\'ve needed to do," he said. "It is easy," he added.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Quentin Kidd, a professor', 'Quentin Kidd'],
      ['he', 'Robert C. Scott'],
      ['he', 'Robert C. Scott'],
    ])
  })

  it('“who” right after a name in an apposition’s prepositional phrase stands for the name the apposition follows', () => {
    const found = records(
      'Hearing\n\nRepublicans are watching Donald Trump clash with Megyn Kelly, a star anchor at Fox News who questioned his respect for women. Trump argued with Mr. Sanders, who said he was wrong.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['who', 'Megyn Kelly'],
      ['who', 'Sanders'],
    ])
  })

  it('“who” after an apposition between commas stands for the name before it; a year after it is no part of the speaker', () => {
    const found = records(
      "Race\n\nObama has had a frosty relationship with McConnell, now the Senate majority leader, who in 2010 said the GOP's most important goal was to defeat him. Clinton, who on Monday said she would win, left.\n",
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['who', 'McConnell'],
      ['who', 'Clinton'],
    ])
  })

  it('a pronoun after a quotation of several sentences stands for the person an apposition introduces at the end of the sentence before it', () => {
    const found = records(
      'Songs\n\n“A lot of her attempts come across as pandering,” said Bryan Anderson, a voter.\n\nThat concerns Henry Crespo, president of the Florida Democratic Black Caucus.\n\n“No one is writing songs for Hillary. Hillary has nobody like that,” he said.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Bryan Anderson, a voter', 'Bryan Anderson'],
      ['he', 'Henry Crespo'],
    ])
  })

  it('a pronoun stands for the person of a description that opens the sentence before it', () => {
    const found = records(
      "Climate\n\nPresident Obama spoke on Monday. “It is urgent,” Mr. Obama said.\n\n“He cares,” said Benjamin J. Rhodes, an adviser.\n\nThe president's Pacific roots also came into play. In Honolulu last week, he told a meeting that few people understood the stakes.\n",
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Mr. Obama', 'Obama'],
      ['Benjamin J. Rhodes, an adviser', 'Benjamin J. Rhodes'],
      ['he', 'Obama'],
    ])
  })

  it('a capitalised word of a role before a given name is no part of the name', () => {
    const found = records(
      'Run\n\n"It is hard," says Olympian Steve Cram. "It is," Cram added.\n\n"No," said Billionaire Mark Cuban. "Yes," said Cornell William Brooks.\n',
    )
    expect(found.map((record) => [record.speaker?.name, record.speaker?.role])).toEqual([
      ['Steve Cram', 'Olympian'],
      ['Steve Cram', null],
      ['Mark Cuban', 'Billionaire'],
      ['Cornell William Brooks', null],
    ])
  })

  it('a pronoun with no speaker before it stands for the nearest name, a surname alone included', () => {
    const found = records(
      "Marathon\n\nPaula Radcliffe won the New York marathon, beating Kenyan Susan Chepkemei.\n\nThe pair were locked together before Radcliffe finally sprinted clear to win. “It's a good way to end the year,” she said.\n",
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['she', 'Paula Radcliffe'],
    ])
  })

  it('a pronoun after a quotation in doubled apostrophes reads the sentence before it too', () => {
    const found = records(
      "Race\n\n``He is not ready,'' said Quentin Kidd, a professor.\n\nMark Weddle started work at Carrier 24 years ago. ''I have two brothers-in-law from Mexico,'' he said.\n",
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Quentin Kidd, a professor', 'Quentin Kidd'],
      ['he', 'Mark Weddle'],
    ])
  })

  it('no person introduced: a pronoun keeps the speaker before', () => {
    const found = records(
      [
        'Plan\n\n“It works,” said Paul Reid. The prime minister met Tony Blair on Monday. He said: “It will work.”',
        '“We tried,” said Paul Reid. But like Blair, Gordon Brown stayed. He said: “We will try.”',
        '“We tried,” said Paul Reid. Reid said Tony Blair would come. He said: “He will come.”',
        '“I met Tony Blair,” said Paul Reid. He said: “He came.”',
        '“We won,” said Paul Reid. Then he turned to Gordon Brown. He said: “We won.”\n',
      ].join('\n\n'),
    )
    expect(found.map((record) => record.speaker?.name)).toEqual(Array(11).fill('Paul Reid'))
  })

  it('a cue word after a possessive determiner and a name is a noun', () => {
    const found = records(
      'Show\n\nIn January, Mr Smith quit his BBC One show for remarks he made. She left her Channel 4 show after the row. Its CEO says the firm will grow.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['Its CEO', 'says'],
    ])
  })

  it('“it” stands for a body named by one word alone, not a place named since', () => {
    const found = records(
      'Sales\n\nElsewhere, Nestle said it had a good year in North America. However, it warned that trading would stay hard.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Nestle', 'Nestle'],
      ['it', 'Nestle'],
    ])
  })

  it('a day and its preposition before the comma before a cue are no speaker', () => {
    const found = records(
      'Guidance\n\nThe guidance published on Tuesday, said the police had a duty to act. Mary Jones, who spoke on Monday, said taxes would fall.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'The guidance published',
      'Mary Jones, who spoke on Monday,',
    ])
  })

  it('“to view” a thing is a look, no opinion, unless its sentence says how', () => {
    const found = records(
      'Site\n\nStations in the US managed to view the site with no problems. Voters came to view the deal as a mistake.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Voters', 'came to view', 'the deal as a mistake'],
    ])
  })

  it('a spokesman or spokeswoman described, not named, is whom a later pronoun of that gender stands for', () => {
    const found = records(
      'Aid\n\n“We will win,” said Fidel Castro. A government spokesman said the tax was necessary. “It applies only to the dollar,” he said. A BBC spokeswoman said the show would go on. She said: “We are sure.”\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Fidel Castro', 'Fidel Castro'],
      ['A government spokesman', 'A government spokesman'],
      ['he', 'A government spokesman'],
      ['A BBC spokeswoman', 'A BBC spokeswoman'],
      ['She', 'A BBC spokeswoman'],
    ])
  })

  it('“and” between capitalised words after “by” or “of” joins the source', () => {
    const found = records(
      'Survey\n\nA recent survey by Earthlink and Webroot found that most PCs are infested. A poll of Democrats and Republicans found that most voters agree.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'A recent survey by Earthlink and Webroot',
      'A poll of Democrats and Republicans',
    ])
  })

  it('“&” between capitalised words joins a name', () => {
    const found = records(
      'Deal\n\nPharmaceutical giant Johnson & Johnson has agreed to buy Guidant for $25bn. Procter & Gamble said sales rose sharply last year.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Pharmaceutical giant Johnson & Johnson', 'Johnson & Johnson'],
      ['Procter & Gamble', 'Procter & Gamble'],
    ])
  })

  it('a show after a possessive, a determiner, a number or a month is a performance', () => {
    const found = records(
      "Show\n\nProceeds from Thursday's show will go to charity. Fans who bought tickets for the original 22 February show can attend. The poll shows Clinton with a lead. Researchers show that it works.\n",
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['The poll', 'shows'],
      ['Researchers', 'show'],
    ])
  })

  it('“show” after “a” or “an” and a word is a performance', () => {
    const found = records(
      'Show\n\nThe two taped an hourlong show that aired on Thursday. She hosts an NBC show on Sundays. He walked them through a slide show that ran long. A few polls show that it works.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['A few polls', 'show'],
    ])
  })

  it('“Former” opens a role before an honorific and a surname; “it” is no person described', () => {
    const found = records(
      'Tributes\n\n“We will miss him,” said Gordon Brown. Former cabinet colleague Lord Hattersley said his reaction was “immense sadness”. “It was not a surprise,” he said.\n\nMonsanto said sales fell sharply in the year. The manager told the company to disguise the bribe. Farmers were campaigning against its plans to introduce cotton.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Gordon Brown', 'Gordon Brown'],
      ['Former cabinet colleague Lord Hattersley', 'Hattersley'],
      ['Former cabinet colleague Lord Hattersley', 'Hattersley'],
      ['he', 'Hattersley'],
      ['Monsanto', 'Monsanto'],
      ['The manager', 'The manager'],
      ['its', 'Monsanto'],
    ])
  })

  it('the verb before “to have” opens the cue, and its subject is the speaker', () => {
    const found = records(
      'Voice\n\nClinton seems to have found a voice that works for her. Mr Houston is alleged to have said that the plan “was a disgrace”.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['Clinton', 'seems to have found'],
      ['Mr Houston', 'is alleged to have said'],
      ['Mr Houston', 'is alleged to have said'],
    ])
  })

  it('after a quoted fragment, lower-case words before a comma end the content, not start the speaker', () => {
    const found = records(
      'Custody\n\nDeaths in custody have reached “shocking” levels, a committee of MPs has warned. “It is over,” officials, who were not named, said.\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.text])).toEqual([
      ['mixed', 'a committee of MPs', 'Deaths in custody have reached “shocking” levels'],
      ['partial', 'a committee of MPs', 'shocking'],
      ['direct', 'officials, who were not named,', 'It is over'],
    ])
  })

  it('a relative clause after a comma that ends reported content is no part of it', () => {
    const found = records(
      'Zika\n\nHe said he would quarantine people over fears of the Zika virus, which is spread by mosquitoes. She said the tax, which hits the rich, is fair. He said he had met Jane Hall, who “loved the show”.\n',
    )
    expect(
      found.filter((record) => record.kind !== 'partial').map((record) => record.text),
    ).toEqual([
      'he would quarantine people over fears of the Zika virus',
      'the tax, which hits the rich, is fair',
      'he had met Jane Hall, who “loved the show”',
    ])
  })

  it('an apposition after a comma that ends reported content is no part of it', () => {
    const found = records(
      'Socialist\n\nThe poll indicates that young voters are moving toward Sen. Bernie Sanders, a self-described socialist. He said he had met Tom Hall, the man who runs the fund. He said he would back the plan, the details are not clear.\n',
    )
    expect(found.map((record) => [record.cue?.text, record.text])).toEqual([
      ['indicates', 'that young voters are moving toward Sen. Bernie Sanders'],
      ['said', 'he had met Tom Hall'],
      // (A clause after the comma is no apposition.)
      ['said', 'he would back the plan, the details are not clear'],
    ])
  })

  it('a clause of contrast with a subject of its own after “, but” is no part of reported content', () => {
    const found = records(
      'Turnout\n\nExperts speculated that he might fail to turn out his supporters, but the turnout was higher than forecast. He said he supports the plan, but not the tax.\n',
    )
    expect(found.map((record) => record.text)).toEqual([
      'that he might fail to turn out his supporters',
      'he supports the plan, but not the tax',
    ])
  })

  it('“who” after a lower-case noun stands for its phrase, determiner and modifiers included', () => {
    const found = records(
      'Tax\n\nThere are some economists who argue that the tax is fair. The firm paid an architect who said he was stiffed. He won wide margins among voters who said the economy mattered.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['who', 'some economists'],
      ['who', 'an architect'],
      ['who', 'voters'],
    ])
  })

  it('a cue in “-s” that is more often a plural noun, after words of no determiner or a clause, is the noun', () => {
    const found = records(
      'Phones\n\nUsers can make free phone calls via the net. Viruses and hack attacks across the web have grown. The senator calls for a vote on the bill. Reporters raised new questions about whether the governor will run again.\n',
    )
    expect(
      found.map((record) => [record.speaker?.text ?? null, record.cue?.text, record.text]),
    ).toEqual([
      ['The senator', 'calls for', 'a vote on the bill'],
      // (A clause after the preposition of a nominal cue runs to its end.)
      [null, 'questions about', 'whether the governor will run again'],
    ])
  })

  it('words read back that a participle and its preposition open end a noun phrase, which opens the speaker', () => {
    const found = records(
      "Speed\n\nThe research, carried out by transport expert Richard Allsop, says cutting the limit would save lives. The message, sent to the chief of staff and forwarded to Clinton, called the speech critical to the campaign. These figures, based on the two parties' own detailed studies, will be tested.\n",
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['The research, carried out by transport expert Richard Allsop,', 'says'],
      ['The message, sent to the chief of staff and forwarded to Clinton,', 'called'],
    ])
  })

  it('a slash without spaces between capitalised words joins a name in a speaker read back', () => {
    const found = records(
      'Poll\n\nThe latest Reuters/Ipsos opinion poll showed that Clinton leads. A report by Nielsen/NetRatings found that more people are online.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'The latest Reuters/Ipsos opinion poll',
      'A report by Nielsen/NetRatings',
    ])
  })

  it('a capitalised word in -ing that opens the sentence before nouns of sources modifies them', () => {
    const found = records(
      'Law\n\nVoting rights advocates said the law was unfair. Speaking at the rally, officials said the plan was fine.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'Voting rights advocates',
      'officials',
    ])
  })

  it('a speaker after the cue takes an apposition that is a role without its article', () => {
    const found = records(
      'Facebook\n\n“We remove any content that praises terrorism,” said Monika Bickert, head of global product policy at Facebook.\n\n“We won,” said Tom Smith, speaking at Harvard.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'Monika Bickert, head of global product policy at Facebook',
      // (Not a participle phrase.)
      'Tom Smith',
    ])
  })

  it('a speaker read back crosses an apposition that a possessive opens to the name before it', () => {
    const found = records(
      'Email\n\nBush, Florida’s former governor, said the plan would work. In Texas, Trump’s lead grew, the poll found.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Bush, Florida’s former governor,', 'Bush'],
      ['the poll', 'the poll'],
    ])
  })

  it('a speaker that opens with a number keeps the words that make it approximate', () => {
    const found = records(
      'Poll\n\nAbout 4 in 10 said they would vote. More than 60 percent of voters said they liked him. In Iowa, about half of voters said they liked her.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'About 4 in 10',
      'More than 60 percent of voters',
      'about half of voters',
    ])
  })

  it('a role that opens the clause, with the name in apposition to it, is the speaker, named by the name', () => {
    const found = records(
      'Twitter\n\nA Twitter spokesman, Christopher Abboud, said the account was closed. He added that it was fine. His wife, Gabriela Lazar, said the plan would work.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['A Twitter spokesman, Christopher Abboud,', 'Christopher Abboud'],
      ['He', 'Christopher Abboud'],
      ['His wife, Gabriela Lazar,', 'Gabriela Lazar'],
    ])
  })

  it('“and” joins a pronoun or a name that opens the clause to a phrase a possessive or “the” and a name opens', () => {
    const found = records(
      'Aides\n\nShe and her aides said the plan would work. Both The New York Times and the Wall Street Journal reported that the deal was done. In Ohio, Clinton and her allies said the race was close. He met Clinton and her allies said no.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'She and her aides',
      'Both The New York Times and the Wall Street Journal',
      'Clinton and her allies',
      // (Not the object of a verb before.)
      'her allies',
    ])
  })

  it('a role with the name in apposition to it may follow an opener or content and its comma', () => {
    const found = records(
      "TV\n\nOn television, Mr. Trump's campaign chairman, Paul Manafort, dismissed the criticism. Clinton's attorney, David Kendall, declined to comment. Facebook created the tool to help in crises, a spokeswoman, Anna Richardson White, said on Saturday. Separately, the world's largest package delivery company, UPS, said it had placed an order.\n",
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ["Mr. Trump's campaign chairman, Paul Manafort,", 'Paul Manafort'],
      ["Clinton's attorney, David Kendall,", 'David Kendall'],
      ['a spokeswoman, Anna Richardson White,', 'Anna Richardson White'],
      ["the world's largest package delivery company, UPS,", 'UPS'],
    ])
  })

  it('names joined by “and” may follow a plural noun of people, a title with “of”, or “former”; “at least” stays', () => {
    const found = records(
      'Poll\n\nRepublican presidential hopefuls Jeb Bush and Chris Christie said the plan would fail. Former Secretary of State Hillary Clinton and former Maryland Gov. Martin O’Malley said they backed it. Ms. Henry and other labor leaders said the plan was fair. At least half of voters in each state said the economy mattered. He met officials and Chris Christie said no.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'Republican presidential hopefuls Jeb Bush and Chris Christie',
      'Former Secretary of State Hillary Clinton and former Maryland Gov. Martin O’Malley',
      'Ms. Henry and other labor leaders',
      'At least half of voters in each state',
      'Chris Christie',
    ])
  })

  it('a speaker read back starts after a question’s auxiliary and a list’s dash', () => {
    const found = records(
      'Polls\n\nDid the Clinton Foundation refuse to turn over the documents?\n\n-Pollster Ann Selzer says she warned about surprises.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'the Clinton Foundation',
      'Pollster Ann Selzer',
    ])
  })

  it('a participle of publishing after a noun that opens the sentence, and its day, describe the speaker', () => {
    const found = records(
      'Poll\n\nFigures reported on Sunday showed that sales fell. The board on Tuesday named a new chief.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['Figures reported on Sunday', 'showed'],
      ['The board', 'named'],
    ])
  })

  it('an apposition that describes the source of “according to” at the end of the sentence goes with it', () => {
    const found = records(
      'Poll\n\nThe bill is unfair, according to the Human Rights Campaign, an advocacy group. The firm earned $600 million, according to public filings, a huge sum for a firm of its size.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'the Human Rights Campaign, an advocacy group',
      'public filings',
    ])
  })

  it('an apposition that describes the source of “according to” before a relative clause that ends the sentence goes with it', () => {
    const found = records(
      'Poll\n\nMost voters are undecided, according to Jane Roe, director of the State Polling Institute, which ran the survey.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['Jane Roe, director of the State Polling Institute', 'Most voters are undecided'],
    ])
  })

  it('a list of names that opens the clause is the speaker, named as a list', () => {
    const found = records(
      'Debate\n\nCarson, Fiorina and Huckabee said the debate was unfair. Among Republicans, Donald Trump and Ted Cruz said no.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Carson, Fiorina and Huckabee', 'Carson, Fiorina and Huckabee'],
      ['Donald Trump and Ted Cruz', 'Ted Cruz'],
    ])
  })

  it('the parts of a body’s name, listed after “of” or “for”, are the speaker’s', () => {
    const found = records(
      'Floods\n\nA spokesperson for the Department for Environment, Food and Rural Affairs said the plan was on track. A spokesman for the Bureau of Alcohol, Tobacco, Firearms and Explosives said the agency would respond. The two clubs met the FA on Monday and Astiazaran added that the game would go on.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'A spokesperson for the Department for Environment, Food and Rural Affairs',
      'A spokesman for the Bureau of Alcohol, Tobacco, Firearms and Explosives',
      // (Not a day after “on”.)
      'Astiazaran',
    ])
  })

  it('a role with the name in apposition may open a clause after “that”; “more than” stays anywhere', () => {
    const found = records(
      'Debate\n\nThat view upended decades of orthodoxy toward Russia, a country that the previous Republican presidential nominee, Mitt Romney, called the top foe. Among likely voters more than 4 in 10 said Trump would be best on the economy.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'the previous Republican presidential nominee, Mitt Romney,',
      'more than 4 in 10',
    ])
  })

  it('the subject of a sentence ends before an adverb in -ly before a verb', () => {
    const found = records(
      'Debate\n\nHillary Clinton immediately fired back, saying the plan would fail. The fiercely loyal aides stepped in, saying the plan would work.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'Hillary Clinton',
      // (Not before an adjective.)
      'The fiercely loyal aides',
    ])
  })

  it('an inverted cue after a comma reports the clause before it, whose words after “to” are no speaker', () => {
    const found = records(
      'Union\n\nMutu wants to train with Dinamo whilst serving his ban, say the Bucharest side.\n\nThere was no duty to respond, claimed the union.\n\n"It is hard," points out former Olympian Steve Cram.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['the Bucharest side', 'say', 'Mutu wants to train with Dinamo whilst serving his ban'],
      ['the union', 'claimed', 'There was no duty to respond'],
      ['former Olympian Steve Cram', 'points out', 'It is hard'],
    ])
  })

  it('a verb or an adverb alone is no speaker', () => {
    const found = records(
      'Tech\n\nThis perhaps said more about how people saw it.\n\nThe decision, which prompted calls for a lower voting age, was made in May.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      [undefined, 'said'],
      [undefined, 'calls for'],
    ])
  })

  it('a speaker that runs on to “by” before a gerund is the subject of its verb phrase', () => {
    const found = records(
      'Israel\n\nNetanyahu rallied supporters by warning that the rule of the right is in danger.\n\nThe Rubio campaign risks underestimating Mr. Trump by dismissing him as a populist.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['Netanyahu', 'warning'],
      ['The Rubio campaign', 'dismissing'],
    ])
  })

  it('“and” before the last item of a list keeps the item in what a weak cue reports', () => {
    const found = records(
      'Talks\n\nShe touted her proposals to invest $275 billion in infrastructure, expand Social Security benefits, and enable debt-free college. He endorsed Jones, a former mayor, and said the race was over. As a kid I felt like I had no voice, felt like I had no options, and that’s what drove me away.\n',
    )
    expect(found.map((record) => record.text)).toEqual([
      'her proposals to invest $275 billion in infrastructure, expand Social Security benefits, and enable debt-free college',
      'Jones, a former mayor',
      'the race was over',
      'like I had no voice, felt like I had no options',
    ])
  })

  it('a quotation closed after a comma ends reported content before a participle that reports on', () => {
    const found = records(
      'Talks\n\nCruz said last week that Trump represents “New York values,” stating during the debate that they are socially liberal. He said the question sounded “balanced,” adding it would enable the argument.\n',
    )
    expect(found.map((record) => [record.cue?.text, record.text])).toEqual([
      ['said', 'that Trump represents “New York values,”'],
      ['said', 'New York values'],
      ['stating', 'that they are socially liberal'],
      ['said', 'the question sounded “balanced,”'],
      ['said', 'balanced'],
      ['adding', 'it would enable the argument'],
    ])
  })

  it('an object keeps a list after its comma, and an inclusion of noun phrases', () => {
    const found = records(
      'Talks\n\nThe senator opposed the bill, citing low economic growth, unemployment and growing inequality. She called him a kind, loving and admirable person. Democrats cited several factors for the low turnout, including laws that have raised new barriers. Clinton backed a no-fly zone in Syria, putting her at odds with the president and his aides. Three people have refused Oscars, including actor George C Scott who said the whole thing was demeaning.\n',
    )
    expect(found.map((record) => [record.cue?.text, record.text])).toEqual([
      ['opposed', 'the bill'],
      ['citing', 'low economic growth, unemployment and growing inequality'],
      ['called', 'him a kind, loving and admirable person'],
      [
        'cited',
        'several factors for the low turnout, including laws that have raised new barriers',
      ],
      ['backed', 'a no-fly zone in Syria'],
      ['have refused', 'Oscars'],
      ['said', 'the whole thing was demeaning'],
    ])
  })

  it('reported content ends at the comma before an attribution found inside it', () => {
    const found = records(
      'Talks\n\nHillary Clinton says Americans are “right to be angry,” but also hungry for what she calls “real solutions.”\n\nThe report adds “an important building block to our understanding,” said David Bloom, a professor.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Hillary Clinton', 'says', 'Americans are “right to be angry,”'],
      ['Hillary Clinton', 'says', 'right to be angry'],
      ['she', 'calls', 'real solutions.'],
      ['David Bloom, a professor', 'said', '“an important building block to our understanding,”'],
      ['David Bloom, a professor', 'said', 'an important building block to our understanding'],
    ])
  })

  it('a subject in a contraction after a short adverbial, or an aside between commas, opens what was said', () => {
    const found = records(
      'Talks\n\nCruz has said for weeks he’s the only candidate in the field who can beat Trump. Marco Rubio says, win or lose in Tuesday’s crucial Florida primary, he’s staying in the race.\n',
    )
    expect(found.map((record) => [record.cue?.text, record.text])).toEqual([
      ['has said', 'he’s the only candidate in the field who can beat Trump'],
      ['says', 'win or lose in Tuesday’s crucial Florida primary, he’s staying in the race'],
    ])
  })

  it('reported speech in a sentence in parentheses ends before its period and parenthesis', () => {
    const found = records(
      'Talks\n\nThe mayor spoke at noon. (A spokesman said that the timing was unrelated.) The crowd left (officials said the road was closed).\n',
    )
    expect(found.map((record) => record.text)).toEqual([
      'that the timing was unrelated',
      'the road was closed',
    ])
  })

  it('a speaker opens with no verb that makes someone do something nor a preposition, and ends with no verb of the present', () => {
    const found = records(
      'Games\n\nThere are changes such as the manager mind-games, which let you talk to the media about the opposition bosses. McFadden makes claims that he was beaten at his own school. Like others defending election laws across the country, he was firm. About 300 fans protested that the club had been sold.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      [undefined, 'talk'],
      ['McFadden', 'claims'],
      [undefined, 'defending'],
      ['About 300 fans', 'protested'],
    ])
  })

  it('a verb of reporting that takes an object reports a partial quotation before it', () => {
    const found = records(
      'Poll\n\nThis is “roughly the same advantage she has held all month,” reported Reuters. The lead is “roughly flat,” the agency reported. He said that he was “very comfortable,” The Post reported.\n',
    )
    expect(
      found.map((record) => [record.kind, record.speaker?.text, record.cue?.text, record.text]),
    ).toEqual([
      [
        'mixed',
        'Reuters',
        'reported',
        'This is “roughly the same advantage she has held all month,”',
      ],
      ['partial', 'Reuters', 'reported', 'roughly the same advantage she has held all month'],
      ['mixed', 'the agency', 'reported', 'The lead is “roughly flat,”'],
      ['partial', 'the agency', 'reported', 'roughly flat'],
      // (Its cue is “said”’s; nor does the outer attribution take it.)
      ['mixed', 'He', 'said', expect.stringMatching(/^that he was “very comfortable,”/)],
      ['partial', 'He', 'said', 'very comfortable'],
    ])
  })

  it('a name alone after an inverted verb of reporting is its speaker', () => {
    const found = records(
      'Poll\n\nClinton leads by five points, reported Reuters. Public bodies are ill-prepared, say MPs.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Reuters', 'reported', 'Clinton leads by five points'],
      ['MPs', 'say', 'Public bodies are ill-prepared'],
    ])
  })

  it('a participle after “with” and a source reports that source', () => {
    const found = records(
      'Markets\n\nStocks rose, with analysts saying the rally would last. The Fed signaled that cuts could come, with Chair Jerome Powell saying the bank was “not far” from its goal. Rates rose, with an increase predicted in June.\n',
    )
    expect(
      found.map((record) => [record.kind, record.speaker?.text, record.cue?.text, record.text]),
    ).toEqual([
      ['indirect', 'analysts', 'saying', 'the rally would last'],
      ['indirect', 'The Fed', 'signaled', 'that cuts could come'],
      ['mixed', 'Chair Jerome Powell', 'saying', 'the bank was “not far” from its goal'],
      ['partial', 'Chair Jerome Powell', 'saying', 'not far'],
    ])
  })

  it('a poll after “in” is the source of its clause, not a document after another noun', () => {
    const found = records(
      'Polls\n\nTrump led Clinton by five points in a poll released on Monday. Acme’s shares rose 4% in after-hours trading on the report. Bush remains mired in fourth in most surveys.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['a poll released on Monday', 'in', 'Trump led Clinton by five points'],
      ['most surveys', 'in', 'Bush remains mired in fourth'],
    ])
  })

  it('a verb of blame right before a time or an event is a passive participle, and no cue', () => {
    const found = records(
      'Man charged after dog attack in park\n\nPolice criticised following raid on flat. The mayor, praised amid the flood response, said the city was ready. The chief, criticized over the delays, said more was needed.\n',
    )
    // (A participle phrase between commas is an apposition of the speaker,
    // as one with an agent is: “The survey, conducted by …,”.)
    expect(found.map((record) => [record.speaker?.text ?? null, record.cue?.text])).toEqual([
      ['The mayor, praised amid the flood response,', 'said'],
      ['The chief, criticized over the delays,', 'said'],
    ])
  })

  it('an accusation in the passive has no source: whom it accuses and of what are its content', () => {
    const found = records(
      'Mayor accused of fraud\n\nThree commissioners were charged with taking bribes, and the mayor resigned. Trump has never been charged with any crime. The man accused of buying the guns will remain in custody. A group charged with cleaning the park met. Sanders accused Clinton of lying.\n',
    )
    expect(
      found.map((record) => [
        record.speaker?.text,
        record.cue?.text,
        record.spans.map((span) => span.text),
      ]),
    ).toEqual([
      [undefined, 'accused of', ['Mayor', 'fraud']],
      [undefined, 'were charged with', ['Three commissioners', 'taking bribes']],
      ['Sanders', 'accused', ['Clinton of lying']],
    ])
  })

  it('a participle of blame before its preposition ends no reported speech after “and”', () => {
    const found = records(
      'Arrest\n\nPolice said the suspect was arrested Monday and charged with burglary.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Police', 'said', 'the suspect was arrested Monday and charged with burglary'],
    ])
  })

  it('a participle of blame after its subject and before a preposition reads its object before it', () => {
    const found = records(
      'Rally\n\nSanders backed Clinton to defeat Trump, whom he blasted as a “bully and demagogue.”\n',
    )
    expect(
      found.map((record) => [record.kind, record.speaker?.text, record.cue?.text]),
    ).toContainEqual(['mixed', 'he', 'blasted'])
  })

  it('a partial quotation before a verb phrase and a comma is inside the content of the attribution after', () => {
    const found = records(
      'Charges\n\nChen “knowingly and willfully” made false statements to FBI agents in 2024, prosecutors wrote.\n',
    )
    expect(
      found.map((record) => [record.kind, record.speaker?.text, record.cue?.text, record.text]),
    ).toEqual([
      [
        'mixed',
        'prosecutors',
        'wrote',
        'Chen “knowingly and willfully” made false statements to FBI agents in 2024',
      ],
      ['partial', 'prosecutors', 'wrote', 'knowingly and willfully'],
    ])
  })

  it('a cue after “authorized to” says who may speak, not what was said', () => {
    const found = records(
      'Talks\n\nSmith, speaking on condition of anonymity because he was not authorized to discuss the talks, said the deal was close.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Smith', 'said', 'the deal was close'],
    ])
  })

  it('a partial quotation that ends reported speech reports from “that”, past a circumstance', () => {
    const found = records(
      'Tweets\n\nTrump wrote on Twitter that the media was “dishonest.” Microsoft promised Mr. Weiner that he could run LinkedIn as a “fully independent entity.”\n',
    )
    expect(found.map((record) => [record.kind, record.cue?.text, record.text])).toEqual([
      ['mixed', 'wrote', 'that the media was “dishonest.”'],
      ['partial', 'wrote', 'dishonest.'],
      ['mixed', 'promised', 'that he could run LinkedIn as a “fully independent entity.”'],
      ['partial', 'promised', 'fully independent entity.'],
    ])
  })

  it('a verb of liking before “to” and a cue opens the cue: a habit of saying', () => {
    const found = records('Housing\n\nMayor Davis likes to say that “help is on the way.”\n')
    expect(found.map((record) => [record.kind, record.speaker?.text, record.cue?.text])).toEqual([
      ['mixed', 'Mayor Davis', 'likes to say'],
      ['partial', 'Mayor Davis', 'likes to say'],
    ])
  })

  it('a subject and a verb after “said” are content, but not an auxiliary alone', () => {
    const found = records(
      'Vote\n\nSmith said he won. Mr Templeton said he agreed. He did not vote for the bill, as Flake said he would.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['Smith', 'he won'],
      ['Mr Templeton', 'he agreed'],
    ])
  })

  it('a clause of two or three words with a past not in -ed is content, before or after “said”', () => {
    const found = records(
      'Markets\n\nThe company said profits fell. Prices rose sharply, the bank said. Inflation fell, officials said. The talks, he said.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['The company', 'profits fell'],
      ['the bank', 'Prices rose sharply'],
      ['officials', 'Inflation fell'],
    ])
  })

  it('a noun that a determiner opens and a verb in -ed are a short clause, before or after “said”', () => {
    const found = records(
      'Talks\n\nThe plan failed, the governor said. The talks collapsed, said Doyle, the governor. Our bid succeeded, said Mr. Ruiz. The plan, he said.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['the governor', 'The plan failed'],
      ['Doyle, the governor', 'The talks collapsed'],
      ['Mr. Ruiz', 'Our bid succeeded'],
    ])
  })

  it('“and” between two nouns of a noun phrase in content does not end it (“shootings and protests demand”)', () => {
    const found = records(
      'Unrest\n\nRyan said the recent spate of shootings and protests demands that all Americans listen. The site posted a cache of cables and military documents provided by a soldier.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      [
        'Ryan',
        'said',
        'the recent spate of shootings and protests demands that all Americans listen',
      ],
      ['The site', 'posted', 'a cache of cables and military documents provided by a soldier'],
    ])
  })

  it('“and” before a clause of its own, an auxiliary, an adverb or another subject ends content', () => {
    const found = records(
      'Unrest\n\nRyan said the plan failed and Democrats accused him of lying. Fans attacked her accent and even questioned her roots. Trump is calling for a ban and others supporting a pause.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Ryan', 'said', 'the plan failed'],
      ['Democrats', 'accused', 'him of lying'],
      ['Fans', 'attacked', 'her accent'],
      ['Trump', 'is calling for', 'a ban'],
      ['others', 'supporting', 'a pause'],
    ])
  })

  it('a clause of three words with an auxiliary is content before “…, X said.”, not two (“he would”)', () => {
    const found = records(
      'Vote\n\nThe count went on. It is fine, he said. We will win, Smith said. It is, she said. He would, they said.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['he', 'It is fine'],
      ['Smith', 'We will win'],
    ])
  })

  it('a noun in -ing before a verb in the past is no cue (“Heatwave warning issued as …”)', () => {
    expect(
      records('Heatwave warning issued as temperatures set to hit 35C\n\nIt was hot.\n'),
    ).toEqual([])
    const found = records(
      'Report\n\nThe paper’s reporting indicated that donors were unaware of the facts. Democrats warned the bank not to act, noting limited gains in pay.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['The paper’s reporting', 'indicated'],
      ['Democrats', 'warned'],
      ['Democrats', 'noting'],
    ])
  })

  it('given names of many languages tell a gender (“Svetlana”, “Sergio”)', () => {
    const found = records(
      'Tennis\n\nSvetlana Kuznetsova beat Sergio Ramos’s cousin in an exhibition match on Sunday.\n\n“It was fun,” she said.\n',
    )
    expect(found[0]?.speaker?.name).toBe('Svetlana Kuznetsova')
  })

  it('a role in lower case before a name of unknown gender makes it a person for “he”', () => {
    const [record] = records(
      'Derby\n\nArsenal manager Mikel Arteta was furious with the referee.\n\n“I have seen the replay,” he told Sky Sports.\n',
    )
    expect(record?.speaker?.text).toBe('he')
    expect(record?.speaker?.name).toBe('Mikel Arteta')
  })

  it('a pronoun after a quotation stands for the subject after a participle’s clause before it', () => {
    const found = records(
      'Bookbinder\n\nEleanor Marsh opened the shop in 1985.\n\nOne of her students, Priya Nair, spends two afternoons a week at the bench. “I came for one class and never left,” Nair says.\n\nAsked whether Nair might take over, Marsh smiles. “We’ll see,” she says.\n',
    )
    const direct = found.filter((record) => record.kind === 'direct')
    expect(direct.map((record) => record.speaker?.name)).toEqual(['Priya Nair', 'Eleanor Marsh'])
  })

  it('a paragraph that ends with a photo credit is a caption, where no quotes are looked for', () => {
    const found = records(
      'Economy\n\nFILE - President Joe Biden speaks about the economy at the White House in Washington, Jan. 5, 2024. (AP Photo/Evan Vucci, File)\n\nProtesters hold signs that read “Jobs now” outside the court. (Photo by Jane Roe/Getty Images)\n\nThe president said the economy was strong (and growing).\n',
    )
    expect(found.map((record) => record.text)).toEqual(['the economy was strong (and growing)'])
  })

  it('a headline’s inverted “says” before a bare noun of people names it (“…, says mayor”)', () => {
    const found = records('Bridge will reopen in spring, says mayor\n\nThe bridge closed in May.\n')
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['mayor', 'says', 'Bridge will reopen in spring'],
    ])
    // (Not in the body, where a bare noun after “says” is no speaker.)
    expect(records('Bridge\n\nThe bridge will reopen in spring, says mayor.\n')).toEqual([])
  })

  it('an interview’s “Q.” and “A.” are its questions and answers, as “Q:” and “A:” are', () => {
    const found = records(
      'Interview: the mayor on the budget\n\nMayor Ana Ruiz sat down with us on Monday.\n\nQ. Why did the budget grow?\n\nA. Because costs rose. We had no choice.\n',
    )
    expect(
      found.map((record) => [record.kind, record.speaker?.text, record.speaker?.name, record.text]),
    ).toEqual([
      ['direct', 'Q.', null, 'Why did the budget grow?'],
      ['direct', 'A.', 'Ana Ruiz', 'Because costs rose. We had no choice.'],
    ])
    // (Not an initial alone: “A. Because …” with no “Q.”.)
    expect(records('Budget\n\nA. Because costs rose, the mayor said.\n')[0]?.speaker?.text).toBe(
      'the mayor',
    )
  })

  it('a plural of people by their trade after an inverted cue that ends the sentence is its speaker', () => {
    const found = records(
      'Storm\n\nThe storm will hit tonight, said forecasters at the Met Office. Barbara Follet told researchers: “I remember it well.”\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['forecasters', 'The storm will hit tonight'],
      ['Barbara Follet', 'I remember it well.'],
    ])
  })

  it('“added” before an amount adds no words (“added 14 points and 11 assists”)', () => {
    const found = records(
      'Warriors win\n\nDraymond Green added 14 points and 11 assists for Golden State, which has won four straight. He added that the team was tired.\n',
    )
    expect(found.map((record) => [record.cue?.text, record.text])).toEqual([
      ['added', 'that the team was tired'],
    ])
  })

  it('“push” reports what it urges, not a thing it moves; an amount after a stance’s “of” is none', () => {
    const found = records(
      'Bill passes\n\nThe vote came after House Speaker Mike Johnson pushed the bill through his chamber. Rivals pushed Closer off the top spot. Fiorina pushed ahead. Many leaders are pushing to make the deal binding. Democrats have pushed for immediate action. Students get support of up to £3,000 a year. Obama’s criticism of more than some rivals was sharp.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Many leaders', 'are pushing', 'to make the deal binding'],
      ['Democrats', 'have pushed for', 'immediate action'],
      // (Words before an amount with none after them: no amount.)
      ['Obama’s', 'criticism of', 'more than some rivals'],
    ])
  })

  it('a summary after “according to X,” (“a move that …”) is no content, nor part of the source', () => {
    const found = records(
      'Aid review\n\nThe Pentagon has ordered a review of weapons shipments, according to two officials familiar with the matter, a move that has already delayed some deliveries. The company will cut 500 jobs, according to a memo seen by Reuters, a decision that stunned staff.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      [
        'two officials familiar with the matter',
        'The Pentagon has ordered a review of weapons shipments',
      ],
      ['a memo seen by Reuters', 'The company will cut 500 jobs'],
    ])
  })

  it('“heard from” names a source, and is no cue of what the one who heard said', () => {
    const found = records(
      'Strike\n\nIf you have not heard from your hospital, you should attend as planned. Officials heard that the strike would go ahead.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Officials', 'heard', 'that the strike would go ahead'],
    ])
  })

  it('reported speech in a relative clause between commas ends at its closing comma, before the predicate', () => {
    const found = records(
      'Trade\n\nThe deal, which officials say could be signed next week, would cut tariffs. Her vote, which she has said was a mistake, was cast in 2002.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['officials', 'which could be signed next week'],
      ['she', 'which was a mistake'],
    ])
  })

  it('a scraped page’s caption labels make a caption too', () => {
    const found = records(
      'Storm\n\nImage caption, Officials said the trees fell on Saturday\n\nEnlarge this image\nA farmer says the crops are ruined.\nhide caption\n\nThe Met Office said a warning was in place.\n',
    )
    expect(found.map((record) => record.text)).toEqual(['a warning was in place'])
  })

  it('a day in one word between the speaker and the cue is no part of the speaker', () => {
    const found = records(
      'Results\n\nAcme Corp today announced results for the quarter. The company yesterday said sales rose. USA Today reported that sales fell.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'Acme Corp',
      'The company',
      'USA Today',
    ])
  })

  it('a count that opens a sentence is no part of a name (“Two EU diplomats”)', () => {
    const found = records(
      'EU agrees to phase out Russian gas by 2027\n\nTwo EU diplomats said Budapest could challenge the law. The opening match of the Six Nations is in Paris, Six Nations officials said.\n',
    )
    expect(found[0]?.speaker?.text).toBe('EU')
    expect(found[0]?.speaker?.name).toBe('EU')
  })

  it('“on” before a day after a weak cue opens a time, no particle of the cue', () => {
    const found = records(
      'Gas\n\nEU countries agreed on Thursday to phase out imports of Russian gas. The Observer reported on Sunday night that the deal was near. Leaders agreed on a plan to cut costs.\n',
    )
    expect(found.map((record) => [record.cue?.text, record.text])).toEqual([
      ['agreed', 'to phase out imports of Russian gas'],
      ['reported', 'that the deal was near'],
      ['agreed on', 'a plan to cut costs'],
    ])
  })

  it('a body named by a word that qualifies titles keeps that word (“National Grid”)', () => {
    const [record] = records(
      'Storm\n\nNational Grid said engineers were working to restore supplies. National Security Adviser Jake Sullivan said talks would resume.\n',
    )
    expect(record?.speaker?.name).toBe('National Grid')
    expect(record?.speaker?.role).toBeNull()
  })

  it('reported speech inside parentheses ends at their close, even when words follow', () => {
    const found = records(
      'Vote\n\nSen. Ted Cruz (who has long opposed it and voted against the measure twice) says the bill is dead.\n',
    )
    expect(found.map((record) => [record.cue?.text, record.text])).toContainEqual([
      'voted against',
      'the measure twice',
    ])
  })

  it('“together” opens no content', () => {
    const found = records(
      'Rally\n\nPresident Barack Obama endorsed her, and they appeared together in Charlotte.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['President Barack Obama', 'endorsed', 'her'],
    ])
  })
})

describe('granting or denying a claim', () => {
  it('a verb of denying or confirming reports an object of two words that ends the sentence', () => {
    const found = records(
      'Port\n\nThe harbor master denied the allegations. The company denies any wrongdoing. A spokeswoman confirmed the meeting. The mayor admitted his mistake.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['The harbor master', 'denied', 'the allegations'],
      ['The company', 'denies', 'any wrongdoing'],
      ['A spokeswoman', 'confirmed', 'the meeting'],
      ['The mayor', 'admitted', 'his mistake'],
    ])
  })

  it('not a time, nor a verb, nor other verbs of speech with so short an object', () => {
    const found = records(
      'Port\n\nThe company confirmed last week. The mayor admitted it was late. The mayor explained the delay.\n',
    )
    expect(found.map((record) => [record.cue?.text, record.text])).toEqual([
      ['admitted', 'it was late'],
    ])
  })
})

describe('“charges”', () => {
  it('is a cue before “that” only', () => {
    const found = records(
      'Port\n\nThe union charges that the fees are illegal. The charges against him were dropped. The port dropped the charges that were filed. The city is building charging stations.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['The union', 'charges', 'that the fees are illegal'],
    ])
  })
})

describe('a participle between commas after the subject', () => {
  it('reports up to the comma before the main verb, the last such comma', () => {
    const found = records(
      'Port\n\nCritics, arguing that the fees are unfair, walked out. The mayor, insisting the plan, which passed in May, was fair, refused to budge.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Critics', 'arguing', 'that the fees are unfair'],
      ['The mayor', 'insisting', 'the plan, which passed in May, was fair'],
      // (The main verb reports its subject, not the words read back into
      // the participle’s content.)
      ['The mayor', 'refused', 'to budge'],
    ])
  })

  it('a cue of the main clause ends it too, past the commas of its content', () => {
    const found = records(
      'Port\n\nThe mayor, insisting the plan, which passed in May, was fair, said he would stay.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['The mayor', 'insisting', 'the plan, which passed in May, was fair'],
      ['The mayor', 'said', 'he would stay'],
    ])
  })

  it('not a participle after the main clause', () => {
    const found = records('Port\n\nHe left, saying the plan, which passed in May, was unfair.\n')
    expect(found.map((record) => record.text)).toEqual([
      'the plan, which passed in May, was unfair',
    ])
  })
})

describe('a day between an opening phrase and the speaker', () => {
  it('ends the phrase, which has no comma: the speaker follows the day', () => {
    const found = records(
      'Trial\n\nDuring the trial on Tuesday Mr Ebbers denied the allegations. After the vote on Friday the company said it was pleased. The book by Sunday Telegraph journalist Ann Lee says the pair fell out.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'Mr Ebbers',
      'the company',
      'The book by Sunday Telegraph journalist Ann Lee',
    ])
  })
})

describe('a quotation that ends its sentence', () => {
  it('is attributed by a short sentence after it only when it opens its sentence or quotes a sentence', () => {
    const found = records(
      'Port\n\nHe said the decision was “final”. The port authority responded. “We will appeal.” The port authority responded.\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.text])).toEqual([
      ['mixed', 'He', 'the decision was “final”'],
      ['partial', 'He', 'final'],
      ['direct', 'The port authority', 'We will appeal.'],
    ])
  })
})

describe('“asked” between commas after the one asked', () => {
  it('is passive: the one asked is the speaker of the verb after it', () => {
    const found = records(
      'Port\n\nThe mayor, asked about the delay, said the bridge was safe. Ruth Lind, an editor, asked if the mayor would resign.\n',
    )
    expect(
      found.map((record) => [record.speaker?.text ?? null, record.cue?.text, record.text]),
    ).toEqual([
      [null, 'asked about', 'the delay'],
      ['The mayor', 'said', 'the bridge was safe'],
      ['Ruth Lind, an editor,', 'asked', 'if the mayor would resign'],
    ])
  })
})

describe('a document and when it came out, between commas', () => {
  it('is part of the speaker; the verb after it is the cue', () => {
    const found = records(
      'Port\n\nThe study, released last week, shows that traffic fell. The survey, conducted by the port, finds that most pilots are satisfied.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['The study, released last week,', 'shows', 'that traffic fell'],
      ['The survey, conducted by the port,', 'finds', 'that most pilots are satisfied'],
    ])
  })
})

describe('a plural possessive inside single marks', () => {
  it('does not close the quotation when a closing mark after a comma follows', () => {
    const found = records(
      'Cup\n\n‘It’s the players’ decision,’ said the coach. He called the plan ‘a shambles’ and the rules ‘a farce’.\n',
    )
    expect(found.map((record) => [record.kind, record.text])).toEqual([
      ['direct', 'It’s the players’ decision'],
      ['mixed', 'the plan ‘a shambles’ and the rules ‘a farce’'],
      ['partial', 'a shambles'],
      ['partial', 'a farce'],
    ])
  })
})

describe('“what” before the speaker and a clause after the cue', () => {
  it('opens what is said, which ends before “and” and another question word', () => {
    const found = records(
      'Pier\n\nThat is not what the mayor says the plan would do. The gap between what the mayor says the plan would do, and what it would do, is large.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['the mayor', 'what the plan would do'],
      ['the mayor', 'what the plan would do'],
    ])
  })
})

describe('an age after a noun phrase', () => {
  it('is part of the speaker, as after a name', () => {
    const found = records(
      'Cup\n\nThe coach, 54, told reporters that he was proud. Ana Ruiz, 34, said the team had earned it.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['The coach, 54,', 'that he was proud'],
      ['Ana Ruiz, 34,', 'the team had earned it'],
    ])
  })
})

describe('evidentials with a dummy “it”', () => {
  it('“It has been reported that …” reports what follows, with no source', () => {
    const found = records(
      'Weiner\n\nIt’s been reported that the former congressman has been sexting again. By the end of the year it is thought that half of homes will have broadband. It believed that the plan was dead.\n',
    )
    expect(
      found.map((record) => [record.speaker?.text ?? null, record.cue?.text, record.text]),
    ).toEqual([
      [null, 'been reported', 'that the former congressman has been sexting again'],
      [null, 'is thought', 'that half of homes will have broadband'],
      ['It', 'believed', 'that the plan was dead'],
    ])
  })
})

describe('partial and mixed quotes', () => {
  it('a scare quote has no speaker', () => {
    const [record, ...rest] = records(fixture('quote-partial-scare'))
    expect(rest).toHaveLength(0)
    expect(record?.kind).toBe('partial')
    expect(record?.text).toBe('temporary')
    expect(record?.spans[0]?.text).toBe('“temporary”')
    expect(record?.speaker).toBeNull()
    expect(record?.attribution).toBeNull()
    expect(record?.cue).toBeNull()
  })

  it.each([
    'This was helped by “compact” editions, it said.',
    'This was helped by the impact of “compact” newspaper editions in Ireland and the UK, it said.',
  ])('words between a partial quote and a closing attribution are content: %s', (sentence) => {
    const [mixed, partial] = records(`Sales rise\n\n${sentence}\n`)
    expect(mixed?.kind).toBe('mixed')
    expect(mixed?.text).toBe(sentence.slice(0, sentence.lastIndexOf(',')))
    expect(mixed?.speaker?.text).toBe('it')
    expect(partial?.text).toBe('compact')
  })

  it('reported speech that embeds a partial quote is mixed', () => {
    const found = records(fixture('quote-mixed'))
    expect(found).toHaveLength(2)
    const [mixed, partial] = found as [QuoteRecord, QuoteRecord]
    expect(mixed.kind).toBe('mixed')
    expect(mixed.text).toBe('the House plan was “dead on arrival” in the Senate')
    expect(who(mixed)).toEqual({
      speaker: 'Sen. Paul Grant',
      name: 'Paul Grant',
      cue: 'said',
      addressee: null,
    })
    expect(partial.kind).toBe('partial')
    expect(partial.text).toBe('dead on arrival')
    expect(partial.attribution).toBe(mixed.attribution)
    expect(partial.speaker?.name).toBe('Paul Grant')
  })
})

describe('“add to”', () => {
  it('is a sum, no remark', () => {
    const found = records(
      'Bees\n\nThe findings add to growing evidence that insects are clever. Clinton, who added to her lead, won. “We will win,” he added to cheers.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['he', 'added', 'We will win'],
    ])
  })
})

describe('the town of an address in a speaker', () => {
  it('belongs to the speaker, after a street', () => {
    const found = records(
      'Court\n\nPeter Hale, 62, of Lower Road, Kingsmere, said he was sorry. Ann Cole, of 12 Mill Lane, Ashby, said she was not.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['Peter Hale, 62, of Lower Road, Kingsmere,', 'he was sorry'],
      ['Ann Cole, of 12 Mill Lane, Ashby,', 'she was not'],
    ])
  })
})

describe('a relative clause in the subject of content', () => {
  it('keeps the content going after it, when a verb follows its comma', () => {
    const found = records(
      'Court\n\nThe court heard Hale, who led the authority, approved payments to a firm. Smith endorsed Jones, who has long backed him, on Friday.\n',
    )
    expect(found.map((record) => [record.cue?.text, record.text])).toEqual([
      ['heard', 'Hale, who led the authority, approved payments to a firm'],
      ['endorsed', 'Jones'],
      ['has long backed', 'him'],
    ])
  })
})

describe('demand for goods', () => {
  it('is no cue after a preposition, an adjective or a verb taking it, nor before “for”', () => {
    const found = records(
      'Oil falls\n\nPrices fell as concerns about demand grew. Slack demand and rising costs hit profits. Output is outstripping demand by 30%. US demand for heating oil rose. Unions demand a pay rise.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Unions', 'demand', 'a pay rise'],
    ])
  })
})

describe('roles of courts, councils and teams', () => {
  it('open a speaker before a name in apposition', () => {
    const found = records(
      'Court\n\nHale’s barrister, James Corran, said his client was sorry. The firm’s solicitor, Amy Dale, told reporters the deal was off.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'Hale’s barrister, James Corran,',
      'The firm’s solicitor, Amy Dale,',
    ])
  })
})

describe('an age after a name in apposition to a role', () => {
  it('keeps the role in the speaker', () => {
    const found = records(
      'Fire\n\nHer daughter, Karen, 58, said the family were grateful. One voter, Ana Ruiz, 35, told us she had not decided.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'Her daughter, Karen, 58,',
      'One voter, Ana Ruiz, 35,',
    ])
  })
})

describe('a headline that opens with a quotation', () => {
  const headline = (line: string) =>
    records(`${line}\n\nThe body of the article is long enough to be a paragraph of its own.\n`)

  it('gives it to who stands after its colon or dash', () => {
    const found = [
      "'We have to stop pretending': climate scientist on the decade ahead",
      "'I thought I was going to die': Gran, 81, saved by hero postman",
      '‘We will win’ - Donald Trump',
      "'We Will Not Back Down': Union Boss Vows To Fight On",
    ].map((line) => {
      const [record] = headline(line)
      return [record?.kind, record?.speaker?.text, record?.cue?.text, record?.text]
    })
    expect(found).toEqual([
      ['direct', 'climate scientist', ':', 'We have to stop pretending'],
      ['direct', 'Gran', ':', 'I thought I was going to die'],
      ['direct', 'Donald Trump', '-', 'We will win'],
      ['direct', 'Union Boss', ':', 'We Will Not Back Down'],
    ])
  })

  it('not a title, a word, or a quotation before more than a name after a dash', () => {
    const found = [
      "'Squid Game': the show that conquered the world",
      '‘Devastating’: residents count cost',
      '‘We will win’ - Trump vows comeback in Ohio',
    ].map((line) => headline(line)[0]?.attribution ?? null)
    expect(found).toEqual([null, null, null])
  })
})

describe('a cue before “to” whose content opens at a later “that”', () => {
  it('stops at a clause that “but” joins, whose cue the “that” is', () => {
    const found = records(
      'City Hall\n\nThe mayor’s office did not respond to a request for comment, but a spokesman told local media last week that the city was working on it.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['The mayor’s office', 'did not respond to', 'a request for comment'],
      ['a spokesman', 'told', 'that the city was working on it'],
    ])
  })
})

describe('a clause after a cue and a short adverbial, with no “that”', () => {
  it('opens with a noun phrase and its verb', () => {
    const found = records(
      'Strikes\n\nThe defence minister said on Twitter the strikes were a response to aggression. Stuart Rose said in an interview its prices were too high.\n',
    )
    expect(found.map((record) => [record.cue?.text, record.text])).toEqual([
      ['said', 'the strikes were a response to aggression'],
      ['said', 'its prices were too high'],
    ])
  })

  it('not after a preposition, a verb or a participle’s phrase', () => {
    const found = records(
      'Lawsuit\n\nThe agency responded to the lawsuit the state had filed. Obama had said in an interview taped before the attacks that the group was contained.\n',
    )
    expect(found.map((record) => record.text)).toEqual(['that the group was contained'])
  })
})

describe('“is understood”, “is alleged”, “is feared”', () => {
  it('are hearsay with no source, as “is believed” is', () => {
    const found = records(
      'Reshuffle\n\nIt is understood that the prime minister will make a statement on Monday. He is alleged to have taken £2m. It is feared that dozens have died. It is feared as many as 50,000 workers could lose their jobs.\n',
    )
    expect(
      found.map((record) => [record.speaker?.text ?? null, record.cue?.text, record.text]),
    ).toEqual([
      [null, 'is understood', 'that the prime minister will make a statement on Monday'],
      [null, 'is alleged', 'He to have taken £2m'],
      [null, 'is feared', 'that dozens have died'],
    ])
  })
})

describe('a passive “told” before “that”', () => {
  it('is hearsay with no source, told to its subject', () => {
    const found = records(
      'Deal\n\nThe BBC has been told that the deal is close. Reporters were told to leave.\n',
    )
    expect(
      found.map((record) => [
        record.speaker,
        record.cue?.text,
        record.addressee?.text,
        record.text,
      ]),
    ).toEqual([[null, 'has been told', 'The BBC', 'that the deal is close']])
  })
})

describe('what stands between a cue and its “that”', () => {
  it('a weekday after a weak cue joins the cue', () => {
    const [record] = records(
      'Taxes\n\nThe Times reported Saturday that it had received the pages.\n',
    )
    expect([record?.cue?.text, record?.text]).toEqual([
      'reported Saturday',
      'that it had received the pages',
    ])
  })

  it('“via” opens no content', () => {
    const [record] = records(
      'Taxes\n\nThe campaign said via email that Trump would defend himself.\n',
    )
    expect(record?.text).toBe('that Trump would defend himself')
  })

  it('a show’s title in quotation marks, told to, is no content', () => {
    const found = records(
      'Taxes\n\nClinton told “Morning Joe” on Friday that the case was open. She told ABC’s “Good Morning America” on Monday the tone of the interview was cordial.\n',
    )
    expect(found.filter((record) => record.attribution).map((record) => record.text)).toEqual([
      'that the case was open',
      'the tone of the interview was cordial',
    ])
  })
})

describe('a subject before a mid-sentence attribution and a quoted predicate', () => {
  it('opens the quote, which runs to the end of its sentence', () => {
    const found = records(
      'Ruling\n\nThe ruling, the judge wrote, “leaves no doubt” that the law was broken. The chairman, she said, “worked hard” and asserted that things were fine.\n',
    )
    // (Not over a cue of its own after the quotation.)
    expect(found.map((record) => [record.kind, record.cue?.text, record.text])).toEqual([
      ['mixed', 'wrote', 'The ruling “leaves no doubt” that the law was broken'],
      ['partial', 'wrote', 'leaves no doubt'],
      ['mixed', 'said', 'The chairman “worked hard”'],
      ['partial', 'said', 'worked hard'],
      ['indirect', 'asserted', 'that things were fine'],
    ])
  })
})

describe('a source that quotes or cites someone “as saying”', () => {
  it('gives the words to whom it quotes', () => {
    const found = records(
      'Talks\n\nState news agency TASS quoted Kremlin spokesman Dmitry Peskov as saying that the talks had been useful. Xinhua cited the official as saying the decision was final. The report cited rising costs as a factor.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Kremlin spokesman Dmitry Peskov', 'saying', 'that the talks had been useful'],
      ['the official', 'saying', 'the decision was final'],
      ['The report', 'cited', 'rising costs as a factor'],
    ])
  })

  it('not in the passive', () => {
    const [record] = records(
      'Qantas\n\nDixon was quoted by The Australian as saying the carrier could not go on.\n',
    )
    expect(record?.speaker?.text).toBe('Dixon')
  })
})

describe('a passive naming cue with its agent before “as” and a quotation', () => {
  it('gives the quotation to the agent, who ends before “as”', () => {
    const found = records('Plan\n\nThe plan was described by critics as ‘reckless’.\n')
    expect(
      found.map((record) => [record.kind, record.speaker?.text, record.cue?.text, record.text]),
    ).toEqual([
      ['mixed', 'critics', 'was described by', 'The plan ‘reckless’'],
      ['partial', 'critics', 'was described by', 'reckless'],
    ])
  })
})

describe('“In the words of X,” before a quotation', () => {
  it('names its speaker', () => {
    const [record] = records(
      'Senate\n\nIn the words of the late senator, “Compromise is not a dirty word.”\n',
    )
    expect([record?.kind, record?.speaker?.text, record?.cue?.text]).toEqual([
      'direct',
      'the late senator',
      'In the words of',
    ])
  })

  it('reports the clause after it, mixed with the quotations in it; not another opener', () => {
    const found = records(
      'Campaign\n\nIn the words of one aide, the campaign is “a mess.” In the end, the campaign was over. In the words of the song we shall overcome. In the words of one aide, no.\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.text])).toEqual([
      ['mixed', 'one aide', 'the campaign is “a mess.”'],
      ['partial', 'one aide', 'a mess.'],
    ])
  })
})

describe('a quotation that opens reported speech with an attribution of its own', () => {
  it('is a partial quote of that speech, not the speaker’s before it', () => {
    const found = records(
      'Hearing\n\n“This just isn’t right,” Warren said. “You squeezed employees to the breaking point” to drive up the stock price and your pay, she said.\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.text])).toEqual([
      ['direct', 'Warren', 'This just isn’t right'],
      [
        'mixed',
        'she',
        '“You squeezed employees to the breaking point” to drive up the stock price and your pay',
      ],
      ['partial', 'she', 'You squeezed employees to the breaking point'],
    ])
  })

  it('takes that speech’s attribution when it has none', () => {
    const found = records(
      'Donors\n\n"There is a sense of stability now," and donations began to pick up again last week, Gilbert said.\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.text])).toEqual([
      [
        'mixed',
        'Gilbert',
        '"There is a sense of stability now," and donations began to pick up again last week',
      ],
      ['partial', 'Gilbert', 'There is a sense of stability now'],
    ])
  })
})

describe('a verb group in -ing after a comma (“…, going on to say …”)', () => {
  it('reports the subject of the attribution before it', () => {
    const found = records(
      'Speech\n\n"It is insane," Sanders said, going on to say that the country has moved on. "They stole it," the man shouted, using an expletive to describe the bank.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Sanders', 'said', 'It is insane'],
      ['Sanders', 'going on to say', 'that the country has moved on'],
      ['the man', 'shouted', 'They stole it'],
      ['the man', 'using an expletive to describe', 'the bank'],
    ])
  })
})

describe('a phrase between a quotation and its attribution that a preposition opens', () => {
  it('is content, not the speaker', () => {
    const found = records(
      'Outlook\n\nThe outlook looks "very favourable" because of new media and the strength of the US economy, WPP said.\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.text])).toEqual([
      [
        'mixed',
        'WPP',
        'The outlook looks "very favourable" because of new media and the strength of the US economy',
      ],
      ['partial', 'WPP', 'very favourable'],
    ])
  })
})

describe('words read back to that are no part of a speaker', () => {
  it('a preposition’s object with no determiner, that opens the clause', () => {
    const found = records(
      'Council\n\nIn Washington the senator said it would close. Without changes the commission does urge parties to seek out donations. Under pressure the company said it would not.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'the senator',
      'the commission',
      'the company',
    ])
  })

  it('“far” after “so”', () => {
    const found = records('Treaty\n\nSo far the US has refused to sign up to the treaty.\n')
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['the US', 'has refused'],
    ])
  })

  it('but a time that ends an apposition is part of it', () => {
    const found = records(
      'Music\n\nTim Renner, the head of Universal Music until last year, told the BBC that the industry was struggling.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'Tim Renner, the head of Universal Music until last year,',
    ])
  })
})

describe('“has learned” after what it reports', () => {
  it('closes it, as “has reported” does', () => {
    const found = records(
      'Council tax\n\nCouncil tax is set to rise by about 4% next year, BBC Scotland has learned. The club rejected a third bid, BBC Sport has learnt.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['BBC Scotland', 'has learned', 'Council tax is set to rise by about 4% next year'],
      ['BBC Sport', 'has learnt', 'The club rejected a third bid'],
    ])
  })
})

describe('“, but” and an adverbial before a clause of its own', () => {
  it('ends reported content, as “, but” before a subject does', () => {
    const found = records(
      'Mails\n\nClinton says the mails were personal, but for Republicans, it is a smoking gun.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['Clinton', 'the mails were personal'],
    ])
  })
})

describe('a clause after a cue that follows a quotation', () => {
  it('is no speaker of the quotation (“…, citing “…,” said the candidate could win”)', () => {
    const found = records(
      'Campaign\n\nMr. Manafort, citing “the unique magic of Trump,” said the candidate could win. “We will win,” said Smith, who has worked for the party.\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.text])).toEqual([
      ['partial', undefined, 'the unique magic of Trump'],
      ['direct', 'Smith, who has worked for the party', 'We will win'],
    ])
  })
})

describe('a subject of one word before an attribution between commas', () => {
  it('opens the content when an auxiliary opens the rest', () => {
    const found = records(
      'Campaign\n\nTime, Mr. Pence added, was on their side. Still, he said, was it worth it?\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['Mr. Pence', 'Time was on their side'],
    ])
  })
})

describe('an inverted attribution between commas before a predicate', () => {
  it('splits the content, which is both sides', () => {
    const found = records(
      'Campaign\n\nThe contrast with Trump, said Doyle, would be clear. The contrast, said Jim Doyle, a former governor, would be stark. It is fine, said Doyle.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['Doyle', 'The contrast with Trump would be clear'],
      ['Jim Doyle, a former governor', 'The contrast would be stark'],
      ['Doyle', 'It is fine'],
    ])
  })
})

describe('a plural noun of people right after an inverted “say”', () => {
  it('is its speaker, and the content is both sides', () => {
    const found = records(
      'Tunnels\n\nPart of the problem, say experts like Paul Bauman, is the ground itself. The economy will slow, say analysts.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['experts like Paul Bauman', 'Part of the problem is the ground itself'],
      ['analysts', 'The economy will slow'],
    ])
  })
})

describe('a quotation that reported speech found with it takes in', () => {
  it('is a partial quote of that speech, as in reported speech found later', () => {
    const found = records(
      'Hearing\n\n“This is wrong,” Warren said. “You pushed the staff too hard” to lift the share price, she said.\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.text])).toEqual([
      ['direct', 'Warren', 'This is wrong'],
      ['mixed', 'she', '“You pushed the staff too hard” to lift the share price'],
      ['partial', 'she', 'You pushed the staff too hard'],
    ])
  })
})

describe('the time, place or medium that ends an object', () => {
  it('is the cue’s circumstance, no part of the content', () => {
    const found = records(
      'Campaign\n\nStein praised her presence on Twitter. The lawyer sent a cease-and-desist letter Thursday night. Clinton criticized the plan during a forum. He backed the idea in a statement on Thursday. Trump released his returns in 2012.\n',
    )
    expect(found.map((record) => record.text)).toEqual([
      'her presence',
      'a cease-and-desist letter',
      'the plan',
      'the idea',
      'his returns',
    ])
  })

  it('not of a clause, nor after “or”', () => {
    const found = records(
      'Outlook\n\nThe drugmaker says a recovery during 2005 is on the way. He backed rules for deaths in custody or during an arrest.\n',
    )
    expect(found.map((record) => record.text)).toEqual([
      'a recovery during 2005 is on the way',
      'rules for deaths in custody or during an arrest',
    ])
  })
})

describe('a past participle and its preposition between commas after the subject', () => {
  it('is no cue but part of the speaker of the verb after it', () => {
    const found = records(
      'Bronze Age\n\nThe study, published in the journal Nature on Wednesday, analysed DNA from 793 individuals. The study, published in Nature, found that the ice was melting. The book, serialised in the Sunday Telegraph, alleges that Mr Blair had planned to stand down. Members of the group, named after Abraham Lincoln, were sworn to secrecy.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['The study, published in Nature,', 'found', 'that the ice was melting'],
      [
        'The book, serialised in the Sunday Telegraph,',
        'alleges',
        'that Mr Blair had planned to stand down',
      ],
    ])
  })
})

describe('a cue after “and” in a relative clause', () => {
  it('is the relative pronoun’s, which stands for the name before it', () => {
    const found = records(
      'Voter ID\n\nThe ruling is a setback for Gov. Brian Kemp, who signed the measure in April and called it "a common-sense safeguard." It is a blow to Rep. Ann Cole, who wrote the bill last year and said: "It is fair."\n',
    )
    expect(
      found
        .filter((record) => record.kind !== 'indirect')
        .map((record) => [
          record.kind,
          record.speaker?.text,
          record.speaker?.name,
          record.cue?.text,
        ]),
    ).toEqual([
      ['mixed', 'who', 'Brian Kemp', 'called'],
      ['partial', 'who', 'Brian Kemp', 'called'],
      ['direct', 'who', 'Ann Cole', 'said:'],
    ])
    // (Not after a clause of its own, which the subject ends: “Kemp, who is
    // 60, laughed and said”.)
    const own = records('Voter ID\n\nKemp, who is 60, laughed and said: "It is unfair."\n')
    expect(own.map((record) => record.speaker?.text)).toEqual(['Kemp, who is 60'])
  })
})

describe('a plural noun of people and its preposition before an apposition', () => {
  it('opens the speaker, with the apposition', () => {
    const found = records(
      'Voter ID\n\nLawyers for the plaintiffs, a coalition of civil rights groups, had argued that thousands of voters lack a photo card. Officials at the agency, the main regulator, said the plan was sound.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'Lawyers for the plaintiffs, a coalition of civil rights groups,',
      'Officials at the agency, the main regulator,',
    ])
    // (Not a clause before the comma: “Protests in the capital, a city of
    // two million, turned violent, officials said.”)
    const clause = records(
      'Voter ID\n\nProtests in the capital, a city of two million, turned violent, officials said.\n',
    )
    expect(clause.map((record) => record.speaker?.text)).toEqual(['officials'])
  })
})

describe('a verb in the present before a possessive noun', () => {
  it('ends the subject of a participle after the clause', () => {
    const found = records(
      "Judge blocks state's new voter ID law, citing burden on elderly voters\n\nA federal judge on Monday blocked the law.\n",
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['Judge', 'citing'],
    ])
  })
})

describe('“heard”', () => {
  it('reports hearsay before a clause, not a thing heard', () => {
    const found = records(
      'Celtics rally\n\nJayson Tatum had heard the boos before. A witness heard gunfire. Many Americans have heard by now that veterans struggle. The court heard how documents were taken. I heard he was leaving.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['Many Americans', 'have heard'],
      ['The court', 'heard'],
      ['I', 'heard'],
    ])
  })
})

describe('an adverb between a cue and “that”', () => {
  it('belongs to the cue, as attribution corpora mark it', () => {
    const found = records(
      'Chips\n\nChief Executive Officer Jensen Huang has said repeatedly that Nvidia prefers to build rather than buy. Rubio said only that his numbers do not add up. He said again that he would stay.\n',
    )
    expect(found.map((record) => [record.cue?.text, record.text])).toEqual([
      ['has said repeatedly', 'that Nvidia prefers to build rather than buy'],
      ['said only', 'that his numbers do not add up'],
      ['said again', 'that he would stay'],
    ])
  })
})

describe('a verb of saying between another cue and what it reports', () => {
  it('reports it: no naming cue nor adverbial reads past it', () => {
    const found = records(
      'Election night\n\nDeSantis thanked voters and said Florida had "sent a message to the nation." The groups who wrote to the mayor said they are concerned.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['DeSantis', 'thanked', 'voters'],
      ['DeSantis', 'said', 'Florida had "sent a message to the nation."'],
      ['DeSantis', 'said', 'sent a message to the nation.'],
      ['The groups who wrote to the mayor', 'said', 'they are concerned'],
    ])
  })

  it('after “her” is a verb, “her” its object', () => {
    const found = records(
      'Election night\n\nOfficials who met her said the plan failed. Her claims were false.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['Officials who met her', 'said'],
    ])
  })
})

describe('“her” after “told” before a noun of people', () => {
  it('opens the addressee, which the noun ends', () => {
    const found = records(
      'Caucus\n\nHillary Clinton has told her supporters that the race is close. The woman told her son the plan failed. He told her the plan failed.\n',
    )
    expect(found.map((record) => [record.addressee?.text, record.text])).toEqual([
      ['her supporters', 'that the race is close'],
      ['her son', 'the plan failed'],
      ['her', 'the plan failed'],
    ])
  })
})

describe('a capitalised possessive before a surname alone', () => {
  it('is no part of the name of someone named in full', () => {
    const found = records(
      'France\'s Macron vows to press on with pension reform\n\nParis (AFP) – French President Emmanuel Macron said Thursday he would not back down on his pension reform.\n\n"The reform is necessary," Macron told reporters.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ["France's Macron", 'Emmanuel Macron'],
      ['French President Emmanuel Macron', 'Emmanuel Macron'],
      ['Macron', 'Emmanuel Macron'],
    ])
    // (Nor anyone whom the text does not name in full.)
    const alone = records("Apple results\n\nApple's Cook said sales rose.\n")
    expect(alone.map((record) => record.speaker?.name)).toEqual(["Apple's Cook"])
  })
})

describe('a pronoun in the headline or the dek with no one named before', () => {
  it('is the person the headline names, else the first the story names whose gender fits', () => {
    const dek = records(
      'Margaret Ellison, Pioneering Civil Rights Lawyer, Dies at 91\n\nShe argued landmark housing discrimination cases before the Supreme Court.\n\nBy Daniel Okafor\n\nMargaret Ellison, a civil rights lawyer, died on Tuesday at her home in Oakland. She was 91.\n',
    )
    expect(dek.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['She', 'Margaret Ellison'],
    ])
    const headline = records(
      'A shaky balancing act for Kelly Ayotte\n\nAs she seeks reelection, senator struggles to keep her distance from Trump.\n\nMANCHESTER, N.H. - At a rally here last week, Gov. Maggie Hassan spoke to the crowd.\n\nIt was the perfect set piece for Ayotte, the first-term senator from New Hampshire.\n',
    )
    expect(headline.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['she', 'Kelly Ayotte'],
    ])
    // (Not one whose gender differs, nor anyone named after the body's
    // third block.)
    const none = records(
      'John Ellison, Lawyer, Dies at 91\n\nShe argued landmark housing discrimination cases before the Supreme Court.\n\nBy Dan Okafor\n\nJohn Ellison, a civil rights lawyer, died on Tuesday at his home in Oakland.\n',
    )
    expect(none.map((record) => record.speaker?.name)).toEqual([null])
  })
})

describe('“branding”, “dubbing”, “labelling” before a quotation', () => {
  it('name it, as “calling” does', () => {
    const found = records(
      'Rebels\n\nA No10 source hit back, branding the plotters "a handful of malcontents". The Los Angeles Times reviewed it, labelling it a "dispiriting vanity project".\n',
    )
    expect(
      found
        .filter((record) => record.kind === 'partial')
        .map((record) => [record.speaker?.text, record.cue?.text, record.text]),
    ).toEqual([
      ['A No10 source', 'branding', 'a handful of malcontents'],
      ['The Los Angeles Times', 'labelling', 'dispiriting vanity project'],
    ])
  })
})

describe('a clause of “when” or “after” whose content closes with a quotation and a comma inside it', () => {
  it('ends at the quotation, before the main clause', () => {
    const found = records(
      'The Fed\n\nWhen Jerome Powell says the Federal Reserve will "stay the course," he means it. After Trump said he would "protect our citizens," the crowd applauded loudly.\n',
    )
    expect(found.filter((record) => record.kind === 'mixed').map((record) => record.text)).toEqual([
      'the Federal Reserve will "stay the course,"',
      'he would "protect our citizens,"',
    ])
  })
})

describe('a relative clause between commas after the one asked', () => {
  it('is no part of the question', () => {
    const found = records(
      'The Fed\n\nI asked a former Fed governor, who spoke on the condition that she not be named, why the committee was moving so slowly.\n',
    )
    expect(found.map((record) => [record.addressee?.text, record.text])).toEqual([
      ['a former Fed governor', 'why the committee was moving so slowly'],
    ])
  })
})

describe('a second clause of “that” after “and” whose subject a cue word spells', () => {
  it('goes on with the content', () => {
    const found = records(
      'Talks\n\nThe minister stressed that no decision has been taken and that talks would continue.\n',
    )
    expect(found.map((record) => record.text)).toEqual([
      'that no decision has been taken and that talks would continue',
    ])
  })
})

describe('a participle between commas after a noun phrase with “of”', () => {
  it('is part of the speaker', () => {
    const found = records(
      'Poll\n\nThe survey of adults, conducted Nov. 1-5, found that 58 percent disapprove. The survey of 1,000 adults, conducted by Gallup, found that 40 percent approve.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'The survey of adults, conducted Nov. 1-5,',
      'The survey of 1,000 adults, conducted by Gallup,',
    ])
  })
})

describe('a phrase of a preposition between the subject and the cue, with a word that ends a subject inside', () => {
  it('is no part of the speaker', () => {
    const found = records(
      'Harris\n\nMs. Harris, in her first interview since the election, said she had no regrets. Or, as Tom Ridge, a former secretary of homeland security, put it: "The barbarians are inside."\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'Ms. Harris',
      'Tom Ridge, a former secretary of homeland security,',
    ])
  })
})

describe('“asked by” and who asks before a question', () => {
  it('is the asker, and the question the content', () => {
    const found = records(
      'Johnson\n\nMr Johnson was asked by the BBC whether he would apologise. Asked by Stephanopoulos whether he would resign, Mr Johnson said no.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['the BBC', 'asked', 'whether he would apologise'],
      ['Stephanopoulos', 'Asked', 'whether he would resign'],
      ['Mr Johnson', 'said', 'no'],
    ])
  })
})

describe('the last items of a list after a comma and an article', () => {
  it('a noun phrase after a comma that another “and” and an article follow is an item, not an apposition', () => {
    const found = records(
      'Debate\n\nHe said he and Trump differ on Israel, the Iranian nuclear deal and the possibility of compromising.\n',
    )
    expect(found.map((record) => record.text)).toEqual([
      'he and Trump differ on Israel, the Iranian nuclear deal and the possibility of compromising',
    ])
  })

  it('an apposition that describes with a participle or a preposition before its “and” is left out', () => {
    const found = records(
      'Emails\n\nShe kept writing, referring to Jeffrey Feltman, a State Department official overseeing Lebanon and the region.\n',
    )
    expect(found.map((record) => record.text)).toEqual(['Jeffrey Feltman'])
  })
})

describe('a hometown after a comma in a speaker after the cue', () => {
  it('“of” or “from” and a capitalised word after an age or a name go with the speaker', () => {
    const found = records(
      'Voters\n\n"It\'s education," says Melissa Roloson, 32, of Sodus in Upstate New York, who works in retail. "It\'s fine," said Tom Smith, from Dayton, Ohio.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Melissa Roloson, 32, of Sodus in Upstate New York, who works in retail', 'Melissa Roloson'],
      ['Tom Smith, from Dayton, Ohio', 'Tom Smith'],
    ])
  })

  it('“of” before a possessive opens what was said of, and “of course” is no place', () => {
    const found = records(
      'Ohio\n\n"We have no headache," said Matt Borges, chairman of the Ohio Republican Party, of Florida\'s fissure. "It\'s fine," said Smith, of course.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'Matt Borges, chairman of the Ohio Republican Party',
      'Smith',
    ])
  })
})

describe('the clock time of a live blog’s entry before its speaker', () => {
  it('“5:55 p.m.” before a name in one line is no part of the speaker', () => {
    const found = records(
      'The Latest\n\nThe polls closed. ___. 5:55 p.m. John Kasich says he will win. 6:10 pm Ted Cruz said he was happy.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['John Kasich', 'he will win'],
      ['Ted Cruz', 'he was happy'],
    ])
  })
})

describe('“and expects to” inside reported content', () => {
  it('a verb of expecting before “to” after “and” goes on with the content it joins', () => {
    const found = records(
      'Nevada\n\nHe says he\'s proud of his campaign and expects to leave Nevada with a "solid share of the delegates." Mr Manuel added that inflation fell in 2004 and is expected to remain low.\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.text])).toEqual([
      [
        'mixed',
        'He',
        'he\'s proud of his campaign and expects to leave Nevada with a "solid share of the delegates."',
      ],
      ['partial', 'He', 'solid share of the delegates.'],
      ['indirect', 'Mr Manuel', 'that inflation fell in 2004 and is expected to remain low'],
    ])
  })
})

describe('a clause of “as” after a conjunction or a parenthesis that opens the sentence', () => {
  it('“But as X noted, …” and “(As X first reported, ….)” report the main clause', () => {
    const found = records(
      'Iowa\n\nBut as Clyburn noted, those voters will give Sanders a second look. (As BuzzFeed News first reported, Mr. Trump voiced support for the war in 2002.) Or as he said, it is over.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Clyburn', 'noted', 'those voters will give Sanders a second look'],
      ['BuzzFeed News', 'first reported', 'Mr. Trump voiced support for the war in 2002'],
      ['he', 'said', 'it is over'],
    ])
  })

  it('a source noun and the year it is from may speak in a clause of “as”', () => {
    const found = records(
      'Latinos\n\nAs another Pew study from 2011 noted, the average age of Latinos born in California was 18.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['another Pew study from 2011', 'the average age of Latinos born in California was 18'],
    ])
  })
})

describe('where a post was made, between its verb and “that”', () => {
  it('“posted on X that …” and “posted to Truth Social on Sunday that …”: the place is the cue’s', () => {
    const found = records(
      'Shutdown\n\nRep. Dana Whitfield of Texas posted on X that the Senate bill was dead. Trump posted to Truth Social on Sunday that the trial was rigged. A video posted to her Facebook account showed the crash.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Rep. Dana Whitfield of Texas', 'posted on X', 'that the Senate bill was dead'],
      ['Trump', 'posted to Truth Social on Sunday', 'that the trial was rigged'],
    ])
  })
})

describe('a subject with appositions whose first cue reported speech reads later', () => {
  it('a quotation after “and” and a cue shares the whole speaker of the first cue', () => {
    const found = records(
      'Senate\n\nSen. Mark Halvorsen, R-Idaho, who voted no, called the bill "a surrender" and warned that conservatives would "remember this."\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.cue?.text])).toEqual([
      ['mixed', 'Sen. Mark Halvorsen, R-Idaho, who voted no,', 'called'],
      ['partial', 'Sen. Mark Halvorsen, R-Idaho, who voted no,', 'called'],
      ['mixed', 'Sen. Mark Halvorsen, R-Idaho, who voted no,', 'warned'],
      ['partial', 'Sen. Mark Halvorsen, R-Idaho, who voted no,', 'warned'],
    ])
  })

  it('a comma after the subject that closes no apposition leaves the subject the speaker', () => {
    const found = records(
      'Debate\n\nCarson, smiling broadly, took the stage and called the system "rotten."\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.cue?.text])).toEqual([
      ['mixed', 'Carson', 'called'],
      ['partial', 'Carson', 'called'],
    ])
  })
})

describe('a quotation that opens the object of a weak cue, with words after it', () => {
  it('“warned of “significant” weakness in China”: the content is mixed, the quotation attributed', () => {
    const found = records(
      'Apple\n\nTim Cook warned of "significant" weakness in China. Trump cited "Obama-Clinton" policies.\n',
    )
    expect(
      found.map((record) => [record.kind, record.speaker?.text, record.cue?.text, record.text]),
    ).toEqual([
      ['mixed', 'Tim Cook', 'warned of', '"significant" weakness in China'],
      ['partial', 'Tim Cook', 'warned of', 'significant'],
      ['mixed', 'Trump', 'cited', '"Obama-Clinton" policies'],
      ['partial', 'Trump', 'cited', 'Obama-Clinton'],
    ])
  })

  it('not after a verb that names, whose quotation is a name', () => {
    const found = records('Show\n\nHe made a show called "Brokers" about the rich.\n')
    expect(found.map((record) => [record.kind, record.speaker?.text ?? null])).toEqual([
      ['partial', null],
    ])
  })
})

describe('phrases that describe, and places that are no content', () => {
  it('“The victim, named locally as …, was taken to hospital”: a participle, an adverb and “as” describe the subject', () => {
    expect(
      records(
        'Leeds\n\nThe victim, named locally as 15-year-old Jordan Hale, was taken to hospital but died a short time later.\n',
      ),
    ).toEqual([])
  })

  it('“a statement released through police”: a way a statement went is no content', () => {
    const found = records(
      'Leeds\n\nIn a statement released through police, Jordan\'s family described him as "a kind boy".\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ["Jordan's family", 'described'],
      ["Jordan's family", 'described'],
    ])
  })
})

describe('a clause of “as” after an attribution that splits its sentence', () => {
  it('the words before the speaker are the content, not a long clause of “as” after the cue', () => {
    const found = records(
      'Tensions rise\n\nIran will respond decisively to any attack on its territory, its foreign minister said on Monday, as tensions with Israel rose after a drone strike on a military site near Isfahan.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      [
        'its foreign minister',
        'said',
        'Iran will respond decisively to any attack on its territory',
      ],
    ])
  })
})

describe('“without giving details” after reported content', () => {
  it('ends the content before the comma; “without” and another participle stay in it', () => {
    const found = records(
      'Iran\n\nKhamenei said the regime would regret its mistake, without giving details. Aides said she would pay for it, without raising taxes.\n',
    )
    expect(found.map((record) => record.text)).toEqual([
      'the regime would regret its mistake',
      'she would pay for it, without raising taxes',
    ])
  })
})

describe('the object of an opener without its comma, with a phrase of its own', () => {
  it('the subject starts at a second determiner or an honorific after the phrase', () => {
    const found = records(
      'Airline\n\nIn a filing to US regulators the airline warned that it could run out of cash. In an interview with the BBC Mr Blair said he would stay. In a statement to reporters the head of the agency said it would appeal.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'the airline',
      'Mr Blair',
      'the head of the agency',
    ])
  })
})

describe('a call to those who help', () => {
  it('“called authorities” names nothing and ends no reported content; “called the police shootings …” does name', () => {
    const found = records(
      'Copper\n\nPolice say the scheme unraveled when a dealer grew suspicious and called authorities. She has called the police shootings a moment of reckoning.\n',
    )
    expect(found.map((record) => [record.cue?.text, record.text])).toEqual([
      ['say', 'the scheme unraveled when a dealer grew suspicious and called authorities'],
      ['has called', 'the police shootings a moment of reckoning'],
    ])
  })
})

describe('“Here’s Clinton:” before a quotation', () => {
  it('the words that present a speaker are none of it, and the quotation keeps its closing mark', () => {
    const found = records(
      'Clinton\n\nHillary Clinton spoke in Ohio.\n\nHere’s Clinton: “We will win the race in the fall.”\n\nThere\'s Cook: "Fine by me, I think."\n',
    )
    expect(
      found.map((record) => [record.speaker?.text, record.speaker?.name, record.text]),
    ).toEqual([
      ['Clinton', 'Hillary Clinton', 'We will win the race in the fall.'],
      ['Cook', 'Cook', 'Fine by me, I think.'],
    ])
  })
})

describe('“caution” as a verb', () => {
  it('reports before “that” or “against”, not as a noun after a verb or a determiner', () => {
    const found = records(
      'Data\n\nExperts, however, caution that the data is preliminary. He urged caution against complacency. There is a note of caution that is worth heeding.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Experts', 'caution', 'that the data is preliminary'],
    ])
  })
})

describe('questions referred elsewhere', () => {
  it('“referring questions to …” is no cue, and ends the content before it', () => {
    const found = records(
      'Report\n\nThe White House declined to comment on the report, referring questions to the Justice Department. His aides referred requests for comment to the campaign.\n',
    )
    expect(found.map((record) => [record.cue?.text, record.text])).toEqual([
      ['declined', 'to comment on the report'],
    ])
  })
})

describe('a document that is the object of a verb before a participle', () => {
  it('reports for the verb’s subject, not the document; one received is the document’s', () => {
    const found = records(
      'Refugees\n\nHis office put out a statement saying the U.S. could not vet every refugee. Visitors get a message saying they are not authorised to view it.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['His office', 'saying', 'the U.S. could not vet every refugee'],
      ['a message', 'saying', 'they are not authorised to view it'],
    ])
  })
})

describe('a time told from another before the subject', () => {
  it('is no part of the speaker, with or without its comma', () => {
    const found = records(
      'Caucus\n\nTwo days later the company said it would cut 300 jobs. A few minutes later they reversed themselves and said they will register voters. But a few days later, Trump reversed himself, telling CBS that the laws are set.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['the company', 'said'],
      ['they', 'said'],
      ['Trump', 'telling'],
    ])
  })
})

describe('a word of degree before an adverb before the cue', () => {
  it('is no part of the speaker, nor does it keep a cue after “and” from ending the content', () => {
    const found = records(
      'Poll\n\nCaucus-goers were slightly more likely to say they preferred Clinton. He vowed to ban Muslims and most recently defended the use of an image. Smith most recently said the vote was rigged.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Caucus-goers', 'likely to say', 'they preferred Clinton'],
      ['He', 'vowed', 'to ban Muslims'],
      ['Smith', 'recently said', 'the vote was rigged'],
    ])
  })
})

describe('the subject of an evidential verb in a relative clause', () => {
  it('is the relative pronoun right before the verb, or the subject after it, not the antecedent', () => {
    const found = records(
      'Bill\n\nSchilling was dismissed after sharing a post that appeared to mock the law. They read the bill, which the Senate is expected to pass next week. The woman who received the photos has reportedly been chatting with him since January.\n',
    )
    expect(found.map((record) => [record.cue?.text, record.text])).toEqual([
      ['appeared', 'that to mock the law'],
      ['is expected', 'the Senate to pass next week'],
      ['has reportedly', 'The woman who received the photos been chatting with him since January'],
    ])
  })
})

describe('words in -ing inside a speaker', () => {
  it('a trade in -ing before people, or one after an adjective, is no clause nor cue', () => {
    const found = records(
      'Leaks\n\nBut hacking specialists say the files might not be genuine. Sexton, a creative writing professor, said he holds his roots dear. Bloomberg, who is thinking about running for president, said it was impossible.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['hacking specialists', 'say'],
      ['Sexton, a creative writing professor,', 'said'],
      ['Bloomberg, who is thinking about running for president,', 'said'],
    ])
  })
})

describe('a subject pronoun after an opening phrase without its comma', () => {
  it('reports a participle after the clause', () => {
    const found = records(
      'Islamic State\n\nIn a news conference last week he used stronger language, saying the group must be destroyed.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['he', 'saying', 'the group must be destroyed'],
    ])
  })
})

describe('a quotation that goes on with a clause of “that” after a comma', () => {
  it('is mixed with the clause, not a direct quotation; “that way” is a determiner’s', () => {
    const found = records(
      'Libya\n\nBolton said that whatever choice voters make, “they should not make it on that basis.” Many voters feel that way, “but not among the vast majority.”\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.text])).toEqual([
      [
        'mixed',
        'Bolton',
        'that whatever choice voters make, “they should not make it on that basis.”',
      ],
      ['partial', 'Bolton', 'they should not make it on that basis.'],
      ['direct', 'Many voters', 'but not among the vast majority.'],
    ])
  })

  it('a participle’s phrase before the attribution is no lead of the quotation, a gerund subject is', () => {
    const found = records(
      'Polls\n\nPromising to write more, Bolton said, “they should not make it on that basis.” Evaluating the candidates by national polls, Stevens said, “is like looking at a bowling average.”\n',
    )
    expect(found.map((record) => [record.kind, record.text])).toEqual([
      ['direct', 'they should not make it on that basis.'],
      [
        'mixed',
        'Evaluating the candidates by national polls “is like looking at a bowling average.”',
      ],
      ['partial', 'is like looking at a bowling average.'],
    ])
  })
})

describe('a court report’s forms', () => {
  it('reads a name after those told as content, a statement read out as no cue, and ends a participle’s content before “but was”', () => {
    const found = records(
      'Trial\n\nWhitfield told jurors Hart had lost his temper. The most telling sign was the silence. In a statement read outside court, his widow said her family was destroyed. Hart had denied murder, claiming he acted in self-defence, but was convicted after a trial.\n',
    )
    expect(
      found.map((record) => [
        record.speaker?.text,
        record.cue?.text,
        record.addressee?.text ?? null,
        record.text,
      ]),
    ).toEqual([
      ['Whitfield', 'told', 'jurors', 'Hart had lost his temper'],
      ['his widow', 'said', null, 'her family was destroyed'],
      ['Hart', 'had denied', null, 'murder'],
      ['Hart', 'claiming', null, 'he acted in self-defence'],
    ])
  })
})

describe('a ruling or a conclusion after what it reports', () => {
  it('closes the clause before it, as “said” does', () => {
    const found = records(
      'Sentence\n\nHart must serve at least 22 years, a judge ruled. The gap between nations is closing, the report concluded.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['a judge', 'ruled', 'Hart must serve at least 22 years'],
      ['the report', 'concluded', 'The gap between nations is closing'],
    ])
  })
})

describe('roles joined before a name, and a relative clause after a name in an apposition', () => {
  it('keep the whole speaker', () => {
    const found = records(
      "Campaign\n\nClinton's chief pollster and strategist Joel Benenson said the attacks were unfair. Jason Sorens, the founder of the Free State Project that encourages libertarians to move to New Hampshire, said he had seen some demand. The office is investigating the police and the Justice Department is considering a request to open an inquiry.\n",
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ["Clinton's chief pollster and strategist Joel Benenson", 'said'],
      [
        'Jason Sorens, the founder of the Free State Project that encourages libertarians to move to New Hampshire,',
        'said',
      ],
      ['the Justice Department', 'is considering'],
    ])
  })
})

describe('agents joined after “by”, “of” or “for” and “the”', () => {
  it('stay in the speaker, names or nouns of sources', () => {
    const found = records(
      'Polls\n\nExit polls conducted by Edison Research for The Associated Press and television networks show turnout was high. A study by the Pew Internet and American Life Project found that MP3 players are popular.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'Exit polls conducted by Edison Research for The Associated Press and television networks',
      'A study by the Pew Internet and American Life Project',
    ])
  })
})

describe('a list of plurals that opens the sentence', () => {
  it('is the whole speaker', () => {
    const found = records(
      'Pick\n\nFriends, lobbyists and former foes say that Trump is right. Human rights groups, top police officers and many MPs say the evidence should be allowed.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toEqual([
      'Friends, lobbyists and former foes',
      'Human rights groups, top police officers and many MPs',
    ])
  })
})

describe('a comment asked for', () => {
  const fields = (text: string) =>
    records(text).map((record) => [record.speaker?.text, record.cue?.text, record.text])

  it('unanswered, is what its subject is reported to have done, to a comma', () => {
    expect(
      fields(
        'Drugmaker cuts jobs\n\nHalvern did not immediately respond to a request for comment on whether any of its sites would close.\n',
      ),
    ).toEqual([
      [
        'Halvern',
        'did not immediately respond to',
        'a request for comment on whether any of its sites would close',
      ],
    ])
    expect(
      fields(
        'Vote\n\nShe did not respond to a recent request for comment, choosing to step back.\n',
      ),
    ).toEqual([['She', 'did not respond to', 'a recent request for comment']])
  })

  it('returned or answered, in other words', () => {
    expect(fields('Vote\n\nThe company has not returned calls seeking comment.\n')).toEqual([
      ['The company', 'has not returned', 'calls seeking comment'],
    ])
    expect(
      fields('Vote\n\nThe campaign didn’t respond to USA TODAY’s requests for comment.\n'),
    ).toEqual([['The campaign', 'didn’t respond to', 'USA TODAY’s requests for comment']])
    expect(
      fields('Vote\n\nHis lawyer did not respond to requests to comment on the subject.\n'),
    ).toEqual([['His lawyer', 'did not respond to', 'requests to comment on the subject']])
  })

  it('“never” negates too; answered, unnegated, or apart from the request, it reports nothing', () => {
    expect(fields('Vote\n\nThe campaign never responded to requests for comment.\n')).toEqual([
      ['The campaign', 'never responded to', 'requests for comment'],
    ])
    expect(records('Vote\n\nThe campaign responded to a request for comment.\n')).toEqual([])
    expect(records('Vote\n\nHe did not respond; requests for comment went unanswered.\n')).toEqual(
      [],
    )
    expect(records('Vote\n\nAnd did not respond to a request for comment.\n')).toEqual([])
  })

  it('is not given where no one answers: “was not available for comment on …”', () => {
    expect(
      records('Vote\n\nNo one at Lycos was available for comment on the latest developments.\n'),
    ).toEqual([])
    expect(records('Vote\n\nThe request for comment on the plan was sent.\n')).toEqual([])
  })

  it('a comment given on something still reports it', () => {
    const found = records('Vote\n\nThe mayor’s comment on the closures angered residents.\n')
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['The mayor’s', 'comment on', 'the closures'],
    ])
  })
})

describe('a pronoun after sentences that name no one but by it', () => {
  const speakers = (text: string) =>
    records(text).map((record) => [
      record.speaker?.text,
      record.speaker?.name,
      record.speaker?.role,
    ])

  it('stands for the person named before them', () => {
    expect(
      speakers(
        'The last keeper\n\n“Thirty-one years of it,” says Martin Quayle.\n\n“A machine does not notice a boat in trouble,” says Hugh Baird.\n\nQuayle is more philosophical. Asked if he misses it, he thinks for a long time.\n\n“I miss the quiet,” he says finally.\n',
      ).at(-1),
    ).toEqual(['he', 'Martin Quayle', null])
  })

  it('keeps the role a mention of the person gave', () => {
    expect(
      speakers(
        'Batteries\n\n“The focus was on performance,” said Mike Trainor, chief technology evangelist for Intel. He was sceptical that fuel cells would work. “In fuel cells you need pumps,” he said.\n',
      ).at(-1),
    ).toEqual(['he', 'Mike Trainor', 'chief technology evangelist for Intel'])
  })

  it('a given name of its gender after a person described names the person', () => {
    const text = (wife: string) =>
      `The last keeper\n\nMartin Quayle kept the light.\n\n${wife} remembers the storms.\n\n"You would hear the sea," she says.\n`
    expect(speakers(text('His wife, Ann,'))).toEqual([['she', 'Ann', 'His wife']])
    expect(speakers(text('His wife Ann'))).toEqual([['she', 'Ann', 'His wife']])
    // (Not a name of the other gender, nor the first of a full name.)
    expect(speakers(text('His son, Liam,'))).toEqual([['she', null, null]])
    expect(speakers(text('His wife Ann Quayle'))).toEqual([['she', 'Ann Quayle', null]])
  })

  it('not past a sentence that opens with a name', () => {
    expect(
      speakers(
        'Taco bowl\n\nDonald Trump ate a taco bowl, and Paul Manafort was there. Manafort cautioned against a tweet. Trump himself was delighted by the controversy. “The people who were offended were people we wanted to offend,” he later said.\n',
      ).at(-1),
    ).toEqual(['he', 'Donald Trump', null])
  })
})

describe('a live blog’s entries', () => {
  it('a warning of a hazard is a notice, no cue', () => {
    expect(
      records(
        'Storm live\n\nKey points\nRed weather warning for wind in force until 11:00\nTrains cancelled\n\nA yellow weather warning for snow has been issued.\n',
      ),
    ).toEqual([])
    // (A verb still reports: “Forecasters are warning of snow”.)
    expect(
      records('Storm live\n\nForecasters were warning of heavy snow on Sunday.\n').map(
        (record) => record.cue?.text,
      ),
    ).toEqual(['were warning of'])
  })

  it('the time over an entry’s heading is no part of its speaker', () => {
    const found = records(
      'Storm live\n\n09:15\nFirst Minister urges people to stay at home\n\nShe spoke on the radio.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['First Minister', 'urges', 'to stay at home'],
    ])
  })

  it('“she” after a spokesperson stands for a person described since, in the sentence before', () => {
    const found = records(
      'Storm live\n\n"We are working," a spokesperson said. The First Minister has urged people to stay indoors. "Please do not travel," she told BBC Radio Wales.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['a spokesperson', 'a spokesperson'],
      ['The First Minister', 'The First Minister'],
      ['she', 'The First Minister'],
    ])
    // (Only in the sentence before: past it, the speaker the resolver reads
    // stays.)
    const far = records(
      'Storm live\n\n"We are working," a spokesperson said. The First Minister has urged people to stay indoors. The roads were shut. "Please do not travel," she said.\n',
    )
    expect(far.at(-1)?.speaker?.name).toBe('a spokesperson')
  })
})

describe('a message that a phrase opening the sentence names', () => {
  it('and where it came out report nothing of theirs', () => {
    const found = records(
      'Vote\n\nIn a lengthy statement posted to her website, Delgado said: "I was elected to solve problems."\n\nIn a video posted on Facebook, Turner said he would run again.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['Delgado', 'said:', 'I was elected to solve problems.'],
      ['Turner', 'said', 'he would run again'],
    ])
  })

  it('not one that opens the sentence as its subject', () => {
    const found = records('Vote\n\nA statement posted to her website said she would run.\n')
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['A statement posted to her website', 'said', 'she would run'],
    ])
  })

  it('a message posted as the verb’s object still reports', () => {
    const found = records('Vote\n\nShe posted a statement to her website saying she would run.\n')
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['She', 'posted'],
    ])
  })
})

describe('a subject read for a cue after “and”', () => {
  it('keeps “for” or “on” between capitalised words of a name', () => {
    const found = records(
      "Teachers\n\nThe Department for Education said the rise was 'fair' and warned that strikes would 'harm education'.\n",
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['The Department for Education', 'said'],
      ['The Department for Education', 'said'],
      ['The Department for Education', 'warned'],
      ['The Department for Education', 'warned'],
    ])
    // (Not before a lower-case word: “Republicans for years …”.)
    const years = records(
      "Trade\n\nRepublicans for years said trade was 'good' and warned that tariffs would 'hurt farmers'.\n",
    )
    expect(years.at(-1)?.speaker?.text).toBe('Republicans')
  })
})

describe('an attribution of a document that ends the sentence', () => {
  it('ends the content of a cue before it', () => {
    const fields = (text: string) =>
      records(text).map((record) => [record.speaker?.text, record.cue?.text, record.text])
    expect(fields('Papers\n\nThe minister knew about the warnings, records show.\n')).toEqual([
      ['records', 'show', 'The minister knew about the warnings'],
    ])
    expect(fields('Papers\n\nHe agreed to sell it in 2010, court records show.\n')).toEqual([
      ['court records', 'show', 'He agreed to sell it in 2010'],
    ])
  })

  it('in a headline, with no closing mark', () => {
    const found = records('Minister knew of warnings, records show\n\nThe papers were released.\n')
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['records', 'show', 'Minister knew of warnings'],
    ])
  })
})

describe('a quotation that opens the object of a cue in the present', () => {
  it('is read as that of a cue in the past', () => {
    const fields = (text: string) =>
      records(text).map((record) => [
        record.kind,
        record.speaker?.text,
        record.cue?.text,
        record.text,
      ])
    expect(
      fields("UN chief warns of 'catastrophe' in Gaza\n\nThe envoy spoke in Geneva.\n"),
    ).toEqual([
      ['mixed', 'UN chief', 'warns of', "'catastrophe' in Gaza"],
      ['partial', 'UN chief', 'warns of', 'catastrophe'],
    ])
    // (Not a noun after a possessive: “his claims of …” is what “repeated”
    // reports.)
    expect(fields("Vote\n\nHe repeated his claims of 'fraud' in the count.\n")).toEqual([
      ['mixed', 'He', 'repeated', "his claims of 'fraud' in the count"],
      ['partial', 'He', 'repeated', 'fraud'],
    ])
  })
})

describe('a quotation that ends content before an attribution after it', () => {
  it('opens the content at no cue of an infinitive', () => {
    const found = records(
      'Roaming\n\nThe companies will have three months to respond to the allegations and the process "may go on for some time yet", the spokesman said.\n',
    )
    expect(found.map((record) => [record.kind, record.text])).toEqual([
      [
        'mixed',
        'The companies will have three months to respond to the allegations and the process "may go on for some time yet"',
      ],
      ['partial', 'may go on for some time yet'],
    ])
  })
})

describe('a verb that takes an object right before a copula', () => {
  it('describes the noun before it and reports nothing', () => {
    expect(
      records('Tobacco\n\nThe firms accused were Altria Group and Lorillard Tobacco.\n'),
    ).toEqual([])
    expect(records('Court\n\nThe men charged are due in court on Monday.\n')).toEqual([])
    // (With its object it still reports: “accused the firms of …”.)
    const found = records('Tobacco\n\nThe government accused the firms of lying.\n')
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['The government', 'accused'],
    ])
  })
})

describe('a word in -s after a determiner of plurals', () => {
  it('is a noun, no cue', () => {
    expect(
      records('Budget\n\nOther plans on the table include promoting new industries.\n'),
    ).toEqual([])
    const reports = records(
      'Exchange\n\nOther reports this week said the exchange might sell its unit.\n',
    )
    expect(reports.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['Other reports', 'said'],
    ])
  })

  it('not after “both” or “further”, adverbs as often', () => {
    const found = records('Film\n\nPodliska further alleges that he was fired for his service.\n')
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['Podliska', 'further alleges'],
    ])
  })
})

describe('works written', () => {
  it('are no words reported', () => {
    expect(
      records(
        'Band\n\nEdwards became part of the band, writing lyrics and playing guitar. She wrote the songs for the film. Adams wrote the screenplay based on his book.\n',
      ),
    ).toEqual([])
    const found = records('Band\n\nShe wrote that the band had split.\n')
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['She', 'wrote', 'that the band had split'],
    ])
  })
})

describe('a name before its verb after an acronym told', () => {
  it('opens the content; the acronym is the addressee', () => {
    const fields = (text: string) =>
      records(text).map((record) => [record.cue?.text, record.addressee?.text ?? null, record.text])
    expect(
      fields('Cup\n\nGerrard told the BBC Liverpool were unlikely to win the trophy this year.\n'),
    ).toEqual([['told', 'the BBC', 'Liverpool were unlikely to win the trophy this year']])
    // (Not at a word of the medium's name: “BBC News”, but after it.)
    expect(
      fields('Vote\n\nMr Lammy told BBC News Labour MPs would not get a free vote.\n'),
    ).toEqual([['told', 'BBC News', 'Labour MPs would not get a free vote']])
    expect(fields('Vote\n\nMr Lammy told BBC News Online he would not.\n')).toEqual([
      ['told', 'BBC News Online', 'he would not'],
    ])
  })
})

describe('an according-to source before a summary of the sentence', () => {
  it('ends the content of a cue before it', () => {
    const found = records(
      'Tariffs\n\nThe administration is considering raising tariffs to as much as 50 percent, according to three people familiar with the deliberations, a move that could reignite trade tensions.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      [
        'three people familiar with the deliberations',
        'according to',
        'The administration is considering raising tariffs to as much as 50 percent',
      ],
    ])
  })
})

describe('nouns that look like cues', () => {
  it('after a measure joined by a hyphen', () => {
    expect(records('Bonds\n\nThe yield on the 10-year note rose to 4.9%.\n')).toEqual([])
    const child = records('Fair\n\nA 10-year-old said it was fun.\n')
    expect(child.map((record) => record.speaker?.text)).toEqual(['A 10-year-old'])
  })

  it('of a measure: “basis points”', () => {
    expect(
      records('Rates\n\nThe central bank cut the ratio for banks by 50 basis points to 4%.\n'),
    ).toEqual([])
  })

  it('of a compound: “think tank”', () => {
    const found = records(
      'Economy\n\nThe Paris-based economics think tank said it believed the economy could recover.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['The Paris-based economics think tank', 'said'],
    ])
  })

  it('after a preposition of an event', () => {
    const found = records(
      'Police\n\nPolice were called to the property on Sunday following reports of concern for a woman.\n',
    )
    expect(found).toEqual([])
    const claims = records(
      'Vote\n\nThe move comes amid claims the poll could be marred by fraud.\n',
    )
    expect(claims).toEqual([])
  })
})

describe('a passive “found” of a state', () => {
  it('is no finding', () => {
    expect(records('Woman found dead in flat\n\nA man was arrested.\n')).toEqual([])
    expect(records('Man found guilty of fraud\n\nHe was sentenced.\n')).toEqual([])
    const jury = records('Trial\n\nA jury found Zimmerman not guilty.\n')
    expect(jury.map((record) => [record.speaker?.text, record.text])).toEqual([
      ['A jury', 'Zimmerman not guilty'],
    ])
  })
})

describe('documents counted in figures after “in”', () => {
  it('are data, not a source', () => {
    expect(
      records(
        'Walking\n\nThe review pooled data from more than 30 million people in 196 earlier studies.\n',
      ),
    ).toEqual([])
    const polls = records('Race\n\nTrump has a decisive lead in 2016 polls.\n')
    expect(polls.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      ['2016 polls', 'in'],
    ])
  })
})

describe('a contrast after a medial attribution', () => {
  const fields = (text: string) =>
    records(text).map((record) => [record.speaker?.text, record.cue?.text, record.text])

  it('with an attribution of its own is not the content', () => {
    expect(
      fields(
        'Glasses\n\nThe glasses sold out within hours, the company said, while critics warned that their cameras could be misused.\n',
      ),
    ).toEqual([
      ['the company', 'said', 'The glasses sold out within hours'],
      ['critics', 'warned', 'that their cameras could be misused'],
    ])
    expect(
      fields(
        'Glasses\n\nThe glasses sold out within hours, the company said, even as privacy advocates warned that their cameras could identify strangers.\n',
      ),
    ).toEqual([
      ['the company', 'said', 'The glasses sold out within hours'],
      ['privacy advocates', 'warned', 'that their cameras could identify strangers'],
    ])
  })

  it('with none goes on with the words', () => {
    expect(
      fields(
        'Libya\n\nOne offered to shelter us, Bob said, while others did not necessarily want to help us at all.\n',
      ).map(([, , text]) => text),
    ).toEqual(['while others did not necessarily want to help us at all'])
    expect(
      fields(
        'Schools\n\nMany of the closures, he said, even as late as May, have involved schools.\n',
      ),
    ).toEqual([['he', 'said', 'Many of the closures even as late as May, have involved schools']])
  })
})

describe('a body’s name in a description', () => {
  const speakers = (text: string) =>
    records(text).map((record) => [
      record.speaker?.text,
      record.speaker?.name ?? null,
      record.speaker?.role ?? null,
    ])

  it('after a preposition and an article describes the speaker, as without the article', () => {
    expect(
      speakers(
        'Walking\n\nWalking could prevent early deaths, according to researchers at the University of Cambridge.\n',
      ),
    ).toEqual([
      [
        'researchers at the University of Cambridge',
        'researchers at the University of Cambridge',
        null,
      ],
    ])
  })

  it('before a person’s name from a given name on names the person', () => {
    expect(
      speakers(
        'Spending\n\nChief Secretary to the Treasury Paul Boateng attacked the plans. “They are wrong,” he said.\n',
      ),
    ).toEqual([
      [
        'Chief Secretary to the Treasury Paul Boateng',
        'Paul Boateng',
        'Chief Secretary to the Treasury',
      ],
      ['he', 'Paul Boateng', 'Chief Secretary to the Treasury'],
    ])
  })

  it('counts as one word of a role before a name in apposition', () => {
    const [found] = speakers(
      'Internet\n\n“We have hardly started,” says the new chair of the Internet Engineering Task Force (IETF), Brian Carpenter.\n',
    )
    expect(found?.[1]).toBe('Brian Carpenter')
  })
})

describe('names of bodies that look like people’s', () => {
  const names = (text: string) => records(text).map((record) => record.speaker?.name ?? null)

  it('a word after an article, or one in -ian that names no people, is no person', () => {
    // (Not “the Guardian” for a later “she”, which stands for no one before.)
    expect(
      names(
        'Album\n\nThe Guardian called it “a quiet triumph.” “Honestly? I try not to read it,” she laughs.\n',
      ),
    ).toEqual(['Guardian', 'Guardian', null])
    expect(
      names(
        'Album\n\nHer producer, James Okoro, agrees. The Guardian called it “a quiet triumph.”\n',
      ),
    ).toEqual(['Guardian', 'Guardian'])
  })
})

describe('an object named as something after its apposition', () => {
  it('goes on to what it is named as', () => {
    const found = records(
      'Album\n\nMorrow describes the new album, Harbour, as “the most honest thing I have ever made.”\n',
    )
    expect(found.map((record) => [record.kind, record.speaker?.text, record.text])).toEqual([
      ['mixed', 'Morrow', 'the new album, Harbour, as “the most honest thing I have ever made.”'],
      ['partial', 'Morrow', 'the most honest thing I have ever made.'],
    ])
  })

  it('not after “as well as”, nor for a cue that names nothing as', () => {
    const thanked = records(
      'Win\n\nTrump thanked his parents, his siblings, his wife and his children, as well as his campaign manager.\n',
    )
    expect(thanked.map((record) => record.text)).toEqual([
      'his parents, his siblings, his wife and his children',
    ])
    const described = records(
      'Day\n\nHe described a day at home, in Vermont, as well as his plans.\n',
    )
    expect(described.map((record) => record.text)).toEqual(['a day at home, in Vermont'])
  })
})

describe('a headline’s speaker after its quotation, in title case', () => {
  it('ends with the word after a given name', () => {
    const speaker = (headline: string) =>
      records(`${headline}\n\nShe has spent three years away.\n`).map((record) => [
        record.speaker?.text,
        record.speaker?.name,
      ])
    expect(speaker('‘I never wanted to be famous’: Singer Ava Morrow on her new album')).toEqual([
      ['Singer Ava Morrow', 'Ava Morrow'],
    ])
    // (Else with its second word.)
    expect(speaker('‘We have to stop pretending’: Union Boss Vows Strike')).toEqual([
      ['Union Boss', 'Union Boss'],
    ])
  })
})

describe('a clause joined after a medial attribution', () => {
  const fields = (text: string) =>
    records(text).map((record) => [record.speaker?.text, record.cue?.text, record.text])

  it('with an attribution of its own is not the first one’s content', () => {
    expect(
      fields(
        'Storm\n\nA man was killed when a tree fell on his car, state police said, and a woman died after being struck by a branch, according to local officials.\n',
      ),
    ).toEqual([
      ['state police', 'said', 'A man was killed when a tree fell on his car'],
      ['local officials', 'according to', 'a woman died after being struck by a branch'],
    ])
    expect(
      fields(
        'Tunnel\n\nThe truck market is improving, Eurotunnel said, but warned that it was not benefiting.\n',
      ),
    ).toEqual([
      ['Eurotunnel', 'said', 'The truck market is improving'],
      ['Eurotunnel', 'warned', 'that it was not benefiting'],
    ])
  })

  it('with none goes on with the first', () => {
    expect(
      fields(
        'Storm\n\nA man was killed when a tree fell on his car, police said, and a woman died after being struck by a branch.\n',
      ).map(([, , text]) => text),
    ).toEqual([
      'A man was killed when a tree fell on his car and a woman died after being struck by a branch',
    ])
  })
})

describe('a call for a quotation', () => {
  it('with words after it is mixed, unlike what a naming verb names', () => {
    const found = records('Tax\n\nBackbenchers called for “fair taxes” in the Budget.\n')
    expect(found.map((record) => [record.kind, record.cue?.text, record.text])).toEqual([
      ['mixed', 'called for', '“fair taxes” in the Budget'],
      ['partial', 'called for', 'fair taxes'],
    ])
    const named = records(
      'Race\n\nTrump called Cruz the “ultimate hypocrite,” linking to a video.\n',
    )
    expect(named.map((record) => [record.kind, record.text])).toEqual([
      ['mixed', 'Cruz the “ultimate hypocrite,”'],
      ['partial', 'ultimate hypocrite'],
    ])
  })
})

describe('nouns of speech in their base form after “a”', () => {
  const fields = (text: string) =>
    records(text).map((record) => [record.speaker?.text ?? null, record.cue?.text, record.text])

  it('are nouns, so the noun phrase is the speaker of the verb after it', () => {
    expect(
      fields('Won\n\nA South Korean parliamentary report suggested the country should sell.\n'),
    ).toEqual([['A South Korean parliamentary report', 'suggested', 'the country should sell']])
    expect(
      fields(
        'Oil\n\nPrices rose despite a US government report that showed supplies were rising.\n',
      ),
    ).toEqual([])
  })

  it('not after a quantity, nor before a clause they report', () => {
    expect(fields('Sales\n\nA few analysts report that sales fell.\n')).toEqual([
      ['A few analysts', 'report', 'that sales fell'],
    ])
    expect(
      fields('Iraq\n\nHe spoke on Monday, repeating a false claim that he opposed the invasion.\n'),
    ).toEqual([[null, 'claim', 'that he opposed the invasion']])
  })
})

describe('“compared to” or “with” right after a word', () => {
  it('is a comparison, no cue', () => {
    expect(
      records('Cars\n\nUS sales at GM sank 12.7% in February compared to a year ago.\n'),
    ).toEqual([])
    const found = records('Abortion\n\nShe compared abortion to the Holocaust.\n')
    expect(found.map((record) => [record.cue?.text, record.text])).toEqual([
      ['compared', 'abortion to the Holocaust'],
    ])
  })
})

describe('a capitalised word in -ing before a plural that ends the speaker', () => {
  it('is a noun before its verb, not a participle’s clause', () => {
    const speakers = (text: string) => records(text).map((record) => record.speaker?.text ?? null)
    expect(
      speakers('Rents\n\nHousing charities say thousands of families will face eviction.\n'),
    ).toEqual(['Housing charities'])
    // (Not before a participle: “Holding signs calling Christie “…”” names no speaker.)
    expect(
      speakers(
        'Vote\n\nSome critics waited in the snow.\n\nHolding signs calling Christie “New Jersey’s Biggest Loser,” the protesters chanted “Bad for New Jersey.”\n',
      ),
    ).not.toContain('Holding signs')
  })
})

describe('a word in -ed after “and” that describes a subject of the content', () => {
  it('keeps the joined subject and its verb in the content', () => {
    const texts = (text: string) => records(text).map((record) => record.text)
    expect(
      texts(
        'Storms\n\nThe director said the heat and unsettled weather could last through the end of the week.\n',
      ),
    ).toEqual(['the heat and unsettled weather could last through the end of the week'])
    // (A verb after “and” with no noun and auxiliary after it goes on with the speaker.)
    expect(
      texts('Storms\n\nThe director said the heat and flooded the streets for a week.\n'),
    ).toEqual(['the heat'])
  })
})

describe('a relative clause that “that” opens inside an apposition', () => {
  it('is part of the speaker, whose name stands before it', () => {
    const speakers = (text: string) => records(text).map((record) => record.speaker?.text)
    expect(
      speakers(
        'Gifts\n\nFeeding Britain, a charity that works with food banks across the country, said the gifts were generous.\n',
      ),
    ).toEqual(['Feeding Britain, a charity that works with food banks across the country,'])
    // (“that” after a verb opens the content: “said that …”.)
    expect(
      records('Gifts\n\nThe charity said that the gifts were generous.\n').map(
        (record) => record.text,
      ),
    ).toEqual(['that the gifts were generous'])
  })
})

describe('places after “in” and a plural noun of sources', () => {
  it('are part of the speaker that the noun opens', () => {
    const speakers = (text: string) => records(text).map((record) => record.speaker?.text)
    expect(
      speakers('Rules\n\nOfficials in Texas, Ohio and Florida said the rules were unfair.\n'),
    ).toEqual(['Officials in Texas, Ohio and Florida'])
    expect(speakers('Rules\n\nMayors in Leeds and Bradford said the plan was unfair.\n')).toEqual([
      'Mayors in Leeds and Bradford',
    ])
  })
})

describe('a pronoun after a quotation', () => {
  it('does not stand for a name inside the quotation', () => {
    const names = (text: string) => records(text).map((record) => record.speaker?.name)
    expect(
      names(
        'Canvassers\n\nWayne Borders left his restaurant job to canvass.\n\n"He helped Jesse Jackson win the state," he said.\n',
      ),
    ).toEqual(['Wayne Borders'])
  })

  it('stands for a woman whose first name says so over a speaker before her', () => {
    const names = (text: string) => records(text).map((record) => record.speaker?.name)
    expect(
      names(
        'Floods\n\nMarisol Vega was the only nurse on the floor.\n\nA spokeswoman, Jenna Cole, said the wall had passed inspection.\n\nVega paused.\n\n"Listen to the people who work here," she said.\n',
      ),
    ).toEqual(['Jenna Cole', 'Marisol Vega'])
  })
})

describe('a participle and its preposition that open an apposition', () => {
  it('are part of the speaker before the cue', () => {
    const speakers = (text: string) => records(text).map((record) => record.speaker?.text)
    expect(
      speakers('Tour\n\nThe singer, known as the Queen of Soul, said she was tired.\n'),
    ).toEqual(['The singer, known as the Queen of Soul,'])
    expect(
      speakers(
        'Blog\n\nEllen Simonetti, known as Queen of the Sky, wrote an account of her life.\n',
      ),
    ).toEqual(['Ellen Simonetti, known as Queen of the Sky,'])
  })
})

describe('nouns of people in features, sport and the arts', () => {
  it('end the speaker after a quoted headline', () => {
    const found = records(
      "'I never wanted to be famous': Olympic champion on life after gold\n\nThree years after winning gold, rower Helen Glover is back on the water, and she says she has never been happier.\n",
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['Olympic champion', 'Olympic champion'],
      ['she', 'Helen Glover'],
    ])
  })
})

describe('“Dame” before a name', () => {
  it('tells a woman, whom “he” does not stand for', () => {
    const found = records(
      'Welfare\n\nSir Keir Starmer faces a revolt.\n\nThe amendment was tabled by Dame Meg Hillier.\n\nThe prime minister said he would not be moved.\n\nHe added: "The system is broken."\n',
    )
    expect(found.map((record) => record.speaker?.name)).toEqual([
      'The prime minister',
      'Keir Starmer',
    ])
  })
})

describe('a headline’s verb in the present before a participle’s comma', () => {
  it('ends the subject that the participle reports for', () => {
    const speakers = (headline: string) =>
      records(`${headline}\n\nThe vote was held on Thursday.\n`).map(
        (record) => record.speaker?.text,
      )
    expect(speakers('Senate Democrats block border bill, blaming GOP for stunt')).toEqual([
      'Senate Democrats',
    ])
    expect(speakers('Former Trump aide quits, citing pressure')).toEqual(['Former Trump aide'])
  })
})

describe('a quotation after a sentence whose subject is a person', () => {
  const speakers = (text: string) =>
    records(text).map((record) => [record.kind, record.speaker?.text ?? null])

  it('is that person’s after a verb in the present that ends the subject', () => {
    expect(
      speakers(
        'Rowing\n\nHelen Glover pauses. "Never say never. But I think my kids will decide."\n',
      ),
    ).toEqual([['direct', 'Helen Glover']])
    // (Not a plural noun of people after a name, nor a noun after an article.)
    expect(
      speakers('Spies\n\nOther former CIA officers with experience said seeking help was right.\n'),
    ).toEqual([['indirect', 'Other former CIA officers with experience']])
  })

  it('is the subject’s of a main clause after “Asked …,” whose question it answers', () => {
    expect(
      speakers(
        'Rowing\n\nAsked whether she will compete again, Helen Glover pauses. "Never say never. But I think my kids will decide."\n',
      ),
    ).toEqual([
      ['indirect', null],
      ['direct', 'Helen Glover'],
    ])
    expect(
      speakers('Plan\n\nAsked about the plan, Smith said it was fine. "We are happy with it."\n'),
    ).toEqual([
      ['indirect', null],
      ['indirect', 'Smith'],
      ['direct', 'Smith'],
    ])
  })
})

describe('a word in -ing between a possessive and its noun', () => {
  it('is part of the speaker, not a cue', () => {
    const speakers = (text: string) => records(text).map((record) => record.speaker?.text)
    expect(speakers("Homes\n\nThe council's planning committee said the plan was fine.\n")).toEqual(
      ["The council's planning committee"],
    )
  })
})

describe('a past participle not in -ed and its agent after a noun', () => {
  it('describe the noun and report nothing', () => {
    const found = records(
      'Springer\n\nTalk show host Jerry Springer, whose programme inspired the opera shown by the BBC, has said he would not have written it.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text])).toEqual([
      [
        'Talk show host Jerry Springer, whose programme inspired the opera shown by the BBC,',
        'has said',
      ],
    ])
    expect(
      records(
        'Search\n\nNet users lack awareness about paid-for results that many search engines provide alongside lists of websites found by indexing the web.\n',
      ),
    ).toEqual([])
  })
})

describe('the commas of a body’s name after “according to”', () => {
  it('go on with the source', () => {
    const found = records(
      'Exports\n\nAccording to figures from the Ministry of Economy, Trade and Industry (METI), the decline was led by a fall in exports.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.text])).toEqual([
      [
        'figures from the Ministry of Economy, Trade and Industry (METI)',
        'the decline was led by a fall in exports',
      ],
    ])
    // (Not a comma before a relative clause: the source ends there.)
    expect(
      records(
        'Prices\n\nPrices rose, according to the Bank of England, which said rates would fall.\n',
      ).map((record) => record.speaker?.text),
    ).toEqual(['the Bank of England', 'which'])
  })
})

describe('“as” before the speaker after a quotation', () => {
  it('is no part of the speaker when the cue ends the clause', () => {
    const speakers = (text: string) =>
      records(text).map((record) => [record.kind, record.speaker?.text ?? null])
    expect(speakers('Rule\n\nThe rule is "unfair," as one official put it.\n')).toEqual([
      ['mixed', 'one official'],
      ['partial', 'one official'],
    ])
    // (Not before a cue with words of its own: “as” is a conjunction.)
    expect(
      speakers(
        'Rally\n\nHe worked the crowd, praising "her integrity" as he promised to defend Social Security.\n',
      ),
    ).not.toContainEqual(['partial', 'he'])
  })
})

describe('a relative clause without its pronoun, whose verb follows the cue', () => {
  it('has a speaker that opens with its last article', () => {
    const speakers = (text: string) => records(text).map((record) => record.speaker?.text)
    expect(
      speakers(
        'Poll\n\nRespect, the mainstream party a 2004 ICM survey showed was benefiting most, came second.\n',
      ),
    ).toEqual(['a 2004 ICM survey'])
    // (Not a capitalised article, which opens a title: “in the film The
    // Outlaw, said”.)
    expect(
      speakers(
        'Film\n\nVeteran actress Jane Russell, who starred in the film The Outlaw, said was impressed.\n',
      ),
    ).toEqual(['Veteran actress Jane Russell, who starred in the film The Outlaw,'])
  })
})

describe('a pronoun after a quotation, with someone described but not named in the sentence before', () => {
  const names = (text: string) => records(text).map((record) => record.speaker?.name ?? null)

  it('stands for the one described', () => {
    expect(
      names(
        'Death\n\nAnn Smith said it was a shock.\n\nA neighbour, who did not want to be named, said the street was quiet.\n\n"She was always smiling," she told the BBC.\n',
      ),
    ).toEqual(['Ann Smith', 'A neighbour', 'A neighbour'])
  })

  it('not for one whose noun says another gender', () => {
    expect(
      names(
        'Rally\n\nBetsy Ebeling said the crowd was loud. A young man said it was rude. "I got angry," she said.\n',
      ),
    ).toEqual(['Betsy Ebeling', 'A young man', 'Betsy Ebeling'])
  })

  it('not for one who asks, nor one described with an article that names someone known', () => {
    expect(
      names(
        'Vote\n\nJohn Kerr said the vote was close. A reporter asked whether he would run. "I might," he said.\n',
      ).at(-1),
    ).toBe('John Kerr')
    expect(
      names(
        'Vote\n\nJohn Kerr said the vote was close. The senator said it was fair. "I might," he said.\n',
      ).at(-1),
    ).toBe('John Kerr')
  })
})

describe('a name whose particles are in lower case, in apposition', () => {
  const speakers = (text: string) =>
    records(text).map((record) => [record.speaker?.text, record.speaker?.name])

  it('after a role', () => {
    expect(
      speakers(
        'Gaza\n\nA senior Hamas official, Khalil al-Hayya, said the group would abide by the deal.\n',
      ),
    ).toEqual([['A senior Hamas official, Khalil al-Hayya,', 'Khalil al-Hayya']])
    expect(
      speakers(
        'Brussels\n\nThe commission’s president, Ursula von der Leyen, said the deal was done.\n',
      ),
    ).toEqual([['The commission’s president, Ursula von der Leyen,', 'Ursula von der Leyen']])
  })

  it('before a role', () => {
    expect(
      speakers('Egypt\n\nAbdel Fattah el-Sisi, the country’s president, said the deal was done.\n'),
    ).toEqual([['Abdel Fattah el-Sisi, the country’s president,', 'Abdel Fattah el-Sisi']])
  })
})

describe('a quotation of short sentences, no title', () => {
  it('is direct when a short word in lower case is no article, conjunction nor preposition', () => {
    expect(records('Film\n\n"Loved it. Hated the mud."\n').map((record) => record.kind)).toEqual([
      'direct',
    ])
    // (A title leaves those in lower case: “Orange is the New Black”.)
    expect(
      records('TV\n\nShe starred in "The Art of the Deal" and "Orange is the New Black".\n').map(
        (record) => record.kind,
      ),
    ).not.toContain('direct')
  })
})

describe('the answers of an interview', () => {
  const speakers = (text: string) =>
    records(text).map((record) => [record.text, record.speaker?.name ?? null])

  it('are spoken by whom the paragraphs before last quoted, after a question of the writer', () => {
    expect(
      speakers(
        'Interview\n\nOlivia Colman is late. "I am sorry," she says.\n\nHer husband is a writer. Does fame make family life harder?\n\n"Not really. The kids think I am embarrassing."\n',
      ),
    ).toEqual([
      ['I am sorry', 'Olivia Colman'],
      ['Not really. The kids think I am embarrassing.', 'Olivia Colman'],
    ])
  })

  it('not after a question that quotes someone, nor a quotation long before', () => {
    expect(
      speakers(
        'Interview\n\nOlivia Colman is late. "I am sorry," she says.\n\nHe asked, "Does fame make life harder?"\n\n"Not really."\n',
      ).at(-1),
    ).toEqual(['Not really.', null])
    expect(
      speakers(
        'Interview\n\n"I am sorry," Olivia Colman says.\n\nOne.\n\nTwo.\n\nThree.\n\nWhy?\n\n"Not really."\n',
      ).at(-1),
    ).toEqual(['Not really.', null])
  })
})

describe('words right after a preposition that opens the sentence', () => {
  const found = (text: string) =>
    records(text).map((record) => [record.speaker?.text ?? null, record.cue?.text ?? null])

  it('are no speaker of the cue right after them', () => {
    expect(
      found('Ruling\n\nIn court documents filed Monday, the state said the law was fair.\n'),
    ).toEqual([['the state', 'said']])
  })

  it('a verb in “-s” after a determiner and a noun is still a cue', () => {
    expect(found('Prison\n\nThe report documents abuses at the prison.\n')).toEqual([
      ['The report', 'documents'],
    ])
  })
})

describe('a place after a preposition that opens the sentence', () => {
  it('is no name in apposition to the speaker after it', () => {
    const speakers = (text: string) =>
      records(text).map((record) => [record.speaker?.text, record.speaker?.name])
    expect(
      speakers(
        'Storm\n\nIn Cardiff, resident Gareth Jones, 45, said a tree had crashed through his roof.\n',
      ),
    ).toEqual([['resident Gareth Jones, 45,', 'Gareth Jones']])
    // (A name that opens the sentence still is.)
    expect(speakers('Storm\n\nGareth Jones, a resident, said a tree had crashed.\n')).toEqual([
      ['Gareth Jones, a resident,', 'Gareth Jones'],
    ])
  })
})

describe('a noun phrase and its apposition after a phrase that opens the sentence', () => {
  const speakers = (text: string) => records(text).map((record) => record.speaker?.text)

  it('is the speaker, without the opener', () => {
    expect(
      speakers('Deal\n\nOn Monday, the senator, a Democrat, said the deal was done.\n'),
    ).toEqual(['the senator, a Democrat,'])
    expect(
      speakers(
        'Deal\n\nSpeaking in Leeds, the minister, a former teacher, said the deal was done.\n',
      ),
    ).toEqual(['the minister, a former teacher,'])
    expect(
      speakers('Deal\n\nSeparately, the senator, a Democrat, said the deal was done.\n'),
    ).toEqual(['the senator, a Democrat,'])
  })

  it('a surname in “-ly” is still a name in apposition', () => {
    expect(speakers('Deal\n\nDaly, a Democrat, said the deal was done.\n')).toEqual([
      'Daly, a Democrat,',
    ])
  })
})

describe('a person a sentence introduces, for a pronoun after', () => {
  const names = (text: string) => records(text).map((record) => record.speaker?.name ?? null)

  it('after a role that capitalised words open (“Chelsea boss”)', () => {
    expect(
      names(
        'Derby\n\nArsenal manager Mikel Arteta praised his side. "We responded," he said.\n\nChelsea boss Enzo Maresca was frustrated by the goal, which he felt should have been ruled out.\n',
      ),
    ).toEqual(['Mikel Arteta', 'Mikel Arteta', 'Enzo Maresca'])
  })

  it('after an adverb of place that opens the sentence (“Back in the village,”)', () => {
    expect(
      names(
        'Buses\n\n"We are determined," a spokesperson says.\n\nBack in the village, Tom Watts, 67, is blunter. "They have forgotten about us," he says.\n',
      ),
    ).toEqual(['a spokesperson', 'Tom Watts'])
  })

  it('with a first name given to women and men alike, of no gender', () => {
    expect(
      names(
        'Boeing\n\nAnn Lee said the talks had stalled.\n\nChief Executive Kelly Ortberg spoke on Monday. "We are better off," she said.\n',
      ),
    ).toEqual(['Ann Lee', 'Kelly Ortberg'])
  })
})

describe('a role with a preposition after it, then a name in apposition', () => {
  const speakers = (text: string) =>
    records(text).map((record) => [record.speaker?.text, record.speaker?.name])

  it('is the speaker, named by the name', () => {
    expect(
      speakers('Rent\n\nA spokesman for the landlord, John Smith, said the rent was fair.\n'),
    ).toEqual([['A spokesman for the landlord, John Smith,', 'John Smith']])
    expect(
      speakers(
        'Rent\n\nA representative for the landlord, Arthur Realty Group, did not respond to requests for comment.\n',
      ).map(([text]) => text),
    ).toEqual(['A representative for the landlord, Arthur Realty Group,'])
  })

  it('not the state of a town the role ends with', () => {
    expect(
      speakers(
        'Convention\n\nChristopher Harvey, a delegate from Houston, Texas, said it was a circus.\n',
      ),
    ).toEqual([['Christopher Harvey, a delegate from Houston, Texas,', 'Christopher Harvey']])
  })
})

describe('“read” after a document and whose it is', () => {
  const found = (text: string) =>
    records(text).map((record) => [record.speaker?.text ?? null, record.cue?.text ?? null])

  it('is a cue', () => {
    expect(found('Fine\n\nA statement from the company read: "We welcome the action."\n')).toEqual([
      ['A statement from the company', 'read:'],
    ])
  })

  it('not after a relative pronoun or a participle', () => {
    expect(
      found(
        'Zika\n\nShe retweeted a message from her adviser, Ann Lee, that read: "Senate Democrats are right."\n',
      ).map(([, cue]) => cue),
    ).not.toContain('read:')
  })
})

describe('a title before one word', () => {
  const names = (text: string) => records(text).map((record) => record.speaker?.name)

  it('names a company with a word of business or of a body', () => {
    expect(names('Cars\n\nGeneral Motors said the plant would close.\n')).toEqual([
      'General Motors',
    ])
    expect(names('Food\n\nPremier Foods said profits had risen.\n')).toEqual(['Premier Foods'])
    expect(names('Visas\n\nThe State Department said visas were delayed.\n')).toEqual([
      'State Department',
    ])
  })

  it('is a title before a surname (“General Mattis”, “Premier Li Qiang”)', () => {
    expect(names('Troops\n\nGeneral Mattis said the troops would stay.\n')).toEqual(['Mattis'])
    expect(names('Trade\n\nVice Premier Ding Xuexiang said trade would grow.\n')).toEqual([
      'Ding Xuexiang',
    ])
  })
})

describe('a cue after “worth”', () => {
  it('is the writer’s aside, no attribution', () => {
    expect(
      records(
        "Taxes\n\nIt's worth noting that this is the first time the question has been asked.\n",
      ),
    ).toEqual([])
    // (Not a cue with no “worth” before it.)
    expect(
      records('Taxes\n\nThe senator said the plan was fair, noting that it passed.\n').map(
        (record) => record.cue?.text,
      ),
    ).toContain('noting')
  })
})

describe('the writer’s words on what was said, after a dash or a comma', () => {
  const contents = (text: string) => records(text).map((record) => record.text)

  it('end the content: a noun of speech and its relative clause', () => {
    expect(
      contents(
        'Vaccines\n\nThe secretary said in a post that parents should decide — a statement that drew sharp criticism.\n',
      ),
    ).toEqual(['that parents should decide'])
  })

  it('not a noun of speech whose clause has a subject of its own, in a list', () => {
    expect(
      contents(
        'Attacks\n\nHis allies intend to use three arguments: the seizures, the 1999 admission that he was pro-choice, and his tax plan.\n',
      )[0],
    ).toContain('the 1999 admission that he was pro-choice')
  })
})

describe('a surname with a particle', () => {
  const names = (text: string) => records(text).map((record) => record.speaker?.name)

  it('names the full name read before, the particle in lower case or capitalised', () => {
    expect(
      names(
        'Mayor\n\nBill de Blasio said the deal was done. Later, de Blasio said it was fragile. De Blasio said it would hold.\n',
      ),
    ).toEqual(['Bill de Blasio', 'Bill de Blasio', 'Bill de Blasio'])
    expect(
      names(
        'Water\n\nJulio De Vido, the planning minister, said tariffs would not rise. Mr De Vido said the plan was fair.\n',
      ),
    ).toEqual(['Julio De Vido', 'Julio De Vido'])
    expect(
      names(
        'Gaza\n\nKhalil al-Hayya said the deal was done. Later, al-Hayya said it was fragile.\n',
      ),
    ).toEqual(['Khalil al-Hayya', 'Khalil al-Hayya'])
  })

  it('not a body’s name that opens with a particle (“Der Spiegel”)', () => {
    expect(
      names(
        'Exchange\n\nDer Spiegel reported the talks. German magazine Der Spiegel said they had failed.\n',
      ).at(-1),
    ).toBe('Der Spiegel')
  })
})

describe('a title in capitals after “The”, then a name in apposition', () => {
  it('is the speaker, named by the name', () => {
    const speakers = (text: string) =>
      records(text).map((record) => [record.speaker?.text, record.speaker?.name])
    expect(
      speakers('Visas\n\nThe Home Secretary, James Cleverly, said the changes would work.\n'),
    ).toEqual([['The Home Secretary, James Cleverly,', 'James Cleverly']])
    // (Not a title after words in lower case: “The film shows Mr Howard
    // laughing at Rory Bremner's impression …, which he calls …”.)
    expect(
      speakers(
        'Film\n\nMichael Howard was home secretary. The film shows Mr Howard laughing at Rory Bremner’s impression of him, which he calls "good fun".\n',
      ).at(-1),
    ).toEqual(['he', 'Michael Howard'])
  })
})

describe('an adverb of time between a cue and “that”', () => {
  it('belongs to the cue, not to the content', () => {
    const [afterward] = records(
      'Game\n\nMike Love finished 24 of 33. He said afterward that the loss was painful.\n',
    )
    expect(afterward?.cue?.text).toBe('said afterward')
    expect(afterward?.text).toBe('that the loss was painful')
    expect(records('Game\n\nMike Love lost. He said yesterday that it hurt.\n')[0]?.text).toBe(
      'that it hurt',
    )
    // (Not the programme of “told Today that”.)
    expect(
      records('Radio\n\nMr Milburn told Today that Labour wanted reform.\n')[0]?.cue?.text,
    ).toBe('told')
  })
})

describe('a sports position before a name', () => {
  it('is a title, so a later “he” may stand for a name of no gender after it', () => {
    const found = records(
      'Lions\n\nJared Goff threw for 315 yards.\n\nPackers quarterback Jordan Love finished 24 of 33. He said the loss hurt.\n',
    )
    expect(found.at(-1)?.speaker?.name).toBe('Jordan Love')
  })
})

describe('a signature after a dash', () => {
  const speakers = (text: string) =>
    records(text).map((record) => [record.speaker?.text, record.cue?.text])

  it('names the speaker of a quotation that ends its sentence, at the end of its paragraph', () => {
    expect(
      speakers(
        'Reactions\n\n- “We look forward to working with the new government.” — U.S. Secretary of State Marco Rubio\n',
      ),
    ).toEqual([['U.S. Secretary of State Marco Rubio', '—']])
    // (Not a dash that opens a sentence going on in the paragraph.)
    expect(
      speakers('Reactions\n\n“We won.” — and then the crowd went home. It rained.\n')[0]?.[0],
    ).toBeUndefined()
  })

  it('may say where it was said after a comma', () => {
    expect(
      speakers(
        'Reactions\n\n“A victory for common sense.” - Geert Wilders, on X\n\n“A good day,” — Mark Rutte, in a statement on Friday\n',
      ),
    ).toEqual([
      ['Geert Wilders', '-'],
      ['Mark Rutte', '—'],
    ])
    // (Not what is no place nor medium: “, who lost”.)
    expect(
      speakers('Reactions\n\n“A good day,” — Mark Rutte, who lost the vote\n')[0]?.[0],
    ).not.toBe('Mark Rutte')
  })
})

describe('a cue in a relative clause of the subject', () => {
  const attributions = (text: string) =>
    records(text).map((record) => [record.speaker?.text, record.cue?.text, record.text])

  it('is no attribution before a verb of saying; the verb is the cue, the clause part of its speaker', () => {
    expect(
      attributions(
        'Office\n\nA woman who answered the phone at the office said she could not comment.\n',
      ),
    ).toEqual([['A woman who answered the phone at the office', 'said', 'she could not comment']])
    expect(
      attributions('Detention\n\nPeople who know the president say he is angry.\n')[0]?.[1],
    ).toBe('say')
  })

  it('but a clause between commas, or with no verb of saying after its object, is one', () => {
    expect(
      attributions('Letter\n\nSmith, who wrote the letter, said he was sorry.\n').map(
        (record) => record[1],
      ),
    ).toEqual(['wrote', 'said'])
    expect(
      attributions('Letter\n\nThe man who wrote that the plan would fail was right.\n')[0]?.[1],
    ).toBe('wrote')
  })
})

describe('a radio transcript’s labels with roles', () => {
  const input =
    'Farmers brace for a dry spring\n\nSTEVE INSKEEP, HOST:\n\nFarmers are heading into planting season with dry soil.\n\nFRANK MORRIS, BYLINE: On a windy morning, Tom Bauer kicks at a clod of dirt.\n\nTOM BAUER: There is no moisture in it at all.\n\nINSKEEP: Frank, what are farmers doing?\n'

  it('name the speaker before the comma, and a label alone says the paragraph after it', () => {
    const tree = parseNews(input)
    expect(tree.children.some((node) => node.type === 'BylineNode')).toBe(false)
    expect(records(input).map((record) => [record.speaker?.name, record.text])).toEqual([
      ['STEVE INSKEEP', 'Farmers are heading into planting season with dry soil.'],
      ['FRANK MORRIS', 'On a windy morning, Tom Bauer kicks at a clod of dirt.'],
      ['TOM BAUER', 'There is no moisture in it at all.'],
      ['STEVE INSKEEP', 'Frank, what are farmers doing?'],
    ])
  })

  it('but a heading in capitals alone says nothing of the paragraph after it', () => {
    expect(
      records('Zimmerman\n\nPREVIOUSLY:\n\nGeorge Zimmerman is selling the gun.\n').map(
        (record) => record.speaker?.text,
      ),
    ).not.toContain('PREVIOUSLY')
  })
})

describe('“per” before a source', () => {
  const attributions = (text: string) =>
    records(text).map((record) => [record.speaker?.name, record.cue?.text, record.text])

  it('reads as “according to” opening its sentence or after a comma', () => {
    expect(
      attributions(
        'Shooting\n\nPer the release, the victim was shot once in the leg. Per CNN, the talks failed.\n',
      ),
    ).toEqual([
      ['the release', 'Per', 'the victim was shot once in the leg'],
      ['CNN', 'Per', 'the talks failed'],
    ])
    expect(
      attributions('Boeing\n\nBoeing will delay the jet until 2026, per the filing.\n')[0]?.slice(
        1,
      ),
    ).toEqual(['per', 'Boeing will delay the jet until 2026'])
  })

  it('but not as a rate or a measure', () => {
    expect(
      records(
        'Prices\n\nShares rose 5 per cent. Gas costs $3 per gallon. Per capita income rose.\n',
      ),
    ).toEqual([])
  })
})

describe('a verb right after the comma that closes “according to” in the middle of a sentence', () => {
  it('goes on with the subject before the cue, and the content is both', () => {
    const [found] = records(
      'Savings\n\nA quarter of that, according to the McKinley plan, is $40,000 in all.\n',
    )
    expect(found?.text).toBe('A quarter of that is $40,000 in all')
    expect(found?.spans.length).toBe(2)
  })
})

describe('a place between a cue and “that”', () => {
  it('is no part of the content (“said outside court that”)', () => {
    expect(
      records(
        'Fraud\n\nDet Sgt Mark Ellis said outside court that he hoped the sentence would work.\n',
      )[0]?.text,
    ).toBe('that he hoped the sentence would work')
    // (Not a word in -ing that opens a subject: “said following orders was wrong”.)
    expect(records('Orders\n\nHe said following orders was wrong.\n')[0]?.text).toBe(
      'following orders was wrong',
    )
  })
})

describe('a briefing’s transcript', () => {
  it('reads labels with an honorific in capitals, and its questions', () => {
    const input =
      'Press briefing by Press Secretary Karoline Leavitt\n\nMS. LEAVITT: Good afternoon, everybody.\n\nQ: Thank you, Karoline. Does the President plan to meet him?\n\nMS. LEAVITT: I don’t have any scheduling announcements.\n'
    expect(records(input).map((record) => [record.speaker?.text, record.text])).toEqual([
      ['MS. LEAVITT', 'Good afternoon, everybody.'],
      ['Q', 'Thank you, Karoline. Does the President plan to meet him?'],
      ['MS. LEAVITT', 'I don’t have any scheduling announcements.'],
    ])
  })

  it('names a speaker in capitals by the full name read in ordinary case', () => {
    const input =
      'Briefing\n\nPress Secretary Karoline Leavitt spoke on Monday.\n\nMS. LEAVITT: Good afternoon, everybody.\n\nQ: Thank you. Does he plan to go?\n\nMS. LEAVITT: I do not know.\n'
    expect(records(input).map((record) => record.speaker?.name)).toEqual([
      'Karoline Leavitt',
      null,
      'Karoline Leavitt',
    ])
  })

  it('but “Q:” alone, with no speakers named in capitals, is no transcript', () => {
    expect(
      records('Visas\n\nQ: What changes?\n\nThe rules change in April, the minister said.\n').map(
        (record) => record.speaker?.text,
      ),
    ).toEqual(['the minister'])
  })
})

describe('the name of a body that opens with a title', () => {
  it('keeps its title when it has three words or more and ends with a noun of bodies', () => {
    const names = (text: string) => records(text).map((record) => record.speaker?.name)
    expect(
      names(
        'Survey\n\nA survey by the National Education Union found that 68% had considered leaving. The U.S. Chamber of Commerce warned that tariffs would hurt families.\n',
      ),
    ).toEqual(['National Education Union', 'U.S. Chamber of Commerce'])
    // (Not a title before a person's name: “National Security Adviser Mike
    // Waltz”, “Federal Reserve Chair Jerome Powell”.)
    expect(
      names(
        'Talks\n\nNational Security Adviser Mike Waltz said it was over. Federal Reserve Chair Jerome Powell said rates would hold.\n',
      ),
    ).toEqual(['Mike Waltz', 'Jerome Powell'])
  })
})

describe('lines of notes under a heading', () => {
  it('are no transcript when no name opens two of them', () => {
    const input =
      'Chiefs rally past Bills\n\nPatrick Mahomes threw three touchdown passes.\n\nINJURIES\n\nBills: S Damar Hamlin left in the third quarter with a hamstring injury.\n\nChiefs: RT Jawaan Taylor (ankle) was inactive.\n\nUP NEXT\n\nBills: Host the Miami Dolphins next Sunday.\n\nChiefs: At the Las Vegas Raiders on Thanksgiving.\n'
    expect(records(input)).toEqual([])
  })

  it('but are a transcript’s when a name opens two of them', () => {
    // (“PART ONE” is a heading, under a paragraph.)
    const input =
      'Interview\n\nThe talk went on for an hour.\n\nPART ONE\n\nMatthews: Hello there, everyone.\n\nLopez: Hello to you, my friend.\n\nMatthews: How are you today?\n'
    expect(records(input).map((record) => record.speaker?.text)).toEqual([
      'Matthews',
      'Lopez',
      'Matthews',
    ])
  })
})

describe('a kicker that opens a headline', () => {
  it('is no part of what the headline reports', () => {
    const texts = (text: string) => records(text).map((record) => record.text)
    expect(
      texts(
        'Exclusive: Boeing weighs sale of space business, sources say\n\nBoeing is exploring a sale.\n',
      )[0],
    ).toBe('Boeing weighs sale of space business')
    expect(
      texts('Opinion | The housing plan is a half-measure, critics say\n\nThe plan is out.\n')[0],
    ).toBe('The housing plan is a half-measure')
    // (Not a speaker before a colon: “Trump: …”, nor words before a colon
    // that are no section's.)
    expect(texts('Budget talks: The deal is close, officials say\n\nTalks went on.\n')[0]).toBe(
      'Budget talks: The deal is close',
    )
  })
})

describe('an apposition that opens with the possessive of a name of two words', () => {
  it('goes with the name that opens the sentence', () => {
    expect(
      records(
        'Jabs\n\nProf Sir Stephen Powis, NHS England’s national medical director, cautioned that the drugs were risky.\n',
      ).map((record) => [record.speaker?.text, record.speaker?.name]),
    ).toEqual([
      ['Prof Sir Stephen Powis, NHS England’s national medical director,', 'Stephen Powis'],
    ])
  })

  it('but not a name inside a clause that goes on before it', () => {
    const found = records(
      'Davis\n\nThe chorus grew louder Wednesday as Patti Davis, Ronald Reagan’s daughter, attacked Trump for his comments.\n',
    )
    expect(found.map((record) => record.speaker?.text)).toContain('Ronald Reagan’s daughter')
  })
})

describe('a document and where it came out, between commas', () => {
  it('is no attribution of its participle', () => {
    expect(
      records('Poll\n\nThe poll, published in The Age, put the Coalition ahead 51-49.\n'),
    ).toEqual([])
    // (Its cue after it still reports: “The study, published in Nature, found”.)
    expect(
      records(
        'Ice\n\nThe study, published in the journal Nature, found that ice loss had doubled.\n',
      ).map((record) => record.cue?.text),
    ).toEqual(['found'])
  })
})

describe('a message, how it went out, and its own verb', () => {
  it('is the speaker of that verb, its participle no cue', () => {
    const found = records(
      'Jabs\n\nA post shared widely on Facebook claims that the vaccine alters DNA. A video posted online shows that the bridge was damaged.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.cue?.text, record.text])).toEqual([
      ['A post shared widely on Facebook', 'claims', 'that the vaccine alters DNA'],
      ['A video posted online', 'shows', 'that the bridge was damaged'],
    ])
  })

  it('after a possessive too', () => {
    expect(
      records('Jabs\n\nHer post shared widely on Facebook claims that it works.\n').map(
        (record) => record.speaker?.text,
      ),
    ).toEqual(['Her post shared widely on Facebook'])
  })

  it('while a person’s “shared on Facebook that” is a cue, whose content opens at “that”', () => {
    expect(
      records('Run\n\nThe senator shared on Facebook that he would run.\n').map((record) => [
        record.speaker?.text,
        record.cue?.text,
        record.text,
      ]),
    ).toEqual([['The senator', 'shared on Facebook', 'that he would run']])
  })
})

describe('a passive of headlines with a participle not in -ed', () => {
  it('keeps its time in the content', () => {
    expect(
      records('Police say man shot during argument outside bar\n\nA man was hurt.\n').map(
        (record) => record.text,
      ),
    ).toEqual(['man shot during argument outside bar'])
  })

  it('but an object with a determiner loses it', () => {
    expect(
      records('Game\n\nThe coach praised his best shot during the game.\n').map(
        (record) => record.text,
      ),
    ).toEqual(['his best shot'])
  })
})

describe('the subject of a second verb of the sentence', () => {
  const speakers = (text: string) =>
    records(text).map((record) => [record.speaker?.text, record.speaker?.name])

  it('keeps a role and its field, and its appositions', () => {
    expect(
      speakers(
        'Fuel\n\nThe RAC’s head of policy, Simon Wade, welcomed the pledge but warned that pump prices remained high.\n',
      ),
    ).toEqual([['The RAC’s head of policy, Simon Wade,', 'Simon Wade']])
  })

  it('but no apposition with a verb of its own, nor one with no comma after it', () => {
    expect(
      speakers(
        'Deal\n\nRaleigh, the firm Salix terminated a merger, citing changes in the political environment.\n',
      ).map(([text]) => text),
    ).toEqual(['Raleigh'])
    expect(
      speakers(
        'Rubio\n\nSen. Marco Rubio of Florida, who faces a tough race after reversing course and deciding to run again, appeared by video.\n',
      ).map(([text]) => text),
    ).toEqual(['Sen. Marco Rubio of Florida'])
  })
})

describe('a month after a word of time that opens a sentence', () => {
  it('is no name of the speaker after it', () => {
    expect(
      records('Run\n\nEarly March, the senator said he would run.\n').map(
        (record) => record.speaker?.name,
      ),
    ).toEqual(['the senator'])
  })

  it('is no subject of a second verb', () => {
    expect(
      records(
        'Troops\n\nLast October, President Obama changed course and decided to keep troops there.\n',
      ).map((record) => record.speaker?.text),
    ).toEqual(['President Obama'])
  })
})

describe('two words after “say”', () => {
  it('are a clause with a noun in the singular too', () => {
    expect(
      records('Results\n\nThe firm said profit fell. It said revenue rose.\n').map(
        (record) => record.text,
      ),
    ).toEqual(['profit fell', 'revenue rose'])
  })
})

describe('British police ranks in short', () => {
  it('are titles, out of the name', () => {
    expect(
      records(
        'Fire\n\nDet Insp Kevin Lyle said the man was dangerous. Ch Supt Alan Ray said it was over.\n',
      ).map((record) => record.speaker?.name),
    ).toEqual(['Kevin Lyle', 'Alan Ray'])
  })
})

describe('a participle between a verb in the past and a noun', () => {
  it('is no cue: the attribution after the sentence is', () => {
    expect(
      records(
        'Floods\n\nMinisters ignored repeated warnings that defences were inadequate, a committee of MPs has said.\n',
      ).map((record) => [record.speaker?.text, record.cue?.text]),
    ).toEqual([['a committee of MPs', 'has said']])
  })
})

describe('a person named in a clause that opens the sentence', () => {
  it('is whom a pronoun after its comma means', () => {
    expect(
      records(
        'Work\n\nWhen Emma Reid’s agency switched to a four-day week, she expected chaos.\n',
      ).map((record) => record.speaker?.name),
    ).toEqual(['Emma Reid'])
  })
})

describe('a possessive in a run of capitalised words', () => {
  it('ends the name, whose value leaves it out', () => {
    expect(
      records(
        'Grayson\n\nAs Alan Grayson’s Senate campaign began falling apart, he blasted out a robocall. He said it was fine.\n',
      ).map((record) => record.speaker?.name),
    ).toEqual(['Alan Grayson', 'Alan Grayson'])
  })
})

describe('edges of the thirty-third revision’s rules', () => {
  const speakers = (text: string) => records(text).map((record) => record.speaker?.text)

  it('a headline’s speaker in title case with no given name nor noun of sources ends with its second word', () => {
    expect(speakers('‘We will win’: Acme Corp Vows Fight\n\nThe vote is on Tuesday.\n')).toEqual([
      'Acme Corp',
    ])
  })

  it('a comma after “and” ends a body’s name after “according to”, as its Oxford comma does not', () => {
    expect(
      speakers(
        'Plan\n\nThe department said the plan was fair, according to the Ministry of Economy, Trade, and Industry.\n',
      ),
    ).toEqual(['the Ministry of Economy, Trade, and Industry'])
  })

  it('a percent sign ends the noun phrase before a relative clause without its pronoun', () => {
    expect(
      speakers(
        'Measles\n\nUptake has fallen well below the 95% the World Health Organization says is needed to prevent outbreaks.\n',
      ),
    ).toEqual(['the World Health Organization'])
  })

  it('a verb in the present after a name may end the text', () => {
    expect(records('Rowing\n\nHelen Glover pauses')).toEqual([])
  })
})

describe('edges of this revision’s rules', () => {
  it('a relative clause after the one asked that a sentence ends is no question', () => {
    expect(records('The Fed\n\nI asked the governor, who spoke. Then I left.\n')).toEqual([])
  })

  it('a naming participle after a comma, with no attribution before, is the subject’s', () => {
    const found = records('Vote\n\nThe crowd roared, calling the plan "a disgrace".\n')
    expect(found.map((record) => [record.kind, record.speaker?.text, record.cue?.text])).toEqual([
      ['mixed', 'The crowd', 'calling'],
      ['partial', 'The crowd', 'calling'],
    ])
  })

  it('“her” before a cue word that is a noun is its determiner; “told” at the end has no addressee', () => {
    const claims = records('Vote\n\nSmith repeated her claims that the vote was rigged.\n')
    expect(claims.map((record) => record.speaker?.text)).toEqual(['Smith'])
    const told = records('Vote\n\n"We won," she told.\n')
    expect(
      told.map((record) => [record.speaker?.text, record.cue?.text, record.addressee]),
    ).toEqual([['she', 'told', null]])
  })

  it('a pronoun in the dek names no one named only after the body’s third block', () => {
    const found = records(
      'Rising star\n\nShe argued landmark housing discrimination cases before the Supreme Court.\n\nBy Dan Okafor\n\nThe court sat in 1961.\n\nThe cases were long.\n\nThe rulings stood.\n\nMargaret Ellison, a civil rights lawyer, died on Tuesday at her home in Oakland.\n',
    )
    expect(found.map((record) => [record.speaker?.text, record.speaker?.name])).toEqual([
      ['She', null],
    ])
  })
})
