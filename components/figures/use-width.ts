"use client";
// The drawn width of a figure's container, so that an SVG's coordinates are its pixels and its
// 11–12 px labels stay legible on a 375-px phone (a fixed viewBox would shrink them by half).
// The server renders at the default width; the browser corrects it after hydration.
import { useEffect, useRef, useState } from "react";

export function useWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(280, Math.round(entry.contentRect.width)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
