import { Type, type Static } from 'typebox';

/** Mailroom's own API for what the built-in SMTP catcher received (not an Okta API). */
export const MailboxMessageSummarySchema = Type.Object({
  id: Type.String(),
  subject: Type.String(),
  from: Type.String(),
  to: Type.Array(Type.String()),
  date: Type.String(),
  size: Type.Integer(),
  read: Type.Boolean(),
  /** The SMTP Message-ID header, as in the delivery log. */
  messageId: Type.Union([Type.String(), Type.Null()]),
});
export type MailboxMessageSummary = Static<typeof MailboxMessageSummarySchema>;

export const MailboxMessageSchema = Type.Object({
  ...MailboxMessageSummarySchema.properties,
  cc: Type.Array(Type.String()),
  html: Type.Union([Type.String(), Type.Null()]),
  text: Type.Union([Type.String(), Type.Null()]),
  headers: Type.Array(Type.Object({ name: Type.String(), value: Type.String() })),
  raw: Type.String(),
});
export type MailboxMessage = Static<typeof MailboxMessageSchema>;

export const DeliverySchema = Type.Object({
  id: Type.String(),
  created: Type.String(),
  route: Type.String(),
  from: Type.String(),
  to: Type.Array(Type.String()),
  subject: Type.String(),
  outcome: Type.Union([Type.Literal('SUCCESS'), Type.Literal('FAILURE')]),
  response: Type.Union([Type.String(), Type.Null()]),
  /** The SMTP Message-ID of what was sent; find it in the mailbox with `?messageId=`. */
  messageId: Type.Union([Type.String(), Type.Null()]),
});
export type Delivery = Static<typeof DeliverySchema>;

/** `GET /api/mailroom/v1/deliveries`: the current mail route and the latest delivery attempts. */
export const DeliveryLogSchema = Type.Object({
  route: Type.String(),
  deliveries: Type.Array(DeliverySchema),
});
export type DeliveryLog = Static<typeof DeliveryLogSchema>;
