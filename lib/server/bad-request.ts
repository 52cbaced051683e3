import { catalogs } from "../i18n/messages";
import { isLocale, routing, type AppLocale } from "../i18n/routing";
import { escapeHtml, STYLE } from "./unavailable-page";

// What proxy.ts answers when a request fails the input boundary (docs/decisions/0036-input-boundary.md):
// a 400 (413 for an action body over the limit) in the form the caller reads — a translated page for
// a browser, JSON for the API, plain text for an action call — written here rather than rendered,
// like the outage page, so that nothing the bad input touches runs.

const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

function localeOf(pathname: string, acceptLanguage: string | null): AppLocale {
  const first = pathname.split("/")[1];
  if (isLocale(first)) return first;
  const asked = (acceptLanguage ?? "").split(",").map((part) => part.split(";")[0].trim().slice(0, 2).toLowerCase());
  return asked.map((tag) => (tag === "no" || tag === "nn" ? "nb" : tag)).find(isLocale) ?? routing.defaultLocale;
}

function badRequestHtml(locale: AppLocale): string {
  const t = catalogs[locale].badRequest;
  const name = escapeHtml(catalogs[locale].app.name);
  return `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(t.title)} · ${name}</title><style>${STYLE}</style></head>
<body><header><span>${name}</span></header><main id="main"><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.body)}</p>
<a class="retry" href="/${locale}">${escapeHtml(t.home)}</a></main></body></html>`;
}

export type BadRequestKind = "page" | "api" | "action";

export function badRequestResponse(kind: BadRequestKind, pathname: string, acceptLanguage: string | null, status = 400): Response {
  const locale = localeOf(pathname, acceptLanguage);
  const headers = { "Cache-Control": "no-store", "Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff" };
  if (kind === "api") {
    return Response.json({ error: "validation", message: catalogs[locale].badRequest.body }, { status, headers });
  }
  if (kind === "action") {
    return new Response(catalogs[locale].badRequest.body, { status, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
  }
  return new Response(badRequestHtml(locale), { status, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}
