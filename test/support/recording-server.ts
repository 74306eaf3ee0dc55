// A local HTTP server for client tests: records every request and answers with whatever the test
// scripted for it. Listens on 127.0.0.1 only, on a port the OS picks.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** Whether the connection this request came on has since been closed. */
  connectionClosed(): boolean;
}

export type ScriptedResponse =
  | { readonly status: number; readonly headers?: Record<string, string>; readonly body?: string; readonly delayMs?: number }
  /** Close the connection without answering (a reset, as a client sees it). */
  | { readonly drop: true }
  /** Never answer. */
  | { readonly hang: true }
  /** Answer 200 with a body cut off part-way: the connection closes before the promised length. */
  | { readonly cut: true };

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
    // Live sockets are tracked once per connection (below), not with a listener per request, which
    // would pile up on a kept-alive socket.
    const socket = incoming.socket;
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const request = {
        method: incoming.method ?? "",
        url: incoming.url ?? "",
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        connectionClosed: () => !sockets.has(socket),
      };
      requests.push(request);
      const response = typeof next === "function" ? next(request) : next;
      if ("drop" in response) {
        incoming.socket.destroy();
        return;
      }
      if ("hang" in response) return;
      if ("cut" in response) {
        outgoing.writeHead(200, { "Content-Type": "application/json", "Content-Length": "1000" });
        outgoing.write('{"deliveryType": "autom', () => socket.destroy());
        return;
      }
      const answer = (): void => {
        outgoing.writeHead(response.status, response.headers);
        outgoing.end(response.body ?? "");
      };
      if (response.delayMs === undefined) answer();
      else setTimeout(answer, response.delayMs);
    });
  });
  const sockets = new Set<import("node:net").Socket>();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    respond(response) {
      next = response;
    },
    close: () =>
      new Promise((resolve, reject) => {
        for (const socket of sockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
