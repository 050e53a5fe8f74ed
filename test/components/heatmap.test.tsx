// The study-days heatmap writes its squares as markup rather than React elements (lighter flight
// data and hydration). These tests read the rendered DOM as a learner's browser gets it: one
// square per day, the level's shade, a tooltip only on days studied, a month label per new month.
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Heatmap } from "@/components/progress/heatmap";
import type { HeatmapCell } from "@/lib/study/stats";

/** Seven days from `monday` (YYYY-MM-DD, UTC), with the given counts; days after `today` are future. */
function week(monday: string, counts: number[], today = "9999-12-31"): HeatmapCell[] {
  const start = Date.parse(`${monday}T00:00:00Z`);
  return counts.map((count, offset) => {
    const day = new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
    // Levels written out by hand from the legend: 0, 1–2, 3–5, 6–9, 10 or more.
    const level = count === 0 ? 0 : count <= 2 ? 1 : count <= 5 ? 2 : count <= 9 ? 3 : 4;
    return { day, count, level, future: day > today } as HeatmapCell;
  });
}

describe("the study-days heatmap", () => {
  const weeks = [
    week("2026-11-23", [0, 1, 0, 3, 0, 0, 12]),
    week("2026-11-30", [2, 0, 0, 0, 0, 0, 0]),
    week("2026-12-07", [7, 0, 0, 0, 0, 0, 0], "2026-12-08"),
  ];

  it("draws one square per day with its level's shade, and nothing on future days", () => {
    const { getByTestId } = render(<Heatmap weeks={weeks} studyDays={5} />);
    const grid = getByTestId("heatmap");
    const columns = grid.querySelectorAll(".hm-week");
    expect(columns).toHaveLength(3);
    for (const column of columns) expect(column.querySelectorAll(".hm")).toHaveLength(7);
    const shades = [...columns[0]!.querySelectorAll(".hm")].map((square) => square.className);
    expect(shades).toEqual(["hm hm-0", "hm hm-1", "hm hm-0", "hm hm-2", "hm hm-0", "hm hm-0", "hm hm-4"]);
    const lastWeek = [...columns[2]!.querySelectorAll(".hm")].map((square) => square.className);
    // 7 Dec is level 3, 8 Dec (today) an empty day, 9–13 Dec are still to come: no shade at all.
    expect(lastWeek).toEqual(["hm hm-3", "hm hm-0", "hm", "hm", "hm", "hm", "hm"]);
  });

  it("gives a tooltip to the days studied only, with the date and the number of attempts", () => {
    const { getByTestId } = render(<Heatmap weeks={weeks} studyDays={5} />);
    const titles = [...getByTestId("heatmap").querySelectorAll(".hm[title]")].map((square) => square.getAttribute("title"));
    expect(titles).toEqual([
      "Tue, 24 Nov 2026: 1 attempt",
      "Thu, 26 Nov 2026: 3 attempts",
      "Sun, 29 Nov 2026: 12 attempts",
      "Mon, 30 Nov 2026: 2 attempts",
      "Mon, 7 Dec 2026: 7 attempts",
    ]);
  });

  it("labels the first week of each month but not the last column, and sums up for screen readers", () => {
    const { getByTestId, getByText } = render(<Heatmap weeks={weeks} studyDays={5} />);
    const grid = getByTestId("heatmap");
    const months = [...grid.querySelectorAll(".hm-month")].map((label) => label.textContent);
    // November's first column, then 30 Nov (still November), then December in the last column,
    // which is left blank so the label does not run off the grid's end.
    expect(months).toEqual(["Nov", "", ""]);
    expect(grid.getAttribute("role")).toBe("img");
    // 3 weeks of 7 days, 5 of them still to come: 16 days shown so far.
    expect(grid.getAttribute("aria-label")).toBe("You studied on 5 of the last 16 days.");
    expect(getByText("You studied on 5 of the last 16 days.")).toBeTruthy();
  });
});
