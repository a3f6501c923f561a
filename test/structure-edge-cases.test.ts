/**
 * Edge cases of the structure transforms, each through `parseNews`: labels
 * above and inside the article, subheadings, bylines, datelines that are and
 * are not, and blocks that are not prose.
 */

import type {SentenceContent} from 'nlcst'
import {toString as nlcstToString} from 'nlcst-to-string'
import {type Dateline, parseNews, quotes, type Root, type RootContent, toString} from 'retext-news'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {assertTree} from './util/invariants.js'

/** Blocks of a tree as `Type`, `Type:kind`, with their text. */
function blocks(tree: Root): string[] {
  return tree.children
    .filter((node) => node.type !== 'WhiteSpaceNode')
    .map((node) => `${'kind' in node ? `${node.type}:${node.kind}` : node.type} ${toString(node)}`)
}

/** Parse, check the invariants, and return the tree. */
function parse(input: string): Root {
  const tree = parseNews(input)
  assertTree(tree, input)
  return tree
}

/** The datelines of a tree. */
function datelines(tree: Root): Dateline[] {
  const found: Dateline[] = []
  visit(tree, 'DatelineNode', (node: Dateline) => {
    found.push(node)
  })
  return found
}

/** Fields and text of the one dateline of an article whose first paragraph is `line`. */
function dateline(line: string) {
  const tree = parse(`Council passes budget\n${line}`)
  const found = datelines(tree)
  expect(found.length).toBeLessThanOrEqual(1)
  const [node] = found
  return node
    ? {place: node.place, agency: node.agency, date: node.date, text: toString(node)}
    : undefined
}

describe('labels', () => {
  it('a kicker above the headline is a section label, and the headline follows', () => {
    const tree = parse(
      'ANALYSIS\nCity budget falls short of its promises\nThe city council passed a budget on Tuesday.\nThe mayor said the cuts were needed.',
    )
    expect(blocks(tree)).toEqual([
      'LabelNode:section ANALYSIS',
      'HeadlineNode City budget falls short of its promises',
      'ParagraphNode The city council passed a budget on Tuesday.',
      'ParagraphNode The mayor said the cuts were needed.',
    ])
  })

  it('several kickers are each a label', () => {
    const tree = parse(
      'Exclusive:\nAnalysis.\nCity budget falls short\nThe council passed a budget on Tuesday.\nThe mayor said so.',
    )
    expect(blocks(tree).slice(0, 3)).toEqual([
      'LabelNode:section Exclusive:',
      'LabelNode:section Analysis.',
      'HeadlineNode City budget falls short',
    ])
  })

  it('a scraped page’s breadcrumbs are a section label above the headline', () => {
    const tree = parse(
      'Home > News > Politics\n\nCity council approves budget after marathon session\n\nThe council voted 9-4 early Tuesday to approve the budget.\n',
    )
    expect(blocks(tree).slice(0, 2)).toEqual([
      'LabelNode:section Home > News > Politics',
      'HeadlineNode City council approves budget after marathon session',
    ])
    // (Not a headline with a “>” in it, nor a sentence.)
    const prose = parse('Revenue > costs for the first time\n\nThe firm made a profit.\n')
    expect(blocks(prose)[0]).toBe('HeadlineNode Revenue > costs for the first time')
  })

  it('a kicker above a single paragraph leaves no headline', () => {
    const tree = parse(
      'ANALYSIS\nThe city council passed a budget on Tuesday that cuts library hours.',
    )
    expect(blocks(tree)).toEqual([
      'LabelNode:section ANALYSIS',
      'ParagraphNode The city council passed a budget on Tuesday that cuts library hours.',
    ])
  })

  it('a label in the body is a label', () => {
    const tree = parse(
      'City budget falls short\nThe council passed a budget on Tuesday.\nOPINION\nThe mayor said the cuts were needed.\nResidents were angry about the vote.',
    )
    expect(blocks(tree)).toEqual([
      'HeadlineNode City budget falls short',
      'ParagraphNode The council passed a budget on Tuesday.',
      'LabelNode:section OPINION',
      'ParagraphNode The mayor said the cuts were needed.',
      'ParagraphNode Residents were angry about the vote.',
    ])
  })

  it('a label is never the headline, even alone', () => {
    expect(blocks(parse('ANALYSIS'))).toEqual(['LabelNode:section ANALYSIS'])
    expect(blocks(parse('ANALYSIS\nLetters.'))).toEqual([
      'LabelNode:section ANALYSIS',
      'LabelNode:section Letters.',
    ])
  })
})

describe('deks', () => {
  const body =
    'The council voted on Tuesday to close the library on Main Street, ending a century of service in the town centre. Members said the building was too costly to keep.'

  it('a short block whose first sentence stands again in the body, in any case, is a dek', () => {
    const tree = parse(
      `Library to close\n\nThe Main Street library will close after a century of service.\n\n${body}\n\nIn the end, THE MAIN STREET LIBRARY WILL CLOSE AFTER A CENTURY OF SERVICE. Readers were angry.\n`,
    )
    expect(blocks(tree)[1]).toBe(
      'DekNode The Main Street library will close after a century of service.',
    )
  })

  it('a block between the headline and a byline or a dateline is a dek', () => {
    const dek = 'Crews expect to restore service by the weekend, utility says'
    const dateline = 'TOPEKA, Kan. (AP) — Storms knocked out power overnight, officials said.'
    expect(blocks(parse(`Storm hits\n\n${dek}\n\nBy JOHN HANNA\n\n${dateline}\n`))).toEqual([
      'HeadlineNode Storm hits',
      `DekNode ${dek}`,
      'BylineNode By JOHN HANNA',
      `ParagraphNode ${dateline}`,
    ])
    const tree = parse(`Storm hits\n\n${dek}\n\n${dateline}\n\nMore rain is due.\n`)
    expect(blocks(tree).slice(0, 2)).toEqual(['HeadlineNode Storm hits', `DekNode ${dek}`])
    expect(datelines(tree).map((node) => node.place)).toEqual(['TOPEKA, Kan.'])
    // (A first paragraph with a dateline, before a byline, is the body’s.)
    expect(blocks(parse(`Storm hits\n\n${dateline}\n\nBy JOHN HANNA\n\nMore rain.\n`))).toEqual([
      'HeadlineNode Storm hits',
      `ParagraphNode ${dateline}`,
      'BylineNode By JOHN HANNA',
      'ParagraphNode More rain.',
    ])
  })

  it('one whose first sentence does not stand again is a paragraph', () => {
    const tree = parse(
      `Library to close\n\nThe Main Street library will close after a century of service.\n\n${body}\n\nReaders were angry.\n`,
    )
    expect(blocks(tree)[1]).toBe(
      'ParagraphNode The Main Street library will close after a century of service.',
    )
  })
})

