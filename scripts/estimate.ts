// The estimation CLI of docs/estimation-cli.md: `npm run -s estimate < job.json`.
// Reads one JSON job on standard input, writes one JSON result on standard output. An invalid job
// exits with status 2 and prints { "error": "what is wrong" }; an internal failure exits with 1.
import { EstimationError, runJob } from "../lib/estimation";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

function fail(status: number, error: string): never {
  process.stdout.write(`${JSON.stringify({ error })}\n`);
  process.exit(status);
}

async function main(): Promise<void> {
  const text = await readStdin();
  if (text.trim() === "") fail(2, "no job on standard input: send one JSON object");
  let job: unknown;
  try {
    job = JSON.parse(text);
  } catch (error) {
    fail(2, `the job is not valid JSON: ${(error as Error).message}`);
  }
  try {
    process.stdout.write(`${JSON.stringify(runJob(job))}\n`);
  } catch (error) {
    if (error instanceof EstimationError) fail(2, error.message);
    fail(1, `internal error: ${(error as Error).message ?? String(error)}`);
  }
}

void main();
