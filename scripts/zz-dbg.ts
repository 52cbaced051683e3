import { readFileSync } from "node:fs";
import { reportTable } from "@/lib/disclosure/report-table";
import { suppress, rangesOf } from "@/lib/disclosure/engine";
const rep = JSON.parse(readFileSync("/tmp/w15/rep.json", "utf8"));
const table = reportTable(rep);
const st = suppress(table);
const r = rangesOf(table, st);
for (const [id, s] of st) if (id.startsWith("c1|o.") && !id.includes("unknown")) console.log(id, table.cells.get(id)!.value, s, JSON.stringify(r.get(id)));
