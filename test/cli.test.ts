/**
 * The command line: `main` run in-process with fake streams, and the real
 * entry spawned once to prove its wiring.
 */

import {spawn} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseArguments, UsageError} from '../src/cli/args.js'
import {shorten} from '../src/cli/format.js'
import {colour, escapeAttribute, escapeText} from '../src/cli/html.js'
import {type Io, main} from '../src/cli/main.js'
import {decodeUtf8, findInvalidUtf8, Utf8Error} from '../src/cli/utf8.js'
import {
  type Nodes,
  parseNews,
  type QuoteRecord,
  type Root,
  toString as textOf,
} from '../src/index.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const samplePath = join(root, 'examples/sample-article.txt')
const sample = readFileSync(samplePath, 'utf8')
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string})
  .version

/** The five direct quotes of the sample, by a stretch of their words. */
const directQuotes = [
  'We haven’t seen a willingness by the Cuban government',
  'Cuba has relayed to the United States government',
  'And what we ask for is respect and non-interference',
  'The status quo is not working',
  'We’re locked into this old Cold War type of approach',
]

interface Result {
  code: number
  stdout: string
  stderr: string
}

interface RunOptions {
  stdin?: string | Uint8Array
  stderrIsTTY?: boolean
}

/** Run `main` in-process, with fake streams. */
async function run(argv: string[], options: RunOptions = {}): Promise<Result> {
  let stdout = ''
  let stderr = ''
  const input = options.stdin ?? ''
  const io: Io = {
    stdin: (async function* () {
      yield typeof input === 'string' ? Buffer.from(input, 'utf8') : input
    })(),
    stdout: {
      write(chunk: string) {
        stdout += chunk
      },
    },
    stderr: {
      write(chunk: string) {
        stderr += chunk
      },
    },
    isTTY: {stdout: false, stderr: options.stderrIsTTY ?? false},
  }
  const code = await main(argv, io, {version})
  return {code, stdout, stderr}
}

function pieces(tree: Root): number {
  let count = 0
  const walk = (node: Nodes) => {
    if (node.type === 'QuoteNode') count++
    if ('children' in node) for (const child of node.children) walk(child as Nodes)
  }
  walk(tree)
  return count
}

/** Decode the few entities the HTML format writes. */
function decode(html: string): string {
  return html
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}

let temporary = ''

beforeAll(async () => {
  temporary = await mkdtemp(join(tmpdir(), 'retext-news-cli-'))
})

afterAll(async () => {
  if (temporary) await rm(temporary, {recursive: true, force: true})
})

describe('retext-news (outline)', () => {
  it('outlines the sample by default', async () => {
    const result = await run([samplePath])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain(
      'US official claims country has reached an impasse on improving relations with Cuba: report',
    )
    expect(result.stdout).toContain(
      'The White House said the country will not go any further in improving the relationship',
    )
    expect(result.stdout).toContain('Misty Severi')
    expect(result.stdout).toContain('Jim McGovern')
    expect(result.stdout).toMatch(/body\s+10 paragraphs/)
    expect(result.stdout).toMatch(/trailer\s+bio: Misty Severi is/)
    expect(result.stdout).toContain('McGovern → Jim McGovern, said')
    expect(result.stdout).toContain('[anonymous], told Politico')
  })

  it('shortens long quotes with an ellipsis', async () => {
    const {stdout} = await run([samplePath])
    expect(stdout).toContain('“We haven’t seen a willingness')
    const lines = stdout.split('\n').filter((line) => line.includes('We’re locked into'))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/…”$/)
    expect(shorten('a'.repeat(30), 10)).toBe(`${'a'.repeat(10)}…`)
    expect(shorten('one two three four', 10)).toBe('one two…')
    expect(shorten('short', 10)).toBe('short')
  })

  it('shows a byline, a dateline, and unattributed quotes', async () => {
    const text =
      'Storm hits coast\nBy Ana Ruiz and Bo Lee, The Tor Times\nSEOUL, May 2 (AP) — Rain fell all day, called “historic” by many.\n“We are ready,” Mayor Kim said.\n'
    const {code, stdout} = await run([], {stdin: text})
    expect(code).toBe(0)
    expect(stdout).toMatch(/byline\s+Ana Ruiz, Bo Lee · The Tor Times/)
    expect(stdout).toMatch(/dateline\s+SEOUL, May 2 \(AP\)/)
    expect(stdout).toContain('“We are ready”')
  })

  it('shows a dateline of a date alone', async () => {
    const {code, stdout} = await run([], {
      stdin: 'Council passes budget\n\nNov. 27, 2026 — The council passed a budget.\n',
    })
    expect(code).toBe(0)
    expect(stdout).toMatch(/dateline\s+Nov\. 27, 2026\n/)
  })

  it('names each file when there are several', async () => {
    const {code, stdout} = await run([samplePath, '-'], {stdin: 'Mayor quits\nShe left.'})
    expect(code).toBe(0)
    expect(stdout).toContain(`==> ${samplePath} <==`)
    expect(stdout).toContain('==> <stdin> <==')
    expect(stdout).toContain('Mayor quits')
  })
})

