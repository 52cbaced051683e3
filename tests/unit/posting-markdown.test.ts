import { describe, expect, it } from "vitest";
import { postingHtml, postingPlainText } from "@/lib/postings/markdown";
import { searchWords } from "@/lib/review/search";

describe("posting descriptions", () => {
  it("render paragraphs, lists, bold and links", () => {
    const html = postingHtml("Vi söker **dig**.\n\n- Analys\n- Rapporter\n\nLäs [mer](https://example.se).");
    expect(html).toContain("<strong>dig</strong>");
    expect(html).toContain("<ul>\n<li>Analys</li>\n<li>Rapporter</li>\n</ul>");
    expect(html).toContain('<a href="https://example.se" rel="nofollow noopener noreferrer">mer</a>');
  });

  it("never let raw HTML, scripts or script links through, and leave headings and images as text", () => {
    const html = postingHtml('<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) ![i](https://e.se/i.png)\n# Rubrik');
    // Tag-like text is escaped, so "onerror" stays harmless text inside it.
    expect(html).not.toMatch(/<script|<img|href="javascript|<h1/);
    expect(html).toContain("&lt;script&gt;");
  });

  it("give plain text for meta descriptions", () => {
    expect(postingPlainText("Vi söker **dig**.\n\n- Analys\n- [Rapporter](https://e.se)")).toBe("Vi söker dig. Analys Rapporter");
  });
});

describe("name search words", () => {
  it("splits on spaces, keeps at most five and escapes LIKE's wildcards", () => {
    expect(searchWords("  Malin   Mohammadi ")).toEqual(["Malin", "Mohammadi"]);
    expect(searchWords("50% off_line a\\b")).toEqual(["50\\%", "off\\_line", "a\\\\b"]);
    expect(searchWords("a b c d e f g")).toHaveLength(5);
  });
});
