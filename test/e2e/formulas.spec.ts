// Every template at 375 px with its worked solution shown (by giving up): no formula may be cut
// off. A display formula either fits its box (a slightly smaller size is allowed) or scrolls inside
// it and shows that it does (marked `data-scrolls`, with edge shadows, reachable by keyboard).
// The templates whose formulas must scroll are listed in test-results/formula-sweep.json: their
// text, not the page, should break the derivation into lines.
import { writeFileSync, mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { listQuestions } from "../../lib/questions";

const SEED = 7;

interface Measure {
  clipped: string[];
  scrollsUnmarked: string[];
  scrolls: string[];
  pageWidth: number;
}

test("no formula is cut off at 375 px, with the solution shown, in any template", async ({ browser }) => {
  test.setTimeout(30 * 60_000);
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, colorScheme: "dark" });
  const page = await context.newPage();
  const report: Record<string, Measure> = {};
  const failures: string[] = [];
  for (const question of listQuestions()) {
    await page.goto(`/practice/${question.id}?seed=${SEED}`);
    await page.getByRole("button", { name: "Show solution" }).click();
    await page.getByRole("button", { name: "Show the solution" }).click();
    // An explain question's solution is its model answer.
    await expect(page.getByRole("heading", { name: /^(Worked solution|Model answer)$/ })).toBeVisible();
    // Let the fitting run after the solution's layout (a ResizeObserver and a MutationObserver).
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

    const measure = await page.evaluate((): Measure => {
      const viewport = document.documentElement.clientWidth;
      const clipped: string[] = [];
      const scrollsUnmarked: string[] = [];
      const scrolls = new Set<string>();
      const describe = (element: Element) => (element.textContent ?? "").replace(/\s+/g, " ").slice(0, 60);
      for (const formula of document.querySelectorAll("main .katex")) {
        if (formula.parentElement?.closest(".katex")) continue;
        const rect = formula.getBoundingClientRect();
        if (rect.width === 0) continue;
        // An inline formula too wide for its line scrolls in a box of its own.
        if (getComputedStyle(formula).overflowX !== "visible" && formula.scrollWidth > formula.clientWidth + 1) {
          scrolls.add(describe(formula));
          const box = formula as HTMLElement;
          if (!(box.hasAttribute("data-scrolls") && box.tabIndex >= 0 && getComputedStyle(box).backgroundImage.includes("gradient"))) {
            scrollsUnmarked.push(describe(formula));
          }
          continue;
        }
        // The first ancestor that does not let content spill decides: it clips, or it scrolls.
        let box: HTMLElement | null = formula.parentElement;
        while (box && box !== document.body && getComputedStyle(box).overflowX === "visible") box = box.parentElement;
        if (box && box !== document.body) {
          const frame = box.getBoundingClientRect();
          const spills = rect.left < frame.left - 1 || rect.right > frame.right + 1;
          if (!spills) continue;
          const overflow = getComputedStyle(box).overflowX;
          if (overflow === "auto" || overflow === "scroll") {
            scrolls.add(describe(formula));
            const shown =
              box.hasAttribute("data-scrolls") && box.tabIndex >= 0 && getComputedStyle(box).backgroundImage.includes("gradient");
            if (!shown) scrollsUnmarked.push(describe(formula));
          } else {
            clipped.push(describe(formula));
          }
        } else if (rect.right > viewport + 1 || rect.left < -1) {
          clipped.push(describe(formula));
        }
      }
      return { clipped, scrollsUnmarked, scrolls: [...scrolls], pageWidth: document.documentElement.scrollWidth };
    });
    report[question.id] = measure;
    if (measure.clipped.length > 0) failures.push(`${question.id}: cut off: ${measure.clipped.join(" | ")}`);
    if (measure.scrollsUnmarked.length > 0)
      failures.push(`${question.id}: scrolls without showing it: ${measure.scrollsUnmarked.join(" | ")}`);
    if (measure.pageWidth > 375) failures.push(`${question.id}: the page is ${measure.pageWidth} px wide`);
  }
  const scrolling = Object.entries(report).filter(([, measure]) => measure.scrolls.length > 0);
  mkdirSync("test-results", { recursive: true });
  writeFileSync(
    "test-results/formula-sweep.json",
    `${JSON.stringify({ templates: Object.keys(report).length, clipped: failures.length, scrolling: Object.fromEntries(scrolling.map(([id, measure]) => [id, measure.scrolls])) }, null, 2)}\n`,
  );
  test.info().annotations.push({
    type: "formulas at 375 px",
    description: `${Object.keys(report).length} templates; ${failures.length} with a formula cut off; ${scrolling.length} with a formula that scrolls (shown): ${scrolling.map(([id]) => id).join(", ")}`,
  });
  expect(failures).toEqual([]);
  await context.close();
});
