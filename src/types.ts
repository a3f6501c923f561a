/**
 * The news syntax tree: nlcst, extended.
 *
 * Every nlcst node (`ParagraphNode`, `SentenceNode`, `WordNode`, …) stays as
 * retext-english makes it. News nodes are added beside them, registered in
 * content maps that third parties can augment:
 *
 * ```ts
 * declare module 'retext-news' {
 *   interface RootContentMap {
 *     pullquote: Pullquote
 *   }
 * }
 * ```
 *
 * @module
 */

import type {
  Data as NlcstData,
  ParagraphContentMap as NlcstParagraphContentMap,
  Parent as NlcstParent,
  RootContentMap as NlcstRootContentMap,
  SentenceContentMap as NlcstSentenceContentMap,
  Symbol as NlcstSymbol,
  Punctuation,
  Source,
  WhiteSpace,
  Word,
} from 'nlcst'

/**
 * Kinds of trailer: the lines that close an article and are not its story.
 *
 * - `'bio'`: author bio or tagline (“Jane Doe is a reporter for …”)
 * - `'credit'`: contributors (“Contributing: …”, “(Reporting by …)”)
 * - `'correction'`: a correction (“Correction: …”)
 * - `'editorsNote'`: an editor’s note (“Editor’s note: …”)
 * - `'social'`: “Follow X on Twitter”, “Twitter: @handle”
 * - `'promo'`: newsletter and reader call-outs (“Sign up for …”, “Read the rest here.”)
 * - `'copyright'`: “© 2016 …”, “Copyright …”, “All rights reserved.”
 */
export type TrailerKind =
  | 'bio'
  | 'credit'
  | 'correction'
  | 'editorsNote'
  | 'social'
  | 'promo'
  | 'copyright'

/**
 * Kinds of label: a line that is structure rather than prose.
 *
 * - `'abstract'`: “ABSTRACT.”, introducing a summary
 * - `'fullText'`: “FULL TEXT.”, introducing the body
 * - `'section'`: a section or kicker label such as “Letters.” or “ANALYSIS”
 */
export type LabelKind = 'abstract' | 'fullText' | 'section'

/**
 * Kinds of subheading.
 *
 * - `'heading'`: a crosshead in the body
 * - `'timestamp'`: a live-blog time stamp (“12:50 p.m.”)
 */
export type SubheadingKind = 'heading' | 'timestamp'

/**
 * Kinds of quote.
 *
 * - `'direct'`: a quoted utterance, in quotation marks
 * - `'partial'`: a few quoted words inside narrative (also scare quotes and titles)
 * - `'indirect'`: reported speech without quotation marks
 * - `'mixed'`: reported speech that embeds quoted words
 */
export type QuoteKind = 'direct' | 'partial' | 'indirect' | 'mixed'

/**
 * Classes of cue.
 *
 * - `'speech'`: verbs and phrases of saying (“said”, “told”, “according to”)
 * - `'belief'`: verbs of belief and thought (“believes”, “thinks”)
 */
export type CueClass = 'speech' | 'belief'

/**
 * Nodes that can occur in a block of text: the same as in nlcst’s paragraph.
 */
export type BlockContent = NlcstParagraphContentMap[keyof NlcstParagraphContentMap]

/**
 * Nodes that can occur in a sentence (nlcst’s sentence content, with the news
 * nodes this package registers there).
 */
export type PhrasingContent = NlcstSentenceContentMap[keyof NlcstSentenceContentMap]

/**
 * Registry of nodes that can occur as children of {@link Root}.
 *
 * Augment it to add a block node type of your own.
 */
export interface RootContentMap extends NlcstRootContentMap {
  /** Headline. */
  headline: Headline
  /** Dek. */
  dek: Dek
  /** Byline. */
  byline: Byline
  /** Subheading. */
  subheading: Subheading
  /** Trailer. */
  trailer: Trailer
  /** Label. */
  label: Label
}

/**
 * Union of registered nodes that can occur in {@link Root}.
 */
export type RootContent = RootContentMap[keyof RootContentMap]

/**
 * Registry of nodes that can occur as children of {@link Attribution}.
 *
 * It holds everything that can occur in a sentence, and the parts of an
 * attribution.
 */
export interface AttributionContentMap extends NlcstSentenceContentMap {
  /** Speaker. */
  speaker: Speaker
  /** Cue. */
  cue: Cue
  /** Addressee. */
  addressee: Addressee
}

/**
 * Union of registered nodes that can occur in {@link Attribution}.
 */
export type AttributionContent = AttributionContentMap[keyof AttributionContentMap]

/**
 * Registry of nodes that can occur as children of {@link Dateline}.
 */
