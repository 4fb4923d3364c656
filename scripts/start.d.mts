/** Types of scripts/start.mjs (plain JavaScript, so that node runs it without a loader). */
export declare const DEFAULT_KEEP_ALIVE_TIMEOUT_MS: number;
export declare function keepAliveTimeoutMs(value: string | undefined): number;
