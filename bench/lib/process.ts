// Runs one command as a whole process tree and measures it: wall time, and the peak resident memory of
// the tree. Two sources for memory, the larger one wins:
//   - the sum of RSS over every process of the tree, polled from /proc (`stat` field 24) every
//     `pollMs`: catches tools that spawn workers (tsx runs the script in a child node process);
//   - `/usr/bin/time`'s maximum resident set size (the kernel's high-water mark of the largest single
//     process, from wait4's rusage): catches a spike between two polls.
// The command runs in its own process group, so a time limit can end the whole tree at once.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { nowNs } from "./stats.ts";

const timeBinary = "/usr/bin/time";
export const hasGnuTime = existsSync(timeBinary);
const pageSize = 4096;

export interface RunOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly timeoutMs: number;
  /** How often the tree's RSS is summed (default 50 ms); new processes are looked for every 5th poll. */
  readonly pollMs?: number;
  /** Scratch folder for /usr/bin/time's report. */
  readonly scratch: string;
  /** The tree is ended when its polled RSS passes this (protects a shared machine); default 12 GiB. */
  readonly maxRssBytes?: number;
}

export interface RunOutcome {
  readonly status: "ok" | "failed" | "timeout" | "memory";
  readonly exitCode: number | null;
  readonly wallMs: number;
  /** max(polled tree sum, largest single process's high-water mark), bytes. */
  readonly peakRssBytes: number;
  readonly peakTreeRssBytes: number;
  readonly maxSingleRssBytes: number | undefined;
  readonly processes: number;
  readonly stdoutTail: string;
  readonly stderrTail: string;
  /** The whole stderr up to 1 MB (diagnostics are counted from it). */
  readonly stderr: string;
}

interface ProcStat {
  readonly ppid: number;
  readonly rssBytes: number;
}

function readStat(pid: number): ProcStat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  // The command name is in parentheses and may contain spaces; fields after it are space-separated.
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  // fields[0] is field 3 (state): ppid is field 4, rss (pages) field 24.
  const ppid = Number(fields[1]);
  const rssPages = Number(fields[21]);
  return { ppid, rssBytes: Number.isFinite(rssPages) ? rssPages * pageSize : 0 };
}

/** Every descendant of `root` (not root itself) found by one scan of /proc. */
function descendants(root: number): Set<number> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = readStat(pid);
    if (!stat) continue;
    const list = children.get(stat.ppid);
    if (list) list.push(pid);
    else children.set(stat.ppid, [pid]);
  }
  const found = new Set<number>();
  const queue = [...(children.get(root) ?? [])];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    if (found.has(pid)) continue;
    found.add(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

function tail(text: string, lines: number): string {
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}

/** Process groups of the runs under way: ended when this process exits, whatever the reason. */
const activeGroups = new Set<number>();
let exitHandlerInstalled = false;

function endActiveGroupsOnExit(): void {
  if (exitHandlerInstalled) return;
  exitHandlerInstalled = true;
  process.once("exit", () => {
    for (const group of activeGroups) {
      try {
        process.kill(-group, "SIGKILL");
      } catch {
        // Gone already.
      }
    }
  });
}

/** Runs `command args` to completion or to its time limit, measuring it. Never throws for a failing command. */
export function runMeasured(command: string, args: readonly string[], options: RunOptions): Promise<RunOutcome> {
  const report = join(options.scratch, `time-${process.pid}-${nowNs()}.txt`);
  const argv = hasGnuTime ? ["-f", "%M", "-o", report, command, ...args] : [...args];
  const executable = hasGnuTime ? timeBinary : command;
  const pollMs = options.pollMs ?? 50;

  return new Promise((resolvePromise, reject) => {
    const started = nowNs();
    const child = spawn(executable, argv, { cwd: options.cwd, env: options.env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    const root = child.pid;
    if (root === undefined) {
      reject(new Error(`could not start ${command}`));
      return;
    }
    endActiveGroupsOnExit();
    activeGroups.add(root);
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout = (stdout + chunk).slice(-65_536);
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      if (stderr.length < 1 << 20) stderr += chunk;
    });

    // With /usr/bin/time the measured tree is time's descendants; without it, the child itself too.
    let tree = new Set<number>(hasGnuTime ? [] : [root]);
    const seen = new Set<number>(tree);
    let peakTree = 0;
    let polls = 0;
    let overMemory = false;
    const maxRss = options.maxRssBytes ?? 12 * 1024 ** 3;
    const poll = (): void => {
      if (polls++ % 5 === 0) {
        for (const pid of descendants(root)) {
          tree.add(pid);
          seen.add(pid);
        }
      }
      let sum = 0;
      const alive = new Set<number>();
      for (const pid of tree) {
        const stat = readStat(pid);
        if (!stat) continue;
        alive.add(pid);
        sum += stat.rssBytes;
      }
      tree = alive;
      if (sum > peakTree) peakTree = sum;
      if (sum > maxRss && !overMemory) {
        overMemory = true;
        try {
          process.kill(-root, "SIGKILL");
        } catch {
          // Already gone.
        }
      }
    };
    poll();
    const poller = setInterval(poll, pollMs);

    let timedOut = false;
    const limit = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-root, "SIGKILL");
      } catch {
        // Already gone.
      }
    }, options.timeoutMs);

    child.on("error", (error) => {
      clearInterval(poller);
      clearTimeout(limit);
      activeGroups.delete(root);
      reject(error);
    });
    child.on("close", (code) => {
      const wallMs = (nowNs() - started) / 1e6;
      clearInterval(poller);
      clearTimeout(limit);
      activeGroups.delete(root);
      // Anything the tool left running in its group (a stray worker) is ended too.
      try {
        process.kill(-root, "SIGKILL");
      } catch {
        // Nothing left.
      }
      let maxSingle: number | undefined;
      if (hasGnuTime && existsSync(report)) {
        const lines = readFileSync(report, "utf8").trim().split("\n");
        const kb = Number(lines[lines.length - 1]);
        if (Number.isFinite(kb)) maxSingle = kb * 1024;
        rmSync(report, { force: true });
      }
      const peak = Math.max(peakTree, maxSingle ?? 0);
      // GNU time reports the command's exit status as its own.
      const status = timedOut ? "timeout" : overMemory ? "memory" : code === 0 ? "ok" : "failed";
      resolvePromise({
        status,
        exitCode: code,
        wallMs,
        peakRssBytes: peak,
        peakTreeRssBytes: peakTree,
        maxSingleRssBytes: maxSingle,
        processes: seen.size,
        stdoutTail: tail(stdout, 5),
        stderrTail: tail(stderr.replace(/^Command exited with non-zero status \d+\n?/m, ""), 5),
        stderr,
      });
    });
  });
}
