/**
 * Invariants that every tree the parser makes must keep, checked by
 * `assertTree` on every tree the tests make.
 *
 * - `nlcst-test` passes on the whole tree (it checks our own node types only
 *   as unist nodes, and nlcst nodes below them likewise, so it also runs on
 *   every nlcst subtree under one of our nodes);
 * - every node is a known type in a place the content model allows, parents
 *   have a non-empty `children` array and no `value`, literals a non-empty
 *   string `value` and no `children`; news nodes have well-typed fields;
 * - `toString(tree) === input` (nlcst-to-string);
 * - every node is positioned (only an empty root is not), its offsets slice
 *   exactly its text, and its line and column agree with the input
 *   (`\r\n`, `\r` and `\n` are each one line break; columns count UTF-16 code
 *   units from 1);
 * - a parent runs from its first child’s start to its last child’s end, and
 *   its children follow each other without gaps or overlaps;
 * - no two nodes share a position or point object;
 * - a quote’s `attribution` names an attribution in the tree.
 *
 * A failure lists every offending node by its path from the root
 * (`RootNode > [2] ParagraphNode > [0] SentenceNode`).
 */

import type {Nodes as NlcstNodes} from 'nlcst'
import {assert as nlcstAssert} from 'nlcst-test'
import {toString as nlcstToString} from 'nlcst-to-string'
import type {Node, Parent, Point} from 'unist'
import type {Root} from '../../src/types.js'

/** Literal node types: a `value`, no `children`. */
const literals = new Set([
  'TextNode',
  'SymbolNode',
  'PunctuationNode',
  'WhiteSpaceNode',
  'SourceNode',
])

/** Node types nlcst defines (and `nlcst-test` knows). */
const nlcstTypes = new Set([...literals, 'RootNode', 'ParagraphNode', 'SentenceNode', 'WordNode'])

/** Blocks: the children of the root other than white space. */
const blocks = [
  'ParagraphNode',
  'HeadlineNode',
  'DekNode',
  'BylineNode',
  'SubheadingNode',
  'TrailerNode',
  'LabelNode',
]

const blockContent = ['SentenceNode', 'WhiteSpaceNode', 'SourceNode']
const sentenceContent = [
  'WordNode',
  'SymbolNode',
  'PunctuationNode',
  'WhiteSpaceNode',
  'SourceNode',
  'DatelineNode',
  'QuoteNode',
  'AttributionNode',
]

/**
 * What each parent type may hold: the content maps of `src/types.ts` (the
 * root holds blocks and white space, as the parser makes it).
 */
const contentModel: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ['RootNode', [...blocks, 'WhiteSpaceNode', 'SourceNode']],
      ...blocks.map((type) => [type, blockContent]),
      ['SentenceNode', sentenceContent],
      ['WordNode', ['TextNode', 'SymbolNode', 'PunctuationNode', 'SourceNode']],
      [
        'DatelineNode',
        ['WordNode', 'PunctuationNode', 'SymbolNode', 'WhiteSpaceNode', 'SourceNode'],
      ],
      ['QuoteNode', sentenceContent],
      ['AttributionNode', [...sentenceContent, 'SpeakerNode', 'CueNode', 'AddresseeNode']],
      ['SpeakerNode', sentenceContent],
      ['CueNode', sentenceContent],
      ['AddresseeNode', sentenceContent],
    ] as [string, string[]][]
  ).map(([type, list]) => [type, new Set(list)]),
)

type Check = (node: Record<string, unknown>, fail: (message: string) => void) => void

const isString = (value: unknown): value is string => typeof value === 'string'
const isNullableString = (value: unknown) => value === null || typeof value === 'string'
const isStringList = (value: unknown) => Array.isArray(value) && value.every(isString)

function oneOf(field: string, values: string[]): Check {
  return (node, fail) => {
    if (!values.includes(node[field] as string)) {
      fail(`\`${field}\` should be one of ${values.join(', ')}, not ${JSON.stringify(node[field])}`)
    }
  }
}

function field(
  name: string,
  test: (value: unknown, node: Record<string, unknown>) => boolean,
  expected: string,
): Check {
  return (node, fail) => {
    if (!test(node[name], node))
      fail(`\`${name}\` should be ${expected}, not ${JSON.stringify(node[name])}`)
  }
}

const identifier = field(
  'identifier',
  (value) => isString(value) && value !== '',
  'a non-empty string',
)

