import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/email/render";
import { translatorFor } from "@/lib/i18n/messages";

// Every mail's HTML has a <title>: mail clients show it when a message is opened in its own window
// or printed, and screen readers announce it first (the layout puts the heading there).

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];

describe("email HTML", () => {
  it("has a title in the recipient's language: the mail's heading", async () => {
    for (const locale of ["sv", "nb", "en"] as const) {
      const { html } = await renderEmail({ template: "sign-in", props: { url: "https://kohort.example/x", code: "123456", minutes: 15, codeMinutes: 10 } }, locale);
      expect(titleOf(html)).toBe(translatorFor(locale, "email")("signIn.heading"));
      expect(html.indexOf("<title>")).toBeLessThan(html.indexOf("<body"));
    }
    const invitation = await renderEmail(
      { template: "invitation", props: { url: "https://kohort.example/j", consortiumName: "Trainee Värmland", role: "COORDINATOR", inviterName: "Anna", expiresInDays: 7 } },
      "sv",
    );
    expect(titleOf(invitation.html)?.length).toBeGreaterThan(0);
  });
});