describe('subheadings', () => {
  const input = [
    'Live updates: Senate votes on aid',
    'The Senate began voting on the aid package on Tuesday.',
    '12:50 p.m.',
    'Leaders from both parties spoke in favor of the measure.',
    'What comes next',
    'The House is expected to take up the bill next week.',
    '9:05 AM ET',
    'The vote is expected within the hour.',
  ].join('\n')

  it('time stamps are timestamp subheadings, short unpunctuated lines are headings', () => {
    expect(blocks(parse(input))).toEqual([
      'HeadlineNode Live updates: Senate votes on aid',
      'ParagraphNode The Senate began voting on the aid package on Tuesday.',
      'SubheadingNode:timestamp 12:50 p.m.',
      'ParagraphNode Leaders from both parties spoke in favor of the measure.',
      'SubheadingNode:heading What comes next',
      'ParagraphNode The House is expected to take up the bill next week.',
      'SubheadingNode:timestamp 9:05 AM ET',
      'ParagraphNode The vote is expected within the hour.',
    ])
  })

  it('a short line is no heading as the first or last block of the body', () => {
    const tree = parse(
      'Senate votes on aid\nWhat comes next\nThe Senate voted on Tuesday.\nThe House votes next week.\nMore to come',
    )
    expect(blocks(tree)).toEqual([
      'HeadlineNode Senate votes on aid',
      'ParagraphNode What comes next',
      'ParagraphNode The Senate voted on Tuesday.',
      'ParagraphNode The House votes next week.',
      'ParagraphNode More to come',
    ])
  })

  it('a live blog’s entry heading, a time over its line, is a heading as the body’s first block too', () => {
    const tree = parse(
      'Storm live: Power cuts\n\n09:42\nEnergy company says 85,000 homes without power\n\nNational Grid says homes have lost power.\n\n09:15\nFirst Minister urges people to stay at home\n\nThe First Minister has urged people to stay indoors.\n',
    )
    expect(blocks(tree)).toEqual([
      'HeadlineNode Storm live: Power cuts',
      'SubheadingNode:heading 09:42\nEnergy company says 85,000 homes without power',
      'ParagraphNode National Grid says homes have lost power.',
      'SubheadingNode:heading 09:15\nFirst Minister urges people to stay at home',
      'ParagraphNode The First Minister has urged people to stay indoors.',
    ])
    // (A first block of two lines without a time stays a paragraph.)
    expect(
      blocks(parse('Storm live\n\nPower cuts\nHomes without power\n\nThe grid failed.\n'))[1],
    ).toBe('ParagraphNode Power cuts\nHomes without power')
  })

  it('a question an explainer asks for its readers is a heading; a question of the prose is not', () => {
    const tree = parse(
      'Doctors to strike\n\nJunior doctors will strike for five days.\n\nWhat happens to my appointment?\n\nHospitals will contact patients.\n\nWhat happens next?\n\nTalks resume on Monday.\n\nWho is Wes Streeting?\n\nHe is the health secretary.\n',
    )
    expect(blocks(tree).filter((block) => block.startsWith('SubheadingNode'))).toEqual([
      'SubheadingNode:heading What happens to my appointment?',
      'SubheadingNode:heading What happens next?',
      'SubheadingNode:heading Who is Wes Streeting?',
    ])
    const prose = parse(
      'Doctors to strike\n\nJunior doctors will strike for five days.\n\nHow is that possible?\n\nThe union says it is.\n\nDid that mean Garcia would vote for Trump?\n\nShe would not say.\n',
    )
    expect(prose.children.some((node) => node.type === 'SubheadingNode')).toBe(false)
  })

  it('with a question heading of an explainer, its other questions are headings too', () => {
    const tree = parse(
      'Visa rules\n\nThe government has changed the rules.\n\nWhat is changing?\n\nStudents cannot bring family.\n\nWhy is the government doing this?\n\nMinisters want lower migration.\n\nWhat do universities say?\n\nThey are worried.\n',
    )
    expect(blocks(tree).filter((block) => block.startsWith('SubheadingNode'))).toEqual([
      'SubheadingNode:heading What is changing?',
      'SubheadingNode:heading Why is the government doing this?',
      'SubheadingNode:heading What do universities say?',
    ])
  })

  it('a caption that ends with its credit is no heading, and its words no quote', () => {
    const input =
      'Flood pledges dropped\n\nMinisters dropped 40 schemes.\n\nResidents say the water rose fast. Photograph: Ben Birchall/PA\n\nThe Environment Agency said the risk was rising.\n'
    const tree = parse(input)
    expect(tree.children.some((node) => node.type === 'SubheadingNode')).toBe(false)
    expect(quotes(tree).map((record) => record.text)).toEqual(['the risk was rising'])
  })

  it('a scraped page’s caption is no heading', () => {
    const tree = parse(
      'Storm hits\n\nRivers rose overnight.\n\nImage caption: Flood water covered the high street\n\nSchools will stay closed.\n',
    )
    expect(blocks(tree)[2]).toBe('ParagraphNode Image caption: Flood water covered the high street')
  })
})

describe('bylines', () => {
  it('a tabloid’s “EXCLUSIVE by” and a role after “By” and a comma', () => {
    const byline = (line: string) => {
      const tree = parse(`Star quits show\n\n${line}\n\nThe star quit the show on Sunday.\n`)
      const node = tree.children.find((child) => child.type === 'BylineNode')
      return node ? [node.authors, node.organization] : undefined
    }
    expect(byline('EXCLUSIVE by Sam Reed, Showbiz Editor')).toEqual([
      ['Sam Reed'],
      'Showbiz Editor',
    ])
    expect(byline('By Chris Mason, Political editor')).toEqual([['Chris Mason'], null])
  })

  it('an email address or a handle on a line under the names names no one', () => {
    const byline = (line: string) => {
      const tree = parse(`Two charged\n\n${line}\n\nTwo men were charged on Saturday.\n`)
      const node = tree.children.find((child) => child.type === 'BylineNode')
      return node ? [node.authors, node.organization] : undefined
    }
    expect(byline('By Alicia Brennan\nabrennan@dailyherald.com')).toEqual([
      ['Alicia Brennan'],
      null,
    ])
    expect(byline('By Jane Doe\nEmail: jdoe@herald.com')).toEqual([['Jane Doe'], null])
    expect(byline('By Jane Doe\n@janedoe')).toEqual([['Jane Doe'], null])
    expect(byline('By Jane Doe\nBBC News')).toEqual([['Jane Doe'], 'BBC News'])
  })

  it('a stamp or a role after a bar, a dash or a comma', () => {
    const byline = (line: string) => {
      const tree = parse(`Star quits show\n\n${line}\n\nThe star quit the show on Sunday.\n`)
      const node = tree.children.find((child) => child.type === 'BylineNode')
      return node ? [node.authors, node.organization] : undefined
    }
    expect(byline('By Tom Reyes | Nov. 28, 2026')).toEqual([['Tom Reyes'], null])
    expect(byline('By Tom Reyes, Nov. 28, 2026')).toEqual([['Tom Reyes'], null])
    expect(byline('By Tom Reyes | Updated Nov. 28, 2026 4:05 p.m.')).toEqual([['Tom Reyes'], null])
    expect(byline('By Tom Reyes - Staff Writer | Nov. 28, 2026')).toEqual([
      ['Tom Reyes'],
      'Staff Writer',
    ])
    // (A sentence after the names is no stamp: the block is no byline.)
    expect(byline('By Tom Reyes | He covers the courts. He lives in Tor.')).toBeUndefined()
  })

  it('names with no “By” right under the headline', () => {
    const byline = (line: string) => {
      const tree = parse(`Storm hits the coast\n\n${line}\n\nThe storm hit the coast overnight.\n`)
      const node = tree.children.find((child) => child.type === 'BylineNode')
      return node ? [node.authors, node.organization] : undefined
    }
    expect(byline('Jane Doe, USA TODAY')).toEqual([['Jane Doe'], 'USA TODAY'])
    expect(byline('Jane Doe, Associated Press')).toEqual([['Jane Doe'], 'Associated Press'])
    expect(byline('Jane Doe | Reporter')).toEqual([['Jane Doe'], 'Reporter'])
    expect(byline('Jane Doe and John Roe / The Washington Post')).toEqual([
      ['Jane Doe', 'John Roe'],
      'The Washington Post',
    ])
    expect(byline('Jane Doe @janedoe')).toEqual([['Jane Doe'], null])
    expect(byline('JANE DOE')).toEqual([['JANE DOE'], null])
    expect(byline('Written by Jane Doe')).toEqual([['Jane Doe'], null])
    expect(byline('Opinion by Jane Doe')).toEqual([['Jane Doe'], null])
    expect(byline('By political reporter Jane Doe')).toEqual([['Jane Doe'], null])
    expect(byline('Analysis by Jane Doe, CNN')).toEqual([['Jane Doe'], 'CNN'])
    expect(byline('BY JANE DOE | jdoe@example.com')).toEqual([['JANE DOE'], null])
    // (Not a name with no given name we know, nor a topic.)
    expect(byline('Grace Okafor')).toBeUndefined()
    expect(byline('Storm Darragh')).toBeUndefined()
    // (Nor a list of credits in the body.)
    const credits = parse(
      'Sanders starts his address\n\nHe has started writing it.\n\nStory by Scott Conroy Video produced by Jon Strauss\n\nHe said so on Monday.\n',
    )
    expect(credits.children.some((child) => child.type === 'BylineNode')).toBe(false)
  })

  it('an organisation on a line of its own, and a publication stamp of its own', () => {
    const tree = parse(
      'Storm hits the coast\n\nBy Sarah Jones\nBBC News\n\nPublished\n7 December 2024\n\nThe storm hit the coast overnight.\n\nUpdated Thursday, Nov. 27, 2026 at 10:30 a.m.\n\nMore rain is due.\n',
    )
    const byline = tree.children.find((node) => node.type === 'BylineNode')
    expect(byline?.authors).toEqual(['Sarah Jones'])
    expect(byline?.organization).toBe('BBC News')
    expect(blocks(tree).slice(2)).toEqual([
      'SubheadingNode:timestamp Published\n7 December 2024',
      'ParagraphNode The storm hit the coast overnight.',
      'SubheadingNode:timestamp Updated Thursday, Nov. 27, 2026 at 10:30 a.m.',
      'ParagraphNode More rain is due.',
    ])
    const posted = parse(
      'Bushfire threat eases\n\nBy Rachel Clayton\n\nPosted Thu 27 Nov 2026 at 5:12am, updated Thu 27 Nov 2026 at 9:40am\n\nA cooler change has brought relief.\n\n4:40 p.m.:\n\nCrews are still at work.\n',
    )
    expect(blocks(posted).filter((block) => block.startsWith('SubheadingNode'))).toEqual([
      'SubheadingNode:timestamp Posted Thu 27 Nov 2026 at 5:12am, updated Thu 27 Nov 2026 at 9:40am',
      'SubheadingNode:timestamp 4:40 p.m.:',
    ])
    // (Not a sentence that opens with a stamp’s word.)
    const prose = parse(
      'Storm hits the coast\n\nBy Sarah Jones\n\nPublished figures show the storm was the worst in years.\n\nMore rain is due.\n',
    )
    expect(blocks(prose)[2]).toMatch(/^ParagraphNode Published figures/)
  })

  /** The byline of an article with `line` under its headline. */
  function byline(line: string) {
    const tree = parse(`Council passes budget\n${line}\nThe council passed a budget on Tuesday.`)
    const node = tree.children.find((child) => child.type === 'BylineNode')
    return node?.type === 'BylineNode'
      ? {authors: node.authors, organization: node.organization}
      : undefined
  }

  it('reads authors and an organisation', () => {
    expect(byline('By Jane Doe, Staff Writer')).toEqual({
      authors: ['Jane Doe'],
      organization: 'Staff Writer',
    })
    expect(byline('By Jane Doe and John Roe, Associated Press')).toEqual({
      authors: ['Jane Doe', 'John Roe'],
      organization: 'Associated Press',
    })
    expect(byline('By Jane Doe, John Roe and Ann Poe')).toEqual({
      authors: ['Jane Doe', 'John Roe', 'Ann Poe'],
      organization: null,
    })
    expect(byline('BY JANE DOE')).toEqual({authors: ['JANE DOE'], organization: null})
    expect(byline('By Jane Doe.')).toEqual({authors: ['Jane Doe'], organization: null})
  })

  it('reads initials, and an agency after the names with no comma', () => {
    expect(byline('By JOHN HANNA and MARGERY A. BECK Associated Press')).toEqual({
      authors: ['JOHN HANNA', 'MARGERY A. BECK'],
      organization: 'Associated Press',
    })
    expect(byline('By Jane Doe Jr. and John Roe')).toEqual({
      authors: ['Jane Doe Jr.', 'John Roe'],
      organization: null,
    })
  })

  it('reads names before a role or a place, with no “By” (The Guardian)', () => {
    expect(byline('Gwyn Topham Transport correspondent\nTue 3 Mar 2026 18.02 GMT')).toEqual({
      authors: ['Gwyn Topham'],
      organization: null,
    })
    expect(byline('Julian Borger in Washington')).toEqual({
      authors: ['Julian Borger'],
      organization: null,
    })
    expect(byline('Jane Doe and John Roe, political reporters')).toEqual({
      authors: ['Jane Doe', 'John Roe'],
      organization: null,
    })
    // (A sentence is no byline: “The mayor in Washington” has no names.)
    expect(byline('The council met in Washington')).toBeUndefined()
  })

  it('a line of sentences that starts with “By” is no byline', () => {
    expect(byline('By noon. Then it rained.')).toBeUndefined()
  })
})

