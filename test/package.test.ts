/**
 * The package as users get it: build into a staging folder, `npm pack` it,
 * install the tarball into a fresh project, and use it from ESM, CommonJS, a
 * strict TypeScript consumer and the `retext-news` bin.
 *
 * The build goes to a temporary folder, never to `dist/`, so this test does
 * not race other builds. Installing needs the npm registry (or a warm npm
 * cache); when neither is available the tests are skipped with a message.
 */

import {execFile} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {copyFile, cp, mkdir, mkdtemp, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseNews, quotes} from '../src/index.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string
  files?: string[]
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
}
const samplePath = join(root, 'examples/sample-article.txt')
const sampleQuotes = quotes(parseNews(readFileSync(samplePath, 'utf8'))).length
const tsupBin = join(root, 'node_modules/tsup/dist/cli-default.js')
const tscBin = join(root, 'node_modules/typescript/bin/tsc')
const runtimeExports = [
  'InputError',
  'OptionsError',
  'default',
  'parseMany',
  'parseNews',
  'quotes',
  'toString',
]

/** Error codes of a registry that cannot be reached (or of a cold cache offline). */
const offlineCodes =
  /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|ENOTCACHED)\b/

interface Result {
  code: number
  stdout: string
  stderr: string
}

/**
 * The environment for child processes, without what an enclosing `npm test`
 * adds for its own project (`npm_package_*`, `npm_lifecycle_*`, its local
 * prefix); the user’s npm config (`npm_config_*`: registry, cache, …) stays.
 */
const env: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) =>
      !/^npm_(package_|lifecycle_|command$|config_local_prefix$)/i.test(key) && key !== 'INIT_CWD',
  ),
)

function run(file: string, args: string[], cwd: string, timeout = 240_000): Promise<Result> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      {cwd, env, timeout, maxBuffer: 64 * 1024 * 1024, shell: process.platform === 'win32'},
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
        resolve({
          code,
          stdout,
          stderr: error && code === -1 ? `${error.message}\n${stderr}` : stderr,
        })
      },
    )
  })
}

/** Throw with the output of a command that failed. */
function check(result: Result, what: string): Result {
  if (result.code !== 0) {
    throw new Error(`${what} exited ${result.code}:\n${result.stdout}\n${result.stderr}`)
  }
  return result
}

let temporary = ''
let project = ''
let tarball = ''
let packed: string[] = []
/** Set when the registry cannot be reached: the reason, printed once. */
let skipReason = ''

beforeAll(async () => {
  temporary = await mkdtemp(join(tmpdir(), 'retext-news-package-'))
  const staging = join(temporary, 'staging')
  project = join(temporary, 'project')
  await mkdir(staging)
  await mkdir(project)

  // Stage what `npm pack` takes from the repository, with a fresh build.
  await copyFile(join(root, 'package.json'), join(staging, 'package.json'))
  for (const name of await readdir(root)) {
    if (/^(readme|license|licence)(\.|$)/i.test(name)) {
      await copyFile(join(root, name), join(staging, name))
    }
  }
  for (const entry of manifest.files ?? []) {
    const clean = entry.replace(/\/+$/, '')
    if (clean !== 'dist' && existsSync(join(root, clean))) {
      await cp(join(root, clean), join(staging, clean), {recursive: true})
    }
  }
  check(
    await run(process.execPath, [tsupBin, '--out-dir', join(staging, 'dist'), '--silent'], root),
    'tsup',
  )

  const pack = check(
    await run(
      'npm',
      ['pack', '--json', '--ignore-scripts', '--pack-destination', temporary],
      staging,
    ),
    'npm pack',
  )
  const [info] = JSON.parse(pack.stdout) as [{filename: string; files: {path: string}[]}]
  tarball = join(temporary, info.filename)
  packed = info.files.map((file) => file.path).sort()

  // A fresh consumer project, ESM by default.
  await writeFile(
    join(project, 'package.json'),
    `${JSON.stringify({name: 'consumer', version: '0.0.0', private: true, type: 'module'}, null, 2)}\n`,
  )
  await copyFile(samplePath, join(project, 'sample-article.txt'))

  const ping = await run(
    'npm',
    ['ping', '--fetch-retries=0', '--fetch-timeout=15000'],
    project,
    30_000,
  )
  const online = ping.code === 0
  const install = await run(
    'npm',
    [
      'install',
      tarball,
      `unified@${manifest.dependencies?.unified ?? '*'}`,
      `unist-util-visit@${manifest.devDependencies?.['unist-util-visit'] ?? '*'}`,
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      online ? '--prefer-offline' : '--offline',
    ],
    project,
  )
  if (install.code !== 0) {
    const output = `${install.stdout}\n${install.stderr}`
    const code = offlineCodes.exec(output)?.[1]
    // A network error is no defect of the package: skip, with a message.
    if (code) {
      skipReason = `npm registry unreachable (${code}${online ? '' : ', npm ping failed'}) and the npm cache lacks what the consumer project needs: skipping the tests of the installed package`
      console.warn(skipReason)
      return
    }
    check(install, 'npm install')
  }
}, 600_000)

