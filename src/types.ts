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
 * - `'bio'`: author bio or tagline (“Jane Doe is a reporter for …”), or a
 *   press release’s boilerplate about the company (“About Acme Robotics”)
 * - `'credit'`: contributors and sources (“Contributing: …”, “(Reporting by …)”, “Source: …”)
 * - `'correction'`: a correction (“Correction: …”)
 * - `'editorsNote'`: an editor’s note (“Editor’s note: …”, “A version of this article appears in print …”)
 * - `'social'`: “Follow X on Twitter”, “Twitter: @handle”, “X can be reached at …”
 * - `'promo'`: newsletter and reader call-outs (“Sign up for …”, “Read the rest here.”), a page’s links (“Share”)
 * - `'copyright'`: “© 2016 …”, “Copyright …”, “All rights reserved.”
 *
 * @example
 * ```ts
 * import {parseNews, type TrailerKind} from 'retext-news'
 *
 * const tree = parseNews(
 *   'Council backs bridge\nThe council voted on Monday.\nContributing: Bo Lee\n© 2024 The Tor Times',
 * )
 * const kinds: TrailerKind[] = []
 * for (const node of tree.children) if (node.type === 'TrailerNode') kinds.push(node.kind)
 * console.log(kinds) // => ['credit', 'copyright']
 * ```
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
 * - `'section'`: a section or kicker label such as “Letters.” or “ANALYSIS”, or a
 *   scraped page’s breadcrumbs (“Home > News > Politics”)
 *
 * @example
 * ```ts
 * import {type LabelKind, parseNews} from 'retext-news'
 *
 * const tree = parseNews('ABSTRACT.\nPrices rose.\nFULL TEXT.\nPrices rose, the bank said.')
 * const kinds: LabelKind[] = []
 * for (const node of tree.children) if (node.type === 'LabelNode') kinds.push(node.kind)
 * console.log(kinds) // => ['abstract', 'fullText']
 * ```
 */
export type LabelKind = 'abstract' | 'fullText' | 'section'

/**
 * Kinds of subheading.
 *
 * - `'heading'`: a crosshead in the body
 * - `'timestamp'`: a live-blog time stamp (“12:50 p.m.”), or a block of
 *   publication dates and times (“Published\n7 December 2024”, “Updated 9:14
 *   AM EST”)
 *
 * @example
 * ```ts
 * import {parseNews, type SubheadingKind} from 'retext-news'
 *
 * const tree = parseNews('Storm live updates\nThe storm made landfall.\n12:50 p.m.\nPower is out.')
 * const kinds: SubheadingKind[] = []
 * for (const node of tree.children) if (node.type === 'SubheadingNode') kinds.push(node.kind)
 * console.log(kinds) // => ['timestamp']
 * ```
 */
export type SubheadingKind = 'heading' | 'timestamp'

/**
 * Kinds of quote.
 *
 * - `'direct'`: a quoted utterance, in quotation marks
 * - `'partial'`: a few quoted words inside narrative (also scare quotes and titles)
 * - `'indirect'`: reported speech without quotation marks
 * - `'mixed'`: reported speech that embeds quoted words
 *
 * @example
 * ```ts
 * import {parseNews, type QuoteKind, quotes} from 'retext-news'
 *
 * const tree = parseNews('Massachusetts Rep. Jim McGovern said the plan is “not working.”')
 * const kinds: QuoteKind[] = quotes(tree).map((quote) => quote.kind)
 * console.log(kinds) // => ['mixed', 'partial']
 * ```
 */
export type QuoteKind = 'direct' | 'partial' | 'indirect' | 'mixed'

/**
 * Classes of cue.
 *
 * - `'speech'`: verbs and phrases of saying (“said”, “told”, “according to”)
 * - `'belief'`: verbs of belief and thought (“believes”, “thinks”)
 *
 * @example
 * ```ts
 * import {type CueClass, parseNews} from 'retext-news'
 * import {visit} from 'unist-util-visit'
 *
 * const tree = parseNews('Officials believe the plan will work.\n“It will,” the mayor said.')
 * const classes: CueClass[] = []
 * visit(tree, 'CueNode', (node) => {
 *   classes.push(node.cueClass)
 * })
 * console.log(classes) // => ['belief', 'speech']
 * ```
 */
export type CueClass = 'speech' | 'belief'

/**
 * Nodes that can occur in a block of text: the same as in nlcst’s paragraph.
 *
 * @example
 * ```ts
 * import {type BlockContent, parseNews} from 'retext-news'
 *
 * const tree = parseNews('Council backs bridge\nThe council voted on Monday.')
 * const headline = tree.children[0]
 * if (headline?.type === 'HeadlineNode') {
 *   const content: BlockContent[] = headline.children
 *   console.log(content.map((node) => node.type)) // => ['SentenceNode']
 * }
 * ```
 */
