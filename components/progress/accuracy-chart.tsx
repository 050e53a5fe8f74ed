"use client";
// Accuracy per topic, week by week: a line per topic the learner has practised (recharts, loaded
// only on the progress page). Colours are mid-tones that read on light and dark backgrounds;
// the same numbers are in a table beside the chart for screen readers and for reading exactly.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ChartSeries {
  topic: string;
  name: string;
  /** Percent per week, or null for a week without attempts. */
  values: (number | null)[];
}

interface Props {
  weekLabels: string[];
  series: ChartSeries[];
}

export const TOPIC_COLORS: Record<string, string> = {
  likelihood: "#6366f1",
  "mle-closed-form": "#0ea5e9",
  "mle-properties": "#14b8a6",
  "mle-numerical": "#84cc16",
  "why-labels-matter": "#eab308",
  "em-mechanics": "#f97316",
  "em-properties": "#f43f5e",
  "model-zoo": "#d946ef",
  "mle-vs-em": "#8b5cf6",
};

export default function AccuracyChart({ weekLabels, series }: Props) {
  const rows = weekLabels.map((week, index) => {
    const row: Record<string, string | number | null> = { week };
    for (const line of series) row[line.topic] = line.values[index] ?? null;
    return row;
  });
  return (
    <div className="h-72 w-full text-stone-600 dark:text-stone-400" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 288 }}>
        <LineChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 12, bottom: 0, left: -16 }}>
          <CartesianGrid stroke="currentColor" strokeOpacity={0.15} vertical={false} />
          <XAxis
            dataKey="week"
            tick={{ fill: "currentColor", fontSize: 12 }}
            stroke="currentColor"
            strokeOpacity={0.4}
            interval="preserveStartEnd"
          />
          <YAxis
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tickFormatter={(value: number) => `${value}%`}
            tick={{ fill: "currentColor", fontSize: 12 }}
            stroke="currentColor"
            strokeOpacity={0.4}
          />
          <Tooltip
            formatter={(value) => (typeof value === "number" ? `${Math.round(value)}%` : "–")}
            contentStyle={{ borderRadius: 8, fontSize: 13, color: "#1c1917" }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((line) => (
            <Line
              key={line.topic}
              type="monotone"
              dataKey={line.topic}
              name={line.name}
              stroke={TOPIC_COLORS[line.topic] ?? "#78716c"}
              strokeWidth={2}
              dot={{ r: 3 }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
