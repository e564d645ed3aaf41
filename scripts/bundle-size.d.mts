// Types for bundle-size.mjs (imported by the TypeScript benchmarks).
export declare const INITIAL_ROUTE_BUDGET_KB: number;
export interface RouteSize {
  gzipBytes: number;
  files: string[];
}
export declare function readManifest(dist: string): Record<string, unknown>;
export declare function initialRoute(dist?: string): RouteSize & { monacoFiles: string[] };
export declare function editorRoute(dist?: string): RouteSize;
