/**
 * One input of `parseMany`, parsed: the work a worker thread does (and the
 * calling thread, when workers cannot be started), and the messages that
 * cross between threads.
 */

import {VFile} from 'vfile'
import type {QuoteRecord, Root} from '../types.js'
import type {Options} from './options.js'
import {type Outline, outline} from './outline.js'
import {parseNews} from './parse-news.js'
import {quotes} from './records.js'

/**
 * A message the parser reported on an input (a vfile message, as a plain
 * object).
 *
 * @example
 * ```ts
 * import {parseMany} from 'retext-news'
 *
 * for await (const result of parseMany([{value: 'Mayor quits\n“I am done, she said.'}])) {
 *   if (!result.error) for (const message of result.messages) console.log(message.ruleId)
 *   // => 'missing-closing-quote'
 * }
 * ```
 */
export interface BatchMessage {
  /** What is wrong (“Unexpected missing closing quotation mark”). */
  reason: string
  /** Line (1-indexed) where it is, or `null` when it has no place. */
  line: number | null
  /** Column (1-indexed) where it is, or `null` when it has no place. */
  column: number | null
  /** Rule (`'missing-closing-quote'`), or `null`. */
  ruleId: string | null
  /** Source (`'retext-news'`), or `null`. */
  source: string | null
  /** Whether the message is an error (`true`) rather than a warning. */
  fatal: boolean
}

/** Data every worker starts with. */
export interface WorkerData {
  /** Parser options (already checked on the calling thread). */
  options: Options | null | undefined
}

/** One input to parse, sent to a worker. */
export interface Job {
  /** Position of the input in the batch. */
  index: number
  /** Path of the input, or `null`. */
  path: string | null
  /** Text. */
  value: string | Uint8Array
  /** Whether to send the tree back. */
  tree: boolean
}

/** An error, as a plain object that crosses threads. */
export interface ErrorRecord {
  name: string
  message: string
  stack: string | undefined
}

/** What parsing one input gave. */
export type Outcome =
  | {
      ok: true
      quotes: QuoteRecord[]
      outline: Outline
      messages: BatchMessage[]
      tree: Root | null
    }
  | {ok: false; error: ErrorRecord}

/** Messages from a worker to the calling thread. */
export type WorkerMessage = {type: 'ready'} | {type: 'done'; index: number; outcome: Outcome}

/**
 * Parse one input.
 *
 * @param job
 *   Input.
 * @param options
 *   Parser options.
 * @returns
 *   Records, or the error that parsing threw.
 */
export function runJob(job: Job, options: Options | null | undefined): Outcome {
  try {
    const file = new VFile(
      job.path === null ? {value: job.value} : {path: job.path, value: job.value},
    )
    const tree = parseNews(file, options)
    return {
      ok: true,
      quotes: quotes(tree),
      outline: outline(tree),
      messages: file.messages.map((message) => ({
        reason: message.reason,
        line: message.line ?? null,
        column: message.column ?? null,
        ruleId: message.ruleId ?? null,
        source: message.source ?? null,
        fatal: message.fatal === true,
      })),
      tree: job.tree ? tree : null,
    }
  } catch (error) {
    return {ok: false, error: toErrorRecord(error)}
  }
}

/**
 * Turn anything thrown into a plain error record.
 *
 * @param error
 *   Thrown value.
 * @returns
 *   Record.
 */
export function toErrorRecord(error: unknown): ErrorRecord {
  if (error instanceof Error) {
    return {name: error.name, message: error.message, stack: error.stack}
  }
  return {name: 'Error', message: String(error), stack: undefined}
}

/**
 * Turn an error record back into an error.
 *
 * @param record
 *   Record.
 * @returns
 *   Error with the same name, message and stack.
 */
export function fromErrorRecord(record: ErrorRecord): Error {
  const error = new Error(record.message)
  error.name = record.name
  if (record.stack !== undefined) error.stack = record.stack
  return error
}
