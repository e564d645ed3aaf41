import { LogController, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import type { Config } from '../config';

/** Credentials never reach a log line, in either format (pino removes them before the line is written). */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
];

export interface LogDestination {
  write(line: string): unknown;
}

/**
 * Fastify's logger options for the configured level and format. JSON goes to `destination` (stdout) as pino
 * writes it; pretty passes each finished, already-redacted JSON line through `formatPretty`.
 */
export function loggerOptions(
  config: Pick<Config, 'logLevel' | 'logFormat'>,
  destination: LogDestination = process.stdout,
): FastifyServerOptions['logger'] {
  const stream =
    config.logFormat === 'pretty'
      ? { write: (line: string) => destination.write(formatPretty(line)) }
      : destination === process.stdout
        ? undefined // pino's own fast stdout writer
        : destination;
  return { level: config.logLevel, redact: REDACTED_PATHS, ...(stream ? { stream } : {}) };
}

/**
 * Fastify's request lines, as one line per request at `debug` instead of two at `info`: with LOG_LEVEL=info, the
 * default, a busy server's log holds what matters. A request that failed while its answer was being sent is
 * still an error.
 */
export class RequestLogController extends LogController {
  override incomingRequest() {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    const responseTime = Math.round(reply.elapsedTime * 10) / 10;
    if (error) reply.log.error({ req: request, res: reply, err: error, responseTime }, 'request errored');
    else reply.log.debug({ req: request, res: reply, responseTime }, 'request completed');
  }
}

const LEVELS: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};
/** Fields the pretty line shows in its own way, or not at all (pid and host are the terminal's own). */
const SHOWN_APART = new Set([
  'level',
  'time',
  'pid',
  'hostname',
  'msg',
  'req',
  'res',
  'responseTime',
  'err',
  'reqId',
]);

const oneLine = (text: string) => text.replace(/\r?\n/g, '\\n');
const field = (value: unknown) =>
  typeof value === 'string' && /^[^\s"=]*$/.test(value) ? value : oneLine(JSON.stringify(value) ?? '');
const two = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A pino JSON line as a line for people: `12:04:31.207 INFO  message key=value`, requests as
 * `GET /path → 200 3.1 ms`, and an error's stack (only) on the indented lines after it.
 */
export function formatPretty(line: string): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line);
  } catch {
    return line.endsWith('\n') ? line : `${line}\n`;
  }
  const time = new Date(typeof record.time === 'number' ? record.time : Date.now());
  const clock = `${two(time.getHours())}:${two(time.getMinutes())}:${two(time.getSeconds())}.${two(time.getMilliseconds(), 3)}`;
  const level = (LEVELS[record.level as number] ?? String(record.level)).padEnd(5);
  const parts = [clock, level];

  const req = record.req as { method?: string; url?: string } | undefined;
  const res = record.res as { statusCode?: number } | undefined;
  if (req?.method && res?.statusCode !== undefined) {
    parts.push(`${req.method} ${oneLine(req.url ?? '')} → ${res.statusCode}`);
    if (typeof record.responseTime === 'number') parts.push(`${record.responseTime.toFixed(1)} ms`);
  } else if (record.msg !== undefined) {
    parts.push(oneLine(String(record.msg)));
  }
  for (const [key, value] of Object.entries(record)) {
    if (!SHOWN_APART.has(key)) parts.push(`${key}=${field(value)}`);
  }
  const err = record.err as { type?: string; message?: string; stack?: string } | undefined;
  if (err) parts.push(`err=${field(`${err.type ?? 'Error'}: ${err.message ?? ''}`)}`);
  if (record.reqId !== undefined) parts.push(`req=${field(record.reqId)}`);

  let out = parts.join(' ');
  const stack = err?.stack
    ?.split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '');
  if (stack?.length) out += `\n${stack.map((l) => `    ${l.trim()}`).join('\n')}`;
  return `${out}\n`;
}
