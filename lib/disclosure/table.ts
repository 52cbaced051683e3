// The cells and sums lib/disclosure/engine.ts works on, and a builder that adds only sums that hold.

export const SMALL_LIMIT = 5;

/** How a cell is shown: its value, "small" (1–4, shown as "<5"), "hidden" (secondary), or not at all. */
export type CellStatus = "shown" | "small" | "hidden" | "implicit";

export interface CellSpec {
  value: number;
  /** A count of people (suppressed when 1–4); counts of employers or places are not. */
  people: boolean;
  /** False for a figure no view shows but anyone can work out (not offered = known − offered). */
  shown: boolean;
  /** A headline figure (hired, applicants, answers known): hidden only when no other cell will do. */
  keep?: boolean;
}

export type Constraint =
  /** total = Σ parts */
  | { kind: "sum"; total: string; parts: string[] }
  /** Σ parts ≥ total and each part ≤ total (a person may count in several parts) */
  | { kind: "cover"; total: string; parts: string[] };

export interface Table {
  cells: Map<string, CellSpec>;
  constraints: Constraint[];
}

export const isSmall = (value: number) => value > 0 && value < SMALL_LIMIT;

/** A small builder: cells in the order they are added (the tie-break of `nextToHide`), sums that hold. */
export class TableBuilder {
  readonly cells = new Map<string, CellSpec>();
  readonly constraints: Constraint[] = [];

  cell(id: string, value: number, options: { people?: boolean; shown?: boolean; keep?: boolean } = {}): string {
    if (!this.cells.has(id)) this.cells.set(id, { value, people: options.people ?? true, shown: options.shown ?? true, keep: options.keep ?? false });
    return id;
  }

  /** Adds total = Σ parts, only when the figures add up (a sum that does not hold tells a reader nothing). */
  sum(total: string, parts: string[]): void {
    const sum = this.valueOf(parts);
    if (sum !== null && sum === this.cells.get(total)?.value) this.constraints.push({ kind: "sum", total, parts });
  }

  cover(total: string, parts: string[]): void {
    const sum = this.valueOf(parts);
    if (sum !== null && parts.length && this.cells.has(total)) this.constraints.push({ kind: "cover", total, parts });
  }

  /** Σ of the cells' values, null when one is not in the table. */
  private valueOf(ids: string[]): number | null {
    let sum = 0;
    for (const id of ids) {
      const cell = this.cells.get(id);
      if (!cell) return null;
      sum += cell.value;
    }
    return sum;
  }

  build(): Table {
    return { cells: this.cells, constraints: this.constraints };
  }
}