describe('bios', () => {
  it('a last paragraph is a bio when the words after the name describe its subject', () => {
    const bio = parse(
      'Fares go up\n\nThe board said fares would rise.\n\nJane Roe is a transport reporter for the Herald.',
    )
    const last = bio.children[bio.children.length - 1]
    expect(last?.type === 'TrailerNode' ? last.kind : last?.type).toBe('bio')
    // Not a title in the name (“President Obama is …”).
    const news = parse(
      'Obama speaks\n\nThe rally was full.\n\nPresident Obama is rolling out a new campaign message: “It’s about me.”',
    )
    expect(news.children[news.children.length - 1]?.type).toBe('ParagraphNode')
  })

  it('a tagline under the byline that describes its author is a bio; one of someone else is not', () => {
    const kinds = (input: string) =>
      parse(input).children.flatMap((node) =>
        node.type === 'WhiteSpaceNode'
          ? []
          : [node.type === 'TrailerNode' ? `${node.kind} ${node.authors.join()}` : node.type],
      )
    expect(
      kinds(
        'We are running out of water\n\nBy Maria Delgado\n\nMs. Delgado is a hydrologist at the University of Arizona.\n\nLast summer, I stood on the dry bed of Lake Mead.\n',
      ),
    ).toEqual(['HeadlineNode', 'BylineNode', 'bio Maria Delgado', 'ParagraphNode'])
    expect(
      kinds(
        'Water runs out\n\nBy Maria Delgado\n\nMr. Smith is a farmer in Yuma who has lost his water.\n\nHe sold the farm.\n',
      ),
    ).toEqual(['HeadlineNode', 'BylineNode', 'ParagraphNode', 'ParagraphNode'])
  })
})

describe('scraped pages', () => {
  it('sharing buttons and advertisement placeholders are trailers, and time stamps name no author', () => {
    const tree = parse(
      'Council approves bike lanes\n\nShare on Facebook\nShare on Twitter\n\nBy Amy Chen\nPublished 9:14 AM EST, Tue March 3, 2026\n\nThe council voted 7-2 on Monday to add bike lanes.\n\nAdvertisement\n\nOpponents said the lanes would hurt businesses.\n',
    )
    expect(blocks(tree).map((block) => block.split(' ')[0])).toEqual([
      'HeadlineNode',
      'TrailerNode:social',
      'BylineNode',
      'ParagraphNode',
      'TrailerNode:promo',
      'ParagraphNode',
    ])
    const byline = tree.children.find((child) => child.type === 'BylineNode')
    expect(byline?.type === 'BylineNode' ? byline.authors : undefined).toEqual(['Amy Chen'])
  })
})

describe('a byline over a line of its stamps', () => {
  it('is a byline, whatever full stops the stamps hold', () => {
    const tree = parse(
      'Council approves budget\n\nBy Priya Shah, Staff Writer\nPublished 6:45 a.m. ET Nov. 30, 2026 | Updated 9:12 a.m. ET Nov. 30, 2026\n\nThe council voted 9-4 early Tuesday to approve the budget.\n',
    )
    const byline = tree.children.find((child) => child.type === 'BylineNode')
    expect(byline?.type === 'BylineNode' ? [byline.authors, byline.organization] : null).toEqual([
      ['Priya Shah'],
      'Staff Writer',
    ])
    // (Not a first line of sentences: “By then it was late. Updated 9:12 a.m.”.)
    const prose = parse(
      'Council approves budget\n\nBy then it was late. The vote was held.\nUpdated 9:12 a.m. ET\n\nThe council voted.\n',
    )
    expect(prose.children.some((child) => child.type === 'BylineNode')).toBe(false)
  })

  it('is a byline over a date alone, or a date and a time, and the date names no one', () => {
    const dated = parse(
      'Judge blocks voter ID law\n\nBy Priya Raman\nNov. 29, 2026\n\nA federal judge on Monday blocked the law.\n',
    )
    expect(blocks(dated)[1]).toBe('BylineNode By Priya Raman\nNov. 29, 2026')
    const timed = parse(
      'Nvidia weighs bid for chip designer\n\nBy Elena Torres and James Whitlow\nNovember 29, 2026 at 8:14 AM EST\n\nNvidia is exploring an acquisition.\n',
    )
    const bylines = [dated, timed].map((tree) =>
      tree.children.flatMap((node) => (node.type === 'BylineNode' ? [node.authors] : [])),
    )
    expect(bylines).toEqual([[['Priya Raman']], [['Elena Torres', 'James Whitlow']]])
    // (A line of prose under “By …” is still no byline: “Nov. 29 was cold.”)
    const prose = parse('Vote\n\nBy noon it was over.\nNov. 29 was cold.\n\nIt passed.\n')
    expect(prose.children.some((child) => child.type === 'BylineNode')).toBe(false)
  })
})

