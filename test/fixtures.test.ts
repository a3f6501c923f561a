/**
 * Fixtures: each folder in `test/fixtures/` is named for one behaviour and
 * holds `input.txt` and `tree.json`, the whole tree `parseNews` must make of
 * it, positions included.
 *
 * Run with `UPDATE_FIXTURES=1` to write `tree.json` from what the parser
 * makes now instead of comparing; then review the diff (`npx tsx
 * test/util/outline.ts NAME` prints a readable outline of a fixture).
 */

import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {parseNews} from '../src/index.js'
import {assertTree} from './util/invariants.js'

const root = fileURLToPath(new URL('fixtures/', import.meta.url))
const update = process.env.UPDATE_FIXTURES === '1'

const names = readdirSync(root, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

describe('fixtures', () => {
  it('has fixtures', () => {
    expect(names.length).toBeGreaterThan(0)
  })

  it.for(names)('%s', (name) => {
    const folder = join(root, name)
    const input = readFileSync(join(folder, 'input.txt'), 'utf8')
    const treePath = join(folder, 'tree.json')
    // Round-trip through JSON: what the file can hold.
    const tree = parseNews(input)
    const actual: unknown = JSON.parse(JSON.stringify(tree))

    assertTree(tree, input)

    if (update) {
      writeFileSync(treePath, `${JSON.stringify(tree, null, 2)}\n`)
      return
    }

    if (!existsSync(treePath)) {
      expect.fail(`${name}: no tree.json; run with UPDATE_FIXTURES=1 to write it, then review it`)
    }

    const expected: unknown = JSON.parse(readFileSync(treePath, 'utf8'))
    expect(actual).toStrictEqual(expected)
  })
})
