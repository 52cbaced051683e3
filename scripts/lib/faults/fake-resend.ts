// A stand-in for Resend's `POST /emails` (node:http, no dependency) that can fail on purpose. Like
// Resend it keeps every idempotency key it has accepted and answers a repeat with the first
// answer, without sending again. It listens on one port per sender, so it knows which app instance
// (or worker) sent each request: point each one's RESEND_BASE_URL at its own `listen(label)`.
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

/** "ok" sends; "error-500" and "rate-limit-429" refuse every mail, as in an outage. */
export type FakeMode = "ok" | "error-500" | "rate-limit-429";

export interface FakeRequest {
  key: string | null;
  to: string;
  sender: string;
  /** Date.now() when the request arrived. */
  at: number;
  answer: number | "dropped";
}

export interface Delivery {
  id: string;
  key: string | null;
  to: string;
  sender: string;
}

export interface FakeResend {
  mode: FakeMode;
  /** Recipients this fake refuses whatever the mode: a mail that can never be sent. */
  refuse: (to: string) => boolean;
  /**
   * Recipients whose mail is sent and then the answer lost: the connection drops (every other
   * time) or a 500 comes back, so the sender cannot know the mail went out. A repeat of the same
   * key then gets the stored answer, as from Resend.
   */
  loseAnswer: (to: string) => boolean;
  /** Every POST /emails, in order of arrival. */
  requests: FakeRequest[];
  /** Mails actually sent: one per idempotency key (and one per request without a key). */
  deliveries: Delivery[];
  /** A base URL for one sender. */
  listen(sender: string): Promise<string>;
  close(): Promise<void>;
}

const ERRORS = {
  500: { name: "internal_server_error", message: "An unexpected error occurred." },
  429: { name: "rate_limit_exceeded", message: "Too many requests. You can only make 2 requests per second." },
} as const;

export function createFakeResend(): FakeResend {
  const servers: http.Server[] = [];
  const byKey = new Map<string, { id: string; body: string }>();
  let lostAnswers = 0;
  const fake: FakeResend = {
    mode: "ok",
    refuse: () => false,
    loseAnswer: () => false,
    requests: [],
    deliveries: [],
    listen: (sender) =>
      new Promise((resolve) => {
        const server = http.createServer((req, res) => void handle(sender, req, res));
        servers.push(server);
        server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
      }),
    close: async () => {
      await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
      servers.forEach((s) => s.closeAllConnections());
    },
  };

  const answer = (res: http.ServerResponse, status: number, body: object) => {
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  };

  async function handle(sender: string, req: http.IncomingMessage, res: http.ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== "POST" || req.url !== "/emails") return answer(res, 404, { name: "not_found", message: "Not found" });
    const body = Buffer.concat(chunks).toString("utf8");
    const to = String((JSON.parse(body) as { to?: string | string[] }).to ?? "");
    const key = req.headers["idempotency-key"] ? String(req.headers["idempotency-key"]) : null;
    const record = (status: number | "dropped") => fake.requests.push({ key, to, sender, at: Date.now(), answer: status });
    const refusal = fake.refuse(to) ? 500 : fake.mode === "error-500" ? 500 : fake.mode === "rate-limit-429" ? 429 : null;
    if (refusal) {
      record(refusal);
      return answer(res, refusal, { statusCode: refusal, ...ERRORS[refusal] });
    }
    const earlier = key ? byKey.get(key) : undefined;
    if (earlier && earlier.body !== body) {
      record(409);
      return answer(res, 409, { statusCode: 409, name: "invalid_idempotent_request", message: "Same idempotency key used with a different request payload." });
    }
    if (earlier) {
      record(200);
      return answer(res, 200, { id: earlier.id });
    }
    const id = randomUUID();
    if (key) byKey.set(key, { id, body });
    fake.deliveries.push({ id, key, to, sender });
    if (fake.loseAnswer(to)) {
      const drop = lostAnswers++ % 2 === 0;
      record(drop ? "dropped" : 500);
      return drop ? req.socket.destroy() : answer(res, 500, { statusCode: 500, ...ERRORS[500] });
    }
    record(200);
    answer(res, 200, { id });
  }

  return fake;
}
