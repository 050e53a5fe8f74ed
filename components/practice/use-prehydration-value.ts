"use client";
// An answer entered before its input hydrated must not be lost. The page is served as HTML, so a
// learner can type, tick or choose before the input's script has arrived (it loads behind a
// next/dynamic boundary, answer-forms.tsx). React then hydrates the controlled field keeping the
// DOM's value, but its state still holds the server's value, it replays no change event (the
// field's value tracker starts from what the DOM holds), and the next render writes the state back:
// the field empties and Check says "Type or choose an answer first." Hence, once, as the input
// mounts (the commit of its hydration, before anything else renders), read the DOM and pass a value
// that differs to the onChange a learner's own edit calls. A client-side mount renders the DOM from
// the state, so there it finds nothing to adopt; an order part has nothing either (its steps move
// only by script).
import { useLayoutEffect, useRef } from "react";

/**
 * `read` returns what the DOM holds (null: nothing to read); when it differs from `value` (by
 * `same`), `onChange` receives it, once, at mount.
 */
export function usePrehydrationValue<T>(
  read: () => T | null,
  value: T,
  onChange: (value: T) => void,
  same: (a: T, b: T) => boolean = Object.is,
): void {
  const checked = useRef(false);
  useLayoutEffect(() => {
    if (checked.current) return;
    checked.current = true;
    const entered = read();
    if (entered !== null && !same(entered, value)) onChange(entered);
  }, [read, value, onChange, same]);
}

/** The same for a text field or text area: its DOM value. */
export function usePrehydrationText(
  field: React.RefObject<HTMLInputElement | HTMLTextAreaElement | null>,
  value: string,
  onChange: (value: string) => void,
): void {
  usePrehydrationValue(() => field.current?.value ?? null, value, onChange);
}
