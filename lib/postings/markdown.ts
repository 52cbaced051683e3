import MarkdownIt from "markdown-it";

// Posting descriptions are written in a small Markdown: paragraphs, line breaks, bulleted and
// numbered lists, bold and italics, links. markdown-it's "zero" preset starts with everything
// off; only those rules are turned on, and raw HTML stays off, so nothing a poster types becomes
// markup of its own (no scripts, styles or event handlers: the CSP stays as strict as it is).
// markdown-it also refuses javascript:, vbscript: and data: links. Decision 0029.
const markdown = new MarkdownIt("zero", { html: false, linkify: true, breaks: true }).enable([
  "list",
  "emphasis",
  "link",
  "linkify",
  "newline",
  "escape",
]);

const defaultLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  // A poster's links leave Kohort: no referrer, no opener, and no vouching for them.
  tokens[idx].attrSet("rel", "nofollow noopener noreferrer");
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** The description as HTML for the career page, the coordinator's view and JSON-LD. */
export function postingHtml(text: string): string {
  return markdown.render(text);
}

/** The description as plain text (meta and Open Graph descriptions, previews). */
export function postingPlainText(text: string): string {
  const words: string[] = [];
  for (const token of markdown.parse(text, {})) {
    if (token.type !== "inline") continue;
    words.push((token.children ?? []).filter((c) => c.type === "text" || c.type === "softbreak").map((c) => (c.type === "text" ? c.content : " ")).join(""));
  }
  return words.join(" ").replace(/\s+/g, " ").trim();
}
