// Starts bench/servers/restore-server.ts in a child process and hands back its port. The server ends
// when `stop` closes its standard input (and is killed by pid if it has not gone a second later).
import { spawn } from "node:child_process";
import { join } from "node:path";
import { benchDir, quietEnv, repoRoot } from "./paths.ts";

export interface RunningServer {
  readonly port: number;
  readonly baseUrl: string;
  stop(): Promise<void>;
}

export function startServer(mode: "fixed" | "pages"): Promise<RunningServer> {
  const child = spawn(process.execPath, ["--import", "tsx", join(benchDir, "servers", "restore-server.ts"), "--mode", mode], {
    cwd: repoRoot,
    env: quietEnv(),
    stdio: ["pipe", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let buffered = "";
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString("utf8");
      const newline = buffered.indexOf("\n");
      if (newline === -1) return;
      child.stdout.off("data", onData);
      const { port } = JSON.parse(buffered.slice(0, newline)) as { port: number };
      resolve({
        port,
        baseUrl: `http://127.0.0.1:${port}`,
        stop: () =>
          new Promise<void>((done) => {
            const timer = setTimeout(() => {
              if (child.exitCode === null && child.pid !== undefined) process.kill(child.pid, "SIGKILL");
            }, 1000);
            child.once("exit", () => {
              clearTimeout(timer);
              done();
            });
            child.stdin.end();
          }),
      });
    };
    child.stdout.on("data", onData);
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the benchmark server exited early (${code})`)));
  });
}
