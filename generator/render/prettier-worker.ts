// Runs prettier on a worker thread, so formatting one file overlaps with printing, compiling and
// declaring the others on the main thread (the machines this runs on have at least two cores).
// One worker per process, started on first need; it holds the process open only while it has work.
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

interface Reply {
  readonly id: number;
  readonly output?: string;
  readonly error?: string;
}

// Plain CommonJS evaluated by the worker: prettier comes in by the path the main thread resolved,
// so the worker needs no file of its own next to the bundled CLI.
const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const prettier = require(workerData.prettier);
parentPort.on("message", ({ id, text }) => {
  prettier.format(text, workerData.settings).then(
    (output) => parentPort.postMessage({ id, output }),
    (error) => parentPort.postMessage({ id, error: String(error && error.message ? error.message : error) }),
  );
});
`;

export interface Formatter {
  format(text: string): Promise<string>;
}

let shared: Formatter | undefined;

export function prettierWorker(settings: object): Formatter {
  shared ??= startWorker(settings);
  return shared;
}

function startWorker(settings: object): Formatter {
  const prettier = createRequire(import.meta.url).resolve("prettier");
  const worker = new Worker(workerSource, { eval: true, workerData: { prettier, settings } });
  const pending = new Map<number, { resolve(output: string): void; reject(error: Error): void }>();
  let nextId = 0;
  worker.unref();
  worker.on("message", (reply: Reply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    if (reply.error !== undefined) waiting?.reject(new Error(`prettier could not format generated code: ${reply.error}`));
    else waiting?.resolve(reply.output ?? "");
  });
  worker.on("error", (error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    shared = undefined;
  });
  return {
    format(text) {
      const id = nextId++;
      if (pending.size === 0) worker.ref();
      worker.postMessage({ id, text });
      return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
    },
  };
}
