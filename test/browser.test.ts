/// <reference lib="dom" />
// The DOM types are for `playwright-core`’s declarations and the functions run
// in the page; `tsconfig.build.json` checks `src/` without them.

/**
 * The `html` format in a real browser: Debian’s Chromium, driven by
 * `playwright-core`, opens the page of the sample article and checks that
 * every quote is highlighted and its speaker shown. `.ci/run` installs the
 * browser; without `/usr/bin/chromium` the suite is skipped.
 */

import {existsSync, readFileSync} from 'node:fs'
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {type BrowserContext, chromium, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {type Io, main} from '../src/cli/main.js'

const executablePath = '/usr/bin/chromium'
const hasBrowser = existsSync(executablePath)

if (!hasBrowser) {
  console.warn(
    `test/browser.test.ts: skipped, no browser at ${executablePath} (install it with 'apt-get install chromium')`,
  )
}

const root = fileURLToPath(new URL('..', import.meta.url))
const samplePath = join(root, 'examples/sample-article.txt')
const sample = readFileSync(samplePath, 'utf8')

/** The direct quotes of the sample, in order: a stretch of their words, who said them, how. */
const directQuotes = [
  {
    words: 'We haven’t seen a willingness by the Cuban government',
    speaker: 'an anonymous U.S. official',
    cue: 'told',
  },
  {
    words: 'Cuba has relayed to the United States government',
    speaker: 'Lianys Torres Rivera',
    cue: 'told',
  },
  {
    words: 'And what we ask for is respect and non-interference',
    speaker: 'Lianys Torres Rivera',
    cue: 'told',
  },
  {words: 'The status quo is not working', speaker: 'Jim McGovern', cue: 'said'},
  {
    words: 'We’re locked into this old Cold War type of approach',
    speaker: 'Jim McGovern',
    cue: 'said',
  },
]

/** What the page shows of one quote element. */
interface QuoteView {
  tag: string
  text: string
  speaker: string
  cue: string
  background: string
  before: string
  after: string
  visible: boolean
}

/** Browser arguments: no sandbox (CI runs as root), and nothing that calls home. */
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
]

/** Render the sample with the command line, as `retext-news --format html` does. */
async function renderSample(): Promise<string> {
  let stdout = ''
  let stderr = ''
  const io: Io = {
    stdin: (async function* () {})(),
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
    isTTY: {stdout: false, stderr: false},
  }
  const code = await main(['--format', 'html', samplePath], io, {version: 'test'})
  expect({code, stderr}).toEqual({code: 0, stderr: ''})
  return stdout
}

/** Collapse runs of white space, as a page lays out text. */
function normalise(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

/** Whether a computed CSS colour paints nothing. */
function isTransparent(colour: string): boolean {
  return colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour)
}

