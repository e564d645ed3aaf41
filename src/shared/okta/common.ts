import { Type, type Static } from 'typebox';

/** Okta's error object (`components.schemas.Error`): every error the API returns has this shape. */
export const OktaErrorSchema = Type.Object({
  errorCode: Type.String(),
  errorSummary: Type.String(),
  errorLink: Type.String(),
  errorId: Type.String(),
  errorCauses: Type.Array(Type.Object({ errorSummary: Type.String() })),
});
export type OktaError = Static<typeof OktaErrorSchema>;

export const HttpMethodSchema = Type.Union([
  Type.Literal('GET'),
  Type.Literal('POST'),
  Type.Literal('PUT'),
  Type.Literal('PATCH'),
  Type.Literal('DELETE'),
]);

/** HAL link as Okta writes it: absolute href plus the methods the target allows. */
export const HrefObjectSchema = Type.Object({
  href: Type.String(),
  hints: Type.Optional(Type.Object({ allow: Type.Array(HttpMethodSchema) })),
});
export type HrefObject = Static<typeof HrefObjectSchema>;

/** Cursor paging parameters shared by Okta's list endpoints (limit 1–200, default 20). */
export const PageQuerySchema = Type.Object({
  after: Type.Optional(Type.String()),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
});
