/**
 * The command line, run with streams given to it so that tests can run it
 * in-process.
 */

import {readFile} from 'node:fs/promises'
import {VFile} from 'vfile'
import {type BatchInput, parseMany, parseNews, type Root} from '../index.js'
import {type Arguments, parseArguments, UsageError, usage} from './args.js'
import {
  type Article,
  toJson,
  toJsonList,
  toNdjsonLine,
  toNdjsonRecordLine,
  toOutline,
  toQuotesJson,
} from './format.js'
import {toHtml} from './html.js'
import {decodeUtf8, Utf8Error} from './utf8.js'

/** A stream to write text to. */
export interface Output {
  /** Write; `false` asks the writer to wait for `'drain'` (when it can). */
  write(chunk: string): unknown
  /** Listen once for `'drain'` (Node.js streams). */
  once?(event: 'drain', listener: () => void): unknown
}

/** The streams of the command line. */
export interface Io {
  /** Standard input, read when no file (or `-`) is given. */
  stdin: AsyncIterable<Uint8Array | string>
  /** Standard output: the results, and nothing else. */
  stdout: Output
  /** Standard error: errors, warnings (`--verbose`) and progress. */
  stderr: Output
  /** Which streams are terminals. */
  isTTY: {stdout: boolean; stderr: boolean}
}

/** What the command line needs to know about itself. */
export interface Context {
  /** Version printed by `--version`. */
  version: string
}

/** Exit codes. */
export const exitCodes = {ok: 0, failure: 1, usage: 2} as const

/** Name of the command, which prefixes its messages. */
const command = 'retext-news'

/** Name standard input gets in messages and in output. */
export const stdinName = '<stdin>'

/** A problem with one input that stops it from being processed. */
class InputProblem extends Error {
  override name = 'InputProblem'
}

/**
 * Run the command line.
 *
 * @param argv
 *   Arguments (`process.argv.slice(2)`).
 * @param io
 *   Streams.
 * @param context
 *   Version.
 * @returns
 *   Exit code: `0` on success, `1` when an input failed, `2` on a bad
 *   command line.
 */
