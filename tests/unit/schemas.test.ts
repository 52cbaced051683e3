import { describe, expect, it } from "vitest";
import { callbackPath, signInSchema } from "@/lib/auth/schemas";
import { createConsortiumSchema, suggestSlug } from "@/lib/consortia/schemas";
import { employerSchema, normaliseOrgNumber } from "@/lib/members/schemas";
import { inviteSchema } from "@/lib/people/schemas";

const employer = {
  name: "Karlstads kommun",
  orgNumber: "212000-1876",
  sector: "PUBLIC",
  sizeBand: "FROM_250",
  municipality: "Karlstad",
  website: "",
  about: "",
  memberSince: "2024-01-01",
  status: "ACTIVE",
};

describe("form schemas", () => {
  it("normalises Swedish and Norwegian organisation numbers and rejects others", () => {
    expect(normaliseOrgNumber("2120001876")).toBe("212000-1876");
    expect(normaliseOrgNumber("974 760 673")).toBe("974 760 673");
    expect(normaliseOrgNumber("974760673")).toBe("974 760 673");
    expect(normaliseOrgNumber("12345")).toBeNull();
    expect(normaliseOrgNumber("abc000-1876")).toBeNull();
  });

  it("accepts a valid employer and reports translated keys for bad fields", () => {
    expect(employerSchema.safeParse(employer).success).toBe(true);
    const bad = employerSchema.safeParse({ ...employer, name: " ", orgNumber: "1", website: "not a url", memberSince: "2024-13-45" });
    expect(bad.success).toBe(false);
    const messages = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages).toMatchObject({
      name: "validation.required",
      orgNumber: "validation.orgNumber",
      website: "validation.url",
      memberSince: "validation.date",
    });
  });

  it("rejects unknown fields instead of storing them", () => {
    expect(employerSchema.safeParse({ ...employer, consortiumId: "other" }).success).toBe(false);
  });

  it("requires an employer for an employer-contact invitation", () => {
    const result = inviteSchema.safeParse({ email: "a@b.se", role: "EMPLOYER", employerId: "", locale: "sv" });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ["employerId"], message: "validation.employerRequired" });
    expect(inviteSchema.safeParse({ email: "A@B.se ", role: "STEERING", locale: "sv" }).data?.email).toBe("a@b.se");
  });

  it("validates consortium slugs and suggests one from the name", () => {
    expect(suggestSlug("Trainee Värmland")).toBe("trainee-varmland");
    expect(suggestSlug("Trainee Østfold & Akershus")).toBe("trainee-ostfold-akershus");
    const base = { name: "X", country: "SE", currency: "SEK", defaultLocale: "sv" };
    expect(createConsortiumSchema.safeParse({ ...base, slug: "ok-slug" }).success).toBe(true);
    expect(createConsortiumSchema.safeParse({ ...base, slug: "-bad" }).success).toBe(false);
    expect(createConsortiumSchema.safeParse({ ...base, slug: "a" }).success).toBe(false);
  });

  it("never lets sign-in redirect off the site", () => {
    expect(callbackPath.safeParse("/sv/c/x").success).toBe(true);
    expect(callbackPath.safeParse("//evil.example").success).toBe(false);
    expect(callbackPath.safeParse("https://evil.example").success).toBe(false);
    expect(signInSchema.safeParse({ email: "not-an-email", locale: "sv" }).error?.issues[0].message).toBe("validation.email");
  });
});