export type BlockContent = NlcstParagraphContentMap[keyof NlcstParagraphContentMap]

/**
 * Nodes that can occur in a sentence (nlcst’s sentence content, with the news
 * nodes this package registers there).
 *
 * @example
 * ```ts
 * import {type PhrasingContent, parseNews} from 'retext-news'
 * import {visit} from 'unist-util-visit'
 *
 * visit(parseNews('“It is over,” the mayor said.'), 'SentenceNode', (sentence) => {
 *   const content: PhrasingContent[] = sentence.children
 *   console.log(content.map((node) => node.type))
 *   // => ['QuoteNode', 'WhiteSpaceNode', 'AttributionNode', 'PunctuationNode']
 * })
 * ```
 */
export type PhrasingContent = NlcstSentenceContentMap[keyof NlcstSentenceContentMap]

/**
 * Registry of nodes that can occur as children of {@link Root}.
 *
 * Augment it to add a block node type of your own.
 *
 * @example
 * ```ts
 * import type {Block, RootContent} from 'retext-news'
 *
 * // A line of the story repeated in large type.
 * interface Pullquote extends Block {
 *   type: 'PullquoteNode'
 * }
 *
 * declare module 'retext-news' {
 *   interface RootContentMap {
 *     pullquote: Pullquote
 *   }
 * }
 *
 * declare module 'nlcst' {
 *   interface RootContentMap {
 *     pullquote: Pullquote
 *   }
 * }
 *
 * // A block of the root can now be a pullquote:
 * const pullquote: RootContent = {type: 'PullquoteNode', children: []}
 * ```
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
 *
 * @example
 * ```ts
 * import {parseNews, type RootContent} from 'retext-news'
 *
 * const tree = parseNews(
 *   'Council backs bridge\nBy Ana Ruiz, The Tor Times\nThe council voted on Monday.',
 * )
 * const blocks: RootContent[] = tree.children.filter((node) => node.type !== 'WhiteSpaceNode')
 * console.log(blocks.map((node) => node.type)) // => ['HeadlineNode', 'BylineNode', 'ParagraphNode']
 * ```
 */
export type RootContent = RootContentMap[keyof RootContentMap]

/**
 * Registry of nodes that can occur as children of {@link Attribution}.
 *
 * It holds everything that can occur in a sentence, and the parts of an
 * attribution.
 *
 * @example
 * ```ts
 * import type {Parent} from 'nlcst'
 * import type {AttributionContent, PhrasingContent} from 'retext-news'
 *
 * // How something was said (“angrily” in “she said angrily”).
 * interface Manner extends Parent {
 *   type: 'MannerNode'
 *   children: PhrasingContent[]
 * }
 *
 * declare module 'retext-news' {
 *   interface AttributionContentMap {
 *     manner: Manner
 *   }
 * }
 *
 * declare module 'nlcst' {
 *   interface RootContentMap {
 *     manner: Manner
 *   }
 * }
 *
 * // An attribution can now hold a manner:
 * const manner: AttributionContent = {type: 'MannerNode', children: []}
 * ```
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
 *
 * @example
 * ```ts
 * import {type AttributionContent, parseNews} from 'retext-news'
 * import {visit} from 'unist-util-visit'
 *
 * visit(parseNews('“It is over,” the mayor told reporters.'), 'AttributionNode', (node) => {
 *   const content: AttributionContent[] = node.children
 *   console.log(content.map((child) => child.type))
 *   // => ['SpeakerNode', 'WhiteSpaceNode', 'CueNode', 'WhiteSpaceNode', 'AddresseeNode']
 * })
 * ```
 */
export type AttributionContent = AttributionContentMap[keyof AttributionContentMap]

