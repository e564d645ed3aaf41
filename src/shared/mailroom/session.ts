import { Type, type Static } from 'typebox';

/** The console's session (`/api/mailroom/v1/session`): what the server answers and the console reads. */
export const SessionSchema = Type.Object({
  userId: Type.String(),
  csrfToken: Type.String(),
  scopes: Type.Array(Type.String()),
  mode: Type.Union([Type.Literal('embedded'), Type.Literal('okta')]),
  orgUrl: Type.Union([Type.String(), Type.Null()]),
  /** Real Okta mode: what the start-up check found wrong with the org or its token (empty when all is well). */
  orgProblems: Type.Array(Type.String()),
  /** `CUSTOM_LANGUAGES`: customizations in any BCP 47 language, not only Okta's 28 (Okta's opt-in feature). */
  customLanguages: Type.Boolean(),
  /** Where this Mailroom keeps its data: the SQLite file, or PostgreSQL's host, port and database (no credentials). */
  store: Type.Object({
    kind: Type.Union([Type.Literal('sqlite'), Type.Literal('postgresql')]),
    location: Type.String(),
  }),
  /** `HISTORY_LIMIT`: versions kept per customization. */
  historyLimit: Type.Integer(),
});
export type Session = Static<typeof SessionSchema>;

export const SignInSchema = Type.Object({ token: Type.String({ minLength: 1, maxLength: 512 }) });
