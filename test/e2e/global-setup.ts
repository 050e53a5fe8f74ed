import { build, prepareDatabase, startServer, stopServer } from "./server";

export default async function globalSetup(): Promise<void> {
  await stopServer(); // a server left over from an interrupted run
  prepareDatabase();
  if (process.env.E2E_SKIP_BUILD !== "1") build();
  await startServer();
}
