import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import fs from 'node:fs';
import path from 'node:path';
import type { AppContext } from './app-context';
import { bootstrap } from './bootstrap';
import type { Config } from './config';
import { openDatabase, SQLITE_FILE } from './db/database';
import { newId } from './lib/ids';
import { createResponseCache } from './lib/response-cache';
import { openSecretBox, type SecretBox } from './lib/secret-box';
import { registerAuth } from './plugins/auth';
import { registerCompression } from './plugins/compression';
import { registerDrain } from './plugins/drain';
import { registerHealth } from './plugins/health';
import { loggerOptions, RequestLogController } from './plugins/logging';
import { oktaClientError, oktaFrameworkErrors, registerOktaErrors } from './plugins/okta-errors';
import { createRateLimits, databaseWindows, memoryWindows } from './plugins/rate-limit';
import { registerResponseHeaders } from './plugins/response-headers';
import { registerStaticClient } from './plugins/static-client';
import { createBrandRepository } from './modules/brands/repository';
import { brandRoutes } from './modules/brands/routes';
import { createEmailServerRepository } from './modules/email-servers/repository';
import { emailServerRoutes } from './modules/email-servers/routes';
import { createEmailTemplateRepository } from './modules/email-templates/repository';
import { createAuthorOf } from './modules/customization-history/author';
import { recordProxiedWrite } from './modules/customization-history/proxied-saves';
import { createHistoryRepository } from './modules/customization-history/repository';
import { customizationHistoryRoutes } from './modules/customization-history/routes';
import { emailTemplateRoutes } from './modules/email-templates/routes';
import { createMailer } from './modules/mail/mailer';
import { createMailboxRepository } from './modules/mailbox/repository';
import { mailboxRoutes } from './modules/mailbox/routes';
import { createSmtpCatcher } from './modules/mailbox/smtp-catcher';
import { sessionRoutes } from './modules/tokens/session-routes';
import { createTokenRepository } from './modules/tokens/repository';
import { createOrgRepository, createUserRepository } from './modules/users/repository';
import { userRoutes } from './modules/users/routes';
import { registerOktaProxy } from './modules/okta-proxy/proxy';
import { createOrgConnection } from './modules/okta-proxy/org-check';

declare module 'fastify' {
  interface FastifyInstance {
    mailroom: AppContext;
    /** Set on the first start only: the bootstrap admin's token, for main.ts to print once. */
    bootstrapToken: string | undefined;
  }
}

export const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Builds the whole server: database, SMTP catcher, plugins and routes. It never listens on HTTP
 * (main.ts does; tests use `app.inject`), but it does start the SMTP catcher on `config.smtpCatcherPort`.
 */
