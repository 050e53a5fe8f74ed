"use client";
// Restoring a JSON export into this (new, empty) account: the file is read in the browser and
// sent to POST /api/account/import, whose message is shown as it comes (a refusal says why: the
// file, the account, or too many imports in a short time). The chosen file stays chosen.
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { IMPORT_LIMIT, MAX_IMPORT_BYTES, MAX_IMPORT_SIZE_TEXT, TRANSFER_WINDOW_MS } from "@/lib/study/transfer-limits";

type Status = { kind: "idle" } | { kind: "sending" } | { kind: "done"; text: string } | { kind: "error"; text: string };

function sentence(text: string): string {
  const trimmed = text.trim();
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}${/[.!?]$/.test(trimmed) ? "" : "."}`;
}

export function ImportForm() {
  const id = useId();
  const router = useRouter();
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) {
      setStatus({ kind: "error", text: "Choose the .json file you exported." });
      return;
    }
    if (file.size > MAX_IMPORT_BYTES) {
      setStatus({
        kind: "error",
        text: `That file is larger than ${MAX_IMPORT_SIZE_TEXT}, which is more than an export can be. Nothing was imported.`,
      });
      return;
    }
    setStatus({ kind: "sending" });
    try {
      const response = await fetch("/api/account/import", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: await file.text(),
      });
      const body = (await response.json().catch(() => ({}))) as {
        error?: string;
        imported?: { attempts: number; studySessions: number; reviewCards: number };
      };
      if (!response.ok || !body.imported) {
        setStatus({ kind: "error", text: sentence(body.error ?? "The import failed; please try again") });
        return;
      }
      const { attempts, studySessions, reviewCards } = body.imported;
      const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;
      setStatus({
        kind: "done",
        text: `Imported ${plural(attempts, "attempt")}, ${plural(studySessions, "study session")} and ${plural(reviewCards, "review card")}.`,
      });
      router.refresh();
    } catch {
      setStatus({ kind: "error", text: "The file could not be sent. Check your connection and try again." });
    }
  }

  return (
    <form onSubmit={submit} className="space-y-3">
      <div>
        <label htmlFor={`${id}-file`} className="block text-sm font-medium">
          Export file (.json)
        </label>
        <input
          id={`${id}-file`}
          name="file"
          type="file"
          accept="application/json,.json"
          aria-describedby={`${id}-limits`}
          className="mt-1 block w-full text-sm file:mr-3 file:rounded-lg file:border-0 file:bg-stone-200 file:px-3 file:py-2 file:text-sm file:font-medium dark:file:bg-stone-800"
        />
        <p id={`${id}-limits`} className="mt-1 text-xs text-stone-600 dark:text-stone-400">
          Up to {MAX_IMPORT_SIZE_TEXT}; up to {IMPORT_LIMIT} tries every {TRANSFER_WINDOW_MS / 60_000} minutes.
        </p>
      </div>
      <button
        type="submit"
        disabled={status.kind === "sending"}
        className="rounded-lg border border-stone-300 px-4 py-2 text-sm font-semibold hover:bg-stone-100 disabled:opacity-60 dark:border-stone-700 dark:hover:bg-stone-800"
      >
        {status.kind === "sending" ? "Importing…" : "Import"}
      </button>
      <div aria-live="polite">
        {status.kind === "done" ? (
          <p role="status" className="text-sm text-emerald-800 dark:text-emerald-200">
            {status.text}
          </p>
        ) : null}
      </div>
      {status.kind === "error" ? (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          {status.text}
        </p>
      ) : null}
    </form>
  );
}
