// Accounts: the session secret, credential rules, argon2id hashes, sign-up and sign-in with the
// guest's progress kept, rate limiting, the cookies, and that one learner can never reach
// another's data, on a migrated SQLite file of the test's own.
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { as, Browser, createTestDatabase } from "./account-harness";

vi.mock("next/headers", () => import("./account-harness").then((harness) => harness.nextHeaders));

const database = createTestDatabase();

type Modules = {
  db: typeof import("@/lib/db").db;
  accounts: typeof import("@/lib/auth/accounts");
  credentials: typeof import("@/lib/auth/credentials");
  password: typeof import("@/lib/auth/password");
  secret: typeof import("@/lib/auth/secret");
  session: typeof import("@/lib/auth/session");
  throttle: typeof import("@/lib/auth/throttle");
  learner: typeof import("@/lib/learner");
  guestMerge: typeof import("@/lib/auth/guest-merge");
  recordAttempt: typeof import("@/lib/study/attempts").recordAttempt;
  countLearnerData: typeof import("@/lib/study/export").countLearnerData;
  getTemplate: typeof import("@/lib/questions").getTemplate;
  exportRoute: typeof import("@/app/api/account/export/route");
  csvRoute: typeof import("@/app/api/account/export/attempts/route");
  importRoute: typeof import("@/app/api/account/import/route");
};
let m: Modules;

beforeAll(async () => {
  m = {
    db: (await import("@/lib/db")).db,
    accounts: await import("@/lib/auth/accounts"),
    credentials: await import("@/lib/auth/credentials"),
    password: await import("@/lib/auth/password"),
    secret: await import("@/lib/auth/secret"),
    session: await import("@/lib/auth/session"),
    throttle: await import("@/lib/auth/throttle"),
    learner: await import("@/lib/learner"),
    guestMerge: await import("@/lib/auth/guest-merge"),
    recordAttempt: (await import("@/lib/study/attempts")).recordAttempt,
    countLearnerData: (await import("@/lib/study/export")).countLearnerData,
    getTemplate: (await import("@/lib/questions")).getTemplate,
    exportRoute: await import("@/app/api/account/export/route"),
    csvRoute: await import("@/app/api/account/export/attempts/route"),
    importRoute: await import("@/app/api/account/import/route"),
  };
}, 120_000);

afterAll(async () => {
  await m?.db.$disconnect();
  database.cleanup();
});

let addressCounter = 0;
/** A fresh client address per test, so the per-address limits of one test do not leak into another. */
function context(guestId: string | null = null, now?: Date) {
  addressCounter += 1;
  return { guestId, clientAddress: `198.51.100.${addressCounter}`, now };
}

/** One graded attempt at the Bernoulli question for `userId` (its row created if needed). */
async function practise(userId: string, answer: string, seed = 11, idempotencyKey: string | null = null) {
  const template = m.getTemplate("mle-bernoulli-p");
  if (!template) throw new Error("template missing");
  const result = template.grade(seed, { p: answer });
  return (await m.recordAttempt({ userId, templateId: template.id, seed, answers: { p: answer }, result, gaveUp: false, idempotencyKey }))
    .outcome;
}

async function signUp(username: string, password = "correct horse battery", guestId: string | null = null) {
  const result = await m.accounts.signUp({ username, password }, context(guestId));
  if (!result.ok) throw new Error(`sign-up of ${username} failed: ${result.message}`);
  return result;
}

describe("the session secret", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "likelihood-lab-secret-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("uses SESSION_SECRET when it is set, and refuses one too short for iron-session", () => {
    const file = path.join(dir, "unused");
    expect(m.secret.resolveSessionSecret({ SESSION_SECRET: "x".repeat(32) }, file)).toBe("x".repeat(32));
    expect(() => m.secret.resolveSessionSecret({ SESSION_SECRET: "short" }, file)).toThrow(/at least 32 characters/);
    expect(existsSync(file)).toBe(false);
  });

  it("without SESSION_SECRET, makes a private random key once and reuses it", () => {
    const file = path.join(dir, ".session-secret");
    const first = m.secret.resolveSessionSecret({}, file);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(m.secret.resolveSessionSecret({}, file)).toBe(first);
    // Another directory, another key: it is random, not derived from anything.
    expect(m.secret.resolveSessionSecret({}, path.join(dir, "other-secret"))).not.toBe(first);
  });

  it("refuses a secret file that is too short rather than weakening the cookies", () => {
    const file = path.join(dir, "short-secret");
    writeFileSync(file, "tiny\n");
    expect(() => m.secret.resolveSessionSecret({}, file)).toThrow(/at least 32 characters/);
  });
});

