import { describe, expect, it } from "vitest";
import { discloseWave } from "@/lib/disclosure/survey";
import { aggregate } from "@/lib/surveys/results";
import type { SnapshotQuestion } from "@/lib/surveys/types";

const label = (en: string) => ({ sv: en, nb: en, en });
const questions: SnapshotQuestion[] = [
  { id: "q-scale", key: "scale_network", kind: "SCALE", label: label("Network"), options: [], required: false },
  { id: "q-moved", key: "would_have_moved", kind: "CHOICE", label: label("Moved?"), options: [{ value: "yes", label: label("Yes") }, { value: "no", label: label("No") }], required: false },
  { id: "q-text", key: "comment", kind: "TEXT", label: label("Anything else?"), options: [], required: false },
  { id: "q-res", key: "residence", kind: "MUNICIPALITY", label: label("Where?"), options: [], required: true },
];
const answered = (scale: number, moved: string, text?: string) => ({ questions, answered: true, answers: { "q-scale": scale, "q-moved": moved, "q-res": "Karlstad", ...(text ? { "q-text": text } : {}) } });

// 12 sent, 11 answered: scales 5×5, 4×4, 3×1, 2×1 (1 no answer), moved yes 10 / no 1.
const rows = [
  ...Array.from({ length: 5 }, () => answered(5, "yes", "Great year")),
  ...Array.from({ length: 4 }, () => answered(4, "yes")),
  answered(3, "yes"),
  { questions, answered: true, answers: { "q-moved": "no", "q-res": "Oslo" } },
  { questions, answered: false, answers: {} },
];

describe("survey results", () => {
  const result = aggregate("c1", "END", rows);

  it("counts each question's answers, with a scale's mean and median", () => {
    expect([result.sent, result.answered]).toEqual([12, 11]);
    const scale = result.questions.find((q) => q.id === "q-scale")!;
    expect(scale.counts.map((c) => c.count)).toEqual([0, 0, 1, 4, 5]);
    expect([scale.answered, scale.mean, scale.median]).toEqual([10, 4.4, 4.5]);
    expect(result.questions.find((q) => q.id === "q-text")!.texts).toEqual(Array(5).fill("Great year"));
  });

  it("gives the coordinator every count and the free text", () => {
    const exact = discloseWave(result, true, true);
    expect(exact.questions.find((q) => q.id === "q-moved")!.counts.map((c) => c.count)).toEqual([10, 1]);
    expect(exact.questions.find((q) => q.id === "q-text")!.texts).toHaveLength(5);
    expect(exact.responseRate).toBe(0.9167);
  });

  it("shows the steering group no count that can be worked out, no free text, and no mean over a hidden count", () => {
    const masked = discloseWave(result, false, false);
    const moved = masked.questions.find((q) => q.id === "q-moved")!;
    // yes 10 beside no <5 of 11 answers would give the 1 back: hidden together.
    expect(moved.counts.map((c) => c.count)).toEqual(["hidden", "<5"]);
    const scale = masked.questions.find((q) => q.id === "q-scale")!;
    expect(scale.counts.filter((c) => c.count === "<5" || c.count === "hidden").length).toBeGreaterThanOrEqual(2);
    expect([scale.mean, scale.median]).toEqual([null, null]);
    expect(masked.questions.find((q) => q.id === "q-text")!.texts).toEqual([]);
    // Where people live is an outcome figure, disclosed in the outcome report: not repeated here.
    expect(masked.questions.map((q) => q.id)).not.toContain("q-res");
    expect(JSON.stringify(masked)).not.toContain("Great year");
  });
});
