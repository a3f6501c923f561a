/**
 * Speed and memory of retext-news, measured side by side (not a test).
 *
 * Run: `npm run bench` (needs `../shared/corpora/polnear/data/dev/text`).
 *
 * 1. `parseNews` + `quotes` against retext-english’s parse of the same
 *    articles: throughput ratio (target ≥ 0.8).
 * 2. Against compromise’s `nlp(text).quotations()` (target: ≥ 10× faster).
 * 3. One document made of the whole corpus, at 1× and 16× its size: time per
 *    character at 16× over 1× (target ≤ 1.3).
 * 4. Heap held by the tree of a 1.6 MB document against retext-english’s tree
 *    of the same text (target ≤ 1.5×).
 *
 * Runs alternate and medians are reported. No garbage collection is forced
 * between timed runs, as a process parsing many articles never forces one:
 * a full collection forced before each run made the next run of retext-news
 * about twice as slow (retext-english hardly slower) with no more time spent
 * collecting in it (as `gc` performance entries show), likely because the
 * object shapes optimised code was made for die with the last trees. The
 * steady state is measured instead; collections are forced only before the
 * runs on one huge document (3) and to measure the heap (4).
 */

import {existsSync, readdirSync, readFileSync} from 'node:fs'
import os from 'node:os'
import nlp from 'compromise'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {parseNews, quotes} from '../src/index.js'
import {pipelineOf} from '../src/lib/parse-news.js'
import {parseDocument} from '../src/lib/parser.js'
import type {Root} from '../src/types.js'

const folder = new URL('../../shared/corpora/polnear/data/dev/text/', import.meta.url)
const rounds = Number(process.env.ROUNDS ?? 21)

if (!existsSync(folder)) {
  console.log(`PolNeAR dev split not found at ${folder.pathname}: benchmark skipped`)
  process.exit(0)
}

const texts = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(new URL(name, folder), 'utf8'))
const characters = texts.reduce((sum, text) => sum + text.length, 0)
const english = unified().use(retextEnglish)

