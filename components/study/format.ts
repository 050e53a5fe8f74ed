// Small formatting helpers shared by the study pages.

/** "45 s", "3 min 05 s", "1 h 02 min". */
export function formatDuration(milliseconds: number): string {
  const seconds = Math.round(milliseconds / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, "0")} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}

export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

export const DIFFICULTY_LABEL: Record<string, string> = { any: "any difficulty", easy: "easy", medium: "medium", hard: "hard" };