/** Checks of the fields of news nodes. */
const fieldChecks: Readonly<Record<string, Check[]>> = {
  BylineNode: [
    field('authors', isStringList, 'an array of strings'),
    field('organization', isNullableString, 'a string or null'),
  ],
  SubheadingNode: [oneOf('kind', ['heading', 'timestamp'])],
  TrailerNode: [
    oneOf('kind', ['bio', 'credit', 'correction', 'editorsNote', 'social', 'promo', 'copyright']),
    field('authors', isStringList, 'an array of strings'),
  ],
  LabelNode: [oneOf('kind', ['abstract', 'fullText', 'section'])],
  DatelineNode: [
    // A place, or none beside an agency or a date alone (“(CNN)”, “Nov. 27, 2026”).
    field(
      'place',
      (value, node) =>
        (isString(value) && value !== '') ||
        (value === null && (isString(node.agency) || isString(node.date))),
      'a non-empty string, or null beside an agency or a date',
    ),
    field('agency', isNullableString, 'a string or null'),
    field('date', isNullableString, 'a string or null'),
  ],
  QuoteNode: [
    identifier,
    oneOf('kind', ['direct', 'partial', 'indirect', 'mixed']),
    field('attribution', isNullableString, 'a string or null'),
  ],
  AttributionNode: [identifier],
  SpeakerNode: [
    field('name', isNullableString, 'a string or null'),
    field('role', isNullableString, 'a string or null'),
    field('anonymous', (value) => typeof value === 'boolean', 'a boolean'),
  ],
  CueNode: [oneOf('cueClass', ['speech', 'belief'])],
}

/** A node as the checks see it: anything with a type. */
interface Loose extends Node {
  children?: unknown
  value?: unknown
  [key: string]: unknown
}

/**
 * Line and column of offsets, computed from the input on its own (not with
 * `vfile-location`, which the parser uses).
 */
class Lines {
  /** Offset where each line starts. */
  readonly starts: number[] = [0]

  constructor(value: string) {
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index)

      if (code === 13 && value.charCodeAt(index + 1) === 10) {
        index++
        this.starts.push(index + 1)
      } else if (code === 10 || code === 13) {
        this.starts.push(index + 1)
      }
    }
  }

  /** The line and column of an offset. */
  point(offset: number): {line: number; column: number} {
    let low = 0
    let high = this.starts.length - 1

    // The last line that starts at or before `offset`.
    while (low < high) {
      const middle = Math.ceil((low + high) / 2)
      if ((this.starts[middle] as number) <= offset) low = middle
      else high = middle - 1
    }

    return {line: low + 1, column: offset - (this.starts[low] as number) + 1}
  }
}

function text(node: Node | Node[]): string {
  return nlcstToString(node as NlcstNodes | NlcstNodes[])
}

