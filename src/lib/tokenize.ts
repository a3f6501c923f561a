/**
 * A fast tokenizer of one block that yields exactly the tree of
 * `new ParseEnglish().tokenizeParagraph(text)` (parse-english 7 on
 * parse-latin 7), with positions in document coordinates, as `rebase` in
 * `position.ts` makes them.
 *
 * parse-english tests three regexes per character, makes a point object per
 * character step, and runs seventeen transforms that splice arrays and call
 * `toString` again and again. Here, characters are classified with a lookup
 * table; the text is cut into leaves (runs of one class) kept as offsets; the
 * rules of parse-english’s transforms are applied, in the same order and
 * with the same quirks, to flat lists of offsets, each rule one linear pass
 * (the rules on the words of the block rewrite one buffer in place, those on
 * sentences build new lists; no `splice`, no spreads, no recursion); and
 * nodes and positions are made once, at the end, with lines and columns
 * counted from the block’s start.
 *
 * A leaf is a run of characters of one class (white space, punctuation,
 * symbol, word), numbered from 0 in the block; leaf `k` runs from
 * `starts[k]` to `starts[k + 1]`. Leaves never move: every node is a
 * contiguous run of them. An *item* (a child of a sentence) is a run of
 * leaves `[s, e)`: a word when it holds more than one leaf or a word leaf,
 * else a white space, punctuation or symbol node of one leaf. A list of items
 * is a flat array of pairs, `[s0, e0, s1, e1, …]`.
 */

import type {
  Paragraph,
  ParagraphContent,
  Punctuation,
  SentenceContent,
  Symbol as SymbolNode,
  Text,
  WhiteSpace,
  Word,
} from 'nlcst'
import type {Point} from 'unist'
import type {Location} from 'vfile-location'
import {
  abbreviations,
  abbreviationsSensitive,
  affixSymbol,
  elisionAffix,
  elisionPrefix,
  lowerInitial,
  numerical,
  punctuation,
  whiteSpace,
  word,
} from './data/expressions.js'

/** Classes of characters (and so of leaves), as parse-latin tells them apart. */
const white = 1
const mark = 2
const wordClass = 3
const symbol = 4

/**
 * Abbreviations that end no sentence, lower-cased, from parse-latin’s
 * `merge-prefix-exceptions.js` (besides one to three digits and one letter
 * `a`–`z`): Latin abbreviations written with one final full stop.
 */
const latinPrefixes = new Set([
  'al',
  'ca',
  'cap',
  'cca',
  'cent',
  'cf',
  'cit',
  'con',
  'cp',
  'cwt',
  'ead',
  'etc',
  'ff',
  'fl',
  'ibid',
  'id',
  'nem',
  'op',
  'pro',
  'seq',
  'sic',
  'stat',
  'tem',
  'viz',
])

/** Class of every UTF-16 code unit, filled in on first use (0: not yet known). */
const classes = new Uint8Array(0x1_00_00)

function classOf(code: number): number {
  const known = classes[code] as number
  if (known !== 0) return known
  const character = String.fromCharCode(code)
  const found = whiteSpace.test(character)
    ? white
    : punctuation.test(character)
      ? mark
      : word.test(character)
        ? wordClass
        : symbol
  classes[code] = found
  return found
}

// The ASCII range is filled in at load: the loop then never calls `classOf`
// for plain English.
for (let code = 0; code < 128; code++) classOf(code)

/**
 * The leaves of a block. The arrays are buffers shared by every call (the
 * tokenizer is synchronous and never re-entered): only the first `count`
 * leaves (and `count + 1` starts) are this block’s.
 */
interface Leaves {
  /** The whole document. */
  value: string
  /** Number of leaves. */
  count: number
  /** Start offset of each leaf, and the end of the block after the last. */
  starts: Int32Array
  /** Class of each leaf. */
  kinds: Uint8Array
  /** Whether some leaf is `&`, `-` or `/` (rules on those are skipped without). */
  ampersand: boolean
  hyphen: boolean
  slash: boolean
}

/**
 * Buffers shared by calls, grown as blocks need up to `keep` entries; a
 * larger block gets arrays of its own, so that no call leaves megabytes
 * behind.
 */
let startsBuffer = new Int32Array(1024)
let kindsBuffer = new Uint8Array(1024)
let itemsBuffer = new Int32Array(2048)
let linesBuffer = new Int32Array(1024)
let columnsBuffer = new Int32Array(1024)
const keep = 0x1_00_00

