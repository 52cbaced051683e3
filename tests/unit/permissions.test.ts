import { describe, expect, it } from "vitest";
import { can, INVITABLE_ROLES, PERMISSIONS } from "@/lib/auth/permissions";

describe("role → permission map", () => {
  it("lets only coordinators manage members and people", () => {
    for (const permission of ["member.manage", "people.invite", "people.manage"] as const) {
      expect(can("COORDINATOR", permission)).toBe(true);
      expect(can("EMPLOYER", permission)).toBe(false);
      expect(can("STEERING", permission)).toBe(false);
      expect(can("APPLICANT", permission)).toBe(false);
    }
  });

  it("gives each role exactly one dashboard", () => {
    for (const role of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
      const dashboards = (PERMISSIONS[role] as readonly string[]).filter((p) => p.startsWith("dashboard."));
      expect(dashboards).toHaveLength(1);
    }
  });

  it("does not let anyone be invited as an applicant", () => {
    expect(INVITABLE_ROLES).not.toContain("APPLICANT");
  });
});
