import { headers } from "next/headers";
import { env } from "../env";

/**
 * The client's address from `X-Forwarded-For`, for rate limits. Each proxy appends the address it
 * was called from, so only the last `trustedProxies` entries were written by our own proxies; the
 * entry just left of them is the client. Anything further left was sent by the client itself and
 * could be anything, so the leftmost entry is never trusted when a proxy of ours is in front.
 */
export function addressFrom(forwardedFor: string | null, realIp: string | null, trustedProxies: number): string {
  const hops = (forwardedFor ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (trustedProxies > 0 && hops.length) return hops[Math.max(0, hops.length - trustedProxies)];
  return realIp?.trim() || "unknown";
}

export async function clientAddress(): Promise<string> {
  const h = await headers();
  return addressFrom(h.get("x-forwarded-for"), h.get("x-real-ip"), env.TRUSTED_PROXIES);
}
