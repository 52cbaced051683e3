import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { haproxyEnv, HAPROXY_SLOTS } from "../../scripts/lib/production/haproxy";
import { rewriteIni } from "../../scripts/lib/production/pgbouncer";
import { topologyNodeFlags } from "../../scripts/lib/production/topology";

// The production files in scripts/production/ and what the scripts that run them read from them.
describe("production configuration", () => {
  it("gives every server process of the topology a capped heap, read from supervisord.conf", () => {
    const flags = topologyNodeFlags();
    expect(flags.some((f) => /^--max-old-space-size=\d+$/.test(f))).toBe(true);
    expect(flags.some((f) => /^--max-semi-space-size=\d+$/.test(f))).toBe(true);
    expect(readFileSync("scripts/production/supervisord.conf", "utf8")).toMatch(/TRUSTED_PROXIES="1"/);
  });

  it("has as many HAProxy server slots as start.sh allows processes", () => {
    const cfg = readFileSync("scripts/production/haproxy.cfg", "utf8");
    const slots = [...cfg.matchAll(/server web(\d+) "\$\{KOHORT_WEB_\1\}"/g)].map((m) => Number(m[1]));
    expect(slots).toEqual(Array.from({ length: HAPROXY_SLOTS }, (_, i) => i + 1));
    expect(readFileSync("scripts/production/start.sh", "utf8")).toContain(`-gt ${HAPROXY_SLOTS}`);
    expect(haproxyEnv(":3000", ["127.0.0.1:3101", "127.0.0.1:3102"], "127.0.0.1:8404")).toEqual({
      KOHORT_LISTEN: ":3000",
      KOHORT_STATS: "127.0.0.1:8404",
      KOHORT_WEB_1: "127.0.0.1:3101",
      KOHORT_WEB_2: "127.0.0.1:3102",
    });
    expect(() => haproxyEnv(":3000", [], "127.0.0.1:8404")).toThrow();
  });

  it("runs PgBouncer in transaction mode, and a script's copy changes only addresses and files", () => {
    const ini = readFileSync("scripts/production/pgbouncer.ini", "utf8");
    expect(ini).toMatch(/^pool_mode = transaction$/m);
    const copy = rewriteIni(ini, {
      databases: { "*": "host=127.0.0.1 port=5555" },
      pgbouncer: { listen_port: "7777", auth_file: "/tmp/x/userlist.txt", unix_socket_dir: "" },
    });
    expect(copy).toMatch(/^\* = host=127\.0\.0\.1 port=5555$/m);
    expect(copy).toMatch(/^listen_port = 7777$/m);
    expect(copy).toMatch(/^auth_file = \/tmp\/x\/userlist\.txt$/m);
    expect(copy).toMatch(/^unix_socket_dir = $/m);
    expect(copy).not.toMatch(/^listen_port = 6432$/m);
    const settings = (text: string) => text.split("\n").filter((l) => /^(pool_mode|default_pool_size|max_client_conn|query_wait_timeout) =/.test(l));
    expect(settings(copy)).toEqual(settings(ini));
    expect(rewriteIni("[pgbouncer]\nlisten_port = 1\n", { pgbouncer: { logfile: "/tmp/l" } })).toContain("logfile = /tmp/l");
  });
});
