// The choices a learner has when starting a study session or a mock interview. No validation here
// (that is options.ts, with zod), so the start forms in the browser can import these without zod.

export const SESSION_LENGTHS = [5, 10, 15, 20] as const;
export const MOCK_LENGTHS = [5, 8, 10] as const;
export const MOCK_MINUTES = [10, 20, 30, 45] as const;
export const SESSION_DIFFICULTIES = ["any", "easy", "medium", "hard"] as const;
export type SessionDifficulty = (typeof SESSION_DIFFICULTIES)[number];

export const DEFAULT_SESSION_LENGTH = 10;
export const DEFAULT_MOCK_LENGTH = 8;
export const DEFAULT_MOCK_MINUTES = 20;
