/**
 * Strict UTF-8 decoding that says where the bytes go wrong.
 */

/** Where and why bytes are not valid UTF-8. */
export interface Utf8Problem {
  /** Offset of the first byte of the ill-formed sequence. */
  offset: number
  /** What is wrong there. */
  reason: string
}

/**
 * Error thrown by {@link decodeUtf8} for bytes that are not valid UTF-8.
 */
export class Utf8Error extends Error {
  override name = 'Utf8Error'
  /** Offset of the first byte of the ill-formed sequence, `-1` if not found. */
  offset: number

  constructor(problem: Utf8Problem) {
    super(
      problem.offset === -1
        ? `not valid UTF-8 (${problem.reason})`
        : `not valid UTF-8 at byte ${problem.offset} (${problem.reason})`,
    )
    this.offset = problem.offset
  }
}

/**
 * Decode UTF-8, strictly; a byte order mark at the start is dropped.
 *
 * @param bytes
 *   Bytes.
 * @returns
 *   Text.
 * @throws {Utf8Error}
 *   When `bytes` is not valid UTF-8; its `offset` is where it goes wrong.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    throw new Utf8Error(findInvalidUtf8(bytes) ?? {offset: -1, reason: 'rejected by the decoder'})
  }
}

/**
 * Find the first ill-formed sequence in bytes, following the table of
 * well-formed UTF-8 byte sequences of the Unicode Standard (table 3-7):
 * no overlong forms, no surrogates, nothing past U+10FFFF.
 *
 * @param bytes
 *   Bytes.
 * @returns
 *   Where and why the bytes are not UTF-8, or `undefined` when they are.
 */
export function findInvalidUtf8(bytes: Uint8Array): Utf8Problem | undefined {
  let index = 0

  while (index < bytes.length) {
    const lead = bytes[index] as number

    if (lead < 0x80) {
      index++
      continue
    }

    const form = sequenceOf(lead)

    if (!form) {
      return {offset: index, reason: `byte ${hex(lead)} cannot start a character`}
    }

    for (let position = 1; position <= form.length; position++) {
      const byte = bytes[index + position]
      const low = position === 1 ? form.low : 0x80
      const high = position === 1 ? form.high : 0xbf

      if (byte === undefined) {
        return {offset: index, reason: `input ends inside the character that ${hex(lead)} starts`}
      }

      if (byte < low || byte > high) {
        const seen = [...bytes.subarray(index, index + position + 1)].map(hex).join(' ')
        return {offset: index, reason: `invalid sequence ${seen}`}
      }
    }

    index += form.length + 1
  }

  return undefined
}

/** Continuation bytes a lead byte needs, and the range of the first. */
interface Form {
  length: number
  low: number
  high: number
}

function sequenceOf(lead: number): Form | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return {length: 1, low: 0x80, high: 0xbf}
  if (lead === 0xe0) return {length: 2, low: 0xa0, high: 0xbf}
  if (lead === 0xed) return {length: 2, low: 0x80, high: 0x9f}
  if (lead >= 0xe1 && lead <= 0xef) return {length: 2, low: 0x80, high: 0xbf}
  if (lead === 0xf0) return {length: 3, low: 0x90, high: 0xbf}
  if (lead >= 0xf1 && lead <= 0xf3) return {length: 3, low: 0x80, high: 0xbf}
  if (lead === 0xf4) return {length: 3, low: 0x80, high: 0x8f}
  return undefined
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`
}