/** New length for a buffer of `length` entries that must hold `size`. */
function grow(length: number, size: number): number {
  return size > keep ? size : Math.min(keep, Math.max(size, 2 * length))
}

/**
 * Tokenize one block of a document as parse-english does, with document
 * positions.
 *
 * @param value
 *   The whole document.
 * @param start
 *   Offset where the block starts.
 * @param end
 *   Offset where the block ends (exclusive).
 * @param place
 *   Index of the whole document (`location(value)` of `vfile-location`).
 * @returns
 *   Paragraph, deep-equal to
 *   `rebase(new ParseEnglish().tokenizeParagraph(value.slice(start, end)), start, place)`.
 */
export function tokenizeBlock(
  value: string,
  start: number,
  end: number,
  place: Location,
): Paragraph {
  const leaves = cut(value, start, end)
  let items = itemsBuffer

  if (items.length < 2 * leaves.count) {
    items = new Int32Array(grow(items.length, 2 * leaves.count))
    if (items.length <= keep) itemsBuffer = items
  }

  // Each rule rewrites the list of items in place and gives its new length.
  let length = mergeElisions(leaves, items)
  if (leaves.ampersand) length = mergeInitialAmpersands(leaves, items, length)
  if (leaves.hyphen) length = mergeFinalHyphens(leaves, items, length)
  length = mergeInnerSymbols(leaves, items, length)
  if (leaves.slash) length = mergeInnerSlashes(leaves, items, length)
  length = mergeInitialisms(leaves, items, length)

  let sentences = splitSentences(leaves, items, length)
  sentences = mergeNonWordSentences(leaves, sentences)
  sentences = mergeAffixSymbols(leaves, sentences)
  sentences = mergeLowerCaseAndDigitSentences(leaves, sentences)
  sentences = mergePrefixes(leaves, sentences, isLatinAbbreviation)
  sentences = mergeCommaSentences(leaves, sentences)
  for (const sentence of sentences) mergeRemainingFullStops(leaves, sentence)

  return build(leaves, sentences, arrange(leaves, sentences), place)
}

/**
 * Cut a block into leaves: runs of white space or of word characters, and
 * runs of one punctuation or symbol character (astral characters continue a
 * symbol, as their surrogates are symbols).
 */
function cut(value: string, start: number, end: number): Leaves {
  let starts = startsBuffer
  let kinds = kindsBuffer

  if (starts.length <= end - start) {
    const length = grow(starts.length, end - start + 1)
    starts = new Int32Array(length)
    kinds = new Uint8Array(length)

    if (length <= keep) {
      startsBuffer = starts
      kindsBuffer = kinds
    }
  }
  let count = 0
  let previousKind = 0
  let previousCode = -1
  let ampersand = false
  let hyphen = false
  let slash = false

  for (let index = start; index < end; index++) {
    const code = value.charCodeAt(index)
    const kind = code < 128 ? (classes[code] as number) : classOf(code)

    if (
      kind !== previousKind ||
      (kind !== wordClass &&
        kind !== white &&
        code !== previousCode &&
        (code & 0xf8_00) !== 0xd8_00)
    ) {
      starts[count] = index
      kinds[count] = kind
      count++
      if (code === 38) ampersand = true
      else if (code === 45) hyphen = true
      else if (code === 47) slash = true
    }

    previousKind = kind
    previousCode = code
  }

  starts[count] = end
  return {value, count, starts, kinds, ampersand, hyphen, slash}
}

/** Length (in UTF-16 units) of the leaves `[s, e)`. */
function size(leaves: Leaves, s: number, e: number): number {
  return (leaves.starts[e] as number) - (leaves.starts[s] as number)
}

/** Text of the leaves `[s, e)`. */
function text(leaves: Leaves, s: number, e: number): string {
  return leaves.value.slice(leaves.starts[s] as number, leaves.starts[e] as number)
}

/** Whether the item `[s, e)` is a word. */
function isWord(leaves: Leaves, s: number, e: number): boolean {
  return e - s > 1 || leaves.kinds[s] === wordClass
}

/** Whether the item `[s, e)` is a punctuation or symbol node. */
function isMark(leaves: Leaves, s: number, e: number): boolean {
  const kind = leaves.kinds[s]
  return e - s === 1 && (kind === mark || kind === symbol)
}

/** Whether the item `[s, e)` is a white space node. */
function isWhite(leaves: Leaves, s: number, e: number): boolean {
  return e - s === 1 && leaves.kinds[s] === white
}

/**
 * The character of a leaf of one UTF-16 unit, or -1 for a longer leaf.
 */
