import type { AddressInfo } from 'node:net';
import { buildTestApp, type TestApp } from './build-test-app';

/**
 * A real server on a free 127.0.0.1 port, for clients that speak HTTP (Okta's SDK, load and fault tests).
 * `beforeListen` may add hooks (the app is not ready yet).
 */
export async function startListeningApp(
  env: Record<string, string> = {},
  beforeListen?: (app: TestApp['app']) => void,
): Promise<TestApp & { url: string }> {
  const t = await buildTestApp(env);
  beforeListen?.(t.app);
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = t.app.server.address() as AddressInfo;
  return { ...t, url: `http://127.0.0.1:${port}` };
}
