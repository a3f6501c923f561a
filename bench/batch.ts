/**
 * Throughput and memory of `parseMany` on a large folder (not a test).
 *
 * Run: `npm run bench:batch` (needs `../shared/corpora/polnear/data/*\/text`).
 *
 * The PolNeAR train and dev articles are read from disk, over and over, as
 * one stream of about 10,000 inputs (`COUNT` sets it), and parsed with
 * `parseMany` on the calling thread (`threads: false`, the baseline), and on
 * worker threads at a concurrency of 1 and of every core
 * (`os.availableParallelism()`), in input order and (`ordered: false`) in
 * the order results finish, each in a fresh process.
 * Reported: articles and characters per second, speed-up over the baseline,
 * cores kept busy (CPU time of every thread over wall time), and the
 * resident set size of the process (every thread), sampled every 25 ms: its
 * peak, and at each tenth of the batch, which stays flat because results
 * stream out and no tree is kept.
 * The load average is printed: on a busy machine, the speed-up says little.
 */

import {execFile} from 'node:child_process'
import {existsSync} from 'node:fs'
import {readdir, readFile} from 'node:fs/promises'
import os from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {type BatchInput, parseMany} from '../src/index.js'

const corpus = fileURLToPath(new URL('../../shared/corpora/polnear/data/', import.meta.url))
const splits = ['train', 'dev']
const count = Number(process.env.COUNT ?? 10_000)

/** What one run measured. */
interface Measure {
  /** Worker threads, or 0 for the calling thread. */
  concurrency: number
  /** Whether results come in input order. */
  ordered: boolean
  inputs: number
  failed: number
  quotes: number
  characters: number
  seconds: number
  /** CPU time of every thread, in seconds. */
  cpu: number
  /** Resident set size (MB): at the start, its peak, and at each tenth. */
  rssStart: number
  rssPeak: number
  rssTenths: number[]
}

const mb = (bytes: number) => bytes / 1024 / 1024

async function listFiles(): Promise<string[]> {
  const files: string[] = []

  for (const split of splits) {
    const folder = join(corpus, split, 'text')
    if (!existsSync(folder)) continue
    for (const name of (await readdir(folder)).sort()) {
      if (name.endsWith('.txt')) files.push(join(folder, name))
    }
  }

  return files
}

/**
 * One run, in this process: `--run <concurrency> <ordered>` (concurrency 0:
 * the calling thread).
 */
async function measure(concurrency: number, ordered: boolean): Promise<Measure> {
  const files = await listFiles()
  let characters = 0

  async function* inputs(): AsyncGenerator<BatchInput> {
    for (let n = 0; n < count; n++) {
      const path = files[n % files.length] as string
      const value = await readFile(path, 'utf8')
      characters += value.length
      yield {path, value}
    }
  }

  const rssStart = mb(process.memoryUsage.rss())
  let rssPeak = rssStart
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, mb(process.memoryUsage.rss()))
  }, 25)
  const rssTenths: number[] = []
  let failed = 0
  let quotes = 0
  const start = performance.now()
  const cpuStart = process.cpuUsage()

  for await (const result of parseMany(inputs(), {
    concurrency: Math.max(concurrency, 1),
    threads: concurrency > 0,
    ordered,
    onProgress(done) {
      if (done % Math.ceil(count / 10) === 0 || done === count) {
        rssTenths.push(Math.round(mb(process.memoryUsage.rss())))
      }
    },
  })) {
    if (result.error) failed++
    else quotes += result.quotes.length
  }

  const seconds = (performance.now() - start) / 1000
  const cpuTime = process.cpuUsage(cpuStart)
  const cpu = (cpuTime.user + cpuTime.system) / 1e6
  clearInterval(sampler)
  rssPeak = Math.max(rssPeak, mb(process.memoryUsage.rss()))
  return {
    concurrency,
    ordered,
    inputs: count,
    failed,
    quotes,
    characters,
    seconds,
    cpu,
    rssStart,
    rssPeak,
    rssTenths,
  }
}

/** Run a measure in a fresh process, so that memory of one run does not count in the next. */
function spawnMeasure(concurrency: number, ordered: boolean): Promise<Measure> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [
        ...process.execArgv,
        fileURLToPath(import.meta.url),
        '--run',
        String(concurrency),
        String(ordered),
      ],
      {maxBuffer: 1024 * 1024},
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`))
        else resolve(JSON.parse(stdout) as Measure)
      },
    )
  })
}

const runIndex = process.argv.indexOf('--run')

if (runIndex !== -1) {
  const concurrency = Number(process.argv[runIndex + 1])
  console.log(JSON.stringify(await measure(concurrency, process.argv[runIndex + 2] !== 'false')))
} else {
  const files = await listFiles()

  if (files.length === 0) {
    console.log(`PolNeAR texts not found under ${corpus}{train,dev}/text: benchmark skipped`)
    process.exit(0)
  }

  const cores = os.availableParallelism()
  console.log(
    `Machine: ${os.cpus()[0]?.model ?? 'unknown'}, ${cores} cores available, Node ${process.version}`,
  )
  console.log(`Corpus: ${files.length} PolNeAR train + dev articles, repeated to ${count} inputs`)
  const load = () => os.loadavg()[0]?.toFixed(1) ?? '?'
  console.log(`Load average (1 min) before: ${load()}\n`)

  const results: Measure[] = []
  for (const concurrency of [...new Set([0, 1, cores])]) {
    results.push(await spawnMeasure(concurrency, true))
  }
  results.push(await spawnMeasure(cores, false))
  const base = results[0] as Measure

  for (const result of results) {
    const perSecond = result.inputs / result.seconds
    const speedUp = base.seconds / result.seconds
    const name =
      result.concurrency === 0
        ? 'calling thread'
        : `${result.concurrency} worker(s)${result.ordered ? '' : ', unordered'}`
    console.log(
      `${name.padEnd(22)}: ${result.seconds.toFixed(1)} s, ` +
        `${perSecond.toFixed(0)} articles/s, ${(result.characters / 1e6 / result.seconds).toFixed(2)} M characters/s, ` +
        `×${speedUp.toFixed(2)}, ${(result.cpu / result.seconds).toFixed(2)} cores busy; ` +
        `${result.quotes} quotes, ${result.failed} failed`,
    )
    console.log(
      `  RSS: ${result.rssStart.toFixed(0)} MB at start, peak ${result.rssPeak.toFixed(0)} MB; ` +
        `at each tenth: ${result.rssTenths.join(', ')} MB`,
    )
  }

  console.log(`\nLoad average (1 min) after: ${load()}`)
}
