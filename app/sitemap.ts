import type { MetadataRoute } from "next";
import { careerSitemap } from "@/lib/careers/sitemap";
import { env } from "@/lib/env";

// Read at request time: postings change, and the public address comes from the environment.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return careerSitemap(new URL(env.APP_URL).origin);
}
