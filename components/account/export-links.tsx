"use client";
// The two download links of the account page. With JavaScript, a click fetches the file first, so
// a refusal (too many exports in a short time, a failure) is shown here in words instead of as a
// failed download; without it, the links download as plain links do.
import { useState } from "react";
import { EXPORT_LIMIT, TRANSFER_WINDOW_MS } from "@/lib/study/transfer-limits";

const DOWNLOADS = [
  { href: "/api/account/export", label: "Download all data (JSON)", fallbackName: "likelihood-lab.json" },
  { href: "/api/account/export/attempts", label: "Download attempts (CSV)", fallbackName: "likelihood-lab-attempts.csv" },
] as const;

function sentence(text: string): string {
  const trimmed = text.trim();
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}${/[.!?]$/.test(trimmed) ? "" : "."}`;
}

/** The file name the server gave (Content-Disposition), else a plain one. */
function fileName(response: Response, fallback: string): string {
  return /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? fallback;
}

export function ExportLinks({ className }: { className: string }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function download(event: React.MouseEvent<HTMLAnchorElement>, href: string, fallbackName: string) {
    event.preventDefault();
    if (busy) return;
    setBusy(href);
    setError(null);
    try {
      const response = await fetch(href, { cache: "no-store" });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { error?: string };
        setError(sentence(body.error ?? "The download failed; please try again"));
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = fileName(response, fallbackName);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch {
      setError("The download could not be completed. Check your connection and try again.");
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-3">
        {DOWNLOADS.map(({ href, label, fallbackName }) => (
          <a
            key={href}
            href={href}
            download
            onClick={(event) => void download(event, href, fallbackName)}
            aria-busy={busy === href}
            className={className}
          >
            {busy === href ? "Preparing…" : label}
          </a>
        ))}
      </div>
      <p className="text-xs text-stone-600 dark:text-stone-400">
        Up to {EXPORT_LIMIT} downloads every {TRANSFER_WINDOW_MS / 60_000} minutes.
      </p>
      {error ? (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