describe('a scraped page’s buttons and relative times', () => {
  it('reads a BBC page’s credit of a picture, and an agency’s credit alone, as credits, and its caption as no heading', () => {
    const tree = parse(
      'Waiting lists grow\n\nMore patients are waiting, figures show.\n\nImage caption,\nAmbulances queued outside the Royal Infirmary\n\nGetty Images\n\nImage source, PA Media\n\nThe health secretary said the figures were unacceptable.\n',
    )
    expect(blocks(tree).slice(2, 5)).toEqual([
      'ParagraphNode Image caption,\nAmbulances queued outside the Royal Infirmary',
      'TrailerNode:credit Getty Images',
      'TrailerNode:credit Image source, PA Media',
    ])
    // (Not prose that opens with such words.)
    expect(
      blocks(parse('Vote\n\nImage source, they said, was the problem.\n\nIt passed.\n'))[1],
    ).toMatch(/^ParagraphNode/)
  })

  it('reads the words around an advertisement as its placeholder, and no attribution in them', () => {
    const input =
      'Waiting lists grow\n\nMore patients are waiting, figures show.\n\nStory continues below advertisement\n\nThe health secretary said the figures were unacceptable.\n\nContinue reading the main story\n\nNurses said they were exhausted.\n'
    const tree = parse(input)
    expect(blocks(tree).filter((block) => block.startsWith('Trailer'))).toEqual([
      'TrailerNode:promo Story continues below advertisement',
      'TrailerNode:promo Continue reading the main story',
    ])
    expect(quotes(tree).map((record) => record.cue?.text)).not.toContain('continues')
    // (Not prose that goes on after them.)
    expect(blocks(parse('Vote\n\nThe story continues below the fold.\n\nIt passed.\n'))[1]).toMatch(
      /^ParagraphNode/,
    )
  })

  it('reads The New York Times’ lines under its byline and around its advertisements', () => {
    const tree = parse(
      'Court agrees to hear tariff case\nBy Adam Liptak\nReporting from Washington\nPublished Nov. 5, 2025Updated Nov. 6, 2025, 9:12 a.m. ET\nThe court agreed on Friday to hear the case.\nAdvertisement\nSKIP ADVERTISEMENT\nThe administration had asked it to act.\n',
    )
    expect(blocks(tree)).toEqual([
      'HeadlineNode Court agrees to hear tariff case',
      'BylineNode By Adam Liptak',
      'BylineNode Reporting from Washington',
      'SubheadingNode:timestamp Published Nov. 5, 2025Updated Nov. 6, 2025, 9:12 a.m. ET',
      'ParagraphNode The court agreed on Friday to hear the case.',
      'TrailerNode:promo Advertisement',
      'TrailerNode:promo SKIP ADVERTISEMENT',
      'ParagraphNode The administration had asked it to act.',
    ])
    const bylines = tree.children.flatMap((node) =>
      node.type === 'BylineNode' ? [[node.authors, node.organization]] : [],
    )
    expect(bylines).toEqual([
      [['Adam Liptak'], null],
      [[], null],
    ])
    // (Not prose that opens so, nor with no byline above it.)
    expect(blocks(parse('Vote\n\nReporting from Washington is hard.\n\nIt passed.\n'))[1]).toMatch(
      /^ParagraphNode/,
    )
  })

  it('reads a scraped newsletter box between paragraphs as promo trailers', () => {
    const tree = parse(
      'Sewage fines\n\nWater firms will face unlimited fines.\n\nSign up to Down to Earth\nFree weekly newsletter\n\nPrivacy Notice: Newsletters may contain info about charities.\n\nafter newsletter promotion\n\nWater UK said companies were investing.\n',
    )
    expect(blocks(tree).slice(1)).toEqual([
      'ParagraphNode Water firms will face unlimited fines.',
      'TrailerNode:promo Sign up to Down to Earth\nFree weekly newsletter',
      'TrailerNode:promo Privacy Notice: Newsletters may contain info about charities.',
      'TrailerNode:promo after newsletter promotion',
      'ParagraphNode Water UK said companies were investing.',
    ])
    // (So its notice is no quote.)
    expect(quotes(tree).map((record) => record.speaker?.text)).toEqual(['Water UK'])
  })

  it('are promo trailers and time stamps', () => {
    const tree = parse(
      'Senate passes bill\n\nBy Jane Doe\n\nUpdated 2 hours ago\n\n5 min read\n\nListen to this article\n\nGift this article\n\nThe Senate passed the bill on Tuesday.\n\nAn hour ago\n\nThe House will vote next.\n\nComments\n',
    )
    expect(blocks(tree).slice(2)).toEqual([
      'SubheadingNode:timestamp Updated 2 hours ago',
      'SubheadingNode:timestamp 5 min read',
      'TrailerNode:promo Listen to this article',
      'TrailerNode:promo Gift this article',
      'ParagraphNode The Senate passed the bill on Tuesday.',
      'SubheadingNode:timestamp An hour ago',
      'ParagraphNode The House will vote next.',
      'TrailerNode:promo Comments',
    ])
    // (Not prose that opens so: “An hour ago, the Senate voted.”)
    expect(blocks(parse('Vote\n\nAn hour ago, the Senate voted.\n\nIt passed.\n'))[1]).toMatch(
      /^ParagraphNode/,
    )
  })
})

describe('a newsroom’s byline', () => {
  it('names the organisation before “Staff”, maybe over its stamp, and no author', () => {
    const tree = parse(
      'Truce extended by two days, Qatar says\n\nQatar’s spokesman said the extension would free more hostages\n\nAl Jazeera Staff\nPublished On 27 Nov 2026\n\nIsrael and Hamas have agreed to extend a truce.\n',
    )
    expect(blocks(tree).map((block) => block.split(' ')[0])).toEqual([
      'HeadlineNode',
      'DekNode',
      'BylineNode',
      'ParagraphNode',
    ])
    const byline = tree.children.find((child) => child.type === 'BylineNode')
    expect(byline?.type === 'BylineNode' ? [byline.authors, byline.organization] : []).toEqual([
      [],
      'Al Jazeera',
    ])
    // (Not a line of staff under a heading: “Hospital staff\nare on strike.”)
    expect(
      blocks(parse('Strike\n\nHospital staff\nare on strike today.\n\nIt goes on.\n'))[1],
    ).toMatch(/^ParagraphNode/)
  })
})

describe('a republished article (The Conversation)', () => {
  it('has an author box for byline, and its disclosure and licence are trailers', () => {
    const tree = parse(
      'Why bees are disappearing from our cities\n\nShare\n\nAuthors\nLaura Chen\nAssociate Professor of Ecology, University of Toronto\nRavi Patel\nLecturer, McGill University\n\nDisclosure statement\nLaura Chen receives funding from the Natural Sciences and Engineering Research Council of Canada.\n\nCities are full of honeybees.\n\nThis article is republished from The Conversation under a Creative Commons license. Read the original article.\n',
    )
    expect(blocks(tree).map((block) => block.split(' ')[0])).toEqual([
      'HeadlineNode',
      'TrailerNode:promo',
      'BylineNode',
      'TrailerNode:editorsNote',
      'ParagraphNode',
      'TrailerNode:copyright',
    ])
    const byline = tree.children.find((child) => child.type === 'BylineNode')
    expect(byline?.type === 'BylineNode' ? byline.authors : undefined).toEqual([
      'Laura Chen',
      'Ravi Patel',
    ])
    // (Not a paragraph that opens with the word: “Authors\nof the report say …”.)
    expect(
      blocks(parse('Report\n\nAuthors\nof the report say it is flawed.\n\nIt is.\n'))[1],
    ).toMatch(/^ParagraphNode/)
  })
})

describe('a box of key points above the story', () => {
  it('is a dek', () => {
    const tree = parse(
      'Bushfire threat eases\n\nBy Rachel Clayton\n\nKey points:\nFirefighters are still battling 12 blazes\nA total fire ban remains in place\n\nA cooler change has brought relief to firefighters.\n\nCrews are still at work.\n',
    )
    expect(blocks(tree)[2]).toMatch(/^DekNode Key points:/)
    expect(blocks(tree)[3]).toMatch(/^ParagraphNode A cooler change/)
  })
})

describe('Markdown pasted around blocks', () => {
  it('names no kind of block, and stays in the tree', () => {
    const input =
      '# Council approves budget\n\n**By Jane Doe**\n\n*Nov. 27, 2026*\n\nThe council approved the budget on Tuesday.\n\n## What comes next\n\nThe budget takes effect in January.\n\n**Jane Doe is a reporter for The Tor Times.**\n'
    const tree = parse(input)
    expect(blocks(tree)).toEqual([
      'HeadlineNode # Council approves budget',
      'BylineNode **By Jane Doe**',
      'SubheadingNode:timestamp *Nov. 27, 2026*',
      'ParagraphNode The council approved the budget on Tuesday.',
      'SubheadingNode:heading ## What comes next',
      'ParagraphNode The budget takes effect in January.',
      'TrailerNode:bio **Jane Doe is a reporter for The Tor Times.**',
    ])
    expect(tree.children.find((node) => node.type === 'BylineNode')?.authors).toEqual(['Jane Doe'])
  })
})

