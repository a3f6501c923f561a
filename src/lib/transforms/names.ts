/**
 * Split a list of names: “Jane Doe, John Roe and Ann Poe” → three names.
 *
 * @param value
 *   List.
 * @returns
 *   Names, trimmed, empty ones dropped.
 */
export function splitNames(value: string): string[] {
  // White space is read as one space, and the ends of names by a scan back:
  // patterns tried from every character of a long run are quadratic.
  return value
    .replace(/\s+/g, ' ')
    .split(/ ?(?:;|,|\band\b|&) ?/)
    .map((name) =>
      withoutStops(
        trimEnd(
          name.replace(/^(?:(?:additional )?reporting|editing|writing|contributing) by /i, ''),
          ') ',
        ),
      ).trim(),
    )
    .filter((name) => name.length > 0)
}

/** `value` without the characters of `characters` at its end. */
function trimEnd(value: string, characters: string): string {
  let end = value.length
  while (end > 0 && characters.includes(value.charAt(end - 1))) end--
  return value.slice(0, end)
}

/** A name without the full stops at its end, but the one of “Jr.” or of an initial. */
function withoutStops(name: string): string {
  const end = trimEnd(name, '.').length
  if (end === name.length) return name
  return name.slice(0, initialEnd.test(name.slice(Math.max(0, end - 3), end)) ? end + 1 : end)
}

/** The end of an initial or of “Jr”/“Sr” (read on the last three characters). */
const initialEnd = /(?:^|\s)(?:Jr|Sr|\p{Lu})$/u
