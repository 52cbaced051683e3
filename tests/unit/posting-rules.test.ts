import { describe, expect, it } from "vitest";
import { canTransition, statusOnApproval } from "@/lib/postings/rules";

describe("posting lifecycle rules", () => {
  it("allows each step only from its states", () => {
    expect(canTransition("DRAFT", "submit")).toBe(true);
    expect(canTransition("RETURNED", "submit")).toBe(true);
    expect(canTransition("SUBMITTED", "submit")).toBe(false);
    expect(canTransition("SUBMITTED", "approve")).toBe(true);
    expect(canTransition("PUBLISHED", "approve")).toBe(false);
    expect(canTransition("PUBLISHED", "edit")).toBe(false);
    expect(canTransition("CLOSED", "close")).toBe(false);
  });

  it("publishes on approval only inside the campaign window", () => {
    const campaign = { opensAt: new Date("2026-11-01T00:00:00Z"), closesAt: new Date("2027-03-01T22:59:00Z") };
    expect(statusOnApproval(campaign, new Date("2026-10-31T23:59:59Z"))).toBe("APPROVED");
    expect(statusOnApproval(campaign, new Date("2026-11-25T12:00:00Z"))).toBe("PUBLISHED");
    expect(statusOnApproval(campaign, new Date("2027-03-01T22:59:00Z"))).toBe("APPROVED");
  });
});
