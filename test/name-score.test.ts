import {describe, expect, it} from 'vitest'
import {
  emptyNameScores,
  nameWords,
  readNameGold,
  sameName,
  scoreNames,
} from '../bench/name-score.js'

describe('readNameGold', () => {
  it('reads tab-separated cases and skips comments and blank lines', () => {
    const cases = readNameGold('# comment\n\nart\t10\t12\tname\t0\t5\nart\t20\t23\tnone\t-1\t-1\n')
    expect(cases).toEqual([
      {article: 'art', start: 10, end: 12, kind: 'name', referentStart: 0, referentEnd: 5},
      {article: 'art', start: 20, end: 23, kind: 'none', referentStart: -1, referentEnd: -1},
    ])
  })

  it('throws on a malformed line, with its number', () => {
    expect(() => readNameGold('art\t10\t12\tperson\t0\t5')).toThrow(/line 1/)
    expect(() => readNameGold('ok\t1\t2\tname\t0\t1\nart\tx\t12\tname\t0\t5')).toThrow(/line 2/)
  })
})

describe('sameName', () => {
  it('compares names without titles, articles, possessives and middle initials', () => {
    expect(nameWords('Mr. Trump’s')).toEqual(['trump'])
    expect(sameName('Donald Trump', 'Donald J. Trump', 'name')).toBe(true)
    expect(sameName('Trump', 'Donald J. Trump', 'name')).toBe(true)
    expect(sameName('Guajardo Villarreal', 'Ildefonso Guajardo Villarreal', 'name')).toBe(true)
    expect(sameName('Ana Villarreal', 'Ildefonso Guajardo Villarreal', 'name')).toBe(false)
    expect(sameName('Associated Press', 'the Associated Press', 'name')).toBe(true)
    expect(sameName('Bill Clinton', 'Hillary Clinton', 'name')).toBe(false)
    expect(sameName('Marco Rubio', 'Hillary Clinton', 'name')).toBe(false)
    expect(sameName('Mr.', 'Hillary Clinton', 'name')).toBe(false)
    expect(sameName('Bobby Scott', 'Robert C. "Bobby" Scott', 'name')).toBe(true)
    expect(sameName('Robert C. Scott', 'Robert C. “Bobby” Scott', 'name')).toBe(true)
    expect(sameName('Tim Scott', 'Robert C. "Bobby" Scott', 'name')).toBe(false)
  })

  it('compares descriptions word for word', () => {
    expect(sameName('A campaign spokesman', 'a campaign spokesman', 'description')).toBe(true)
    expect(sameName('a spokesman', 'a campaign spokesman', 'description')).toBe(false)
    expect(sameName('nervous Democrats', 'nervous Democrats on Capitol Hill', 'description')).toBe(
      true,
    )
    expect(sameName('A new ad from the campaign', 'A new ad', 'description')).toBe(true)
    expect(sameName('some', 'some who saw it', 'description')).toBe(false)
    expect(sameName('Democrats on Capitol Hill', 'nervous Democrats', 'description')).toBe(false)
  })
})

describe('scoreNames', () => {
  it('counts pronouns read as speakers and whether their names are right', () => {
    const text =
      'Vote\n\n“We will win,” said Mary Cole. Tom Reid spoke next. He said: “We will not.” It was a long night, officials said.\n'
    const he = text.indexOf('He said')
    const reid = text.indexOf('Tom Reid')
    const officials = text.indexOf('officials')
    const scores = emptyNameScores()
    scoreNames(
      text,
      [
        {
          article: 'a',
          start: he,
          end: he + 2,
          kind: 'name',
          referentStart: reid,
          referentEnd: reid + 8,
        },
        // A pronoun the system reads as no speaker: not found.
        {
          article: 'a',
          start: text.indexOf('It was'),
          end: text.indexOf('It was') + 2,
          kind: 'none',
          referentStart: -1,
          referentEnd: -1,
        },
        // A description the system names otherwise: found, wrong.
        {
          article: 'a',
          start: officials,
          end: officials + 9,
          kind: 'description',
          referentStart: reid,
          referentEnd: reid + 8,
        },
      ],
      scores,
    )
    expect(scores.cases).toBe(3)
    expect(scores.found).toBe(2)
    expect(scores.right).toBe(1)
    expect(scores.kinds.name).toEqual({cases: 1, found: 1, right: 1})
    expect(scores.kinds.none).toEqual({cases: 1, found: 0, right: 0})
    expect(scores.kinds.description).toEqual({cases: 1, found: 1, right: 0})
  })
})
