import type { APIRequestContext, Page, Request } from "@playwright/test";
import en from "../../messages/en.json" with { type: "json" };
import { pngFile } from "../support/files";
import { db, expect, freshEmail, sessionCookie, signInDirectly, test } from "./support";

// A bounded fuzz of the input boundary (docs/decisions/0036-input-boundary.md): real server-action
// calls captured from the browser, then mutated — the argument list, React's reply references, the
// JSON, the bytes, the multipart framing — and real paths and queries with bad bytes. However
// wrong the request, the answer is never 500 or above. Seeded, so every run sends the same requests.

const SLUG = "trainee-varmland";
const MIN_REQUESTS = 500;

interface Captured {
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function capture(page: Page, act: () => Promise<void>): Promise<Captured> {
  const request = page.waitForRequest((r: Request) => r.method() === "POST" && !!r.headers()["next-action"]);
  await act();
  const sent = await request;
  const headers = await sent.allHeaders();
  const keep = ["next-action", "next-router-state-tree", "content-type", "accept", "cookie"];
  return { url: sent.url(), headers: Object.fromEntries(keep.filter((k) => headers[k]).map((k) => [k, headers[k]])), body: sent.postDataBuffer() ?? Buffer.alloc(0) };
}

/** Text bodies: the argument list as React's encoder wrote it, changed in one way each. */
function textMutations(body: string, rnd: () => number): (string | Buffer)[] {
  const args = JSON.parse(body) as unknown[];
  const input = (args.find((a) => a && typeof a === "object") ?? {}) as Record<string, unknown>;
  const keys = Object.keys(input);
  const withField = (value: unknown) => JSON.stringify(args.map((a) => (a === input ? { ...input, [keys[Math.floor(rnd() * keys.length)] ?? "x"]: value } : a)));
  const references = ["$Q1", "$W1", "$i1", "$@1", "$F1", "$h1", "$T", "$K1", "$B1", "$R1", "$r1", "$X1", "$x1", "$A1", "$O1", "$L1", "$1", "$ff", "$Dnot-a-date", "$n12x", `$n${"9".repeat(400)}`, "$Z", "$", "$S"];
  const bad = ["\u0000", "a\u0000b", "\u0001\u0002", "\ud800", "x\udfffy", "\u001b[31m", "%00", "\\u0000", "x".repeat(25_000)];
  const out: (string | Buffer)[] = [];
  for (const reference of references) out.push(withField(reference), JSON.stringify([reference]), JSON.stringify([...args, reference]));
  for (const value of bad) out.push(withField(value));
  out.push(
    JSON.stringify(input), // an object, not an argument list
    JSON.stringify(JSON.stringify(args)),
    "null",
    "42",
    '"text"',
    "{}",
    "",
    "[",
    body.slice(0, Math.max(1, Math.floor(body.length / 2))),
    body + "]",
    body.replace(/"/g, "'"),
    JSON.stringify(Array.from({ length: 2000 }, () => "x")),
    "[".repeat(300) + "]".repeat(300),
    JSON.stringify([{ a: { b: { c: { d: { e: "$Q1" } } } } }]),
    JSON.stringify(args.map((a) => (a === input ? Object.fromEntries(keys.map((k) => [k, ["$Q0"]])) : a))),
    JSON.stringify(args.map((a) => (typeof a === "string" ? `${a}\u0000` : a))),
    JSON.stringify(args.map((a) => (typeof a === "string" ? "$Q0" : a))),
  );
  const bytes = Buffer.from(body);
  out.push(Buffer.concat([bytes.subarray(0, 3), Buffer.from([0xc3, 0x28]), bytes.subarray(3)]));
  out.push(Buffer.concat([bytes.subarray(0, 3), Buffer.from([0xc0, 0xae]), bytes.subarray(3)]));
  out.push(Buffer.concat([bytes.subarray(0, 3), Buffer.from([0xff, 0xfe, 0x00]), bytes.subarray(3)]));
  for (let i = 0; i < 40; i++) {
    const flipped = Buffer.from(bytes);
    for (let j = 0; j < 1 + Math.floor(rnd() * 4); j++) flipped[Math.floor(rnd() * flipped.length)] = Math.floor(rnd() * 256);
    out.push(flipped);
  }
  return out;
}

/** Multipart bodies: the framing and the parts of a real upload, changed in one way each. */
function multipartMutations(real: Captured, rnd: () => number): { body: Buffer; contentType: string; action: boolean }[] {
  const contentType = real.headers["content-type"];
  const boundary = /boundary=(.+)$/.exec(contentType)![1];
  const text = real.body.toString("latin1");
  const part = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const end = `--${boundary}--\r\n`;
  const of = (s: string) => Buffer.from(s, "latin1");
  const out: { body: Buffer; contentType: string; action: boolean }[] = [];
  const add = (body: string | Buffer, action = true, type = contentType) => out.push({ body: typeof body === "string" ? of(body) : body, contentType: type, action });
  const root = ["[\"$K1\"]", "{}", "[", "null", "[\"$Q2\"]", "[\"$B9\"]", "[\"$K9\"]", "[\"$7\"]", "[\"$i1\"]", `["${SLUG}","$K1"]`, "[\"a\\u0000b\"]", "\"$K1\""];
  for (const value of root) add(text.replace(/(name="0"\r\n\r\n)[^\r]*/, `$1${value}`));
  add(text.replace(/name="0"/, 'name="zero"'));
  add(text.replace(/name="1_/g, 'name="7_'));
  add(part("0", '["$K1"]') + end);
  add(part("0", '["$B1"]') + part("1", "not a file") + end);
  add(part("0", '["$1"]') + part("1", "{") + end);
  add(part("0", '["$1"]') + part("1", '["$1"]') + end);
  add(end);
  add("");
  add(text.slice(0, Math.floor(text.length / 2)));
  add(text.replace(new RegExp(boundary, "g"), "x".repeat(boundary.length)));
  add(text.replace(`--${boundary}--`, ""));
  add(text, true, "multipart/form-data");
  add(text, true, `multipart/form-data; boundary=${boundary}x`);
  add(text, true, "text/plain;charset=UTF-8");
  add(text, true, "application/json");
  add(text.replace(/\r\n\r\n/, "\r\n"));
  add(text.replace(/Content-Disposition: form-data; /, "Content-Disposition: "));
  // Without the Next-Action header: a form posted without JavaScript, as React reads those.
  add(part("$ACTION_REF_1", "") + part("$ACTION_1:0", "{") + end, false);
  add(part("$ACTION_REF_1", "") + part("$ACTION_1:0", '{"id":5,"bound":null}') + end, false);
  add(part("$ACTION_REF_1", "") + part("$ACTION_1:0", `{"id":"${real.headers["next-action"]}","bound":"$@1"}`) + part("$ACTION_1:1", "{") + end, false);
  add(part("$ACTION_REF_1", "") + part("$ACTION_1:0", `{"id":"${real.headers["next-action"]}","bound":"$Q1"}`) + end, false);
  add(part("$ACTION_ID_0000000000000000000000000000000000000000", "") + end, false);
  add(part("$ACTION_ID_", "") + end, false);
  add(text, false);
  add(text.slice(0, 40), false);
  for (let i = 0; i < 30; i++) {
    const flipped = Buffer.from(real.body);
    for (let j = 0; j < 1 + Math.floor(rnd() * 6); j++) flipped[Math.floor(rnd() * Math.min(flipped.length, 600))] = Math.floor(rnd() * 256);
    add(flipped);
  }
  return out;
}

/** Paths and queries the app serves, with bad bytes, bad escapes and overlong values put in. */
function urlMutations(paths: string[], rnd: () => number): string[] {
  const bad = ["%00", "%C3%28", "%C0%AE", "%ED%A0%80", "%FF", "%E2%82", "%", "%zz", "%0a", "%1b", "%7f", "..%2F..%2F", "%2e%2e", "\u00e5", "%F0%9F%98%80"];
  const out: string[] = [];
  for (const path of paths) {
    const [pathname, query] = path.split("?");
    const segments = pathname.split("/");
    for (const value of bad) {
      const at = 1 + Math.floor(rnd() * (segments.length - 1));
      out.push(segments.map((s, i) => (i === at ? s + value : s)).join("/") + (query ? `?${query}` : ""));
      out.push(`${pathname}?${query ? `${query}&` : ""}q=${value}&member=a${value}&to=${value}`);
    }
    out.push(`${pathname}?q=${"y".repeat(3000)}`, `${pathname}/${"z".repeat(3000)}`, `${pathname}?${"k".repeat(200)}=%00`);
  }
  return out;
}

async function send(request: APIRequestContext, url: string, init: { headers: Record<string, string>; body: string | Buffer }) {
  const response = await request.post(url, { headers: init.headers, data: init.body, maxRedirects: 0, failOnStatusCode: false });
  return response.status();
}

test("a bounded fuzz of server actions, paths, queries and uploads never gets an answer of 500 or more", async ({ page, browser, playwright, baseURL }) => {
  test.setTimeout(300_000);
  const rnd = random(17);
  const results: { what: string; status: number }[] = [];

  // Real calls, as the browser makes them: a public sign-in, a coordinator's edit, a logo upload.
  await page.goto("/en/sign-in");
  const signIn = await capture(page, async () => {
    await page.getByLabel(en.signIn.email).fill(freshEmail("fuzz"));
    await page.getByRole("button", { name: en.signIn.submit }).click();
  });
  const coordinator = await (await browser.newContext()).newPage();
  await signInDirectly(coordinator, "coordinator@varmland.example");
  // A member of its own, so that a mutation that happens to stay valid changes nothing other tests read.
  const employer = `e2e_fuzz_${Date.now().toString(36)}`;
  await db.query(
    `INSERT INTO "Employer" (id, "consortiumId", name, "orgNumber", sector, "sizeBand", municipality, "memberSince", "updatedAt")
     SELECT $1, id, 'Fuzz AB', lpad((random() * 999999)::int::text, 6, '0') || '-' || lpad((random() * 9999)::int::text, 4, '0'), 'PRIVATE', 'FROM_10_TO_49', 'Karlstad', DATE '2025-01-01', now() FROM "Consortium" WHERE slug = $2`,
    [employer, SLUG],
  );
  await coordinator.goto(`/en/c/${SLUG}/members/${employer}`);
  const edit = await capture(coordinator, () => coordinator.getByRole("button", { name: en.members.form.save }).click());
  await coordinator.goto(`/en/c/${SLUG}/members/${employer}`);
  const upload = await capture(coordinator, async () => {
    const png = pngFile();
    await coordinator.getByLabel(en.members.logo.label).setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from(await png.arrayBuffer()) });
  });
  expect(edit.headers["content-type"]).toContain("text/plain");
  expect(upload.headers["content-type"]).toContain("multipart/form-data");

  const cookie = `authjs.session-token=${await sessionCookie("coordinator@varmland.example")}`;
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie } });

