// Security headers on pages and API responses, and a Content-Security-Policy that the pages (KaTeX,
// lazy chunks, the progress charts) run under without a single violation.
import { expect, test } from "@playwright/test";

const PAGES = ["/", "/practice", "/practice/mle-normal?seed=7", "/practice/concept-hidden-label?seed=3", "/progress", "/study", "/signin"];

test("pages send a nonce CSP and the static security headers", async ({ request }) => {
  const response = await request.get("/practice");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // A fresh nonce for every page view.
  const again = (await request.get("/practice")).headers()["content-security-policy"];
  expect(again).not.toBe(headers["content-security-policy"]);
  const api = (await request.get("/api/health")).headers();
  expect(api["x-content-type-options"]).toBe("nosniff");
});

test("no page breaks the policy", async ({ page }) => {
  const violations: string[] = [];
  let current = "";
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${current}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Refused to load: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  for (const path of PAGES) {
    current = path;
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  // The page works under the policy: hydrated React answers a click.
  await page.goto("/practice/mle-normal?seed=7");
  await expect(page.locator(".katex").first()).toBeVisible();
  expect(violations).toEqual([]);
});
