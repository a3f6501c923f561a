/**
 * A readable outline of a tree: its blocks with their fields, each sentence
 * on its own line, and datelines. Use it to review fixtures after
 * regenerating them:
 *
 * ```sh
 * npx tsx test/util/outline.ts               # every fixture
 * npx tsx test/util/outline.ts dateline-ap   # some fixtures
 * ```
 */

import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Nodes as NlcstNodes} from 'nlcst'
import {toString as nlcstToString} from 'nlcst-to-string'
import type {Node} from 'unist'
import {parseNews} from '../../src/index.js'
import type {Root} from '../../src/types.js'

/** Fields of news nodes worth showing. */
const fields = [
  'kind',
  'authors',
  'organization',
  'place',
  'agency',
  'date',
  'identifier',
  'attribution',
  'name',
  'role',
  'anonymous',
  'cueClass',
]

function text(node: Node): string {
  return JSON.stringify(nlcstToString(node as NlcstNodes))
}

function describeNode(node: Node): string {
  const record = node as unknown as Record<string, unknown>
  const parts = [node.type]
  if (node.position) parts.push(`${node.position.start.line}:${node.position.start.column}`)

  for (const field of fields) {
    if (field in record) parts.push(`${field}=${JSON.stringify(record[field])}`)
  }

  return parts.join(' ')
}

/** Nodes inside a sentence worth showing (everything but words, white space and punctuation). */
function inline(node: Node, depth: number, lines: string[]): void {
  if (!('children' in node) || !Array.isArray(node.children)) return

  for (const child of node.children as Node[]) {
    if (child.type === 'WordNode') continue
    if ('children' in child) {
      lines.push(`${'  '.repeat(depth)}${describeNode(child)}: ${text(child)}`)
      inline(child, depth + 1, lines)
    }
  }
}

/**
 * Outline a tree.
 *
 * @param tree
 *   Tree.
 * @returns
 *   Outline, one line per block, sentence and inline news node.
 */
export function outline(tree: Root): string {
  const lines: string[] = []

  for (const block of tree.children) {
    if (block.type === 'WhiteSpaceNode') continue
    lines.push(describeNode(block))
    if (!('children' in block)) continue

    for (const sentence of block.children) {
      if (sentence.type !== 'SentenceNode') continue
      lines.push(`  S ${text(sentence)}`)
      inline(sentence, 2, lines)
    }
  }

  return lines.join('\n')
}

// Command line use.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const folder = fileURLToPath(new URL('../fixtures/', import.meta.url))
  const names = process.argv.slice(2)
  const all = readdirSync(folder, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()

  for (const name of names.length > 0 ? names : all) {
    const input = readFileSync(join(folder, name, 'input.txt'), 'utf8')
    console.log(`== ${name}\n${outline(parseNews(input))}\n`)
  }
}
