/**
 * Reading the corpora lent for research, from `../shared/corpora/` beside
 * the repository (never copied into it).
 */

import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** Folder of the corpora. */
export const corpora = join(
  fileURLToPath(new URL('../..', import.meta.url)),
  '..',
  'shared',
  'corpora',
)

const utf8 = new TextDecoder('utf-8', {fatal: true})

/**
 * Read an article: UTF-8 when its bytes are valid UTF-8, Latin-1 otherwise
 * (`bbc/sport/199.txt`).
 */
export function read(path: string): string {
  const bytes = readFileSync(path)

  try {
    return utf8.decode(bytes)
  } catch {
    return bytes.toString('latin1')
  }
}

/** Names of the `.txt` files in a folder, sorted. */
export function textNames(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
}
