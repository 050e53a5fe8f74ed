"use client";
// Wide formulas and tables scroll sideways inside their box on a phone rather than widening the page.
// A box that scrolls must be reachable by keyboard, so each one that overflows gets tabindex=0 (the
// renderer already does this for stand-alone `$$` blocks; `$$` inside a paragraph and GFM tables
// have no wrapper to carry it).
import { useEffect, type RefObject } from "react";

const SCROLLERS = ".katex-display, table";

function markOverflowing(container: HTMLElement) {
  for (const box of container.querySelectorAll<HTMLElement>(SCROLLERS)) {
    if (box.closest(".math-display")) continue; // focusable already
    if (box.scrollWidth > box.clientWidth + 1) box.tabIndex = 0;
    else box.removeAttribute("tabindex");
  }
}

/** Keeps the overflowing formulas and tables under `ref` focusable, also after a resize or new content. */
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
