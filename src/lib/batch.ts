/**
 * `parseMany`: parse many articles on every core, streaming the results.
 *
 * Node.js modules are imported when a batch starts, not when the package
 * loads, so that the rest of the package stays free of them.
 */

import type {Worker, WorkerOptions} from 'node:worker_threads'
import type {QuoteRecord, Root} from '../types.js'
import {
  type BatchMessage,
  fromErrorRecord,
  type Job,
  type Outcome,
  runJob,
  type WorkerData,
  type WorkerMessage,
} from './batch-job.js'
import {describe, type Options, OptionsError, settings} from './options.js'
import type {Outline} from './outline.js'
import {InputError} from './parse-news.js'

export type {BatchMessage} from './batch-job.js'

/**
 * One article to parse.
 *
 * @example
 * ```ts
 * import {type BatchInput, parseMany} from 'retext-news'
 *
 * const input: BatchInput = {path: 'mayor.txt', value: 'Mayor quits\nShe said so.'}
 * for await (const result of parseMany([input])) console.log(result.path) // => 'mayor.txt'
 * ```
 */
export interface BatchInput {
  /**
   * Where the article comes from (optional): given back in its result and
   * used as the path of the file its messages are reported on; never read.
   */
  path?: string | null | undefined
  /** News text: a string, or UTF-8 bytes. */
  value: string | Uint8Array
}

/**
 * Articles to parse: any iterable or async iterable (an array, a generator
 * that reads files, a stream in object mode) of inputs.
 *
 * @example
 * ```ts
 * import {readdir, readFile} from 'node:fs/promises'
 * import type {BatchInputs} from 'retext-news'
 *
 * async function* read(folder: string): BatchInputs {
 *   for (const name of await readdir(folder)) {
 *     yield {path: name, value: await readFile(`${folder}/${name}`)}
 *   }
 * }
 * ```
 */
export type BatchInputs = Iterable<BatchInput> | AsyncIterable<BatchInput>

/**
 * Configuration of `parseMany`.
 *
 * @example
 * ```ts
 * import {type BatchOptions, parseMany} from 'retext-news'
 *
 * const options: BatchOptions = {concurrency: 2, onProgress: (done) => console.error(done)}
 * for await (const result of parseMany([{value: 'Mayor quits\nShe left.'}], options)) {
 *   if (!result.error) console.log(result.outline.headline) // => 'Mayor quits'
 * }
 * ```
 */
export interface BatchOptions {
  /**
   * Number of worker threads (default: `os.availableParallelism()`); at most
   * twice as many inputs are read from `inputs` before their results are
   * taken.
   */
  concurrency?: number | null | undefined
  /** Parser options, as for `parseNews` (default: none). */
  options?: Options | null | undefined
  /**
   * Called each time an input is finished, with the number finished so far
   * and the number of inputs, which is `undefined` until it is known (an
   * array gives it at once; other inputs when they end).
   * The last call is always `(n, n)`; it is called on the thread that
   * iterates the results, while it iterates.
   */
  onProgress?: ((done: number, total: number | undefined) => void) | null | undefined
  /**
   * Whether results come in the order of `inputs` (default: `true`); `false`
   * gives them in the order they finish, which keeps every worker busy when
   * a long article would otherwise hold back the results after it (check
   * `index` to tell them apart).
   */
  ordered?: boolean | null | undefined
  /**
   * Whether to give each tree back too (default: `false`); trees are copied
   * from the worker threads, which is slower and holds more memory.
   */
  tree?: boolean | null | undefined
  /**
   * Whether to use worker threads (default: `true`); `false` parses on the
   * calling thread, one input at a time.
   */
  threads?: boolean | null | undefined
}

/**
 * The result of an article that was parsed.
 *
 * @example
 * ```ts
 * import {parseMany} from 'retext-news'
 *
 * for await (const result of parseMany([{value: '“I quit,” the mayor said.'}])) {
 *   if (!result.error) console.log(result.quotes[0]?.speaker?.text) // => 'the mayor'
 * }
 * ```
 */
