// The lower findings of the security review: mistake tags named like object properties,
// Idempotency-Keys scoped to the learner, JSON-only checks, drafts with absurd positions, and
// one log line per failed request.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { as, Browser, createTestDatabase } from "./account-harness";

vi.mock("next/headers", () => import("./account-harness").then((harness) => harness.nextHeaders));

const database = createTestDatabase();

type Modules = {
  db: typeof import("@/lib/db").db;
  recordAttempt: typeof import("@/lib/study/attempts").recordAttempt;
  getTemplate: typeof import("@/lib/questions").getTemplate;
  exportLearnerData: typeof import("@/lib/study/export").exportLearnerData;
  importLearnerData: typeof import("@/lib/study/import").importLearnerData;
  getDashboard: typeof import("@/lib/study/dashboard").getDashboard;
  learner: typeof import("@/lib/learner");
  checkRoute: typeof import("@/app/api/questions/[id]/check/route");
  draftRoute: typeof import("@/app/study/[id]/draft/route");
  log: typeof import("@/lib/log");
};
let m: Modules;

beforeAll(async () => {
  m = {
    db: (await import("@/lib/db")).db,
    recordAttempt: (await import("@/lib/study/attempts")).recordAttempt,
    getTemplate: (await import("@/lib/questions")).getTemplate,
    exportLearnerData: (await import("@/lib/study/export")).exportLearnerData,
    importLearnerData: (await import("@/lib/study/import")).importLearnerData,
    getDashboard: (await import("@/lib/study/dashboard")).getDashboard,
    learner: await import("@/lib/learner"),
    checkRoute: await import("@/app/api/questions/[id]/check/route"),
    draftRoute: await import("@/app/study/[id]/draft/route"),
    log: await import("@/lib/log"),
  };
}, 120_000);

afterAll(async () => {
  await m?.db.$disconnect();
  database.cleanup();
});

async function learner(id: string) {
  await m.db.user.create({ data: { id } });
  return id;
}

async function check(userId: string, seed: number, answer: string, idempotencyKey: string | null = null) {
  const template = m.getTemplate("mle-bernoulli-p");
  if (!template) throw new Error("template missing");
  const result = template.grade(seed, { p: answer });
  return (await m.recordAttempt({ userId, templateId: template.id, seed, answers: { p: answer }, result, gaveUp: false, idempotencyKey }))
    .outcome;
}

describe("mistake tags named like object properties", () => {
  it("are refused by an import", async () => {
    const source = await learner("tag-source");
    await check(source, 5, "0.1");
    const file = await m.exportLearnerData(source);
    for (const tag of ["constructor", "__proto__", "toString", "Has Spaces"]) {
      const tampered = JSON.parse(JSON.stringify(file)) as { attempts: { parts: { mistake?: string }[] }[] };
      const part = tampered.attempts[0]?.parts[0];
      if (!part) throw new Error("no part to tamper with");
      part.mistake = tag;
      const target = await learner(`tag-target-${tag}`);
      expect(await m.importLearnerData(target, tampered)).toMatchObject({ ok: false, status: 400 });
      expect(await m.db.attempt.count({ where: { userId: target } })).toBe(0);
    }
  });

  it("already stored are left out of the dashboard's recurring mistakes, which still loads", async () => {
    const user = await learner("tag-stored");
    const now = new Date();
    for (const [seed, tag] of [
      [1, "constructor"],
      [2, "constructor"],
      [3, "__proto__"],
      [4, "__proto__"],
      [5, "used-n-minus-1"],
      [6, "used-n-minus-1"],
    ] as const) {
      await m.db.attempt.create({
        data: {
          userId: user,
          templateId: "mle-bernoulli-p",
          seed,
          answers: { p: "0.1" },
          parts: [{ id: "p", status: "incorrect", mistake: tag }],
          score: 0,
          correct: false,
          createdAt: now,
        },
      });
    }
    const dashboard = await m.getDashboard(user, now, "UTC");
    expect(dashboard.mistakes.map((mistake) => mistake.tag)).toEqual(["used-n-minus-1"]);
  });
});

