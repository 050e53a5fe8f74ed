// A loading.tsx makes Next stream its segment and every segment below it: the response starts as
// a 200 before the page runs, so a notFound() or redirect() in any page underneath can no longer
// give its 404 or 307 (the browser tests check those codes). This keeps loading states where they
// are harmless: no loading.tsx may sit at or above a page that calls either.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const appDir = path.resolve(__dirname, "../../app");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

const relative = (file: string) => path.relative(appDir, file);
const files = filesUnder(appDir);
const loadings = files.filter((file) => path.basename(file) === "loading.tsx");
const statusPages = files.filter(
  (file) => path.basename(file) === "page.tsx" && /\b(notFound|redirect|permanentRedirect)\(/.test(readFileSync(file, "utf8")),
);

describe("route conventions", () => {
  it("finds the pages that answer 404 or redirect, and some loading states", () => {
    expect(statusPages.map(relative)).toContain(path.join("practice", "[id]", "page.tsx"));
    // /progress has none: its skeleton, swapped for the page a moment later, shifted the layout.
    expect(loadings.length).toBeGreaterThanOrEqual(3);
  });

  it("no loading.tsx streams a page that calls notFound() or redirect()", () => {
    const streamed = loadings.flatMap((loading) => {
      const segment = path.dirname(loading);
      return statusPages
        .filter((page) => page.startsWith(segment + path.sep))
        .map((page) => `${relative(loading)} streams ${relative(page)}`);
    });
    expect(streamed).toEqual([]);
  });

  it("the root layout, which reads the database, has a global-error.tsx", () => {
    expect(files.map(relative)).toContain("global-error.tsx");
  });
});
