import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MATRIX_ROUTES } from "../support/routes";

const ROOT = path.join("app", "[locale]", "(app)");

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return pages(full);
    return name === "page.tsx" ? [path.relative(ROOT, dir).split(path.sep).join("/")] : [];
  });
}

describe("authorization matrix coverage", () => {
  it("lists every page inside a consortium", () => {
    const found = pages(path.join(ROOT, "c")).sort();
    expect(found.length).toBeGreaterThan(0);
    expect(MATRIX_ROUTES.map((r) => r.file).sort()).toEqual(found);
  });
});
