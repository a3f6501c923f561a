/**
 * Lists kept in order.
 */

/**
 * The index of the first item of `list`, in ascending order of `key`, whose
 * key is `value` or more (`list.length` when none is): a binary search.
 *
 * @param list
 *   Items, in ascending order of `key`.
 * @param value
 *   Least key wanted.
 * @param key
 *   Key of an item.
 * @returns
 *   Index.
 */
export function firstAtLeast<Item>(
  list: readonly Item[],
  value: number,
  key: (item: Item) => number,
): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (key(list[middle] as Item) < value) low = middle + 1
    else high = middle
  }
  return low
}
