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

/** A request to wrap the children of a sentence between two offsets. */
export interface WrapRequest {
  sentence: Sentence
  start: number
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

function startOf(node: AttributionContent): number {
  return node.position?.start.offset ?? -1
}

function endOf(node: AttributionContent): number {
  return node.position?.end.offset ?? -1
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
 * Wrap children by nested requests, in one pass over the children of each
 * level. A request whose ends do not fall between children, or whose parent
 * request failed, fails; the requests nested in it are tried at its level.
 */
function apply(
  children: AttributionContent[],
  nests: Nest[],
  failed: Set<WrapRequest>,
): AttributionContent[] {
  const result: AttributionContent[] = []
  const queue = [...nests]
  let index = 0

  while (queue.length > 0) {
    const {request, inner} = queue.shift() as Nest

    while (
      index < children.length &&
      endOf(children[index] as AttributionContent) <= request.start
    ) {
      result.push(children[index] as AttributionContent)
      index++
    }

    let last = index
    while (last < children.length && endOf(children[last] as AttributionContent) < request.end)
      last++
    const first = children[index]
    const final = children[last]
    const aligned =
      first !== undefined &&
      final !== undefined &&
      startOf(first) === request.start &&
      endOf(final) === request.end

    if (!aligned || (request.parent && failed.has(request.parent))) {
      failed.add(request)
      queue.unshift(...inner)
      continue
    }

    result.push(request.make(apply(children.slice(index, last + 1), inner, failed)))
    index = last + 1
  }

  while (index < children.length) result.push(children[index++] as AttributionContent)
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
    sentence.children = apply(
      sentence.children as AttributionContent[],
      nest(list, failed),
      failed,
    ) as Sentence['children']
  }

  return failed
}
