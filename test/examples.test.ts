import {execFile} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import * as api from '../src/index.js'

const run = promisify(execFile)
const root = new URL('../', import.meta.url)
const readme = readFileSync(new URL('README.md', root), 'utf8')

/** Run an example the way a user would, and return its standard output. */
async function example(name: string): Promise<string> {
  const {stdout} = await run(process.execPath, ['--import', 'tsx', `examples/${name}.ts`], {
    cwd: root,
  })
  return stdout
}

/** The first fenced block of `lang` after `marker` in the README. */
function block(marker: string, lang: string): string {
  const start = readme.indexOf(marker)
  expect(start, `README has ${marker}`).toBeGreaterThan(-1)
  const open = readme.indexOf(`\`\`\`${lang}\n`, start)
  const close = readme.indexOf('\n```', open + 1)
  return readme.slice(open + lang.length + 4, close + 1)
}

describe('examples', () => {
  it('`use.ts` is the README’s code and prints the README’s output', async () => {
    const source = readFileSync(new URL('examples/use.ts', root), 'utf8')
    const code = block('## Use', 'ts')
    expect(source.endsWith(code)).toBe(true)
    expect(await example('use')).toBe(block('Yields:', 'txt'))
  })

  it('`outline.ts` prints the sample’s outline', async () => {
    const stdout = await example('outline')
    expect(stdout).toMatch(/^Headline: US official claims country has reached an impasse/m)
    expect(stdout).toMatch(/^Dek: The White House said/m)
    expect(stdout).toMatch(/^Paragraphs: 10$/m)
    expect(stdout).toMatch(/^Trailer \(bio\): Misty Severi is an evening news reporter/m)
    expect(stdout).toMatch(/“The status quo is not working” — Jim McGovern/)
  })

  it('`quotes-by-speaker.ts` groups the sample’s quotes by speaker', async () => {
    const stdout = await example('quotes-by-speaker')
    expect(stdout.split('\n').filter((line) => line && !line.startsWith(' '))).toEqual([
      'an anonymous U.S. official',
      'Lianys Torres Rivera',
      'Jim McGovern',
    ])
  })

  it('`pipeline.ts` finds cues and round-trips the sample', async () => {
    const stdout = await example('pipeline')
    expect(stdout).toMatch(/^cues: \d+$/m)
    expect(stdout).toMatch(/^round trip: true$/m)
  })
})

describe('public surface', () => {
  it('exports what the README documents', () => {
    const sentence = /This package exports the identifiers ([^.]+)\./.exec(
      readme.replace(/\n/g, ' '),
    )
    expect(sentence).not.toBeNull()
    const documented = [...(sentence?.[1] ?? '').matchAll(/\[`(\w+)`\]/g)].map((match) => match[1])
    expect(Object.keys(api).sort()).toEqual([...documented, 'default'].sort())
  })
})