describe('retext-news --format json', () => {
  it('prints the tree, which gives back the input', async () => {
    const result = await run(['--format', 'json', samplePath])
    expect(result.code).toBe(0)
    expect(result.stdout.startsWith('{\n  "type": "RootNode"')).toBe(true)
    const tree = JSON.parse(result.stdout) as Root
    expect(textOf(tree)).toBe(sample)
    expect(tree).toEqual(JSON.parse(JSON.stringify(parseNews(sample))))
  })

  it('prints an array of {file, tree} for several files', async () => {
    const result = await run(['--format=json', samplePath, '-'], {stdin: 'Mayor quits\nShe left.'})
    expect(result.code).toBe(0)
    const list = JSON.parse(result.stdout) as {file: string; tree: Root}[]
    expect(list.map((item) => item.file)).toEqual([samplePath, '<stdin>'])
    expect(list.map((item) => textOf(item.tree))).toEqual([sample, 'Mayor quits\nShe left.'])
  })
})

describe('retext-news --format quotes', () => {
  it('prints the quote records as a JSON array', async () => {
    const result = await run(['-f', 'quotes', samplePath])
    expect(result.code).toBe(0)
    const records = JSON.parse(result.stdout) as QuoteRecord[]
    expect(Array.isArray(records)).toBe(true)
    const direct = records.filter((record) => record.kind === 'direct')

    for (const words of directQuotes) {
      expect(direct.some((record) => record.text.includes(words))).toBe(true)
    }

    const mcgovern = direct.find((record) => record.text.startsWith('The status quo'))
    expect(mcgovern?.speaker?.name).toBe('Jim McGovern')
    expect(mcgovern?.cue?.text).toBe('said')
  })
})