/**
 * Registry of nodes that can occur as children of {@link Dateline}.
 *
 * @example
 * ```ts
 * import type {Parent, Punctuation, Word} from 'nlcst'
 * import type {DatelineContent} from 'retext-news'
 *
 * // An abbreviation (“Ill.” in “SPRINGFIELD, Ill.”).
 * interface Abbreviation extends Parent {
 *   type: 'AbbreviationNode'
 *   children: (Word | Punctuation)[]
 * }
 *
 * declare module 'retext-news' {
 *   interface DatelineContentMap {
 *     abbreviation: Abbreviation
 *   }
 * }
 *
 * // A dateline is made of sentence content: register it there too.
 * declare module 'nlcst' {
 *   interface SentenceContentMap {
 *     abbreviation: Abbreviation
 *   }
 *
 *   interface RootContentMap {
 *     abbreviation: Abbreviation
 *   }
 * }
 *
 * // A dateline can now hold an abbreviation:
 * const abbreviation: DatelineContent = {type: 'AbbreviationNode', children: []}
 * ```
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
 *
 * @example
 * ```ts
 * import {type DatelineContent, parseNews} from 'retext-news'
 * import {visit} from 'unist-util-visit'
 *
 * visit(parseNews('WASHINGTON (AP) — The mayor resigned.'), 'DatelineNode', (node) => {
 *   const content: DatelineContent[] = node.children
 *   console.log(content.map((child) => child.type))
 *   // => ['WordNode', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'PunctuationNode']
 * })
 * ```
 */
export type DatelineContent = DatelineContentMap[keyof DatelineContentMap]

/**
 * Info associated with news nodes by the ecosystem.
 *
 * Augment it to type your own `data` fields.
 *
 * @example
 * ```ts
 * import {parseNews} from 'retext-news'
 * import {visit} from 'unist-util-visit'
 *
 * declare module 'retext-news' {
 *   interface Data {
 *     // Whether a reviewer checked the node.
 *     checked?: boolean | undefined
 *   }
 * }
 *
 * visit(parseNews('“It is over,” the mayor said.'), 'QuoteNode', (node) => {
 *   node.data = {...node.data, checked: true}
 *   console.log(node.data.checked) // => true
 * })
 * ```
 */
export interface Data extends NlcstData {}

/**
 * Root of a news tree.
 *
 * @example
 * ```ts
 * import {parseNews, type Root} from 'retext-news'
 *
 * const tree: Root = parseNews('Council backs bridge\nThe council voted on Monday.')
 * console.log(tree.children.map((node) => node.type))
 * // => ['HeadlineNode', 'WhiteSpaceNode', 'ParagraphNode']
 * ```
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
 *
 * @example
 * ```ts
 * import {parseNews} from 'retext-news'
 *
 * declare module 'retext-news' {
 *   interface RootData {
 *     // Address the article was published at.
 *     url?: string | undefined
 *   }
 * }
 *
 * const tree = parseNews('Council backs bridge\nThe council voted on Monday.')
 * tree.data = {...tree.data, url: 'https://example.com/bridge'}
 * console.log(tree.data.url) // => 'https://example.com/bridge'
 * ```
 */
export interface RootData extends Data {}

/**
 * A block of text: headline, dek, byline, subheading, trailer or label.
 *
 * @example
 * ```ts
 * import {type Block, parseNews, toString} from 'retext-news'
 *
 * const tree = parseNews(
 *   'Council backs bridge\nBy Ana Ruiz, The Tor Times\nThe council voted on Monday.',
 * )
 * for (const node of tree.children) {
 *   if (node.type === 'HeadlineNode' || node.type === 'BylineNode') {
 *     const block: Block = node
 *     console.log(block.type, toString(block.children))
 *   }
 * }
 * // => 'HeadlineNode', 'Council backs bridge'
 * // => 'BylineNode', 'By Ana Ruiz, The Tor Times'
 * ```
 */
export interface Block extends NlcstParent {
  /** Sentences and white space, as in a paragraph. */
  children: BlockContent[]
}

/**
 * Headline represents the title of the article.
 *
 * @example
 * ```ts
 * import {type Headline, parseNews, toString} from 'retext-news'
 *
 * const tree = parseNews('Council backs bridge\nThe council voted on Monday.')
 * const headline = tree.children.find((node): node is Headline => node.type === 'HeadlineNode')
 * console.log(headline && toString(headline)) // => 'Council backs bridge'
 * ```
 */
export interface Headline extends Block {
  /** Node type. */
  type: 'HeadlineNode'
  /** Data associated with the headline. */
  data?: Data | undefined
}

/**
 * Dek represents a standfirst or subtitle: the summary under the headline.
 *
 * @example
 * ```ts
 * import {type Dek, parseNews, toString} from 'retext-news'
 *
 * const tree = parseNews(
 *   'Council backs bridge\n' +
 *     'The span over the Tor River will open in 2027.\n' +
 *     'The span over the Tor River will open in 2027. It will cost $40 million.',
 * )
 * const dek = tree.children.find((node): node is Dek => node.type === 'DekNode')
 * console.log(dek && toString(dek)) // => 'The span over the Tor River will open in 2027.'
 * ```
 */
export interface Dek extends Block {
  /** Node type. */
  type: 'DekNode'
  /** Data associated with the dek. */
  data?: Data | undefined
}