function single(leaves: Leaves, leaf: number): number {
  const from = leaves.starts[leaf] as number
  return (leaves.starts[leaf + 1] as number) - from === 1 ? leaves.value.charCodeAt(from) : -1
}

/** Whether a character is an apostrophe (`'` or `’`). */
function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x20_19
}

/**
 * Whether a leaf is a terminal marker: a run of `.`, `!`, `?`, `…` or `‽`
 * (punctuation, so one character repeated).
 */
function isTerminal(leaves: Leaves, leaf: number): boolean {
  if (leaves.kinds[leaf] !== mark) return false
  const code = leaves.value.charCodeAt(leaves.starts[leaf] as number)
  return code === 46 || code === 33 || code === 63 || code === 0x20_26 || code === 0x20_3d
}

/*
 * The rules on items below each rewrite `items` in place: items are read at
 * `read` and written at `write`, never after what is read (a rule only ever
 * joins items), so the item before the current one is the last written
 * (`items[write - 2]`, `items[write - 1]`) and those after it are still as
 * they came.
 */

/** Whether the last written item is a word. */
function afterWord(leaves: Leaves, items: Int32Array, write: number): boolean {
  return write > 0 && isWord(leaves, items[write - 2] as number, items[write - 1] as number)
}

/** Whether the item at `read + 2` exists and is a word. */
function beforeWord(leaves: Leaves, items: Int32Array, read: number, length: number): boolean {
  return read + 2 < length && isWord(leaves, items[read + 2] as number, items[read + 3] as number)
}

/**
 * parse-english’s `mergeEnglishElisionExceptions`: `w/`, `o’` before white
 * space, `’em`, `’90s`, `’n’`. As there, the node after a `/` merged into `w`
 * is not looked at. Writes one item per leaf, joined as the rule says.
 */
function mergeElisions(leaves: Leaves, items: Int32Array): number {
  const {kinds, count} = leaves
  let write = 0
  let leaf = 0

  while (leaf < count) {
    const kind = kinds[leaf]

    if (kind === mark || kind === symbol) {
      const code = single(leaves, leaf)
      const index = write / 2
      const length = index + count - leaf
      const previousWord = afterWord(leaves, items, write)

      if (code === 47) {
        if (previousWord && text(leaves, items[write - 2] as number, leaf).toLowerCase() === 'w') {
          items[write - 1] = leaf + 1
          // The next node is skipped.
          if (leaf + 1 < count) {
            items[write] = leaf + 1
            items[write + 1] = leaf + 2
            write += 2
          }
          leaf += 2
          continue
        }
      } else if (isApostrophe(code)) {
        if (
          index > 2 &&
          index < length - 1 &&
          previousWord &&
          isWhite(leaves, items[write - 4] as number, items[write - 3] as number) &&
          kinds[leaf + 1] === white &&
          elisionPrefix.test(text(leaves, items[write - 2] as number, leaf).toLowerCase())
        ) {
          items[write - 1] = leaf + 1
          leaf++
          continue
        }

        if (index !== length - 1 && kinds[leaf + 1] === wordClass && !previousWord) {
          const next = text(leaves, leaf + 1, leaf + 2).toLowerCase()

          if (elisionAffix.test(next)) {
            items[write] = leaf
            items[write + 1] = leaf + 2
            write += 2
            leaf += 2
            continue
          }

          if (
            next === 'n' &&
            leaf + 2 < count &&
            kinds[leaf + 2] === mark &&
            isApostrophe(single(leaves, leaf + 2))
          ) {
            items[write] = leaf
            items[write + 1] = leaf + 3
            write += 2
            leaf += 3
            continue
          }
        }
      }
    }

    items[write] = leaf
    items[write + 1] = leaf + 1
    write += 2
    leaf++
  }

  return write
}

/** parse-latin’s `mergeInitialWordSymbol`: `&` before a word, after no word. */
function mergeInitialAmpersands(leaves: Leaves, items: Int32Array, length: number): number {
  let write = 0

  for (let read = 0; read < length; read += 2) {
    const s = items[read] as number
    let e = items[read + 1] as number

    if (
      isMark(leaves, s, e) &&
      single(leaves, s) === 38 &&
      !afterWord(leaves, items, write) &&
      beforeWord(leaves, items, read, length)
    ) {
      read += 2
      e = items[read + 1] as number
    }

    items[write] = s
    items[write + 1] = e
    write += 2
  }

  return write
}