export interface BatchSuccess {
  /** Position of the input among `inputs` (0-indexed). */
  index: number
  /** `path` of the input, or `null`. */
  path: string | null
  /** No error. */
  error: null
  /** Quote records, as `quotes(tree)` gives them. */
  quotes: QuoteRecord[]
  /** Headline, dek, byline, dateline, labels, subheadings, trailers. */
  outline: Outline
  /** Messages the parser reported (such as `missing-closing-quote`). */
  messages: BatchMessage[]
  /** Tree, when `tree: true` was given; otherwise `null`. */
  tree: Root | null
}

/**
 * The result of an article that could not be parsed.
 *
 * @example
 * ```ts
 * import {type BatchInput, parseMany} from 'retext-news'
 *
 * const bad = {value: 42} as unknown as BatchInput
 * for await (const result of parseMany([bad])) {
 *   if (result.error) console.log(result.error.name) // => 'InputError'
 * }
 * ```
 */
export interface BatchFailure {
  /** Position of the input among `inputs` (0-indexed). */
  index: number
  /** `path` of the input, or `null`. */
  path: string | null
  /**
   * What went wrong: an `InputError` when the input is not a
   * `{path?, value}` object with a string or `Uint8Array` value, or what
   * parsing threw (an `Error` with its `name`, `message` and `stack`).
   */
  error: Error
}

/**
 * The result of one article: check `error` to tell them apart.
 *
 * @example
 * ```ts
 * import {type BatchResult, parseMany} from 'retext-news'
 *
 * function print(result: BatchResult): void {
 *   if (result.error) console.error(result.path, result.error.message)
 *   else console.log(result.path, result.quotes.length)
 * }
 *
 * for await (const result of parseMany([{value: 'Mayor quits'}])) print(result)
 * ```
 */
export type BatchResult = BatchSuccess | BatchFailure

/** What a worker-thread pool needs. */
interface PoolSettings {
  concurrency: number
  options: Options | null | undefined
  threads: boolean
}

/** An input waiting for its outcome. */
interface Task {
  job: Job
  resolve: (outcome: Outcome) => void
}

/** A worker thread, and the inputs sent to it, in order. */
interface Slot {
  worker: Worker
  /** Inputs sent: the first is the one it parses. */
  tasks: Task[]
  ready: boolean
  gone: boolean
}

/**
 * Inputs sent to a worker at a time: one to parse and one waiting, so that a
 * worker need not wait for the calling thread between two inputs.
 */
const perWorker = 2

/**
 * Parse many articles on every core: inputs are parsed in worker threads
 * and their results (quote records and outline, not trees) stream out as
 * they are finished, in input order (or, with `ordered: false`, in the
 * order they finish).
 *
 * At most `concurrency × 2` inputs are read from `inputs` before their
 * results are taken, so memory stays flat however many articles there are,
 * and a slow consumer slows the reading.
 * An input that cannot be parsed gives a result with an `error`; the other
 * inputs go on.
 * An error thrown by `inputs` itself ends the iteration with that error.
 * Stopping early (`break`) stops the workers.
 *
 * When worker threads cannot be started (the worker module,
 * `dist/batch-worker.js`, is missing, as when the package is bundled; or the
 * TypeScript source runs without tsx), inputs are parsed on the calling
 * thread, one at a time, with the same results, and a warning
 * (`RETEXT_NEWS_NO_WORKERS`) is emitted.
 *
 * @example
 * ```ts
 * import {readdir, readFile} from 'node:fs/promises'
 * import {parseMany} from 'retext-news'
 *
 * async function* read(folder: string) {
 *   for (const name of await readdir(folder)) {
 *     yield {path: name, value: await readFile(`${folder}/${name}`)}
 *   }
 * }
 *
 * for await (const result of parseMany(read('articles'))) {
 *   if (result.error) console.error(result.path, result.error.message)
 *   else console.log(result.path, result.quotes.length)
 * }
 * ```
 *
 * @param inputs
 *   Articles: an iterable or async iterable of `{path?, value}` objects.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Async iterable of results, one per input, in input order (unless
 *   `ordered: false`).
 * @throws {OptionsError}
 *   When `options` (or the parser options in it) has the wrong type.
 * @throws {InputError}
 *   When `inputs` is not iterable.
 */
