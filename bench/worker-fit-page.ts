// The page side of bench/worker-fit.mjs, bundled by esbuild: draws the data of bench/em-gmm.ts
// (n = 100 000 from 0.3 N(−4, 1) + 0.5 N(0, 1.5²) + 0.2 N(5, 0.8²), createRng(20240601)), sends a
// K = 3, 200-iteration job (tol 0, fixed start) to the playground's own worker module, and measures
// the fit's wall time and how late the main thread's frames and timers were while it ran.
import type { WorkerMessage, WorkerRequest } from "../lib/playground/fit-runner";
import { createRng } from "../lib/estimation/random";
import { categorical, normal } from "../lib/estimation/samplers";

const N = 100_000;
const ITERATIONS = 200;

function sample(): number[] {
  const rng = createRng(20240601);
  const spec = { weights: [0.3, 0.5, 0.2], means: [-4, 0, 5], sds: [1, 1.5, 0.8] };
  const x = new Array<number>(N);
  for (let i = 0; i < N; i++) {
    const k = categorical(rng, spec.weights);
    x[i] = normal(rng, spec.means[k] as number, spec.sds[k] as number);
  }
  return x;
}

interface RunMeasure {
  /** postMessage to the result message, ms (includes copying the data to the worker). */
  wallMs: number;
  /** The fit itself inside the worker, ms. */
  workerMs: number;
  iterations: number;
  logLikelihood: number;
  progressMessages: number;
  /** Largest gap between two requestAnimationFrame callbacks during the fit, ms. */
  maxFrameGapMs: number;
  frames: number;
  /** Largest lateness of a 10-ms setInterval during the fit, ms. */
  maxTimerLateMs: number;
}

async function measure(worker: Worker, data: number[]): Promise<RunMeasure> {
  const request: WorkerRequest = {
    kind: "fit",
    job: {
      model: "gmm",
      data,
      init: { weights: [1 / 3, 1 / 3, 1 / 3], means: [-3, 1, 4], variances: [2, 2, 2] },
      options: { tol: 0, maxIter: ITERATIONS },
    },
    n: N,
    parameters: 8,
  };
  let running = true;
  let lastFrame = performance.now();
  let maxFrameGapMs = 0;
  let frames = 0;
  const onFrame = (time: number) => {
    maxFrameGapMs = Math.max(maxFrameGapMs, time - lastFrame);
    lastFrame = time;
    frames += 1;
    if (running) requestAnimationFrame(onFrame);
  };
  requestAnimationFrame((time) => {
    lastFrame = time;
    requestAnimationFrame(onFrame);
  });
  let lastTick = performance.now();
  let maxTimerLateMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxTimerLateMs = Math.max(maxTimerLateMs, now - lastTick - 10);
    lastTick = now;
  }, 10);
  // Let the loops settle before the fit starts.
  await new Promise((resolve) => setTimeout(resolve, 100));
  let progressMessages = 0;
  const started = performance.now();
  const done = await new Promise<WorkerMessage>((resolve) => {
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      if (event.data.kind === "progress") progressMessages += 1;
      else resolve(event.data);
    };
    worker.postMessage(request);
  });
  const wallMs = performance.now() - started;
  running = false;
  clearInterval(timer);
  if (done.kind !== "fit") throw new Error(done.kind === "error" ? done.message : "no fit");
  return {
    wallMs,
    workerMs: done.fit.milliseconds,
    iterations: done.fit.result.iterations,
    logLikelihood: done.fit.result.logLikelihood,
    progressMessages,
    maxFrameGapMs,
    frames,
    maxTimerLateMs,
  };
}

let worker: Worker | null = null;
let data: number[] = [];

/** One measured fit; the first call also draws the data and starts the worker. */
async function runOnce(): Promise<RunMeasure> {
  if (!worker) {
    data = sample();
    worker = new Worker("./fit.worker.js", { type: "module" });
  }
  return measure(worker, data);
}

declare global {
  interface Window {
    runOnce: () => Promise<RunMeasure>;
  }
}
window.runOnce = runOnce;
