// File names of the downloads: likelihood-lab-ada-2026-11-26.json. Usernames are [a-z0-9_-], so
// the name needs no escaping in Content-Disposition.
export function downloadName(username: string | null, extension: "json" | "csv", what?: string): string {
  const day = new Date().toISOString().slice(0, 10);
  return ["likelihood-lab", username ?? "guest", what, day].filter(Boolean).join("-") + `.${extension}`;
}