describe('trailers of wires and scraped pages', () => {
  it('ends a press release with its boilerplate, its contact and its source line', () => {
    const tree = parse(
      'Acme Robotics Announces $50 Million Series C\n\nSAN JOSE, Calif., Nov. 30, 2026 /PRNewswire/ -- Acme Robotics today announced it has closed a $50 million round.\n\nAbout Acme Robotics\nAcme Robotics builds robots for warehouses.\n\nMedia Contact:\nJane Liu\npress@acmerobotics.com\n\nSOURCE Acme Robotics\n',
    )
    expect(
      blocks(tree)
        .slice(-3)
        .map((block) => block.split(' ')[0]),
    ).toEqual(['TrailerNode:bio', 'TrailerNode:social', 'TrailerNode:credit'])
    const source = tree.children.at(-2)
    expect(source?.type === 'TrailerNode' ? source.authors : undefined).toEqual([])
  })

  it('reads a wire picture’s caption as a credit, its standards note as an editor’s note', () => {
    const tree = parse(
      'Oil prices rise as OPEC+ signals deeper cuts\n\nBy Arathy Somasekhar\n\nFILE PHOTO: An oil pump jack is seen in a field in Midland, Texas, U.S. August 22, 2024. REUTERS/Eli Hartman/File Photo\n\nHOUSTON, Nov 29 (Reuters) - Oil prices rose more than 2% on Friday.\n\nBrent crude futures settled up $1.61.\n\nOur Standards: The Thomson Reuters Trust Principles.\n',
    )
    expect(blocks(tree).map((block) => block.split(' ')[0])).toEqual([
      'HeadlineNode',
      'BylineNode',
      'TrailerNode:credit',
      'ParagraphNode',
      'ParagraphNode',
      'TrailerNode:editorsNote',
    ])
    expect(datelines(tree).map((node) => toString(node))).toEqual(['HOUSTON, Nov 29 (Reuters)'])
    expect(quotes(tree)).toEqual([])
  })

  it('reads AP’s picture caption, and its trailers between rules', () => {
    const tree = parse(
      "Biden signs bill to avert shutdown\n\nBy SEUNG MIN KIM\n\nFILE - President Joe Biden speaks in the Roosevelt Room of the White House, Nov. 1, 2026, in Washington. (AP Photo/Evan Vucci, File)\n\nWASHINGTON (AP) — President Joe Biden signed a stopgap spending bill Saturday.\n\nThe House passed it on Friday.\n\n___\n\nAssociated Press writer Kevin Freking contributed to this report.\n\n___\n\nFollow the AP's coverage of Congress at https://apnews.com/hub/congress.\n",
    )
    expect(blocks(tree).map((block) => block.split(' ')[0])).toEqual([
      'HeadlineNode',
      'BylineNode',
      'TrailerNode:credit',
      'ParagraphNode',
      'ParagraphNode',
      'ParagraphNode',
      'TrailerNode:credit',
      'ParagraphNode',
      'TrailerNode:promo',
    ])
    expect(datelines(tree).map((node) => toString(node))).toEqual(['WASHINGTON (AP)'])
    // (A caption that only ends with the agency's credit is no trailer,
    // for a plugin to read: see examples/caption.ts.)
    const credit = parse(
      'Storm hits coast\n\nA man walks past a fallen tree in Tampa, Fla. (AP Photo/Chris O’Meara)\n\nTAMPA, Fla. (AP) — A storm hit the coast.\n',
    )
    expect(blocks(credit)[1]).not.toMatch(/^TrailerNode/)
  })

  it('reads a wire’s link to a topic page under the story as a promo, not a transcript', () => {
    const tree = parse(
      'Rangers rally past Bruins\n\nBOSTON (AP) — Artemi Panarin scored in overtime.\n\n"We never stopped believing," Zibanejad said.\n\n___\n\nAP NHL: https://apnews.com/hub/nhl\n',
    )
    expect(blocks(tree).slice(-2)).toEqual([
      'ParagraphNode ___',
      'TrailerNode:promo AP NHL: https://apnews.com/hub/nhl',
    ])
    expect(quotes(tree).map((record) => record.speaker?.text)).toEqual(['Zibanejad'])
    // (A label and a link inside the story are no trailer.)
    const inside = parse(
      'Rangers rally past Bruins\n\nBOSTON (AP) — Artemi Panarin scored in overtime.\n\nAP NHL: https://apnews.com/hub/nhl\n\nThe series is tied.\n',
    )
    expect(blocks(inside)[2]).not.toMatch(/^TrailerNode/)
  })

  it('reads a banner over an old article as a button, and the dek after it', () => {
    const tree = parse(
      "Ministers accused of 'burying' report on water pollution\n\nThis article is more than 2 years old\n\nEnvironment department sat on findings for months, campaigners say\n\nHelena Horton Environment reporter\n\nMinisters have been accused of burying a damning report.\n\nThe report found that water companies had breached their permits.\n",
    )
    expect(blocks(tree).slice(1, 3)).toEqual([
      'TrailerNode:promo This article is more than 2 years old',
      'DekNode Environment department sat on findings for months, campaigners say',
    ])
  })

  it('ends a wire story with its editors’ initials', () => {
    const tree = parse(
      'Macron vows to press on\n\nParis (AFP) – French President Emmanuel Macron said Thursday he would not back down.\n\nThe reform is due to be debated next week.\n\nbur-jh/sst\n',
    )
    expect(blocks(tree).slice(-2)).toEqual([
      'ParagraphNode The reform is due to be debated next week.',
      'TrailerNode:credit bur-jh/sst',
    ])
  })

  it('print notes, assistance, contacts, sources and a page’s links', () => {
    const tree = parse(
      'Fed signals patience\n\nOfficials are in no hurry to cut rates.\n\n--With assistance from Jonnelle Marte.\n\nTo contact the reporter on this story: Craig Torres in Washington at ctorres3@example.com\n\nSource: Al Jazeera and news agencies\n\nEmily Cochrane covers Congress for The Times.\n\nA version of this article appears in print on Nov. 28, 2026, Section A, Page 1.\n\nExplore more on these topics\nWeather\nUK news\n\nShare\nReuse this content\n',
    )
    const trailers = tree.children.flatMap((node) =>
      node.type === 'TrailerNode' ? [[node.kind, node.authors]] : [],
    )
    expect(trailers).toEqual([
      ['credit', ['Jonnelle Marte']],
      ['credit', ['Craig Torres']],
      // (A source names a body, no author.)
      ['credit', []],
      ['bio', ['Emily Cochrane']],
      ['editorsNote', []],
      ['promo', []],
      ['promo', []],
    ])
  })

  it('an agency’s credit line names its writers, initials and all', () => {
    const tree = parse(
      'Court rules on buoys\n\nThe court ruled on Thursday.\n\nAssociated Press writers Paul J. Weber in Austin and Lisa Mascaro in Washington contributed to this report.\n',
    )
    const trailer = tree.children.find((node) => node.type === 'TrailerNode')
    expect(trailer?.kind).toBe('credit')
    expect(trailer?.authors).toEqual(['Paul J. Weber', 'Lisa Mascaro'])
  })

  it('a picture’s credit line, between paragraphs or at the end, names its photographer, not the agency', () => {
    const tree = parse(
      'Bike lanes approved\n\nThe council voted on Tuesday.\n\nPhoto: Getty Images\n\nWork starts in spring.\n\n(Photo by Jane Doe/AP)\n\nPhotograph: Ann Lee/The Guardian\n',
    )
    const trailers = tree.children.flatMap((node) =>
      node.type === 'TrailerNode' ? [[node.kind, node.authors]] : [],
    )
    expect(trailers).toEqual([
      ['credit', []],
      ['credit', ['Jane Doe']],
      ['credit', ['Ann Lee']],
    ])
    expect(blocks(tree).filter((block) => block.startsWith('ParagraphNode'))).toEqual([
      'ParagraphNode The council voted on Tuesday.',
      'ParagraphNode Work starts in spring.',
    ])
  })

  it('not a sentence about a photograph, nor a caption that opens with its credit (left to plugins)', () => {
    const tree = parse(
      'Bike lanes approved\n\nThe council voted on Tuesday.\n\nPhotographs taken by residents show the crash.\n\nPhoto: Sam Lee. The lanes open in May.\n\n(Photo: City of Tor) The lanes, “a first” for the city.\n',
    )
    expect(tree.children.some((node) => node.type === 'TrailerNode')).toBe(false)
  })

  it('a heading of links under the story and its links, each a block, close the article', () => {
    const tree = parse(
      'Senate passes budget\n\nThe Senate passed the bill on Friday.\n\nWhat comes next\n\nThe House votes next week.\n\nRelated Articles\n\nSenate leaders meet\n\nHouse to vote next week\n',
    )
    expect(blocks(tree)).toEqual([
      'HeadlineNode Senate passes budget',
      'ParagraphNode The Senate passed the bill on Friday.',
      'SubheadingNode:heading What comes next',
      'ParagraphNode The House votes next week.',
      'TrailerNode:promo Related Articles',
      'TrailerNode:promo Senate leaders meet',
      'TrailerNode:promo House to vote next week',
    ])
  })

  it('a heading of links and a block of links, one a line, close the article', () => {
    const tree = parse(
      'Storm Bert hits Wales\n\nThousands of homes remain without power.\n\nRelated topics\n\nFlooding\nWales weather\n',
    )
    expect(blocks(tree)).toEqual([
      'HeadlineNode Storm Bert hits Wales',
      'ParagraphNode Thousands of homes remain without power.',
      'TrailerNode:promo Related topics',
      'TrailerNode:promo Flooding\nWales weather',
    ])
  })

  it('not a heading of links before lines of prose', () => {
    const tree = parse(
      'Storm Bert hits Wales\n\nThousands of homes remain without power.\n\nRelated topics\n\nFlooding closed roads.\nWales weather will improve\n',
    )
    expect(tree.children.some((node) => node.type === 'TrailerNode')).toBe(false)
  })

  it('not a heading of links with prose after it', () => {
    const tree = parse(
      'Senate passes budget\n\nThe Senate passed the bill on Friday.\n\nMore from Washington\n\nThe House votes next week.\n',
    )
    expect(tree.children.some((node) => node.type === 'TrailerNode')).toBe(false)
  })

  it('call-outs between paragraphs', () => {
    const tree = parse(
      'Border package unveiled\n\nSenate Republicans unveiled a package.\n\nCLICK HERE TO GET THE FOX NEWS APP\n\nDemocrats dismissed it.\n\nRELATED: SCHUMER VOWS TO BLOCK BORDER BILL\n\nThe vote is next week.\n',
    )
    expect(blocks(tree).filter((block) => block.startsWith('TrailerNode'))).toEqual([
      'TrailerNode:promo CLICK HERE TO GET THE FOX NEWS APP',
      'TrailerNode:promo RELATED: SCHUMER VOWS TO BLOCK BORDER BILL',
    ])
  })

  it('how to reach the author', () => {
    const tree = parse(
      'Board delays vote\n\nThe board delayed its vote.\n\nMaria Lopez can be reached at mlopez@example.com or 555-0142.\n\nReach Tom Hale at thale@example.com.\n\nMedia Contact:\nSam Lee\npress@example.com\n',
    )
    expect(blocks(tree).slice(-3)).toEqual([
      'TrailerNode:social Maria Lopez can be reached at mlopez@example.com or 555-0142.',
      'TrailerNode:social Reach Tom Hale at thale@example.com.',
      'TrailerNode:social Media Contact:\nSam Lee\npress@example.com',
    ])
    // (Its name and colon are no transcript line.)
    expect(quotes(tree)).toEqual([])
  })

  it('a press release’s boilerplate about the company', () => {
    const tree = parse(
      'Acme Robotics raises $40 million\n\nAcme Robotics today announced new funding.\n\nAbout Acme Robotics\nAcme Robotics builds robots for warehouses. It is based in Boston.\n\nMedia Contact:\nSam Lee\npress@example.com\n',
    )
    expect(blocks(tree).slice(-2)).toEqual([
      'TrailerNode:bio About Acme Robotics\nAcme Robotics builds robots for warehouses. It is based in Boston.',
      'TrailerNode:social Media Contact:\nSam Lee\npress@example.com',
    ])
    // (Before its end mark, “###” or “-30-”, which stays a paragraph.)
    for (const mark of ['###', '-30-', '- ENDS -']) {
      const marked = parse(
        `Acme Robotics raises $40 million\n\nAcme Robotics today announced new funding.\n\nAbout Acme Robotics\nAcme Robotics builds robots.\n\nMedia Contact: Sam Lee press@example.com\n\n${mark}\n`,
      )
      expect(blocks(marked).slice(-3)).toEqual([
        'TrailerNode:bio About Acme Robotics\nAcme Robotics builds robots.',
        'TrailerNode:social Media Contact: Sam Lee press@example.com',
        `ParagraphNode ${mark}`,
      ])
    }
    // (Its heading on a line of its own: both blocks; no author named.)
    const apart = parse(
      'Acme Robotics raises $40 million\n\nAcme Robotics today announced new funding.\n\nAbout Acme Robotics\n\nAcme Robotics builds robots for warehouses.\n',
    )
    expect(blocks(apart).slice(-2)).toEqual([
      'TrailerNode:bio About Acme Robotics',
      'TrailerNode:bio Acme Robotics builds robots for warehouses.',
    ])
    expect(
      apart.children.flatMap((node) => (node.type === 'TrailerNode' ? node.authors : [])),
    ).toEqual([])
    // (Not a sentence that opens with “About”, nor such a heading in the body.)
    const body = parse(
      'Rally held\n\nAbout 200 people attended.\n\nAbout the plan\n\nThe plan was dropped.\n\nCouncillors will meet again.\n',
    )
    expect(body.children.some((node) => node.type === 'TrailerNode')).toBe(false)
  })

  it('a sentence of five to twenty words with no final punctuation under the headline is a dek', () => {
    const tree = parse(
      'Rail strike called off after late talks\n\nCommuters were braced for a week of disruption\n\nTrain drivers have called off next week’s strike.\n',
    )
    expect(blocks(tree)[1]).toBe('DekNode Commuters were braced for a week of disruption')
    // (Not a lead that lost its full stop, nor a line before more such lines.)
    const lead = parse(
      'Trade gap widens\n\nThe US trade deficit widened by more than expected in October, hitting record levels after higher oil prices raised import costs, figures have shown\n\nThe shortfall was $55.5bn.\n',
    )
    expect(blocks(lead)[1]).toMatch(/^ParagraphNode/)
    const lines = parse(
      'Storm hits\n\nPower is out across the county\n\nSchools are closed today\n',
    )
    expect(blocks(lines)[1]).not.toMatch(/^DekNode/)
  })

  it('a dek before a publication stamp, but not a name or place alone', () => {
    const tree = parse(
      'Thousands rally in Tbilisi\n\nProtesters gather for a second night after talks were suspended.\n\nPublished On 29 Nov 2026\n\nThousands of people rallied in the capital.\n',
    )
    expect(
      blocks(tree)
        .slice(0, 3)
        .map((block) => block.split(' ')[0]),
    ).toEqual(['HeadlineNode', 'DekNode', 'SubheadingNode:timestamp'])
    const venue = parse(
      'France v Wales\n\nStade de France, Paris\n\nSaturday, 26 February\n\nFrance may have beaten Scotland and England.\n',
    )
    expect(blocks(venue)[1]).not.toMatch(/^DekNode/)
  })
})

