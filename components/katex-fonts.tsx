// Preloads for the KaTeX fonts a page's first screen draws, so that they are requested with the
// page instead of after KaTeX's stylesheet has arrived and the page's styles are computed (one
// more round trip before a formula can be drawn; KaTeX's fonts block their text while loading).
// Only the two fonts nearly every formula uses: Main (digits, operators, the default of `.katex`)
// and KaTeX_Math-Italic (variables, `.mathnormal`). Rarer ones (bold, sizes, AMS) load on demand, as before.
// The imports give the same hashed URL the stylesheet's `@font-face` rules use, so the preloaded
// response is the one the font load takes.
import mainRegular from "katex/dist/fonts/KaTeX_Main-Regular.woff2";
import mathItalic from "katex/dist/fonts/KaTeX_Math-Italic.woff2";

/** Which of the two preloaded fonts some KaTeX HTML uses (pure, for tests). */
export function katexFontsUsed(html: string): string[] {
  const fonts: string[] = [];
  if (html.includes('class="katex"')) fonts.push(mainRegular);
  if (/class="[^"]*\bmathnormal\b/.test(html)) fonts.push(mathItalic);
  return fonts;
}

/** Rendered by a server component whose first screen shows `html` (KaTeX HTML inside); React puts the links in the head. */
export function KatexFontPreloads({ html }: { html: string }) {
  // crossOrigin: fonts are always fetched in CORS mode; a preload without it would not be reused.
  return katexFontsUsed(html).map((href) => (
    <link key={href} rel="preload" href={href} as="font" type="font/woff2" crossOrigin="anonymous" />
  ));
}
