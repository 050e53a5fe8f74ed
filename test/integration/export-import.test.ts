// Export and import: a learner's whole progress goes out as JSON (attempts also as CSV) and comes
// back into a new account unchanged; bad files are refused with a message and change nothing.
import { Prisma } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { as, Browser, createTestDatabase } from "./account-harness";

vi.mock("next/headers", () => import("./account-harness").then((harness) => harness.nextHeaders));

const database = createTestDatabase();

type Modules = {
  db: typeof import("@/lib/db").db;
  exporter: typeof import("@/lib/study/export");
  session: typeof import("@/lib/auth/session");
  recordAttempt: typeof import("@/lib/study/attempts").recordAttempt;
  getTemplate: typeof import("@/lib/questions").getTemplate;
  exportRoute: typeof import("@/app/api/account/export/route");
  csvRoute: typeof import("@/app/api/account/export/attempts/route");
  importRoute: typeof import("@/app/api/account/import/route");
};
let m: Modules;

beforeAll(async () => {
  m = {
    db: (await import("@/lib/db")).db,
    exporter: await import("@/lib/study/export"),
    session: await import("@/lib/auth/session"),
    recordAttempt: (await import("@/lib/study/attempts")).recordAttempt,
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

const PASSWORD_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";

/** A signed-in account (a browser holding its session cookie). Hashes are fixed: no password is checked here. */
async function account(username: string) {
  const user = await m.db.user.create({ data: { username, passwordHash: PASSWORD_HASH } });
  const browser = new Browser();
  await as(browser, () => m.session.startSession(user.id));
  return { id: user.id, browser };
}

function importRequest(body: string, contentType = "application/json") {
  return new Request("http://localhost/api/account/import", { method: "POST", headers: { "Content-Type": contentType }, body });
}

/** A learner with every kind of data, including text that tests CSV and JSON escaping. */
async function richLearner(username: string) {
  const learner = await account(username);
  const userId = learner.id;
  await m.db.user.update({ where: { id: userId }, data: { showStreak: false } });
  const bernoulli = m.getTemplate("mle-bernoulli-p");
  if (!bernoulli) throw new Error("template missing");
  const graded = (answer: string) => bernoulli.grade(3, { p: answer });
  await m.recordAttempt({
    userId,
    templateId: bernoulli.id,
    seed: 3,
    answers: { p: "0.5" },
    result: graded("0.5"),
    gaveUp: false,
    idempotencyKey: `${username}-1`,
  });
  await m.recordAttempt({
    userId,
    templateId: bernoulli.id,
    seed: 3,
    answers: { p: '=1+1, "two"\nlines' },
    result: graded("0.9"),
    gaveUp: false,
    idempotencyKey: `${username}-2`,
  });

  const practice = await m.db.studySession.create({
    data: {
      userId,
      mode: "practice",
      topics: ["likelihood", "mle-closed-form"],
      difficulty: "medium",
      length: 2,
      startedAt: new Date("2020-04-01T09:00:00.000Z"),
      completedAt: new Date("2020-04-01T09:20:00.000Z"),
    },
  });
  const mock = await m.db.studySession.create({
    data: {
      userId,
      mode: "mock",
      topics: [],
      difficulty: "any",
      length: 3,
      timeLimitSeconds: 1800,
      startedAt: new Date("2020-04-02T09:00:00.000Z"),
      deadlineAt: new Date("2020-04-02T09:30:00.000Z"),
    },
  });
  const sessionAttempt = await m.db.attempt.create({
    data: {
      userId,
      templateId: "mle-normal",
      seed: 77,
      answers: { mean: "2.5", variance: "½ ≈ 0.5" },
      parts: [
        { id: "mean", status: "correct" },
        { id: "variance", status: "incorrect", mistake: "n-minus-1" },
      ],
      score: 0.5,
      correct: false,
      sessionId: practice.id,
      hintsUsed: 2,
      durationMs: 95_000,
      rating: 1,
      createdAt: new Date("2020-04-01T09:10:00.000Z"),
    },
  });
  await m.db.attempt.create({
    data: {
      userId,
      templateId: "gmm-responsibility",
      seed: 8,
      answers: { r1: "0.3" },
      parts: [{ id: "r1", status: "correct" }],
      score: 1,
      correct: true,
      sessionId: mock.id,
      hintsUsed: 0,
      durationMs: 41_000,
      rating: 4,
      createdAt: new Date("2020-04-02T09:05:00.000Z"),
    },
  });
  await m.db.sessionItem.createMany({
    data: [
      {
        sessionId: practice.id,
        position: 0,
        templateId: "mle-normal",
        seed: 77,
        hintsUsed: 2,
        attemptId: sessionAttempt.id,
        draft: { mean: "2.5", variance: "½ ≈ 0.5" },
      },
      { sessionId: practice.id, position: 1, templateId: "mle-poisson-rate", seed: 78 },
      { sessionId: mock.id, position: 0, templateId: "gmm-responsibility", seed: 8 },
      { sessionId: mock.id, position: 1, templateId: "em-two-coins-step", seed: 9, draft: { thetaA: "0.7" } },
    ],
  });
  await m.db.reviewCard.createMany({
    data: [
      {
        userId,
        templateId: "mle-normal",
        due: new Date("2020-04-03T09:10:00.000Z"),
        stability: 0.212,
        difficulty: 6.4133,
        elapsedDays: 0,
        scheduledDays: 1,
        learningSteps: 1,
        reps: 1,
        lapses: 1,
        state: 3,
        lastReview: new Date("2020-04-01T09:10:00.000Z"),
      },
      {
        userId,
        templateId: "gmm-responsibility",
        due: new Date("2020-04-20T09:05:00.000Z"),
        stability: 15.4722,
        difficulty: 1,
        elapsedDays: 0,
        scheduledDays: 18,
        learningSteps: 0,
        reps: 1,
        lapses: 0,
        state: 2,
        lastReview: null,
      },
    ],
  });
  return learner;
}

/** The mistake tags of stored parts, read independently of lib/study/stored.ts. */
function mistakesOf(parts: unknown): string[] {
  if (!Array.isArray(parts)) return [];
  return parts.flatMap((part: unknown) =>
    typeof part === "object" && part !== null && "mistake" in part && typeof part.mistake === "string" ? [part.mistake] : [],
  );
}

type Export = Awaited<ReturnType<typeof import("@/lib/study/export").exportLearnerData>>;

/** An export with its ids replaced by their positions: ids only link rows, so they may differ after an import. */
function normalise(data: Export) {
  const attemptIndex = new Map(data.attempts.map((attempt, index) => [attempt.id, `attempt#${index}`]));
  const sessionIndex = new Map(data.studySessions.map((session, index) => [session.id, `session#${index}`]));
  const ref = (ids: Map<string, string>, id: string | null) => (id === null ? null : (ids.get(id) ?? `dangling:${id}`));
  return {
    showStreak: data.profile?.showStreak,
    attempts: data.attempts.map((attempt) => ({
      ...attempt,
      id: ref(attemptIndex, attempt.id),
      sessionId: ref(sessionIndex, attempt.sessionId),
    })),
    studySessions: data.studySessions.map((session) => ({
      ...session,
      id: ref(sessionIndex, session.id),
      items: session.items.map((item) => ({ ...item, attemptId: ref(attemptIndex, item.attemptId) })),
    })),
    reviewCards: data.reviewCards,
  };
}

describe("export", () => {
  it("covers every column of the learner's tables except ids, owners, retry keys and the password hash", async () => {
    const learner = await richLearner("columns");
    const data = await m.exporter.exportLearnerData(learner.id);
    const keys = (row: object | null | undefined) => Object.keys(row ?? {});
    // If the schema gains a column, this fails until the export (and import) carry it, or it is listed here.
    const notExported: Record<string, string[]> = {
      User: ["id", "passwordHash"],
      Attempt: ["userId", "idempotencyKey"],
      StudySession: ["userId"],
      SessionItem: ["id", "sessionId"],
      ReviewCard: ["id", "userId"],
    };
    const columns = (fields: Record<string, string>, model: string) =>
      Object.values(fields).filter((field) => !notExported[model]?.includes(field));
    expect(keys(data.profile).sort()).toEqual(columns(Prisma.UserScalarFieldEnum, "User").sort());
    expect(keys(data.attempts[0]).sort()).toEqual(columns(Prisma.AttemptScalarFieldEnum, "Attempt").sort());
    expect(keys(data.studySessions[0]).sort()).toEqual([...columns(Prisma.StudySessionScalarFieldEnum, "StudySession"), "items"].sort());
    expect(keys(data.studySessions[0]?.items[0]).sort()).toEqual(columns(Prisma.SessionItemScalarFieldEnum, "SessionItem").sort());
    expect(keys(data.reviewCards[0]).sort()).toEqual(columns(Prisma.ReviewCardScalarFieldEnum, "ReviewCard").sort());
  });

  it("downloads as an attachment, never cached, without the password hash", async () => {
    const learner = await richLearner("downloader");
    const response = await as(learner.browser, () => m.exportRoute.GET(new Request("http://localhost/api/account/export")));
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="likelihood-lab-downloader-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    expect(text).not.toContain("passwordHash");
    expect(text).not.toContain(PASSWORD_HASH.split("$").at(-1));
    const data = JSON.parse(text) as Export;
    expect(data).toMatchObject({ format: "likelihood-lab-export", version: 1, profile: { username: "downloader", showStreak: false } });
    expect(data.attempts.map((attempt) => attempt.templateId)).toEqual([
      "mle-normal",
      "gmm-responsibility",
      "mle-bernoulli-p",
      "mle-bernoulli-p",
    ]);
    expect(data.attempts[0]?.answers).toEqual({ mean: "2.5", variance: "½ ≈ 0.5" });
  });

  it("is empty for a browser that has never answered", async () => {
    const data = (await (
      await as(new Browser(), () => m.exportRoute.GET(new Request("http://localhost/api/account/export")))
    ).json()) as Export;
    expect(data).toMatchObject({ profile: null, attempts: [], studySessions: [], reviewCards: [] });
  });
});

describe("a round trip through a new account", () => {
  it("loses nothing: the new account's export equals the original's, ids aside", async () => {
    const original = await richLearner("original");
    const exported = await m.exporter.exportLearnerData(original.id);
    expect(exported.attempts).toHaveLength(4);
    expect(exported.studySessions.flatMap((session) => session.items)).toHaveLength(4);
    expect(exported.reviewCards).toHaveLength(2);

    const fresh = await account("restored");
    const response = await as(fresh.browser, () => m.importRoute.POST(importRequest(JSON.stringify(exported))));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ imported: { attempts: 4, studySessions: 2, sessionItems: 4, reviewCards: 2 } });

    const restored = await m.exporter.exportLearnerData(fresh.id);
    expect(restored.profile).toMatchObject({ username: "restored", showStreak: false });
    expect(normalise(restored)).toEqual(normalise(exported));
    // The stored text of JSON columns is byte for byte what it was.
    const stored = async (userId: string) =>
      await m.db.attempt.findMany({
        where: { userId },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { answers: true, parts: true },
      });
    expect(await stored(fresh.id)).toEqual(await stored(original.id));
  });
});

describe("a written explanation", () => {
  // 4000 characters, the most an explain part takes, with what must stay text: Markdown, HTML, a
  // formula, quotes, commas, line breaks and characters outside ASCII.
  const line = 'Likelihood <b>is</b> [not](javascript:x) a density over θ, "really", $\\int L \\, d\\theta \\ne 1$.\n';
  const written = line.repeat(Math.ceil(4000 / line.length)).slice(0, 4000);

  it("is stored with its self-assessment, exported, and comes back unchanged through an import", async () => {
    const learner = await account("explainer");
    const explain = m.getTemplate("explain-probability-vs-likelihood");
    if (!explain) throw new Error("template missing");
    const answers = { answer: written };
    // Two of the four essential points, and the bonus point: self-assessed 2/4.
    const assessment = { answer: ["same-function", "likelihood-fixed-data", "mle-link"] };
    const result = explain.grade(5, answers, assessment);
    const recorded = await m.recordAttempt({
      userId: learner.id,
      templateId: explain.id,
      seed: 5,
      answers,
      assessment,
      result,
      gaveUp: false,
      idempotencyKey: "explainer-1",
    });
    expect(recorded.outcome).toBe("recorded");

    const row = await m.db.attempt.findFirstOrThrow({ where: { userId: learner.id } });
    expect(row.answers).toEqual({ answer: written });
    expect(row.score).toBe(0.5);
    expect(row.correct).toBe(false);
    expect(row.parts).toEqual([
      {
        id: "answer",
        status: "incorrect",
        selfAssessed: true,
        score: 0.5,
        covered: ["same-function", "likelihood-fixed-data", "mle-link"],
      },
    ]);
    // Nothing of the model answer or the rubric's wording is stored.
    expect(JSON.stringify(row.parts)).not.toContain(result.parts[0]?.modelAnswer?.slice(0, 30));

    // The same key with other ticks is a different request; with the same ticks, a retry.
    const otherTicks = { answer: ["same-function", "likelihood-fixed-data", "not-a-density", "probability-fixed-theta"] };
    const conflict = await m.recordAttempt({
      userId: learner.id,
      templateId: explain.id,
      seed: 5,
      answers,
      assessment: otherTicks,
      result: explain.grade(5, answers, otherTicks),
      gaveUp: false,
      idempotencyKey: "explainer-1",
    });
    expect(conflict.outcome).toBe("conflict");
    const retry = await m.recordAttempt({
      userId: learner.id,
      templateId: explain.id,
      seed: 5,
      answers,
      assessment,
      result,
      gaveUp: false,
      idempotencyKey: "explainer-1",
    });
    expect(retry.outcome).toBe("duplicate");

    const exported = await m.exporter.exportLearnerData(learner.id);
    expect(exported.attempts).toHaveLength(1);
    expect(exported.attempts[0]).toMatchObject({ answers: { answer: written }, score: 0.5, parts: row.parts });

    const fresh = await account("explainer_restored");
    const response = await as(fresh.browser, () => m.importRoute.POST(importRequest(JSON.stringify(exported))));
    expect(response.status).toBe(200);
    expect(normalise(await m.exporter.exportLearnerData(fresh.id)).attempts).toEqual(normalise(exported).attempts);

    const [header, ...rows] = parseCsv(
      await (await as(learner.browser, () => m.csvRoute.GET(new Request("http://localhost/api/account/export/attempts")))).text(),
    );
    const record = Object.fromEntries(header?.map((column, i) => [column, rows[0]?.[i]]) ?? []);
    expect(record).toMatchObject({ answers: JSON.stringify({ answer: written }), score: "0.5", selfAssessed: "true" });
  });

  it("is refused in a file when longer than an answer can be", async () => {
    const learner = await account("explainer_too_long");
    const file = {
      format: "likelihood-lab-export",
      version: 1,
      exportedAt: new Date().toISOString(),
      profile: null,
      studySessions: [],
      reviewCards: [],
      attempts: [
        {
          id: "a",
          templateId: "explain-probability-vs-likelihood",
          seed: 1,
          answers: { answer: `${written}!` },
          parts: [{ id: "answer", status: "correct" }],
          score: 1,
          correct: true,
          sessionId: null,
          hintsUsed: 0,
          durationMs: null,
          rating: null,
          createdAt: new Date().toISOString(),
        },
      ],
    };
    const response = await as(learner.browser, () => m.importRoute.POST(importRequest(JSON.stringify(file))));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/attempts\[0\]\.answers\.answer/);
  });
});

