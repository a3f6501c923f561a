/**
 * `parseMany`: a folder of articles parsed on worker threads, from the
 * TypeScript source (workers load it through tsx) and from a build in a
 * temporary folder (workers load `dist/batch-worker.js`).
 */

import {execFile} from 'node:child_process'
import {mkdtemp, readFile, rename, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {
  type BatchInput,
  type BatchResult,
  type BatchSuccess,
  InputError,
  OptionsError,
  parseMany,
  parseNews,
  quotes,
} from '../src/index.js'
import {outline} from '../src/lib/outline.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const execute = promisify(execFile)
const count = 50

const reporters = ['Nadia Okafor', 'Tom Lindqvist', 'Priya Raman', 'Owen Castell', 'Lena Vogt']
const places = ['LISBON', 'OSAKA', 'DENVER', 'NAIROBI', 'QUITO', 'TAMPERE', 'HOBART']
const speakers = [
  ['Mayor Carla Benning', 'the mayor'],
  ['Dr. Felix Amadi', 'the doctor'],
  ['Sen. Ruth Calloway', 'the senator'],
  ['Coach Ivan Petrov', 'the coach'],
  ['Judge Helen Marsh', 'the judge'],
  ['Chief Omar Haddad', 'the chief'],
] as const
const subjects = [
  'bridge repairs',
  'a school budget',
  'the harbour plan',
  'a rail strike',
  'flood defences',
]

/** A small article of our own, different for each `n`. */
function article(n: number): string {
  const reporter = reporters[n % reporters.length]
  const place = places[n % places.length]
  const [name, role] = speakers[n % speakers.length] ?? speakers[0]
  const [other] = speakers[(n + 2) % speakers.length] ?? speakers[1]
  const subject = subjects[n % subjects.length]
  const paragraphs = [
    `${place} (Reuters) — Officials met for ${n + 2} hours on Tuesday to argue over ${subject}, and no vote was taken.`,
    `“We cannot wait another ${n + 1} weeks,” ${name} said. “People are tired of promises.”`,
    `${other} told reporters that the figures were “far from settled” and that a deal could come in spring.`,
  ]
  if (n % 3 === 0) paragraphs.push(`“It is a start,” ${role} added, before leaving the hall.`)
  if (n % 4 === 0) paragraphs.push('Critics said the plan would cost more than it saves.')
  if (n % 7 === 0) paragraphs.push('“This has gone on too long, one resident said.')
  return `Council splits over ${subject} (${n})\nBy ${reporter}\n\n${paragraphs.join('\n\n')}\n`
}

let folder = ''
let names: string[] = []
let texts: string[] = []
/** Warnings emitted while a test runs (fallback to the calling thread, say). */
const warnings: string[] = []
const onWarning = (warning: Error & {code?: string}) => {
  warnings.push(`${warning.code ?? warning.name}: ${warning.message}`)
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'retext-news-batch-'))
  texts = Array.from({length: count}, (_, n) => article(n))
  names = texts.map((_, n) => `article-${String(n).padStart(3, '0')}.txt`)
  await Promise.all(names.map((name, n) => writeFile(join(folder, name), texts[n] ?? '')))
  process.on('warning', onWarning)
})

afterAll(async () => {
  process.off('warning', onWarning)
  if (folder) await rm(folder, {recursive: true, force: true})
})

/** Read the folder, counting how far reading gets ahead of the consumer. */
function instrumentedFolder() {
  const state = {read: 0, consumed: 0, mostAhead: 0, returned: false}

  async function* read(): AsyncGenerator<BatchInput> {
    try {
      for (const name of names) {
        const value = await readFile(join(folder, name))
        state.read++
        state.mostAhead = Math.max(state.mostAhead, state.read - state.consumed)
        yield {path: name, value}
      }
    } finally {
      state.returned = state.read < names.length
    }
  }

  return {state, inputs: read()}
}

