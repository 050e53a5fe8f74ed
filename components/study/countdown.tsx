"use client";
// A mock interview's countdown: always visible, read by screen readers only at a few moments
// (10, 5 and 1 minute left, 30 seconds left, time up) rather than every second. Time is measured
// against the server's clock (the deadline is the server's), corrected for this device's offset.
import { useEffect, useRef, useState } from "react";

interface Props {
  /** The deadline, as epoch milliseconds of the server's clock. */
  deadline: number;
  /** The server's clock when the page was rendered. */
  serverNow: number;
  onTimeUp: () => void;
  /** Beside the clock (the submit button). */
  children?: React.ReactNode;
}

/** Seconds left at which the time is announced, and how. */
const MOMENTS: readonly [number, string][] = [
  [600, "10 minutes left."],
  [300, "5 minutes left."],
  [60, "1 minute left."],
  [30, "30 seconds left."],
];

export function formatClock(milliseconds: number): string {
  const total = Math.max(0, Math.ceil(milliseconds / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, "0")}`;
}

export function Countdown({ deadline, serverNow, onTimeUp, children }: Props) {
  const [left, setLeft] = useState(deadline - serverNow);
  const [announcement, setAnnouncement] = useState("");
  const timeUp = useRef(onTimeUp);
  useEffect(() => {
    timeUp.current = onTimeUp;
  });

  useEffect(() => {
    // How far this device's clock is behind the server's, measured once.
    const offset = serverNow - Date.now();
    let previous = deadline - serverNow;
    let done = false;
    const tick = () => {
      const now = deadline - (Date.now() + offset);
      const moment = MOMENTS.find(([seconds]) => previous > seconds * 1000 && now <= seconds * 1000);
      if (moment && now > 0) setAnnouncement(moment[1]);
      previous = now;
      setLeft(now);
      if (now <= 0 && !done) {
        done = true;
        setAnnouncement("Time is up. Your answers are being submitted.");
        timeUp.current();
      }
    };
    tick();
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [deadline, serverNow]);

  const urgent = left <= 60_000;
  return (
    <div className="sticky top-0 z-10 -mx-4 border-b border-stone-200 bg-stone-50/95 px-4 py-2 backdrop-blur sm:-mx-6 sm:px-6 dark:border-stone-800 dark:bg-stone-950/95">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="flex items-baseline gap-2">
          <span id="countdown-label" className="text-sm text-stone-600 dark:text-stone-400">
            Time left
          </span>
          <span
            role="timer"
            aria-labelledby="countdown-label"
            data-testid="countdown"
            className={`font-mono text-xl font-semibold tabular-nums ${urgent ? "text-rose-700 dark:text-rose-300" : ""}`}
          >
            {formatClock(left)}
          </span>
        </p>
        {children}
      </div>
      <p aria-live="polite" aria-atomic="true" className="sr-only" data-testid="countdown-announcement">
        {announcement}
      </p>
    </div>
  );
}
