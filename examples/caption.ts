/**
 * A third-party plugin for retext-news that adds a node type of its own:
 * `CaptionNode`, a photo caption.
 *
 * A caption is a block with a photo credit: a short block that starts with
 * “(Photo: …)”, “Photo:” or “Image:”, or a block that ends with a credit in
 * parentheses such as “(AP Photo/Sam Lee)” or “(Photo by Sam Lee/Getty
 * Images)”. Captions are pasted into article text along with the story, and
 * they are not part of it: their quotes are not the story’s quotes.
 *
 * The module exports the node type (registered in the content maps of
 * retext-news and nlcst), a root transform that turns paragraphs into
 * captions, and two plugins that apply it:
 *
 * - `captionsExtension` adds the transform to the processor data key
 *   `newsRootExtensions`, so it runs while the document is parsed, before
 *   retext-news names blocks and finds quotes; use it in either order with
 *   `retextNews`
 * - `captions` is a transformer: it runs after parsing, on the finished news
 *   tree (`.use(retextNews).use(captions)`)
 *
 * See `caption-plugin.ts` for both in use, and `docs/plugins.md`.
 */

import type {Paragraph} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {Block, Root} from 'retext-news'
import type {Plugin, Processor} from 'unified'

/**
 * Caption represents the text under a photo, with its credit.
 */
export interface Caption extends Block {
  /** Node type. */
  type: 'CaptionNode'
  /**
   * The credit, as written, without parentheses or a final period
   * (“AP Photo/Sam Lee”, “Photo: Riverton Public Works”).
   */
  credit: string
}

// Register the node where it stands (a block, in the root) and in nlcst’s
// registry of every node, so that `Root['children']` holds it and
// `visit(tree, 'CaptionNode', …)` narrows to it.
declare module 'retext-news' {
  interface RootContentMap {
    caption: Caption
  }
}

declare module 'nlcst' {
  interface RootContentMap {
    caption: Caption
  }
}

/**
 * A photo credit: “AP Photo/Sam Lee”, “Photo: Sam Lee, USA TODAY”,
 * “Photo by Sam Lee/Getty Images”, “Image: NASA”.
 */
const creditPattern = /^(?:[\p{L}.&'’-]+\s+){0,3}(?:photo|image)s?(?:\s*[/:]|\s+by\s)/iu
/** A credit in parentheses at the start of a block. */
const leadingParenthesized = /^\(([^()]{1,150})\)/
/** A credit in parentheses at the end of a block. */
const trailingParenthesized = /\(([^()]{1,150})\)$/
/** A block that starts with a credit label. */
const leadingLabel = /^(?:photo|image)s?\s*:/i
/** Longest caption that starts with its credit. */
const maxLeading = 300
/** Longest caption that ends with its credit. */
const maxTrailing = 600

/**
 * The credit of a block, if it is a caption.
 *
 * @param node
 *   Block, as parsed (a paragraph).
 * @returns
 *   Credit, or `undefined` when the block is not a caption.
 */
export function captionCredit(node: Paragraph): string | undefined {
  const text = toString(node)
  const leading = leadingParenthesized.exec(text)?.[1]
  const trailing = trailingParenthesized.exec(text)?.[1]

  if (leading && text.length <= maxLeading && creditPattern.test(leading)) return clean(leading)
  if (trailing && text.length <= maxTrailing && creditPattern.test(trailing)) return clean(trailing)

  if (leadingLabel.test(text) && text.length <= maxLeading) {
    // “Photo: Riverton Public Works. The old bridge …”: the first sentence.
    const first = node.children.find((child) => child.type === 'SentenceNode')
    return clean(first ? toString(first) : text)
  }

  return undefined
}

function clean(credit: string): string {
  return credit.replace(/[.\s]+$/, '').trim()
}

/**
 * Turn a block into a caption, if it is one. The caption takes the block’s
 * children and position as they are, so the tree stays lossless.
 *
 * @param node
 *   Block.
 * @returns
 *   Caption, or `undefined`.
 */
export function toCaption(node: Paragraph): Caption | undefined {
  const credit = captionCredit(node)
  if (credit === undefined) return undefined
  return {
    type: 'CaptionNode',
    credit,
    children: node.children,
    ...(node.position ? {position: node.position} : {}),
  }
}

/**
 * Root transform: turn every paragraph of the root that is a caption into a
 * `CaptionNode`. It is idempotent (a caption is no paragraph any more), and
 * has the type of retext-news’ `RootTransform`.
 *
 * @param tree
 *   Tree.
 */
export function markCaptions(tree: Root): undefined {
  tree.children = tree.children.map((node) =>
    node.type === 'ParagraphNode' ? (toCaption(node) ?? node) : node,
  )
}

/**
 * Plugin (way b): mark captions while the document is parsed.
 *
 * It adds `markCaptions` to the processor data key `newsRootExtensions`,
 * which retext-news reads when it parses a document; so the order of
 * `.use(captionsExtension)` and `.use(retextNews)` does not matter. Root
 * extensions run before retext-news names blocks and finds quotes, and
 * retext-news leaves blocks of types it does not know alone: a caption is
 * never a headline, a subheading or a trailer, and its quotes are not found.
 */
export const captionsExtension: Plugin<[]> = function (this: Processor) {
  const existing = this.data('newsRootExtensions') ?? []
  // Attachers run again when a frozen processor is copied (`processor()`),
  // with the data already copied: add the transform once.
  if (!existing.includes(markCaptions)) {
    this.data('newsRootExtensions', [...existing, markCaptions])
  }
}

/**
 * Plugin (way a): mark captions in the finished tree, as a transformer.
 *
 * Use it after the parser: `.use(retextNews).use(captions)`. It only sees
 * what retext-news left as paragraphs: a caption that retext-news took for a
 * headline, subheading or trailer stays one, and quotes found in a caption
 * stay in it.
 */
export const captions: Plugin<[], Root> = () => (tree) => {
  markCaptions(tree)
}
