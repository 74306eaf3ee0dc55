// A local HTTP server for client tests: records every request and answers with whatever the test
// scripted for it. Listens on 127.0.0.1 only, on a port the OS picks.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface ScriptedResponse {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

export interface RecordingServer {
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  /** The answer to the next requests (the last one set stays in force). */
  respond(response: ScriptedResponse | ((request: RecordedRequest) => ScriptedResponse)): void;
  close(): Promise<void>;
}

export function json(status: number, body: unknown, contentType = "application/json"): ScriptedResponse {
  return { status, headers: { "Content-Type": contentType }, body: JSON.stringify(body) };
}

export async function startRecordingServer(): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  let next: ScriptedResponse | ((request: RecordedRequest) => ScriptedResponse) = { status: 204 };
  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const request = { method: incoming.method ?? "", url: incoming.url ?? "", headers: incoming.headers, body: Buffer.concat(chunks).toString("utf8") };
      requests.push(request);
      const response = typeof next === "function" ? next(request) : next;
      outgoing.writeHead(response.status, response.headers);
      outgoing.end(response.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    respond(response) {
      next = response;
    },
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