/**
 * Byline represents the line that names the authors (“By Jane Doe and John Roe, Associated Press”).
 *
 * @example
 * ```ts
 * import {type Byline, parseNews} from 'retext-news'
 *
 * const tree = parseNews(
 *   'Council backs bridge\nBy Ana Ruiz and Bo Lee, The Tor Times\nThe council voted.',
 * )
 * const byline = tree.children.find((node): node is Byline => node.type === 'BylineNode')
 * console.log(byline?.authors) // => ['Ana Ruiz', 'Bo Lee']
 * console.log(byline?.organization) // => 'The Tor Times'
 * ```
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
 *
 * @example
 * ```ts
 * import {parseNews, type Subheading, toString} from 'retext-news'
 *
 * const tree = parseNews('Council backs bridge\nThe council voted.\nReaction\nResidents cheered.')
 * const subheading = tree.children.find((node): node is Subheading => node.type === 'SubheadingNode')
 * console.log(subheading?.kind, subheading && toString(subheading)) // => 'heading', 'Reaction'
 * ```
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
 *
 * @example
 * ```ts
 * import {parseNews, type Trailer} from 'retext-news'
 *
 * const tree = parseNews(
 *   'Council backs bridge\nThe council voted on Monday.\nAna Ruiz is a reporter for The Tor Times.',
 * )
 * const trailer = tree.children.find((node): node is Trailer => node.type === 'TrailerNode')
 * console.log(trailer?.kind, trailer?.authors) // => 'bio', ['Ana Ruiz']
 * ```
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
 *
 * @example
 * ```ts
 * import {type Label, parseNews, toString} from 'retext-news'
 *
 * const tree = parseNews('ABSTRACT.\nPrices rose.\nFULL TEXT.\nPrices rose, the bank said.')
 * for (const node of tree.children) {
 *   if (node.type === 'LabelNode') {
 *     const label: Label = node
 *     console.log(label.kind, toString(label))
 *   }
 * }
 * // => 'abstract', 'ABSTRACT.'
 * // => 'fullText', 'FULL TEXT.'
 * ```
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
 * first paragraph: “WASHINGTON (AP)”, “LONDON, March 3”, “NEW DELHI”, or an
 * agency or a date alone (“(Reuters)”, “Nov. 27, 2026”).
 * The dash or colon that follows it is not part of it.
 *
 * @example
 * ```ts
 * import {parseNews, toString} from 'retext-news'
 * import {visit} from 'unist-util-visit'
 *
 * const tree = parseNews('SPRINGFIELD, Ill., March 3 (AP) — Mayor Jane Roe resigned on Monday.')
 * visit(tree, 'DatelineNode', (node) => {
 *   console.log(node.place, node.agency, node.date) // => 'SPRINGFIELD, Ill.', 'AP', 'March 3'
 *   console.log(toString(node)) // => 'SPRINGFIELD, Ill., March 3 (AP)'
 * })
 * ```
 */
export interface Dateline extends NlcstParent {
  /** Node type. */
  type: 'DatelineNode'
  /**
   * Place, as written (“WASHINGTON”, “SELMA, N.C.”), or `null` for an agency
   * or a date alone (“(CNN) —”, “Nov. 27, 2026 —”).
   */
  place: string | null
  /** News agency, if given (“AP”, “AFP”). */
  agency: string | null
  /** Date, as written (“March 3”, “27 November 2026”), if given. */
  date: string | null
  /** Words, punctuation and white space of the dateline. */
  children: DatelineContent[]
  /** Data associated with the dateline. */
  data?: Data | undefined
}

