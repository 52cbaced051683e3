import { describe, expect, it } from "vitest";
import { maskSmall } from "@/lib/dashboards/privacy";

describe("small-count masking for the steering group", () => {
  it("hides counts from 1 to 4 and shows zero and five or more", () => {
    expect([0, 1, 4, 5, 12].map((n) => maskSmall(n, "en"))).toEqual(["0", "<5", "<5", "5", "12"]);
    expect(maskSmall(1618, "sv").replace(/\s/g, " ")).toBe("1 618");
  });
});
