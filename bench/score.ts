/**
 * Accuracy of quote attribution against gold attributions (PolNeAR).
 *
 * Definitions (all counts are micro-averaged over the documents):
 *
 * - **Relations.** PolNeAR annotates one attribution relation per source and
 *   cue, so “A,” he said. “B.” is one relation whose content has two
 *   fragments. Before anything is counted, the system records of a document
 *   are grouped the same way (`relations`): records whose `attribution` is
 *   the same non-null identifier become one record, in the place of the
 *   first of them, whose spans are the spans of all of them and whose
 *   speaker and cue are the first one’s; it is of kind `'direct'` only when
 *   every record in it is. Records whose `attribution` is `null` (or
 *   missing) stay as they are, one each. Every figure below counts these
 *   grouped records, called system records from here on.
 * - A span with several fragments (gold) or pieces (system) is taken as the
 *   union of its fragments (`unionFragments`: sorted, overlapping or touching
 *   fragments merged). Its *length* is the number of characters it covers.
 * - *Overlap* of two spans is the number of characters both cover. Two spans
 *   *touch* when their overlap is at least one character.
 * - **Direct quotes.** Gold: attributions whose content `isDirectQuote`
 *   (see `brat.ts`). System: records of kind `'direct'`. A pair is eligible
 *   when the system content covers at least 80% of the gold content
 *   (`overlap / length(gold) >= 0.8`). Pairs are matched one to one, greedily
 *   by best overlap (see `matchOneToOne`). Precision = matched / system,
 *   recall = matched / gold.
 *   On matched pairs: *speaker accuracy* counts a pair correct when the
 *   system speaker touches a gold source fragment, or, when the gold
 *   attribution has no source, when the system speaker is `null`; *cue
 *   accuracy* likewise with the system cue and the gold cue.
 * - **All attributions.** Every system record of any kind that has a speaker
 *   or a cue, or both (`isRelation`), against every gold attribution; a
 *   record with neither (a scare quote, an unattributed partial quote) is
 *   not an attribution relation and counts neither as system nor as a
 *   match. (The direct-quote figures and the exact match keep such
 *   records.) A pair is eligible when
 *   `overlap / max(length(gold), length(system)) >= 0.3`; matched one to one,
 *   greedily; speaker and cue accuracy as above.
 * - **Exact match per role** (content, source, cue). The distinct spans of the
 *   role in a document, on each side (gold: content, source, cue fragments of
 *   every attribution; system: union of the record’s content spans, speaker,
 *   cue). A system span counts only when its offsets equal those of a gold
 *   span of the role exactly: no trimming of white space or punctuation on
 *   either side. Note that PolNeAR content of direct quotes includes the
 *   quotation marks, as do the system’s content spans; a source is the local
 *   mention (“he”), as is the system speaker span. Spans are distinct by
 *   offsets, so a speaker shared by several quotes counts once.
 * - Thresholds are compared in integers (`overlap * 100 >= length * 80`), so
 *   the edges are exact. A ratio with a zero denominator is 0.
 *
 * Everything here is pure.
 *
 * @module
 */

import type {QuoteRecord, Span} from '../src/types.js'
import {
  coveredLength,
  type Fragment,
  type GoldAttribution,
  isDirectQuote,
  overlapLength,
  overlaps,
  unionFragments,
} from './brat.js'

/** Minimum share, in percent, of a gold direct quote the system must cover. */
export const directCoveragePercent = 80

/** Minimum overlap, in percent of the longer span, for any attribution. */
export const attributionOverlapPercent = 30

/** One document to score. */
export interface ScoredDocument {
  /** Name of the document (file name without extension). */
  name: string
  /** Text of the article (gold offsets index into it). */
  text: string
  /** Gold attributions. */
  gold: GoldAttribution[]
  /** What `quotes()` returned. */
  system: QuoteRecord[]
}

/** Precision, recall and F1, with their counts. */
export interface Prf {
  gold: number
  system: number
  matched: number
  precision: number
  recall: number
  f1: number
}

/** Accuracy over matched pairs. */
export interface Accuracy {
  correct: number
  total: number
  accuracy: number
}

