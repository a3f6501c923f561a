/**
 * `toString`: the text of any node.
 */

import {toString as nlcstToString} from 'nlcst-to-string'
import type {Nodes} from '../types.js'

/**
 * Get the text of a node (or of a list of nodes): every character of the
 * input that it covers. `nlcst-to-string` gives the same.
 *
 * @example
 * ```ts
 * import {parseNews, toString} from 'retext-news'
 *
 * const tree = parseNews('Mayor quits\nShe said so.')
 * const [headline] = tree.children
 * if (headline) console.log(toString(headline)) // => 'Mayor quits'
 * ```
 *
 * @param node
 *   Node or list of nodes.
 * @returns
 *   Text.
 */
export function toString(node: Nodes | Nodes[]): string {
  return nlcstToString(node)
}
