// The web-platform globals that both places the shared layer runs provide (Node ≥ 20 and browsers), declared as
// narrowly as the shared code uses them: tsconfig.shared.json has neither DOM nor Node types, so the compiler
// refuses anything else from either host.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class URLSearchParams {
  constructor(init?: string | Record<string, string>);
  get(name: string): string | null;
  set(name: string, value: string): void;
  has(name: string): boolean;
  toString(): string;
}
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly href: string;
  readonly origin: string;
  readonly host: string;
  readonly pathname: string;
  readonly search: string;
  readonly searchParams: URLSearchParams;
  toString(): string;
}
declare function setTimeout(handler: (...args: never[]) => void, ms?: number): unknown;
interface AbortSignal {
  readonly aborted: boolean;
}
declare const AbortSignal: { timeout(ms: number): AbortSignal };
interface Headers {
  get(name: string): string | null;
}
interface Response {
  readonly status: number;
  readonly ok: boolean;
  readonly headers: Headers;
  text(): Promise<string>;
}
declare function fetch(
  input: string,
  init?: {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    signal?: AbortSignal;
    redirect?: 'follow' | 'manual' | 'error';
  },
): Promise<Response>;
