import type { ChildProcess } from "node:child_process";

/** A child process and its output (stdout and stderr, line by line), kept to show when something fails. */
export function collectOutput(child: ChildProcess, keepLines = 50_000): string[] {
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - keepLines));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return lines;
}

/** Ends a child with SIGTERM and resolves once it has exited. */
export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
