import { randomBytes } from "node:crypto";
import type { IncomingMessage, Server } from "node:http";

// Next hands a server action or page the request's headers but not its socket, and it fills in
// `X-Forwarded-For` from the socket only when the client sent none — so with no proxy in front,
// that header is the client's to choose. This stamps each incoming request with the connection's
// own address, under a header name that holds a secret made when the process starts: a client
// cannot send a header it cannot name. Requests that arrive before instrumentation.ts has run carry
// no stamp and count as "unknown" (one shared bucket), never as what they claim.

const slot = globalThis as typeof globalThis & { __kohortPeerHeader?: string };

/** The header carrying the connection's address, or null before stamping has started. */
export function peerAddressHeader(): string | null {
  return slot.__kohortPeerHeader ?? null;
}

/** Stamps every request an HTTP server of this process receives from now on (once per process). */
export function stampPeerAddresses(http: { Server: typeof Server }): void {
  if (slot.__kohortPeerHeader) return;
  const header = `x-kohort-peer-${randomBytes(12).toString("hex")}`;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as IncomingMessage;
      request.headers[header] = request.socket?.remoteAddress ?? "unknown";
    }
    return (emit as (this: Server, event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args);
  } as typeof emit;
  slot.__kohortPeerHeader = header;
}