export async function buildApp(
  config: Config,
  options: { logger?: FastifyServerOptions['logger'] } = {},
): Promise<FastifyInstance> {
  fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const db = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  let box: SecretBox;
  try {
    const sealed = (
      await db.all<{ secrets: string }>('SELECT secrets FROM email_servers WHERE secrets IS NOT NULL')
    ).map((row) => row.secrets);
    box = openSecretBox(
      { dataDir: config.dataDir, secretKey: config.secretKey },
      sealed,
      config.databaseUrl ? 'the PostgreSQL database' : path.join(config.dataDir, SQLITE_FILE),
    );
  } catch (error) {
    await db.close();
    throw error;
  }

  const app = Fastify({
    logger: options.logger ?? loggerOptions(config),
    logController: new RequestLogController(),
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: () => newId.requestId(),
    requestIdHeader: false,
    // Only the proxies named in TRUST_PROXY may set the client address (request.ip) that failures count against.
    trustProxy: config.trustProxy,
    return503OnClosing: true,
    frameworkErrors: oktaFrameworkErrors,
    clientErrorHandler: oktaClientError,
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Query strings and params are text and get coerced ("20" → 20); JSON bodies are checked strictly.
  const coercing = addFormats(
    new Ajv({
      coerceTypes: 'array',
      useDefaults: true,
      removeAdditional: true,
      strict: false,
      allErrors: true,
    }),
  );
  const strict = addFormats(
    new Ajv({
      coerceTypes: false,
      useDefaults: true,
      removeAdditional: true,
      strict: false,
      allErrors: true,
    }),
  );
  app.setValidatorCompiler(({ schema, httpPart }) =>
    (httpPart === 'body' ? strict : coercing).compile(schema),
  );

  // Okta's API takes JSON only: plain text is 415 like every other type, not a string body that fails validation
  // (found by the fuzzer's expected-status oracle).
  app.removeContentTypeParser('text/plain');
  // An empty body with a JSON content type is "no body" (Okta's SDK sends that for POST …/test).
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body.toString();
    if (text.trim() === '') return done(null, undefined);
    return parseJson(request, text, done);
  });

  const tokens = createTokenRepository(db);
  const users = createUserRepository(db);
  const org = createOrgRepository(db);
  const brands = createBrandRepository(db);
  const emailServers = createEmailServerRepository(db, box, config.maxEmailServers);
  const history = createHistoryRepository(db, config.historyLimit);
  const templates = createEmailTemplateRepository(db, history);
  const mailbox = createMailboxRepository(db);
  const catcher = createSmtpCatcher({ mailbox, log: app.log });
  const mailer = createMailer({
    db,
    emailServers,
    relayUrl: config.smtpRelayUrl,
    catcherPort: catcher.port,
    log: app.log,
  });

  const first = await bootstrap({
    db,
    dataDir: config.dataDir,
    adminToken: config.adminToken,
    org,
    users,
    brands,
    tokens,
  });
  app.decorate('bootstrapToken', first?.adminToken);

  registerResponseHeaders(app);
  registerDrain(app);
  registerCompression(app);
  registerOktaErrors(app);
  const limits = createRateLimits({
    limit: config.rateLimit,
    failureLimit: config.authFailureLimit,
    windowSeconds: config.rateLimitWindowSeconds,
    // Okta limits per org: with several replicas (PostgreSQL) the windows are shared rows, else this process's memory.
    store:
      db.dialect === 'postgres'
        ? (kind, windowMs) => databaseWindows(db, kind, windowMs)
        : () => memoryWindows(),
  });
  const sessions = registerAuth(app, { db, tokens, limits });

  const ctx: AppContext = {
    config,
    db,
    box,
    tokens,
    sessions,
    limits,
    users,
    org,
    brands,
    emailServers,
    templates,
    history,
    authorOf: createAuthorOf(tokens, users),
    responses: createResponseCache(db),
    mailbox,
    mailer,
    catcher,
    orgConnection:
      config.oktaOrgUrl && config.oktaApiToken
        ? createOrgConnection({ orgUrl: config.oktaOrgUrl, apiToken: config.oktaApiToken })
        : undefined,
  };
  app.decorate('mailroom', ctx);
  if (config.oktaOrgUrl && config.oktaApiToken) {
    registerOktaProxy(app, {
      orgUrl: config.oktaOrgUrl,
      apiToken: config.oktaApiToken,
      publicUrl: config.publicUrl,
      onAnswer: recordProxiedWrite(history, ctx.authorOf),
    });
  }

  await app.register(sessionRoutes, ctx);
  await app.register(emailServerRoutes, ctx);
  await app.register(brandRoutes, ctx);
  await app.register(emailTemplateRoutes, ctx);
  await app.register(customizationHistoryRoutes, ctx);
  await app.register(userRoutes, ctx);
  await app.register(mailboxRoutes, ctx);
  registerHealth(app, { db, catcher });
  await registerStaticClient(app, config.clientDir);

  await catcher.listen(config.smtpCatcherPort, '127.0.0.1');
  // Runs once the HTTP server has closed and its requests have finished (main.ts bounds the wait).
  app.addHook('onClose', async () => {
    await catcher.close();
    // SQLite: the WAL folded into the file first, so the file alone is the database (copy it, back it up).
    await db.close();
  });
  return app;
}
