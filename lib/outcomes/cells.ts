import { isWithheld } from "../disclosure/report";
import type { Figure, MaskedOutcome } from "../metrics/types";

// The cells of the outcome tables, already masked for whoever reads them (lib/disclosure):
// the dashboard, the board report and the CSV exports all render from these, so no view can
// show more than another.

/** A row or column label: a message key (from the catalog root) or text from the data. */
export type Label = { key: string } | { text: string };

export type Cell =
  /** null: not known (imported without a campaigns file). */
  | { kind: "count"; value: Figure | null }
  /** Applicants per place, trainees per employer; null when it cannot be computed or is hidden. */
  | { kind: "ratio"; value: number | null; hidden: boolean }
  /** 0–1; null when not known or hidden (it would reveal a suppressed count). */
  | { kind: "share"; value: number | null; hidden: boolean }
  | { kind: "year"; value: number | null }
  /** Share of those whose answer is known, with the yes count and the number known. */
  | { kind: "outcome"; count: Figure; known: Figure; share: number | null; hidden: boolean };

export type CellKind = Cell["kind"];

export function isSuppressed(value: Figure | null): boolean {
  return isWithheld(value);
}

export function count(value: Figure | null): Cell {
  return { kind: "count", value };
}

/** A ratio the masked report already hid (null) is hidden when one of its counts is. */
export function ratio(value: number | null, ...parts: (Figure | null)[]): Cell {
  const hidden = parts.some(isSuppressed);
  return { kind: "ratio", value: hidden ? null : value, hidden };
}

export function year(value: number | null): Cell {
  return { kind: "year", value };
}

/**
 * The share of a split's category among `base` people. `baseShown`: whether the reader can see or
 * work out the base; when not, a share would give it back (base = part ÷ share) and with it every
 * hidden category, so the share is hidden.
 */
export function splitShare(part: Figure, base: number, baseShown: boolean): Cell {
  const hidden = isSuppressed(part) || !baseShown;
  return { kind: "share", value: hidden || base === 0 || typeof part !== "number" ? null : part / base, hidden };
}

export function outcomeShare(outcome: MaskedOutcome): Cell {
  const hidden = isSuppressed(outcome.count) || isSuppressed(outcome.known);
  return { kind: "share", value: hidden ? null : outcome.share, hidden };
}

export function outcome(value: MaskedOutcome): Cell {
  const hidden = isSuppressed(value.count) || isSuppressed(value.known);
  return { kind: "outcome", count: value.count, known: value.known, share: hidden ? null : value.share, hidden };
}

/** What a chart may plot for a count: nothing for a suppressed or unknown one. */
export function plottable(value: Figure | null): number | null {
  return typeof value === "number" ? value : null;
}
