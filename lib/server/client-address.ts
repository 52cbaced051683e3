import { headers } from "next/headers";
import { env } from "../env";
import { peerAddressHeader } from "./peer-address";

/**
 * The client's address, for rate limits. With no proxy of ours in front (`TRUSTED_PROXIES=0`, the
 * default) it is the address of the connection itself: `X-Forwarded-For` is then whatever the
 * client wrote, so it is never read. Behind proxies of ours, each appends the address it was called
 * from, so only the last `trustedProxies` entries are theirs; the entry just left of them is the
 * client, and anything further left was sent by the client and could be anything.
 */
export function addressFrom(forwardedFor: string | null, peer: string | null, trustedProxies: number): string {
  const hops = (forwardedFor ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (trustedProxies > 0 && hops.length) return hops[Math.max(0, hops.length - trustedProxies)];
  return peer?.trim() || "unknown";
}

export async function clientAddress(): Promise<string> {
  const h = await headers();
  const peerHeader = peerAddressHeader();
  return addressFrom(h.get("x-forwarded-for"), peerHeader ? h.get(peerHeader) : null, env.TRUSTED_PROXIES);
}