export interface DatelineContentMap {
  /** Word. */
  word: Word
  /** Punctuation. */
  punctuation: Punctuation
  /** Symbol. */
  symbol: NlcstSymbol
  /** White space. */
  whiteSpace: WhiteSpace
  /** Source. */
  source: Source
}

/**
 * Union of registered nodes that can occur in {@link Dateline}.
 */
export type DatelineContent = DatelineContentMap[keyof DatelineContentMap]

/**
 * Info associated with news nodes by the ecosystem.
 *
 * Augment it to type your own `data` fields.
 */
export interface Data extends NlcstData {}

/**
 * Root of a news tree.
 */
export interface Root extends NlcstParent {
  /** Node type. */
  type: 'RootNode'
  /** Blocks of the article. */
  children: RootContent[]
  /** Data associated with the root. */
  data?: RootData | undefined
}

/**
 * Info associated with a {@link Root}.
 */
export interface RootData extends Data {}

/**
 * A block of text: headline, dek, byline, subheading, trailer or label.
 */
export interface Block extends NlcstParent {
  /** Sentences and white space, as in a paragraph. */
  children: BlockContent[]
}

/**
 * Headline represents the title of the article.
 */
export interface Headline extends Block {
  /** Node type. */
  type: 'HeadlineNode'
  /** Data associated with the headline. */
  data?: Data | undefined
}

/**
 * Dek represents a standfirst or subtitle: the summary under the headline.
 */
export interface Dek extends Block {
  /** Node type. */
  type: 'DekNode'
  /** Data associated with the dek. */
  data?: Data | undefined
}

/**
 * Byline represents the line that names the authors (“By Jane Doe and John Roe, Associated Press”).
 */
export interface Byline extends Block {
  /** Node type. */
  type: 'BylineNode'
  /** Names of the authors, as they stand in the text. */
  authors: string[]
  /** Organisation named after the authors (“Associated Press”), if any. */
  organization: string | null
  /** Data associated with the byline. */
  data?: Data | undefined
}

/**
 * Subheading represents a crosshead in the body, or a live-blog time stamp.
 */
export interface Subheading extends Block {
  /** Node type. */
  type: 'SubheadingNode'
  /** Kind of subheading. */
  kind: SubheadingKind
  /** Data associated with the subheading. */
  data?: Data | undefined
}

/**
 * Trailer represents a block that closes the article and is not its story:
 * author bio, credits, corrections, editor’s notes, social and promo lines, copyright.
 */
export interface Trailer extends Block {
  /** Node type. */
  type: 'TrailerNode'
  /** Kind of trailer. */
  kind: TrailerKind
  /** People the trailer names as authors or contributors (the bio’s subject, “Contributing: …”). */
  authors: string[]
  /** Data associated with the trailer. */
  data?: Data | undefined
}

/**
 * Label represents a line that is structure rather than prose (“ABSTRACT.”, “FULL TEXT.”, “Letters.”).
 */
export interface Label extends Block {
  /** Node type. */
  type: 'LabelNode'
  /** Kind of label. */
  kind: LabelKind
  /** Data associated with the label. */
  data?: Data | undefined
}

/**
 * Dateline represents the place (and agency, and date) at the start of the
 * first paragraph: “WASHINGTON (AP)”, “LONDON, March 3”.
 * The dash that follows it is not part of it.
 */
export interface Dateline extends NlcstParent {
  /** Node type. */
  type: 'DatelineNode'
  /** Place, as written (“WASHINGTON”, “SELMA, N.C.”). */
  place: string
  /** News agency, if given (“AP”, “AFP”). */
  agency: string | null
  /** Date, as written (“March 3”), if given. */
  date: string | null
  /** Words, punctuation and white space of the dateline. */
  children: DatelineContent[]
  /** Data associated with the dateline. */
  data?: Data | undefined
}

/**
 * Fields that link nodes which belong together but cannot nest, as mdast’s
 * `Association` does.
 */
export interface Association {
  /**
   * Identifier, unique within one tree to what it identifies, and shared by
   * every node of that thing: every piece of one quote carries the quote’s
   * identifier (`'q1'`); an attribution carries its own (`'a1'`), which the
   * quotes it attributes hold in their `attribution` field.
   */
  identifier: string
}

/**
 * Quote represents one piece of quoted or reported content, inside a sentence.
 *
 * A quote never crosses a sentence boundary: a quote that does is split into
 * pieces, each a `QuoteNode` with the same `identifier`.
 */
export interface Quote extends NlcstParent, Association {
  /** Node type. */
  type: 'QuoteNode'
  /** Kind of quote. */
  kind: QuoteKind
  /** Identifier of the {@link Attribution} the quote belongs to, or `null` when unattributed. */
  attribution: string | null
  /** Content: sentence content, quotation marks included. */
  children: PhrasingContent[]
  /** Data associated with the quote. */
  data?: Data | undefined
}

