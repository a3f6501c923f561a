/**
 * Cue words: the verbs and phrases that signal attribution, as data.
 * Every inflection a news sentence uses is listed, so matching is a set
 * lookup on the lower-cased word.
 */

import type {CueClass} from '../../types.js'

/**
 * Verbs of saying (speech cues), by lemma, with the forms news copy uses.
 * “say” covers “said”, “says”, “saying”.
 */
const speechVerbs: Record<string, readonly string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  add: ['add', 'adds', 'added', 'adding'],
  ask: ['ask', 'asks', 'asked', 'asking'],
  write: ['write', 'writes', 'wrote', 'writing'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
  post: ['posted'],
  claim: ['claim', 'claims', 'claimed', 'claiming'],
  argue: ['argue', 'argues', 'argued', 'arguing'],
  insist: ['insist', 'insists', 'insisted', 'insisting'],
  note: ['note', 'notes', 'noted', 'noting'],
  explain: ['explain', 'explains', 'explained', 'explaining'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  quip: ['quip', 'quips', 'quipped', 'quipping'],
  // “states” is more often the noun.
  state: ['stated', 'stating'],
  declare: ['declare', 'declares', 'declared', 'declaring'],
  announce: ['announce', 'announces', 'announced', 'announcing'],
  report: ['report', 'reports', 'reported', 'reporting'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  respond: ['respond', 'responds', 'responded', 'responding'],
  answer: ['answered'],
  continue: ['continued', 'continues'],
  recall: ['recall', 'recalls', 'recalled', 'recalling'],
  suggest: ['suggest', 'suggests', 'suggested', 'suggesting'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  allege: ['allege', 'alleges', 'alleged', 'alleging'],
  assert: ['assert', 'asserts', 'asserted', 'asserting'],
  contend: ['contend', 'contends', 'contended', 'contending'],
  concede: ['concede', 'concedes', 'conceded', 'conceding'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  maintain: ['maintain', 'maintains', 'maintained', 'maintaining'],
  predict: ['predict', 'predicts', 'predicted', 'predicting'],
  promise: ['promise', 'promises', 'promised', 'promising'],
  pledge: ['pledge', 'pledges', 'pledged', 'pledging'],
  vow: ['vow', 'vows', 'vowed', 'vowing'],
  urge: ['urge', 'urges', 'urged', 'urging'],
  charge: ['charged', 'charges'],
  complain: ['complain', 'complains', 'complained', 'complaining'],
  boast: ['boast', 'boasts', 'boasted', 'boasting'],
  joke: ['joke', 'jokes', 'joked', 'joking'],
  shout: ['shout', 'shouts', 'shouted', 'shouting'],
  yell: ['yelled'],
  exclaim: ['exclaimed'],
  mutter: ['muttered'],
  whisper: ['whispered'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  reveal: ['reveal', 'reveals', 'revealed', 'revealing'],
  disclose: ['disclosed'],
  emphasize: ['emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasised', 'stressed', 'stresses', 'stressing'],
  point: ['pointed'],
  observe: ['observed'],
  remark: ['remarked'],
  comment: ['commented'],
  counter: ['countered'],
  retort: ['retorted'],
  reiterate: ['reiterated', 'reiterates'],
  repeat: ['repeated'],
  conclude: ['concluded', 'concludes'],
  estimate: ['estimated', 'estimates'],
  describe: ['described', 'describes'],
  call: ['called', 'calls'],
  accuse: ['accused', 'accuses', 'accusing'],
  blame: ['blamed'],
  criticize: ['criticized', 'criticised'],
  praise: ['praised'],
  demand: ['demanded', 'demands'],
  threaten: ['threatened'],
  tout: ['touted', 'touting'],
  remind: ['reminded'],
  assure: ['assured'],
  inform: ['informed'],
  agree: ['agreed', 'agrees'],
  dispute: ['disputed'],
  question: ['questioned'],
  wonder: ['wondered'],
  hint: ['hinted'],
  indicate: ['indicated', 'indicates'],
  signal: ['signaled', 'signalled'],
  read: ['reads'],
  show: ['show', 'shows', 'showed', 'shown'],
  // Acts of public stance, which attribution corpora (PolNeAR) annotate too.
  mention: ['mentioned', 'mentions'],
  cite: ['cited', 'cites', 'citing'],
  discuss: ['discussed'],
  propose: ['proposed', 'proposes'],
  recommend: ['recommended', 'recommends'],
  attack: ['attacked', 'attacks'],
  blast: ['blasted', 'blasts'],
  slam: ['slammed', 'slams'],
  condemn: ['condemned', 'condemns'],
  reject: ['rejected', 'rejects'],
  defend: ['defended', 'defends'],
  challenge: ['challenged'],
  encourage: ['encouraged', 'encourages', 'encouraging'],
  implore: ['implored'],
  invite: ['invited'],
  request: ['requested'],
  apologize: ['apologized'],
  find: ['found', 'finds'],
}

/** Verbs of belief and thought. */
const beliefVerbs: Record<string, readonly string[]> = {
  believe: ['believe', 'believes', 'believed', 'believing'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  feel: ['feel', 'feels', 'felt'],
  // The plural nouns (“fears”, “hopes”, “worries”, “doubts”) are left out.
  fear: ['fear', 'feared'],
  hope: ['hope', 'hoped'],
  expect: ['expect', 'expects', 'expected'],
  worry: ['worry', 'worried'],
  know: ['know', 'knows', 'knew'],
  doubt: ['doubt', 'doubted'],
  suspect: ['suspected'],
  consider: ['consider', 'considers', 'considered'],
  want: ['want', 'wants', 'wanted'],
  hear: ['heard'],
  learn: ['learned', 'learnt'],
  see: ['sees', 'saw'],
  // Intentions and stances.
  plan: ['plans', 'planned'],
  seek: ['seeks', 'sought'],
  intend: ['intends', 'intended'],
  decide: ['decided'],
  refuse: ['refused', 'refuses'],
  decline: ['declined', 'declines'],
  support: ['supports', 'supported'],
  oppose: ['opposes', 'opposed'],
  endorse: ['endorsed', 'endorses'],
  favor: ['favors', 'favored'],
  prefer: ['prefers', 'preferred'],
  recognize: ['recognized', 'recognizes'],
  understand: ['understands', 'understood'],
  realize: ['realized'],
  assume: ['assumed'],
}

/** Verbs whose object is the addressee: “told Politico”, “asked reporters”. */
export const addresseeVerbs: ReadonlySet<string> = new Set([
  ...(speechVerbs.tell ?? []),
  ...(speechVerbs.ask ?? []),
  ...(speechVerbs.remind ?? []),
  ...(speechVerbs.assure ?? []),
  ...(speechVerbs.inform ?? []),
  ...(speechVerbs.warn ?? []),
  ...(speechVerbs.urge ?? []),
])

/**
 * Verbs that take a clause as object only after an object: “called it …”,
 * “described him as …” — these are cues only next to a quotation.
 */
export const weakCues: ReadonlySet<string> = new Set([
  'called', 'calls', 'described', 'describes', 'show', 'shows', 'showed', 'shown', 'found',
  'finds', 'reads', 'continued', 'continues', 'report', 'reports', 'reported', 'reporting', 'posted',
  'accused', 'accuses', 'accusing', 'blamed', 'criticized', 'criticised', 'praised', 'demanded',
  'demands', 'threatened', 'touted', 'touting', 'question', 'questioned', 'charged', 'charges',
  'agreed', 'agrees', 'disputed', 'heard', 'learned', 'learnt', 'sees', 'saw', 'want', 'wants',
  'wanted', 'consider', 'considers', 'considered', 'know', 'knows', 'knew', 'feel', 'feels',
  'felt', 'add', 'tell', 'ask', 'write', 'note', 'estimated', 'estimates', 'indicated',
  'indicates', 'signaled', 'signalled', 'promising', 'warning', 'answered', 'repeated',
  'reminded', 'assured', 'informed', 'hope', 'fear', 'expect', 'expected', 'worried', 'worry',
  'doubt', 'hinted', 'pointed', 'observed', 'concluded', 'concludes', 'suspected',
  'mentioned', 'mentions', 'cited', 'cites', 'citing', 'discussed', 'proposed', 'proposes',
  'recommended', 'recommends', 'attacked', 'attacks', 'blasted', 'blasts', 'slammed', 'slams',
  'condemned', 'condemns', 'rejected', 'rejects', 'defended', 'defends', 'challenged',
  'encouraged', 'encourages', 'encouraging', 'implored', 'invited', 'requested', 'apologized',
  'plans', 'planned', 'seeks', 'sought', 'intends', 'intended', 'decided', 'refused', 'refuses',
  'declined', 'declines', 'supports', 'supported', 'opposes', 'opposed', 'endorsed', 'endorses',
  'favors', 'favored', 'prefers', 'preferred', 'recognized', 'recognizes', 'understands',
  'understood', 'realized', 'assumed', 'urged', 'urges', 'urging', 'asked', 'asks',
])

/** Participles that attribute a clause to the subject of the sentence: “…, claiming …”. */
export const participleCues: ReadonlySet<string> = new Set(
  [...Object.values(speechVerbs), ...Object.values(beliefVerbs)]
    .flat()
    .filter((form) => form.endsWith('ing')),
)

/** Multi-word cues, lower case, words separated by one space. */
export const phraseCues: readonly string[] = [
  'according to',
  'pointed out',
  'went on',
  'in a statement',
]

const classes = new Map<string, CueClass>()
for (const forms of Object.values(speechVerbs)) for (const form of forms) classes.set(form, 'speech')
for (const forms of Object.values(beliefVerbs)) for (const form of forms) classes.set(form, 'belief')

/**
 * The class of a cue word, if it is one.
 *
 * @param word
 *   Word, lower case.
 * @param extra
 *   Cue words given by the user.
 * @returns
 *   Class, or `undefined`.
 */
export function cueClass(word: string, extra: ReadonlySet<string>): CueClass | undefined {
  return classes.get(word) ?? (extra.has(word) ? 'speech' : undefined)
}