describe('a bio at the end', () => {
  it('describes its subject’s work in its first sentence', () => {
    const last = (text: string) =>
      blocks(parse(`Board meets\n\nThe board met on Monday.\n\n${text}`)).at(-1)
    expect(last('Jane Doe is the U.S. correspondent for the Times.')).toMatch(/^TrailerNode:bio/)
    expect(last('Jane Doe, Ph.D., is a professor of history.')).toMatch(/^TrailerNode:bio/)
    // (Not a paragraph whose later sentence has such a word.)
    expect(last('Ava Morrow is back. Her producer, James Okoro, agrees.')).toMatch(/^ParagraphNode/)
  })
})

describe('notes of corrections and updates', () => {
  it('are correction trailers and editors’ notes', () => {
    const tree = parse(
      'Fares go up\n\nThe board said fares would rise.\n\nThis article was amended on 4 March 2026 to correct the spelling of a name.\n\nThis story has been updated to include comments from the mayor.',
    )
    expect(blocks(tree).slice(-2)).toEqual([
      'TrailerNode:correction This article was amended on 4 March 2026 to correct the spelling of a name.',
      'TrailerNode:editorsNote This story has been updated to include comments from the mayor.',
    ])
    const opinion = parse(
      'Fares must fall\n\nI have ridden these trains for years.\n\nThe views expressed here are the author’s own.',
    )
    expect(blocks(opinion).slice(-1)).toEqual([
      'TrailerNode:editorsNote The views expressed here are the author’s own.',
    ])
  })

  it('of what a new version added, at the foot, are editors’ notes', () => {
    const last = (text: string) =>
      blocks(parse(`Threads tests a paid tier\n\nMeta is testing a paid tier.\n\n${text}\n`)).at(-1)
    expect(last('Update, December 2nd: Added comment from Meta.')).toBe(
      'TrailerNode:editorsNote Update, December 2nd: Added comment from Meta.',
    )
    // (Not a live blog’s last entry.)
    expect(last('Update 9:58: Power outages are climbing.')).toMatch(/^ParagraphNode/)
  })

  it('above the headline are notes, and the headline is the block after them', () => {
    const tree = parse(
      'Editor’s note: This story has been updated to include comment from the mayor’s office.\n\nCity to close three libraries\n\nThe city will close three branch libraries next year, officials said.\n',
    )
    expect(blocks(tree).slice(0, 2)).toEqual([
      'TrailerNode:editorsNote Editor’s note: This story has been updated to include comment from the mayor’s office.',
      'HeadlineNode City to close three libraries',
    ])
    const corrected = parse(
      'Correction: An earlier version misspelled a name.\n\nFares go up\n\nThe board said fares would rise.\n',
    )
    expect(blocks(corrected).slice(0, 2)).toEqual([
      'TrailerNode:correction Correction: An earlier version misspelled a name.',
      'HeadlineNode Fares go up',
    ])
  })

  it('are a wire story’s notes of a new or corrected version, at its top or its foot', () => {
    const tree = parse(
      "UK inflation falls\n\n(Adds comment from finance minister in paragraphs 4-5)\n\nLONDON, Nov 28 (Reuters) - British inflation fell in October, official figures showed.\n\n— With assistance from Ian King\n\n(Corrects spelling of minister's name in paragraph 4)\n",
    )
    expect(blocks(tree).filter((block) => block.startsWith('Trailer'))).toEqual([
      'TrailerNode:editorsNote (Adds comment from finance minister in paragraphs 4-5)',
      'TrailerNode:credit — With assistance from Ian King',
      "TrailerNode:correction (Corrects spelling of minister's name in paragraph 4)",
    ])
    // (Not a paragraph that opens so and goes on after its parenthesis.)
    const prose = parse('Fares go up\n\n(Updates with fares) The board met.\n')
    expect(blocks(prose)[1]).toMatch(/^ParagraphNode/)
  })

  it('in the forms of obituaries and of The New York Times', () => {
    const tree = parse(
      'Jane Roe, Biologist, Dies at 91\n\nJane Roe died on Tuesday.\n\nA correction was made on Dec. 2, 2026: An earlier version of this obituary misstated the year she testified.\n\nAn earlier version of this column misstated her age.\n',
    )
    expect(blocks(tree).slice(-2)).toEqual([
      'TrailerNode:correction A correction was made on Dec. 2, 2026: An earlier version of this obituary misstated the year she testified.',
      'TrailerNode:correction An earlier version of this column misstated her age.',
    ])
    // (Not a correction a sentence reports.)
    const prose = parse('Fares go up\n\nThe board said a correction was needed.\n')
    expect(blocks(prose)[1]).toMatch(/^ParagraphNode/)
  })

  it('after a bullet too', () => {
    const tree = parse(
      'Fares go up\n\nThe board said fares would rise.\n\n• This article was amended on 4 March 2026 to correct the number of lines rated as poor.\n\n* Contributing: Bo Lee\n',
    )
    expect(blocks(tree).slice(-2)).toEqual([
      'TrailerNode:correction • This article was amended on 4 March 2026 to correct the number of lines rated as poor.',
      'TrailerNode:credit * Contributing: Bo Lee',
    ])
    // (Its words are no quotation: “rated as poor”.)
    expect(quotes(tree).map((record) => record.text)).toEqual(['fares would rise'])
  })
})

