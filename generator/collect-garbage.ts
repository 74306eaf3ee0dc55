// Garbage collection on the generator's terms. V8 collects the old generation only when it must, so
// what reading and checking the spec leave behind, and the parsed spec itself once the models are
// built, would otherwise sit in memory through emitting: on a big spec, a gigabyte of peak memory for
// nothing. One full collection at each of those points costs a few milliseconds on our spec and a
// fraction of a second on the biggest. While emitting, V8 is asked to keep its heap tighter than it
// would (see keepHeapTight).
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collect: (() => void) | undefined;

// Below this much heap a collection frees too little to be worth its time. Between modules of the
// official Atlas document (heap 60-100 MiB) one costs about 25 ms and lowers the peak by 12 MiB.
const worthwhileHeapBytes = 48 * 1024 * 1024;

/** Collects now if the heap is big enough for it to matter. */
export function collectGarbage(): void {
  if (process.memoryUsage().heapUsed < worthwhileHeapBytes) return;
  if (collect === undefined) {
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
  }
  collect();
}

// How much V8 may grow the heap past what its last collection left live, while emitting. Its own
// policy allows up to four times, which suits a program whose live data grows; emitting keeps the model
// live and makes garbage at a steady rate (the guards of a big spec are many times the model), so
// left to itself the heap of a 5,000-operation spec grows by 1 GiB of garbage. With 1.5 times, V8's
// concurrent collections keep the peak near the model's own size, for about as much collecting.
const emittingHeapGrowthPercent = 50;

/** Asks V8 for a tighter heap while emitting; returns the function that gives V8 its own policy back. */
export function keepHeapTight(): () => void {
  setFlagsFromString(`--heap-growing-percent=${emittingHeapGrowthPercent}`);
  // 0 is V8's default: its dynamic growth factor.
  return () => setFlagsFromString("--heap-growing-percent=0");
}
