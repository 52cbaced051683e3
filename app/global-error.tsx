"use client";

import en from "../messages/en.json";
import nb from "../messages/nb.json";
import sv from "../messages/sv.json";

const CATALOGS = { sv, nb, en };

/** Last resort when even the layout failed: no provider is left, so it reads the catalogs itself. */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const first = typeof window === "undefined" ? "sv" : window.location.pathname.split("/")[1];
  const locale = first === "nb" || first === "en" ? first : "sv";
  const t = CATALOGS[locale].errorPage;
  return (
    <html lang={locale}>
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "4rem 1rem", maxWidth: "40rem", margin: "0 auto" }}>
        <main>
          <h1>{t.title}</h1>
          <p>{t.body}</p>
          {error.digest ? <p>{t.reference.replace("{id}", error.digest)}</p> : null}
        </main>
      </body>
    </html>
  );
}
