// The shape of a server-action call, checked in proxy.ts before Next decodes it
// (docs/decisions/0036-input-boundary.md). Next answers 500 when React's reply decoder throws on a
// body it cannot read (bad JSON, an argument list that is not an array, a `$Q` reference to a part
// that is not there …). Our client only ever sends a small part of React's reply format — an
// array of plain JSON values, FormData and files — so anything outside that part is refused with a
// 400 before Next sees it.

/** Next's own limit for action bodies (next.config.ts, serverActions.bodySizeLimit). */
export const ACTION_BODY_LIMIT = 6 * 1024 * 1024;
/** Next refuses more arguments than this with a 500; no action of ours takes more than two. */
const MAX_ARGUMENTS = 1000;
const MAX_DEPTH = 64;

export type EnvelopeVerdict = "ok" | "malformed" | "tooLarge";

type Parts = { text: (name: string) => string | null; isFile: (name: string) => boolean };

const HEX = /^[0-9a-f]+$/;
const DIGITS = /^-?\d{1,300}$/;

/** Values React's encoder spells as strings (processReply, serializeNumber). */
const SPELLED = new Set(["$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0"]);

/**
 * The references our client's encoder writes, each checked against the parts it points at:
 * `$$…` (a string that starts with $), `$undefined` and the numbers JSON cannot hold, `$D` a date,
 * `$n` a big integer, `$K` a FormData (its entries are parts named `_<id>_<name>`), `$B` a file,
 * `$<hex>` an outlined value.
 */
function checkReference(value: string, parts: Parts | null, seen: Set<string>, depth: number): boolean {
  if (value[0] !== "$") return true;
  const tag = value[1];
  const rest = value.slice(2);
  if (tag === "$" || SPELLED.has(value)) return true;
  if (tag === "D") return !Number.isNaN(Date.parse(rest));
  if (tag === "n") return DIGITS.test(rest);
  if (!parts) return false;
  if (tag === "K") return HEX.test(rest);
  if (tag === "B") return HEX.test(rest) && parts.isFile(String(parseInt(rest, 16)));
  const id = value.slice(1);
  if (!HEX.test(id)) return false;
  const name = String(parseInt(id, 16));
  if (seen.has(name)) return false;
  const outlined = parts.text(name);
  if (outlined === null) return false;
  const parsed = parseJson(outlined);
  return parsed.ok && checkModel(parsed.value, parts, new Set([...seen, name]), depth + 1);
}

function checkModel(value: unknown, parts: Parts | null, seen: Set<string>, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  if (typeof value === "string") return checkReference(value, parts, seen, depth);
  if (value === null || typeof value !== "object") return true;
  const items = Array.isArray(value) ? value : Object.values(value);
  return items.every((item) => checkModel(item, parts, seen, depth + 1));
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** The argument list: a JSON array of checkable values. */
function checkArguments(text: string | null, parts: Parts | null): boolean {
  if (text === null) return false;
  const parsed = parseJson(text);
  return parsed.ok && Array.isArray(parsed.value) && parsed.value.length <= MAX_ARGUMENTS && checkModel(parsed.value, parts, new Set(["0"]));
}

function partsOf(form: FormData, prefix = ""): Parts {
  return {
    text: (name) => {
      const value = form.get(prefix + name);
      return typeof value === "string" ? value : null;
    },
    isFile: (name) => form.get(prefix + name) instanceof Blob,
  };
}

/**
 * A form posted without JavaScript to a server action (`<form action={…}>`): React finds the
 * action by `$ACTION_ID_…` or by `$ACTION_REF_n`, whose metadata `$ACTION_n:0` names it and its
 * bound arguments.
 */
function checkFormAction(form: FormData): boolean {
  for (const key of form.keys()) {
    if (!key.startsWith("$ACTION_REF_")) continue;
    const prefix = `$ACTION_${key.slice("$ACTION_REF_".length)}:`;
    const meta = parseJson(String(form.get(`${prefix}0`) ?? ""));
    if (!meta.ok || meta.value === null || typeof meta.value !== "object" || Array.isArray(meta.value)) return false;
    const { id, bound } = meta.value as { id?: unknown; bound?: unknown };
    if (typeof id !== "string") return false;
    if (bound === null || bound === undefined) continue;
    if (typeof bound !== "string" || !/^\$@[0-9a-f]+$/.test(bound)) return false;
    if (!checkArguments(partsOf(form, prefix).text(String(parseInt(bound.slice(2), 16))), partsOf(form, prefix))) return false;
  }
  return true;
}

async function readForm(body: ArrayBuffer, contentType: string): Promise<FormData | null> {
  try {
    return await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    return null;
  }
}

/**
 * Checks a POST that Next would treat as a server action: `isFetchAction` (the `Next-Action`
 * header) with a JSON or multipart body, or a multipart form without JavaScript.
 */
export async function checkActionEnvelope(body: ArrayBuffer, contentType: string, isFetchAction: boolean): Promise<EnvelopeVerdict> {
  if (body.byteLength > ACTION_BODY_LIMIT) return "tooLarge";
  const multipart = contentType.toLowerCase().startsWith("multipart/form-data");
  if (multipart) {
    const form = await readForm(body, contentType);
    if (!form) return "malformed";
    if (!isFetchAction) return checkFormAction(form) ? "ok" : "malformed";
    return checkArguments(partsOf(form).text("0"), partsOf(form)) ? "ok" : "malformed";
  }
  if (!isFetchAction) return "ok";
  // A URL-encoded body is not an action call; Next answers it with its own 404.
  if (contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) return "ok";
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return "malformed";
  }
  return checkArguments(text, null) ? "ok" : "malformed";
}