export function parseMany(
  inputs: BatchInputs,
  options?: BatchOptions | null,
): AsyncGenerator<BatchResult, undefined, undefined> {
  const config = options ?? {}

  if (typeof config !== 'object' || Array.isArray(config)) {
    throw new OptionsError(`Expected options to be an object, not \`${describe(config)}\``)
  }

  const concurrency = config.concurrency ?? undefined
  if (
    concurrency !== undefined &&
    (typeof concurrency !== 'number' || !Number.isInteger(concurrency) || concurrency < 1)
  ) {
    throw new OptionsError(
      `Expected \`concurrency\` to be a positive integer, not \`${typeof concurrency === 'number' ? concurrency : describe(concurrency)}\``,
    )
  }

  const onProgress = config.onProgress ?? undefined
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new OptionsError(
      `Expected \`onProgress\` to be a function, not \`${describe(onProgress)}\``,
    )
  }

  for (const key of ['ordered', 'tree', 'threads'] as const) {
    const value = config[key]
    if (value !== undefined && value !== null && typeof value !== 'boolean') {
      throw new OptionsError(`Expected \`${key}\` to be a boolean, not \`${describe(value)}\``)
    }
  }

  // Check the parser options here, so that a mistake throws once, now.
  settings(config.options, () => {})

  if (
    typeof inputs !== 'object' ||
    inputs === null ||
    !(Symbol.iterator in inputs || Symbol.asyncIterator in inputs)
  ) {
    throw new InputError(
      `Expected an iterable or async iterable of \`{path?, value}\` inputs, not \`${describe(inputs)}\``,
    )
  }

  return run(inputs, {
    concurrency,
    options: config.options,
    onProgress,
    ordered: config.ordered !== false,
    tree: config.tree === true,
    threads: config.threads !== false,
  })
}

/**
 * The batch itself.
 */
async function* run(
  inputs: BatchInputs,
  config: {
    concurrency: number | undefined
    options: Options | null | undefined
    onProgress: ((done: number, total: number | undefined) => void) | undefined
    ordered: boolean
    tree: boolean
    threads: boolean
  },
): AsyncGenerator<BatchResult, undefined, undefined> {
  const concurrency = config.concurrency ?? (await import('node:os')).availableParallelism()
  const limit = concurrency * 2
  const iterator =
    Symbol.asyncIterator in inputs
      ? inputs[Symbol.asyncIterator]()
      : (inputs as Iterable<BatchInput>)[Symbol.iterator]()
  const pool = new Pool({concurrency, options: config.options, threads: config.threads})
  /** Results finished but not yet given, by index, in the order they finished. */
  const finished = new Map<number, BatchResult>()
  let total = Array.isArray(inputs) ? inputs.length : undefined
  /** Inputs read. */
  let read = 0
  /** Results given. */
  let given = 0
  /** Inputs finished, and how many of them were reported. */
  let done = 0
  let reported = 0
  let totalReported = false
  let reading = false
  let ended = false
  let failure: {error: unknown} | undefined
  let wake: (() => void) | undefined

  const signal = () => {
    const resolve = wake
    wake = undefined
    resolve?.()
  }

  const finish = (result: BatchResult) => {
    finished.set(result.index, result)
    done++
    signal()
  }

  const submit = (index: number, input: unknown) => {
    const job = toJob(index, input, config.tree)

    if (job instanceof Error) {
      finish({index, path: pathOf(input), error: job})
      return
    }

    pool.run(job).then((outcome) => {
      finish(
        outcome.ok
          ? {
              index,
              path: job.path,
              error: null,
              quotes: outcome.quotes,
              outline: outcome.outline,
              messages: outcome.messages,
              tree: outcome.tree,
            }
          : {index, path: job.path, error: fromErrorRecord(outcome.error)},
      )
    })
  }

  const readOne = () => {
    reading = true
    Promise.resolve()
      .then(() => iterator.next())
      .then(
        (step) => {
          reading = false
          if (step.done) {
            ended = true
            total = read
          } else {
            submit(read++, step.value)
          }
          signal()
        },
        (error: unknown) => {
          reading = false
          failure = {error}
          signal()
        },
      )
  }

  try {
    while (true) {
      if (failure) throw failure.error

      while (reported < done) {
        reported++
        if (total !== undefined) totalReported = true
        config.onProgress?.(reported, total)
      }

      if (ended && !totalReported && reported === done) {
        totalReported = true
        config.onProgress?.(done, total)
      }

      if (!ended && !reading && read - given < limit) readOne()

      const result = config.ordered ? finished.get(given) : finished.values().next().value

      if (result) {
        finished.delete(result.index)
        given++
        yield result
        continue
      }

      if (ended && given === read) break

      await new Promise<void>((resolve) => {
        wake = resolve
      })
    }
  } finally {
    await pool.close()
    if (!ended) await iterator.return?.()
  }

  return undefined
}