describe('retext-news --format ndjson', () => {
  it('prints one JSON line per file', async () => {
    const other = join(temporary, 'other.txt')
    await writeFile(other, 'Mayor quits\nBy Ana Ruiz\n“I am done,” the mayor said.\n')
    const result = await run(['-fndjson', samplePath, other])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const lines = result.stdout.split('\n')
    expect(lines.pop()).toBe('')
    expect(lines).toHaveLength(2)
    const [first, second] = lines.map((line) => JSON.parse(line))
    expect(first.file).toBe(samplePath)
    expect(first.outline.headline).toBe(
      'US official claims country has reached an impasse on improving relations with Cuba: report',
    )
    expect(first.outline.paragraphs).toBe(10)
    expect(first.outline.trailers).toEqual([
      {
        kind: 'bio',
        text: 'Misty Severi is an evening news reporter for Just The News. You can follow her on X for more coverage.',
        authors: ['Misty Severi'],
      },
    ])
    expect(first.quotes.length).toBeGreaterThanOrEqual(5)
    expect(second.file).toBe(other)
    expect(second.outline.byline).toEqual({
      text: 'By Ana Ruiz',
      authors: ['Ana Ruiz'],
      organization: null,
    })
    expect(second.quotes[0].speaker.text).toBe('the mayor')
  })

  it('parses several files with `parseMany`: what each file prints alone, in order', async () => {
    const names: string[] = []

    for (let n = 0; n < 5; n++) {
      const name = join(temporary, `batch-${n}.txt`)
      // The third has an unclosed quotation mark (a warning with `--verbose`).
      const close = n === 2 ? '' : '”'
      await writeFile(
        name,
        `Mayor quits (${n})\nBy Ana Ruiz\n“I am done ${n},${close} the mayor said.\n`,
      )
      names.push(name)
    }

    const bad = join(temporary, 'batch-bad.txt')
    await writeFile(bad, new Uint8Array([0xc3, 0x28]))
    const [first = '', second = '', third = '', fourth = '', fifth = ''] = names
    const argv = [first, 'missing-batch.txt', second, third, bad, fourth, samplePath, fifth]

    const alone = await Promise.all(argv.map((name) => run(['-f', 'ndjson', '--verbose', name])))
    const together = await run(['-f', 'ndjson', '--verbose', ...argv])
    expect(together.code).toBe(1)
    expect(together.stdout).toBe(alone.map((result) => result.stdout).join(''))
    expect(together.stderr).toBe(alone.map((result) => result.stderr).join(''))
    expect(together.stderr).toContain('[missing-closing-quote]')
    expect(together.stdout.trim().split('\n')).toHaveLength(6)

    const shown = await run(['-f', 'ndjson', ...argv], {stderrIsTTY: true})
    expect(shown.stdout).toBe(together.stdout)
    expect(shown.stderr).toContain(`[${argv.length}/${argv.length}] ${fifth}`)
    expect(shown.stderr).toContain("retext-news: cannot read 'missing-batch.txt'")
    expect(shown.stderr.endsWith('\r\u001B[K')).toBe(true)
  })

  it('shows progress on stderr only when it is a terminal', async () => {
    const quiet = await run(['-f', 'ndjson', samplePath])
    expect(quiet.stderr).toBe('')
    const shown = await run(['-f', 'ndjson', samplePath], {stderrIsTTY: true})
    expect(shown.stderr).toContain(`[1/1] ${samplePath}`)
    expect(shown.stdout).toBe(quiet.stdout)
  })
})

