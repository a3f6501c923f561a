/**
 * Every article of the development corpora parses into a tree that keeps
 * every invariant: the PolNeAR dev split and the BBC News corpus, read from
 * `../shared/corpora/` beside the repository. They are lent for research and
 * never copied into the project; when they are absent the tests are skipped.
 */

import {existsSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, it} from 'vitest'
import {parseNews} from '../src/index.js'
import {corpora, read, textNames} from './util/corpora.js'
import {assertTree} from './util/invariants.js'

const polnear = join(corpora, 'polnear', 'data', 'dev', 'text')
const bbc = join(corpora, 'bbc')

/** Paths of the `.txt` files in a folder, sorted, relative to `base`. */
function texts(folder: string, base: string): string[] {
  return textNames(join(base, folder)).map((name) => join(folder, name))
}

/** Describe a corpus, or skip it with a message when it is absent. */
function corpus(name: string, base: string, list: () => string[]): void {
  const present = existsSync(base)

  if (!present) {
    console.warn(
      `Skipping the ${name} corpus: ${base} not found (lay shared/ beside the repository)`,
    )
  }

  describe.skipIf(!present)(`corpus: ${name}`, () => {
    const files = present ? list() : []

    it('has articles', ({expect}) => {
      expect(files.length).toBeGreaterThan(0)
    })

    it.for(files)('%s', (file) => {
      const input = read(join(base, file))
      assertTree(parseNews(input), input)
    })
  })
}

corpus('PolNeAR dev', polnear, () => texts('.', polnear))

corpus('BBC News', bbc, () =>
  readdirSync(bbc, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((topic) => texts(topic, bbc)),
)
