/**
 * Put quotes and attributions into the tree: each becomes a wrapper around
 * children of one sentence, never crossing a sentence boundary.
 */

import type {Sentence, SentenceContent} from 'nlcst'
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
    node<Quote>({type: 'QuoteNode', kind, identifier, attribution, children: children as PhrasingContent[]})
}

/** Make an attribution wrapper. */
export function attributionMaker(identifier: string): WrapRequest['make'] {
  return (children) =>
    node<Attribution>({
      type: 'AttributionNode',
      identifier,
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

const wrappers = new Set(['QuoteNode', 'AttributionNode', 'SpeakerNode', 'CueNode', 'AddresseeNode'])

function startOf(node: AttributionContent): number {
  return node.position?.start.offset ?? -1
}

function endOf(node: AttributionContent): number {
  return node.position?.end.offset ?? -1
}

/**
 * Wrap the children of `parent` from `start` to `end`, looking inside
 * wrappers already made when the range falls in one.
 *
 * @returns
 *   Whether the range could be wrapped.
 */
function wrapIn(
  parent: {children: AttributionContent[]},
  start: number,
  end: number,
  make: WrapRequest['make'],
): boolean {
  const children = parent.children
  let first = -1
  let last = -1

  for (let index = 0; index < children.length; index++) {
    const child = children[index] as AttributionContent
    const from = startOf(child)
    const to = endOf(child)

    // The range lies inside a wrapper made before: go in.
    if (from <= start && end <= to && wrappers.has(child.type)) {
      return wrapIn(child as {children: AttributionContent[]}, start, end, make)
    }

    if (from === start) first = index
    if (to === end) last = index
  }

  if (first === -1 || last === -1 || last < first) return false
  const wrapped = make(children.slice(first, last + 1))
  children.splice(first, last - first + 1, wrapped)
  return true
}

/**
 * Carry out wrap requests: outer ones first, inner ones inside them.
 *
 * @param requests
 *   Requests.
 * @returns
 *   The requests that could not be carried out.
 */
export function wrapAll(requests: WrapRequest[]): Set<WrapRequest> {
  const failed = new Set<WrapRequest>()
  const ordered = [...requests].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank,
  )

  for (const request of ordered) {
    if (
      (request.parent && failed.has(request.parent)) ||
      !wrapIn(request.sentence, request.start, request.end, request.make)
    ) {
      failed.add(request)
    }
  }

  return failed
}