describe("credential rules", () => {
  const parse = (username: unknown, password: unknown) => m.credentials.signUpSchema.safeParse({ username, password });
  const errors = (username: unknown, password: unknown) => {
    const result = parse(username, password);
    return result.success ? {} : m.credentials.fieldErrors(result.error);
  };

  it("accepts 3 to 32 of a-z, 0-9, _ and -, in lower case, and passwords of 10 characters or more", () => {
    expect(parse("  Ada_Lovelace-1815 ", "tea at 4 pm").data).toEqual({ username: "ada_lovelace-1815", password: "tea at 4 pm" });
    expect(parse("abc", "tea at 4 pm").success).toBe(true);
    expect(parse("a".repeat(32), "tea at 4 pm").success).toBe(true);
  });

  it("refuses short, blank and common passwords", () => {
    expect(errors("ada", "12345678").password).toBe("Use at least 10 characters for your password.");
    expect(errors("ada", " ".repeat(8)).password).toBe("Use at least 10 characters for your password.");
    expect(errors("ada", " ".repeat(12)).password).toBe("A password cannot be only spaces.");
    // 10+ characters but among the most common passwords (any case, outer spaces ignored).
    for (const common of ["1234567890", "qwertyuiop", "Password123", " 1q2w3e4r5t "]) {
      expect(errors("ada", common).password).toBe("That password is one of the most common ones. Choose another.");
    }
  });

  it("says what is wrong with each field", () => {
    expect(errors("ab", "tea at 4 pm").username).toBe("A username has at least 3 characters.");
    expect(errors("a".repeat(33), "tea at 4 pm").username).toBe("A username has at most 32 characters.");
    expect(errors("ada lovelace", "tea at 4 pm").username).toMatch(/only letters a–z, digits, underscores/);
    expect(errors("ada@example.com", "tea at 4 pm").username).toMatch(/only letters/);
    expect(errors("ada", "123456789").password).toBe("Use at least 10 characters for your password.");
    expect(errors(undefined, undefined)).toEqual({ username: "Enter a username.", password: "Choose a password." });
  });
});

describe("password hashes", () => {
  it("are argon2id in PHC format with OWASP's minimum parameters, salted, and verify only the password", async () => {
    const hash = await m.password.hashPassword("correct horse battery");
    // PHC string format: $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash> (RFC 9106, §3.1 names the parameters).
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
    expect(await m.password.hashPassword("correct horse battery")).not.toBe(hash);
    expect(await m.password.verifyPassword(hash, "correct horse battery")).toBe(true);
    expect(await m.password.verifyPassword(hash, "correct horse batterY")).toBe(false);
    expect(await m.password.verifyPassword(null, "correct horse battery")).toBe(false);
    expect(await m.password.verifyPassword("not a hash", "correct horse battery")).toBe(false);
  });
});

