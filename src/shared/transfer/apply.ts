import { describeFailure, toOktaFailure, type OktaFailure, type TransferClient } from './client';
import {
  describeOperation,
  planChanges,
  secretFieldFor,
  type Change,
  type Operation,
  type Plan,
} from './plan';

/**
 * The runner: applies a plan's calls in order through any transfer client. The first refused call stops the
 * run, and the result says exactly what was applied, what failed (with the org's error) and what never ran.
 * Running the same import again re-plans from the org's state, so it picks up where a failed run stopped.
 */

export interface ProgressEvent {
  /** 0-based position of the call in the plan's operations. */
  index: number;
  total: number;
  operation: Operation;
  label: string;
  phase: 'start' | 'done' | 'failed';
}

export interface ApplyOptions {
  /** Secrets for new SMTP servers, by alias (bundles carry none). */
  secrets?: Record<string, string>;
  onProgress?: (event: ProgressEvent) => void;
}

export interface ApplyFailure {
  operation: Operation;
  label: string;
  failure: OktaFailure;
  /** The failure in plain words, with the org's causes. */
  message: string;
}

export interface ApplyResult {
  ok: boolean;
  /** Calls that succeeded, in order. */
  applied: Operation[];
  failed?: ApplyFailure;
  /** Calls never made because an earlier one failed. */
  notRun: Operation[];
  /** The same, per change: a change is applied when every call it needs succeeded. */
  changesApplied: Change[];
  /** The changes of the failed call (one, or all of a template's deletes for a delete-all). */
  changesFailed: Change[];
  changesNotRun: Change[];
  /** Changes the plan left alone. */
  unchanged: number;
}

/** Why a plan can't start: problems found while planning, or a new SMTP server without its secret. */
export function planBlockers(plan: Plan, secrets: Record<string, string> = {}): string[] {
  return [
    ...plan.problems,
    ...plan.secretsNeeded
      .filter((s) => !secrets[s.alias])
      .map(
        (s) =>
          `The SMTP server "${s.alias}" is new to the target org, and it needs a ${s.field === 'password' ? 'password' : s.field === 'clientSecret' ? 'client secret' : 'private key'}, which bundles never carry.`,
      ),
  ];
}

export class PlanBlockedError extends Error {
  constructor(readonly blockers: string[]) {
    super(blockers.join(' '));
    this.name = 'PlanBlockedError';
  }
}

async function run(
  client: TransferClient,
  brandId: string,
  operation: Operation,
  created: Map<string, string>,
  secrets: Record<string, string>,
): Promise<void> {
  const key = (template: string, language: string) => `${template}\u0000${language}`;
  switch (operation.kind) {
    case 'create': {
      const made = await client.createCustomization(brandId, operation.template, operation.input);
      created.set(key(operation.template, operation.language), made.id);
      return;
    }
    case 'replace': {
      const id = operation.id ?? created.get(key(operation.template, operation.language));
      if (!id) throw new Error(`No id for ${operation.template} ${operation.language}`);
      await client.replaceCustomization(brandId, operation.template, id, operation.input);
      return;
    }
    case 'delete':
      return client.deleteCustomization(brandId, operation.template, operation.id);
    case 'deleteAll':
      return client.deleteAllCustomizations(brandId, operation.template);
    case 'settings':
      return client.replaceSettings(brandId, operation.template, operation.recipients);
    case 'createEmailServer': {
      // Created disabled: which server carries an org's mail is that org's decision.
      await client.createEmailServer({
        ...operation.input,
        enabled: false,
        [secretFieldFor(operation.input.authType)]: secrets[operation.alias],
      });
      return;
    }
    case 'updateEmailServer':
      await client.updateEmailServer(operation.id, operation.patch);
      return;
  }
}

/** Applies `plan` to the brand. Throws PlanBlockedError (before any call) when it can't start. */
export async function applyPlan(
  client: TransferClient,
  brandId: string,
  plan: Plan,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const secrets = options.secrets ?? {};
  const blockers = planBlockers(plan, secrets);
  if (blockers.length > 0) throw new PlanBlockedError(blockers);

  const operations = plan.operations;
  const created = new Map<string, string>();
  const applied: Operation[] = [];
  let failed: ApplyFailure | undefined;
  for (const [index, operation] of operations.entries()) {
    const label = describeOperation(operation);
    const event = { index, total: operations.length, operation, label };
    options.onProgress?.({ ...event, phase: 'start' });
    try {
      await run(client, brandId, operation, created, secrets);
    } catch (error) {
      const failure = toOktaFailure(error);
      const language = 'language' in operation ? operation.language : undefined;
      failed = { operation, label, failure, message: describeFailure(failure, language) };
      options.onProgress?.({ ...event, phase: 'failed' });
      break;
    }
    applied.push(operation);
    options.onProgress?.({ ...event, phase: 'done' });
  }

  const notRun = operations.slice(applied.length + (failed ? 1 : 0));
  const done = new Set(applied);
  const changes = planChanges(plan).filter((c) => c.kind !== 'unchanged');
  const callsOf = (change: Change) => operations.filter((o) => o.changes.includes(change));
  const changesFailed = failed?.operation.changes ?? [];
  return {
    ok: !failed,
    applied,
    ...(failed ? { failed } : {}),
    notRun,
    changesApplied: changes.filter((c) => callsOf(c).every((o) => done.has(o))),
    changesFailed,
    changesNotRun: changes.filter((c) => callsOf(c).every((o) => !done.has(o)) && !changesFailed.includes(c)),
    unchanged: planChanges(plan).length - changes.length,
  };
}
