import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const LOCALES = ["sv", "nb", "en"] as const;
const catalogs = Object.fromEntries(
  LOCALES.map((l) => [l, JSON.parse(readFileSync(`messages/${l}.json`, "utf8")) as Record<string, unknown>]),
);

function flatten(obj: Record<string, unknown>, prefix = ""): Record<string, string> {
  return Object.entries(obj).reduce<Record<string, string>>((out, [key, value]) => {
    if (value && typeof value === "object") Object.assign(out, flatten(value as Record<string, unknown>, `${prefix}${key}.`));
    else out[`${prefix}${key}`] = String(value);
    return out;
  }, {});
}

/** Top-level ICU argument names: {email}, {count, plural, …} → email, count. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    if (message[i] === "{") {
      if (depth === 0) names.add(message.slice(i + 1).match(/^\s*(\w+)/)?.[1] ?? "");
      depth++;
    } else if (message[i] === "}") depth--;
  }
  return [...names].filter(Boolean).sort();
}

const flat = Object.fromEntries(LOCALES.map((l) => [l, flatten(catalogs[l])]));

describe("message catalogs", () => {
  it("have the same keys in Swedish, Norwegian and English", () => {
    const english = Object.keys(flat.en).sort();
    expect(english.length).toBeGreaterThan(100);
    for (const locale of ["sv", "nb"] as const) expect(Object.keys(flat[locale]).sort()).toEqual(english);
  });

  it("use the same placeholders in every language", () => {
    for (const [key, message] of Object.entries(flat.en)) {
      for (const locale of ["sv", "nb"] as const) {
        expect({ key, locale, args: argumentsOf(flat[locale][key]) }).toEqual({ key, locale, args: argumentsOf(message) });
      }
    }
  });

  it("are really translated, not English copies", () => {
    const same = (locale: "sv" | "nb") =>
      Object.keys(flat.en).filter((k) => flat[locale][k] === flat.en[k] && flat.en[k].length > 20).length;
    expect(same("sv")).toBeLessThan(5);
    expect(same("nb")).toBeLessThan(5);
  });
});
