// Accounts in the browser: a guest practises and signs up (keeping the attempt), the forms keep
// what was typed and say what is wrong, sign-out and sign-in (with a guest's attempt merged once
// the learner agrees), the delay after repeated wrong passwords, and an export imported into a new account.
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

/** One graded (wrong) check through the API, with the browser's cookies: the guest or the account. */
async function answerOnce(request: APIRequestContext, seed: number) {
  const response = await request.post("/api/questions/mle-bernoulli-p/check", {
    data: { seed, answers: { p: "0.1234" } },
    headers: { "Idempotency-Key": `account-e2e-${seed}-${Math.random()}` },
  });
  expect(response.status()).toBe(200);
}

async function fillCredentials(page: Page, username: string, password: string) {
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
}

const run = Date.now().toString(36);
const username = `ada_${run}`;
const password = "analytical engine";

test.describe.configure({ mode: "serial" });

test("a guest signs up, keeps the attempt, signs out and signs back in", async ({ page, context }) => {
  await answerOnce(page.request, 101);

  await page.goto("/signup");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create an account");
  await expectNoSeriousA11yViolations(page);

  // Invalid fields: a message under each, the username kept as typed, focus on the first to fix.
  await fillCredentials(page, "Ab", "short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("A username has at least 3 characters.")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters for your password.")).toBeVisible();
  await expect(page.getByLabel("Username")).toHaveValue("Ab");
  await expect(page.getByLabel("Username")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Username")).toBeFocused();
  await expectNoSeriousA11yViolations(page);

  await fillCredentials(page, username, password);
  await page.getByRole("button", { name: "Create account" }).click();
  // Sign-up lands on the home page, which leads with what to do next.
  await expect(page).toHaveURL(/\/\?welcome=kept$/);
  await expect(page.getByTestId("welcome")).toHaveText("Your account is ready, and what you practised as a guest is in it.");
  await expect(page.getByTestId("next-steps")).toBeVisible();
  await page.goto("/account");
  await expect(page.getByTestId("account-summary")).toContainText(`Signed in as ${username}.`);
  await expect(page.getByTestId("account-summary")).toContainText("1 attempt,");
  await expectNoSeriousA11yViolations(page);

  // The session cookie is out of reach of scripts and of cross-site posts.
  const sessionCookie = (await context.cookies()).find((cookie) => cookie.name === "__Host-ll_session");
  expect(sessionCookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  expect(await page.evaluate(() => document.cookie)).not.toContain("ll_session");

  // Taken: the same name cannot be had twice.
  const other = await context.browser()?.newContext();
  if (other) {
    const otherPage = await other.newPage();
    await otherPage.goto(new URL("/signup", page.url()).toString());
    await fillCredentials(otherPage, username.toUpperCase(), "another password");
    await otherPage.getByRole("button", { name: "Create account" }).click();
    await expect(otherPage.getByText("That username is taken. Choose another one.").first()).toBeVisible();
    await expect(otherPage.getByLabel("Username")).toHaveValue(username.toUpperCase());
    await other.close();
  }

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/account");
  await expect(page.getByTestId("account-summary")).toContainText("You are practising as a guest");
  await expect(page.getByTestId("account-summary")).toContainText("0 attempts,");

  // Wrong password: one message for every failure, the username kept.
  await page.goto("/signin");
  await fillCredentials(page, username, "not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText("Wrong username or password.");
  await expect(page.getByLabel("Username")).toHaveValue(username);
  await expect(page.getByLabel("Password")).toHaveValue("");
  await expectNoSeriousA11yViolations(page);

  // A guest attempt made now joins the account after sign-in, when the learner says it is theirs.
  await answerOnce(page.request, 102);
  await fillCredentials(page, username, password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account\?welcome=back$/);
  await expect(page.getByTestId("guest-offer")).toContainText("This browser holds 1 attempt");
  await expect(page.getByTestId("account-summary")).toContainText("1 attempt,");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Add them to my account" }).click();
  await expect(page).toHaveURL(/\/account\?welcome=merged-1$/);
  await expect(page.locator("main").getByRole("status")).toHaveText(
    "You are signed in. 1 attempt you made as a guest was added to your account.",
  );
  await expect(page.getByTestId("account-summary")).toContainText("2 attempts,");
});

test("repeated wrong passwords slow this browser's address down with a clear wait", async ({ page }) => {
  const target = `locked_${run}`;
  await page.goto("/signin");
  for (let i = 0; i < 5; i += 1) {
    await fillCredentials(page, target, `guess number ${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("main").getByRole("alert")).toHaveText("Wrong username or password.");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await fillCredentials(page, target, "guess number 6");
  await page.getByRole("button", { name: "Sign in" }).click();
  // The fifth failure delays this (username, address) pair by 30 s, shown rounded up.
  await expect(page.locator("main").getByRole("alert")).toHaveText("Too many sign-in attempts. Try again in 1 minute.");
});

test("an export imports into a new account, and only into an empty one", async ({ page, browser }) => {
  // The account of the first test, with its two attempts.
  await page.goto("/signin");
  await fillCredentials(page, username, password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/\?welcome=back$/);
  await page.goto("/account");
  await expect(page.getByTestId("account-summary")).toContainText("2 attempts,");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download all data (JSON)" }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, "utf8")) as { profile: { username: string }; attempts: unknown[] };
  expect(exported.profile.username).toBe(username);
  expect(exported.attempts).toHaveLength(2);

  const csvDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download attempts (CSV)" }).click();
  const csv = readFileSync(await (await csvDownload).path(), "utf8")
    .trim()
    .split("\r\n");
  expect(csv).toHaveLength(3); // header and two attempts

  // Importing into the account the data came from: refused, nothing changes.
  await page.getByLabel("Export file (.json)").setInputFiles(file);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("This account already has progress, so nothing was imported");

  // A new account in another browser takes it whole.
  const fresh = await browser.newContext({ baseURL: new URL(page.url()).origin });
  const freshPage = await fresh.newPage();
  await freshPage.goto("/signup");
  await fillCredentials(freshPage, `restored_${run}`, "a new password");
  await freshPage.getByRole("button", { name: "Create account" }).click();
  await expect(freshPage).toHaveURL(/\/\?welcome=new$/);
  await freshPage.goto("/account");
  await expect(freshPage.getByTestId("account-summary")).toContainText("0 attempts,");

  // Not JSON (into the empty account: a non-empty one is refused before the file is read): a
  // message, not a crash, and the account stays empty.
  await freshPage
    .getByLabel("Export file (.json)")
    .setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from("{ oops") });
  await freshPage.getByRole("button", { name: "Import" }).click();
  await expect(freshPage.locator("main").getByRole("alert")).toHaveText(
    "The file is empty or not valid JSON: choose the .json file you exported.",
  );
  await expect(freshPage.getByTestId("account-summary")).toContainText("0 attempts,");

  await freshPage.getByLabel("Export file (.json)").setInputFiles(file);
  await freshPage.getByRole("button", { name: "Import" }).click();
  await expect(freshPage.locator("main").getByRole("status").filter({ hasText: "Imported" })).toHaveText(
    "Imported 2 attempts, 0 study sessions and 0 review cards.",
  );
  await expect(freshPage.getByTestId("account-summary")).toContainText("2 attempts,");
  // The import refreshes the page (router.refresh): let its metadata settle before the audit.
  await expect(freshPage).toHaveTitle(/Account/);
  await expectNoSeriousA11yViolations(freshPage);

  await fresh.close();
});