/** parse-latin’s `mergeFinalWordSymbol`: `-` after a word, before no word. */
function mergeFinalHyphens(leaves: Leaves, items: Int32Array, length: number): number {
  let write = 0

  for (let read = 0; read < length; read += 2) {
    const s = items[read] as number
    const e = items[read + 1] as number

    if (
      isMark(leaves, s, e) &&
      single(leaves, s) === 45 &&
      afterWord(leaves, items, write) &&
      !beforeWord(leaves, items, read, length)
    ) {
      items[write - 1] = e
      continue
    }

    items[write] = s
    items[write + 1] = e
    write += 2
  }

  return write
}

/**
 * Whether a mark is one that joins words (`wordSymbolInner` of parse-latin):
 * one of `&'-.:=?@`, soft hyphen, middle dot, hyphens, `’`, `‧`, or a run of
 * `_`.
 */
function isInnerSymbol(leaves: Leaves, leaf: number): boolean {
  const code = leaves.value.charCodeAt(leaves.starts[leaf] as number)
  if (code === 95) return true
  if (size(leaves, leaf, leaf + 1) !== 1) return false
  return (
    code === 38 ||
    code === 39 ||
    code === 45 ||
    code === 46 ||
    code === 58 ||
    code === 61 ||
    code === 63 ||
    code === 64 ||
    code === 0xad ||
    code === 0xb7 ||
    code === 0x20_10 ||
    code === 0x20_11 ||
    code === 0x20_19 ||
    code === 0x20_27
  )
}

/**
 * parse-latin’s `mergeInnerWordSymbol`: words joined by single inner marks
 * (`don't`, `e-mail`, `a.m`) become one word.
 */
function mergeInnerSymbols(leaves: Leaves, items: Int32Array, length: number): number {
  let write = 0
  let read = 0

  while (read < length) {
    const s = items[read] as number
    const e = items[read + 1] as number

    if (isMark(leaves, s, e) && afterWord(leaves, items, write)) {
      let scan = read
      let lastWord = -1

      while (scan < length) {
        const scanStart = items[scan] as number
        const scanEnd = items[scan + 1] as number

        if (isWord(leaves, scanStart, scanEnd)) {
          lastWord = scan
        } else if (!(isMark(leaves, scanStart, scanEnd) && isInnerSymbol(leaves, scanStart))) {
          break
        }

        scan += 2
      }

      if (lastWord !== -1) {
        items[write - 1] = items[lastWord + 1] as number
        read = lastWord + 2
        continue
      }
    }

    items[write] = s
    items[write + 1] = e
    write += 2
    read += 2
  }

  return write
}

/**
 * parse-latin’s `mergeInnerWordSlash`: `/` between short words (`and/or`
 * stays apart, `a/b` and `km/h` join).
 */
function mergeInnerSlashes(leaves: Leaves, items: Int32Array, length: number): number {
  let write = 0
  let read = 0

  while (read < length) {
    const s = items[read] as number
    const e = items[read + 1] as number

    if (
      isMark(leaves, s, e) &&
      single(leaves, s) === 47 &&
      afterWord(leaves, items, write) &&
      size(leaves, items[write - 2] as number, items[write - 1] as number) < 3
    ) {
      if (!beforeWord(leaves, items, read, length)) {
        items[write - 1] = e
        read += 2
        continue
      }

      if (size(leaves, items[read + 2] as number, items[read + 3] as number) < 3) {
        items[write - 1] = items[read + 3] as number
        read += 4
        continue
      }
    }

    items[write] = s
    items[write + 1] = e
    write += 2
    read += 2
  }

  return write
}

/** Whether a leaf of one unit is numerical (`numerical` of parse-latin). */
function isNumerical(leaves: Leaves, leaf: number): boolean {
  const code = leaves.value.charCodeAt(leaves.starts[leaf] as number)
  if (code < 128) return code >= 48 && code <= 57
  return numerical.test(String.fromCharCode(code))
}

/**
 * parse-latin’s `mergeInitialisms`: a `.` after a word of single characters
 * joined by `.` (`U.S`, `e.g`) joins it, unless they are all digits.
 */
