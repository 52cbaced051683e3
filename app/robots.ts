import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

/** Crawlers may read the public career pages and files; everything else needs a sign-in or a secret link. */
export default function robots(): MetadataRoute.Robots {
  const origin = new URL(env.APP_URL).origin;
  return {
    rules: {
      userAgent: "*",
      // The longer rule wins: /*/c/*/jobs is open, the rest of /*/c/ (signed-in pages, survey links) is not.
      allow: ["/*/c/*/jobs"],
      disallow: ["/api/", "/c/", "/*/c/", "/*/sign-in", "/*/join/", "/*/dev/", "/*/consortia", "/*/apply/", "/*/account"],
    },
    sitemap: `${origin}/sitemap.xml`,
    host: origin,
  };
}
