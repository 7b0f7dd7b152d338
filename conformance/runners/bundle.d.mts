/** Bundles `entryPoint` as a user's bundler would, for the given `exports` conditions; the ES module as a string. */
export declare function bundle(entryPoint: string, conditions: string[]): Promise<string>;