describe('an article pasted without its headline', () => {
  it('a first block that opens with a dateline and a dash, a long sentence, is the lead', () => {
    const tree = parse(
      'WASHINGTON (Reuters) - The Senate passed the spending bill late on Friday after a long night of debate, lawmakers said.\n\n“It is a good day,” Senator Ann Cole said.\n',
    )
    expect(blocks(tree).map((block) => block.split(' ')[0])).toEqual([
      'ParagraphNode',
      'ParagraphNode',
    ])
    expect(datelines(tree).map((node) => node.place)).toEqual(['WASHINGTON'])
  })

  it('not a headline that opens with a label and a dash or a colon', () => {
    for (const headline of [
      'EXCLUSIVE – Roger Stone: Do Not Trust the Voting Machines.',
      'BREAKING: Senate passes the budget bill after a long night.',
    ]) {
      const tree = parse(`${headline}\n\nThe Senate passed the bill on Friday.\n`)
      expect(tree.children[0]?.type).toBe('HeadlineNode')
    }
  })
})

describe('datelines', () => {
  it('an upper-case place, an agency and a date', () => {
    expect(dateline('WASHINGTON (AP) — The council passed a budget.')).toEqual({
      place: 'WASHINGTON',
      agency: 'AP',
      date: null,
      text: 'WASHINGTON (AP)',
    })
    expect(dateline('LONDON, March 3 (Reuters) - The council passed a budget.')).toEqual({
      place: 'LONDON',
      agency: 'Reuters',
      date: 'March 3',
      text: 'LONDON, March 3 (Reuters)',
    })
    expect(dateline('SELMA, N.C.— The council passed a budget.')).toEqual({
      place: 'SELMA, N.C.',
      agency: null,
      date: null,
      text: 'SELMA, N.C.',
    })
  })

  it('places with a slash or a saint, and an agency alone in capitals (CNN style)', () => {
    expect(dateline('MOSCOW/KYIV, Nov 27 (Reuters) - The council passed a budget.')).toEqual({
      place: 'MOSCOW/KYIV',
      agency: 'Reuters',
      date: 'Nov 27',
      text: 'MOSCOW/KYIV, Nov 27 (Reuters)',
    })
    expect(dateline('ST. LOUIS (KMOV) - The council passed a budget.')?.place).toBe('ST. LOUIS')
    expect(dateline('(CNN) — The council passed a budget.')).toEqual({
      place: null,
      agency: 'CNN',
      date: null,
      text: '(CNN)',
    })
    // CNN’s newer style: the agency alone with no parentheses.
    expect(dateline('CNN — The council passed a budget.')).toEqual({
      place: null,
      agency: 'CNN',
      date: null,
      text: 'CNN',
    })
    // (Not words in parentheses: “(This is) — …”.)
    expect(dateline('(This is) — The council passed a budget.')).toBeUndefined()
  })

  it('a place in mixed case with a US state', () => {
    expect(dateline('Springfield, Ill. — The council passed a budget.')).toEqual({
      place: 'Springfield, Ill.',
      agency: null,
      date: null,
      text: 'Springfield, Ill.',
    })
    expect(dateline('Washington, DC — The council passed a budget.')?.place).toBe('Washington, DC')
    expect(dateline('Austin, Texas - The council passed a budget.')?.place).toBe('Austin, Texas')
    // (Not names before a dash, nor a place in mixed case alone.)
    expect(dateline('Smith, Jones — and others — passed a budget.')).toBeUndefined()
    expect(dateline('Washington — The council passed a budget.')).toBeUndefined()
  })

  it('an agency alone in mixed case, and a date alone', () => {
    expect(dateline('(Reuters) - The council passed a budget.')).toEqual({
      place: null,
      agency: 'Reuters',
      date: null,
      text: '(Reuters)',
    })
    expect(dateline('(The Hill) — The council passed a budget.')?.agency).toBe('The Hill')
    expect(dateline('Nov. 27, 2026 — The council passed a budget.')).toEqual({
      place: null,
      agency: null,
      date: 'Nov. 27, 2026',
      text: 'Nov. 27, 2026',
    })
    expect(dateline('Thursday, 27 November — The council passed a budget.')?.date).toBe(
      'Thursday, 27 November',
    )
    expect(dateline('LONDON, 3 March 2026 (Reuters) - The council passed a budget.')).toEqual({
      place: 'LONDON',
      agency: 'Reuters',
      date: '3 March 2026',
      text: 'LONDON, 3 March 2026 (Reuters)',
    })
    // (Not a number and a word: “27 people — …”.)
    expect(dateline('27 people — The council passed a budget.')).toBeUndefined()
  })

  it('a date alone with an agency after it', () => {
    expect(dateline('Dec 3 (Reuters) - The council passed a budget.')).toEqual({
      place: null,
      agency: 'Reuters',
      date: 'Dec 3',
      text: 'Dec 3 (Reuters)',
    })
    // (Not words in lower case between parentheses: “May 3 (said) -”.)
    expect(dateline('May 3 (said) - The council passed a budget.')).toBeUndefined()
  })

  it('a place in capitals before a colon, but not a name or a transcript’s speaker', () => {
    expect(dateline('NEW DELHI: The council passed a budget.')).toEqual({
      place: 'NEW DELHI',
      agency: null,
      date: null,
      text: 'NEW DELHI',
    })
    expect(dateline('Trump: The council passed a budget.')).toBeUndefined()
    // (Nor a label: “UPDATE: 5/12 — …”.)
    expect(dateline('UPDATE: The council passed a budget.')).toBeUndefined()
    expect(dateline('EDITOR’S NOTE: The council passed a budget.')).toBeUndefined()
    const transcript = parse(
      'Mayor on the budget\n\nSMITH: The council passed a budget.\n\nJONES: Was it balanced?\n',
    )
    expect(datelines(transcript)).toEqual([])
    // The words after the colon are the sentence’s own: “NEW DELHI: Fares
    // will rise, the minister said.” reports fares, not a speaker “DELHI”.
    const tree = parse(
      'Fares to rise\n\nNEW DELHI: Fares will rise next year, the minister said on Monday.\n',
    )
    expect(quotes(tree).map((quote) => [quote.text, quote.speaker?.text])).toEqual([
      ['Fares will rise next year', 'the minister'],
    ])
  })

  it('a press release’s wire between slashes', () => {
    expect(
      dateline(
        'SAN JOSE, Calif., Oct. 28, 2026 /PRNewswire/ -- Acme Corp today announced results.',
      ),
    ).toEqual({
      place: 'SAN JOSE, Calif.',
      agency: 'PRNewswire',
      date: 'Oct. 28, 2026',
      text: 'SAN JOSE, Calif., Oct. 28, 2026 /PRNewswire/',
    })
  })

  it('a symbol in the agency', () => {
    expect(dateline('NEW YORK (Dow Jones & Co) — The council passed a budget.')).toEqual({
      place: 'NEW YORK',
      agency: 'Dow Jones & Co',
      date: null,
      text: 'NEW YORK (Dow Jones & Co)',
    })
  })

  it('initials with periods make an upper-case place', () => {
    expect(dateline('N.Y. — The council passed a budget.')?.place).toBe('N.Y.')
  })

  it('two capitals are no place', () => {
    expect(dateline('NY — The council passed a budget.')).toBeUndefined()
  })

  it('a mixed-case place only with an agency', () => {
    expect(dateline('Hong Kong (AFP) – The council passed a budget.')).toEqual({
      place: 'Hong Kong',
      agency: 'AFP',
      date: null,
      text: 'Hong Kong (AFP)',
    })
    expect(dateline('London — The council passed a budget.')).toBeUndefined()
  })

  it('a mixed-case place and its country with an agency', () => {
    expect(dateline('Kyiv, Ukraine (Reuters) — The council passed a budget.')).toEqual({
      place: 'Kyiv, Ukraine',
      agency: 'Reuters',
      date: null,
      text: 'Kyiv, Ukraine (Reuters)',
    })
    expect(
      dateline('Rio de Janeiro, Brazil, Nov. 28 (AFP) - The council passed a budget.'),
    ).toEqual({
      place: 'Rio de Janeiro, Brazil',
      agency: 'AFP',
      date: 'Nov. 28',
      text: 'Rio de Janeiro, Brazil, Nov. 28 (AFP)',
    })
    // Not names and words in parentheses, nor a place with no agency.
    expect(dateline('Smith, Jones (and others) — The council passed a budget.')).toBeUndefined()
    expect(dateline('Kyiv, Ukraine — The council passed a budget.')).toBeUndefined()
  })

  it('no dateline before a dash that opens the paragraph', () => {
    expect(dateline('— The council passed a budget.')).toBeUndefined()
  })

  it('no dateline when the dash comes late in the sentence', () => {
    expect(
      dateline(
        'The council, after a long and heated debate that ran late into the night, voted — narrowly — for it.',
      ),
    ).toBeUndefined()
  })

  it('no dateline when the words before the dash are prose', () => {
    expect(dateline('The vote was close — very close.')).toBeUndefined()
  })

  it('only in the first body paragraph', () => {
    const tree = parse(
      'Council passes budget\nThe council passed a budget.\nMembers voted 5-2.\nWASHINGTON (AP) — Another story.',
    )
    expect(datelines(tree)).toEqual([])
  })

  it('the dash stays in the sentence, after the dateline', () => {
    const tree = parse('Council passes budget\nWASHINGTON (AP) — The council passed a budget.')
    const paragraph = tree.children[2]
    const sentence = paragraph?.type === 'ParagraphNode' ? paragraph.children[0] : undefined
    expect(sentence?.type).toBe('SentenceNode')
    const children: SentenceContent[] = sentence?.type === 'SentenceNode' ? sentence.children : []
    expect(children.slice(0, 3).map((node) => [node.type, nlcstToString(node)])).toEqual([
      ['DatelineNode', 'WASHINGTON (AP)'],
      ['WhiteSpaceNode', ' '],
      ['PunctuationNode', '—'],
    ])
  })
})

