/**
 * Scoring of the names speakers resolve to against gold referents of
 * pronoun sources (see `names.ts`).
 *
 * @module
 */

import {parseNews, quotes} from '../src/index.js'

/** What a pronoun stands for. */
export type NameKind = 'name' | 'description' | 'none'

/** A gold case: a pronoun source and whom it stands for. */
export interface NameCase {
  /** Article, without `.txt`. */
  article: string
  /** Offsets of the pronoun. */
  start: number
  end: number
  kind: NameKind
  /** Offsets of a mention of the referent (its fullest name), `-1` for `none`. */
  referentStart: number
  referentEnd: number
}

/**
 * Read a gold file: lines of `article`, pronoun start and end, kind, and
 * referent start and end, separated by tabs; `#` opens a comment line.
 *
 * @throws {Error}
 *   On a malformed line.
 */
export function readNameGold(value: string): NameCase[] {
  const cases: NameCase[] = []

  for (const [index, line] of value.split('\n').entries()) {
    if (line.trim() === '' || line.startsWith('#')) continue
    const [article, start, end, kind, referentStart, referentEnd] = line.split('\t')
    const numbers = [start, end, referentStart, referentEnd].map(Number)
    if (
      !article ||
      (kind !== 'name' && kind !== 'description' && kind !== 'none') ||
      numbers.some((number) => !Number.isInteger(number))
    ) {
      throw new Error(`Malformed gold line ${index + 1}: ${JSON.stringify(line)}`)
    }
    cases.push({
      article,
      start: numbers[0] as number,
      end: numbers[1] as number,
      kind,
      referentStart: numbers[2] as number,
      referentEnd: numbers[3] as number,
    })
  }

  return cases
}

/** Titles and honorifics that are no part of a name when compared. */
const titles = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sen',
  'rep',
  'gov',
  'gen',
  'president',
  'senator',
  'governor',
  'sir',
  'lord',
  'lady',
])

/**
 * The words of a name, lower case, without titles, articles, a possessive
 * and the quotation marks of a nickname (`Robert C. "Bobby" Scott`).
 */
export function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[\s,]+/)
    .map((word) => word.replace(/\.$/, '').replace(/^["“‘']+|["”’']+$/g, ''))
    .filter((word) => word !== '' && word !== 'the' && !titles.has(word))
}

/**
 * Whether a system name is the gold referent's: the same words, or the
 * same last word (the surname) with the same first word or a nickname the
 * other gives (`Robert C. "Bobby" Scott` and “Bobby Scott”), or the one's
 * words ending the other's (“Donald J. Trump” and “Donald Trump”, “Trump”,
 * “Ildefonso Guajardo Villarreal” and “Guajardo Villarreal”); for a
 * description, the same words (“A campaign spokesman” and “a campaign
 * spokesman”), or those of two words or more that start the other
 * (“nervous Democrats” and “nervous Democrats on Capitol Hill”).
 */
export function sameName(system: string, gold: string, kind: NameKind): boolean {
  const ours = nameWords(system)
  const theirs = nameWords(gold)
  if (ours.length === 0 || theirs.length === 0) return false
  if (ours.join(' ') === theirs.join(' ')) return true
  const [shorter, longer] = ours.length < theirs.length ? [ours, theirs] : [theirs, ours]
  if (kind === 'description') {
    // The head phrase without what follows it (“nervous Democrats” and
    // “nervous Democrats on Capitol Hill”), of two words or more.
    return shorter.length > 1 && shorter.join(' ') === longer.slice(0, shorter.length).join(' ')
  }
  return (
    ours[ours.length - 1] === theirs[theirs.length - 1] &&
    (ours[0] === theirs[0] ||
      // A nickname for the first name (“Bobby Scott”, `Robert C. "Bobby" Scott`).
      (shorter.length === 2 && longer.slice(1, -1).includes(shorter[0] as string)) ||
      // The surname alone, of one word or more (“Guajardo Villarreal”).
      shorter.join(' ') === longer.slice(longer.length - shorter.length).join(' '))
  )
}

/** Counts of a run. */
export interface NameScores {
  cases: number
  /** Cases whose pronoun the system reads as a speaker. */
  found: number
  /** Found cases whose name is right. */
  right: number
  /** Per kind of referent: cases, found, right. */
  kinds: Record<NameKind, {cases: number; found: number; right: number}>
}

/**
 * Score the names of the speakers of one article against its gold cases.
 */
export function scoreNames(text: string, cases: readonly NameCase[], scores: NameScores): void {
  const speakers = new Map<number, string | null>()
  for (const record of quotes(parseNews(text))) {
    const speaker = record.speaker
    if (speaker && !speakers.has(speaker.start)) speakers.set(speaker.start, speaker.name)
  }

  for (const gold of cases) {
    const kind = scores.kinds[gold.kind]
    scores.cases++
    kind.cases++
    if (!speakers.has(gold.start)) continue
    scores.found++
    kind.found++
    const name = speakers.get(gold.start) ?? null
    const right =
      gold.kind === 'none'
        ? name === null
        : name !== null &&
          sameName(name, text.slice(gold.referentStart, gold.referentEnd), gold.kind)
    if (right) {
      scores.right++
      kind.right++
    }
  }
}

/** Empty counts. */
export function emptyNameScores(): NameScores {
  return {
    cases: 0,
    found: 0,
    right: 0,
    kinds: {
      name: {cases: 0, found: 0, right: 0},
      description: {cases: 0, found: 0, right: 0},
      none: {cases: 0, found: 0, right: 0},
    },
  }
}
