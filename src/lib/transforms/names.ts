/**
 * Split a list of names: “Jane Doe, John Roe and Ann Poe” → three names.
 *
 * @param value
 *   List.
 * @returns
 *   Names, trimmed, empty ones dropped.
 */
export function splitNames(value: string): string[] {
  return value
    .split(/\s*(?:;|,|\band\b|&)\s*/)
    .map((name) =>
      name
        .replace(/^(?:(?:additional )?reporting|editing|writing|contributing)\s+by\s+/i, '')
        .replace(/[)\s]+$/, '')
        // (The full stop of “Jr.” or of an initial stays.)
        .replace(/(?<!(?:^|\s)(?:Jr|Sr|\p{Lu}))\.+$/u, '')
        .trim(),
    )
    .filter((name) => name.length > 0)
}
