/**
 * Put quotes and attributions into the tree: each becomes a wrapper around
 * children of one sentence, never crossing a sentence boundary.
 */

import type {Sentence} from 'nlcst'
import type {
  Addressee,
  Attribution,
  AttributionContent,
  Cue,
  CueClass,
  PhrasingContent,
  Quote,
  QuoteKind,
  Speaker,
} from '../../types.js'
import {span} from '../position.js'
import type {Resolution} from './resolve.js'

/** A request to wrap a run of children of a sentence. */
export interface WrapRequest {
  sentence: Sentence
  /** Index of the first child to wrap. */
  start: number
  /** Index after the last child to wrap. */
  end: number
  /** Nesting rank when two requests cover the same text: lower wraps first (outside). */
  rank: number
  /** A request that must succeed for this one to be tried (an attribution for its speaker). */
  parent?: WrapRequest | undefined
  make: (children: AttributionContent[]) => AttributionContent
}

/** Make a quote wrapper. */
export function quoteMaker(
  kind: QuoteKind,
  identifier: string,
  attribution: string | null,
): WrapRequest['make'] {
  return (children) =>
    node<Quote>({
      type: 'QuoteNode',
      kind,
      identifier,
      attribution,
      children: children as PhrasingContent[],
    })
}

/** Make an attribution wrapper. */
export function attributionMaker(identifier: string, subject: string | null): WrapRequest['make'] {
  return (children) =>
    node<Attribution>({
      type: 'AttributionNode',
      identifier,
      subject,
      children: children as AttributionContent[],
    })
}

/** Make a speaker wrapper. */
export function speakerMaker(resolution: Resolution): WrapRequest['make'] {
  return (children) =>
    node<Speaker>({
      type: 'SpeakerNode',
      name: resolution.name,
      role: resolution.role,
      anonymous: resolution.anonymous,
      children: children as PhrasingContent[],
    })
}

/** Make a cue wrapper. */
export function cueMaker(cueClass: CueClass): WrapRequest['make'] {
  return (children) =>
    node<Cue>({type: 'CueNode', cueClass, children: children as PhrasingContent[]})
}

/** Make an addressee wrapper. */
export function addresseeMaker(): WrapRequest['make'] {
  return (children) =>
    node<Addressee>({type: 'AddresseeNode', children: children as PhrasingContent[]})
}

function node<T extends Quote | Attribution | Speaker | Cue | Addressee>(value: T): T {
  span(value)
  return value
}

/** A request and the requests nested in it. */
interface Nest {
  request: WrapRequest
  inner: Nest[]
}

/**
 * Nest the requests of one sentence, sorted by start (outer first); a request
 * that straddles the end of an earlier one fails.
 */
function nest(requests: WrapRequest[], failed: Set<WrapRequest>): Nest[] {
  const roots: Nest[] = []
  const stack: Nest[] = []

  for (const request of requests) {
    while (stack.length > 0 && (stack[stack.length - 1] as Nest).request.end <= request.start) {
      stack.pop()
    }

    const top = stack[stack.length - 1]

    if (top && request.end > top.request.end) {
      failed.add(request)
      continue
    }

    const node: Nest = {request, inner: []}
    if (top) top.inner.push(node)
    else roots.push(node)
    stack.push(node)
  }

  return roots
}

/**
 * Wrap the children from `start` to `end` by nested requests, in one pass.
 * A request whose parent request failed fails too; the requests nested in it
 * are then carried out at its level.
 */
function apply(
  children: AttributionContent[],
  start: number,
  end: number,
  nests: Nest[],
  failed: Set<WrapRequest>,
  result?: AttributionContent[],
): AttributionContent[] {
  // A run with nothing nested in it is copied at once.
  if (!result && nests.length === 0) return children.slice(start, end)
  result ??= []
  let index = start

  for (const {request, inner} of nests) {
    while (index < request.start) result.push(children[index++] as AttributionContent)

    if (request.parent && failed.has(request.parent)) {
      failed.add(request)
      index = request.start
      apply(children, index, request.end, inner, failed, result)
    } else {
      result.push(request.make(apply(children, request.start, request.end, inner, failed)))
    }

    index = request.end
  }

  while (index < end) result.push(children[index++] as AttributionContent)
  return result
}

/**
 * Carry out wrap requests: outer ones first, inner ones inside them, in time
 * linear in the size of each sentence.
 *
 * @param requests
 *   Requests.
 * @returns
 *   The requests that could not be carried out.
 */
export function wrapAll(requests: WrapRequest[]): Set<WrapRequest> {
  const failed = new Set<WrapRequest>()
  const bySentence = new Map<Sentence, WrapRequest[]>()

  for (const request of requests) {
    const list = bySentence.get(request.sentence)
    if (list) list.push(request)
    else bySentence.set(request.sentence, [request])
  }

  for (const [sentence, list] of bySentence) {
    list.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank)
    const children = sentence.children as AttributionContent[]
    sentence.children = apply(
      children,
      0,
      children.length,
      nest(list, failed),
      failed,
    ) as Sentence['children']
  }

  return failed
}