function mergeInitialisms(leaves: Leaves, items: Int32Array, length: number): number {
  let write = 0

  for (let read = 0; read < length; read += 2) {
    const s = items[read] as number
    const e = items[read + 1] as number

    if (e - s === 1 && leaves.kinds[s] === mark && single(leaves, s) === 46 && write > 0) {
      const first = items[write - 2] as number
      const count = (items[write - 1] as number) - first

      if (count !== 1 && count % 2 !== 0) {
        let allDigits = true
        let merge = true

        for (let position = count - 1; position >= 0; position--) {
          const leaf = first + position

          if (position % 2 === 0) {
            if (size(leaves, leaf, leaf + 1) > 1) {
              merge = false
              break
            }

            if (!isNumerical(leaves, leaf)) allDigits = false
          } else if (single(leaves, leaf) !== 46) {
            if (position >= count - 2) merge = false
            break
          }
        }

        if (merge && !allDigits) {
          items[write - 1] = e
          continue
        }
      }
    }

    items[write] = s
    items[write + 1] = e
    write += 2
  }

  return write
}

/**
 * Split the items of a block into sentences after each terminal marker, and
 * do parse-english’s `mergeEnglishPrefixExceptions` on the way: a `.` after
 * an English abbreviation joins the word, and the sentence goes on.
 */
function splitSentences(leaves: Leaves, items: Int32Array, length: number): number[][] {
  const sentences: number[][] = []
  let current: number[] = []

  for (let index = 0; index < length; index += 2) {
    const s = items[index] as number
    const e = items[index + 1] as number

    if (e - s === 1 && isTerminal(leaves, s)) {
      const last = current.length - 1

      if (last > 0 && single(leaves, s) === 46) {
        const wordStart = current[last - 1] as number

        if (isWord(leaves, wordStart, s) && isEnglishAbbreviation(leaves, wordStart, s)) {
          current[last] = e
          continue
        }
      }

      current.push(s, e)
      sentences.push(current)
      current = []
      continue
    }

    current.push(s, e)
  }

  if (current.length > 0) sentences.push(current)
  return sentences
}

/** Append the items of `from` to `to`. */
function append(to: number[], from: number[]): void {
  for (const item of from) to.push(item)
}

/**
 * `abbreviations` and `abbreviationsSensitive` of parse-english, on the
 * word `[s, e)`. None is longer than 9 characters (“Northants”), and
 * lower-casing never makes a string shorter, so longer words are not tested.
 */
function isEnglishAbbreviation(leaves: Leaves, s: number, e: number): boolean {
  if (size(leaves, s, e) > 9) return false
  const value = text(leaves, s, e)
  return abbreviations.test(value.toLowerCase()) || abbreviationsSensitive.test(value)
}

/**
 * `abbreviationPrefix` of parse-latin’s `merge-prefix-exceptions.js`, on the
 * word `[s, e)`: one to three digits, one letter, or a Latin abbreviation
 * (none longer than 4 characters).
 */
function isLatinAbbreviation(leaves: Leaves, s: number, e: number): boolean {
  if (size(leaves, s, e) > 4) return false
  const lower = text(leaves, s, e).toLowerCase()
  if (latinPrefixes.has(lower)) return true
  if (lower.length === 1) {
    const code = lower.charCodeAt(0)
    return (code >= 97 && code <= 122) || (code >= 48 && code <= 57)
  }

  return lower.length <= 3 && /^\d+$/.test(lower)
}

/**
 * parse-latin’s `mergePrefixExceptions` (parse-english’s
 * `mergeEnglishPrefixExceptions` is done by `splitSentences`): a sentence
 * ending in an abbreviation and `.` takes the `.` into the word and the next
 * sentence into itself.
 */
function mergePrefixes(
  leaves: Leaves,
  sentences: number[][],
  test: (leaves: Leaves, s: number, e: number) => boolean,
): number[][] {
  const out: number[][] = []
  let index = 0

  while (index < sentences.length) {
    const sentence = sentences[index] as number[]
    index++

    while (sentence.length >= 4) {
      const stop = sentence[sentence.length - 2] as number
      const wordStart = sentence[sentence.length - 4] as number

      if (
        !(
          sentence[sentence.length - 1] === stop + 1 &&
          leaves.kinds[stop] === mark &&
          single(leaves, stop) === 46 &&
          isWord(leaves, wordStart, stop) &&
          test(leaves, wordStart, stop)
        )
      ) {
        break
      }

      sentence.length -= 2
      sentence[sentence.length - 1] = stop + 1
      if (index === sentences.length) break
      append(sentence, sentences[index] as number[])
      index++
    }

    out.push(sentence)
  }

  return out
}

/** Whether some item of a sentence is a word. */
function hasWord(leaves: Leaves, sentence: number[]): boolean {
  for (let index = 0; index < sentence.length; index += 2) {
    if (isWord(leaves, sentence[index] as number, sentence[index + 1] as number)) return true
  }

  return false
}

