import {execFile} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import retextNews, {parseNews, type QuoteRecord, quotes, toString} from 'retext-news'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {type Caption, captionsExtension, markCaptions} from '../examples/caption.js'
import * as api from '../src/index.js'

const run = promisify(execFile)
const root = new URL('../', import.meta.url)
const readme = readFileSync(new URL('README.md', root), 'utf8')
const sample = readFileSync(new URL('examples/sample-article.txt', root), 'utf8')

/** A line of `batch-ndjson.ts`. */
interface BatchLine {
  file: string
  headline: string | null
  quotes: QuoteRecord[]
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')
}

/** The text of a line of HTML: without tags and speaker labels, unescaped. */
function textOfHtml(line: string): string {
  return line
    .replace(/<span class="speaker">[^<]*<\/span>/g, '')
    .replace(/<[^>]+>/g, '')
    .trim()
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}

/** Run an example the way a user would, and return its standard output. */
async function example(name: string, ...args: string[]): Promise<string> {
  const {stdout} = await run(
    process.execPath,
    ['--import', 'tsx', `examples/${name}.ts`, ...args],
    {cwd: root, maxBuffer: 16 * 1024 * 1024},
  )
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

describe('examples: a plugin that adds a node type', () => {
  it('`caption-plugin.ts` makes captions both ways, losslessly', async () => {
    const stdout = await example('caption-plugin')
    const [extension = '', transformer = ''] = stdout.split(/^transformer:.*$/m)
    const blocks =
      '  blocks: HeadlineNode BylineNode ParagraphNode CaptionNode ParagraphNode CaptionNode ParagraphNode'

    for (const part of [extension, transformer]) {
      expect(part.split('\n')).toContain(blocks)
      expect(part).toMatch(/^ {2}caption 4:1-4:95 \(AP Photo\/Sam Lee\) exact: true$/m)
      expect(part).toMatch(/^ {2}caption 6:1-6:78 \(Photo: Riverton Public Works\) exact: true$/m)
      expect(part).toMatch(/^ {2}direct quote: We have waited twenty years for this — Dana Cole$/m)
      expect(part).toMatch(/^ {2}round trip: true$/m)
    }

    expect(extension).toMatch(/^ {2}same tree in the other order: true$/m)
    // Marked before quotes are found, the caption keeps no quote; marked
    // after, it keeps the quote found in it, but for a caption that ends
    // with its credit, in which retext-news looks for none.
    expect(extension).not.toMatch(/closed to trucks/)
    expect(transformer).toMatch(/^ {2}partial quote: closed to trucks — nobody$/m)
    expect(stdout).not.toMatch(/Build it now/)
  })

  it('`caption.ts` marks captions at parse time in either order, once', () => {
    const text =
      'Storm closes schools\n' +
      'Schools across the county closed on Monday as the storm moved in.\n' +
      'Snow covers Main Street on Monday morning. (AP Photo/Kim Park)\n' +
      'Photo: County Roads Department. Plows on Route 9.\n' +
      'Image: NASA\n' +
      '(Photo by Lee Chan/Getty Images) A bus waits at the depot.\n' +
      'The mayor, Ana Diaz (D-Ward 3), said schools would reopen “when the roads are clear.”\n'
    const frozen = unified().use(retextNews).use(captionsExtension).freeze()
    const copy = frozen()
    copy.freeze()
    expect(copy.data('newsRootExtensions')).toEqual([markCaptions])

    for (const processor of [
      unified().use(captionsExtension).use(retextNews),
      unified().use(retextNews).use(captionsExtension),
      copy,
    ]) {
      const tree = processor.parse(text)
      const found: Caption[] = []
      visit(tree, 'CaptionNode', (node) => {
        found.push(node)
      })
      expect(found.map((node) => node.credit)).toEqual([
        'AP Photo/Kim Park',
        'Photo: County Roads Department',
        'Image: NASA',
        'Photo by Lee Chan/Getty Images',
      ])
      expect(toString(tree)).toBe(text)

      for (const node of found) {
        const {start, end} = node.position ?? {}
        expect(text.slice(start?.offset, end?.offset)).toBe(toString(node))
        expect(start?.column).toBe(1)
      }

      // The last paragraph ends in parentheses that are no credit, and
      // keeps its quote.
      expect(tree.children.filter((node) => node.type === 'ParagraphNode')).toHaveLength(2)
      expect(quotes(tree).map((quote) => quote.text)).toContain('when the roads are clear.')
    }
  })
})

describe('examples: batches and pages', () => {
  it('`batch-ndjson.ts` writes one JSON line per `.txt` file of a folder', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'retext-news-batch-'))

    try {
      await writeFile(
        join(folder, 'a.txt'),
        'Harbor ferry returns after winter repairs\n' +
          'By Tomas Berg\n' +
          'PORT ELLIS — The harbor ferry resumed service on Saturday after four months in dry dock.\n' +
          '“The hull is sound and the engines are new,” said Captain Ines Vidal.\n',
      )
      await writeFile(
        join(folder, 'b.txt'),
        'Library extends weekend hours\n' +
          'The Elm Street library will stay open until 8 p.m. on Saturdays starting next month.\n' +
          '“Students asked us for more evening time,” librarian Noor Haddad told the board. “We listened.”\n',
      )
      await writeFile(join(folder, 'notes.md'), 'Not an article.\n')
      await mkdir(join(folder, 'drafts.txt'))

      const stdout = await example('batch-ndjson', folder)
      expect(stdout.endsWith('\n')).toBe(true)
      const lines = stdout.trimEnd().split('\n')
      expect(lines).toHaveLength(2)
      const [a, b] = lines.map((line) => JSON.parse(line) as BatchLine)

      expect(a?.file).toBe('a.txt')
      expect(a?.headline).toBe('Harbor ferry returns after winter repairs')
      expect(
        a?.quotes.filter((quote) => quote.kind === 'direct').map((q) => [q.text, q.speaker?.name]),
      ).toEqual([['The hull is sound and the engines are new', 'Ines Vidal']])

      expect(b?.file).toBe('b.txt')
      expect(b?.headline).toBe('Library extends weekend hours')
      expect(b?.quotes.map((quote) => [quote.kind, quote.speaker?.name, quote.cue?.text])).toEqual([
        ['direct', 'Noor Haddad', 'told'],
        ['direct', 'Noor Haddad', 'told'],
      ])
    } finally {
      await rm(folder, {recursive: true, force: true})
    }
  })

  it('`batch-ndjson.ts` reads `examples/` by default: the records of `quotes()`', async () => {
    const names = readdirSync(new URL('examples/', root))
      .filter((name) => name.endsWith('.txt'))
      .sort()
    const lines = (await example('batch-ndjson'))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as BatchLine)
    expect(lines.map((line) => line.file)).toEqual(names)
    expect(lines.find((line) => line.file === 'sample-article.txt')).toEqual({
      file: 'sample-article.txt',
      headline:
        'US official claims country has reached an impasse on improving relations with Cuba: report',
      quotes: JSON.parse(JSON.stringify(quotes(parseNews(sample)))),
    })
  })

  it('`quotes-html.ts` highlights each direct quote of the sample with its speaker', async () => {
    const html = await example('quotes-html')
    expect(html.startsWith('<!doctype html>\n')).toBe(true)
    expect(html).toContain(
      '<title>US official claims country has reached an impasse on improving relations with Cuba: report</title>',
    )

    const direct = quotes(parseNews(sample)).filter((quote) => quote.kind === 'direct')
    expect(direct.length).toBeGreaterThan(3)
    const marked = [...html.matchAll(/<mark class="quote direct" data-quote="(\w+)">/g)]
    expect([...new Set(marked.map((match) => match[1]))]).toEqual(
      direct.map((quote) => quote.identifier),
    )

    for (const quote of direct) {
      const name = quote.speaker?.name ?? ''
      expect(name).not.toBe('')
      // The quote’s first mark holds its first words, and the speaker follows
      // its last mark.
      const first = html.indexOf(`data-quote="${quote.identifier}">`)
      expect(html.slice(first, html.indexOf('</mark>', first))).toContain(quote.text.slice(0, 40))
      const last = html.lastIndexOf(`data-quote="${quote.identifier}">`)
      const close = html.indexOf('</mark>', last)
      expect(html.slice(close)).toMatch(
        new RegExp(`^</mark><span class="speaker">${escapeRegExp(name)}</span>`),
      )
    }

    // Without its markup and speakers, the page has the text of each block.
    const body = html.slice(html.indexOf('<article>\n') + 10, html.indexOf('\n  </article>'))
    expect(body.split('\n').map(textOfHtml)).toEqual(sample.trimEnd().split('\n'))
  })

  it('`quotes-html.ts` escapes the text of the article', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'retext-news-html-'))
    const input =
      'Pipes & "valves" <b>fail</b>\n' +
      '“Tell them the <script> tag is not a fix & never was,” said Rosa Lind, an engineer.\n' +
      '“The valves are old. They leak,” Lind said.\n'

    try {
      await writeFile(join(folder, 'article.txt'), input)
      const html = await example('quotes-html', join(folder, 'article.txt'))
      expect(html).toContain(
        '<title>Pipes &amp; &quot;valves&quot; &lt;b&gt;fail&lt;/b&gt;</title>',
      )
      expect(html).toContain('&lt;script&gt;')
      expect(html).not.toContain('<script')
      expect(html).not.toContain('<b>fail')
      expect(html).toContain('<span class="speaker">Rosa Lind</span>')
      // A quote in two sentences: two marks, one speaker, after the last.
      expect(html).toContain(
        '<mark class="quote direct" data-quote="q3">“The valves are old.</mark> ' +
          '<mark class="quote direct" data-quote="q3">They leak,”</mark>' +
          '<span class="speaker">Rosa Lind</span>',
      )
      const body = html.slice(html.indexOf('<article>\n') + 10, html.indexOf('\n  </article>'))
      expect(body.split('\n').map(textOfHtml)).toEqual(input.trimEnd().split('\n'))
    } finally {
      await rm(folder, {recursive: true, force: true})
    }
  })
})

describe('docs/plugins.md', () => {
  const docs = readFileSync(new URL('docs/plugins.md', root), 'utf8')

  it('quotes the example files as they are', () => {
    const excerpts = [...docs.matchAll(/```ts\n\/\/ (examples\/[\w-]+\.ts)\n([\s\S]*?)\n```/g)]
    expect(excerpts.length).toBeGreaterThanOrEqual(6)

    for (const [, path = '', code = ''] of excerpts) {
      const source = readFileSync(new URL(path, root), 'utf8')
      for (const part of code.split('\n// …\n')) expect(source).toContain(part)
    }
  })

  it('shows what `caption-plugin.ts` prints', async () => {
    expect(docs).toContain(`\`\`\`txt\n${await example('caption-plugin')}\`\`\``)
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
