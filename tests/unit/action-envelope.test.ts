import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { checkActionEnvelope } from "@/lib/server/action-envelope";
import { checkUrl, findInputProblem, MAX_STRING_LENGTH } from "@/lib/server/input-boundary";

// The proxy's check of server-action calls (docs/decisions/0036-input-boundary.md), against what
// React's own client encoder writes — so the check cannot drift from the real format unnoticed.

const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-turbopack/client.node") as {
  encodeReply: (value: unknown[]) => Promise<string | FormData>;
};

async function asRequest(encoded: string | FormData) {
  const response = new Response(encoded);
  return { body: await response.arrayBuffer(), contentType: response.headers.get("content-type")! };
}

const check = (body: string, contentType = "text/plain;charset=UTF-8") => checkActionEnvelope(new TextEncoder().encode(body).buffer as ArrayBuffer, contentType, true);

describe("server-action envelopes", () => {
  it("accepts every call our client makes: plain values, undefined, dates, odd numbers, '$' text, FormData with a file", async () => {
    const form = new FormData();
    form.append("employerId", "cm9employer");
    form.append("file", new File([new Uint8Array([137, 80, 78, 71])], "logo.png", { type: "image/png" }));
    const calls: unknown[][] = [
      ["trainee-varmland", { name: "Åsa", website: undefined, rating: NaN, big: Infinity, at: new Date(), note: "$5 off", tags: ["a", "b"], nested: { ok: true } }],
      [{ email: "a@b.example", callbackUrl: undefined, locale: "sv" }],
      ["trainee-varmland", form],
      [],
    ];
    for (const args of calls) {
      const { body, contentType } = await asRequest(await encodeReply(args));
      expect(await checkActionEnvelope(body, contentType, true)).toBe("ok");
    }
  });

  it("refuses what React's decoder would throw on: not an array, bad JSON, references we never send", async () => {
    for (const body of ['{"a":1}', '"text"', "null", "", "[", '["$Q1"]', '["$i1"]', '["$W1"]', '["$@1"]', '["$F1"]', '["$h1"]', '["$T"]', '["$K1"]', '["$B1"]', '["$1"]', '["$Dnot-a-date"]', '["$n1x"]', '["$u8"]']) {
      expect({ body, verdict: await check(body) }).toEqual({ body, verdict: "malformed" });
    }
    expect(await check(JSON.stringify(Array.from({ length: 1001 }, () => 1)))).toBe("malformed");
    expect(await check("[" + "[".repeat(100) + "]".repeat(100) + "]")).toBe("malformed");
  });

  it("refuses a body that is not UTF-8, bad multipart, a missing root part, and answers 413 over the limit", async () => {
    expect(await checkActionEnvelope(new Uint8Array([0x5b, 0x22, 0xc3, 0x28, 0x22, 0x5d]).buffer, "text/plain", true)).toBe("malformed");
    const form = new FormData();
    form.append("1", "x");
    const { body, contentType } = await asRequest(form);
    expect(await checkActionEnvelope(body, contentType, true)).toBe("malformed");
    expect(await checkActionEnvelope(body, "multipart/form-data; boundary=nothing-like-it", true)).toBe("malformed");
    expect(await checkActionEnvelope(new ArrayBuffer(6 * 1024 * 1024 + 1), "text/plain", true)).toBe("tooLarge");
  });

  it("checks a form posted without JavaScript by its action metadata", async () => {
    const form = (meta: string, args?: string) => {
      const f = new FormData();
      f.append("$ACTION_REF_1", "");
      f.append("$ACTION_1:0", meta);
      if (args !== undefined) f.append("$ACTION_1:1", args);
      return asRequest(f);
    };
    const ok = await form('{"id":"7f00","bound":"$@1"}', '["sv"]');
    expect(await checkActionEnvelope(ok.body, ok.contentType, false)).toBe("ok");
    for (const [meta, args] of [["{", undefined], ['{"id":5}', undefined], ['{"id":"7f","bound":"$Q1"}', undefined], ['{"id":"7f","bound":"$@1"}', "{"]]) {
      const bad = await form(meta!, args);
      expect(await checkActionEnvelope(bad.body, bad.contentType, false)).toBe("malformed");
    }
  });
});

describe("the URL and string boundary", () => {
  it("refuses NUL, control characters, invalid and overlong UTF-8, and overlong values in a path or query", () => {
    for (const [path, query] of [["/sv/c/trainee-varm%00land/jobs", ""], ["/sv/c/%C3%28", ""], ["/sv/%C0%AE", ""], ["/sv/x", "?q=a%00b"], ["/sv/x", "?q=%1b"], ["/sv/x", `?q=${"a".repeat(1001)}`], [`/${"a".repeat(5000)}`, ""], ["/sv/x", "?member=a&member=b"]]) {
      expect({ path, query, problem: checkUrl(path, query) }).toEqual({ path, query, problem: expect.any(String) });
    }
    expect(checkUrl("/sv/c/trainee-varmland/jobs/%C3%A5", "?q=Malm%C3%B6+stad&a=%0A")).toBeNull();
  });

  it("finds a bad string anywhere in an action's input and names its field", () => {
    const form = new FormData();
    form.append("file", new File(["x"], "cv\u0000.pdf"));
    expect(findInputProblem({ rows: [{ note: "ok" }, { note: "a\u0000b" }] })).toEqual({ field: "rows.1.note", message: "validation.invalidCharacters" });
    expect(findInputProblem(form)).toEqual({ field: "file", message: "validation.invalidCharacters" });
    expect(findInputProblem({ name: "x\ud800" })).toEqual({ field: "name", message: "validation.invalidCharacters" });
    expect(findInputProblem({ about: "y".repeat(MAX_STRING_LENGTH + 1) })).toEqual({ field: "about", message: "validation.tooBig" });
    expect(findInputProblem({ name: "Åsa Öberg\tAB\r\n", n: 3, d: new Date(), ok: null })).toBeNull();
  });
});