/**
 * Attribution represents the words that say who said a quote and how:
 * a speaker, a cue, and an addressee.
 */
export interface Attribution extends NlcstParent, Association {
  /** Node type. */
  type: 'AttributionNode'
  /**
   * Identifier of the attribution whose speaker this one shares, when it has
   * no speaker of its own (“claiming” in “…, an official said, claiming …”);
   * `null` otherwise.
   */
  subject: string | null
  /** Parts of the attribution and the words around them. */
  children: AttributionContent[]
  /** Data associated with the attribution. */
  data?: Data | undefined
}

/**
 * Speaker represents the mention of who said something (“McGovern”, “he”, “the official”).
 */
export interface Speaker extends NlcstParent {
  /** Node type. */
  type: 'SpeakerNode'
  /**
   * Whom the mention resolves to (“Jim McGovern” for “McGovern”); an unnamed
   * source gets its fullest description; `null` when unresolved.
   */
  name: string | null
  /** Role or title the text gives the speaker (“Massachusetts Rep.”), if any. */
  role: string | null
  /** Whether the source is anonymous. */
  anonymous: boolean
  /** Sentence content. */
  children: PhrasingContent[]
  /** Data associated with the speaker. */
  data?: Data | undefined
}

/**
 * Cue represents the words that signal attribution (“said”, “told”, “according to”).
 */
export interface Cue extends NlcstParent {
  /** Node type. */
  type: 'CueNode'
  /** Class of cue. */
  cueClass: CueClass
  /** Sentence content. */
  children: PhrasingContent[]
  /** Data associated with the cue. */
  data?: Data | undefined
}

/**
 * Addressee represents whom something was said to (“Politico” in “told Politico”).
 */
export interface Addressee extends NlcstParent {
  /** Node type. */
  type: 'AddresseeNode'
  /** Sentence content. */
  children: PhrasingContent[]
  /** Data associated with the addressee. */
  data?: Data | undefined
}

/**
 * Every news node and every nlcst node.
 */
export type Nodes = Root | RootContent | PhrasingContent | AttributionContent | DatelineContent

declare module 'nlcst' {
  // nlcst’s parents take any registered node as child, so every news node is
  // registered here too.
  interface RootContentMap {
    /** Dateline (registered by retext-news). */
    dateline: Dateline
    /** Quote (registered by retext-news). */
    quote: Quote
    /** Attribution (registered by retext-news). */
    attribution: Attribution
    /** Speaker (registered by retext-news). */
    speaker: Speaker
    /** Cue (registered by retext-news). */
    cue: Cue
    /** Addressee (registered by retext-news). */
    addressee: Addressee
    /** Headline (registered by retext-news). */
    headline: Headline
    /** Dek (registered by retext-news). */
    dek: Dek
    /** Byline (registered by retext-news). */
    byline: Byline
    /** Subheading (registered by retext-news). */
    subheading: Subheading
    /** Trailer (registered by retext-news). */
    trailer: Trailer
    /** Label (registered by retext-news). */
    label: Label
  }

  interface SentenceContentMap {
    /** Dateline (registered by retext-news). */
    dateline: Dateline
    /** Quote (registered by retext-news). */
    quote: Quote
    /** Attribution (registered by retext-news). */
    attribution: Attribution
  }
}

/**
 * A stretch of the input: its text and its UTF-16 offsets (end exclusive).
 */
export interface Span {
  /** Text of the stretch. */
  text: string
  /** Offset of its first character. */
  start: number
  /** Offset after its last character. */
  end: number
}

/**
 * Who said a quote: the mention the attribution uses, and whom it resolves to.
 */
export interface SpeakerRecord extends Span {
  /**
   * Whom the mention resolves to (“Jim McGovern”); an unnamed source gets its
   * fullest description (“an anonymous U.S. official”); `null` when unresolved.
   */
  name: string | null
  /** Role or title the text gives the speaker, if any. */
  role: string | null
  /** Whether the source is anonymous. */
  anonymous: boolean
}

/**
 * A quote as a plain object, as `quotes()` returns it.
 */
export interface QuoteRecord {
  /** Identifier of the quote’s nodes in the tree. */
  identifier: string
  /** Kind of quote. */
  kind: QuoteKind
  /** The quoted words: pieces joined by a space, without enclosing quotation marks. */
  text: string
  /** Where the content stands: one span per piece, quotation marks included. */
  spans: Span[]
  /** Who said it; `null` for scare quotes and unattributed partial quotes. */
  speaker: SpeakerRecord | null
  /** Identifier of the attribution the quote belongs to; quotes that share it were said together. */
  attribution: string | null
  /** The cue (“said”), if any. */
  cue: Span | null
  /** Class of the cue, if any. */
  cueClass: CueClass | null
  /** Whom it was said to, if given. */
  addressee: Span | null
}
