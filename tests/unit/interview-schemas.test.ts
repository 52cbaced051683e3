import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/server/errors";
import { bookSlotSchema, createSlotSchema } from "@/lib/interviews/schemas";

const slot = {
  campaignId: "c1",
  date: "2027-03-12",
  startTime: "10:00",
  endTime: "10:45",
  location: "Stadshuset, rum 3",
  meetingUrl: "",
  interviewers: "Anna Lind\nPer Olsson, Kari Nord\n\n",
  capacity: "2",
};

const errorsOf = (input: unknown) => {
  const parsed = createSlotSchema.safeParse(input);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe("interview slot form", () => {
  it("reads the form's text: names a line or comma-separated, capacity as a number", () => {
    const parsed = createSlotSchema.parse(slot);
    expect(parsed.interviewers).toEqual(["Anna Lind", "Per Olsson", "Kari Nord"]);
    expect(parsed.capacity).toBe(2);
    expect(parsed.meetingUrl).toBeUndefined();
  });

  it("wants a place or an https meeting link", () => {
    expect(errorsOf({ ...slot, location: " " })).toEqual({ location: "validation.placeRequired" });
    expect(errorsOf({ ...slot, location: "", meetingUrl: "http://meet.example/x" })).toEqual({ meetingUrl: "validation.url" });
    expect(errorsOf({ ...slot, location: "", meetingUrl: "https://meet.example/x" })).toEqual({});
  });

  it("wants the end after the start, real times and a capacity of 1–20", () => {
    expect(errorsOf({ ...slot, endTime: "09:59" })).toEqual({ endTime: "validation.endBeforeStart" });
    expect(errorsOf({ ...slot, startTime: "25:00" })).toEqual({ startTime: "validation.time" });
    expect(errorsOf({ ...slot, capacity: 0 })).toEqual({ capacity: "validation.tooSmall" });
    expect(errorsOf({ ...slot, capacity: 21 })).toEqual({ capacity: "validation.tooBig" });
    expect(errorsOf({ ...slot, interviewers: Array(11).fill("X").join("\n") })).toEqual({ interviewers: "validation.tooBig" });
  });

  it("asks the applicant to choose a time", () => {
    const parsed = bookSlotSchema.safeParse({ applicationId: "a1", slotId: "" });
    expect(parsed.success ? {} : fieldErrorsOf(parsed.error)).toEqual({ slotId: "validation.chooseSlot" });
  });
});
