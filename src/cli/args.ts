/**
 * Command-line arguments: what `retext-news` was asked to do.
 */

/** Output formats. */
export const formats = ['outline', 'json', 'quotes', 'ndjson', 'html'] as const

/** An output format. */
export type Format = (typeof formats)[number]

/** What the command line asks for. */
export interface Arguments {
  /** Output format (default: `'outline'`). */
  format: Format
  /** Files to read, in order; `'-'` is standard input; empty means standard input. */
  files: string[]
  /** Whether to print parser warnings on stderr. */
  verbose: boolean
  /** Whether to print usage and stop. */
  help: boolean
  /** Whether to print the version and stop. */
  version: boolean
}

/**
 * Error in the command line (unknown option, unknown format, missing value):
 * exit code 2.
 */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** Usage text, printed by `--help`. */
export const usage = `Usage: retext-news [options] [file ...]

Parse news articles: headline, dek, byline, dateline, paragraphs, and
quotes with who said them. With no file, or when a file is -, read
standard input.

Options:
  -f, --format <format>  output format (default: outline):
                           outline  a readable outline of each article
                           json     the syntax tree
                           quotes   the quotes, as a JSON array of records
                           ndjson   one JSON line per file: file, quotes, outline
                           html     a web page with the quotes highlighted
      --verbose          print parser warnings (line:column) on stderr
  -h, --help             print this help and exit
  -v, --version          print the version and exit
  --                     treat the arguments that follow as files

With several files, json and quotes print a JSON array of
{"file", "tree"} or {"file", "quotes"} objects, and html one page with an
article per file.

Exit status: 0 on success, 1 when a file cannot be read or is not valid
UTF-8 (the other files are still processed), 2 on a bad command line.
`

/**
 * Parse command-line arguments.
 *
 * @param argv
 *   Arguments, without the node binary and script (`process.argv.slice(2)`).
 * @returns
 *   What to do.
 * @throws {UsageError}
 *   On an unknown option, an unknown format, or a missing value.
 */
export function parseArguments(argv: readonly string[]): Arguments {
  const result: Arguments = {
    format: 'outline',
    files: [],
    verbose: false,
    help: false,
    version: false,
  }
  let index = 0

  while (index < argv.length) {
    const arg = argv[index] as string
    index++

    if (arg === '--') {
      result.files.push(...argv.slice(index))
      break
    }

    if (arg === '-' || !arg.startsWith('-')) {
      result.files.push(arg)
      continue
    }

    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1
    const name = equals === -1 ? arg : arg.slice(0, equals)
    const inline = equals === -1 ? undefined : arg.slice(equals + 1)

    if (name === '--format' || arg.startsWith('-f')) {
      const option = name === '--format' ? name : '-f'
      let value = option === '-f' && arg.length > 2 ? arg.slice(2).replace(/^=/, '') : inline
      if (value === undefined) {
        value = argv[index]
        index++
      }
      if (value === undefined || value === '') {
        throw new UsageError(`option '${option}' needs a format (one of: ${formats.join(', ')})`)
      }
      result.format = toFormat(value)
      continue
    }

    const flag = flags[name]

    if (!flag) throw new UsageError(`unknown option '${name}'`)
    if (inline !== undefined) throw new UsageError(`option '${name}' takes no value`)

    result[flag] = true
  }

  return result
}

/** Boolean flags, by spelling. */
const flags: Partial<Record<string, 'verbose' | 'help' | 'version'>> = {
  '--verbose': 'verbose',
  '--help': 'help',
  '-h': 'help',
  '--version': 'version',
  '-v': 'version',
}

function toFormat(value: string): Format {
  const format = formats.find((known) => known === value)
  if (!format) {
    throw new UsageError(`unknown format '${value}' (expected one of: ${formats.join(', ')})`)
  }
  return format
}