/**
 * parse-latin’s `mergeNonWordSentences`: a sentence without words joins the
 * one before it, or, when first, the one after it (which is then not looked
 * at).
 */
function mergeNonWordSentences(leaves: Leaves, sentences: number[][]): number[][] {
  const out: number[][] = []
  let index = 0

  while (index < sentences.length) {
    const sentence = sentences[index] as number[]
    index++

    if (hasWord(leaves, sentence)) {
      out.push(sentence)
    } else if (out.length > 0) {
      append(out[out.length - 1] as number[], sentence)
    } else if (index < sentences.length) {
      append(sentence, sentences[index] as number[])
      out.push(sentence)
      index++
    } else {
      out.push(sentence)
    }
  }

  return out
}

/**
 * parse-latin’s `mergeAffixSymbol`: closing marks (`)`, `”`, `.`) that start
 * a sentence go to the end of the one before. (parse-latin also passes them
 * on from a sentence left empty, but none is: after
 * `mergeNonWordSentences`, every sentence but a lone one holds a word.)
 */
function mergeAffixSymbols(leaves: Leaves, sentences: number[][]): number[][] {
  const out: number[][] = []

  for (const sentence of sentences) {
    let head = 0
    const previous = out[out.length - 1]

    if (previous) {
      while (
        head < sentence.length &&
        isMark(leaves, sentence[head] as number, sentence[head + 1] as number) &&
        affixSymbol.test(text(leaves, sentence[head] as number, sentence[head + 1] as number))
      ) {
        previous.push(sentence[head] as number, sentence[head + 1] as number)
        head += 2
      }
    }

    out.push(head === 0 ? sentence : sentence.slice(head))
  }

  return out
}

/**
 * Merge sentences into the one before when their first word or mark says
 * so: a word first merges when `onWord(s, e)` says so, a mark first when
 * `onMark(s)` does; white space is passed over.
 */
function mergeByStart(
  leaves: Leaves,
  sentences: number[][],
  onWord: (s: number, e: number) => boolean,
  onMark: (s: number) => boolean,
): number[][] {
  const out: number[][] = []

  for (const sentence of sentences) {
    if (out.length > 0) {
      let merge = false

      for (let index = 0; index < sentence.length; index += 2) {
        const s = sentence[index] as number
        const e = sentence[index + 1] as number

        if (isWord(leaves, s, e)) {
          merge = onWord(s, e)
          break
        }

        if (isMark(leaves, s, e)) {
          merge = onMark(s)
          break
        }
      }

      if (merge) {
        append(out[out.length - 1] as number[], sentence)
        continue
      }
    }

    out.push(sentence)
  }

  return out
}

/**
 * parse-latin’s `mergeInitialLowerCaseLetterSentences` and
 * `mergeInitialDigitSentences` in one pass: a sentence whose first word
 * starts with a lower-case letter (before any mark), or whose first node is
 * a word starting with a digit, joins the one before. One pass does what the
 * two do one after the other: a sentence that joins another keeps the start
 * of that one, which is looked at already.
 */
function mergeLowerCaseAndDigitSentences(leaves: Leaves, sentences: number[][]): number[][] {
  const out: number[][] = []

  for (const sentence of sentences) {
    if (
      out.length > 0 &&
      (startsLowerCase(leaves, sentence) || startsWithDigit(leaves, sentence))
    ) {
      append(out[out.length - 1] as number[], sentence)
      continue
    }

    out.push(sentence)
  }

  return out
}

/**
 * Whether the first word of a sentence starts with a lower-case letter, with
 * no mark before it: the first item that is not white space is that word
 * (every sentence but the first holds a word, see `mergeNonWordSentences`).
 */
function startsLowerCase(leaves: Leaves, sentence: number[]): boolean {
  let index = 0

  while (
    index < sentence.length - 2 &&
    isWhite(leaves, sentence[index] as number, sentence[index + 1] as number)
  ) {
    index += 2
  }

  const s = sentence[index] as number
  if (!isWord(leaves, s, sentence[index + 1] as number)) return false
  const from = leaves.starts[s] as number
  const code = leaves.value.charCodeAt(from)
  if (code < 128) return code >= 97 && code <= 122
  return lowerInitial.test(leaves.value.slice(from, from + 2))
}

/**
 * Whether the first node of a sentence is a word starting with a digit (the
 * sentence is not empty: every sentence but the first holds a word).
 */
