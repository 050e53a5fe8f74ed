"use client";
// Wide formulas and tables on a phone. A display formula a little too wide is set a little smaller
// (down to 80 %) so it fits; one that still does not fit scrolls sideways inside its box, marked
// `data-scrolls` so that the page shows it does (shadows at the edges that have more, a thin
// scrollbar: app/globals.css), and made reachable by keyboard (tabindex=0; the renderer already
// does this for stand-alone `$$` blocks; `$$` inside a paragraph and GFM tables have no wrapper).
import { useEffect, type RefObject } from "react";

const SCROLLERS = ".math-display, .katex-display, table";
/** A formula is never set smaller than this share of its size: below it, it scrolls instead. */
const MIN_SCALE = 0.8;

function fitBox(box: HTMLElement) {
  const isFormula = !box.matches("table");
  if (isFormula) {
    box.style.removeProperty("font-size");
    const ratio = box.clientWidth / box.scrollWidth;
    if (box.scrollWidth > box.clientWidth + 1 && box.clientWidth > 0) {
      box.style.fontSize = `${Math.max(MIN_SCALE, Math.floor(ratio * 100) / 100)}em`;
    }
  }
  const scrolls = box.scrollWidth > box.clientWidth + 1;
  box.toggleAttribute("data-scrolls", scrolls);
  if (box.classList.contains("math-display")) return; // focusable already
  if (scrolls) box.tabIndex = 0;
  else box.removeAttribute("tabindex");
}

/**
 * An inline formula cannot wrap (a tuple of eight numbers): when it is wider than its line it
 * becomes a scrolling box of its own (`katex-scroll`, app/globals.css) instead of widening the page.
 */
function fitInlineFormula(formula: HTMLElement) {
  const line = formula.parentElement?.closest<HTMLElement>("p, li, td, th, div");
  if (!line) return;
  formula.classList.remove("katex-scroll");
  formula.removeAttribute("data-scrolls");
  formula.removeAttribute("tabindex");
  if (formula.getBoundingClientRect().width <= line.clientWidth + 1) return;
  formula.classList.add("katex-scroll");
  formula.setAttribute("data-scrolls", "");
  formula.tabIndex = 0;
}

function markOverflowing(container: HTMLElement) {
  for (const box of container.querySelectorAll<HTMLElement>(SCROLLERS)) {
    // A formula inside a `$$` block is fitted through its block.
    if (box.matches(".katex-display") && box.closest(".math-display")) continue;
    fitBox(box);
  }
  for (const formula of container.querySelectorAll<HTMLElement>(".katex")) {
    if (formula.closest(".katex-display") || formula.parentElement?.closest(".katex")) continue;
    fitInlineFormula(formula);
  }
}

/** Keeps the wide formulas and tables under `ref` fitted or scrollable, also after a resize or new content. */
export function useFocusableOverflow(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    markOverflowing(container);
    const resize = new ResizeObserver(() => markOverflowing(container));
    resize.observe(container);
    const changes = new MutationObserver(() => markOverflowing(container));
    changes.observe(container, { childList: true, subtree: true });
    return () => {
      resize.disconnect();
      changes.disconnect();
    };
  }, [ref]);
}

/** The same for server-rendered HTML outside any client component: the element with this id. */
export function FocusableOverflow({ containerId }: { containerId: string }) {
  useEffect(() => {
    const container = document.getElementById(containerId);
    if (!container) return;
    markOverflowing(container);
    const resize = new ResizeObserver(() => markOverflowing(container));
    resize.observe(container);
    return () => resize.disconnect();
  }, [containerId]);
  return null;
}
