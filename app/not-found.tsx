import en from "../messages/en.json";
import nb from "../messages/nb.json";
import sv from "../messages/sv.json";
import "./globals.css";

/** A path outside every language (rare: the proxy adds one) gets all three at once. */
export default function RootNotFound() {
  return (
    <html lang="sv">
      <body className="mx-auto max-w-2xl px-4 py-16">
        <main id="main" className="space-y-6">
          {[sv, nb, en].map((catalog, i) => (
            <section key={i} lang={["sv", "nb", "en"][i]}>
              <h1 className="text-xl font-bold">{catalog.notFound.title}</h1>
              <p>{catalog.notFound.body}</p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