  for (const real of [signIn, edit]) {
    for (const body of textMutations(real.body.toString("utf8"), rnd)) {
      const status = await send(api, real.url, { headers: real.headers, body });
      results.push({ what: `action ${real.headers["next-action"].slice(0, 8)} ${String(body).slice(0, 60)}`, status });
    }
    // The same calls with a changed envelope: an unknown or malformed action id, a broken router state.
    for (const id of ["0".repeat(42), "zz", "x".repeat(5000), "%00", real.headers["next-action"].slice(0, 20)]) {
      results.push({ what: `action id ${id.slice(0, 20)}`, status: await send(api, real.url, { headers: { ...real.headers, "next-action": id }, body: real.body }) });
    }
    for (const tree of ["%00", "[", "%5B%22%24Q1%22%5D", "x".repeat(3000), ""]) {
      results.push({ what: `router state ${tree.slice(0, 20)}`, status: await send(api, real.url, { headers: { ...real.headers, "next-router-state-tree": tree }, body: real.body }) });
    }
  }
  for (const mutation of multipartMutations(upload, rnd)) {
    const headers = { ...upload.headers, "content-type": mutation.contentType };
    if (!mutation.action) delete (headers as Record<string, string>)["next-action"];
    results.push({ what: `multipart ${mutation.body.toString("latin1").slice(0, 60)}`, status: await send(api, upload.url, { headers, body: mutation.body }) });
  }
  const bigUpload = Buffer.concat([upload.body, Buffer.alloc(7 * 1024 * 1024, 0x41)]);
  results.push({ what: "multipart over the body limit", status: await send(api, upload.url, { headers: upload.headers, body: bigUpload }) });

