/**
 * Positions: rebasing the positions of a block onto the whole document, and
 * setting the position of a parent from its children.
 */

import type {Node, Parent, Point, Position} from 'unist'
import type {Location} from 'vfile-location'

function hasChildren(node: Node): node is Parent {
  return 'children' in node && Array.isArray(node.children)
}

/**
 * Give every node in `node` a new position: offsets moved by `base`, line and
 * column looked up in the whole document. New point objects are made for every
 * node (parse-english shares point objects between nodes).
 *
 * @param node
 *   Tree of one block, positioned from offset 0.
 * @param base
 *   Offset of the block in the document.
 * @param location
 *   Index of the whole document.
 */
export function rebase(node: Node, base: number, location: Location): void {
  if (hasChildren(node)) {
    for (const child of node.children) rebase(child, base, location)
    span(node)
    return
  }

  const position = node.position

  if (position && position.start.offset !== undefined && position.end.offset !== undefined) {
    node.position = {
      start: pointAt(location, position.start.offset + base),
      end: pointAt(location, position.end.offset + base),
    }
  }
}

/**
 * Give every parent in `node` (itself included) the span of its children
 * again where a transform left its position missing, out of date, or shared
 * with a child; a parent whose position is right is left as it is. Leaves
 * are not touched.
 *
 * @param node
 *   Parent, with document positions.
 */
export function respan(node: Parent): void {
  for (const child of node.children) if (hasChildren(child)) respan(child)
  const start = firstPosition(node.children)
  const end = lastPosition(node.children)
  const position = node.position

  if (
    position &&
    start &&
    end &&
    position.start !== start.start &&
    position.end !== end.end &&
    samePoint(position.start, start.start) &&
    samePoint(position.end, end.end)
  ) {
    return
  }

  span(node)
}

function samePoint(left: Point, right: Point): boolean {
  return left.offset === right.offset && left.line === right.line && left.column === right.column
}

/**
 * The point at an offset of the document.
 *
 * @param location
 *   Index of the document.
 * @param offset
 *   Offset.
 * @returns
 *   Point.
 */
export function pointAt(location: Location, offset: number): Point {
  const found = location.toPoint(offset)
  /* c8 ignore next 3 -- offsets always fall in the document. */
  if (!found) {
    throw new Error(`Offset ${offset} is outside the document`)
  }

  return {line: found.line, column: found.column, offset}
}

/**
 * Set the position of a parent to run from its first positioned child to its
 * last; remove it when no child has one.
 *
 * @param node
 *   Parent.
 */
export function span(node: Parent): void {
  const start = firstPosition(node.children)
  const end = lastPosition(node.children)

  if (start && end) {
    node.position = {start: copy(start.start), end: copy(end.end)}
  } else {
    delete node.position
  }
}

/** A new point object with the fields of `point` (faster than a spread). */
function copy(point: Point): Point {
  return point.offset === undefined
    ? {line: point.line, column: point.column}
    : {line: point.line, column: point.column, offset: point.offset}
}

function firstPosition(nodes: Node[]): Position | undefined {
  for (const node of nodes) if (node.position) return node.position
  return undefined
}

function lastPosition(nodes: Node[]): Position | undefined {
  for (let index = nodes.length - 1; index >= 0; index--) {
    const position = (nodes[index] as Node).position
    if (position) return position
  }

  return undefined
}
