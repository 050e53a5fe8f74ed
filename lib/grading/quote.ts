/**
 * Quoting a learner's text (or a suggested answer) in a feedback message.
 *
 * Messages are rendered as Markdown, which escapes the content of a code span; everything outside code
 * spans is prose written by this module. So a learner's text appears in a message only through
 * `codeSpan`, never spliced into the prose, and it must not be able to close its span early:
 * a backtick becomes `'` and any run of white space (a line break would end a paragraph, and with it the
 * span) becomes one space.
 *
 * @example
 * codeSpan("0.7.1")        // "`0.7.1`"
 * codeSpan("1`<b>\n\n2")  // "`1'<b> 2`"
 */
export function codeSpan(text: string): string {
  return "`" + text.replace(/\s+/g, " ").replace(/`/g, "'") + "`";
}
