// A small HTTP/1.1 client over keep-alive sockets (node:http, no dependency) and a closed-loop load
// of virtual users, with or without think time. Times are taken from writing the request to the
// last byte of the body, on loopback: the server's time plus a fraction of a millisecond of socket work.
import http from "node:http";
import type { Sample } from "./stats";

export interface Response {
  status: number;
  ms: number;
  /** The body's size in bytes as sent (this client asks for no compression). */
  bytes: number;
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
      const failed = (error: Error) => resolve({ status: 0, ms: performance.now() - started, bytes: 0, body: error.message, headers: {} });
      const req = http.request(
        { agent, host: base.hostname, port: base.port, method, path, headers: { ...init.headers, ...(init.body ? { "content-length": Buffer.byteLength(init.body) } : {}) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("error", failed);
          res.on("end", () => {
            const body = Buffer.concat(chunks);
            resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, bytes: body.length, body: body.toString("utf8"), headers: res.headers });
          });
        },
      );
      req.on("error", failed);
      req.end(init.body);
    });
  return { request, close: () => agent.destroy() };
}

/** One request of a virtual user: where to go, as whom, and how to tell the real answer. */
export interface UserRequest {
  path: string;
  headers?: Record<string, string>;
  /** Whether the answer is the page asked for (not a sign-in redirect or an error page). */
  check(response: Response): boolean;
}

export interface LoadOptions {
  label: string;
  users: number;
  seconds: number;
  /** Each user's n-th request. */
  request(user: number, n: number): UserRequest;
  /** Time a user reads an answer before asking again, uniform in [min, max] ms; none when absent. */
  thinkMs?: [number, number];
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `users` virtual users for `seconds`, each asking, reading the whole answer, thinking (when
 * `thinkMs` is given) and asking again: a closed loop, so the rate is what the server sustains.
 */
export async function driveUsers(client: Client, options: LoadOptions): Promise<Sample[]> {
  const samples: Sample[] = [];
  const until = performance.now() + options.seconds * 1000;
  const user = async (id: number) => {
    // Users start spread over one think time, not all in the same millisecond.
    if (options.thinkMs) await pause(Math.random() * options.thinkMs[1]);
    for (let n = 0; performance.now() < until; n++) {
      const wanted = options.request(id, n);
      const answer = await client.request("GET", wanted.path, { headers: { accept: "text/html", ...wanted.headers } });
      samples.push({
        label: options.label,
        ms: answer.ms,
        status: answer.status,
        ok: answer.status === 200 && wanted.check(answer),
        bytes: answer.bytes,
        note: answer.status === 0 ? answer.body : undefined,
      });
      if (options.thinkMs) await pause(options.thinkMs[0] + Math.random() * (options.thinkMs[1] - options.thinkMs[0]));
    }
  };
  await Promise.all(Array.from({ length: options.users }, (_, id) => user(id)));
  return samples;
}