/**
 * Check an input and make the job of it, or the error of a bad input.
 */
function toJob(index: number, input: unknown, tree: boolean): Job | InputError {
  if (typeof input !== 'object' || input === null || !('value' in input)) {
    return new InputError(`Expected a \`{path?, value}\` input, not \`${describe(input)}\``)
  }

  const path = 'path' in input ? (input.path ?? null) : null

  if (path !== null && typeof path !== 'string') {
    return new InputError(`Expected \`path\` to be a string, not \`${describe(path)}\``)
  }

  const value = input.value

  if (typeof value !== 'string' && !(value instanceof Uint8Array)) {
    return new InputError(
      `Expected a string or a Uint8Array of UTF-8 to parse, not \`${describe(value)}\``,
    )
  }

  return {index, path, value, tree}
}

/** The path of an input, if it has a good one. */
function pathOf(input: unknown): string | null {
  return typeof input === 'object' &&
    input !== null &&
    'path' in input &&
    typeof input.path === 'string'
    ? input.path
    : null
}

/**
 * Worker threads that parse jobs, started when there is work for them, or
 * the calling thread when threads cannot be used.
 */
class Pool {
  #settings: PoolSettings
  /** Jobs not yet sent to a worker. */
  #queue: Task[] = []
  #slots = new Set<Slot>()
  /** Whether jobs run on the calling thread. */
  #local: boolean
  /** Whether a job is scheduled on the calling thread. */
  #localScheduled = false
  /** Whether a worker ever started. */
  #started = false
  /** Workers that failed before they started. */
  #failedStarts = 0
  #closed = false
  /** How to start a worker, once known. */
  #spawner: Promise<((data: WorkerData) => Worker) | undefined> | undefined
  /** Workers being started. */
  #spawning = 0

  constructor(settings: PoolSettings) {
    this.#settings = settings
    this.#local = !settings.threads || !cloneable(settings.options)
  }