/** Matching figures with speaker and cue accuracy on the matched pairs. */
export interface MatchScores extends Prf {
  speaker: Accuracy
  cue: Accuracy
}

/** Raw counts of one comparison. */
export interface Counts {
  gold: number
  system: number
  matched: number
}

/** Raw counts of a matching, with speaker and cue tallies. */
export interface MatchCounts extends Counts {
  speakerCorrect: number
  cueCorrect: number
}

/** A matched direct quote whose speaker is wrong. */
export interface SpeakerError {
  content: Fragment[]
  gold: Fragment[] | null
  system: Fragment[] | null
}

/** Counts of one document, and what went wrong, for debugging. */
export interface DocumentScores {
  name: string
  direct: MatchCounts
  all: MatchCounts
  exact: {content: Counts; source: Counts; cue: Counts}
  /** Gold direct quotes left unmatched (content fragments). */
  missedDirect: Fragment[][]
  /** System direct quotes left unmatched (content spans). */
  spuriousDirect: Fragment[][]
  /** Matched direct quotes whose speaker is wrong. */
  speakerErrors: SpeakerError[]
}

/** Figures for a set of documents. */
export interface Scores {
  documents: number
  direct: MatchScores
  all: MatchScores
  exact: {content: Prf; source: Prf; cue: Prf}
  perDocument: DocumentScores[]
}

/** A candidate pair: indices into the gold and system lists. */
export interface Pair {
  gold: number
  system: number
}

/** `part / whole`, or 0 when `whole` is 0. */
export function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole
}

/** Precision, recall and F1 from counts. */
export function prf(counts: Counts): Prf {
  const precision = ratio(counts.matched, counts.system)
  const recall = ratio(counts.matched, counts.gold)
  const f1 = ratio(2 * precision * recall, precision + recall)
  return {...counts, precision, recall, f1}
}

/** Fragments of a system span, or `null`. */
export function spanFragments(span: Span | null): Fragment[] | null {
  return span ? [{start: span.start, end: span.end}] : null
}

/** Content of a system record as fragments. */
export function systemContent(record: QuoteRecord): Fragment[] {
  return record.spans.map((span) => ({start: span.start, end: span.end}))
}

/**
 * Whether the system content covers at least `directCoveragePercent` of the
 * gold content.
 */
export function coversGold(gold: readonly Fragment[], system: readonly Fragment[]): boolean {
  const length = coveredLength(gold)
  return length > 0 && overlapLength(gold, system) * 100 >= length * directCoveragePercent
}

/**
 * Whether the overlap is at least `attributionOverlapPercent` of the longer
 * of the two spans.
 */
export function overlapsEnough(gold: readonly Fragment[], system: readonly Fragment[]): boolean {
  const longest = Math.max(coveredLength(gold), coveredLength(system))
  return longest > 0 && overlapLength(gold, system) * 100 >= longest * attributionOverlapPercent
}

/**
 * Match gold and system contents one to one, greedily by best overlap.
 *
 * Every eligible pair is ranked by `overlap / max(length(gold),
 * length(system))`, then by overlap in characters, then by gold index and
 * system index (for a stable result); pairs are taken in that order, each
 * skipped when its gold or system item is taken already.
 */
export function matchOneToOne(
  gold: readonly Fragment[][],
  system: readonly Fragment[][],
  eligible: (gold: readonly Fragment[], system: readonly Fragment[]) => boolean,
): Pair[] {
  const candidates: Array<Pair & {score: number; overlap: number}> = []
  gold.forEach((goldContent, goldIndex) => {
    system.forEach((systemContent, systemIndex) => {
      if (!eligible(goldContent, systemContent)) return
      const overlap = overlapLength(goldContent, systemContent)
      const longest = Math.max(coveredLength(goldContent), coveredLength(systemContent))
      candidates.push({gold: goldIndex, system: systemIndex, overlap, score: overlap / longest})
    })
  })
  candidates.sort(
    (a, b) => b.score - a.score || b.overlap - a.overlap || a.gold - b.gold || a.system - b.system,
  )
  const usedGold = new Set<number>()
  const usedSystem = new Set<number>()
  const pairs: Pair[] = []
  for (const candidate of candidates) {
    if (usedGold.has(candidate.gold) || usedSystem.has(candidate.system)) continue
    usedGold.add(candidate.gold)
    usedSystem.add(candidate.system)
    pairs.push({gold: candidate.gold, system: candidate.system})
  }
  return pairs.sort((a, b) => a.gold - b.gold)
}

