import pg from 'pg';

/**
 * This process's knowledge of `data_version.version` (see the data_version migration): kept in
 * memory, so building an ETag costs no query.
 *
 * - A dedicated connection LISTENs on `pledgeboard_data_version`: a staff change reaches every
 *   server process within milliseconds of its commit.
 * - Every `pollMs` the same connection reads the row as well (or reconnects, if it was lost), so a
 *   notification missed while the connection was down is caught up within one period.
 * - A version not confirmed for `staleMs` (the database unreachable, the timer starved) is not
 *   trusted: `read()` then asks the database itself and, failing that, answers null, and the
 *   caller serves the request uncached. Stale data is never labelled current for longer than that.
 *
 * - With a replica for public reads (`readUrl`, DATABASE_READ_URL), the version is read from the
 *   replica: a notification from the primary only says to look, and a version counts once the
 *   replica has it (asked again every 100 ms for up to 5 s, then at the next poll). Otherwise a page
 *   rendered from a lagging replica would be kept under the new version with the old data, until
 *   the next change.
 *
 * No `server-only` import: proxy.ts uses this too, and one instance per process is shared by the
 * proxy's bundle and the app's through globalThis (see `getDataVersionWatcher`).
 */
const QUERY_TIMEOUT_MS = 2_000;

export class DataVersionWatcher {
  private version: string | null = null;
  private confirmedAt = 0;
  private client: pg.Client | null = null;
  private connecting: Promise<pg.Client> | null = null;
  /** The replica's connection, with `readUrl`. */
  private reader: pg.Client | null = null;
  private readerConnecting: Promise<pg.Client> | null = null;
  private awaiting: NodeJS.Timeout | null = null;
  /** Set by stop(): a read under way then opens no connection that would outlive it. */
  private stopped = false;
  private refreshing: Promise<string | null> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly listeners = new Set<(version: string) => void>();

  constructor(
    private readonly options: {
      url: string;
      /** Where the public pages read (a replica), when not at `url`. */
      readUrl?: string;
      pollMs: number;
      staleMs: number;
      connectTimeoutMs?: number;
      now?: () => number;
    },
  ) {}

  /** Starts listening and polling; harmless to call again. */
  start(): void {
    if (this.timer) return;
    this.stopped = false;
    this.timer = setInterval(() => void this.refresh(), this.options.pollMs);
    this.timer.unref();
    void this.refresh();
  }

  /** The current version, or null when it cannot be confirmed: serve uncached then. */
  async read(): Promise<string | null> {
    this.start();
    if (this.version !== null && this.now() - this.confirmedAt < this.options.staleMs) {
      return this.version;
    }
    return this.refresh();
  }

  /**
   * Reads the row now, after any read already under way (which may have started before a change
   * this process just committed): what a writer calls so that its next read sees its change
   * without waiting for the notification. With a replica this reads the replica, which may not
   * have the change yet: public pages, which read it too, show the change once it has.
   */
  async confirm(): Promise<string | null> {
    this.start();
    await this.refreshing;
    return this.refresh();
  }

  /** Called with every new version this process learns (tests, and caches keyed on it). */
  onChange(listener: (version: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.refreshing?.catch(() => null);
    if (this.awaiting) clearTimeout(this.awaiting);
    this.awaiting = null;
    const client = this.client ?? (await this.connecting?.catch(() => null));
    const reader = this.reader ?? (await this.readerConnecting?.catch(() => null));
    this.client = null;
    this.connecting = null;
    this.reader = null;
    this.readerConnecting = null;
    await Promise.all([client?.end().catch(() => {}), reader?.end().catch(() => {})]);
  }

  /** Reads the row (connecting and LISTENing first if needed); one at a time. */
  private refresh(): Promise<string | null> {
    this.refreshing ??= (async () => {
      try {
        const listener = await this.connect();
        const client = this.options.readUrl ? await this.connectReader() : listener;
        const { rows } = await client.query<{ version: string }>(
          'SELECT version::text AS version FROM data_version',
        );
        this.learn(rows[0]?.version ?? '0');
        return this.version;
      } catch (error) {
        this.drop(error as Error);
        return null;
      } finally {
        this.refreshing = null;
      }
    })();
    return this.refreshing;
  }

  private connect(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= (async () => {
      const client = new pg.Client({
        connectionString: this.options.url,
        connectionTimeoutMillis: this.options.connectTimeoutMs ?? 3_000,
        // A half-open connection must fail a read, not hang it (and every read after it).
        query_timeout: QUERY_TIMEOUT_MS,
        keepAlive: true,
        application_name: 'pledgeboard data-version listener',
      });
      client.on('error', (error) => this.drop(error, client));
      client.on('end', () => this.drop(null, client));
      client.on('notification', (message) => {
        // Any role may NOTIFY this channel: only a version number is taken.
        if (message.channel === 'pledgeboard_data_version' && /^\d+$/.test(message.payload ?? '')) {
          if (this.options.readUrl) this.awaitReplica(BigInt(message.payload!), 50);
          else this.learn(message.payload!);
        }
      });
      try {
        await client.connect();
        if (this.stopped) throw new Error('the data-version watcher was stopped');
        await client.query('LISTEN pledgeboard_data_version');
      } catch (error) {
        await client.end().catch(() => {});
        throw error;
      }
      this.client = client;
      return client;
    })().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  /** Reads the replica's version until it reaches `version` (`tries` more times, 100 ms apart). */
  private awaitReplica(version: bigint, tries: number): void {
    if (this.awaiting) clearTimeout(this.awaiting);
    this.awaiting = null;
    void this.refresh().then((seen) => {
      if (seen !== null && BigInt(seen) >= version) return;
      if (tries > 0 && this.timer) {
        this.awaiting = setTimeout(() => this.awaitReplica(version, tries - 1), 100);
        this.awaiting.unref();
      }
    });
  }

  private connectReader(): Promise<pg.Client> {
    if (this.reader) return Promise.resolve(this.reader);
    this.readerConnecting ??= (async () => {
      const client = new pg.Client({
        connectionString: this.options.readUrl,
        connectionTimeoutMillis: this.options.connectTimeoutMs ?? 3_000,
        query_timeout: QUERY_TIMEOUT_MS,
        keepAlive: true,
        application_name: 'pledgeboard data-version reader',
      });
      const forget = (error: Error | null) => {
        if (error) console.error('[pledgeboard] data-version reader:', error.message);
        if (this.reader === client) this.reader = null;
        void client.end().catch(() => {});
      };
      client.on('error', forget);
      client.on('end', () => forget(null));
      try {
        await client.connect();
        if (this.stopped) throw new Error('the data-version watcher was stopped');
      } catch (error) {
        await client.end().catch(() => {});
        throw error;
      }
      this.reader = client;
      return client;
    })().finally(() => {
      this.readerConnecting = null;
    });
    return this.readerConnecting;
  }

  /** Versions only grow; a late poll answer never takes a notification's newer one back. */
  private learn(version: string): void {
    this.confirmedAt = this.now();
    if (this.version !== null && BigInt(version) <= BigInt(this.version)) return;
    this.version = version;
    for (const listener of this.listeners) listener(version);
  }

  private drop(error: Error | null, client = this.client): void {
    if (error) console.error('[pledgeboard] data-version listener:', error.message);
    if (client && client === this.client) {
      this.client = null;
      void client.end().catch(() => {});
    }
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