  /** Parse a job. */
  run(job: Job): Promise<Outcome> {
    return new Promise((resolve) => {
      this.#queue.push({job, resolve})
      this.#pump()
    })
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    this.#closed = true
    this.#queue.length = 0
    const slots = [...this.#slots]
    this.#slots.clear()
    await Promise.all(slots.map((slot) => slot.worker.terminate()))
  }

  /** Send waiting jobs to workers, starting workers as needed. */
  #pump(): void {
    if (this.#closed) return

    if (this.#local) {
      this.#scheduleLocal()
      return
    }

    while (this.#queue.length > 0) {
      // The least busy worker that can take a job.
      let best: Slot | undefined
      for (const slot of this.#slots) {
        if (slot.tasks.length < perWorker && (!best || slot.tasks.length < best.tasks.length)) {
          best = slot
        }
      }

      if (best && best.tasks.length === 0) {
        this.#send(best, this.#queue.shift() as Task)
      } else if (this.#slots.size + this.#spawning < this.#settings.concurrency) {
        // Every worker is busy: start one per job waiting (up to `concurrency`).
        if (this.#spawning >= this.#queue.length) break
        this.#spawn()
      } else if (best) {
        this.#send(best, this.#queue.shift() as Task)
      } else {
        break
      }
    }
  }

  #send(slot: Slot, task: Task): void {
    slot.tasks.push(task)
    slot.worker.ref()
    slot.worker.postMessage(task.job)
  }

  #spawn(): void {
    this.#spawning++
    this.#spawner ??= workerSpawner()
    this.#spawner.then((spawn) => {
      this.#spawning--
      if (this.#closed || this.#local) return
      let worker: Worker

      try {
        if (!spawn) throw new Error('tsx, to load the worker from source, is not found')
        worker = spawn({options: this.#settings.options})
      } catch (error) {
        this.#fallBack(error)
        return
      }

      const slot: Slot = {worker, tasks: [], ready: false, gone: false}
      this.#slots.add(slot)
      worker.on('message', (message: WorkerMessage) => this.#receive(slot, message))
      worker.on('error', (error) => this.#lose(slot, error))
      worker.on('exit', (code) => this.#lose(slot, new Error(`Worker stopped (exit code ${code})`)))
      // Idle workers do not keep the process alive.
      worker.unref()
      this.#pump()
    })
  }

  #receive(slot: Slot, message: WorkerMessage): void {
    if (message.type === 'ready') {
      slot.ready = true
      this.#started = true
      return
    }

    const task = slot.tasks.shift()
    if (slot.tasks.length === 0) slot.worker.unref()
    task?.resolve(message.outcome)
    this.#pump()
  }

  /** A worker failed or stopped. */
  #lose(slot: Slot, error: Error): void {
    if (slot.gone || this.#closed) return
    slot.gone = true
    this.#slots.delete(slot)
    void slot.worker.terminate()
    const tasks = slot.tasks
    slot.tasks = []

    if (!slot.ready) {
      // The worker did not start, so its inputs were not parsed: try again,
      // on the calling thread if no worker ever started (or too many failed).
      this.#queue.unshift(...tasks)
      this.#failedStarts++
      if (!this.#started || this.#failedStarts > this.#settings.concurrency) this.#fallBack(error)
      else this.#pump()
      return
    }

    // The worker died on its first input (such as out of memory); the
    // others were not parsed yet.
    const [first, ...rest] = tasks
    this.#queue.unshift(...rest)
    first?.resolve({
      ok: false,
      error: {name: error.name, message: error.message, stack: error.stack},
    })
    this.#pump()
  }

  /** Parse on the calling thread from now on. */
  #fallBack(error: unknown): void {
    if (this.#local) return
    this.#local = true
    const reason = error instanceof Error ? error.message : String(error)
    process.emitWarning(`Cannot start worker threads (${reason}); parsing on the calling thread`, {
      code: 'RETEXT_NEWS_NO_WORKERS',
    })

    for (const slot of this.#slots) {
      slot.gone = true
      this.#queue.unshift(...slot.tasks)
      slot.tasks = []
      void slot.worker.terminate()
    }

    this.#slots.clear()
    this.#pump()
  }

  /** Parse the next job on the calling thread, soon (not in this turn). */
  #scheduleLocal(): void {
    if (this.#localScheduled || this.#queue.length === 0) return
    this.#localScheduled = true

    setImmediate(() => {
      this.#localScheduled = false
      if (this.#closed) return
      const task = this.#queue.shift()
      if (task) task.resolve(runJob(task.job, this.#settings.options))
      this.#scheduleLocal()
    })
  }
}

/**
 * Whether parser options can be sent to a worker thread (they cannot when
 * an unknown option holds a function, say).
 */
function cloneable(options: Options | null | undefined): boolean {
  try {
    structuredClone(options)
    return true
  } catch {
    return false
  }
}

/**
 * How to start a worker: from `dist/`, the built `batch-worker.js` next to
 * this module; from source (`.ts`), `batch-worker.ts` through tsx’s loader,
 * registered in the worker.
 */
async function workerSpawner(): Promise<((data: WorkerData) => Worker) | undefined> {
  const {Worker} = await import('node:worker_threads')
  const here = import.meta.url
  let filename: string | URL
  let options: WorkerOptions = {}

  if (/\.[cm]?ts$/.test(here)) {
    let api: string

    try {
      api = import.meta.resolve('tsx/esm/api')
    } catch {
      return undefined
    }

    const entry = new URL('./batch-worker.ts', here).href
    filename = `import(${JSON.stringify(api)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}) })`
    options = {eval: true}
  } else {
    filename = new URL('./batch-worker.js', here)
  }

  return (workerData) => new Worker(filename, {...options, workerData})
}
