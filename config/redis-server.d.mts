/** The redis-server binary: REDIS_SERVER, or the one on PATH. */
export declare const redisServerPath: () => string;

/** A Redis started for a test: loopback, its own temp folder, no persistence. */
export interface TestRedis {
  readonly port: number;
  /** `redis://127.0.0.1:<port>`, for node-redis's `createClient({ url })`. */
  readonly url: string;
  readonly dir: string;
  /** The server's log so far. */
  log(): string;
  /** Ends the server: its clients see the connection drop. */
  pause(): Promise<void>;
  /** Starts it again on the same port and folder (loading a dump.rdb that `SHUTDOWN SAVE` wrote). */
  resume(): Promise<void>;
  /** Ends it and removes its folder. */
  stop(): Promise<void>;
}

/**
 * Starts Debian's redis-server on a free loopback port, in a temp folder, no persistence; it
 * stops when this process ends, however it ends. Rejects, naming the fix, when it is missing.
 */
export declare function startRedis(): Promise<TestRedis>;

/** Sends one command over a raw socket and resolves to the first line of the reply. */
export declare function redisCommand(port: number, ...args: string[]): Promise<string>;
