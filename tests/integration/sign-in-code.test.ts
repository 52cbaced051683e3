import { PrismaAdapter } from "@auth/prisma-adapter";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { codeToken, replaceSignInCode, storedTokenHash } from "@/lib/auth/sign-in-code";
import { appDb } from "@/lib/db/client";

// The six-digit code is a next-auth verification token of its own: next-auth's adapter, asked the
// way the email callback asks (identifier + hash of token and secret), finds it once.
const adapter = () => PrismaAdapter(appDb() as never);
const lookup = (email: string, code: string) => adapter().useVerificationToken!({ identifier: email, token: storedTokenHash(codeToken(email, code)) });

describe("sign-in codes", () => {
  it("are found by next-auth's token lookup exactly once, and only for their own address", async () => {
    const email = `code-${randomUUID()}@example.com`;
    await replaceSignInCode(appDb(), email, "123456");
    expect(await lookup(`other-${email}`, "123456")).toBeNull();
    const used = await lookup(email, "123456");
    expect(used).toMatchObject({ identifier: email, kind: "code" });
    expect(used!.expires.getTime()).toBeGreaterThan(Date.now() + 9 * 60_000);
    expect(used!.expires.getTime()).toBeLessThanOrEqual(Date.now() + 10 * 60_000);
    expect(await lookup(email, "123456")).toBeNull();
  });

  it("keep one live code per address: a new mail's code replaces the last one, links stay", async () => {
    const email = `codes-${randomUUID()}@example.com`;
    await appDb().verificationToken.create({ data: { identifier: email, token: storedTokenHash(randomUUID()), expires: new Date(Date.now() + 900_000) } });
    await replaceSignInCode(appDb(), email, "111111");
    await replaceSignInCode(appDb(), email, "222222");
    expect(await lookup(email, "111111")).toBeNull();
    const rows = await appDb().verificationToken.findMany({ where: { identifier: email }, select: { kind: true } });
    expect(rows.map((r) => r.kind).sort()).toEqual(["code", "link"]);
    expect(await lookup(email, "222222")).toMatchObject({ kind: "code" });
  });

  it("do not collide when two addresses get the same six digits", async () => {
    const [a, b] = [`a-${randomUUID()}@example.com`, `b-${randomUUID()}@example.com`];
    await replaceSignInCode(appDb(), a, "424242");
    await replaceSignInCode(appDb(), b, "424242");
    expect(await lookup(a, "424242")).toMatchObject({ identifier: a });
    expect(await lookup(b, "424242")).toMatchObject({ identifier: b });
  });
});
