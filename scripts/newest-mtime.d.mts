// Types for newest-mtime.mjs (imported by the benchmark).
export declare function newestMtime(entry: string): number;
