import { describe, expect, it } from "vitest";
import { publicDutyOf, withdrawDeadline } from "@/lib/applicant-lists/duty";
import { publicPostingsOf } from "@/lib/applicant-lists/form";
import { listDetailsFields, listDetailsProblems, withListRules } from "@/lib/applicant-lists/schemas";
import { drawLists, type ListEntry } from "@/lib/applicant-lists/snapshot";
import { renderEmail } from "@/lib/email/render";
import { z } from "@/lib/validation";

const entry = (id: string, firstName: string, lastName: string, extra: Partial<ListEntry> = {}): ListEntry => ({
  applicationId: id, firstName, lastName, gender: "WOMAN", birthYear: 2000, position: "Student", municipality: "Hamar",
  education: { level: "MASTER", field: "Økonomi", university: "USN", graduationYear: 2026 }, experience: null, exempted: false, ...extra,
});

describe("drawing the lists", () => {
  const entries = [
    entry("c", "Åse", "Berg", { gender: "WOMAN" }),
    entry("a", "Ola", "Nordmann", { gender: "MAN", exempted: true }),
    entry("b", "Kari", "Aasen", { gender: "OTHER", birthYear: null }),
    entry("d", "Jon", "Berg", { gender: "MAN", exempted: true }),
  ];
  const lists = drawLists(entries, 2027, "nb");

  it("names everyone not exempted in Norwegian order, the exempted last without a trace of who they are", () => {
    expect(lists.publicRows).toEqual([
      { name: "Åse Berg", age: 27, position: "Student", municipality: "Hamar" },
      { name: "Kari Aasen", age: null, position: "Student", municipality: "Hamar" },
      { exempted: true },
      { exempted: true },
    ]);
  });

  it("counts every applicant and their gender, the exempted included", () => {
    expect(lists.total).toBe(4);
    expect(lists.genders).toEqual({ WOMAN: 1, MAN: 2, OTHER: 1, UNDISCLOSED: 0 });
  });

  it("names everyone on the extended list, row by row with the applications it opens to", () => {
    expect(lists.extendedRows.map((r) => r.name)).toEqual(["Jon Berg", "Åse Berg", "Ola Nordmann", "Kari Aasen"]);
    expect(lists.applicationIds).toEqual(["d", "c", "a", "b"]);
  });
});

describe("what the form asks", () => {
  it("needs year of birth, position and municipality, and a reason only with a request", () => {
    expect(Object.keys(listDetailsProblems({})).sort()).toEqual(["birthYear", "currentPosition", "homeMunicipality"]);
    expect(listDetailsProblems({ birthYear: "1999", currentPosition: "Student", homeMunicipality: "Hamar", listExemption: true })).toEqual({
      listExemptionReason: "applicantLists.validation.reasonRequired",
    });
    expect(listDetailsProblems({ birthYear: 1999, currentPosition: "Student", homeMunicipality: "Hamar", listExemption: false })).toEqual({});
  });

  it("checks them in the same pass as the rest of the form, only when a list posting is ranked", () => {
    const schema = withListRules(z.object({ name: z.string().min(1), preferences: z.array(z.string()), ...listDetailsFields }), ["p1"]);
    const issues = (value: object) => schema.safeParse(value).error?.issues.map((i) => i.path.join(".")).sort() ?? [];
    expect(issues({ name: "", preferences: ["p1"] })).toEqual(["birthYear", "currentPosition", "homeMunicipality", "name"]);
    expect(issues({ name: "", preferences: ["p2"] })).toEqual(["name"]);
    expect(issues({ name: "x", preferences: ["p1"], birthYear: "99" })).toEqual(["birthYear", "currentPosition", "homeMunicipality"]);
  });

  it("tells a Norwegian public posting from a Swedish one and from a private one", () => {
    expect(publicDutyOf("NO", "PUBLIC")).toBe("applicantList");
    expect(publicDutyOf("SE", "PUBLIC")).toBe("publicDocument");
    expect(publicDutyOf("NO", "PRIVATE")).toBeNull();
    const postings = [{ id: "a", employer: { sector: "PUBLIC" as const } }, { id: "b", employer: { sector: "PRIVATE" as const } }];
    const notes = { applicantList: "liste", publicDocument: "allmän handling" };
    expect(publicPostingsOf("NO", postings, notes)).toEqual({ list: ["a"], notes: { a: "liste" } });
    expect(publicPostingsOf("SE", postings, notes)).toEqual({ list: [], notes: { a: "allmän handling" } });
  });
});

describe("the time to withdraw after a refusal", () => {
  it("ends at 23:59 in the consortium's zone a week on, across a change of clocks", () => {
    // 2027-03-25 in Oslo is winter time; a week later summer time has begun (28 March).
    expect(withdrawDeadline(new Date("2027-03-25T22:30:00Z"), "Europe/Oslo").toISOString()).toBe("2027-04-01T21:59:00.000Z");
    expect(withdrawDeadline(new Date("2027-01-10T08:00:00Z"), "Europe/Oslo").toISOString()).toBe("2027-01-17T22:59:00.000Z");
  });
});

describe("the decision mail", () => {
  it("says the decision, the note and until when to withdraw, in the recipient's language", async () => {
    const props = { kind: "exemptionRefused" as const, consortiumName: "Trainee Innlandet", name: "Kari", title: "Trainee i plan", employer: "Hamar kommune", note: "Særlig offentlig interesse.", withdrawBy: "1. apr. 2027, 23:59", url: "https://kohort.example/nb/c/x/me" };
    const nb = await renderEmail({ template: "applicant-list", props }, "nb");
    expect(nb.subject).toBe("Anmodningen om unntak er avslått: Trainee i plan");
    expect(nb.text).toContain("Særlig offentlig interesse.");
    expect(nb.text).toContain("fram til 1. apr. 2027, 23:59");
    expect(nb.html).toContain("<title>Anmodningen om unntak er avslått: Trainee i plan</title>");
    const en = await renderEmail({ template: "applicant-list", props: { ...props, kind: "exemptionGranted", withdrawBy: undefined } }, "en");
    expect(en.subject).toBe("Your request for exemption was granted: Trainee i plan");
  });
});