afterAll(async () => {
  if (temporary) await rm(temporary, {recursive: true, force: true})
})

describe('the packed package', () => {
  it('holds the build, the readme and the manifest, and nothing else', () => {
    expect(packed).toContain('package.json')
    expect(packed).toContain('dist/index.js')
    expect(packed).toContain('dist/index.d.ts')
    expect(packed).toContain('dist/cli.js')
    expect(packed).toContain('dist/batch-worker.js')
    for (const path of packed) {
      expect(path).toMatch(/^(dist\/.+|package\.json|readme(\.md)?|licen[cs]e(\.md|\.txt)?)$/i)
    }
  })

  it('has a bin with a shebang and types that import only dependencies', () => {
    const cli = readFileSync(join(temporary, 'staging/dist/cli.js'), 'utf8')
    expect(cli.startsWith('#!/usr/bin/env node\n')).toBe(true)
    const types = readFileSync(join(temporary, 'staging/dist/index.d.ts'), 'utf8')
    const dependencies = Object.keys(manifest.dependencies ?? {})
    for (const match of types.matchAll(/^(?:import|export)\b[^'"]*\bfrom ['"]([^'"]+)['"]/gm)) {
      const specifier = match[1] ?? ''
      if (specifier.startsWith('.')) continue
      const name = specifier.split('/', specifier.startsWith('@') ? 2 : 1).join('/')
      expect(
        dependencies.filter((dependency) => dependency === name || dependency === `@types/${name}`),
        `types import '${specifier}', which must be a dependency`,
      ).toHaveLength(1)
    }
  })
})

describe('the installed package', () => {
  it('works from ESM', async (context) => {
    if (skipReason) context.skip(skipReason)
    await writeFile(
      join(project, 'esm.mjs'),
      [
        "import {readFileSync} from 'node:fs'",
        "import retextNews, {parseMany, parseNews, quotes} from 'retext-news'",
        "import * as namespace from 'retext-news'",
        "import {unified} from 'unified'",
        "const text = readFileSync(new URL('sample-article.txt', import.meta.url), 'utf8')",
        'const count = quotes(parseNews(text)).length',
        'const viaPlugin = quotes(unified().use(retextNews).parse(text)).length',
        "process.on('warning', (warning) => console.error(warning.code))",
        'const viaWorkers = []',
        'for await (const result of parseMany([{value: text}, {value: text}], {concurrency: 2})) {',
        '  viaWorkers.push(result.error ? result.error.message : result.quotes.length)',
        '}',
        'const exports = Object.keys(namespace).sort()',
        'console.log(JSON.stringify({count, viaPlugin, viaWorkers, exports}))',
        '',
      ].join('\n'),
    )
    const result = check(await run(process.execPath, ['esm.mjs'], project), 'node esm.mjs')
    expect(JSON.parse(result.stdout)).toEqual({
      count: sampleQuotes,
      viaPlugin: sampleQuotes,
      viaWorkers: [sampleQuotes, sampleQuotes],
      exports: runtimeExports,
    })
    // Worker threads started from the installed `dist/batch-worker.js`.
    expect(result.stderr).toBe('')
    expect(sampleQuotes).toBeGreaterThan(0)
  })

  it('works from CommonJS with `require` (Node.js 20.19+)', async (context) => {
    if (skipReason) context.skip(skipReason)
    await writeFile(
      join(project, 'cjs.cjs'),
      [
        "'use strict'",
        "const {readFileSync} = require('node:fs')",
        "const {join} = require('node:path')",
        "const news = require('retext-news')",
        'const {parseNews, quotes} = news',
        "const text = readFileSync(join(__dirname, 'sample-article.txt'), 'utf8')",
        'console.log(JSON.stringify({',
        '  count: quotes(parseNews(text)).length,',
        '  plugin: typeof news.default,',
        "  exports: Object.keys(news).filter((key) => key !== '__esModule').sort(),",
        '}))',
        '',
      ].join('\n'),
    )
    const result = check(await run(process.execPath, ['cjs.cjs'], project), 'node cjs.cjs')
    expect(JSON.parse(result.stdout)).toEqual({
      count: sampleQuotes,
      plugin: 'function',
      exports: runtimeExports,
    })
  })

  it('type-checks in a strict TypeScript consumer (nodenext, no skipLibCheck)', async (context) => {
    if (skipReason) context.skip(skipReason)
    await writeFile(
      join(project, 'tsconfig.json'),
      `${JSON.stringify(
        {
          compilerOptions: {
            target: 'ES2022',
            module: 'nodenext',
            moduleResolution: 'nodenext',
            strict: true,
            exactOptionalPropertyTypes: true,
            noUncheckedIndexedAccess: true,
            skipLibCheck: false,
            noEmit: true,
          },
          files: ['index.ts', 'require.cts'],
        },
        null,
        2,
      )}\n`,
    )
    await writeFile(
      join(project, 'index.ts'),
      [
        'import retextNews, {',
        '  InputError,',
        '  type Options,',
        '  parseNews,',
        '  type Quote,',
        '  type QuoteRecord,',
        '  quotes,',
        '  type Root,',
        '  toString,',
        "} from 'retext-news'",
        "import {unified} from 'unified'",
        "import {visit} from 'unist-util-visit'",
        '',
        "const text = '“I am done,” Mayor Jane Roe told reporters.\\n'",
        "const options: Options = {cues: ['quipped'], dek: false}",
        'const processor = unified().use(retextNews, options)',
        "processor.data('newsSentenceExtensions', [])",
        "processor.data('nlcstSentenceExtensions', [])",
        'const tree: Root = processor.parse(text)',
        'const found: Quote[] = []',
        "visit(tree, 'QuoteNode', (node) => {",
        '  const quote: Quote = node',
        '  found.push(quote)',
        '})',
        'const records: QuoteRecord[] = quotes(parseNews(text))',
        'const first: QuoteRecord | undefined = records[0]',
        'const speaker: string | null | undefined = first?.speaker?.name',
        'const round: string = toString(tree)',
        "const error: TypeError = new InputError('not text')",
        'console.log(found.length, speaker, round.length, error.name)',
        '',
      ].join('\n'),
    )
    await writeFile(
      join(project, 'require.cts'),
      [
        "import news = require('retext-news')",
        '',
        "const count: number = news.quotes(news.parseNews('“Yes,” she said.')).length",
        'export = count',
        '',
      ].join('\n'),
    )
    const result = await run(process.execPath, [tscBin, '-p', 'tsconfig.json'], project)
    expect(`${result.stdout}${result.stderr}`).toBe('')
    expect(result.code).toBe(0)
  })

  it('runs the `retext-news` bin from node_modules/.bin', async (context) => {
    if (skipReason) context.skip(skipReason)
    const bin = join(
      project,
      'node_modules/.bin',
      process.platform === 'win32' ? 'retext-news.cmd' : 'retext-news',
    )
    expect(await run(bin, ['--version'], project)).toEqual({
      code: 0,
      stdout: `${manifest.version}\n`,
      stderr: '',
    })
    const records = check(
      await run(bin, ['--format', 'quotes', 'sample-article.txt'], project),
      'retext-news --format quotes',
    )
    expect((JSON.parse(records.stdout) as unknown[]).length).toBe(sampleQuotes)
  })
})
