import { describe, expect, it } from "vitest";
import { importKeyOf, parseImportKey, sameName } from "@/lib/import/validate";

// Import keys (lib/import/validate.ts): what a cohort and a trainee's name or email spell must
// never spell another trainee's key, and the key reads back into its parts.
describe("import keys", () => {
  it("no cohort and name can make another pair's key, whatever separator they hold", () => {
    expect(importKeyOf("A|b", null, "x")).not.toBe(importKeyOf("A", null, "b|x"));
    expect(importKeyOf('A","b', null, "x")).not.toBe(importKeyOf("A", null, 'b","x'));
    expect(importKeyOf("A\u001fb", null, "x")).not.toBe(importKeyOf("A", null, "b\u001fx"));
    // A name that looks like an email is still a name.
    expect(importKeyOf("A", null, "a@b.se")).not.toBe(importKeyOf("A", "a@b.se", "Anna"));
  });

  it("keys by email, else by the name in lower case with single spaces, and read back", () => {
    expect(importKeyOf("2021/22", "anna@example.se", "Anna Ek")).toBe('["2021/22","email","anna@example.se"]');
    expect(importKeyOf("2021/22", null, "Åsa  ÖBERG")).toBe(importKeyOf("2021/22", null, "åsa öberg"));
    expect(parseImportKey(importKeyOf("A|b", null, "Bo Ek"))).toEqual({ cohort: "A|b", by: "name", value: "bo ek" });
    expect(parseImportKey(importKeyOf("A", "a@b.se", "Anna"))).toEqual({ cohort: "A", by: "email", value: "a@b.se" });
    for (const other of [null, "2021/22|anna@example.se", "[1,2,3]", '["a","phone","1"]', "{}"]) expect(parseImportKey(other)).toBeNull();
  });

  it("names are the same regardless of case and runs of spaces", () => {
    expect(sameName("Björn  EK", "björn ek")).toBe(true);
    expect(sameName("Björn Ek", "Björn Eks")).toBe(false);
  });
});
