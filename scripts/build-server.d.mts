// Types for build-server.mjs (imported by its test and the benchmark).
import type { BuildResult } from 'esbuild';
export declare function serverEntries(): string[];
export declare function buildServer(options?: { outdir?: string }): Promise<BuildResult<{ metafile: true }>>;
