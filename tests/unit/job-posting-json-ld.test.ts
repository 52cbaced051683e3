import Validator from "@adobe/structured-data-validator";
import { describe, expect, it } from "vitest";
import { jobPostingJsonLd } from "@/lib/careers/service";

// The career page's JobPosting as Google's job-search rules read it, through Adobe's validator of
// Google's rich-result requirements (required properties are errors, recommended ones warnings).

const posting = {
  id: "cm9posting000001",
  title: "Trainee, samhällsbyggnad",
  description: "<p>Ett år i tre förvaltningar.</p>",
  field: "Samhällsbyggnad",
  municipality: "Karlstad",
  educationLevel: "MASTER" as const,
  places: 2,
  publishedAt: new Date("2027-01-10T08:00:00Z"),
  employer: { id: "cm9employer0001", name: "Karlstads kommun", municipality: "Karlstad", about: null, website: "https://karlstad.se", logoUrl: null, sector: "PUBLIC" as const },
  campaign: { closesAt: new Date("2027-03-01T22:59:59Z"), cohort: { name: "2027/28", startDate: new Date("2027-09-01") } },
};

async function issuesOf(jsonLd: object) {
  return new Validator().validate({ jsonld: { JobPosting: [jsonLd] } });
}

describe("JobPosting JSON-LD", () => {
  it("has every property Google requires, with an identifier and directApply", async () => {
    const jsonLd = jobPostingJsonLd(posting as never, "SE", "https://kohort.example/sv/c/trainee-varmland/jobs/cm9posting000001", "https://kohort.example/logo.png");
    expect(jsonLd).toMatchObject({ identifier: { "@type": "PropertyValue", name: "Karlstads kommun", value: posting.id }, directApply: true });
    const issues = await issuesOf(jsonLd);
    expect(issues.filter((i) => i.severity === "ERROR")).toEqual([]);
    // What is left unsaid is said on purpose: salaries are agreed per employer, and the roles are
    // not remote (jobLocationType, applicantLocationRequirements are for remote work).
    expect(issues.flatMap((i) => i.fieldNames).sort()).toEqual(["applicantLocationRequirements", "baseSalary", "jobLocationType"]);
  });

  it("is the validator's error when a required property is missing", async () => {
    const { title: _title, ...untitled } = jobPostingJsonLd(posting as never, "SE", "https://kohort.example/x");
    expect((await issuesOf(untitled)).filter((i) => i.severity === "ERROR").flatMap((i) => i.fieldNames)).toEqual(["title"]);
  });
});
