import { existsSync } from "node:fs";
import { ensureDebianTools } from "./debian";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/**
 * The Chromium the e2e tests drive: CHROMIUM_PATH, a system one, or — on a Debian machine where we
 * are root — Debian's package, installed now (Playwright's own browser download is not reachable).
 */
export function ensureChromium(): string {
  const configured = process.env.CHROMIUM_PATH;
  if (configured && existsSync(configured)) return configured;
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  try {
    ensureDebianTools([{ path: "/usr/bin/chromium", pkg: "chromium" }], "the end-to-end tests");
    return "/usr/bin/chromium";
  } catch {
    throw new Error("No Chromium found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.");
  }
}
