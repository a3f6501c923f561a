/**
 * Patterns of the blocks that close an article (trailers) and of the labels
 * that are structure rather than prose. Each pattern is tested on the whole
 * text of one block.
 */

import type {LabelKind, TrailerKind} from '../../types.js'

/** A pattern and what a block it matches is. */
export interface TrailerPattern {
  kind: TrailerKind
  pattern: RegExp
  /** Whether the pattern marks a trailer only in the run of blocks that ends the article. */
  endOnly: boolean
}

/**
 * Trailer patterns, tried in order. The patterns are anchored and bounded so
 * that none can backtrack far.
 */
export const trailerPatterns: readonly TrailerPattern[] = [
  // “Editor’s note: …”, “Editors’ Note: …”.
  {kind: 'editorsNote', pattern: /^\(?editors?[’']?s?[’']? note\b/i, endOnly: false},
  // “The views expressed here are the author’s own.”: a disclaimer.
  {
    kind: 'editorsNote',
    pattern:
      /^\(?the (?:views|opinions) expressed (?:here|in this (?:article|column|commentary|piece|post))\b/i,
    endOnly: false,
  },
  // “This story has been updated to include …”: a note of the editors.
  {
    kind: 'editorsNote',
    pattern: /^\(?this (?:article|story|report|post|piece) (?:was|has been|had been) updated\b/i,
    endOnly: false,
  },
  // “Update, December 2nd: Added comment from Meta.”, “UPDATE 3/4, 10:15AM
  // ET: This story has been updated …”: a note of what a new version
  // added, at the foot (not a live blog's last entry, “Update 9:58: Power
  // outages are climbing.”).
  {
    kind: 'editorsNote',
    pattern:
      /^\(?update[ds]?\b[^:\n]{0,40}:\s+(?:added|adds|updated|updates|corrected|clarified|includes|this (?:story|article|post|piece)|an earlier)\b/i,
    endOnly: true,
  },
  // “A version of this article appears in print on …”: where it was printed.
  {
    kind: 'editorsNote',
    pattern: /^an? (?:version|edition) of this (?:article|story|report) (?:appears|appeared)\b/i,
    endOnly: false,
  },
  // A wire story's note of what a new version changed, at its top or foot:
  // “(Updates with share move in fourth paragraph.)”, “(Adds quote, details)”.
  {
    kind: 'editorsNote',
    pattern:
      /^\((?:updates|adds|recasts|rewrites|refiles|changes|removes|writes through)\b[^()\n]{0,200}\)$/i,
    endOnly: false,
  },
  // A wire's note of its standards: “Our Standards: The Thomson Reuters
  // Trust Principles.”
  {
    kind: 'editorsNote',
    pattern: /^our standards: the thomson reuters trust principles\.?$/i,
    endOnly: false,
  },
  // “Disclosure statement”, “Disclosure: The author owns shares in …”.
  {kind: 'editorsNote', pattern: /^disclosure(?: statement)?\b/i, endOnly: false},
  // “Correction: …”, “CORRECTION:”, “An earlier version of this article …”.
  {kind: 'correction', pattern: /^\(?(?:correction|clarification)s?\b\s*[:.—–-]/i, endOnly: false},
  // A wire story's note of a corrected version: “(Corrects spelling of name in
  // second paragraph.)”.
  {kind: 'correction', pattern: /^\((?:corrects|clarifies)\b[^()\n]{0,200}\)$/i, endOnly: false},
  // “An earlier version of this obituary misstated …”; “A correction was
  // made on Dec. 2, 2026: …”, the form The New York Times prints.
  {
    kind: 'correction',
    pattern:
      /^an earlier version of this (?:article|story|report|post|piece|obituary|column|review|essay|analysis|newsletter)\b/i,
    endOnly: false,
  },
  {
    kind: 'correction',
    pattern: /^an? correction (?:was|has been) (?:made|appended)\b/i,
    endOnly: false,
  },
  // “This article was amended on 4 March …”, “This story has been corrected …”.
  {
    kind: 'correction',
    pattern:
      /^\(?this (?:article|story|report|post|piece) (?:was|has been|had been) (?:amended|corrected|clarified)\b/i,
    endOnly: false,
  },
  // “© 2016 …”, “Copyright 2016 …”, “… All rights reserved.”
  {kind: 'copyright', pattern: /^(?:©|\(c\)\s|copyright\b)/i, endOnly: false},
  {kind: 'copyright', pattern: /\ball rights reserved\.?$/i, endOnly: true},
  // “This article is republished from The Conversation under a Creative
  // Commons license.”: a licence to print it again.
  {
    kind: 'copyright',
    pattern: /^this (?:article|story|piece) (?:is|was|has been) republished from\b/i,
    endOnly: false,
  },
  // “Contributing: …”, “(Reporting by …; Editing by …)”, “Additional reporting by …”.
  {
    kind: 'credit',
    pattern:
      /^\(?(?:contributing|contributors?|additional reporting|reporting by|editing by|writing by|compiled by|written by|produced by)\b/i,
    endOnly: false,
  },
  // “--With assistance from Jane Doe.”, “To contact the reporter on this
  // story: …”, “Source: Al Jazeera and news agencies”.
  {
    kind: 'credit',
    pattern:
      /^(?:[-—–]{1,2}\s?)?(?:with (?:assistance|reporting) (?:from|by)\b|to contact the (?:reporters?|editors?|authors?)\b|sources?:\s)/i,
    endOnly: true,
  },
  // A press release’s wire line of who issued it (“SOURCE Acme Robotics”),
  // and a wire’s sign-off of the initials of its editors (“bur-jh/sst”).
  {
    kind: 'credit',
    pattern: /^(?:SOURCE \p{Lu}[^\n]{0,80}|[a-z]{2,4}(?:[-/][a-z]{2,4}){1,5})$/u,
    endOnly: true,
  },
  // A wire picture's caption and credit, a block of its own: “FILE PHOTO:
  // An oil pump jack is seen … REUTERS/Eli Hartman/File Photo”, “FILE -
  // President Joe Biden speaks … (AP Photo/Evan Vucci, File)”. (Any other
  // caption, one that only ends with its credit, stays a paragraph, for a
  // plugin to read: see `examples/caption.ts`.)
  {
    kind: 'credit',
    pattern: /^(?:(?:FILE PHOTO|PHOTO|FILE):\s|FILE [-–—] )[^\n]{1,400}$/,
    endOnly: false,
  },
  // “Photo: Getty Images”, “(Photo by Jane Doe/AP)”, “Image credit: …”: a
  // scraped page’s credit line for a picture, a block of its own with no
  // sentence after it (a caption that opens with its credit, “(Photo: …)
  // The old bridge …”, is left to a plugin: see docs/plugins.md).
  {
    kind: 'credit',
    pattern:
      /^(?:\((?:photo|photograph|image|picture|illustration|video|graphic)(?:s| credits?)?(?::| by) [^()\n]{1,100}\)|(?:photo|photograph|image|picture|illustration|video|graphic|main image)(?:s| credits?)?(?::| by) (?:[^\n.!?()]|(?<=\b\p{Lu})\.){1,100})\.?$/iu,
    endOnly: false,
  },
  // A scraped BBC page’s credit of a picture, “Image source, Getty
  // Images”, and an agency's credit alone, “Getty Images”. (Its caption,
  // “Image caption, Ambulances queued …”, stays a paragraph, for a plugin
  // to read: see `examples/caption.ts`.)
  {
    kind: 'credit',
    pattern:
      /^(?:(?:image|media|video) source,\s[^\n,.]{1,60}|getty images|pa media|epa|afp via getty images)$/i,
    endOnly: false,
  },
  // “Jane Doe reported from Moscow.”, “John Roe contributed reporting.”,
  // “Associated Press writer Paul J. Weber contributed to this report.”
  // (no full stop before it but an initial's).
  {
    kind: 'credit',
    pattern:
      /^(?:[^.]|(?<=(?:^|[\s(])[A-Z])\.){0,200}\b(?:reported from|contributed (?:reporting|to this (?:report|article|story))|contributed\.$)/i,
    endOnly: true,
  },
  // “Follow Jane on Twitter”, “Twitter: @handle”, “Share on Facebook”.
  {
    kind: 'social',
    pattern:
      /^(?:follow\b[^.]{0,120}\bon (?:twitter|facebook|instagram|x|threads|bluesky)\b|(?:twitter|facebook|instagram|email|e-mail):\s|share (?:on|via|to) (?:facebook|twitter|x|linkedin|whatsapp|reddit|email|e-mail|bluesky|threads)\b|share this (?:article|story|post)\b)/i,
    endOnly: false,
  },
  // “Jane Doe can be reached at …”, “Reach Jane at …”, “Email Jane at …”:
  // how to reach the author.
  {
    kind: 'social',
    pattern:
      /^(?:(?:media|press|investor) (?:contacts?|inquiries|enquiries):|[^.]{0,80}\bcan be (?:reached|contacted|emailed)\b|(?:reach|contact|e-?mail|write to) [^.]{1,60} at\b|(?:\p{Lu}[\p{L}’'.-]*\s){1,3}\p{Lu}[\p{L}’'-]*: \S+@\S+)/iu,
    endOnly: true,
  },
  // A scraped page’s buttons: “Listen to this article”, “Gift this
  // article”, “Save”, “Share”, “Print”, “Comments”.
  {
    kind: 'promo',
    pattern:
      /^(?:listen to this (?:article|story)\b.{0,30}|gift this article|save (?:this )?(?:article|story)|save|share|print(?: this (?:article|story))?|comments?(?: \(\d{1,6}\))?|\d{1,6} comments?)$/i,
    endOnly: false,
  },
  // A page's banner over an old article: “This article is more than 2
  // years old”.
  {
    kind: 'promo',
    pattern: /^this article is more than \d{1,3} (?:years?|months?) old$/i,
    endOnly: false,
  },
  // “Advertisement”, a scraped page’s placeholder for an advertisement.
  // (“SKIP ADVERTISEMENT”, the link past it; “Story continues below
  // advertisement”, “Continue reading the main story”, the words around it.)
  {
    kind: 'promo',
    pattern:
      /^(?:(?:skip )?advertisement|advertising|sponsored content|(?:the )?(?:story|article) continues (?:below|after) (?:this )?(?:advertisement|ad)|continue reading(?: the main story| below)?|scroll to continue with content)$/i,
    endOnly: false,
  },
  // Call-outs that stand between paragraphs too: “CLICK HERE TO GET THE
  // APP”, “RELATED: …”, “READ MORE: …”, “Sign up for our newsletter”; a
  // scraped newsletter box, “Sign up to Down to Earth”, its “Privacy
  // Notice: …” and the “after newsletter promotion” that closes it.
  {
    kind: 'promo',
    pattern:
      /^(?:click here (?:to|for)\b|(?:related|read more|also read|see also|watch|listen|more):\s|sign up (?:for|to)\b|subscribe to (?:our|the)\b|privacy notice:\s|after newsletter promotion$)/i,
    endOnly: false,
  },
  // A wire's pointer to more of its coverage: “Follow the AP's coverage of
  // Congress at https://apnews.com/hub/congress.”
  {
    kind: 'promo',
    pattern: /^follow (?:the )?[\p{L}.’']{1,40} coverage of [^\n]{1,80} at https?:\/\/\S+$/iu,
    endOnly: true,
  },
  // A wire's link to a topic page under the story: “AP NHL:
  // https://apnews.com/hub/nhl”.
  {
    kind: 'promo',
    pattern: /^[\p{L}\p{N}.’' -]{1,40}: https?:\/\/\S+$/iu,
    endOnly: true,
  },
  // Reader call-outs.
  {
    kind: 'promo',
    pattern:
      /^(?:sign up\b|subscribe\b|read (?:the rest|more)\b|click here\b|like us on\b|download (?:the|our)\b|related:|read more:|watch:|this article (?:originally )?appeared\b|this story (?:originally )?appeared\b)/i,
    endOnly: true,
  },
  // A scraped page’s links under the story: “Explore more on these topics”,
  // “Share” and “Reuse this content”, “More on this story”.
  {
    kind: 'promo',
    pattern:
      /^(?:explore more on these topics|more on this (?:story|topic)|related (?:stories|articles|coverage|topics)|most (?:read|viewed|popular)\b|(?:share\s+)?reuse this content$|share$)/i,
    endOnly: true,
  },
]

/**
 * The heading of a press release’s boilerplate about the company (“About
 * Acme Robotics”), on a line of its own or over the paragraph in its block.
 */
export const aboutHeading = /^About (?:the )?\p{Lu}[^\n.!?]{0,60}(?:\n|$)/u

/**
 * A heading of a scraped page’s list of links under the story (“Related
 * Articles”, “More from Politics”, “You may also like”): with the lines of
 * links after it, each a block of its own, it closes the article.
 */
export const linksHeadingPattern =
  /^(?:related(?: (?:stories|articles|coverage|content|links|reading|news|topics))?|more (?:on this (?:story|topic)|stories|from [^.\n]{1,40})|explore more(?: on these topics)?|most (?:read|viewed|popular)|(?:you|readers) (?:may|might) also (?:like|be interested in)|recommended(?: for you| stories)?|read next|trending(?: now)?|top stories)[.:]?$/i

/**
 * An author bio: a name (two to four capitalised words), perhaps an
 * apposition, then “is”/“was”/“writes” and a description.
 */
export const bioPattern =
  /^((?:\p{Lu}[\p{L}’'.-]*\s){1,3}\p{Lu}[\p{L}’'.-]*)(?:,[^,]{1,200},)?\s(?:is|was|has been|writes|covers|reports)\b/u

/** Words that a bio uses to describe its subject’s work. */
export const bioWords =
  /\b(?:reporter|correspondent|writer|editor|columnist|contributor|fellow|professor|author|journalist|analyst|director|producer|host|anchor|bureau|intern|staff|covers|writes|news|senior|chief|founder|president|member|lecturer|scholar)\b/i

/** Labels: a line that is only one of these words, maybe with a period or colon. */
export const labelPatterns: readonly {kind: LabelKind; pattern: RegExp}[] = [
  {kind: 'abstract', pattern: /^abstract[.:]?$/i},
  {kind: 'fullText', pattern: /^full text[.:]?$/i},
  {
    kind: 'section',
    pattern:
      /^(?:letters?|analysis|editorial|opinion|commentary|exclusive|breaking(?: news)?|update[d]?|news analysis|op-ed|perspective|fact check|live updates?)[.:]?$/i,
  },
  // A scraped page’s breadcrumbs: “Home > News > Politics”, “News › World
  // › Europe” (two to six sections of up to four words).
  {
    kind: 'section',
    pattern:
      /^\p{Lu}[\p{L}\p{N}&’'-]*(?: [\p{L}\p{N}&’'-]+){0,3}(?: [>›»] \p{Lu}[\p{L}\p{N}&’'-]*(?: [\p{L}\p{N}&’'-]+){0,3}){1,5}$/u,
  },
]

/**
 * Words before “by” that open a byline: “Written by …”, “Story by …”, and
 * the kind of piece (“Opinion by …”, “Analysis by …”, as CNN prints them).
 */
const bylineWords = [
  'Written',
  'Story',
  'Words',
  'Text',
  'Reporting',
  'Reported',
  'Opinion',
  'Analysis',
  'Commentary',
]

/** The words of a role in lower case after “By” (see `bylineRole`), with the space after them. */
const roleWords = '(?:[a-z]+ ){0,2}(?:reporter|correspondent|editor|writer)s? '

/**
 * A byline: “By Jane Doe”, “By JANE DOE and JOHN ROE, Associated Press”,
 * “Written by Jane Doe”, “Story by …”, a tabloid's “EXCLUSIVE by …”, “By
 * political reporter Jane Norman”.
 */
export const bylinePattern = new RegExp(
  `^(?:(?:${bylineWords.join('|')}) by|(?:EXCLUSIVE|Exclusive):? (?:by|By|BY)|By|BY|WRITTEN BY)\\s+(?:${roleWords})?\\p{Lu}`,
  'u',
)

/**
 * A role in lower case before the names after “By”, as the ABC prints it:
 * “By political reporter Jane Norman”.
 */
export const bylineRole = new RegExp(`^${roleWords}(?=\\p{Lu})`, 'u')

/** What opens a byline before its names, in any case (“By ”, “Written by ”). */
export const bylineOpener = new RegExp(
  `^(?:exclusive:?\\s+)?(?:(?:${bylineWords.join('|')})\\s+)?by\\s+`,
  'i',
)

/**
 * A byline without “By” (The Guardian): names, then a role that ends in a
 * noun of the trade or a place after “in”, maybe a line with the date
 * after: “Gwyn Topham Transport correspondent”, “Julian Borger in
 * Washington”. The first group holds the names.
 */
export const roleBylinePattern =
  /^((?:\p{Lu}[\p{L}’'-]+ ){1,3}?\p{Lu}[\p{L}’'-]+(?: and (?:\p{Lu}[\p{L}’'-]+ ){1,3}?\p{Lu}[\p{L}’'-]+)?)(?:,? (?:[\p{L}-]+ ){0,3}(?:correspondent|editor|reporter|writer|columnist|critic)s?| in \p{Lu}[\p{L}’'.-]+(?: \p{Lu}[\p{L}’'.-]+){0,2} ?)(?:\r?\n[^\n]{1,60})?$/u

/**
 * A line of a publication stamp, after a space (“ Published”): “Published”,
 * “Updated 9:14 AM EST, Nov. 27, 2026”, “7 December 2024”, “Thursday, Nov.
 * 27, 2026 at 10:30 a.m.”, “Posted Thu 27 Nov 2026 at 5:12am, updated …”.
 * (Each word after a space or comma: no word can be split two ways, so the
 * pattern cannot backtrack far.)
 */
export const stampLinePattern =
  /^(?:[\s,]+(?:on|at|and|published|updated|posted|modified|last updated|first published|\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?|[ap]\.?m\.?|e[sd]t|[cmp][sd]t|gmt|bst|utc|cet|ist|aedt|aest|et|ct|pt|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?|an?|ago|just now|(?:second|minute|min|hour|hr|day|week)s?|read):?)*$/i

/**
 * A live-blog time stamp: “12:50 p.m.”, “9:05 AM ET”. (White space is read
 * one way only: as `\s*` before an optional part and `\s*` inside it, a
 * run of spaces before a letter was read every way.)
 */
export const timestampPattern =
  /^\d{1,2}(?::\d{2})?(?:\s*[ap]\.?m\.?(?:\s*(?:ET|EDT|EST|CT|CDT|PT|PDT|GMT|BST|UTC))?|\s*(?:ET|EDT|EST|CT|CDT|PT|PDT|GMT|BST|UTC)|\s*)$/i

/**
 * The credit that ends a caption in The Guardian’s style, a few capitalised
 * words: “Photograph: Ben Birchall/PA”.
 */
export const captionCredit =
  /\b(?:Photograph|Photo|Illustration|Composite|Image): [\p{Lu}\d][^\s:()“”"]*(?: [\p{Lu}\d&][^\s:()“”"]*){0,5}$/u
