import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";

/**
 * The layout of the route groups whose client components (forms, tables, the mailbox) use the
 * whole message catalog: signed-in pages, sign-in and invitations, the dev mailbox. The public
 * pages get only a few namespaces (app/[locale]/layout.tsx).
 */
export default function FullCatalogLayout({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