/**
 * Whether a system role span agrees with the gold one: it touches a gold
 * fragment, or both are absent.
 */
export function roleCorrect(gold: Fragment[] | null, system: Fragment[] | null): boolean {
  if (gold === null || gold.length === 0) return system === null
  return system !== null && overlaps(gold, system)
}

/** Result of matching one set of gold attributions with system records. */
interface Matching {
  counts: MatchCounts
  pairs: Pair[]
}

/** Match and tally speaker and cue correctness on the pairs. */
function matchAttributions(
  gold: readonly GoldAttribution[],
  system: readonly QuoteRecord[],
  eligible: (gold: readonly Fragment[], system: readonly Fragment[]) => boolean,
): Matching {
  const pairs = matchOneToOne(
    gold.map((attribution) => attribution.content),
    system.map(systemContent),
    eligible,
  )
  let speakerCorrect = 0
  let cueCorrect = 0
  for (const pair of pairs) {
    const goldItem = gold[pair.gold] as GoldAttribution
    const systemItem = system[pair.system] as QuoteRecord
    if (roleCorrect(goldItem.source, spanFragments(systemItem.speaker))) speakerCorrect++
    if (roleCorrect(goldItem.cue, spanFragments(systemItem.cue))) cueCorrect++
  }
  const counts = {gold: gold.length, system: system.length, matched: pairs.length}
  return {counts: {...counts, speakerCorrect, cueCorrect}, pairs}
}

/** Key of a span for exact comparison: its union’s offsets. */
export function spanKey(fragments: readonly Fragment[]): string {
  return unionFragments(fragments)
    .map((fragment) => `${fragment.start}-${fragment.end}`)
    .join(',')
}

/** Distinct keys of the non-null, non-empty spans. */
function keys(spans: ReadonlyArray<readonly Fragment[] | null>): Set<string> {
  const result = new Set<string>()
  for (const span of spans) {
    if (span === null) continue
    const key = spanKey(span)
    if (key !== '') result.add(key)
  }
  return result
}

/** Exact comparison of distinct gold and system spans. */
export function exactCounts(
  gold: ReadonlyArray<readonly Fragment[] | null>,
  system: ReadonlyArray<readonly Fragment[] | null>,
): Counts {
  const goldKeys = keys(gold)
  const systemKeys = keys(system)
  let matched = 0
  for (const key of systemKeys) if (goldKeys.has(key)) matched++
  return {gold: goldKeys.size, system: systemKeys.size, matched}
}

/** Counts of the exact match per role in one document. */
function exactRoles(document: ScoredDocument): DocumentScores['exact'] {
  const {gold, system} = document
  return {
    content: exactCounts(
      gold.map((attribution) => attribution.content),
      system.map(systemContent),
    ),
    source: exactCounts(
      gold.map((attribution) => attribution.source),
      system.map((record) => spanFragments(record.speaker)),
    ),
    cue: exactCounts(
      gold.map((attribution) => attribution.cue),
      system.map((record) => spanFragments(record.cue)),
    ),
  }
}

/**
 * Group system records into attribution relations, the unit PolNeAR
 * annotates: records that share an attribution identifier (a quote split
 * around “he said”, the quotes of one speaker that follow each other, a
 * partial quote inside the reported speech that holds it) become one record
 * whose content is the union of their spans. Records without an attribution
 * stay as they are. A group is direct only when every record in it is.
 */