describe("an import holding a NUL character", () => {
  it("is refused whole (PostgreSQL stores U+0000 in neither text nor jsonb), anywhere in the file", async () => {
    const learner = await account("nul_importer");
    const attempt = {
      id: "a",
      templateId: "mle-bernoulli-p",
      seed: 1,
      answers: { p: "0.5" },
      parts: [{ id: "p", status: "incorrect", note: "deep\u0000" }],
      score: 0,
      correct: false,
      sessionId: null,
      hintsUsed: 0,
      durationMs: null,
      rating: null,
      createdAt: new Date().toISOString(),
    };
    const file = {
      format: "likelihood-lab-export",
      version: 1,
      exportedAt: new Date().toISOString(),
      profile: null,
      studySessions: [],
      reviewCards: [],
      attempts: [attempt],
    };
    const response = await as(learner.browser, () => m.importRoute.POST(importRequest(JSON.stringify(file))));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/NUL character/);
    expect(await m.db.attempt.count({ where: { userId: learner.id } })).toBe(0);
  });
});

describe("a large import", () => {
  it("writes thousands of rows (several INSERT statements) in order", async () => {
    const count = 1500; // more than one statement holds (8000 parameters / 14 columns = 571 rows)
    const attempts = Array.from({ length: count }, (_, i) => ({
      id: `file-attempt-${i}`,
      templateId: "mle-poisson-rate",
      seed: i,
      answers: { lambda: String(i / 10) },
      parts: [{ id: "lambda", status: i % 3 === 0 ? "correct" : "incorrect" }],
      score: i % 3 === 0 ? 1 : 0,
      correct: i % 3 === 0,
      sessionId: null,
      hintsUsed: i % 4,
      durationMs: 1000 + i,
      rating: null,
      createdAt: new Date(Date.UTC(2021, 0, 1) + Math.floor(i / 2) * 1000).toISOString(), // pairs share a timestamp
    }));
    const file = {
      format: "likelihood-lab-export",
      version: 1,
      exportedAt: new Date().toISOString(),
      profile: null,
      attempts,
      studySessions: [],
      reviewCards: [],
    };
    const learner = await account("bulk_importer");
    const response = await as(learner.browser, () => m.importRoute.POST(importRequest(JSON.stringify(file))));
    expect(response.status).toBe(200);
    const back = await m.exporter.exportLearnerData(learner.id);
    expect(back.attempts).toHaveLength(count);
    // Same rows in the same order (ties on createdAt included), ids aside. The file is of the
    // format before first tries were recorded: each of its variants (distinct seeds) is a first try.
    expect(back.attempts.map(({ id: _id, ...rest }) => rest)).toEqual(
      attempts.map(({ id: _id, ...rest }) => ({ ...rest, firstTry: true, gaveUp: false })),
    );
    expect(await m.db.attempt.count({ where: { userId: learner.id, correct: true } })).toBe(count / 3);
  });
});

