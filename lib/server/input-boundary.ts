// The one check every string from outside passes before it can reach the database
// (docs/decisions/0036-input-boundary.md). PostgreSQL refuses NUL in text and a value it cannot
// store would otherwise surface as an unexpected error; checking here turns it into a 400 or the
// translated validation message instead.

/**
 * No value a person types is this long: the longest form field allows 5,000 characters, and a draft
 * keeps a pasted text of up to 60,000 (DRAFT_TEXT_MAX) so the form can say how much to cut.
 */
export const MAX_STRING_LENGTH = 100_000;
/** A URL of ours is short; anything longer is not a link we made. */
export const MAX_URL_LENGTH = 4_096;
/** One query value (a search box, a filter). */
export const MAX_QUERY_VALUE_LENGTH = 1_000;
/** Deeper nesting than any form of ours sends is refused rather than walked. */
const MAX_DEPTH = 32;

// C0 controls other than tab, line feed and carriage return: NUL, which PostgreSQL cannot store in
// text, and the rest, which no keyboard types and no page of ours shows.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/** True for text PostgreSQL can store and a person could have typed. */
export function isCleanText(value: string): boolean {
  // isWellFormed: no lone UTF-16 surrogate, which has no UTF-8 form.
  return !CONTROL.test(value) && value.isWellFormed();
}

/** A percent-encoded URL component decoded, or null when it is not valid UTF-8 (overlong forms included). */
export function decodeComponent(raw: string, plusIsSpace = false): string | null {
  try {
    return decodeURIComponent(plusIsSpace ? raw.replace(/\+/g, " ") : raw);
  } catch {
    return null;
  }
}

export type UrlProblem = "invalid" | "tooLong";

/**
 * Checks a request's path and query as sent (still percent-encoded): every segment and every query
 * key and value must decode as UTF-8 to clean text of a sensible length, and no query key may come
 * twice — no link or form of ours repeats one, and a page reading `?member=` would get an array
 * where it expects text.
 */
export function checkUrl(pathname: string, search: string): UrlProblem | null {
  if (pathname.length + search.length > MAX_URL_LENGTH) return "tooLong";
  for (const segment of pathname.split("/")) {
    const decoded = decodeComponent(segment);
    if (decoded === null || !isCleanText(decoded)) return "invalid";
  }
  const query = search.startsWith("?") ? search.slice(1) : search;
  const keys = new Set<string>();
  for (const pair of query ? query.split("&") : []) {
    const [key, ...values] = pair.split("=").map((part) => decodeComponent(part, true));
    for (const part of [key, ...values]) {
      if (part === null || !isCleanText(part)) return "invalid";
      if (part.length > MAX_QUERY_VALUE_LENGTH) return "tooLong";
    }
    if (keys.has(key!)) return "invalid";
    keys.add(key!);
  }
  return null;
}

export interface InputProblem {
  /** Where in the input, as a form field key ("name", "rows.2.note"); "_form" for the input itself. */
  field: string;
  /** A message key of the validation namespace. */
  message: "validation.invalidCharacters" | "validation.tooBig";
}

/**
 * The first string in an action's input (objects, arrays, FormData, file names) that could not be
 * stored or is longer than any field of ours, or null when all is well.
 */
export function findInputProblem(value: unknown, path: string[] = [], depth = 0): InputProblem | null {
  const field = path.join(".") || "_form";
  if (depth > MAX_DEPTH) return { field, message: "validation.tooBig" };
  if (typeof value === "string") {
    if (!isCleanText(value)) return { field, message: "validation.invalidCharacters" };
    return value.length > MAX_STRING_LENGTH ? { field, message: "validation.tooBig" } : null;
  }
  if (value === null || typeof value !== "object") return null;
  if (value instanceof File) return findInputProblem(value.name, path, depth + 1);
  if (value instanceof Blob || value instanceof Date) return null;
  const entries: [string, unknown][] =
    value instanceof FormData
      ? [...value.entries()]
      : Array.isArray(value)
        ? value.map((item, index) => [String(index), item])
        : Object.entries(value);
  for (const [key, item] of entries) {
    if (!isCleanText(key)) return { field, message: "validation.invalidCharacters" };
    const problem = findInputProblem(item, [...path, key], depth + 1);
    if (problem) return problem;
  }
  return null;
}