function startsWithDigit(leaves: Leaves, sentence: number[]): boolean {
  const s = sentence[0] as number
  const code = leaves.value.charCodeAt(leaves.starts[s] as number)
  return isWord(leaves, s, sentence[1] as number) && code >= 48 && code <= 57
}

/**
 * parse-latin’s `mergeAffixExceptions`: a sentence whose first mark (before
 * any word) is `,` or `;` joins the one before.
 */
function mergeCommaSentences(leaves: Leaves, sentences: number[][]): number[][] {
  return mergeByStart(
    leaves,
    sentences,
    () => false,
    (s) => {
      const code = single(leaves, s)
      return code === 44 || code === 59
    },
  )
}

/**
 * parse-latin’s `mergeRemainingFullStops`: in a sentence, every terminal
 * marker but the last that is a single `.` joins the word before it (unless
 * white space and another `.` follow), or else the word after it.
 *
 * The sentence is rewritten in place from its end: items are read at `read`
 * and written at `write - 2`, never before what is read, so the item after
 * the current one is the last written (`sentence[write]`).
 */
function mergeRemainingFullStops(leaves: Leaves, sentence: number[]): void {
  const length = sentence.length
  let write = length
  let found = false
  let read = length - 2

  while (read >= 0) {
    const s = sentence[read] as number
    const e = sentence[read + 1] as number

    if (!isMark(leaves, s, e)) {
      if (isWord(leaves, s, e)) found = true
    } else if (isTerminal(leaves, s)) {
      if (!found) {
        found = true
      } else if (single(leaves, s) === 46) {
        if (
          read > 0 &&
          isWord(leaves, sentence[read - 2] as number, sentence[read - 1] as number)
        ) {
          const nextStop =
            write <= length - 4 &&
            isWhite(leaves, sentence[write] as number, sentence[write + 1] as number) &&
            sentence[write + 3] === (sentence[write + 2] as number) + 1 &&
            single(leaves, sentence[write + 2] as number) === 46

          if (!nextStop) {
            write -= 2
            sentence[write] = sentence[read - 2] as number
            sentence[write + 1] = e
            read -= 4
            continue
          }
        } else if (
          write < length &&
          isWord(leaves, sentence[write] as number, sentence[write + 1] as number)
        ) {
          sentence[write] = s
          read -= 2
          continue
        }
      }
    }

    write -= 2
    sentence[write] = s
    sentence[write + 1] = e
    read -= 2
  }

  if (write > 0) sentence.splice(0, write)
}

/** Number of line endings (`\r\n`, `\r`, `\n`) in a leaf. */
function lineEndings(leaves: Leaves, leaf: number): number {
  const value = leaves.value
  const end = leaves.starts[leaf + 1] as number
  let count = 0

  for (let index = leaves.starts[leaf] as number; index < end; index++) {
    const code = value.charCodeAt(index)

    if (code === 10) {
      count++
    } else if (code === 13) {
      count++
      if (index + 1 < end && value.charCodeAt(index + 1) === 10) index++
    }
  }

  return count
}

/**
 * The children of the paragraph, as triples: a sentence is its index in
 * `sentences` and the range `[from, to)` of its items, white space is `-1`,
 * its leaf number and `0`. parse-latin’s `makeInitialWhiteSpaceSiblings` and
 * `makeFinalWhiteSpaceSiblings` (white space at the edges of a sentence
 * moves up), `breakImplicitSentences` (white space with two line endings or
 * more inside a sentence splits it) and `removeEmptyNodes`.
 */
function arrange(leaves: Leaves, sentences: number[][]): number[] {
  const children: number[] = []

  for (let at = 0; at < sentences.length; at++) {
    const sentence = sentences[at] as number[]
    let from = 0
    let to = sentence.length
    let after = -1

    if (to > 0 && isWhite(leaves, sentence[0] as number, sentence[1] as number)) {
      children.push(-1, sentence[0] as number, 0)
      from = 2
    }

    if (to > from && isWhite(leaves, sentence[to - 2] as number, sentence[to - 1] as number)) {
      after = sentence[to - 2] as number
      to -= 2
    }

    // Split at inner white space with two line endings or more; the first
    // and last item of each part are not looked at.
    let part = from

    for (let index = from + 2; index < to - 2; index += 2) {
      const s = sentence[index] as number

      if (isWhite(leaves, s, sentence[index + 1] as number) && lineEndings(leaves, s) > 1) {
        children.push(at, part, index, -1, s, 0)
        part = index + 2
        index += 2
      }
    }

    if (to > part) children.push(at, part, to)
    if (after !== -1) children.push(-1, after, 0)
  }

  return children
}

