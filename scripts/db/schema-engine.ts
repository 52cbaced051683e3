import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { MigrationPgFactory } from "./pg-adapter";

export type { SchemaEngine };

export interface ReadyEngine {
  engine: SchemaEngine;
  /** Frees the engine and closes every pool it opened (dropping any shadow database left). */
  close(): Promise<void>;
}

let started: Promise<void> | undefined;

// On a Rust panic the glue hands the message to this global before the Wasm traps; without it
// the panic surfaces as an unrelated "cannot read properties of undefined" TypeError.
const panicRegistry = {
  set_message(message: string): void {
    process.stderr.write(`schema engine panic: ${message}\n`);
  },
};

// The package's entry point does `import * as wasm from "./schema_engine_bg.wasm"`, which only a
// bundler understands. Node instantiates the module here and hands it to the wasm-bindgen glue,
// which is what that entry point would have done. The glue keeps one module per process.
function startWasm(): Promise<void> {
  started ??= (async () => {
    Object.assign(globalThis, { PRISMA_WASM_PANIC_REGISTRY: panicRegistry });
    // The .wasm file is not in the package's exports map; it sits next to the glue, which is.
    const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = path.join(path.dirname(gluePath), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return started;
}

// The engine reports logs as JSON lines through this callback; they are only noise unless debugging.
function logger(line: string): void {
  if (process.env.DEBUG) process.stderr.write(`[schema-engine] ${line}\n`);
}

/**
 * A schema engine working on the database at `ownerUrl` (a role allowed to create databases, for
 * shadow databases), knowing the given Prisma schema files as [path, content] pairs: at least one,
 * even for commands that do not read it, or the engine panics. Call `close` when done, also after
 * a failure.
 */
export async function createSchemaEngine(ownerUrl: string, datamodels: [string, string][]): Promise<ReadyEngine> {
  await startWasm();
  const factory = new MigrationPgFactory(ownerUrl);
  const engine = await glue.SchemaEngine.new({ datamodels }, logger, bindMigrationAwareSqlAdapterFactory(factory));
  return {
    engine,
    async close() {
      engine.free();
      await factory.closeAll();
    },
  };
}
