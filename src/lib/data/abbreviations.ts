/**
 * Abbreviations of news copy, as data. Each list is turned into a `Set` once,
 * at load.
 */

/**
 * Titles and ranks written before a name (AP style). A title never ends a
 * sentence: “Lt. Gen. Michael Flynn”, “Amb. Susan Rice”.
 */
export const titles: readonly string[] = [
  // Military ranks.
  'Adm',
  'Brig',
  'Capt',
  'Cmdr',
  'Col',
  'Cpl',
  'Gen',
  'Lt',
  'Maj',
  'Pfc',
  'Pvt',
  'Sgt',
  'Spc',
  // Government and politics (plurals as in “Sens. Smith and Jones”).
  'Amb',
  'Atty',
  'Gov',
  'Govs',
  'Lt',
  'Pres',
  'Rep',
  'Reps',
  'Sen',
  'Sens',
  'Supt',
  'Treas',
  'Sec',
  // Police, church, academia and courtesy.
  'Det',
  'Insp',
  'Sgt',
  'Rev',
  'Msgr',
  'Fr',
  'Prof',
  'Dr',
  'Mr',
  'Mrs',
  'Ms',
  'Messrs',
  'Hon',
  // Numbers: “No. 1”, “Nos. 3 and 4”.
  'No',
  'Nos',
  // Places in a dateline’s capitals: “ST. LOUIS”, “FT. LAUDERDALE”, “MT. AIRY”.
  'ST',
  'FT',
  'MT',
]

/**
 * AP abbreviations of US states, and the other abbreviations that stand
 * after a place name (“SELMA, N.C.”, “Tampa, Fla.”). They may end a
 * sentence: “She lives in Tampa, Fla. He does not.”
 */
export const places: readonly string[] = [
  'Ala',
  'Ariz',
  'Ark',
  'Calif',
  'Colo',
  'Conn',
  'Del',
  'Fla',
  'Ga',
  'Ill',
  'Ind',
  'Kan',
  'Ky',
  'La',
  'Md',
  'Mass',
  'Mich',
  'Minn',
  'Miss',
  'Mo',
  'Mont',
  'Neb',
  'Nev',
  'Okla',
  'Ore',
  'Pa',
  'Tenn',
  'Vt',
  'Va',
  'Wash',
  'Wis',
  'Wyo',
  'Ont',
  'Que',
]

/**
 * Months as AP abbreviates them before a day (“Jan. 5”).
 */
export const months: readonly string[] = ['Jan', 'Feb', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec']

/** An acronym in capitals (“SEC”, “BBC”): the name of a body, no abbreviation. */
export const acronym = /^[A-Z]{2,}$/

/** Abbreviations that end names: “Hank Williams Jr. He …”, “Apple Inc. The …”. */
export const nameEnds: readonly string[] = ['Jr', 'Sr', 'Inc', 'Corp', 'Co', 'Ltd', 'Bros']

/**
 * Capitalised words that start sentences rather than continue a name: when
 * one follows an abbreviation that can end a sentence (“in the U.S. The
 * Senate …”, “at 3 p.m. Officials …”), the sentence ends at the abbreviation.
 */
export const sentenceStarters: readonly string[] = [
  // Determiners and pronouns.
  'A',
  'An',
  'The',
  'This',
  'That',
  'These',
  'Those',
  'There',
  'Here',
  'It',
  'Its',
  'He',
  'She',
  'They',
  'We',
  'I',
  'You',
  'His',
  'Her',
  'Their',
  'Our',
  'My',
  'Your',
  'Some',
  'Many',
  'Most',
  'Few',
  'All',
  'Both',
  'Each',
  'Every',
  'No',
  'None',
  'Several',
  'Such',
  'One',
  'Two',
  'Three',
  // Conjunctions and adverbs that open sentences.
  'And',
  'But',
  'Or',
  'So',
  'Yet',
  'If',
  'When',
  'While',
  'After',
  'Before',
  'Since',
  'As',
  'Although',
  'Though',
  'Because',
  'However',
  'Meanwhile',
  'Still',
  'Then',
  'Now',
  'Later',
  'Earlier',
  'Also',
  'Instead',
  'Indeed',
  'Yesterday',
  'Today',
  'Tomorrow',
  'Last',
  'Next',
  'What',
  'Who',
  'Why',
  'How',
  'Where',
  'Which',
  // Prepositions.
  'In',
  'On',
  'At',
  'For',
  'From',
  'With',
  'By',
  'Of',
  'To',
  'During',
  'Under',
  'Over',
  'About',
  'Despite',
  'Among',
  'Amid',
  // Common subjects of news sentences.
  'Officials',
  'Authorities',
  'Police',
  'Critics',
  'Experts',
  'Analysts',
  'Democrats',
  'Republicans',
  'Lawmakers',
  'Voters',
  'Residents',
]

/** Make a set of a list, once. */
export function toSet(list: readonly string[]): ReadonlySet<string> {
  return new Set(list)
}
