/**
 * Accuracy of the names speakers resolve to, on PolNeAR pronoun sources.
 *
 * ```sh
 * npx tsx bench/names.ts DIR [GOLD]
 * npm run bench:names -- ../shared/corpora/polnear/data/dev
 * npm run bench:names -- ../shared/corpora/polnear/data/train
 * ```
 *
 * `DIR` holds PolNeAR's `text/NAME.txt`; `GOLD` (default
 * `bench/gold/polnear-SPLIT-names.tsv`, `SPLIT` the folder's name: `dev`
 * or `train`) gives, for PolNeAR's gold sources
 * that are a pronoun (“he”, “she”, “his”, “her”, “him”, “who”, “it”,
 * “its”), whom the pronoun stands for: offsets only, no text of the
 * corpus, which is read from `DIR` (see `readNameGold` in `name-score.ts`).
 *
 * A case counts as found when the system has a speaker that starts at the
 * pronoun; its name is right when it is the gold referent's name (see
 * `sameName`), or when the gold gives none and the system no name.
 *
 * @module
 */

import {existsSync, readFileSync} from 'node:fs'
import {basename, join, resolve} from 'node:path'
import {emptyNameScores, type NameCase, readNameGold, scoreNames} from './name-score.js'

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`
}

function main(): void {
  const directory = process.argv[2]
  // The gold of the split the folder is (`…/dev`, `…/train`) by default.
  const goldPath =
    process.argv[3] ??
    new URL(`gold/polnear-${basename(resolve(directory ?? '.'))}-names.tsv`, import.meta.url)
      .pathname
  if (!directory) {
    console.error('Usage: npx tsx bench/names.ts DIR [GOLD]')
    process.exit(2)
  }
  if (!existsSync(join(directory, 'text'))) {
    console.log(`No texts at ${join(directory, 'text')}: names skipped`)
    return
  }
  if (!existsSync(goldPath)) {
    console.error(`No gold names at ${goldPath}: give one as the second argument`)
    process.exit(2)
  }

  const cases = readNameGold(readFileSync(goldPath, 'utf8'))
  const byArticle = new Map<string, NameCase[]>()
  for (const gold of cases) {
    const list = byArticle.get(gold.article) ?? []
    list.push(gold)
    byArticle.set(gold.article, list)
  }

  const scores = emptyNameScores()
  for (const [article, list] of byArticle) {
    const path = join(directory, 'text', `${article}.txt`)
    if (!existsSync(path)) continue
    scoreNames(readFileSync(path, 'utf8'), list, scores)
  }

  console.log(`Pronoun sources: ${scores.cases}`)
  console.log(`  read as speakers: ${scores.found} (${percent(scores.found, scores.cases)})`)
  console.log(
    `  name right: ${scores.right} (${percent(scores.right, scores.found)} of those read, ${percent(scores.right, scores.cases)} of all)`,
  )
  for (const [kind, counts] of Object.entries(scores.kinds)) {
    console.log(
      `  ${kind.padEnd(12)} ${String(counts.cases).padStart(4)} cases, ${String(counts.found).padStart(4)} read, ${percent(counts.right, counts.found)} right`,
    )
  }
}

main()
