import { beforeAll, describe, expect, it } from "vitest";

// The sign-in helpers read APP_URL and AUTH_SECRET through lib/env.
beforeAll(() => {
  process.env.APP_URL = "https://kohort.example";
  process.env.AUTH_SECRET ??= "x".repeat(32);
  process.env.DATABASE_URL ??= "postgresql://u@127.0.0.1:1/db";
  process.env.DATABASE_APP_URL ??= "postgresql://u@127.0.0.1:1/db";
});

describe("the sign-in link and code", () => {
  it("puts the way back into the language of the page where sign-in began", async () => {
    const { inLocale, localeOfPath } = await import("@/lib/auth/sign-in-link");
    expect(inLocale("/sv/c/trainee-innlandet/apply?posting=p1", "nb")).toBe("/nb/c/trainee-innlandet/apply?posting=p1");
    expect(inLocale("/consortia", "en")).toBe("/en/consortia");
    expect(inLocale("/sv", "nb")).toBe("/nb");
    expect(localeOfPath("/nb/c/x/jobs")).toBe("nb");
    expect(localeOfPath("/c/x/jobs")).toBe("sv");
  });

  it("mails a link to our page with the button, on APP_URL, never to next-auth's callback", async () => {
    const { linkPageFromCallback } = await import("@/lib/auth/sign-in-link");
    const callback = "http://localhost:3000/api/auth/callback/email?callbackUrl=https%3A%2F%2Fkohort.example%2Fnb%2Fc%2Fx%2Fapply&token=abc&email=kari%40example.com";
    const link = new URL(linkPageFromCallback(callback));
    expect(link.origin).toBe("https://kohort.example");
    expect(link.pathname).toBe("/nb/sign-in/link");
    expect(Object.fromEntries(link.searchParams)).toEqual({ token: "abc", email: "kari@example.com", callbackUrl: "/nb/c/x/apply" });
    // A way back to another site is not kept.
    const foreign = new URL(linkPageFromCallback(callback.replace("kohort.example", "evil.example")));
    expect(foreign.searchParams.get("callbackUrl")).toBe("/");
  });

  it("reads a code typed with spaces or a dash, and nothing else", async () => {
    const { normaliseCode, newSignInCode } = await import("@/lib/auth/sign-in-code");
    expect(normaliseCode(" 123 456 ")).toBe("123456");
    expect(normaliseCode("123-456")).toBe("123456");
    expect(normaliseCode("12345")).toBeNull();
    expect(normaliseCode("12345a")).toBeNull();
    const codes = Array.from({ length: 200 }, newSignInCode);
    expect(codes.every((c) => /^\d{6}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(190);
  });

  it("stores a code as next-auth stores a token, and per address (two people may get the same digits)", async () => {
    const { codeToken, storedTokenHash } = await import("@/lib/auth/sign-in-code");
    const { createHash } = await import("node:crypto");
    const token = codeToken("kari@example.com", "123456");
    expect(storedTokenHash(token)).toBe(createHash("sha256").update(`${token}${process.env.AUTH_SECRET}`).digest("hex"));
    expect(storedTokenHash(codeToken("ola@example.com", "123456"))).not.toBe(storedTokenHash(token));
  });
});
