// A small HTTP/1.1 client over keep-alive sockets (node:http, no dependency) and a closed-loop
// load of concurrent readers. Times are taken from writing the request to the last byte of the
// body, on loopback: the server's time plus a fraction of a millisecond of socket work.
import http from "node:http";
import type { Sample } from "./stats";

export interface Response {
  status: number;
  ms: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

export interface Client {
  request(method: string, path: string, init?: { headers?: Record<string, string>; body?: string }): Promise<Response>;
  close(): void;
}

/** `keepAlive: false` gives each request its own connection, as requests from different browsers. */
export function createClient(baseUrl: string, options: { maxSockets?: number; keepAlive?: boolean } = {}): Client {
  const base = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: options.keepAlive ?? true, maxSockets: options.maxSockets ?? Infinity });
  const request: Client["request"] = (method, path, init = {}) =>
    new Promise((resolve) => {
      const started = performance.now();
      const failed = (error: Error) => resolve({ status: 0, ms: performance.now() - started, body: error.message, headers: {} });
      const req = http.request(
        { agent, host: base.hostname, port: base.port, method, path, headers: { ...init.headers, ...(init.body ? { "content-length": Buffer.byteLength(init.body) } : {}) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("error", failed);
          res.on("end", () =>
            resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, body: Buffer.concat(chunks).toString("utf8"), headers: res.headers }),
          );
        },
      );
      req.on("error", failed);
      req.end(init.body);
    });
  return { request, close: () => agent.destroy() };
}

export interface Target {
  label: string;
  path: string;
}

/**
 * `concurrency` readers, each sending its next GET as soon as the previous answer has arrived, for
 * `seconds`. The targets are taken in turn, so every page is read about equally often.
 */
export async function readConcurrently(client: Client, targets: Target[], concurrency: number, seconds: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  const until = performance.now() + seconds * 1000;
  let next = 0;
  const reader = async () => {
    while (performance.now() < until) {
      const target = targets[next++ % targets.length];
      const { status, ms } = await client.request("GET", target.path, { headers: { accept: "text/html" } });
      samples.push({ label: target.label, ms, status });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, reader));
  return samples;
}
