// Classes for rendered Markdown (prompts, hints, solutions): the global `prose-math` rules, plus
// compact tables, which some prompts and solutions contain (GFM), sized to fit a phone.
// KaTeX's stylesheet comes with these classes: every page that shows KaTeX HTML (a question, a primer,
// a study or review card, a solution, a session summary) renders some of it in PROSE_CLASS, so only
// those pages load it. In the root layout it was one more render-blocking request on the home page,
// the practice list and progress, which show no formula.
import "katex/dist/katex.min.css";
export const PROSE_CLASS = [
  "prose-math",
  "[&_table]:my-3 [&_table]:block [&_table]:max-w-full [&_table]:overflow-x-auto [&_table]:border-collapse [&_table]:text-sm",
  "[&_th]:border-b [&_th]:border-stone-300 [&_th]:px-1.5 [&_th]:py-1 [&_th]:text-left [&_th]:font-semibold sm:[&_th]:px-2.5",
  "[&_td]:border-b [&_td]:border-stone-200 [&_td]:px-1.5 [&_td]:py-1 [&_td]:tabular-nums sm:[&_td]:px-2.5",
  "dark:[&_th]:border-stone-600 dark:[&_td]:border-stone-700",
  // A display formula inside a paragraph has no scrolling wrapper of its own: give it one.
  // (Not inside .math-display, the renderer's own focusable scroller for a stand-alone `$$` block.)
  "[&_.katex-display:not(.math-display_*)]:overflow-x-auto [&_.katex-display:not(.math-display_*)]:overflow-y-hidden [&_.katex-display:not(.math-display_*)]:py-1",
].join(" ");
