// Where prettier runs. Small jobs run on the main thread. Big ones queue for a worker thread, so that
// formatting overlaps with printing and compiling on the main thread; once the main thread has nothing
// else to do, it takes jobs from the same queue, so both cores format the tail. One pool per process;
// the worker holds the process open only while it has work. Who formats a job never changes its result.
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

type Prettier = typeof import("prettier");

interface Job {
  readonly text: string;
  resolve(output: string): void;
  reject(error: Error): void;
}

interface Reply {
  readonly output?: string;
  readonly error?: string;
}

// Plain CommonJS evaluated by the worker: prettier comes in by the path the main thread resolved,
// so the worker needs no file of its own next to the bundled CLI.
const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const prettier = require(workerData.prettier);
parentPort.on("message", (text) => {
  prettier.format(text, workerData.settings).then(
    (output) => parentPort.postMessage({ output }),
    (error) => parentPort.postMessage({ error: String(error && error.message ? error.message : error) }),
  );
});
`;

export interface FormatPool {
  /**
   * `parallel` queues the job for the worker (and for `help`); otherwise it runs here at once, which
   * for small work costs less than a worker thread (a second JavaScript heap, prettier loaded twice).
   */
  format(text: string, parallel: boolean): Promise<string>;
  /** Formats queued jobs on this thread until none is left (call when this thread would otherwise wait). */
  help(): Promise<void>;
}

const pools = new Map<string, FormatPool>();

export function formatPool(settings: object): FormatPool {
  const key = JSON.stringify(settings);
  let pool = pools.get(key);
  if (!pool) {
    pool = createPool(settings);
    pools.set(key, pool);
  }
  return pool;
}

function createPool(settings: object): FormatPool {
  const queue: Job[] = [];
  let prettier: Promise<Prettier> | undefined;
  let worker: Worker | undefined;
  let workerJob: Job | undefined;

  const formatHere = async (text: string): Promise<string> => {
    prettier ??= import("prettier");
    return (await prettier).format(text, settings);
  };

  const startWorker = (): Worker => {
    const started = new Worker(workerSource, { eval: true, workerData: { prettier: createRequire(import.meta.url).resolve("prettier"), settings } });
    started.unref();
    started.on("message", (reply: Reply) => {
      const job = workerJob;
      workerJob = undefined;
      if (reply.error !== undefined) job?.reject(new Error(`prettier could not format generated code: ${reply.error}`));
      else job?.resolve(reply.output ?? "");
      feedWorker();
    });
    started.on("error", (error) => {
      workerJob?.reject(error);
      workerJob = undefined;
      worker = undefined;
      feedWorker();
    });
    return started;
  };

  const feedWorker = (): void => {
    if (workerJob || queue.length === 0) {
      if (!workerJob) worker?.unref();
      return;
    }
    worker ??= startWorker();
    workerJob = queue.shift();
    worker.ref();
    worker.postMessage(workerJob?.text);
  };

  return {
    format(text, parallel) {
      if (!parallel) return formatHere(text);
      return new Promise((resolve, reject) => {
        queue.push({ text, resolve, reject });
        feedWorker();
      });
    },
    async help() {
      for (let job = queue.shift(); job; job = queue.shift()) {
        try {
          job.resolve(await formatHere(job.text));
        } catch (error) {
          job.reject(error instanceof Error ? error : new Error(String(error)));
        }
      }
    },
  };
}
