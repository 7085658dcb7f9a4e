/** What `npm run backup` and `npm run restore` print about an archive's tables. */
export function printTableCounts(tables: readonly { name: string; rows: number }[]) {
  const width = Math.max(...tables.map((table) => table.name.length));
  for (const table of tables)
    console.log(
      `  ${table.name.padEnd(width)}  ${table.rows.toLocaleString('en').padStart(9)} ${table.rows === 1 ? 'row' : 'rows'}`,
    );
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
