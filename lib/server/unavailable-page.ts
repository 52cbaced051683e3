import { RETRY_AFTER_SECONDS } from "../db/availability";
import { catalogs } from "../i18n/messages";
import type { AppLocale } from "../i18n/routing";

// The page every page answers while the database is away (decision 0023). Plain HTML, written
// here rather than rendered by React: it must not depend on anything that might be failing, and
// proxy.ts answers with it directly (a rewrite to an app page is proxied over HTTP when Next's
// own host name differs from the request's, as with `next start -H 127.0.0.1`).

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const STYLE = `body{margin:0;font-family:system-ui,sans-serif;color:#0f172a;background:#fff;line-height:1.5}
header{border-bottom:1px solid #e2e8f0;padding:.75rem 1rem}header span{font-weight:700;font-size:1.125rem;color:#1d4ed8}
main{max-width:42rem;margin:0 auto;padding:2.5rem 1rem}h1{font-size:1.5rem;margin:0 0 .75rem}
a.retry{display:inline-block;margin-top:.75rem;padding:.5rem 1rem;border-radius:.375rem;background:#1d4ed8;color:#fff;font-weight:600;text-decoration:none}
a.retry:focus-visible{outline:3px solid #0f172a;outline-offset:2px}`;

export function unavailableHtml(locale: AppLocale): string {
  const t = catalogs[locale].unavailable;
  const name = escapeHtml(catalogs[locale].app.name);
  // An empty href is the address in the browser: the page the person asked for.
  return `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(t.title)} · ${name}</title><style>${STYLE}</style></head>
<body><header><span>${name}</span></header><main id="main"><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.body)}</p><p>${escapeHtml(t.hint)}</p>
<a class="retry" href="">${escapeHtml(t.retry)}</a></main></body></html>`;
}

/** 503 with Retry-After; never cached; a policy that allows only the page's own inline style. */
export function unavailableResponse(locale: AppLocale): Response {
  return new Response(unavailableHtml(locale), {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Retry-After": String(RETRY_AFTER_SECONDS),
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    },
  });
}
