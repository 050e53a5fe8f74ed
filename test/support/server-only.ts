// Vitest stand-in for the `server-only` guard (which throws outside a React Server environment).
export {};
