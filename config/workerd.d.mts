/** A capnp text binding: `(name = "NAME", text = "value")`. */
export declare const textBinding: (name: string, value: string) => string;

/**
 * Writes `dir/config.capnp`: the Worker `dir/worker.js`, its outbound network (trusting
 * `dir/ca.pem` when `ca`), and `worker`: more fields of the Worker (bindings, Durable Objects).
 */
export declare function writeWorkerdConfig(dir: string, options?: { ca?: boolean; worker?: string }): void;

/** Starts workerd on `dir/config.capnp`; resolves `{ url, stop() }` once it listens. */
export declare function startWorkerd(dir: string): Promise<{ url: string; stop(): void }>;
