import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { APPLICANT_EMAIL_KINDS, type ApplicantEmailKind } from "@/lib/applications/email-kinds";
import { criteriaSchema, emailTemplatesSchema } from "@/lib/campaigns/schemas";
import { assignKeys, slugKey } from "@/lib/campaigns/setup";

const catalog = (locale: string) =>
  (JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as { email: { applicant: Record<string, { subject: string; body: string }> } }).email.applicant;
const placeholdersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
const label = (text: string) => ({ sv: text, nb: text, en: text });

describe("applicant email kinds", () => {
  it("allow every placeholder the catalog's wording uses, in every language", () => {
    for (const locale of ["sv", "nb", "en"]) {
      for (const [kind, allowed] of Object.entries(APPLICANT_EMAIL_KINDS)) {
        const { subject, body } = catalog(locale)[kind];
        expect({ locale, kind, unknown: placeholdersOf(subject + body).filter((p) => !(allowed as readonly string[]).includes(p)) }).toEqual({ locale, kind, unknown: [] });
      }
    }
  });

  it("each have a name on the set-up page, in every language", () => {
    for (const locale of ["sv", "nb", "en"]) {
      const names = (JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as { campaigns: { setup: { templates: { kinds: object } } } }).campaigns.setup.templates.kinds;
      expect(Object.keys(names).sort()).toEqual(Object.keys(APPLICANT_EMAIL_KINDS).sort());
    }
  });
});

describe("campaign set-up", () => {
  it("makes keys from the English label that ratings accept", () => {
    expect(slugKey("Motivation & drive", "c")).toBe("motivation-drive");
    expect(slugKey("Språk / Norsk", "c")).toBe("sprak-norsk");
    expect(slugKey("2 years abroad", "q")).toBe("q-2-years-abroad");
    expect(slugKey("???", "q")).toBe("q");
    expect(slugKey("x".repeat(80), "c")).toHaveLength(32);
  });

  it("keeps the keys a campaign has and numbers a taken one", () => {
    const rows = assignKeys(["motivation"], [{ label: { en: "Teamwork" } }, { key: "motivation", label: { en: "Drive" } }, { label: { en: "Drive" } }, { key: "forged", label: { en: "Teamwork" } }], "c");
    expect(rows.map((r) => r.key)).toEqual(["teamwork", "motivation", "drive", "teamwork-2"]);
  });

  it("wants 1 to 8 criteria, each labelled in every language", () => {
    const parse = (rows: unknown[]) => criteriaSchema.safeParse({ campaignId: "c1", rows });
    expect(parse([]).success).toBe(false);
    expect(parse(Array.from({ length: 9 }, () => ({ label: label("A") }))).success).toBe(false);
    expect(parse([{ label: { ...label("A"), nb: " " } }]).error?.issues[0]).toMatchObject({ path: ["rows", 0, "label", "nb"], message: "validation.required" });
    expect(parse([{ label: label("A".repeat(81)) }]).success).toBe(false);
  });

  it("refuses a subject without a body and placeholders the email has no value for", () => {
    const parse = (kind: ApplicantEmailKind, subject: string, body: string) =>
      emailTemplatesSchema.safeParse({ campaignId: "c1", templates: { [kind]: { nb: { subject, body } } } });
    expect(parse("received", "", "").success).toBe(true);
    expect(parse("received", "Takk, {name}", "Frist {deadline}, {consortium}").success).toBe(true);
    expect(parse("received", "Takk", "").error?.issues).toMatchObject([{ path: ["templates", "received", "nb", "body"], message: "validation.subjectAndBody" }]);
    expect(parse("offer", "Tilbud {deadline}", "Hei").error?.issues).toMatchObject([{ path: ["templates", "offer", "nb", "subject"], message: "validation.unknownPlaceholder" }]);
    expect(emailTemplatesSchema.safeParse({ campaignId: "c1", templates: { unknownKind: {} } }).success).toBe(false);
  });
});