/** Leaf types by class. */
const leafTypes = ['', 'WhiteSpaceNode', 'PunctuationNode', 'TextNode', 'SymbolNode'] as const

/** Lines and columns of the leaf boundaries of the block being built. */
interface Places {
  starts: Int32Array
  lines: Int32Array
  columns: Int32Array
}

/** The point at a leaf boundary. */
function pointAt(places: Places, leaf: number): Point {
  return {
    line: places.lines[leaf] as number,
    column: places.columns[leaf] as number,
    offset: places.starts[leaf] as number,
  }
}

/** The node of a leaf. */
function leafNode(
  leaves: Leaves,
  places: Places,
  leaf: number,
): Text | WhiteSpace | Punctuation | SymbolNode {
  return {
    type: leafTypes[leaves.kinds[leaf] as number],
    value: text(leaves, leaf, leaf + 1),
    position: {start: pointAt(places, leaf), end: pointAt(places, leaf + 1)},
  } as Text | WhiteSpace | Punctuation | SymbolNode
}

/**
 * Count the line and column of every leaf boundary from the block’s start;
 * only white space holds line endings, which are those of `vfile-location`:
 * `\r\n`, `\r`, `\n`.
 */
function locate(leaves: Leaves, place: Location): Places {
  const {value, starts, kinds, count} = leaves

  let lines = linesBuffer
  let columns = columnsBuffer

  if (lines.length <= count) {
    const length = grow(lines.length, count + 1)
    lines = new Int32Array(length)
    columns = new Int32Array(length)

    if (length <= keep) {
      linesBuffer = lines
      columnsBuffer = columns
    }
  }
  const first = place.toPoint(starts[0] as number)
  /* c8 ignore next -- the block is inside the document. */
  if (!first) throw new Error('Block outside the document')
  let line = first.line
  let column = first.column

  for (let leaf = 0; leaf < count; leaf++) {
    lines[leaf] = line
    columns[leaf] = column
    const from = starts[leaf] as number
    const to = starts[leaf + 1] as number

    if (kinds[leaf] === white) {
      for (let index = from; index < to; index++) {
        const code = value.charCodeAt(index)

        if (code === 10 || (code === 13 && value.charCodeAt(index + 1) !== 10)) {
          line++
          column = 1
        } else {
          column++
        }
      }
    } else {
      column += to - from
    }
  }

  lines[count] = line
  columns[count] = column
  return {starts, lines, columns}
}

/**
 * Make the nodes, with positions in document coordinates: every node has its
 * own position and point objects. Arrays of children are made at their
 * size (`push` leaves room to grow, which a tree of a long document would
 * hold on to).
 */
function build(
  leaves: Leaves,
  sentences: number[][],
  children: number[],
  place: Location,
): Paragraph {
  const paragraph: Paragraph = {type: 'ParagraphNode', children: []}
  if (leaves.count === 0) return paragraph
  const places = locate(leaves, place)
  const content: ParagraphContent[] = new Array(children.length / 3)

  for (let at = 0; at < children.length; at += 3) {
    const which = children[at] as number
    const from = children[at + 1] as number

    if (which === -1) {
      content[at / 3] = leafNode(leaves, places, from) as WhiteSpace
      continue
    }

    const child = sentences[which] as number[]
    const to = children[at + 2] as number
    const nodes: SentenceContent[] = new Array((to - from) / 2)

    for (let index = from; index < to; index += 2) {
      const s = child[index] as number
      const e = child[index + 1] as number

      if (isWord(leaves, s, e)) {
        let parts: Word['children']

        if (e - s === 1) {
          parts = [leafNode(leaves, places, s) as Text]
        } else {
          parts = new Array(e - s)
          for (let leaf = s; leaf < e; leaf++) {
            parts[leaf - s] = leafNode(leaves, places, leaf) as Word['children'][number]
          }
        }

        nodes[(index - from) / 2] = {
          type: 'WordNode',
          children: parts,
          position: {start: pointAt(places, s), end: pointAt(places, e)},
        }
      } else {
        nodes[(index - from) / 2] = leafNode(leaves, places, s) as SentenceContent
      }
    }

    content[at / 3] = {
      type: 'SentenceNode',
      children: nodes,
      position: {
        start: pointAt(places, child[from] as number),
        end: pointAt(places, child[to - 1] as number),
      },
    }
  }

  paragraph.children = content
  paragraph.position = {start: pointAt(places, 0), end: pointAt(places, leaves.count)}
  return paragraph
}
