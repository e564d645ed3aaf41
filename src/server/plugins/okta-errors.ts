import { UnstorableText } from '../db/sql';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { newId } from '../lib/ids';
import { commonErrorStatuses, oktaErrors } from '../lib/error-responses';
import { OktaApiError, OKTA_ERRORS, type OktaErrorCode } from '../lib/okta-error';
import { setResponseHeaders } from './response-headers';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Turns every failure into Okta's error body; internals are logged, never sent. */
export function registerOktaErrors(app: FastifyInstance): void {
  // Route patterns as regexes, so an unknown method on a known path answers 405 rather than 404.
  const routes: { method: string; pattern: RegExp }[] = [];
  app.addHook('onRoute', (route) => {
    const pattern = new RegExp(
      '^' + route.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[^/]+/g, '[^/]+') + '/?$',
    );
    for (const method of [route.method].flat()) routes.push({ method, pattern });
    // Every API route declares the Okta errors it can answer, beside its own (lib/error-responses.ts).
    if (route.url.startsWith('/api/')) {
      route.schema = {
        ...route.schema,
        response: { ...oktaErrors(...commonErrorStatuses(route)), ...(route.schema?.response as object) },
      };
    }
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    const allowed = METHODS.filter((m) => routes.some((r) => r.method === m && r.pattern.test(path)));
    if (allowed.length > 0) {
      reply.header('Allow', allowed.join(', '));
      return sendOktaError(request, reply, new OktaApiError('E0000022'));
    }
    return sendOktaError(request, reply, new OktaApiError('E0000007', { arg: path }));
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof OktaApiError) return sendOktaError(request, reply, error);
    if (error.validation) return sendOktaError(request, reply, invalid(validationCauses(error)));
    if (error instanceof UnstorableText)
      return sendOktaError(request, reply, invalid([`text: ${error.message}`]));
    const mapped = mapFastifyError(error);
    if (mapped) return sendOktaError(request, reply, mapped);
    request.log.error({ err: error }, 'unhandled error');
    return sendOktaError(request, reply, new OktaApiError('E0000009'));
  });
}

/** What Fastify reports for a request its schema refused (`request.validationError` or the thrown error). */
export interface ValidationFailure {
  validation?: ValidationIssue[];
  validationContext?: string;
}

/** Ajv's findings as `field: message` causes. */
export function validationCauses(error: ValidationFailure): string[] {
  const where = error.validationContext === 'body' ? '' : `${error.validationContext}.`;
  // A union (e.g. an enum of literals) fails once per branch: one cause per field and problem is enough.
  return [...new Set((error.validation ?? []).map((v) => describeValidation(where, v)))];
}

/** 400 E0000001 naming the fields of `field: message` causes. */
export function invalid(causes: string[]): OktaApiError {
  const fields = [...new Set(causes.map((c) => c.split(':')[0]))];
  return new OktaApiError('E0000001', { arg: fields.join(', '), causes });
}

/**
 * Fastify's `frameworkErrors` option: URLs the router rejects before any hook runs (a malformed percent-encoding,
 * a path parameter over its length limit) still get Okta's error body and headers, not Fastify's own JSON.
 */
export function oktaFrameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  setResponseHeaders(request, reply);
  const path = request.url.split('?')[0];
  const okta =
    error.code === 'FST_ERR_BAD_URL'
      ? new OktaApiError('E0000001', {
          arg: 'path',
          causes: ['path: Is not a valid URL (bad percent-encoding).'],
        })
      : error.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? new OktaApiError('E0000007', { arg: path.slice(0, 200) })
        : new OktaApiError('E0000003');
  return sendOktaError(request, reply, okta);
}

function mapFastifyError(error: FastifyError): OktaApiError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new OktaApiError('E0000003');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new OktaApiError('MR0000413', { arg: '1 MB' });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return new OktaApiError('MR0000415');
  }
  if (error instanceof SyntaxError || error.statusCode === 400) return new OktaApiError('E0000003');
  if (error.statusCode === 413) return new OktaApiError('MR0000413', { arg: '1 MB' });
  if (error.statusCode === 415) return new OktaApiError('MR0000415');
  return undefined;
}

interface ValidationIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** Ajv's findings in plain words, prefixed with the field they concern. */
function describeValidation(prefix: string, v: ValidationIssue): string {
  const field = prefix + v.instancePath.replace(/^\//, '').replace(/\//g, '.');
  switch (v.keyword) {
    case 'required':
      return `${prefix}${joinPath(v.instancePath, String(v.params.missingProperty))}: The field is required.`;
    case 'type':
      return `${field || 'body'}: Must be ${article(String(v.params.type))}.`;
    case 'minLength':
      return Number(v.params.limit) === 1
        ? `${field}: The field cannot be empty.`
        : `${field}: Must be at least ${v.params.limit} characters.`;
    case 'maxLength':
      return `${field}: Must be at most ${v.params.limit} characters.`;
    case 'minimum':
    case 'maximum':
      return `${field}: Must be ${v.keyword === 'minimum' ? 'at least' : 'at most'} ${v.params.limit}.`;
    case 'anyOf':
    case 'enum':
    case 'const':
      return `${field}: Is not one of the allowed values.`;
    case 'maxItems':
      return `${field}: Must have at most ${v.params.limit} items.`;
    default:
      return `${field || 'body'}: ${v.message ?? 'Is not valid.'}`;
  }
}

function joinPath(base: string, name: string): string {
  const parent = base.replace(/^\//, '').replace(/\//g, '.');
  return parent ? `${parent}.${name}` : name;
}

function article(type: string): string {
  const words: Record<string, string> = {
    integer: 'a whole number',
    number: 'a number',
    string: 'a string',
    boolean: 'true or false',
    object: 'a JSON object',
    array: 'a JSON array',
    null: 'null',
  };
  return type
    .split(',')
    .map((t) => words[t] ?? t)
    .join(' or ');
}

export function oktaErrorBody(error: OktaApiError) {
  return {
    errorCode: error.errorCode,
    errorSummary: error.message,
    errorLink: error.errorCode,
    errorId: newId.errorId(),
    errorCauses: error.causes.map((errorSummary) => ({ errorSummary })),
  };
}

export function sendOktaError(_request: FastifyRequest, reply: FastifyReply, error: OktaApiError) {
  reply.headers(error.headers);
  return reply.code(error.status).type('application/json').send(oktaErrorBody(error));
}

export function isOktaErrorCode(code: string): code is OktaErrorCode {
  return code in OKTA_ERRORS;
}

/**
 * Requests Node's HTTP parser rejects before Fastify sees them (a bad Content-Length, bad header bytes, headers
 * too large) still get an Okta error object, written straight to the socket.
 */
export function oktaClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const body = JSON.stringify(
    oktaErrorBody(
      new OktaApiError('E0000001', {
        arg: 'the HTTP request could not be parsed',
        causes: [tooLarge ? 'headers: too large' : 'request: malformed HTTP'],
      }),
    ),
  );
  socket.end(
    `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