export async function main(argv: readonly string[], io: Io, context: Context): Promise<number> {
  let args: Arguments

  try {
    args = parseArguments(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr.write(`${command}: ${error.message} — see '${command} --help'\n`)
    return exitCodes.usage
  }

  if (args.help) {
    io.stdout.write(usage)
    return exitCodes.ok
  }

  if (args.version) {
    io.stdout.write(`${context.version}\n`)
    return exitCodes.ok
  }

  const names = args.files.length === 0 ? ['-'] : args.files

  if (names.filter((name) => name === '-').length > 1) {
    io.stderr.write(`${command}: standard input (-) can be read only once\n`)
    return exitCodes.usage
  }

  const progress = args.format === 'ndjson' && io.isTTY.stderr ? new Progress(io.stderr) : undefined

  // Several files as ndjson: parse them on every core, streaming.
  if (args.format === 'ndjson' && names.length > 1) {
    return (await batch(names, io, args.verbose, progress)) ? exitCodes.failure : exitCodes.ok
  }

  const articles: Article[] = []
  let failed = false

  for (const [index, name] of names.entries()) {
    const file = name === '-' ? stdinName : name
    progress?.show(`[${index + 1}/${names.length}] ${file}`)
    let tree: Root

    try {
      tree = await parse(name, file, io, args.verbose, progress)
    } catch (error) {
      if (!(error instanceof InputProblem)) throw error
      progress?.clear()
      io.stderr.write(`${command}: ${error.message}\n`)
      failed = true
      continue
    }

    const article: Article = {file, tree}

    switch (args.format) {
      case 'ndjson':
        progress?.clear()
        io.stdout.write(toNdjsonLine(article))
        break
      case 'outline':
        if (names.length > 1) io.stdout.write(`${index > 0 ? '\n' : ''}==> ${file} <==\n`)
        io.stdout.write(toOutline(tree))
        break
      default:
        articles.push(article)
    }
  }

  progress?.clear()

  if (args.format === 'html') {
    if (articles.length > 0) io.stdout.write(toHtml(articles))
  } else if (args.format === 'json' || args.format === 'quotes') {
    const single = articles[0]

    if (names.length > 1) {
      io.stdout.write(toJsonList(articles, args.format))
    } else if (single) {
      io.stdout.write(args.format === 'json' ? toJson(single.tree) : toQuotesJson(single.tree))
    }
  }

  return failed ? exitCodes.failure : exitCodes.ok
}

/**
 * Parse several files with `parseMany` and print a line of ndjson for each,
 * in order; errors go to stderr in their turn.
 *
 * @returns
 *   Whether an input failed.
 */
async function batch(
  names: readonly string[],
  io: Io,
  verbose: boolean,
  progress: Progress | undefined,
): Promise<boolean> {
  /** Inputs that could not be read, by their position, until their turn. */
  const problems = new Map<number, string>()
  /** Position among `names` of each input given to `parseMany`. */
  const positions: number[] = []
  /** Position of the next name to report. */
  let next = 0
  let failed = false

  async function* read(): AsyncGenerator<BatchInput, undefined, undefined> {
    for (const [position, name] of names.entries()) {
      let value: string

      try {
        value = await load(name, fileOf(name), io)
      } catch (error) {
        if (!(error instanceof InputProblem)) throw error
        problems.set(position, error.message)
        continue
      }

      positions.push(position)
      yield name === '-' ? {value} : {path: name, value}
    }

    return undefined
  }

  /** Report the problems of the inputs before `end`. */
  const flush = (end: number) => {
    for (; next < end; next++) {
      const problem = problems.get(next)

      if (problem !== undefined) {
        problems.delete(next)
        progress?.clear()
        io.stderr.write(`${command}: ${problem}\n`)
        failed = true
      }
    }
  }

  for await (const result of parseMany(read())) {
    const position = positions[result.index] ?? 0
    const file = fileOf(names[position] ?? '')
    flush(position)
    next = position + 1

    if (result.error) {
      const detail = verbose && result.error.stack ? `\n${result.error.stack}` : ''
      progress?.clear()
      io.stderr.write(`${command}: ${file}: cannot parse: ${String(result.error)}${detail}\n`)
      failed = true
    } else {
      if (verbose) writeMessages(io, file, result.messages, progress)
      progress?.clear()
      const line = toNdjsonRecordLine({file, quotes: result.quotes, outline: result.outline})
      // Wait when the reader is slower than the parser, rather than buffer.
      if (io.stdout.write(line) === false) await drain(io.stdout)
    }

    progress?.show(`[${position + 1}/${names.length}] ${file}`)
  }

  flush(names.length)
  progress?.clear()
  return failed
}

/** Wait until a stream that was written to too fast drains, if it can say so. */
function drain(stream: Output): Promise<void> {
  return new Promise((resolve) => {
    if (stream.once) stream.once('drain', resolve)
    else resolve()
  })
}

/** Name of an input in messages and in output. */
function fileOf(name: string): string {
  return name === '-' ? stdinName : name
}

/**
 * Read and decode one input.
 *
 * @throws {InputProblem}
 *   When the input cannot be read or is not UTF-8.
 */
async function load(name: string, file: string, io: Io): Promise<string> {
  let bytes: Uint8Array

  try {
    bytes = name === '-' ? await readAll(io.stdin) : await readFile(name)
  } catch (error) {
    throw new InputProblem(`cannot read '${file}': ${describeSystemError(error)}`)
  }

  try {
    return decodeUtf8(bytes)
  } catch (error) {
    if (!(error instanceof Utf8Error)) throw error
    throw new InputProblem(`${file}: ${error.message}`)
  }
}

/**
 * Read, decode and parse one input; report warnings when verbose.
 *
 * @throws {InputProblem}
 *   When the input cannot be read, is not UTF-8, or cannot be parsed.
 */
async function parse(
  name: string,
  file: string,
  io: Io,
  verbose: boolean,
  progress: Progress | undefined,
): Promise<Root> {
  const value = await load(name, file, io)
  const vfile = new VFile(name === '-' ? {value} : {path: name, value})
  let tree: Root

  try {
    tree = parseNews(vfile)
  } catch (error) {
    const detail = verbose && error instanceof Error && error.stack ? `\n${error.stack}` : ''
    throw new InputProblem(`${file}: cannot parse: ${String(error)}${detail}`)
  }

  if (verbose) writeMessages(io, file, vfile.messages, progress)
  return tree
}

/** A parser message, from a vfile or from `parseMany`. */
interface Message {
  reason: string
  line: number | null | undefined
  column: number | null | undefined
  ruleId: string | null | undefined
  fatal: boolean | null | undefined
}

/** Print parser messages on stderr (`--verbose`). */
function writeMessages(
  io: Io,
  file: string,
  messages: readonly Message[],
  progress: Progress | undefined,
): void {
  if (messages.length === 0) return
  progress?.clear()

  for (const message of messages) {
    const place =
      message.line === undefined || message.line === null
        ? ''
        : `:${message.line}:${message.column ?? 1}`
    const rule = message.ruleId ? ` [${message.ruleId}]` : ''
    const severity = message.fatal ? 'error' : 'warning'
    io.stderr.write(`${file}${place}: ${severity}: ${message.reason}${rule}\n`)
  }
}

async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []

  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk)
  }

  return Buffer.concat(chunks)
}

/** Say what went wrong with a file system call, briefly. */
function describeSystemError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : ''

  switch (code) {
    case 'ENOENT':
      return 'no such file or directory'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a directory'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}

/** One line of progress on a terminal, rewritten in place. */
class Progress {
  #stream: Output
  #shown = false

  constructor(stream: Output) {
    this.#stream = stream
  }

  show(text: string): void {
    this.#stream.write(`\r\u001B[K${command}: ${text}`)
    this.#shown = true
  }

  clear(): void {
    if (!this.#shown) return
    this.#stream.write('\r\u001B[K')
    this.#shown = false
  }
}
