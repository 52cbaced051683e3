import { describe, expect, it } from "vitest";
import { answersSchema } from "@/lib/surveys/answers";
import { DEFAULT_QUESTIONS } from "@/lib/surveys/defaults";
import { outcomeOf, traineeUpdateOf } from "@/lib/surveys/outcomes";
import { municipalitiesSchema } from "@/lib/surveys/schemas";
import { dropoutCutoff, hasAlumniConsent, isAutoSendDue, isWaveDue, waveDueDate } from "@/lib/surveys/timing";
import { askedInWave, ELSEWHERE, feedsOutcomes, type SnapshotQuestion } from "@/lib/surveys/types";

const REGION = ["Arvika", "Karlstad", "Torsby"];
const questions: SnapshotQuestion[] = DEFAULT_QUESTIONS.filter((q) => q.audience === "TRAINEE").map((q) => ({
  id: q.key,
  key: q.key,
  kind: q.kind,
  label: q.label,
  options: q.options ?? [],
  required: q.required ?? false,
}));
const parse = (answers: Record<string, string>, other: Record<string, string> = {}) => answersSchema(questions, REGION).safeParse({ answers, other });
const base = { residence: "Karlstad", works_in_region: "yes", offered_job: "no" };

describe("answers against the questions sent", () => {
  it("keeps numbers for scales, the region's spelling of a municipality and a written-in one", () => {
    const ok = parse({ ...base, residence: "  karlSTAD ", scale_courses: "5", work_municipality: ELSEWHERE }, { work_municipality: "Oslo" });
    expect(ok.success && ok.data).toEqual({ residence: "Karlstad", works_in_region: "yes", offered_job: "no", scale_courses: 5, work_municipality: "Oslo" });
  });

  it("drops empty optional answers and refuses what the survey did not ask", () => {
    expect(parse({ ...base, scale_network: "" }).success).toBe(true);
    const cases: [Record<string, string>, string, string][] = [
      [{ ...base, scale_courses: "7" }, "answers.scale_courses", "survey.validation.scale"],
      [{ ...base, scale_courses: "2.5" }, "answers.scale_courses", "survey.validation.scale"],
      [{ ...base, offered_job: "perhaps" }, "answers.offered_job", "validation.choice"],
      [{ ...base, residence: "Gotham" }, "answers.residence", "validation.choice"],
      [{ ...base, residence: "" }, "answers.residence", "validation.required"],
      [{ ...base, residence: ELSEWHERE }, "other.residence", "survey.validation.elsewhere"],
      [{ ...base, intruder: "x" }, "answers", "survey.validation.unknownQuestion"],
    ];
    for (const [answers, path, message] of cases) {
      const result = parse(answers);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toContainEqual([path, message]);
    }
  });
});

describe("outcomes from answers", () => {
  it("reads where the person lives and works and the job offer from the ready-made keys", () => {
    const outcome = outcomeOf(questions, { residence: "Karlstad", works_in_region: "yes", offered_job: "yes", accepted_offer: "yes" }, REGION);
    expect(outcome).toEqual({ municipality: "Karlstad", livesInRegion: "YES", worksInRegion: "YES", offeredJob: "YES", acceptedOffer: "YES", otherJobInRegion: "NO" });
  });

  it("counts another job in the region when the offer was declined, and reads work from where they work when not asked", () => {
    const declined = outcomeOf(questions, { residence: "Oslo", offered_job: "yes", accepted_offer: "no", work_municipality: "Torsby" }, REGION);
    expect(declined).toMatchObject({ livesInRegion: "NO", worksInRegion: "YES", acceptedOffer: "NO", otherJobInRegion: "YES" });
    const none = outcomeOf(questions, { offered_job: "no", accepted_offer: "yes" }, REGION);
    expect(none).toMatchObject({ municipality: null, livesInRegion: "UNKNOWN", acceptedOffer: "UNKNOWN", otherJobInRegion: "UNKNOWN" });
  });

  it("only what was answered overwrites the trainee's columns", () => {
    expect(traineeUpdateOf(outcomeOf(questions, { residence: "Arvika" }, REGION))).toEqual({ residenceMunicipality: "Arvika" });
  });
});

describe("when surveys go", () => {
  const end = new Date("2026-08-31T00:00:00Z");
  it("END on the last day, YEAR_1 and YEAR_3 a year and three years on", () => {
    expect(waveDueDate(end, "YEAR_1").toISOString().slice(0, 10)).toBe("2027-08-31");
    expect(waveDueDate(end, "YEAR_3").toISOString().slice(0, 10)).toBe("2029-08-31");
    expect(isWaveDue(end, "END", new Date("2026-08-30T23:00:00Z"))).toBe(false);
    expect(isWaveDue(end, "END", new Date("2026-08-31T06:00:00Z"))).toBe(true);
  });

  it("automatically only within 30 days of the day", () => {
    expect(isAutoSendDue(end, "END", new Date("2026-09-29T00:00:00Z"))).toBe(true);
    expect(isAutoSendDue(end, "END", new Date("2026-10-01T00:00:00Z"))).toBe(false);
  });

  it("leaves out dropouts more than three months before the end; later waves need consent not withdrawn", () => {
    expect(dropoutCutoff(end).toISOString().slice(0, 10)).toBe("2026-05-31");
    expect(hasAlumniConsent({ alumniConsentAt: end, alumniConsentWithdrawnAt: null })).toBe(true);
    expect(hasAlumniConsent({ alumniConsentAt: null, alumniConsentWithdrawnAt: end })).toBe(false);
    expect(hasAlumniConsent({ alumniConsentAt: end, alumniConsentWithdrawnAt: new Date("2026-09-01") })).toBe(false);
  });

  it("asks about the programme year only at the end; outcome keys are the ones the rules read", () => {
    expect(askedInWave("offered_job", "YEAR_1")).toBe(false);
    expect(askedInWave("residence", "YEAR_3")).toBe(true);
    expect(askedInWave(null, "YEAR_3")).toBe(true);
    expect(feedsOutcomes("residence")).toBe(true);
    expect(feedsOutcomes("scale_courses")).toBe(false);
  });
});

describe("the municipalities field", () => {
  it("splits lines, trims, drops blanks and case-insensitive duplicates", () => {
    expect(municipalitiesSchema.parse({ municipalities: " Arvika\r\n\narvika\nKarlstad " })).toEqual({ municipalities: ["Arvika", "Karlstad"] });
  });
});
