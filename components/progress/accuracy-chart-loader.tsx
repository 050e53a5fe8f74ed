"use client";
// The chart's code (recharts) is fetched only when the progress page shows it, after the page
// itself: a placeholder of the same height keeps the layout still meanwhile.
import dynamic from "next/dynamic";
import type { ChartSeries } from "./accuracy-chart";

const AccuracyChart = dynamic(() => import("./accuracy-chart"), {
  ssr: false,
  loading: () => <div className="h-72 w-full animate-pulse rounded-lg bg-stone-100 dark:bg-stone-800" />,
});

export function AccuracyChartLoader(props: { weekLabels: string[]; series: ChartSeries[] }) {
  return <AccuracyChart {...props} />;
}
