import type pg from 'pg';
import { DERIVED_TABLES } from '../database/app-role.ts';
import { BackupError } from './backup-error.ts';

/**
 * The application's tables as the database itself describes them — every table in schema
 * `public` except Prisma's migration record and the tables derived by trigger (DERIVED_TABLES:
 * loading the revisions rebuilds them) — so a table added by a later migration is backed up
 * without anyone remembering to list it. Ordered for loading: a table comes after every table its
 * foreign keys point to, so `COPY … FROM` never inserts a row whose parent is not there yet.
 */

export interface TableShape {
  name: string;
  /** Stored columns in table order; generated columns are left out (PostgreSQL computes them). */
  columns: string[];
  /** Sequences behind serial and identity columns, to set past the loaded ids after a restore. */
  sequences: { column: string; sequence: string }[];
}

export interface ForeignKey {
  child: string;
  parent: string;
}

export interface DatabaseTables {
  tables: TableShape[];
  foreignKeys: ForeignKey[];
}

export const MIGRATIONS_TABLE = '_prisma_migrations';

/**
 * Derived state, not data: the data version is a counter the triggers raise while rows load, and
 * its migration creates its one row; the derived tables (DERIVED_TABLES) are rebuilt by their
 * triggers as the revisions load. Neither is backed up nor counted as content.
 */
const NOT_BACKED_UP = [MIGRATIONS_TABLE, 'data_version', ...DERIVED_TABLES];

export async function listTables(client: pg.ClientBase | pg.Pool): Promise<DatabaseTables> {
  const columns = await client.query<{ table: string; column: string; sequence: string | null }>(
    `SELECT c.relname AS table, a.attname AS column,
            pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) AS sequence
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT c.relispartition AND c.relname <> ALL ($1::text[])
      ORDER BY c.relname, a.attnum`,
    [NOT_BACKED_UP],
  );
  const foreignKeys = await client.query<ForeignKey>(
    `SELECT child.relname AS child, parent.relname AS parent
       FROM pg_constraint k
       JOIN pg_class child ON child.oid = k.conrelid
       JOIN pg_class parent ON parent.oid = k.confrelid
      WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace
      ORDER BY 1, 2`,
  );
  const byName = new Map<string, TableShape>();
  for (const row of columns.rows) {
    const table = byName.get(row.table) ?? { name: row.table, columns: [], sequences: [] };
    table.columns.push(row.column);
    if (row.sequence) table.sequences.push({ column: row.column, sequence: row.sequence });
    byName.set(row.table, table);
  }
  const order = toLoadOrder([...byName.keys()], foreignKeys.rows);
  return { tables: order.map((name) => byName.get(name)!), foreignKeys: foreignKeys.rows };
}

/**
 * Parents before children; among tables free to go, alphabetical, so two backups of the same
 * schema list tables identically. A table's reference to itself (pledge.supersedes_id) needs no
 * order: PostgreSQL checks foreign keys at the end of each COPY statement.
 */
export function toLoadOrder(tables: string[], foreignKeys: ForeignKey[]): string[] {
  const parents = new Map(tables.map((table) => [table, new Set<string>()]));
  for (const { child, parent } of foreignKeys) {
    if (child !== parent && parents.has(child) && parents.has(parent))
      parents.get(child)!.add(parent);
  }
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < tables.length) {
    const ready = [...parents.keys()]
      .filter(
        (table) =>
          !placed.has(table) && [...parents.get(table)!].every((parent) => placed.has(parent)),
      )
      .sort();
    if (ready.length === 0) {
      const stuck = [...parents.keys()].filter((table) => !placed.has(table)).sort();
      throw new BackupError(
        `The foreign keys between ${stuck.join(', ')} form a cycle: no order loads them one table at a time.`,
      );
    }
    order.push(ready[0]!);
    placed.add(ready[0]!);
  }
  return order;
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** `"table" ("a", "b")`, as COPY takes it. */
export function toCopyTarget(table: { name: string; columns: readonly string[] }): string {
  return `${quoteIdentifier(table.name)} (${table.columns.map(quoteIdentifier).join(', ')})`;
}
