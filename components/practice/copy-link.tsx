"use client";
// "Copy link": the address of this very variant (its seed is in the URL), for a study partner or
// for later. Where the clipboard is unavailable (plain http, a refusal) the link is shown to copy by hand.
import { useState } from "react";

export function CopyLink({ path }: { path: string }) {
  const [state, setState] = useState<"idle" | "copied" | "manual">("idle");
  const [url, setUrl] = useState(path);

  async function copy() {
    const absolute = new URL(path, window.location.origin).toString();
    setUrl(absolute);
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(absolute);
      setState("copied");
    } catch {
      setState("manual");
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="rounded-lg px-3 py-2.5 text-sm font-medium text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800"
      >
        Copy link
      </button>
      <span aria-live="polite" className="text-sm text-stone-600 dark:text-stone-400">
        {state === "copied" && "Link copied."}
      </span>
      {state === "manual" && (
        <label className="flex items-center gap-2 text-sm">
          <span className="text-stone-600 dark:text-stone-400">Copy this link:</span>
          <input
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
            autoFocus
            className="w-56 rounded-md border border-stone-300 bg-white px-2 py-1 font-mono text-xs dark:border-stone-700 dark:bg-stone-900"
          />
        </label>
      )}
    </span>
  );
}
