// The playground's Web Worker: one request in, progress and one result out (lib/playground/fit-runner.ts).
// The page terminates it to cancel a fit, so a long EM run never holds the page.
import { handleRequest, type WorkerMessage, type WorkerRequest } from "@/lib/playground/fit-runner";

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  handleRequest(
    event.data,
    (message: WorkerMessage) => self.postMessage(message),
    () => performance.now(),
  );
};
