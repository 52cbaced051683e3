import { describe, expect, it } from "vitest";
import { addressFrom } from "@/lib/server/client-address";

describe("addressFrom", () => {
  it("takes the entry our one proxy appended, not what the client sent before it", () => {
    expect(addressFrom("6.6.6.6, 203.0.113.7", null, 1)).toBe("203.0.113.7");
  });

  it("skips our own proxies' entries when there are several", () => {
    expect(addressFrom("6.6.6.6, 203.0.113.7, 10.0.0.2", null, 2)).toBe("203.0.113.7");
  });

  it("takes the leftmost entry when the chain is shorter than the proxies we expect", () => {
    expect(addressFrom("203.0.113.7", null, 2)).toBe("203.0.113.7");
  });

  it("trusts no forwarded address when no proxy is in front", () => {
    expect(addressFrom("6.6.6.6", "198.51.100.4", 0)).toBe("198.51.100.4");
    expect(addressFrom(null, null, 1)).toBe("unknown");
  });
});