function time(run: () => void): number {
  const start = performance.now()
  run()
  return performance.now() - start
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

function gc(): void {
  const collect = (globalThis as {gc?: () => void}).gc
  if (collect) collect()
}

/** Times of jobs: the median and the fastest run of each. */
interface Times {
  median: Record<string, number>
  fastest: Record<string, number>
}

/**
 * Alternate runs of several jobs, after `warm` untimed rounds of them; return
 * the median and fastest time of each.
 */
function compare(
  jobs: Record<string, () => void>,
  count = rounds,
  collect = false,
  warm = 1,
): Times {
  const times: Record<string, number[]> = {}
  for (const name of Object.keys(jobs)) times[name] = []
  for (let round = 0; round < warm; round++) for (const job of Object.values(jobs)) job()

  for (let round = 0; round < count; round++) {
    for (const [name, job] of Object.entries(jobs)) {
      if (collect) gc()
      times[name]?.push(time(job))
    }
  }

  const result: Times = {median: {}, fastest: {}}
  for (const [name, list] of Object.entries(times)) {
    result.median[name] = median(list)
    result.fastest[name] = Math.min(...list)
  }

  return result
}

const format = (n: number) => n.toFixed(2)
console.log(
  `Machine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, Node ${process.version}`,
)
console.log(
  `Corpus: ${texts.length} PolNeAR dev articles, ${(characters / 1e6).toFixed(2)} M characters`,
)
const load = os.loadavg()[0] ?? 0
console.log(
  `Load average: ${load.toFixed(2)}${load > os.cpus().length / 2 ? ' (a busy machine: medians suffer; the fastest runs are shown too)' : ''}\n`,
)

// 1 and 2. A process that parses article after article runs optimised code:
// both jobs are warmed up alike before they are timed (`WARMUP` rounds of
// each, 30 by default). The optimising compiler takes longer to settle on
// retext-news, which has much more code than retext-english: over the first
// ten rounds of the 84 articles its median was 1.4–1.7× its median over
// rounds 50 to 90, and it settled after about 30 rounds (retext-english's
// was 1.05–1.1× its later one).
const warmup = Number(process.env.WARMUP ?? 30)
const per = compare(
  {
    news: () => {
      for (const text of texts) quotes(parseNews(text))
    },
    english: () => {
      for (const text of texts) english.parse(text)
    },
  },
  rounds,
  false,
  warmup,
)
const slow = compare(
  {
    compromise: () => {
      for (const text of texts) nlp(text).quotations().out('array')
    },
  },
  Math.min(rounds, 3),
)
const fastest = {...per.fastest, ...slow.fastest}
const news = per.median.news as number
console.log(
  `parseNews + quotes: ${format(news)} ms (${format(characters / news / 1000)} M chars/s)`,
)
console.log(`retext-english parse: ${format(per.median.english as number)} ms`)
console.log(
  `  throughput vs retext-english: ${format((per.median.english as number) / news)}× (target ≥ 0.8)`,
)
console.log(`compromise quotations: ${format(slow.median.compromise as number)} ms`)
console.log(
  `  speed vs compromise: ${format((slow.median.compromise as number) / news)}× (target ≥ 10)`,
)
console.log(
  `Fastest runs: parseNews + quotes ${format(fastest.news as number)} ms, retext-english ${format(fastest.english as number)} ms (${format((fastest.english as number) / (fastest.news as number))}×), compromise ${format(fastest.compromise as number)} ms (${format((fastest.compromise as number) / (fastest.news as number))}×)\n`,
)

// Where the time goes: the pipeline of `parseNews`, one news transform more
// each run (blocks, dateline, quotes), then `quotes()`.
const stages = ['tokens and sentence fixes', 'blocks', 'dateline', 'quotes', 'quotes()'] as const

function parseUpTo(text: string, count: number): Root {
  const {value, pipeline} = pipelineOf(new VFile(text), {})
  return parseDocument(value, {...pipeline, root: pipeline.root.slice(0, count)})
}

const cumulative = compare(
  Object.fromEntries(
    stages.map((name, count) => [
      name,
      () => {
        for (const text of texts) {
          const tree = parseUpTo(text, Math.min(count, 3))
          if (count === 4) quotes(tree)
        }
      },
    ]),
  ),
)
console.log('Where the time goes (each stage: median of the runs up to it, minus the one before):')
let before = 0
for (const name of stages) {
  const total = cumulative.median[name] as number
  console.log(`  ${name.padEnd(26)} ${format(Math.max(0, total - before)).padStart(8)} ms`)
  before = total
}
console.log('')

// 3.
const whole = texts.join('\n\n')
const big = Array.from({length: 16}, () => whole).join('\n\n')
const linear = compare(
  {
    one: () => quotes(parseNews(whole)),
    sixteen: () => quotes(parseNews(big)),
  },
  3,
  // One document of megabytes per run: each starts from a collected heap,
  // so that the garbage of the 16× run is not paid for by the 1× one.
  true,
)
const perCharOne = (linear.median.one as number) / whole.length
const perCharSixteen = (linear.median.sixteen as number) / big.length
console.log(
  `One document, 1×: ${format(linear.median.one as number)} ms; 16×: ${format(linear.median.sixteen as number)} ms`,
)
console.log(
  `  time per character, 16× over 1×: ${format(perCharSixteen / perCharOne)} (target ≤ 1.3)\n`,
)

// 4.
const target = 1_600_000
const megabytes = Array.from({length: Math.ceil(target / whole.length)}, () => whole)
  .join('\n\n')
  .slice(0, target)

function held(make: () => unknown): number {
  gc()
  const before = process.memoryUsage().heapUsed
  const kept = make()
  gc()
  const after = process.memoryUsage().heapUsed
  if (!kept) throw new Error('nothing made')
  return after - before
}

if ((globalThis as {gc?: unknown}).gc) {
  const ours = held(() => parseNews(megabytes))
  const theirs = held(() => english.parse(megabytes))
  console.log(`Heap held by the tree of a ${(megabytes.length / 1e6).toFixed(1)} MB document:`)
  console.log(
    `  retext-news ${(ours / 1e6).toFixed(1)} MB, retext-english ${(theirs / 1e6).toFixed(1)} MB: ${format(ours / theirs)}× (target ≤ 1.5)`,
  )
} else {
  console.log('Heap figure needs `node --expose-gc` (npm run bench passes it)')
}
