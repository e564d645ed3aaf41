// Types for precompress.mjs (imported by vite.config.ts and the server's tests).
export declare const PRECOMPRESSED: RegExp;
export declare function precompressDir(
  dir: string,
): Promise<{ files: number; raw: number; br: number; gz: number }>;
