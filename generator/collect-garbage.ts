// A full garbage collection on request. V8 collects the old generation only when it must, so the
// parsed spec, garbage once the models are built, would otherwise sit in memory through emitting: on
// a big spec that is a gigabyte of peak memory for nothing. One collection at that point costs a few
// milliseconds on our spec and a fraction of a second on the biggest.
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
