/**
 * Parse every `.txt` file in a folder and write one line of JSON per article
 * to standard output (NDJSON): `{file, headline, quotes}`, where `file` is the
 * file’s name in the folder, `headline` the text of the headline (or `null`)
 * and `quotes` its quote records.
 *
 * Files are read and parsed one at a time, and each line is written before
 * the next file is read: no tree is kept, so a folder of any size runs in
 * the memory of one article.
 *
 * Run: `npx tsx examples/batch-ndjson.ts [folder]` (default: `examples/`).
 */

import {once} from 'node:events'
import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseNews, type QuoteRecord, quotes, toString} from 'retext-news'

/** One line of output. */
interface Line {
  file: string
  headline: string | null
  quotes: QuoteRecord[]
}

const folder = process.argv[2] ?? fileURLToPath(new URL('.', import.meta.url))
// Only the names are listed up front, sorted so that the output is stable.
const names = (await readdir(folder, {withFileTypes: true}))
  .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
  .map((entry) => entry.name)
  .sort()

for (const name of names) {
  const tree = parseNews(await readFile(join(folder, name), 'utf8'))
  const headline = tree.children.find((node) => node.type === 'HeadlineNode')
  const line: Line = {
    file: name,
    headline: headline ? toString(headline) : null,
    quotes: quotes(tree),
  }

  // Wait when the reader is slower than the parser.
  if (!process.stdout.write(`${JSON.stringify(line)}\n`)) await once(process.stdout, 'drain')
}
