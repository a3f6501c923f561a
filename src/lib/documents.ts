/**
 * The text each tree was parsed from, so that `quotes()` can slice spans out
 * of it instead of serialising the whole tree again.
 */

import type {Root} from '../types.js'

const documents = new WeakMap<Root, string>()

/**
 * Remember the text a tree was parsed from.
 *
 * @param tree
 *   Tree.
 * @param value
 *   Its text.
 */
export function remember(tree: Root, value: string): void {
  documents.set(tree, value)
}

/**
 * The text a tree was parsed from, when the tree still serialises to it
 * (a transformer may have changed words since).
 *
 * @param tree
 *   Tree.
 * @returns
 *   Its text, or `undefined` when it is not known or no longer matches.
 */
export function documentOf(tree: Root): string | undefined {
  const known = documents.get(tree)
  // Only the length is checked here; callers compare the nodes they slice.
  return known !== undefined && tree.position?.end.offset === known.length ? known : undefined
}
