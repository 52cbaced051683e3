import { describe, expect, it } from "vitest";
import { addressFrom } from "@/lib/server/client-address";
import { parseEnv } from "@/lib/env";

describe("addressFrom", () => {
  it("takes the entry our one proxy appended, not what the client sent before it", () => {
    expect(addressFrom("6.6.6.6, 203.0.113.7", "10.0.0.2", 1)).toBe("203.0.113.7");
  });

  it("skips our own proxies' entries when there are several", () => {
    expect(addressFrom("6.6.6.6, 203.0.113.7, 10.0.0.2", "10.0.0.3", 2)).toBe("203.0.113.7");
  });

  it("takes the leftmost entry when the chain is shorter than the proxies we expect", () => {
    expect(addressFrom("203.0.113.7", "10.0.0.2", 2)).toBe("203.0.113.7");
  });

  it("trusts no forwarded address when no proxy is in front: the connection's address counts", () => {
    expect(addressFrom("6.6.6.6", "198.51.100.4", 0)).toBe("198.51.100.4");
    expect(addressFrom(null, null, 0)).toBe("unknown");
  });

  it("by default, a forged X-Forwarded-For does not change the rate-limit key", () => {
    const required = { DATABASE_URL: "postgresql://a@b/c", DATABASE_APP_URL: "postgresql://d@b/c", AUTH_SECRET: "x".repeat(32) };
    const { TRUSTED_PROXIES } = parseEnv(required);
    expect(TRUSTED_PROXIES).toBe(0);
    const keys = new Set(["1.1.1.1", "2.2.2.2", "3.3.3.3, 4.4.4.4", null].map((forged) => addressFrom(forged, "198.51.100.4", TRUSTED_PROXIES)));
    expect([...keys]).toEqual(["198.51.100.4"]);
  });
});
