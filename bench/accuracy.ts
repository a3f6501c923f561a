/**
 * Accuracy of quote attribution on a PolNeAR split.
 *
 * ```sh
 * npx tsx bench/accuracy.ts DIR [--verbose]
 * npm run bench:accuracy -- DIR [--verbose]
 * ```
 *
 * `DIR` holds `text/NAME.txt` and `attributions/NAME_ANNOTATOR.ann`; when an
 * article has several annotators’ files, the first in sorted order is used.
 * Texts without an annotation file are skipped. See `score.ts` for the
 * definitions of the figures.
 *
 * @module
 */

import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {basename, join} from 'node:path'
import {parseNews, quotes} from '../src/index.js'
import type {QuoteRecord} from '../src/types.js'
import {annotationFiles, type Fragment, fragmentText, parseAnn} from './brat.js'
import {
  type Accuracy,
  attributionOverlapPercent,
  directCoveragePercent,
  type Prf,
  type ScoredDocument,
  type Scores,
  score,
} from './score.js'

/** Options from the command line. */
interface Options {
  directory: string
  verbose: boolean
}

/** A document read from disk, with what went wrong when parsing it. */
interface Loaded {
  document: ScoredDocument
  error: string | null
}

const excerptLength = 60

/** Read the command line, or `null` when no directory is given. */
function readOptions(argv: readonly string[]): Options | null {
  const rest = argv.filter((argument) => argument !== '--verbose' && argument !== '-v')
  const directory = rest[0]
  if (directory === undefined || rest.length > 1) return null
  return {directory, verbose: rest.length !== argv.length}
}

/** Whether `path` is a directory. */
function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory()
}

/** Run the system on one text; an exception is reported, not thrown. */
function runSystem(text: string): {records: QuoteRecord[]; error: string | null} {
  try {
    return {records: quotes(parseNews(text)), error: null}
  } catch (error) {
    return {records: [], error: error instanceof Error ? error.message : String(error)}
  }
}

/** Load and run every annotated text of the split. */
function load(directory: string): {loaded: Loaded[]; skipped: string[]} {
  const textDirectory = join(directory, 'text')
  const annotations = annotationFiles(readdirSync(join(directory, 'attributions')))
  const loaded: Loaded[] = []
  const skipped: string[] = []
  for (const file of readdirSync(textDirectory).sort()) {
    if (!file.endsWith('.txt')) continue
    const name = basename(file, '.txt')
    const annotation = annotations.get(name)
    if (annotation === undefined) {
      skipped.push(name)
      continue
    }
    const text = readFileSync(join(textDirectory, file), 'utf8')
    const gold = parseAnn(readFileSync(join(directory, 'attributions', annotation), 'utf8'))
    const {records, error} = runSystem(text)
    loaded.push({document: {name, text, gold, system: records}, error})
  }
  return {loaded, skipped}
}

/** `12.3%`. */
function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`
}

/** One row of the table. */
function row(label: string, figures: Prf): string {
  const counts = [figures.gold, figures.system, figures.matched].map((value) =>
    String(value).padStart(8),
  )
  const rates = [figures.precision, figures.recall, figures.f1].map((value) =>
    percent(value).padStart(10),
  )
  return `${label.padEnd(26)}${counts.join('')}${rates.join('')}`
}

/** `80.0% (76/95)`. */
function accuracyText(figures: Accuracy): string {
  return `${percent(figures.accuracy)} (${figures.correct}/${figures.total})`
}

/** The table of figures. */
function table(scores: Scores): string[] {
  const header = `${''.padEnd(26)}${['gold', 'system', 'matched'].map((h) => h.padStart(8)).join('')}${['precision', 'recall', 'F1'].map((h) => h.padStart(10)).join('')}`
  return [
    header,
    row(`Direct quotes (≥${directCoveragePercent}%)`, scores.direct),
    row(`All attributions (≥${attributionOverlapPercent}%)`, scores.all),
    row('Exact content', scores.exact.content),
    row('Exact source', scores.exact.source),
    row('Exact cue', scores.exact.cue),
    '',
    `Direct quotes, matched:    speaker ${accuracyText(scores.direct.speaker)}, cue ${accuracyText(scores.direct.cue)}`,
    `All attributions, matched: speaker ${accuracyText(scores.all.speaker)}, cue ${accuracyText(scores.all.cue)}`,
  ]
}

/** Offsets and the first characters of a span, on one line. */
function describe(text: string, fragments: readonly Fragment[] | null): string {
  if (fragments === null || fragments.length === 0) return '(none)'
  const offsets = fragments.map((fragment) => `${fragment.start}-${fragment.end}`).join(';')
  const flat = fragmentText(text, fragments).replace(/\s+/g, ' ').trim()
  const excerpt = flat.length > excerptLength ? `${flat.slice(0, excerptLength)}…` : flat
  return `[${offsets}] ${excerpt}`
}

/** Missed and spurious direct quotes, and speaker errors, per document. */
function details(loaded: readonly Loaded[], scores: Scores): string[] {
  const lines: string[] = []
  scores.perDocument.forEach((document, index) => {
    const text = (loaded[index] as Loaded).document.text
    const {missedDirect, spuriousDirect, speakerErrors} = document
    if (missedDirect.length + spuriousDirect.length + speakerErrors.length === 0) return
    lines.push('', `${document.name}`)
    for (const missed of missedDirect) lines.push(`  missed   ${describe(text, missed)}`)
    for (const spurious of spuriousDirect) lines.push(`  spurious ${describe(text, spurious)}`)
    for (const error of speakerErrors) {
      lines.push(`  speaker  ${describe(text, error.content)}`)
      lines.push(`           gold ${describe(text, error.gold)}`)
      lines.push(`           system ${describe(text, error.system)}`)
    }
  })
  return lines
}

/** Run the benchmark; returns the exit code. */
function main(argv: readonly string[]): number {
  const options = readOptions(argv)
  if (options === null) {
    console.error('Usage: npx tsx bench/accuracy.ts DIR [--verbose]')
    console.error('DIR holds text/NAME.txt and attributions/NAME_ANNOTATOR.ann (PolNeAR layout).')
    return 1
  }
  const {directory, verbose} = options
  if (!isDirectory(join(directory, 'text')) || !isDirectory(join(directory, 'attributions'))) {
    console.error(
      `No PolNeAR split at ${directory}: expected ${directory}/text and ${directory}/attributions.`,
    )
    return 1
  }
  const started = performance.now()
  const {loaded, skipped} = load(directory)
  const scores = score(loaded.map((item) => item.document))
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const failed = loaded.filter((item) => item.error !== null)
  console.log(
    `${directory}: ${scores.documents} documents scored, ${skipped.length} without annotation, ${failed.length} failed to parse (${seconds} s)`,
  )
  console.log('')
  for (const line of table(scores)) console.log(line)
  for (const item of failed) console.log(`parse error in ${item.document.name}: ${item.error}`)
  if (verbose) for (const line of details(loaded, scores)) console.log(line)
  return 0
}

process.exitCode = main(process.argv.slice(2))
