/**
 * Parse, list the quotes of and render as HTML inputs that make many nodes
 * of one kind, run by `pathological.test.ts` on the small stack that
 * `node --stack-size` gives it: a call with one argument per node
 * (`push(...nodes)`) overflows a stack, and only inputs of millions of
 * characters overflow Node’s default one. Prints `ok <name>` for each.
 */

import {toHtml} from '../../src/cli/html.js'
import {parseNews, quotes, toString} from '../../src/index.js'

const inputs: Record<string, string> = {
  'a transcript of 20,000 questions and answers': `Interview\n\n${'Q: Did it fail?\nA: Yes.\n\n'.repeat(20_000)}`,
  '50,000 one-word paragraphs': `Words\n\n${'Word.\n\n'.repeat(50_000)}`,
}

for (const [name, input] of Object.entries(inputs)) {
  const tree = parseNews(input)
  quotes(tree)
  if (toString(tree) !== input) throw new Error(`${name}: the tree loses text`)
  toHtml([{file: name, tree}])
  console.log(`ok ${name}`)
}