export function relations(records: readonly QuoteRecord[]): QuoteRecord[] {
  const result: QuoteRecord[] = []
  const groups = new Map<string, QuoteRecord>()

  for (const record of records) {
    // A record built without the field (`undefined` at run time) has no
    // attribution either: it must not be grouped with the others like it.
    const key: string | null = record.attribution ?? null
    const group = key === null ? undefined : groups.get(key)

    if (group) {
      group.spans = [...group.spans, ...record.spans]
      if (record.kind !== 'direct') {
        // Not direct once any member is not; a partial group takes the kind
        // of an indirect or mixed member.
        if (group.kind === 'direct' || group.kind === 'partial') group.kind = record.kind
      }
      continue
    }

    const copy: QuoteRecord = {...record, spans: [...record.spans]}
    if (key !== null) groups.set(key, copy)
    result.push(copy)
  }

  return result
}

/** Whether a record is an attribution relation: it has a speaker or a cue. */
export function isRelation(record: QuoteRecord): boolean {
  return record.speaker !== null || record.cue !== null
}

/** Score one document. */
export function scoreDocument(input: ScoredDocument): DocumentScores {
  const document: ScoredDocument = {...input, system: relations(input.system)}
  const goldDirect = document.gold.filter((attribution) =>
    isDirectQuote(document.text, attribution.content),
  )
  const systemDirect = document.system.filter((record) => record.kind === 'direct')
  const {pairs, counts: direct} = matchAttributions(goldDirect, systemDirect, coversGold)
  const all = matchAttributions(
    document.gold,
    document.system.filter(isRelation),
    overlapsEnough,
  ).counts
  const matchedGold = new Set(pairs.map((pair) => pair.gold))
  const matchedSystem = new Set(pairs.map((pair) => pair.system))
  return {
    name: document.name,
    direct,
    all,
    exact: exactRoles(document),
    missedDirect: goldDirect
      .filter((_, index) => !matchedGold.has(index))
      .map((attribution) => attribution.content),
    spuriousDirect: systemDirect.filter((_, index) => !matchedSystem.has(index)).map(systemContent),
    speakerErrors: speakerErrors(goldDirect, systemDirect, pairs),
  }
}

/** Matched pairs whose speaker is wrong. */
function speakerErrors(
  gold: readonly GoldAttribution[],
  system: readonly QuoteRecord[],
  pairs: readonly Pair[],
): SpeakerError[] {
  const errors: SpeakerError[] = []
  for (const pair of pairs) {
    const goldItem = gold[pair.gold] as GoldAttribution
    const speaker = spanFragments((system[pair.system] as QuoteRecord).speaker)
    if (roleCorrect(goldItem.source, speaker)) continue
    errors.push({content: goldItem.content, gold: goldItem.source, system: speaker})
  }
  return errors
}

/** Sum counts. */
function sumCounts(list: readonly Counts[]): Counts {
  const total: Counts = {gold: 0, system: 0, matched: 0}
  for (const counts of list) {
    total.gold += counts.gold
    total.system += counts.system
    total.matched += counts.matched
  }
  return total
}

/** Sum matching counts into figures. */
function matchScores(list: readonly MatchCounts[]): MatchScores {
  const counts = sumCounts(list)
  const speakerCorrect = list.reduce((sum, item) => sum + item.speakerCorrect, 0)
  const cueCorrect = list.reduce((sum, item) => sum + item.cueCorrect, 0)
  return {
    ...prf(counts),
    speaker: accuracy(speakerCorrect, counts.matched),
    cue: accuracy(cueCorrect, counts.matched),
  }
}

/** Accuracy from counts. */
function accuracy(correct: number, total: number): Accuracy {
  return {correct, total, accuracy: ratio(correct, total)}
}

/** Score a set of documents. */
export function score(documents: readonly ScoredDocument[]): Scores {
  const perDocument = documents.map(scoreDocument)
  return {
    documents: documents.length,
    direct: matchScores(perDocument.map((document) => document.direct)),
    all: matchScores(perDocument.map((document) => document.all)),
    exact: {
      content: prf(sumCounts(perDocument.map((document) => document.exact.content))),
      source: prf(sumCounts(perDocument.map((document) => document.exact.source))),
      cue: prf(sumCounts(perDocument.map((document) => document.exact.cue))),
    },
    perDocument,
  }
}
