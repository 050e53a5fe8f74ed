// Runs once when the server starts, before it answers any request (Next's instrumentation hook).
export async function register(): Promise<void> {
  // The Node.js server only: the edge runtime (unused here) has no sockets and no database.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("./lib/server-start");
  await startServer();
}
