"use client";
// Saves what the learner types into a session question, shortly after they stop typing, and at
// once when they leave the page (keepalive, so the request outlives a closed tab).
import { useCallback, useEffect, useMemo, useRef } from "react";
import type { AnswerValues } from "@/components/practice/check-state";

const SAVE_AFTER_MS = 400;

export function useDraftSaver(url: string, position: number) {
  const pending = useRef<{ answers: AnswerValues; hintsUsed: number } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const draft = pending.current;
    pending.current = null;
    if (!draft) return Promise.resolve();
    return fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ position, ...draft }),
      keepalive: true,
    }).then(
      () => undefined,
      () => undefined, // offline: the answers are still on screen, and the next change retries
    );
  }, [url, position]);

  const save = useCallback(
    (answers: AnswerValues, hintsUsed: number) => {
      pending.current = { answers, hintsUsed };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_AFTER_MS);
    },
    [flush],
  );

  /** Forget what is pending (a check or a finish sends the answers itself). */
  const cancel = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
  }, []);

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener("pagehide", onHide);
    document.addEventListener("visibilitychange", onHide);
    return () => {
      window.removeEventListener("pagehide", onHide);
      document.removeEventListener("visibilitychange", onHide);
      void flush(); // leaving the question (next question, another page)
    };
  }, [flush]);

  return useMemo(() => ({ save, flush, cancel }), [save, flush, cancel]);
}
