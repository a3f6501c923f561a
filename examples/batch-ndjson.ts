/**
 * Parse every `.txt` file in a folder and write one line of JSON per article
 * to standard output (NDJSON): `{file, headline, quotes}`, where `file` is the
 * file’s name in the folder, `headline` the text of the headline (or `null`)
 * and `quotes` its quote records.
 *
 * Files are parsed on every core by `parseMany`, and each line is written as
 * soon as its article (and those before it) are done: no tree is kept, and
 * only a few files are read ahead, so a folder of any size runs in little
 * memory.
 *
 * Run: `npx tsx examples/batch-ndjson.ts [folder]` (default: `examples/`).
 */

import {once} from 'node:events'
import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {type BatchInput, parseMany, type QuoteRecord} from 'retext-news'

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

// Files are read when `parseMany` asks for them.
async function* read(): AsyncGenerator<BatchInput> {
  for (const name of names) yield {path: name, value: await readFile(join(folder, name), 'utf8')}
}

for await (const result of parseMany(read())) {
  if (result.error) {
    console.error(`${result.path}: ${result.error.message}`)
    process.exitCode = 1
    continue
  }

  const line: Line = {
    file: result.path ?? '',
    headline: result.outline.headline,
    quotes: result.quotes,
  }

  // Wait when the reader is slower than the parser.
  if (!process.stdout.write(`${JSON.stringify(line)}\n`)) await once(process.stdout, 'drain')
}