describe("import refusals", () => {
  async function refused(body: string, contentType?: string) {
    const learner = await account(`refused_${Math.random().toString(36).slice(2, 10)}`);
    const response = await as(learner.browser, () => m.importRoute.POST(importRequest(body, contentType)));
    const counts = await m.exporter.countLearnerData(learner.id);
    expect(counts).toEqual({ attempts: 0, studySessions: 0, reviewCards: 0 }); // nothing written
    return { status: response.status, error: ((await response.json()) as { error: string }).error };
  }
  let valid: Export;
  beforeAll(async () => {
    valid = await m.exporter.exportLearnerData((await richLearner("source_of_files")).id);
  });
  const edited = (edit: (copy: Export) => void) => {
    const copy = structuredClone(valid);
    edit(copy);
    return JSON.stringify(copy);
  };

  it("refuses what is not a JSON export, saying why", async () => {
    expect(await refused("{ not json")).toEqual({
      status: 400,
      error: "the file is empty or not valid JSON: choose the .json file you exported",
    });
    expect(await refused(JSON.stringify(valid), "text/plain")).toMatchObject({ status: 415 });
    expect(await refused('{"hello":"world"}')).toEqual({
      status: 400,
      error: 'this is not a Likelihood Lab export (expected "format": "likelihood-lab-export")',
    });
    expect(await refused(edited((copy) => Object.assign(copy, { version: 2 })))).toEqual({
      status: 400,
      error: "this export has version 2; this app reads version 1",
    });
  });

  it("names the field that is wrong, and checks the links between rows", async () => {
    const badSeed = await refused(edited((copy) => Object.assign(copy.attempts[0] ?? {}, { seed: -1 })));
    expect(badSeed.status).toBe(400);
    expect(badSeed.error).toMatch(/^the file does not match the export format: attempts\[0\]\.seed: /);

    const dangling = await refused(edited((copy) => Object.assign(copy.attempts[0] ?? {}, { sessionId: "no-such-session" })));
    expect(dangling.error).toContain("attempts[0].sessionId: names no study session in this file");

    const unknownTemplate = await refused(edited((copy) => Object.assign(copy.attempts[0] ?? {}, { templateId: "not-a-question" })));
    expect(unknownTemplate).toEqual({ status: 400, error: "the export has attempts at questions this app does not have: not-a-question" });
  });

  it("refuses an account that already has progress, and leaves it as it was", async () => {
    const learner = await richLearner("already_busy");
    const before = await m.exporter.exportLearnerData(learner.id);
    const response = await as(learner.browser, () => m.importRoute.POST(importRequest(JSON.stringify(valid))));
    expect(response.status).toBe(409);
    expect(((await response.json()) as { error: string }).error).toMatch(/^this account already has progress, so nothing was imported/);
    expect(normalise(await m.exporter.exportLearnerData(learner.id))).toEqual(normalise(before));
  });
});