describe("Idempotency-Key", () => {
  it("is scoped to the learner: another learner's use of a key neither blocks nor reveals it", async () => {
    const [a, b] = [await learner("key-a"), await learner("key-b")];
    expect(await check(a, 7, "0.3", "shared-key")).toBe("recorded");
    expect(await check(b, 8, "0.4", "shared-key")).toBe("recorded");
    // Within one learner it still records a retry once, and refuses the key for a different answer.
    expect(await check(a, 7, "0.3", "shared-key")).toBe("duplicate");
    expect(await check(a, 7, "0.9", "shared-key")).toBe("conflict");
    expect(await m.db.attempt.count({ where: { idempotencyKey: "shared-key" } })).toBe(2);
  });

  it("of an account is not seen by a new client without a cookie, which records its own attempt", async () => {
    await m.db.user.create({ data: { id: "key-account", username: "key_account", passwordHash: "x" } });
    expect(await check("key-account", 9, "0.2", "account-key")).toBe("recorded");
    const newcomer = "44444444-4444-4444-8444-444444444444"; // no row yet: a first check without a cookie
    expect(await check(newcomer, 9, "0.2", "account-key")).toBe("recorded");
    expect(await m.db.attempt.count({ where: { idempotencyKey: "account-key" } })).toBe(2);
  });
});

describe("request validation", () => {
  it("answers a check sent as anything but JSON with 415, recording nothing", async () => {
    const browser = new Browser();
    const before = await m.db.attempt.count();
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const response = await as(browser, () =>
        m.checkRoute.POST(
          new Request("http://localhost/api/questions/mle-bernoulli-p/check", {
            method: "POST",
            headers: { "content-type": contentType },
            body: JSON.stringify({ seed: 1, answers: { p: "0.5" } }),
          }),
          { params: Promise.resolve({ id: "mle-bernoulli-p" }) },
        ),
      );
      expect(response.status).toBe(415);
    }
    const noType = await as(browser, () =>
      m.checkRoute.POST(new Request("http://localhost/api/questions/mle-bernoulli-p/check", { method: "POST", body: "{}" }), {
        params: Promise.resolve({ id: "mle-bernoulli-p" }),
      }),
    );
    expect(noType.status).toBe(415);
    expect(await m.db.attempt.count()).toBe(before);
  });

  it("answers a draft with a position no session has (2^63, negative, fractional) with 400", async () => {
    const browser = new Browser();
    await as(browser, () => m.learner.learnerForWrite());
    for (const position of [2 ** 63, 1e308, -1, 0.5]) {
      const response = await as(browser, () =>
        m.draftRoute.POST(
          new Request("http://localhost:3000/study/some-session/draft", {
            method: "POST",
            headers: { "content-type": "application/json", origin: "http://localhost:3000", host: "localhost:3000" },
            body: `{"position": ${position === 2 ** 63 ? "9223372036854775808" : String(position)}, "answers": {}}`,
          }),
          { params: Promise.resolve({ id: "some-session" }) },
        ),
      );
      expect(response.status).toBe(400);
    }
  });

  it("logs a failed request on one line with a request id", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const failure = new Error("Invalid `prisma.sessionItem.findFirst()` invocation:\n\n  value out of range\n  at line 3");
      const requestId = m.log.logServerError("saving a draft", failure);
      expect(error).toHaveBeenCalledTimes(1);
      const line = String(error.mock.calls[0]?.[0]);
      expect(error.mock.calls[0]).toHaveLength(1);
      expect(line).not.toContain("\n");
      expect(line).toContain(`[request ${requestId}] saving a draft: Error: Invalid`);
      expect(line).toContain("value out of range");
    } finally {
      error.mockRestore();
    }
  });
});
