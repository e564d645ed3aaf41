/**
 * What a repository write did: its result, or the business rule that refused it. Repositories speak in their own
 * terms; each module's routes map a refusal to the Okta error a client expects (`refusals.ts` beside them).
 */
export type Outcome<T, Refusal> = { ok: true; value: T } | { ok: false; refused: Refusal };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const refuse = <Refusal>(refused: Refusal): { ok: false; refused: Refusal } => ({
  ok: false,
  refused,
});

/** For callers to whom a refusal is a bug (bootstrap, tests): the value, or an error naming the refusal. */
export function valueOf<T>(outcome: Outcome<T, unknown>): T {
  if (outcome.ok) return outcome.value;
  throw new Error(`Refused: ${JSON.stringify(outcome.refused)}`);
}
