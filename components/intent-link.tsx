"use client";
// A link that prefetches its page once the learner shows the intent to follow it (the pointer over
// it, a touch, keyboard focus) instead of as soon as it is on screen. The header's links are on
// every page: prefetched on sight, each page view sent the server a dozen background requests and
// spent the phone's main thread on their answers and on the next pages' code while the page was
// still starting up.
import Link from "next/link";
import { useState, type ComponentProps } from "react";

type Props = Omit<ComponentProps<typeof Link>, "prefetch">;

export function IntentLink({ onPointerEnter, onTouchStart, onFocus, ...props }: Props) {
  const [intent, setIntent] = useState(false);
  return (
    <Link
      {...props}
      // null: Next's default prefetch, which starts now that the link is wanted (it is in view).
      prefetch={intent ? null : false}
      onPointerEnter={(event) => {
        setIntent(true);
        onPointerEnter?.(event);
      }}
      onTouchStart={(event) => {
        setIntent(true);
        onTouchStart?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
    />
  );
}