/** RFC 4180 CSV, parsed independently of the writer: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 1;
    } else field += char;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe("attempts as CSV", () => {
  it("has one row per attempt, every field read back exactly", async () => {
    const learner = await richLearner("spreadsheet");
    const response = await as(learner.browser, () => m.csvRoute.GET(new Request("http://localhost/api/account/export/attempts")));
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toMatch(/filename="likelihood-lab-spreadsheet-attempts-\d{4}-\d{2}-\d{2}\.csv"/);
    const [header, ...rows] = parseCsv(await response.text());
    expect(header).toEqual([...m.exporter.ATTEMPT_CSV_COLUMNS]);

    const attempts = await m.db.attempt.findMany({
      where: { userId: learner.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { template: true },
    });
    expect(rows).toHaveLength(attempts.length);
    rows.forEach((row, index) => {
      const attempt = attempts[index];
      if (!attempt) throw new Error("row without attempt");
      const record = Object.fromEntries(header?.map((column, i) => [column, row[i]]) ?? []);
      expect(record).toEqual({
        createdAt: attempt.createdAt.toISOString(),
        templateId: attempt.templateId,
        title: attempt.template.title,
        topic: attempt.template.topic,
        seed: String(attempt.seed),
        score: String(attempt.score),
        correct: String(attempt.correct),
        firstTry: String(attempt.firstTry),
        gaveUp: String(attempt.gaveUp),
        mistakes: mistakesOf(attempt.parts).join(" "),
        selfAssessed: "false",
        answers: JSON.stringify(attempt.answers),
        hintsUsed: String(attempt.hintsUsed),
        durationMs: attempt.durationMs === null ? "" : String(attempt.durationMs),
        rating: attempt.rating === null ? "" : String(attempt.rating),
        sessionId: attempt.sessionId ?? "",
        attemptId: attempt.id,
      });
    });
    // The answer with a comma, quotes and a line break survives inside its JSON.
    expect(rows.some((row) => row.includes(JSON.stringify({ p: '=1+1, "two"\nlines' })))).toBe(true);
  });

  it("quotes what needs quoting and defuses spreadsheet formulas", () => {
    expect(m.exporter.csvField("plain")).toBe("plain");
    expect(m.exporter.csvField("a,b")).toBe('"a,b"');
    expect(m.exporter.csvField('say "hi"')).toBe('"say ""hi"""');
    expect(m.exporter.csvField("two\nlines")).toBe('"two\nlines"');
    expect(m.exporter.csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(m.exporter.csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(m.exporter.csvField(-1.5)).toBe("-1.5");
    expect(m.exporter.csvField(null)).toBe("");
    expect(m.exporter.csvField(false)).toBe("false");
  });
});