/**
 * Fields that link nodes which belong together but cannot nest, as mdast’s
 * `Association` does.
 *
 * @example
 * ```ts
 * import {type Association, parseNews} from 'retext-news'
 * import {visit} from 'unist-util-visit'
 *
 * const tree = parseNews('“I am done,” Mayor Jane Roe told reporters. “It is over.”')
 * const associated: Association[] = []
 * visit(tree, (node) => {
 *   if (node.type === 'QuoteNode' || node.type === 'AttributionNode') associated.push(node)
 * })
 * console.log(associated.map((node) => node.identifier)) // => ['q1', 'a1', 'q2']
 * ```
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
 *
 * @example
 * ```ts
 * import {parseNews, toString} from 'retext-news'
 * import {visit} from 'unist-util-visit'
 *
 * const tree = parseNews('“I am done,” Mayor Jane Roe told reporters. “It is over.”')
 * visit(tree, 'QuoteNode', (node) => {
 *   console.log(node.kind, node.identifier, node.attribution, toString(node))
 * })
 * // => 'direct', 'q1', 'a1', '“I am done,”'
 * // => 'direct', 'q2', 'a1', '“It is over.”'
 * ```
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
 *
 * @example
 * ```ts
 * import {parseNews, toString} from 'retext-news'
 * import {visit} from 'unist-util-visit'
 *
 * const tree = parseNews('The plan is sound, an official said, adding that it would cost “a lot.”')
 * visit(tree, 'AttributionNode', (node) => {
 *   console.log(node.identifier, node.subject, toString(node))
 * })
 * // => 'a1', null, 'an official said'
 * // => 'a2', 'a1', 'adding' (no speaker of its own: it shares a1’s)
 * ```
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
 *
 * @example
 * ```ts
 * import {parseNews, toString} from 'retext-news'
 * import {visit} from 'unist-util-visit'
 *
 * const tree = parseNews('Massachusetts Rep. Jim McGovern said the plan is “not working.”')
 * visit(tree, 'SpeakerNode', (node) => {
 *   console.log(node.name, node.role, node.anonymous) // => 'Jim McGovern', 'Massachusetts Rep.', false
 *   console.log(toString(node)) // => 'Massachusetts Rep. Jim McGovern'
 * })
 * ```
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
 *
 * @example
 * ```ts
 * import {parseNews, toString} from 'retext-news'
 * import {visit} from 'unist-util-visit'
 *
 * const tree = parseNews('Officials believe the plan will work.\n“It will,” the mayor said.')
 * visit(tree, 'CueNode', (node) => {
 *   console.log(node.cueClass, toString(node))
 * })
 * // => 'belief', 'believe'
 * // => 'speech', 'said'
 * ```
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
 *
 * @example
 * ```ts
 * import {parseNews, toString} from 'retext-news'
 * import {visit} from 'unist-util-visit'
 *
 * const tree = parseNews('“I am done,” Mayor Jane Roe told reporters.')
 * visit(tree, 'AddresseeNode', (node) => {
 *   console.log(toString(node)) // => 'reporters'
 * })
 * ```
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
 *
 * @example
 * ```ts
 * import {type Nodes, parseNews} from 'retext-news'
 * import {visit} from 'unist-util-visit'
 *
 * const counts = new Map<Nodes['type'], number>()
 * visit(parseNews('“It is over,” the mayor said.'), (node: Nodes) => {
 *   counts.set(node.type, (counts.get(node.type) ?? 0) + 1)
 * })
 * console.log(counts.get('QuoteNode'), counts.get('WordNode')) // => 1, 6
 * ```
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
 *
 * @example
 * ```ts
 * import {parseNews, quotes, type Span} from 'retext-news'
 *
 * const text = '“I am done,” Mayor Jane Roe told reporters.'
 * const [quote] = quotes(parseNews(text))
 * const spans: Span[] = quote ? [...quote.spans, ...(quote.cue ? [quote.cue] : [])] : []
 * for (const span of spans) console.log(span.start, span.end, text.slice(span.start, span.end))
 * // => 0, 12, '“I am done,”'
 * // => 28, 32, 'told'
 * ```
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
 *
 * @example
 * ```ts
 * import {parseNews, quotes, type SpeakerRecord} from 'retext-news'
 *
 * const tree = parseNews('“It is over,” an official said on condition of anonymity.')
 * const speaker: SpeakerRecord | null | undefined = quotes(tree)[0]?.speaker
 * if (speaker) console.log(speaker.text, speaker.name, speaker.role, speaker.anonymous)
 * // => 'an official', 'an official', null, true
 * ```
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
 *
 * @example
 * ```ts
 * import {parseNews, type QuoteRecord, quotes} from 'retext-news'
 *
 * const records: QuoteRecord[] = quotes(parseNews('“I am done,” Mayor Jane Roe told reporters.'))
 * for (const record of records) {
 *   console.log(record.identifier, record.kind, record.text)
 *   console.log(record.speaker?.name, record.cue?.text, record.cueClass, record.addressee?.text)
 * }
 * // => 'q1', 'direct', 'I am done'
 * // => 'Jane Roe', 'told', 'speech', 'reporters'
 * console.log(JSON.stringify(records[0]?.spans)) // => '[{"text":"“I am done,”","start":0,"end":12}]'
 * ```
 */
export interface QuoteRecord {
  /** Identifier of the quote’s nodes in the tree. */
  identifier: string
  /** Kind of quote. */
  kind: QuoteKind
  /**
   * The quoted words: pieces joined by a space, without enclosing quotation
   * marks (a quotation inside keeps its own).
   */
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