describe('blocks that are not prose', () => {
  it('a block with a run of more than 10,000 characters is one sentence of words', () => {
    const run = 'x.'.repeat(6_000)
    const input = `Fares go up\n“Fares rise,” the board said.\nSee ${run} here.`
    const tree = parse(input)
    const last = tree.children[tree.children.length - 1] as RootContent
    expect(last.type).toBe('ParagraphNode')
    const sentences = last.type === 'ParagraphNode' ? last.children : []
    expect(sentences).toHaveLength(1)
    const words: string[] = []
    visit(last, 'WordNode', (node) => {
      words.push(nlcstToString(node))
    })
    expect(words).toEqual(['See', run, 'here.'])
    // The other blocks are parsed as usual.
    const quoted: string[] = []
    visit(tree, 'QuoteNode', (node) => {
      quoted.push(nlcstToString(node))
    })
    expect(quoted).toEqual(['“Fares rise,”'])
  })
})

/** The text of each node of a type in a tree, in order. */
function texts(tree: Root, type: 'SentenceNode' | 'WordNode'): string[] {
  const found: string[] = []
  visit(tree, type, (node) => {
    found.push(nlcstToString(node))
  })
  return found
}

describe('sentences', () => {
  it('“No.” before a word ends a sentence; before a number it is a title', () => {
    const input =
      'Leadership\nMr Hague replied: “No. Definitely not.” He lives at No. 10 Downing Street.'
    expect(texts(parse(input), 'SentenceNode')).toEqual([
      'Leadership',
      'Mr Hague replied: “No.',
      'Definitely not.”',
      'He lives at No. 10 Downing Street.',
    ])
  })

  it('a capital letter after a word in lower case ends a sentence; an initial of a name does not', () => {
    const input =
      'Posts\n“Congress has not authorized a war,” she wrote on X. “The administration needs to come to us first.” He got a standing O. The crowd left. He met John F. Kennedy. It was written by J. K. Rowling.'
    const tree = parse(input)
    expect(texts(tree, 'SentenceNode')).toEqual([
      'Posts',
      '“Congress has not authorized a war,” she wrote on X.',
      '“The administration needs to come to us first.”',
      'He got a standing O.',
      'The crowd left.',
      'He met John F. Kennedy.',
      'It was written by J. K. Rowling.',
    ])
    // The full stop is the sentence’s, not the letter’s.
    expect(texts(tree, 'WordNode')).toContain('X')
    const found = quotes(parseNews(input))
    expect(found.map((record) => [record.kind, record.speaker?.text])).toEqual([
      ['direct', 'she'],
      ['direct', 'she'],
    ])
  })

  it('an abbreviation of parse-english that is as often a word ends a sentence before a sentence', () => {
    const input =
      'Ratings row\nThey show what viewers are interested in. “It is unfair,” she said. The story ran in the Sun. The paper said so. The screen is 5 in. Wide screens sell. He starred in. Critics loved it. His album Innocent Man. Now he tours. Albums, concerts etc. There is more.'
    const tree = parse(input)
    expect(texts(tree, 'SentenceNode')).toEqual([
      'Ratings row',
      'They show what viewers are interested in.',
      '“It is unfair,” she said.',
      'The story ran in the Sun.',
      'The paper said so.',
      'The screen is 5 in. Wide screens sell.',
      'He starred in.',
      'Critics loved it.',
      'His album Innocent Man.',
      'Now he tours.',
      'Albums, concerts etc.',
      'There is more.',
    ])
    // The full stop is the sentence’s, not the word’s.
    const words = texts(tree, 'WordNode')
    expect(words).toContain('in')
    expect(words).toContain('Sun')
  })

  it('a Latin abbreviation of parse-latin that is as often a word ends a sentence before a sentence', () => {
    const input =
      'Broadband\n“We found problems,” said Tim Danton, editor of PC Pro. “This breaks the code.” He wins his 65th cap. “We have to focus.” He is mayor pro tem. The council met.'
    expect(texts(parse(input), 'SentenceNode')).toEqual([
      'Broadband',
      '“We found problems,” said Tim Danton, editor of PC Pro.',
      '“This breaks the code.”',
      'He wins his 65th cap.',
      '“We have to focus.”',
      'He is mayor pro tem. The council met.',
    ])
    // (“cent”, parse-latin’s Latin abbreviation, is as often the word: “5
    // per cent. Gas …”.)
    expect(texts(parse('Prices\nShares rose 5 per cent. Gas costs more.'), 'SentenceNode')).toEqual(
      ['Prices', 'Shares rose 5 per cent.', 'Gas costs more.'],
    )
    // (An honorific in capitals goes on before a name in capitals: “MS.
    // LEAVITT:”, not “patients with MS. Final …”.)
    expect(
      texts(
        parse('Briefing\nMS. LEAVITT: Hello. Patients with MS. Final approval came.'),
        'SentenceNode',
      ),
    ).toEqual(['Briefing', 'MS. LEAVITT: Hello.', 'Patients with MS.', 'Final approval came.'])
  })
})