  const ids = async (sql: string) => (await db.query<{ id: string }>(sql, [SLUG])).rows[0].id;
  const consortium = `(SELECT id FROM "Consortium" WHERE slug = $1)`;
  const posting = await ids(`SELECT id FROM "Posting" WHERE "consortiumId" = ${consortium} AND status = 'PUBLISHED' LIMIT 1`);
  const application = await ids(`SELECT id FROM "Application" WHERE "consortiumId" = ${consortium} LIMIT 1`);
  const gathering = await ids(`SELECT id FROM "Gathering" WHERE "consortiumId" = ${consortium} LIMIT 1`);
  const paths = [
    `/en/c/${SLUG}/jobs`,
    `/en/c/${SLUG}/jobs/${posting}`,
    `/en/c/${SLUG}/applications?q=anna`,
    `/en/c/${SLUG}/invoices?member=${employer}`,
    `/en/dev/mailbox?to=someone`,
    `/api/c/${SLUG}/employers/${employer}/logo`,
    `/api/c/${SLUG}/applications/${application}/cv`,
    `/api/c/${SLUG}/applications/${application}/video`,
    `/api/c/${SLUG}/me/video?campaign=${posting}`,
    `/api/c/${SLUG}/gatherings/${gathering}/ics`,
    `/api/c/${SLUG}/metrics?cohort=2024`,
    `/c/${SLUG}/jobs`,
  ];
  for (const url of urlMutations(paths, rnd)) {
    const response = await api.get(url, { maxRedirects: 0, failOnStatusCode: false });
    results.push({ what: `GET ${url.slice(0, 80)}`, status: response.status() });
  }

  const failures = results.filter((r) => r.status >= 500);
  console.log(`input fuzz: ${results.length} requests, ${failures.length} answered 500 or more`);
  expect(results.length).toBeGreaterThanOrEqual(MIN_REQUESTS);
  expect(failures).toEqual([]);
  // And the app still works afterwards.
  expect((await api.get("/api/health")).status()).toBe(200);
});
