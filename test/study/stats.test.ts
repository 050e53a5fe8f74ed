// The dashboard's arithmetic with injected dates and time zones: calendar days, the streak, the
// heatmap, weekly accuracy per topic, reviews due per day and recurring mistakes. Expected values
// are worked out by hand from a calendar (2026-03-02 is a Monday; US clocks go forward on
// 2026-03-08 and European ones on 2026-03-29).
import { describe, expect, it } from "vitest";
import {
  cachedFormatterCount,
  dayKey,
  dayKeyer,
  dueForecast,
  heatLevel,
  heatmapWeeks,
  effortDays,
  isTimeZone,
  mondayOf,
  recurringMistakes,
  shiftDay,
  studyStreak,
  weekdayIndex,
  weeklyAccuracy,
} from "@/lib/study/stats";
import { mistakeTags, partsToStore, storedAnswers, storedDraft, storedParts, storedTopics } from "@/lib/study/stored";

describe("calendar days in the learner's time zone", () => {
  it("an evening in California is the previous day in UTC terms", () => {
    const instant = new Date("2026-03-05T06:30:00Z");
    expect(dayKey(instant, "UTC")).toBe("2026-03-05");
    expect(dayKey(instant, "America/Los_Angeles")).toBe("2026-03-04"); // 22:30 PST
    expect(dayKey(instant, "Asia/Tokyo")).toBe("2026-03-05");
    expect(dayKey(new Date("2026-03-05T15:30:00Z"), "Asia/Tokyo")).toBe("2026-03-06"); // 00:30 JST
  });

  it("day arithmetic ignores daylight-saving changes", () => {
    expect(shiftDay("2026-03-07", 1)).toBe("2026-03-08");
    expect(shiftDay("2026-03-08", 1)).toBe("2026-03-09");
    expect(shiftDay("2026-03-01", -1)).toBe("2026-02-28");
    expect(shiftDay("2024-03-01", -1)).toBe("2024-02-29");
    // 2026-03-29 01:30 UTC is 03:30 CEST, the first hour of summer time in Paris.
    expect(dayKey(new Date("2026-03-28T23:30:00Z"), "Europe/Paris")).toBe("2026-03-29");
  });

  it("weeks start on Monday", () => {
    expect(weekdayIndex("2026-03-02")).toBe(0);
    expect(weekdayIndex("2026-03-08")).toBe(6);
    expect(mondayOf("2026-03-08")).toBe("2026-03-02");
    expect(mondayOf("2026-03-09")).toBe("2026-03-09");
  });

  it("knows real time zones and refuses made-up ones", () => {
    expect(isTimeZone("Europe/Paris")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });
});

describe("the streak counts days with a completed session", () => {
  const days = (...keys: string[]) => new Set(keys);

  it("is zero for a new learner", () => {
    expect(studyStreak(days(), "2026-03-10")).toEqual({ current: 0, longest: 0, studiedToday: false });
  });
  it("runs back from today", () => {
    expect(studyStreak(days("2026-03-08", "2026-03-09", "2026-03-10"), "2026-03-10")).toEqual({
      current: 3,
      longest: 3,
      studiedToday: true,
    });
  });
  it("stays alive until today is over, if yesterday was a study day", () => {
    expect(studyStreak(days("2026-03-08", "2026-03-09"), "2026-03-10")).toEqual({ current: 2, longest: 2, studiedToday: false });
  });
  it("breaks on a missed day; the longest run is kept", () => {
    const history = days("2026-02-01", "2026-02-02", "2026-02-03", "2026-02-04", "2026-03-07", "2026-03-09", "2026-03-10");
    expect(studyStreak(history, "2026-03-10")).toEqual({ current: 2, longest: 4, studiedToday: true });
    expect(studyStreak(history, "2026-03-12")).toEqual({ current: 0, longest: 4, studiedToday: false });
  });
  it("runs across a month end", () => {
    expect(studyStreak(days("2026-02-27", "2026-02-28", "2026-03-01"), "2026-03-01").current).toBe(3);
  });
});

describe("the heatmap", () => {
  it("has whole weeks, Monday first, ending with the week of today", () => {
    const weeks = heatmapWeeks(
      new Map([
        ["2026-03-04", 3],
        ["2026-02-23", 12],
      ]),
      "2026-03-04",
      2,
    );
    expect(weeks).toHaveLength(2);
    expect(weeks.map((week) => week.map((cell) => cell.day))).toEqual([
      ["2026-02-23", "2026-02-24", "2026-02-25", "2026-02-26", "2026-02-27", "2026-02-28", "2026-03-01"],
      ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08"],
    ]);
    expect(weeks[0]?.[0]).toEqual({ day: "2026-02-23", count: 12, level: 4, future: false });
    expect(weeks[1]?.[2]).toEqual({ day: "2026-03-04", count: 3, level: 2, future: false });
    expect(weeks[1]?.slice(3).every((cell) => cell.future && cell.count === 0)).toBe(true);
  });
  it("shades by attempts: none, 1–2, 3–5, 6–9, 10 or more", () => {
    expect([0, 1, 2, 3, 5, 6, 9, 10, 40].map(heatLevel)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });
});

describe("weekly accuracy per topic", () => {
  const at = (iso: string, topic: string, correct: boolean) => ({ createdAt: new Date(iso), topic, correct });

  it("groups attempts by the learner's week and topic, in the content map's order", () => {
    const attempts = [
      at("2026-03-09T10:00:00Z", "em-mechanics", true),
      at("2026-03-10T10:00:00Z", "em-mechanics", false),
      at("2026-03-10T11:00:00Z", "em-mechanics", false),
      at("2026-03-03T10:00:00Z", "likelihood", true),
      // Sunday 8 March 23:30 in New York is Monday 9 March in UTC: it belongs to the week of 2 March.
      at("2026-03-09T03:30:00Z", "likelihood", false),
      // Too old for three weeks.
      at("2026-02-10T10:00:00Z", "likelihood", true),
    ];
    const result = weeklyAccuracy(attempts, "2026-03-11", "America/New_York", 3, ["likelihood", "em-mechanics"]);
    expect(result.weeks).toEqual(["2026-02-23", "2026-03-02", "2026-03-09"]);
    expect(result.series).toEqual([
      { topic: "likelihood", attempts: [0, 2, 0], accuracy: [null, 0.5, null] },
      { topic: "em-mechanics", attempts: [0, 0, 3], accuracy: [null, null, 1 / 3] },
    ]);
  });

  it("is empty without attempts", () => {
    expect(weeklyAccuracy([], "2026-03-11", "UTC", 4, []).series).toEqual([]);
  });
});

describe("reviews due in the next days", () => {
  const now = new Date("2026-03-10T20:00:00Z");

  it("counts overdue cards today and drops those beyond the window", () => {
    const dues = [
      "2026-03-01T00:00:00Z", // overdue: today
      "2026-03-10T21:00:00Z", // later today
      "2026-03-11T09:00:00Z",
      "2026-03-12T23:30:00Z", // in UTC+1 this is the 13th
      "2026-03-13T10:00:00Z",
      "2026-03-20T10:00:00Z", // beyond 3 days
    ].map((iso) => new Date(iso));
    expect(dueForecast(dues, now, "UTC", 3)).toEqual([
      { day: "2026-03-10", count: 2 },
      { day: "2026-03-11", count: 1 },
      { day: "2026-03-12", count: 1 },
    ]);
    expect(dueForecast(dues, now, "Europe/Paris", 4)).toEqual([
      { day: "2026-03-10", count: 2 },
      { day: "2026-03-11", count: 1 },
      { day: "2026-03-12", count: 0 },
      { day: "2026-03-13", count: 2 },
    ]);
  });
});

describe("recurring mistakes", () => {
  const now = new Date("2026-03-10T12:00:00Z");
  const attempt = (iso: string, templateId: string, ...mistakes: string[]) => ({ createdAt: new Date(iso), templateId, mistakes });

  it("counts each tag once per attempt, this week and overall, and names the last question", () => {
    const result = recurringMistakes(
      [
        attempt("2026-03-09T10:00:00Z", "mle-normal", "n-minus-1"),
        attempt("2026-03-08T10:00:00Z", "mle-variance-bias", "n-minus-1", "n-minus-1"),
        attempt("2026-02-20T10:00:00Z", "mle-normal", "n-minus-1"),
        attempt("2026-03-05T10:00:00Z", "gmm-responsibility", "prior-for-posterior"),
        attempt("2026-02-25T10:00:00Z", "gmm-responsibility", "prior-for-posterior"),
        attempt("2026-02-26T10:00:00Z", "gmm-responsibility", "prior-for-posterior"),
        attempt("2026-03-09T11:00:00Z", "em-two-coins-step", "labels-swapped"),
      ],
      now,
    );
    expect(result).toEqual([
      { tag: "n-minus-1", lastWeek: 2, total: 3, templateId: "mle-normal", lastSeen: new Date("2026-03-09T10:00:00Z") },
      { tag: "prior-for-posterior", lastWeek: 1, total: 3, templateId: "gmm-responsibility", lastSeen: new Date("2026-03-05T10:00:00Z") },
    ]);
  });

  it("reads the tags from stored parts, each once, and nothing from a value of the wrong shape", () => {
    const parts = [
      { id: "mean", status: "incorrect", mistake: "n-minus-1" },
      { id: "variance", status: "incorrect", mistake: "n-minus-1" },
      { id: "sd", status: "correct" },
    ];
    expect(mistakeTags(storedParts(parts, "a1"))).toEqual(["n-minus-1"]);
    expect(mistakeTags(storedParts("not json", "a2"))).toEqual([]);
    expect(mistakeTags(storedParts({ id: "p" }, "a3"))).toEqual([]);
    expect(storedParts([{ id: "p" }], "a4")).toEqual([]);
  });
});

describe("the JSON columns, validated on read", () => {
  it("keeps values of the right shape and skips the rest, never throwing", () => {
    expect(storedAnswers({ p: "0.5", order: ["b", "a"] }, "a")).toEqual({ p: "0.5", order: ["b", "a"] });
    expect(storedAnswers(5, "a")).toEqual({});
    expect(storedAnswers({ p: 0.5 }, "a")).toEqual({});
    expect(storedTopics(["likelihood"], "s")).toEqual(["likelihood"]);
    expect(storedTopics('["likelihood"]', "s")).toEqual([]);
    expect(storedDraft(null, "i")).toBeNull();
    expect(storedDraft([1, 2], "i")).toBeNull();
    // Extra fields a later grader might record are dropped, not kept as unknown data.
    expect(storedParts([{ id: "p", status: "correct", extra: 1 }], "a")).toEqual([{ id: "p", status: "correct" }]);
  });

  it("keeps an explain part's self-assessment: the ticked points and the self-assessed score", () => {
    const graded = [
      { id: "answer", status: "incorrect", message: "…", selfAssessed: true, score: 2 / 3, modelAnswer: "secret", rubric: [] },
      { id: "p", status: "correct", message: "…", expected: 0.5 },
    ];
    const stored = partsToStore(graded, { answer: ["same-function", "mle-link"] });
    // Nothing of the answer key (model answer, rubric, expected value) is stored.
    expect(stored).toEqual([
      { id: "answer", status: "incorrect", selfAssessed: true, score: 2 / 3, covered: ["same-function", "mle-link"] },
      { id: "p", status: "correct" },
    ]);
    expect(storedParts(JSON.parse(JSON.stringify(stored)), "a")).toEqual(stored);
    // A self-assessment of the wrong shape is read past; the part itself is kept.
    expect(storedParts([{ id: "answer", status: "correct", selfAssessed: true, score: 7, covered: "all" }], "a")).toEqual([
      { id: "answer", status: "correct", selfAssessed: true, covered: [] },
    ]);
  });
});

describe("a day of real effort", () => {
  it("is 3 first tries (not given up) in a day, or a finished session", () => {
    const days = effortDays(
      ["2026-03-02", "2026-03-02", "2026-03-02", "2026-03-03", "2026-03-03", "2026-03-05", "2026-03-05", "2026-03-05", "2026-03-05"],
      ["2026-03-04"],
    );
    expect([...days].sort()).toEqual(["2026-03-02", "2026-03-04", "2026-03-05"]);
    // Two questions on 03-03 are not a day of effort: the run 03-04, 03-05 is 2 days, not 4.
    expect(studyStreak(days, "2026-03-05")).toEqual({ current: 2, longest: 2, studiedToday: true });
  });
});

describe("the formatter cache", () => {
  it("stays bounded whatever spellings of a zone arrive, and reads them alike", () => {
    const instant = new Date("2026-03-29T00:30:00Z");
    const spellings = Array.from({ length: 500 }, (_, i) =>
      [..."europe/paris"].map((character, j) => ((i >> j) & 1 ? character.toUpperCase() : character)).join(""),
    );
    for (const zone of spellings) expect(dayKey(instant, zone)).toBe(dayKey(instant, "Europe/Paris"));
    expect(cachedFormatterCount()).toBeLessThanOrEqual(64);
  });
});

describe("dayKeyer (one offset per UTC day without a clock change)", () => {
  it("changes day exactly at local midnight, in a zone 5 h 45 min ahead and across a clock change", () => {
    // Kathmandu is UTC+5:45: local midnight of 2026-03-11 is 18:15 UTC on the 10th.
    const kathmandu = dayKeyer("Asia/Kathmandu");
    expect(kathmandu(new Date("2026-03-10T18:29:00Z"))).toBe("2026-03-11");
    expect(kathmandu(new Date("2026-03-10T18:14:59Z"))).toBe("2026-03-10");
    expect(kathmandu(new Date("2026-03-10T18:15:00Z"))).toBe("2026-03-11");
    // New York goes from UTC−5 to UTC−4 at 07:00 UTC on 2026-03-08: midnight of the 9th is 04:00 UTC.
    const newYork = dayKeyer("America/New_York");
    expect(newYork(new Date("2026-03-08T04:59:00Z"))).toBe("2026-03-07");
    expect(newYork(new Date("2026-03-08T05:00:00Z"))).toBe("2026-03-08");
    expect(newYork(new Date("2026-03-09T03:59:59Z"))).toBe("2026-03-08");
    expect(newYork(new Date("2026-03-09T04:00:00Z"))).toBe("2026-03-09");
  });

  it("gives the calendar day through a skipped day and a 30-minute clock change", () => {
    // Expected days from the system's tzdata (GNU `TZ=<zone> date -d <instant>`), not from Intl.
    // Samoa skipped 30 December 2011: 23:59:59 on the 29th (UTC−10) was followed by the 31st (UTC+14).
    const apia = dayKeyer("Pacific/Apia");
    expect(apia(new Date("2011-12-30T09:59:59Z"))).toBe("2011-12-29");
    expect(apia(new Date("2011-12-30T10:00:00Z"))).toBe("2011-12-31");
    // Lord Howe Island moves from UTC+11 to UTC+10:30 on 5 April 2026.
    const lordHowe = dayKeyer("Australia/Lord_Howe");
    expect(lordHowe(new Date("2026-04-04T12:59:59Z"))).toBe("2026-04-04");
    expect(lordHowe(new Date("2026-04-04T13:00:00Z"))).toBe("2026-04-05");
    expect(lordHowe(new Date("2026-04-05T13:29:59Z"))).toBe("2026-04-05");
    expect(lordHowe(new Date("2026-04-05T13:30:00Z"))).toBe("2026-04-06");
  });

  it("agrees with formatting each instant, over a year of instants in zones with odd rules", () => {
    const zones = [
      "America/New_York",
      "Europe/London",
      "Australia/Lord_Howe",
      "Asia/Kathmandu",
      "Pacific/Apia",
      "America/St_Johns",
      "Pacific/Chatham",
      "Africa/Casablanca",
      "UTC",
    ];
    for (const zone of zones) {
      const keyer = dayKeyer(zone);
      // Every 47 minutes from mid-2011 (Samoa's skipped day included) for a year, in random order
      // so that a day's offset is not always read at its first instant.
      const instants: number[] = [];
      for (let t = Date.parse("2011-06-01T00:00:00Z"); t < Date.parse("2012-06-01T00:00:00Z"); t += 47 * 60_000) instants.push(t);
      instants.sort((a, b) => ((a * 2654435761) % 1000) - ((b * 2654435761) % 1000));
      const wrong = instants.filter((t) => keyer(new Date(t)) !== dayKey(new Date(t), zone));
      expect(wrong, zone).toEqual([]);
    }
  });
});
