import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** A program a script needs and the Debian package that brings it. */
export interface DebianTool {
  path: string;
  pkg: string;
}

/**
 * Makes sure each tool is there; on a Debian machine where we are root (CI, a fresh developer
 * machine) missing ones are installed from Debian's packages now, the way `.ci/run` installs
 * Chromium. Packages' services are not started by this (Debian's policy-rc.d on such machines);
 * the scripts run the programs themselves. Throws with the command to run otherwise.
 */
export function ensureDebianTools(tools: DebianTool[], purpose: string): void {
  const missing = tools.filter((t) => !existsSync(t.path));
  if (!missing.length) return;
  const packages = missing.map((t) => t.pkg);
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log(`Installing Debian's ${packages.join(", ")} for ${purpose}…`);
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", ...packages], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  }
  const still = missing.filter((t) => !existsSync(t.path));
  if (still.length) throw new Error(`${purpose} needs ${still.map((t) => t.path).join(", ")}: apt-get install -y ${still.map((t) => t.pkg).join(" ")}`);
}