function success(result: BatchResult | undefined): BatchSuccess {
  if (!result || result.error) throw new Error(`Expected a success, not ${String(result?.error)}`)
  return result
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('parseMany (from source)', () => {
  it('parses a folder on 2 threads, in input order, as `parseNews` does', async () => {
    warnings.length = 0
    const {state, inputs} = instrumentedFolder()
    const progress: [number, number | undefined][] = []
    const results: BatchResult[] = []

    for await (const result of parseMany(inputs, {
      concurrency: 2,
      onProgress: (done, total) => progress.push([done, total]),
    })) {
      results.push(result)
      state.consumed++
      // A slow consumer: reading must wait for it.
      await sleep(2)
    }

    expect(warnings).toEqual([])
    expect(results.map((result) => result.index)).toEqual(names.map((_, n) => n))
    expect(results.map((result) => result.path)).toEqual(names)

    for (const [n, text] of texts.entries()) {
      const result = success(results[n])
      const tree = parseNews(text)
      expect(result.quotes).toEqual(quotes(tree))
      expect(result.outline).toEqual(outline(tree))
      expect(result.tree).toBeNull()
    }

    // Every article has quotes, and the unclosed one is reported.
    expect(results.every((result) => !result.error && result.quotes.length >= 2)).toBe(true)
    const unclosed = success(results[7]).messages
    expect(unclosed).toEqual([
      expect.objectContaining({
        ruleId: 'missing-closing-quote',
        source: 'retext-news',
        fatal: false,
      }),
    ])
    expect(unclosed[0]?.line).toBeGreaterThan(1)
    expect(success(results[1]).messages).toEqual([])

    // Backpressure: never more than concurrency × 2 inputs read ahead.
    expect(state.mostAhead).toBeLessThanOrEqual(4)
    expect(state.mostAhead).toBeGreaterThanOrEqual(2)
    expect(state.returned).toBe(false)

    // Progress: every count from 1 to n, in order; once the generator ends
    // the total is known, and one more call may repeat a count with it
    // (when the end is seen after the last result is in, or just before).
    const done = progress.map(([value]) => value)
    expect([...new Set(done)]).toEqual(names.map((_, n) => n + 1))
    expect(done.every((value, n) => n === 0 || value >= (done[n - 1] ?? 0))).toBe(true)
    expect(done.length - count).toBeLessThanOrEqual(1)
    expect(progress[0]?.[1]).toBeUndefined()
    expect(progress.at(-1)).toEqual([count, count])
  })

  it('gives an error result for a bad input, and goes on', async () => {
    warnings.length = 0
    const good = texts[0] ?? ''
    const inputs: unknown[] = [
      {path: 'a.txt', value: good},
      {path: 'b.txt', value: 42},
      'c.txt',
      // VFile refuses an empty path: thrown in the worker, not on this thread.
      {path: '', value: good},
      {value: new TextEncoder().encode(good)},
    ]
    const progress: [number, number | undefined][] = []
    const results: BatchResult[] = []

    for await (const result of parseMany(inputs as BatchInput[], {
      concurrency: 2,
      tree: true,
      onProgress: (done, total) => progress.push([done, total]),
    })) {
      results.push(result)
    }

    expect(warnings).toEqual([])
    expect(
      results.map((result) => [result.index, result.path, result.error?.name ?? null]),
    ).toEqual([
      [0, 'a.txt', null],
      [1, 'b.txt', 'InputError'],
      [2, null, 'InputError'],
      [3, '', 'Error'],
      [4, null, null],
    ])
    expect(results[1]?.error).toBeInstanceOf(InputError)
    expect(results[1]?.error?.message).toBe(
      'Expected a string or a Uint8Array of UTF-8 to parse, not `number`',
    )
    expect(results[2]?.error?.message).toBe('Expected a `{path?, value}` input, not `string`')
    expect(results[3]?.error?.message).toMatch(/path/)
    expect(results[3]?.error?.stack).toMatch(/vfile/)
    // Trees come back when asked for, bytes are decoded.
    expect(success(results[0]).tree).toEqual(parseNews(good))
    expect(success(results[4]).tree).toEqual(parseNews(good))
    // An array gives its length at once.
    expect(progress).toEqual([1, 2, 3, 4, 5].map((done) => [done, 5]))
  })

  it('gives results as they finish with `ordered: false`', async () => {
    const paragraph = `“We cannot wait another week,” ${speakers[0][0]} said. “We are tired.”\n\n`
    // A long article first (about a second to parse), then short ones.
    const inputs: BatchInput[] = [
      {path: 'long', value: `Council splits\n\n${paragraph.repeat(5000)}`},
      ...texts.slice(0, 9).map((value, n) => ({path: names[n], value})),
    ]
    const indices: number[] = []
    let mostAhead = 0
    let read = 0

    async function* source(): AsyncGenerator<BatchInput> {
      for (const input of inputs) {
        read++
        mostAhead = Math.max(mostAhead, read - indices.length)
        yield input
      }
    }

    for await (const result of parseMany(source(), {concurrency: 2, ordered: false})) {
      const input = inputs[result.index]
      expect(result.path).toBe(input?.path)
      expect(success(result).quotes).toEqual(quotes(parseNews(input?.value ?? '')))
      indices.push(result.index)
    }

    expect([...indices].sort((a, b) => a - b)).toEqual(inputs.map((_, n) => n))
    expect(indices[0]).not.toBe(0)
    expect(mostAhead).toBeLessThanOrEqual(4)
  })

  it('parses on the calling thread with `threads: false`, with the same results', async () => {
    const inputs = texts.slice(0, 6).map((value, n) => ({path: names[n], value}))
    const local: BatchResult[] = []
    const threaded: BatchResult[] = []
    for await (const result of parseMany(inputs, {threads: false})) local.push(result)
    for await (const result of parseMany(inputs, {concurrency: 3})) threaded.push(result)
    expect(local).toHaveLength(6)
    expect(local).toEqual(threaded)
  })

  it('passes parser options to the workers', async () => {
    const value = 'Mayor quits\n“I am done,” the mayor opined.\n'
    const options = {cues: ['opined'], dek: false}
    const [result] = await collect(parseMany([{value}], {concurrency: 1, options}))
    expect(success(result).quotes).toEqual(quotes(parseNews(value, options)))
    expect(success(result).quotes[0]?.cue?.text).toBe('opined')
  })

  it('stops reading, and the workers, when the loop is left early', async () => {
    const {state, inputs} = instrumentedFolder()
    let seen = 0

    for await (const result of parseMany(inputs, {concurrency: 2})) {
      state.consumed++
      expect(result.index).toBe(seen++)
      if (seen === 3) break
    }

    expect(state.returned).toBe(true)
    expect(state.read).toBeLessThanOrEqual(3 + 4)
  })

  it('ends with the error thrown by the inputs', async () => {
    async function* inputs(): AsyncGenerator<BatchInput> {
      yield {value: texts[0] ?? ''}
      yield {value: texts[1] ?? ''}
      throw new Error('disk on fire')
    }

    const seen: number[] = []
    await expect(async () => {
      for await (const result of parseMany(inputs(), {concurrency: 2})) seen.push(result.index)
    }).rejects.toThrow('disk on fire')
    expect(seen.length).toBeLessThanOrEqual(2)
  })

  it('takes sync iterables, and reports an empty batch', async () => {
    const progress: [number, number | undefined][] = []
    const empty = await collect(
      parseMany(new Set<BatchInput>(), {onProgress: (...call) => progress.push(call)}),
    )
    expect(empty).toEqual([])
    expect(progress).toEqual([[0, 0]])

    function* two(): Generator<BatchInput> {
      yield {value: texts[2] ?? ''}
      yield {value: texts[3] ?? ''}
    }

    const results = await collect(parseMany(two(), {concurrency: 2}))
    expect(results.map((result) => success(result).quotes)).toEqual(
      [texts[2], texts[3]].map((text) => quotes(parseNews(text ?? ''))),
    )
  })

  it('throws on bad options when called', () => {
    const inputs: BatchInput[] = []
    expect(() => parseMany(inputs, {concurrency: 0})).toThrow(
      new OptionsError('Expected `concurrency` to be a positive integer, not `0`'),
    )
    expect(() => parseMany(inputs, {concurrency: 1.5})).toThrow(OptionsError)
    expect(() => parseMany(inputs, {concurrency: '2' as unknown as number})).toThrow(
      'Expected `concurrency` to be a positive integer, not `string`',
    )
    expect(() => parseMany(inputs, {onProgress: 1 as unknown as () => void})).toThrow(OptionsError)
    expect(() => parseMany(inputs, {tree: 'yes' as unknown as boolean})).toThrow(
      'Expected `tree` to be a boolean, not `string`',
    )
    expect(() => parseMany(inputs, {options: {cues: 'said' as unknown as string[]}})).toThrow(
      'Expected `cues` to be an array of strings, not `string`',
    )
    expect(() => parseMany(42 as unknown as BatchInput[])).toThrow(InputError)
  })
})

async function collect(results: AsyncIterable<BatchResult>): Promise<BatchResult[]> {
  const list: BatchResult[] = []
  for await (const result of results) list.push(result)
  return list
}

/** The part of tsup’s API used here. */
interface Tsup {
  build(options: {
    config: string
    dts: boolean
    sourcemap: boolean
    silent: boolean
    outDir: string
  }): Promise<void>
}

const tsupSpecifier: string = 'tsup'

describe('parseMany (from a build)', () => {
  let staging = ''

  beforeAll(async () => {
    // Build with the project’s tsup config (its entries), without types, into
    // a folder that resolves dependencies from this project. tsup is imported
    // by a specifier TypeScript does not follow: its types need optional
    // packages (`@swc/core`).
    staging = await mkdtemp(join(tmpdir(), 'retext-news-batch-build-'))
    const tsup: Tsup = await import(tsupSpecifier)
    await tsup.build({
      config: join(root, 'tsup.config.ts'),
      dts: false,
      sourcemap: false,
      silent: true,
      outDir: join(staging, 'dist'),
    })
    await writeFile(join(staging, 'package.json'), '{"type": "module"}\n')
    await symlink(join(root, 'node_modules'), join(staging, 'node_modules'), 'dir')
    await writeFile(
      join(staging, 'run.mjs'),
      [
        "import {readFile, readdir} from 'node:fs/promises'",
        "import {join} from 'node:path'",
        "import {parseMany, parseNews, quotes} from './dist/index.js'",
        'const folder = process.argv[2]',
        'const warnings = []',
        "process.on('warning', (warning) => warnings.push(warning.code))",
        'const names = (await readdir(folder)).sort()',
        "const texts = await Promise.all(names.map((name) => readFile(join(folder, name), 'utf8')))",
        'const same = []',
        'const inputs = texts.map((value, n) => ({path: names[n], value}))',
        'for await (const result of parseMany(inputs, {concurrency: 2})) {',
        '  const expected = JSON.stringify(quotes(parseNews(texts[result.index])))',
        '  same.push(!result.error && JSON.stringify(result.quotes) === expected)',
        '}',
        'await new Promise((resolve) => setTimeout(resolve, 10))',
        'console.log(JSON.stringify({count: same.length, same: same.every(Boolean), warnings}))',
        '',
      ].join('\n'),
    )
  }, 120_000)

  afterAll(async () => {
    if (staging) await rm(staging, {recursive: true, force: true})
  })

  function runBuilt(): Promise<{count: number; same: boolean; warnings: string[]}> {
    return new Promise((resolve, reject) => {
      execFile(process.execPath, ['run.mjs', folder], {cwd: staging}, (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`))
        else resolve(JSON.parse(stdout))
      })
    })
  }

  it('runs the workers from `dist/batch-worker.js`', async () => {
    expect(await runBuilt()).toEqual({count, same: true, warnings: []})
  })

  it('gives an error result for an input whose worker dies, and goes on', async () => {
    // A worker that stops its thread on an input that says so.
    await rename(join(staging, 'dist/batch-worker.js'), join(staging, 'dist/real-worker.js'))
    await writeFile(
      join(staging, 'dist/batch-worker.js'),
      [
        "import {parentPort} from 'node:worker_threads'",
        'const on = parentPort.on.bind(parentPort)',
        'parentPort.on = (type, listener) =>',
        "  on(type, type === 'message' ? (job) => (job.value === 'EXIT' ? process.exit(3) : listener(job)) : listener)",
        "await import('./real-worker.js')",
        '',
      ].join('\n'),
    )
    await writeFile(
      join(staging, 'exit.mjs'),
      [
        "import {parseMany} from './dist/index.js'",
        "const values = ['One\\n“Yes,” she said.', 'EXIT', 'Two\\n“No,” he said.', 'EXIT', 'Three']",
        'const results = []',
        'for await (const result of parseMany(values.map((value) => ({value})), {concurrency: 2})) {',
        '  results.push(result.error ? result.error.message : result.quotes.length)',
        '}',
        'console.log(JSON.stringify(results))',
        '',
      ].join('\n'),
    )
    const {stdout} = await execute(process.execPath, ['exit.mjs'], {cwd: staging})
    expect(JSON.parse(stdout)).toEqual([
      1,
      'Worker stopped (exit code 3)',
      1,
      'Worker stopped (exit code 3)',
      0,
    ])
    await rename(join(staging, 'dist/real-worker.js'), join(staging, 'dist/batch-worker.js'))
  })

  it('parses on the calling thread, with a warning, when the worker module is missing', async () => {
    await rm(join(staging, 'dist/batch-worker.js'))
    expect(await runBuilt()).toEqual({count, same: true, warnings: ['RETEXT_NEWS_NO_WORKERS']})
  })
})