describe("signing up and signing in", () => {
  it("creates an account that stores a hash, never the password, and signs in with it", async () => {
    const created = await signUp("Grace_H", "analytical engine");
    expect(created.username).toBe("grace_h");
    const row = await m.db.user.findUniqueOrThrow({ where: { id: created.userId } });
    expect(row.passwordHash).not.toContain("analytical engine");
    expect(row.passwordHash?.startsWith("$argon2id$")).toBe(true);

    const signedIn = await m.accounts.signIn({ username: " GRACE_h ", password: "analytical engine" }, context());
    expect(signedIn).toMatchObject({ ok: true, userId: created.userId, username: "grace_h" });
  });

  it("refuses a taken username and invalid fields with messages, creating nothing", async () => {
    await signUp("taken_name");
    const users = await m.db.user.count();
    const taken = await m.accounts.signUp({ username: "Taken_Name", password: "another password" }, context());
    expect(taken).toMatchObject({ ok: false, fieldErrors: { username: "That username is taken. Choose another one." } });
    const invalid = await m.accounts.signUp({ username: "x", password: "short" }, context());
    expect(invalid.ok).toBe(false);
    if (!invalid.ok) {
      expect(invalid.fieldErrors.username).toMatch(/at least 3/);
      expect(invalid.fieldErrors.password).toMatch(/at least 10/);
    }
    expect(await m.db.user.count()).toBe(users);
  });

  it("answers a wrong password and an unknown username with the same words", async () => {
    await signUp("known_user");
    const wrongPassword = await m.accounts.signIn({ username: "known_user", password: "not the password" }, context());
    const unknownUser = await m.accounts.signIn({ username: "nobody_here", password: "not the password" }, context());
    const impossibleName = await m.accounts.signIn({ username: "no such name!", password: "not the password" }, context());
    for (const result of [wrongPassword, unknownUser, impossibleName]) {
      expect(result).toEqual({ ok: false, message: "Wrong username or password.", fieldErrors: {} });
    }
  });

  it("turns a guest into the account at sign-up: same id, so the guest's attempts are the account's", async () => {
    const guestId = "0f0f0f0f-1111-4222-8333-444444444444";
    await practise(guestId, "0.5");
    await practise(guestId, "0.1", 12);
    const created = await signUp("former_guest", "correct horse battery", guestId);
    expect(created.userId).toBe(guestId);
    expect(created.guestProgress).toBe("kept");
    expect((await m.countLearnerData(guestId)).attempts).toBe(2);
    expect(await m.db.user.findUniqueOrThrow({ where: { id: guestId } })).toMatchObject({ username: "former_guest" });
  });

  it("moves a guest's attempts, sessions and cards into an existing account only when asked after sign-in", async () => {
    const account = await signUp("returning");
    const guestId = "0e0e0e0e-1111-4222-8333-444444444444";
    await practise(account.userId, "0.5");
    await practise(guestId, "0.25");
    await practise(guestId, "0.75", 13);
    await m.db.studySession.create({
      data: { userId: guestId, mode: "practice", topics: [], difficulty: "any", length: 3 },
    });
    const older = new Date("2026-01-01T00:00:00Z");
    const newer = new Date("2026-02-01T00:00:00Z");
    const card = (userId: string, templateId: string, lastReview: Date | null, reps: number) => ({
      userId,
      templateId,
      due: newer,
      stability: 1,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays: 1,
      learningSteps: 0,
      reps,
      lapses: 0,
      state: 1,
      lastReview,
    });
    await m.db.reviewCard.createMany({
      data: [
        card(account.userId, "mle-normal", older, 1), // the guest reviewed it later: the guest's card wins
        card(guestId, "mle-normal", newer, 7),
        card(account.userId, "mle-poisson-rate", newer, 2), // the account's is newer: it stays
        card(guestId, "mle-poisson-rate", older, 8),
        card(guestId, "gmm-m-step", null, 0), // only the guest has it: it moves
      ],
    });

    const signedIn = await m.accounts.signIn({ username: "returning", password: "correct horse battery" }, context(guestId));
    // Signing in moves nothing (the guest cookie may have been planted): the account page asks.
    expect(signedIn).toMatchObject({ ok: true, userId: account.userId, guestProgress: null });
    expect((await m.countLearnerData(account.userId)).attempts).toBe(1);
    expect((await m.countLearnerData(guestId)).attempts).toBe(2);
    const merged = await m.guestMerge.mergeGuestInto(guestId, account.userId);
    expect(merged).toEqual({ attempts: 2, studySessions: 1, reviewCards: 2 });
    expect((await m.countLearnerData(account.userId)).attempts).toBe(3);
    expect(await m.db.user.findUnique({ where: { id: guestId } })).toBeNull();
    expect(await m.db.studySession.count({ where: { userId: account.userId } })).toBe(1);
    const cards = await m.db.reviewCard.findMany({ where: { userId: account.userId }, orderBy: { templateId: "asc" } });
    expect(cards.map((c) => [c.templateId, c.reps])).toEqual([
      ["gmm-m-step", 0],
      ["mle-normal", 7],
      ["mle-poisson-rate", 2],
    ]);
  });

  it("moves nothing when the 'guest' cookie names another account", async () => {
    const victim = await signUp("victim_account");
    await practise(victim.userId, "0.5");
    const other = await signUp("other_account");
    const result = await m.accounts.signIn({ username: "other_account", password: "correct horse battery" }, context(victim.userId));
    expect(result).toMatchObject({ ok: true, guestProgress: null });
    expect(await m.guestMerge.mergeGuestInto(victim.userId, other.userId)).toEqual({ attempts: 0, studySessions: 0, reviewCards: 0 });
    expect((await m.countLearnerData(victim.userId)).attempts).toBe(1);
    expect((await m.countLearnerData(other.userId)).attempts).toBe(0);
  });
});

