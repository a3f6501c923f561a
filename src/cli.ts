#!/usr/bin/env node
/**
 * Entry of the `retext-news` command: runs `main` with the process’s streams.
 * The logic is in `src/cli/`.
 *
 * @module
 */

import {readFileSync} from 'node:fs'
import process from 'node:process'
import {main} from './cli/main.js'

// `../package.json` from both `src/cli.ts` and `dist/cli.js`.
function readVersion(): string {
  try {
    const json: unknown = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    )
    if (typeof json === 'object' && json !== null && 'version' in json) {
      return String(json.version)
    }
  } catch {}
  return 'unknown'
}

// Stop quietly when the reader of the output goes away (`retext-news … | head`).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
})

process.exitCode = await main(
  process.argv.slice(2),
  {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: {stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true},
  },
  {version: readVersion()},
)