describe.skipIf(!hasBrowser)('the html format in Chromium', () => {
  let temporary = ''
  let context: BrowserContext | undefined
  let page: Page

  beforeAll(async () => {
    temporary = await mkdtemp(join(tmpdir(), 'retext-news-browser-'))
    const file = join(temporary, 'sample.html')
    await writeFile(file, await renderSample())
    context = await chromium.launchPersistentContext(join(temporary, 'profile'), {
      executablePath,
      headless: true,
      args,
      viewport: {width: 900, height: 700},
    })
    page = context.pages()[0] ?? (await context.newPage())
    await page.goto(pathToFileURL(file).href)
  }, 20_000)

  afterAll(async () => {
    await context?.close()
    if (temporary) await rm(temporary, {recursive: true, force: true})
  })

  function directViews(): Promise<QuoteView[]> {
    return page.$$eval('article .quote[data-kind="direct"]', (elements) =>
      elements.map((element) => {
        const style = getComputedStyle(element)
        const box = element.getBoundingClientRect()
        return {
          tag: element.tagName.toLowerCase(),
          text: element.textContent ?? '',
          speaker: element.getAttribute('data-speaker') ?? '',
          cue: element.getAttribute('data-cue') ?? '',
          background: style.backgroundColor,
          before: getComputedStyle(element, '::before').content,
          after: getComputedStyle(element, '::after').content,
          visible: style.visibility === 'visible' && box.width > 0 && box.height > 0,
        }
      }),
    )
  }

  it('highlights every direct quote, with its speaker', async () => {
    const views = await directViews()
    expect(views.map((view) => view.speaker)).toEqual(directQuotes.map((quote) => quote.speaker))

    for (const [index, view] of views.entries()) {
      const expected = directQuotes[index]
      expect(expected).toBeDefined()
      if (!expected) continue
      expect(view.tag).toBe('q')
      expect(view.text).toContain(expected.words)
      expect(view.visible).toBe(true)
      expect(isTransparent(view.background), view.background).toBe(false)
      expect(view.cue).toBe(expected.cue)
      // The marks are in the text already: the browser must not add its own.
      expect(view.text.startsWith('“')).toBe(true)
      expect([view.before, view.after]).toEqual(['none', 'none'])
    }
  })

  it('gives a speaker one colour, and other speakers others', async () => {
    const views = await directViews()
    const bySpeaker = new Map<string, Set<string>>()

    for (const view of views) {
      const colours = bySpeaker.get(view.speaker) ?? new Set<string>()
      colours.add(view.background)
      bySpeaker.set(view.speaker, colours)
    }

    expect(bySpeaker.size).toBe(3)
    for (const colours of bySpeaker.values()) expect(colours.size).toBe(1)
    const distinct = new Set([...bySpeaker.values()].flatMap((colours) => [...colours]))
    expect(distinct.size).toBe(3)

    // Told apart at a glance: far enough apart in sRGB, not only different.
    const rgb = [...distinct].map((colour) => (colour.match(/\d+/g) ?? []).slice(0, 3).map(Number))
    for (const [index, one] of rgb.entries()) {
      for (const other of rgb.slice(index + 1)) {
        const distance = Math.hypot(...one.map((value, channel) => value - (other[channel] ?? 0)))
        expect(distance, `${one} vs ${other}`).toBeGreaterThan(40)
      }
    }

    // The legend names each speaker next to a swatch of the same colour.
    expect(await page.locator('aside.speakers').isVisible()).toBe(true)
    const legend = await page.$$eval('aside.speakers li', (items) =>
      items.map((item) => {
        const swatch = item.querySelector('.swatch')
        return {
          text: item.textContent ?? '',
          swatch: swatch ? getComputedStyle(swatch).backgroundColor : '',
        }
      }),
    )

    for (const [speaker, colours] of bySpeaker) {
      const item = legend.find((entry) => entry.text.startsWith(`${speaker} (`))
      expect(item, speaker).toBeDefined()
      expect(colours.has(item?.swatch ?? '')).toBe(true)
    }
  })

  it('says who said a quote, and how, on hover', async () => {
    const quotes = page.locator('article .quote[data-kind="direct"]')
    expect(await quotes.count()).toBe(directQuotes.length)

    for (const [index, expected] of directQuotes.entries()) {
      const quote = quotes.nth(index)
      // Fails when something covers the quote or it cannot be pointed at.
      await quote.hover({timeout: 2000})
      const state = await quote.evaluate((element) => ({
        hovered: element.matches(':hover'),
        cursor: getComputedStyle(element).cursor,
        title: element.getAttribute('title') ?? '',
      }))
      expect(state.hovered).toBe(true)
      expect(state.cursor).toBe('help')
      const lines = state.title.split('\n')
      expect(lines[0]).toBe('direct quote')
      expect(lines.some((line) => line.startsWith(`Speaker: ${expected.speaker}`))).toBe(true)
      expect(lines).toContain(`Cue: ${expected.cue}`)
    }
  })

  it('shows the text of the article, and nothing else', async () => {
    const text = await page.$eval('article', (article) =>
      Array.from(
        article.querySelectorAll<HTMLElement>(':scope > :not(aside)'),
        (element) =>
          // biome-ignore lint/performance/useDomNodeTextContent: the text as laid out is tested.
          element.innerText,
      ).join('\n'),
    )
    expect(normalise(text)).toBe(normalise(sample))
    expect(await page.title()).toBe(
      'US official claims country has reached an impasse on improving relations with Cuba: report',
    )
  })

  it('renders a page that can be looked at', async () => {
    const image = await page.screenshot({fullPage: true})
    // PNG signature, and more than a blank page weighs.
    expect([...image.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(image.length).toBeGreaterThan(20_000)
    const keep = process.env.RETEXT_NEWS_SCREENSHOT
    if (keep) await writeFile(keep, image)
  })
})