/** A short view of a text for messages. */
function excerpt(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 40)}…${value.slice(-15)}` : value)
}

function isPoint(value: unknown): value is Point {
  if (!value || typeof value !== 'object') return false
  const point = value as Record<string, unknown>
  return (
    Number.isInteger(point.line) && Number.isInteger(point.column) && Number.isInteger(point.offset)
  )
}

/**
 * Assert that a tree keeps every invariant of the parser.
 *
 * @param tree
 *   Tree that `parseNews(input)` made.
 * @param input
 *   Text it was made from.
 * @throws {Error}
 *   Listing every broken invariant, each with the path of its node.
 */
export function assertTree(tree: Root, input: string): void {
  const problems: string[] = []
  const lines = new Lines(input)
  /** Every position and point object seen, and where. */
  const seen = new Map<object, string>()
  const attributions = new Set<string>()
  const quotes: {path: string; attribution: string}[] = []

  // `nlcst-test` on the whole tree: it checks nodes of unknown types with
  // `unist-util-assert`, and everything below them as plain unist too.
  guard('RootNode', () => nlcstAssert(tree))

  const rootText = text(tree)

  if (rootText !== input) {
    let index = 0
    while (index < input.length && rootText.charCodeAt(index) === input.charCodeAt(index)) index++
    problems.push(
      `RootNode: toString(tree) differs from the input at offset ${index}: ` +
        `${excerpt(rootText.slice(index, index + 30))} instead of ${excerpt(input.slice(index, index + 30))}` +
        ` (${rootText.length} characters, input has ${input.length})`,
    )
  }

  visit(tree as Loose, 'RootNode', undefined)

  for (const quote of quotes) {
    if (!attributions.has(quote.attribution)) {
      problems.push(
        `${quote.path}: \`attribution\` ${JSON.stringify(quote.attribution)} names no AttributionNode`,
      )
    }
  }

  if (problems.length > 0) {
    const shown = problems.slice(0, 25)
    if (problems.length > shown.length) shown.push(`… and ${problems.length - shown.length} more`)
    throw new Error(`Tree breaks ${problems.length} invariant(s):\n- ${shown.join('\n- ')}`)
  }

  function guard(path: string, run: () => void): void {
    try {
      run()
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      problems.push(`${path}: nlcst-test: ${message.slice(0, 500)}`)
    }
  }

  /** Check a node and its descendants; return its text. */
  function visit(node: Loose, path: string, parent: Loose | undefined): string {
    const fail = (message: string) => problems.push(`${path}: ${message}`)
    const type = node.type

    if (!parent && type !== 'RootNode') fail('the tree should be a RootNode')

    // nlcst nodes below one of ours were checked by `nlcst-test` as plain
    // unist nodes only: check them as nlcst.
    if (parent && nlcstTypes.has(type) && !nlcstTypes.has(parent.type)) {
      guard(path, () => nlcstAssert(node, parent as Parent))
    }

    if (parent) {
      const allowed = contentModel.get(parent.type)
      if (allowed && !allowed.has(type)) fail(`a ${type} cannot be a child of a ${parent.type}`)
    }

    if (literals.has(type)) {
      if (typeof node.value !== 'string') fail('a literal should have a string `value`')
      else if (node.value === '') fail('a literal should not be empty')
      if ('children' in node) fail('a literal should not have `children`')
    } else if (contentModel.has(type)) {
      if ('value' in node) fail('a parent should not have a `value`')
      if (!Array.isArray(node.children)) {
        fail('a parent should have a `children` array')
        return text(node)
      }
      if (node.children.length === 0 && type !== 'RootNode') fail('a parent should not be empty')
    } else {
      fail(`unknown node type ${JSON.stringify(type)}`)
      return text(node)
    }

    for (const check of fieldChecks[type] ?? []) check(node, fail)
    if (type === 'AttributionNode' && isString(node.identifier)) attributions.add(node.identifier)
    if (type === 'QuoteNode' && isString(node.attribution)) {
      quotes.push({path, attribution: node.attribution})
    }

    let value = typeof node.value === 'string' ? node.value : ''

    if (Array.isArray(node.children)) {
      const children = node.children as Loose[]
      const texts: string[] = []
      checkChildren(node, children, fail)

      for (const [index, child] of children.entries()) {
        const childPath = `${path} > [${index}] ${String(child?.type)}`

        if (!child || typeof child !== 'object' || typeof child.type !== 'string') {
          problems.push(`${childPath}: a child should be a node`)
          continue
        }

        texts.push(visit(child, childPath, node))
      }

      value = texts.join('')
    }

    checkPosition(node, value, path, fail)
    return value
  }

  function checkPosition(
    node: Loose,
    value: string,
    path: string,
    fail: (message: string) => void,
  ): void {
    const position = node.position

    if (!position) {
      const empty = node.type === 'RootNode' && input === ''
      if (!empty) fail('node should have a `position`')
      return
    }

    remember(position, `${path} (position)`)
    const {start, end} = position

    if (!isPoint(start) || !isPoint(end)) {
      fail('`position.start` and `position.end` should have integer `line`, `column`, `offset`')
      return
    }

    remember(start, `${path} (start)`)
    remember(end, `${path} (end)`)

    const startOffset = start.offset as number
    const endOffset = end.offset as number

    if (startOffset < 0 || endOffset > input.length || startOffset > endOffset) {
      fail(`offsets ${startOffset}–${endOffset} are out of the input (0–${input.length})`)
      return
    }

    const slice = input.slice(startOffset, endOffset)

    if (slice !== value) {
      fail(
        `offsets ${startOffset}–${endOffset} slice ${excerpt(slice)} but the node is ${excerpt(value)}`,
      )
    }

    for (const [label, point] of [
      ['start', start],
      ['end', end],
    ] as const) {
      const expected = lines.point(point.offset as number)

      if (point.line !== expected.line || point.column !== expected.column) {
        fail(
          `${label} ${point.line}:${point.column} (offset ${point.offset}) should be ` +
            `${expected.line}:${expected.column}`,
        )
      }
    }
  }

  function checkChildren(node: Loose, children: Loose[], fail: (message: string) => void): void {
    const position = node.position
    const first = children[0]?.position
    const last = children[children.length - 1]?.position

    if (position && first && last) {
      if (!samePoint(position.start, first.start)) {
        fail(`starts at ${show(position.start)} but its first child at ${show(first.start)}`)
      }
      if (!samePoint(position.end, last.end)) {
        fail(`ends at ${show(position.end)} but its last child at ${show(last.end)}`)
      }
    }

    for (let index = 1; index < children.length; index++) {
      const before = children[index - 1]?.position
      const after = children[index]?.position
      if (!before || !after) continue
      const end = before.end.offset as number
      const start = after.start.offset as number

      if (start < end) fail(`children [${index - 1}] and [${index}] overlap (${end} > ${start})`)
      else if (start > end)
        fail(`gap between children [${index - 1}] and [${index}] (${end}–${start})`)
    }
  }

  function remember(object: object, where: string): void {
    const other = seen.get(object)
    if (other) problems.push(`${where}: shares its object with ${other}`)
    else seen.set(object, where)
  }
}

function samePoint(a: Point, b: Point): boolean {
  return a.line === b.line && a.column === b.column && a.offset === b.offset
}

function show(point: Point): string {
  return `${point.line}:${point.column} (offset ${point.offset})`
}
