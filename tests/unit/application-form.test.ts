import { describe, expect, it } from "vitest";
import { placePosting } from "@/lib/applications/ranking";
import { applicationFormSchema, applicationSchema, draftDataSchema } from "@/lib/applications/schemas";
import { normaliseVideoUrl } from "@/lib/applications/video";
import { formatFileSize } from "@/lib/i18n/format";

/** A form as the browser holds it, complete and valid. */
const complete = {
  firstName: "Kari",
  lastName: "Nordmann",
  phone: "",
  educationLevel: "MASTER",
  field: "Økonomi",
  university: "Universitetet i Innlandet",
  graduationYear: "2026",
  ties: [],
  livesInRegion: false,
  heardFrom: "",
  gender: "UNDISCLOSED",
  genderDescription: "",
  coverLetter: "Jeg vil bli i Innlandet.",
  videoUrl: "https://youtu.be/dQw4w9WgXcQ?si=abc",
  videoConfirmed: true,
  preferences: ["p1", "", ""],
  extraAnswers: { motivation: "Fordi." },
  processingConsent: true,
  talentPoolConsent: false,
  cv: { name: "cv.pdf", size: 618 },
};

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("the application form, checked in the browser in one pass", () => {
  const schema = applicationFormSchema(["motivation"]);

  it("accepts a complete form", () => {
    expect(schema.safeParse(complete).success).toBe(true);
  });

  it("reports every problem at once, the ranking, the CV and a required question included", () => {
    const empty = { ...complete, firstName: "", graduationYear: "", coverLetter: "", videoUrl: "", preferences: ["", "", ""], extraAnswers: {}, cv: null, processingConsent: false };
    expect(issues(schema.safeParse(empty))).toEqual({
      firstName: "validation.firstName",
      graduationYear: "validation.graduationYear",
      coverLetter: "validation.coverLetter",
      videoUrl: "validation.videoRequired",
      preferences: "validation.preferenceRequired",
      "extraAnswers.motivation": "validation.answerRequired",
      cv: "validation.cvRequired",
      processingConsent: "validation.consentRequired",
    });
  });

  it("says how to write the graduation year instead of 'too short or too small'", () => {
    expect(issues(schema.safeParse({ ...complete, graduationYear: "26" }))).toEqual({ graduationYear: "validation.graduationYear" });
    expect(issues(schema.safeParse({ ...complete, graduationYear: "1960" }))).toEqual({ graduationYear: "validation.graduationYearRange" });
  });

  it("names a posting chosen twice, and a cover letter over the limit", () => {
    const result = schema.safeParse({ ...complete, preferences: ["p1", "p1", ""], coverLetter: "x".repeat(6001) });
    expect(issues(result)).toEqual({ preferences: "validation.preferenceTwice", coverLetter: "validation.coverLetterTooLong" });
  });

  it("keeps the video link as pasted, once it names one video of an allowed host", () => {
    const { cv: _cv, ...sent } = complete;
    const parsed = applicationSchema.parse({ ...sent, campaignId: "c1", videoUrl: " https://youtu.be/dQw4w9WgXcQ?si=abc " });
    expect(parsed.videoUrl).toBe("https://youtu.be/dQw4w9WgXcQ?si=abc");
    expect(issues(schema.safeParse({ ...complete, videoUrl: "https://evil.example/v" }))).toEqual({ videoUrl: "validation.videoHostNotAllowed" });
    // What the pages embed: the same video, whether stored as pasted or (older rows) as embed URL.
    expect(normaliseVideoUrl(parsed.videoUrl)).toMatchObject({ embedUrl: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" });
    expect(normaliseVideoUrl("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")).toMatchObject({ embedUrl: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" });
  });

  it("lets a draft hold a large paste (so it is answered with a count, not a failure), within a bound", () => {
    expect(draftDataSchema.safeParse({ coverLetter: "y".repeat(30_000) }).success).toBe(true);
    expect(issues(draftDataSchema.safeParse({ coverLetter: "y".repeat(60_001) }))).toEqual({ coverLetter: "validation.draftTooLong" });
  });
});

describe("Apply on a posting page", () => {
  it("puts the posting into the first free choice", () => {
    expect(placePosting(["a", "", ""], "b")).toEqual({ preferences: ["a", "b", ""], placement: { kind: "added", rank: 2 } });
    expect(placePosting(["", "", ""], "b")).toEqual({ preferences: ["b", "", ""], placement: { kind: "added", rank: 1 } });
  });

  it("says where it is when it is ranked already, and changes nothing", () => {
    expect(placePosting(["a", "b", ""], "b")).toEqual({ preferences: ["a", "b", ""], placement: { kind: "alreadyRanked", rank: 2 } });
  });

  it("says the ranking is full rather than dropping a choice", () => {
    expect(placePosting(["a", "b"], "c")).toEqual({ preferences: ["a", "b"], placement: { kind: "full", max: 2 } });
  });
});

describe("file sizes for people", () => {
  it.each([
    [618, "en", "0.6 kB"],
    [618, "sv", "0,6 kB"],
    [12, "nb", "0,1 kB"],
    [200 * 1024, "en", "200 kB"],
    [4.2 * 1024 * 1024, "nb", "4,2 MB"],
    [5 * 1024 * 1024, "sv", "5 MB"],
  ] as const)("%d bytes in %s: %s", (bytes, locale, shown) => {
    expect(formatFileSize(bytes, locale).replace(/\u00a0/g, " ")).toBe(shown);
  });
});
