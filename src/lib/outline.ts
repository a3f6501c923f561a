/**
 * The outline of an article: its parts as a small plain object (used by
 * `parseMany` and the CLI’s `ndjson` format).
 */

import type {Dateline, LabelKind, Nodes, Root, SubheadingKind, TrailerKind} from '../types.js'
import {toString as textOf} from './to-string.js'

/**
 * The outline of an article: what `parseMany` gives for each article, and
 * what the CLI’s `ndjson` format prints.
 *
 * Texts are as they stand in the input.
 *
 * @example
 * ```ts
 * import {parseMany} from 'retext-news'
 *
 * for await (const result of parseMany([{value: 'Mayor quits\nBy Jane Doe\nShe left.'}])) {
 *   if (!result.error) console.log(result.outline.headline, result.outline.paragraphs)
 * }
 * ```
 */
export interface Outline {
  /** Headline, or `null` when there is none. */
  headline: string | null
  /** Deks, in order. */
  deks: string[]
  /** Byline, or `null` when there is none. */
  byline: {
    /** Text of the byline (“By Ana Ruiz, Reuters”). */
    text: string
    /** Names of its authors. */
    authors: string[]
    /** Organisation (news agency), or `null`. */
    organization: string | null
  } | null
  /** Dateline, or `null` when there is none. */
  dateline: {
    /** Place (“WASHINGTON”), or `null` for an agency or a date alone (“(CNN)”). */
    place: string | null
    /** News agency (“AP”), or `null`. */
    agency: string | null
    /** Date, or `null`. */
    date: string | null
  } | null
  /** Labels (“ANALYSIS”), in order. */
  labels: {
    /** Kind of label. */
    kind: LabelKind
    /** Text. */
    text: string
  }[]
  /** Subheadings (crossheads, time stamps), in order. */
  subheadings: {
    /** Kind of subheading. */
    kind: SubheadingKind
    /** Text. */
    text: string
  }[]
  /** Number of body paragraphs. */
  paragraphs: number
  /** Trailers (bio, credits, …), in order. */
  trailers: {
    /** Kind of trailer. */
    kind: TrailerKind
    /** Text. */
    text: string
    /** Names of the authors it names (a bio’s subject). */
    authors: string[]
  }[]
}

/**
 * Get the outline of a tree.
 *
 * @param tree
 *   Tree made by `parseNews`.
 * @returns
 *   Outline.
 */
export function outline(tree: Root): Outline {
  const result: Outline = {
    headline: null,
    deks: [],
    byline: null,
    dateline: null,
    labels: [],
    subheadings: [],
    paragraphs: 0,
    trailers: [],
  }

  for (const node of tree.children) {
    switch (node.type) {
      case 'HeadlineNode':
        result.headline ??= textOf(node)
        break
      case 'DekNode':
        result.deks.push(textOf(node))
        break
      case 'BylineNode':
        result.byline ??= {
          text: textOf(node),
          authors: [...node.authors],
          organization: node.organization,
        }
        break
      case 'LabelNode':
        result.labels.push({kind: node.kind, text: textOf(node)})
        break
      case 'SubheadingNode':
        result.subheadings.push({kind: node.kind, text: textOf(node)})
        break
      case 'TrailerNode':
        result.trailers.push({kind: node.kind, text: textOf(node), authors: [...node.authors]})
        break
      case 'ParagraphNode': {
        result.paragraphs++
        // A dateline opens the first body paragraph only.
        if (result.paragraphs === 1) {
          const dateline = findDateline(node)
          if (dateline) {
            result.dateline = {place: dateline.place, agency: dateline.agency, date: dateline.date}
          }
        }
        break
      }
      default:
    }
  }

  return result
}

function findDateline(node: Nodes): Dateline | undefined {
  if (node.type === 'DatelineNode') return node
  if (!('children' in node)) return undefined

  for (const child of node.children) {
    const found = findDateline(child as Nodes)
    if (found) return found
  }

  return undefined
}
