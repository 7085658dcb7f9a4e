import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
} from '@prisma/driver-adapter-utils';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import pg from 'pg';

/**
 * Prisma's own migration engine, compiled to WebAssembly, used to write new migrations and to
 * check that schema.prisma and prisma/migrations agree. Prisma's CLI would download a native
 * engine that these machines cannot reach (see STACK-NOTES); the WASM build needs no download.
 * Applying migrations does not go through here: lib/server/database/migrate.ts does that.
 */

let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    // A Rust panic inside the engine reports through this global; without it the panic
    // surfaces as "Cannot read properties of undefined (reading 'set_message')".
    const registry = {
      message: '',
      set_message(message: string) {
        registry.message = message;
      },
    };
    (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY ??= registry;
    // The package exports no path to its .wasm file; find it beside the glue module.
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmPath = path.join(path.dirname(gluePath), 'schema_engine_bg.wasm');
    // Node 20 cannot import .wasm as an ES module without a flag: instantiate it through the JS glue.
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      './schema_engine_bg.js': glue,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  })();
  return wasmReady;
}

/** pg's `char` (OID 18), read by the engine from pg_constraint.contype; adapter-pg has no mapping for it. */
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * Wraps adapter-pg with the three fixes STACK-NOTES measured: run a script as one query
 * (adapter-pg splits on every `;`, breaking plpgsql bodies), report `char` columns as text,
 * and a shadow database that is closed before it is dropped, so it never leaks.
 */
function createAdapterFactory(databaseUrl: string): SqlMigrationAwareDriverAdapterFactory {
  // A config object, never a string: with a string, adapter-pg's shadow pool silently reuses the main database.
  const config = parsePoolConfig(databaseUrl);
  const base = new PrismaPg(config);
  const patch = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const pool = (adapter as unknown as { underlyingDriver(): pg.Pool }).underlyingDriver();
    // adapter-pg rejects OID 18 before the result leaves it: relabel the column as text inside,
    // remember which columns they were (per SQL text, so concurrent queries cannot mix them up),
    // and report them to the engine as the single characters they are.
    const charColumns = new Map<string, number[]>();
    const io = adapter as unknown as {
      performIO: (query: SqlQuery) => Promise<{ fields: { dataTypeID: number }[] }>;
    };
    const performIO = io.performIO.bind(adapter);
    io.performIO = async (query) => {
      const result = await performIO(query);
      const indices: number[] = [];
      result.fields.forEach((field, index) => {
        if (field.dataTypeID === PG_CHAR_OID) {
          field.dataTypeID = PG_TEXT_OID;
          indices.push(index);
        }
      });
      if (indices.length > 0) charColumns.set(query.sql, indices);
      return result;
    };
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = async (query) => {
      const result = await queryRaw(query);
      for (const index of charColumns.get(query.sql) ?? [])
        result.columnTypes[index] = ColumnTypeEnum.Character;
      return result;
    };
    adapter.executeScript = async (script: string) => {
      await pool.query(script);
    };
    return adapter;
  };
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => patch(await base.connect()),
    connectToShadowDb: async () => {
      const admin = new pg.Client(config);
      await admin.connect();
      const name = `pledgeboard_shadow_${process.pid}_${Date.now()}`;
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      const shadow = patch(await new PrismaPg({ ...config, database: name }).connect());
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        const cleanup = new pg.Client(config);
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await cleanup.end();
      };
      return shadow;
    },
  };
}

function parsePoolConfig(databaseUrl: string): pg.PoolConfig {
  const url = new URL(databaseUrl);
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: url.pathname.slice(1),
    max: 4,
  };
}

export async function withSchemaEngine<T>(
  databaseUrl: string,
  datamodel: { path: string; text: string },
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const factory = bindMigrationAwareSqlAdapterFactory(createAdapterFactory(databaseUrl));
  const engine = await glue.SchemaEngine.new(
    { datamodels: [[datamodel.path, datamodel.text]] },
    () => {},
    factory,
  );
  try {
    return await run(engine as unknown as SchemaEngine);
  } finally {
    engine.free();
  }
}

/** The SQL that turns the database described by the migrations into the one described by schema.prisma ('' when they agree). */
export async function diffMigrationsToSchema(
  databaseUrl: string,
  migrations: MigrationList,
  datamodel: { path: string; text: string },
): Promise<string> {
  return withSchemaEngine(databaseUrl, datamodel, async (engine) => {
    const result = await engine.diff({
      from: { tag: 'migrations', ...migrations },
      to: { tag: 'schemaDatamodel', files: [{ path: datamodel.path, content: datamodel.text }] },
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.stdout ?? '';
  });
}