describe("rate limiting", () => {
  const T0 = new Date("2026-03-01T10:00:00Z");
  const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

  it("slows a (username, address) pair with growing delays, while the owner from another address signs in", async () => {
    await signUp("locked_out", "the right password");
    const attempt = (password: string, minutes: number, address = "192.0.2.50") =>
      m.accounts.signIn({ username: "locked_out", password }, { guestId: null, clientAddress: address, now: at(minutes) });
    for (let i = 0; i < 5; i += 1)
      expect(await attempt("wrong password", i / 60)).toMatchObject({ message: "Wrong username or password." });
    // The 5th failure (second 4) delays this pair by 30 s, even against the right password.
    expect(await attempt("the right password", 10 / 60)).toMatchObject({ ok: false, retryAfterMs: 24_000 });
    // The owner, from another address, is not held up by the stranger's guesses.
    expect(await attempt("the right password", 10 / 60, "192.0.2.51")).toMatchObject({ ok: true });
    // After the delay one more guess is allowed; a wrong one doubles the delay (60 s), and so on.
    expect(await attempt("wrong password", 0.6)).toMatchObject({ message: "Wrong username or password." });
    expect(await attempt("the right password", 1.1)).toMatchObject({ ok: false, retryAfterMs: 30_000 });
    let minute = 1.6;
    for (const delaySeconds of [120, 240, 480, 900, 900]) {
      expect(await attempt("wrong password", minute)).toMatchObject({ message: "Wrong username or password." });
      expect(await attempt("wrong password", minute + delaySeconds / 60 - 0.5)).toMatchObject({ ok: false, retryAfterMs: 30_000 });
      minute += delaySeconds / 60;
    }
    // The cap holds, and the right password from the same pair works once the delay has passed.
    expect(await attempt("the right password", minute)).toMatchObject({ ok: true });
  });

  it("counts failures per window, and a success clears the pair's count", async () => {
    await signUp("typo_prone", "the right password");
    const attempt = (password: string, minutes: number) =>
      m.accounts.signIn({ username: "typo_prone", password }, { guestId: null, clientAddress: "192.0.2.60", now: at(minutes) });
    for (let i = 0; i < 4; i += 1) await attempt("wrong", i);
    expect(await attempt("the right password", 4)).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i += 1) expect(await attempt("wrong", 5 + i)).toMatchObject({ message: "Wrong username or password." });
    // Four failures in a window (a day, for a pair) that then expires: the count starts again.
    const nextDay = 24 * 60 + 10;
    for (let i = 0; i < 4; i += 1) expect(await attempt("wrong", nextDay + i)).toMatchObject({ message: "Wrong username or password." });
    expect(await attempt("the right password", nextDay + 4)).toMatchObject({ ok: true });
  });

  it("limits one address across usernames, without blocking other addresses", async () => {
    await signUp("bystander", "the right password");
    const address = "192.0.2.70";
    for (let i = 0; i < m.throttle.SIGN_IN_LIMIT_PER_ADDRESS; i += 1) {
      const result = await m.accounts.signIn(
        { username: `spray_${i}`, password: "guess guess" },
        { guestId: null, clientAddress: address, now: at(i / 10) },
      );
      expect(result).toMatchObject({ message: "Wrong username or password." });
    }
    const fromSameAddress = await m.accounts.signIn(
      { username: "bystander", password: "the right password" },
      { guestId: null, clientAddress: address, now: at(3) },
    );
    expect(fromSameAddress).toMatchObject({ ok: false, message: "Too many sign-in attempts. Try again in 14 minutes." });
    const elsewhere = await m.accounts.signIn(
      { username: "bystander", password: "the right password" },
      { guestId: null, clientAddress: "192.0.2.71", now: at(3) },
    );
    expect(elsewhere).toMatchObject({ ok: true });
  });

  it("limits sign-ups per address, and clients of unknown address share one limit", async () => {
    const fromAddress = (i: number, clientAddress: string | null) =>
      m.accounts.signUp(
        { username: `flood_${clientAddress ?? "none"}_${i}`.replace(/[^a-z0-9_]/g, "_").slice(0, 32), password: "a long enough pass" },
        { guestId: null, clientAddress, now: at(1) },
      );
    for (let i = 0; i < m.throttle.SIGN_UP_LIMIT_PER_ADDRESS; i += 1)
      expect(await fromAddress(i, "192.0.2.80")).toMatchObject({ ok: true });
    expect(await fromAddress(99, "192.0.2.80")).toMatchObject({
      ok: false,
      message: "Too many sign-up attempts. Try again in 15 minutes.",
    });
    expect(await fromAddress(0, "192.0.2.81")).toMatchObject({ ok: true });
    for (let i = 0; i < m.throttle.SIGN_UP_LIMIT_PER_ADDRESS; i += 1) await fromAddress(i, null);
    expect(await fromAddress(99, null)).toMatchObject({ ok: false });
  });

  it("verifies at most 5 guesses of a parallel burst from one address", async () => {
    await signUp("burst_target", "the right password");
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        m.accounts.signIn(
          { username: "burst_target", password: `guess ${i}` },
          { guestId: null, clientAddress: "192.0.2.100", now: at(0) },
        ),
      ),
    );
    const messages = results.map((result) => (result.ok ? "ok" : result.message));
    expect(messages.filter((message) => message === "Wrong username or password.")).toHaveLength(5);
    expect(messages.filter((message) => message.startsWith("Too many sign-in attempts"))).toHaveLength(7);
  });

  it("keeps its counts in the database, so a restart does not reset them", async () => {
    for (let i = 0; i < 3; i += 1) {
      await m.accounts.signIn(
        { username: "remembered", password: "wrong guess" },
        { guestId: null, clientAddress: "192.0.2.90", now: at(i) },
      );
    }
    const key = 'sign-in:pair:["remembered","192.0.2.90"]';
    const row = await m.db.signInThrottle.findUniqueOrThrow({ where: { key } });
    expect(row).toMatchObject({ failures: 3, windowStart: at(0), lockedUntil: null });
    // Once its window has passed, the row goes at the next attempt (of anyone): stale names do not pile up.
    await m.accounts.signIn(
      { username: "someone_else", password: "wrong guess" },
      { guestId: null, clientAddress: "192.0.2.91", now: at(24 * 60 + 1) },
    );
    expect(await m.db.signInThrottle.findUnique({ where: { key } })).toBeNull();
  });
});

