// A small throughput harness (no dependency): each subject gets its own compiled loop, a warm-up that
// also calibrates how many passes over the payloads make one sample, then rounds in which every subject
// takes one sample in turn (the starting subject rotates), so noise from other processes spreads over
// all of them. The figure is the median of the rounds' ops/s.
import { nowNs } from "./stats.ts";

export type Check = (value: unknown) => boolean;
type Loop = (check: Check, payloads: readonly unknown[], passes: number) => number;

/**
 * A fresh function per subject: with one shared loop, the call site `check(...)` would see every
 * subject and go megamorphic, and the fastest checks would pay for the others.
 */
function compileLoop(): Loop {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function(
    "check",
    "payloads",
    "passes",
    "let accepted = 0;\nfor (let pass = 0; pass < passes; pass++) {\n  for (let i = 0; i < payloads.length; i++) if (check(payloads[i]) === true) accepted++;\n}\nreturn accepted;",
  ) as Loop;
}

export interface Subject {
  readonly name: string;
  readonly check: Check;
}

export interface ThroughputOptions {
  readonly warmupMs: number;
  readonly sampleMs: number;
  readonly rounds: number;
}

export interface Throughput {
  readonly name: string;
  /** ops/s of each round. */
  readonly samples: number[];
  /** Payloads accepted in one pass (a sink for the results, and a check that nothing was skipped). */
  readonly acceptedPerPass: number;
  readonly passesPerSample: number;
}

export function measureThroughput(subjects: readonly Subject[], payloads: readonly unknown[], options: ThroughputOptions): Throughput[] {
  const loops = subjects.map(() => compileLoop());
  const passes: number[] = [];
  const accepted: number[] = [];
  subjects.forEach((subject, index) => {
    const loop = loops[index] as Loop;
    const started = nowNs();
    let done = 0;
    accepted[index] = loop(subject.check, payloads, 1);
    done++;
    while ((nowNs() - started) / 1e6 < options.warmupMs) {
      loop(subject.check, payloads, 1);
      done++;
    }
    const perPassMs = (nowNs() - started) / 1e6 / done;
    passes[index] = Math.max(1, Math.round(options.sampleMs / perPassMs));
  });
  const samples: number[][] = subjects.map(() => []);
  for (let round = 0; round < options.rounds; round++) {
    for (let offset = 0; offset < subjects.length; offset++) {
      const index = (round + offset) % subjects.length;
      const subject = subjects[index] as Subject;
      const loop = loops[index] as Loop;
      const count = passes[index] ?? 1;
      const started = nowNs();
      const result = loop(subject.check, payloads, count);
      const elapsedNs = nowNs() - started;
      if (result !== (accepted[index] ?? 0) * count) throw new Error(`${subject.name}: accepted ${result} of ${count} passes, expected ${(accepted[index] ?? 0) * count}`);
      samples[index]?.push((payloads.length * count) / (elapsedNs / 1e9));
    }
  }
  return subjects.map((subject, index) => ({
    name: subject.name,
    samples: samples[index] ?? [],
    acceptedPerPass: accepted[index] ?? 0,
    passesPerSample: passes[index] ?? 1,
  }));
}