describe('retext-news --format html', () => {
  it('makes a page with an element per quote piece', async () => {
    const result = await run(['--format', 'html', samplePath])
    expect(result.code).toBe(0)
    const html = result.stdout
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain(
      '<title>US official claims country has reached an impasse on improving relations with Cuba: report</title>',
    )
    expect(html).toMatch(/<h1 class="headline">/)
    expect(html).toMatch(/<p class="dek">/)
    expect(html).toMatch(/<footer>\n<p class="trailer" data-kind="bio"/)

    const elements = html.match(/<(?:q|mark) class="quote[^>]*>/g) ?? []
    expect(elements).toHaveLength(pieces(parseNews(sample)))

    for (const element of elements) {
      for (const name of ['data-speaker', 'data-cue', 'data-addressee', 'data-kind', 'title']) {
        expect(element).toContain(` ${name}="`)
      }
    }

    const mcgovern = elements.filter((element) => element.includes('data-speaker="Jim McGovern"'))
    expect(mcgovern.length).toBeGreaterThanOrEqual(2)
    expect(mcgovern[0]).toContain('data-cue="said"')
    expect(mcgovern[0]).toContain(`style="background-color: ${colour('Jim McGovern', 'direct')}"`)
    expect(html).toContain('data-addressee="Politico"')
  })

  it('keeps the exact text of every block', async () => {
    const {stdout} = await run(['-f', 'html', samplePath])
    const body = stdout.slice(stdout.indexOf('<body>')).replace(/<aside[\s\S]*?<\/aside>/g, '')
    const text = decode(body.replace(/<[^>]+>/g, ''))

    for (const node of parseNews(sample).children) {
      if (node.type !== 'WhiteSpaceNode') expect(text).toContain(textOf(node))
    }
  })

  it('escapes markup in the input', async () => {
    const input =
      'Mayor <b>quits</b> & "leaves"\n“A <script>alert(1)</script> & co,” the mayor said.\n'
    const {stdout} = await run(['-f', 'html'], {stdin: input})
    expect(stdout).not.toContain('<script>')
    expect(stdout).not.toContain('<b>')
    expect(stdout).toContain('<title>Mayor &lt;b&gt;quits&lt;/b&gt; &amp; "leaves"</title>')
    expect(stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co')
    expect(escapeText('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d')
    expect(escapeAttribute(`"x" & 'y'\n<z>`)).toBe('&quot;x&quot; &amp; &#39;y&#39;&#10;&lt;z&gt;')
  })

  it('chooses a stable colour per speaker', () => {
    expect(colour('Jim McGovern', 'direct')).toBe(colour('Jim McGovern', 'direct'))
    expect(colour('Jim McGovern', 'direct')).not.toBe(colour('Ana Ruiz', 'direct'))
    expect(colour('', 'direct')).toBe('hsl(0 0% 84%)')
  })
})

describe('retext-news --help, --version', () => {
  it('prints usage', async () => {
    for (const flag of ['--help', '-h']) {
      const result = await run([flag])
      expect(result.code).toBe(0)
      expect(result.stdout).toMatch(/^Usage: retext-news \[options\] \[file \.\.\.\]/)
      expect(result.stdout).toContain('--format')
      expect(result.stderr).toBe('')
    }
  })

  it('prints the version', async () => {
    for (const flag of ['--version', '-v']) {
      const result = await run([flag])
      expect(result).toEqual({code: 0, stdout: `${version}\n`, stderr: ''})
    }
  })
})

describe('retext-news errors', () => {
  it('rejects an unknown option with exit code 2', async () => {
    const result = await run(['--bogus', samplePath])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^retext-news: unknown option '--bogus'/)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('rejects an unknown format with exit code 2', async () => {
    const result = await run(['--format', 'xml', samplePath])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^retext-news: unknown format 'xml' \(expected one of: outline,/)
  })

  it('names a file that cannot be read, and goes on with the others', async () => {
    const result = await run(['-f', 'ndjson', 'missing.txt', samplePath])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      "retext-news: cannot read 'missing.txt': no such file or directory\n",
    )
    expect(result.stdout.trim().split('\n')).toHaveLength(1)
    expect(JSON.parse(result.stdout).file).toBe(samplePath)
  })

  it('names a file that is not UTF-8, and the offset', async () => {
    const bad = join(temporary, 'bad.txt')
    await writeFile(bad, new Uint8Array([0xc3, 0x28]))
    const result = await run([bad])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      `retext-news: ${bad}: not valid UTF-8 at byte 0 (invalid sequence 0xC3 0x28)\n`,
    )

    const truncated = join(temporary, 'truncated.txt')
    await writeFile(truncated, new Uint8Array([0x61, 0x62, 0x63, 0xe2, 0x82]))
    const late = await run([truncated])
    expect(late.code).toBe(1)
    expect(late.stderr).toContain(`${truncated}: not valid UTF-8 at byte 3 (input ends inside`)
  })

  it('refuses to read standard input twice', async () => {
    const result = await run(['-', '-'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^retext-news: standard input/)
  })
})

describe('retext-news input', () => {
  it('reads standard input with no file, or with -', async () => {
    const input = 'Mayor quits\n“I am done,” the mayor said.\n'
    const none = await run(['-f', 'json'], {stdin: input})
    expect(none.code).toBe(0)
    expect(textOf(JSON.parse(none.stdout) as Root)).toBe(input)
    const dash = await run(['-f', 'json', '-'], {stdin: input})
    expect(dash.stdout).toBe(none.stdout)
  })

  it('rejects standard input that is not UTF-8', async () => {
    const result = await run([], {stdin: new Uint8Array([0x4d, 0xff])})
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'retext-news: <stdin>: not valid UTF-8 at byte 1 (byte 0xFF cannot start a character)\n',
    )
  })

  it('prints parser warnings with --verbose only', async () => {
    const input = 'Headline here\nHe said “hello there. And more.\nOther para, ok.\n'
    const quiet = await run([], {stdin: input})
    expect(quiet.code).toBe(0)
    expect(quiet.stderr).toBe('')
    const loud = await run(['--verbose'], {stdin: input})
    expect(loud.code).toBe(0)
    expect(loud.stdout).toBe(quiet.stdout)
    expect(loud.stderr).toMatch(/^<stdin>:2:9: warning: .*quotation mark/)
  })
})

describe('parseArguments', () => {
  it('reads options and files', () => {
    expect(parseArguments([])).toEqual({
      format: 'outline',
      files: [],
      verbose: false,
      help: false,
      version: false,
    })
    expect(parseArguments(['a.txt', '--format=html', '--verbose', '-', 'b.txt'])).toMatchObject({
      format: 'html',
      files: ['a.txt', '-', 'b.txt'],
      verbose: true,
    })
    expect(parseArguments(['-f', 'quotes', '--', '--help', '-v']).files).toEqual(['--help', '-v'])
    expect(parseArguments(['-fjson']).format).toBe('json')
  })

  it('throws usage errors', () => {
    expect(() => parseArguments(['-x'])).toThrow(UsageError)
    expect(() => parseArguments(['--format'])).toThrow(/needs a format/)
    expect(() => parseArguments(['-f', 'yaml'])).toThrow(/unknown format 'yaml'/)
    expect(() => parseArguments(['--help=yes'])).toThrow(/takes no value/)
  })
})

describe('decodeUtf8', () => {
  const cases: [number[], number | undefined][] = [
    [[0x61, 0xe2, 0x80, 0x9c], undefined],
    [[0xf0, 0x9f, 0x98, 0x80], undefined],
    [[0xc3, 0x28], 0],
    [[0x61, 0xc0, 0xaf], 1],
    [[0x61, 0x62, 0xe0, 0x80, 0x80], 2],
    [[0xed, 0xa0, 0x80], 0],
    [[0xf4, 0x90, 0x80, 0x80], 0],
    [[0x61, 0x80], 1],
    [[0x61, 0xf0, 0x9f, 0x98], 1],
  ]

  it('finds where bytes stop being UTF-8, as TextDecoder decides', () => {
    for (const [bytes, offset] of cases) {
      const input = new Uint8Array(bytes)
      let valid = true
      try {
        new TextDecoder('utf-8', {fatal: true}).decode(input)
      } catch {
        valid = false
      }
      expect(valid).toBe(offset === undefined)
      expect(findInvalidUtf8(input)?.offset).toBe(offset)
      if (offset === undefined) expect(decodeUtf8(input)).toBe(Buffer.from(input).toString('utf8'))
      else expect(() => decodeUtf8(input)).toThrow(Utf8Error)
    }
  })
})

const tsx = join(root, 'node_modules/.bin/tsx')

describe.skipIf(!existsSync(tsx))('the retext-news entry', () => {
  function spawnCli(argv: string[], input = ''): Promise<Result> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...argv], {cwd: root})
      let stdout = ''
      let stderr = ''
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk
      })
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        stderr += chunk
      })
      child.on('error', reject)
      child.on('close', (code) => resolve({code: code ?? -1, stdout, stderr}))
      child.stdin.end(input)
    })
  }

  it('prints the version from package.json', async () => {
    expect(await spawnCli(['--version'])).toEqual({code: 0, stdout: `${version}\n`, stderr: ''})
  })

  it('exits 2 on a bad command line and 1 on a missing file', async () => {
    const usage = await spawnCli(['--bogus'])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toMatch(/^retext-news: unknown option '--bogus'/)
    const missing = await spawnCli(['missing.txt'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain("'missing.txt'")
  })

  it('reads standard input', async () => {
    const result = await spawnCli(['-f', 'quotes'], '“I am done,” the mayor said.')
    expect(result.code).toBe(0)
    expect((JSON.parse(result.stdout) as QuoteRecord[])[0]?.speaker?.text).toBe('the mayor')
  })
})