describe("cookies and who the learner is", () => {
  it("signs in with a sealed, HttpOnly, SameSite=Lax cookie that holds no readable id", async () => {
    const account = await signUp("cookie_user");
    const browser = new Browser();
    await as(browser, () => m.session.startSession(account.userId));
    const write = browser.lastWrite(m.session.SESSION_COOKIE);
    expect(write?.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", secure: false });
    expect(write?.options.maxAge).toBeGreaterThan(29 * 24 * 3600);
    expect(write?.value).not.toContain(account.userId);
    expect(await as(browser, () => m.learner.currentLearnerId())).toBe(account.userId);

    // A tampered cookie signs nobody in.
    const value = write?.value ?? "";
    const tampered = `${value.slice(0, 40)}${value[40] === "A" ? "B" : "A"}${value.slice(41)}`;
    const forger = new Browser();
    forger.jar.set(m.session.SESSION_COOKIE, tampered);
    expect(await as(forger, () => m.learner.currentLearnerId())).toBeNull();

    // Signing out removes the cookie: the browser is a guest again, with no progress.
    await as(browser, () => m.session.endSession());
    expect(browser.jar.has(m.session.SESSION_COOKIE)).toBe(false);
    expect(await as(browser, () => m.learner.currentLearnerId())).toBeNull();
  });

  it("gives a guest an HttpOnly, SameSite=Lax cookie, and a guest id that became an account no longer opens it", async () => {
    const browser = new Browser();
    const guest = await as(browser, () => m.learner.learnerForWrite());
    expect(guest.isNew).toBe(true);
    expect(browser.lastWrite(m.learner.LEARNER_COOKIE)?.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
    await practise(guest.id, "0.5");
    expect(await as(browser, () => m.learner.currentLearnerId())).toBe(guest.id);

    await signUp("was_a_guest", "correct horse battery", guest.id);
    // The old guest cookie (say, a copy kept elsewhere) is now worth nothing: only the password opens the account.
    expect(await as(browser, () => m.learner.currentLearnerId())).toBeNull();
    const fresh = await as(browser, () => m.learner.learnerForWrite());
    expect(fresh).toMatchObject({ isNew: true });
    expect(fresh.id).not.toBe(guest.id);
  });

  it("revokes a session on the server at sign-out, so a copied cookie stops working", async () => {
    const account = await signUp("copied_cookie");
    const browser = new Browser();
    await as(browser, () => m.session.startSession(account.userId));
    const thief = new Browser();
    for (const [name, value] of browser.jar) thief.jar.set(name, value);
    expect(await as(thief, () => m.learner.currentLearnerId())).toBe(account.userId);
    await as(browser, () => m.session.endSession());
    expect(await as(thief, () => m.learner.currentLearnerId())).toBeNull();
    const rows = await m.db.session.findMany({ where: { userId: account.userId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.revokedAt).toBeInstanceOf(Date);
  });

  it("signs out everywhere, and a password change signs out every other browser", async () => {
    const account = await signUp("many_browsers", "the old password");
    const [laptop, phone, library] = [new Browser(), new Browser(), new Browser()];
    for (const browser of [laptop, phone, library]) await as(browser, () => m.session.startSession(account.userId));

    const signedIn = await as(laptop, () => m.session.signedInAccount());
    const changed = await m.accounts.changePassword({
      userId: account.userId,
      keepSessionId: signedIn?.sessionId ?? null,
      current: "the old password",
      next: "a brand new password",
    });
    expect(changed).toEqual({ ok: true });
    expect(await as(laptop, () => m.learner.currentLearnerId())).toBe(account.userId);
    expect(await as(phone, () => m.learner.currentLearnerId())).toBeNull();
    expect(await as(library, () => m.learner.currentLearnerId())).toBeNull();
    expect((await m.accounts.signIn({ username: "many_browsers", password: "the old password" }, context())).ok).toBe(false);
    expect((await m.accounts.signIn({ username: "many_browsers", password: "a brand new password" }, context())).ok).toBe(true);
    // A wrong current password or a weak new one changes nothing.
    expect(
      await m.accounts.changePassword({ userId: account.userId, keepSessionId: null, current: "not it", next: "another new password" }),
    ).toEqual({ ok: false, reason: "wrong" });
    expect(
      await m.accounts.changePassword({ userId: account.userId, keepSessionId: null, current: "a brand new password", next: "12345678" }),
    ).toEqual({ ok: false, reason: "weak" });

    await as(phone, () => m.session.startSession(account.userId));
    await as(laptop, () => m.session.endAllSessions(account.userId));
    expect(await as(laptop, () => m.learner.currentLearnerId())).toBeNull();
    expect(await as(phone, () => m.learner.currentLearnerId())).toBeNull();
  });

  it("in production, sets Secure, __Host- prefixed cookies even over plain http", async () => {
    const account = await signUp("production_cookies");
    vi.stubEnv("NODE_ENV", "production");
    try {
      const browser = new Browser();
      await as(browser, () => m.session.startSession(account.userId));
      expect(browser.lastWrite("__Host-ll_session")?.options).toMatchObject({ httpOnly: true, secure: true, path: "/", sameSite: "lax" });
      expect(browser.lastWrite("__Host-ll_session")?.options.domain).toBeUndefined();
      expect(await as(browser, () => m.learner.currentLearnerId())).toBe(account.userId);
      const guest = new Browser();
      await as(guest, () => m.learner.learnerForWrite());
      expect(guest.lastWrite("__Host-ll_learner")?.options).toMatchObject({ secure: true, path: "/" });
      // An unprefixed cookie (say, planted over http by a sibling subdomain) is not read.
      const planted = new Browser();
      planted.jar.set("ll_session", browser.jar.get("__Host-ll_session") ?? "");
      expect(await as(planted, () => m.learner.currentLearnerId())).toBeNull();
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("does not sign in a deleted account's cookie", async () => {
    const account = await signUp("short_lived");
    const browser = new Browser();
    await as(browser, () => m.session.startSession(account.userId));
    await m.db.user.delete({ where: { id: account.userId } });
    expect(await as(browser, () => m.learner.currentLearnerId())).toBeNull();
  });
});

describe("learners cannot reach each other's data", () => {
  async function exportAs(browser: Browser) {
    const response = await as(browser, () => m.exportRoute.GET(new Request("http://localhost/api/account/export")));
    expect(response.status).toBe(200);
    return (await response.json()) as {
      profile: { username: string | null } | null;
      attempts: { id: string }[];
      studySessions: { id: string }[];
    };
  }
  async function importAs(browser: Browser, body: unknown) {
    const request = new Request("http://localhost/api/account/import", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    return as(browser, () => m.importRoute.POST(request));
  }

  it("B sees only B's export, attempts and progress, and cannot change A's rows by their ids", async () => {
    const a = await signUp("learner_a");
    const b = await signUp("learner_b");
    const browserA = new Browser("203.0.113.1");
    const browserB = new Browser("203.0.113.2");
    await as(browserA, () => m.session.startSession(a.userId));
    await as(browserB, () => m.session.startSession(b.userId));

    await practise(a.userId, "0.5", 21, "a-key-1");
    await practise(a.userId, "0.125", 22, "a-key-2");
    const sessionA = await m.db.studySession.create({
      data: {
        userId: a.userId,
        mode: "mock",
        topics: ["mle-closed-form"],
        difficulty: "easy",
        length: 2,
        items: { create: [{ position: 0, templateId: "mle-normal", seed: 5 }] },
      },
    });
    const exportA = await exportAs(browserA);
    expect(exportA.attempts).toHaveLength(2);
    expect(exportA.studySessions.map((session) => session.id)).toEqual([sessionA.id]);

    const exportB = await exportAs(browserB);
    expect(exportB.profile?.username).toBe("learner_b");
    expect(exportB.attempts).toEqual([]);
    expect(exportB.studySessions).toEqual([]);
    const csvB = await (await as(browserB, () => m.csvRoute.GET(new Request("http://localhost/api/account/export/attempts")))).text();
    expect(csvB.trim().split("\r\n")).toHaveLength(1); // the header only
    expect((await as(browserB, async () => m.countLearnerData(await m.learner.currentLearnerId()))).attempts).toBe(0);

    // B imports A's export, ids and all: B gets copies under new ids; A's rows are untouched.
    const before = await m.db.attempt.findMany({ where: { userId: a.userId }, orderBy: { id: "asc" } });
    const response = await importAs(browserB, exportA);
    expect(response.status).toBe(200);
    const after = await m.db.attempt.findMany({ where: { userId: a.userId }, orderBy: { id: "asc" } });
    expect(after).toEqual(before);
    expect(await m.db.studySession.findUniqueOrThrow({ where: { id: sessionA.id } })).toMatchObject({ userId: a.userId });
    const copies = await m.db.attempt.findMany({ where: { userId: b.userId } });
    expect(copies).toHaveLength(2);
    expect(copies.every((copy) => !before.some((original) => original.id === copy.id))).toBe(true);

    // A browser whose guest cookie is set to A's id by hand reads nothing of A's.
    const guesser = new Browser("203.0.113.3");
    guesser.jar.set(m.learner.LEARNER_COOKIE, a.userId);
    expect(await exportAs(guesser)).toMatchObject({ profile: null, attempts: [], studySessions: [] });
    // ...and a guest cannot import at all (an import goes into a signed-in, empty account).
    expect((await importAs(guesser, exportA)).status).toBe(401);
  });

  it("guessing a guest's cookie in another format reaches nothing", async () => {
    const guestId = "0d0d0d0d-1111-4222-8333-444444444444";
    await practise(guestId, "0.5");
    for (const cookie of [guestId.toUpperCase(), ` ${guestId}`, `${guestId}'--`, "1 OR 1=1"]) {
      const browser = new Browser();
      browser.jar.set(m.learner.LEARNER_COOKIE, cookie);
      expect(await as(browser, () => m.learner.currentLearnerId())).toBeNull();
    }
  });
});
