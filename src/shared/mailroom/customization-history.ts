import { Type, type Static } from 'typebox';

/**
 * Mailroom's version history of customizations (not an Okta API): every save made through Mailroom keeps the
 * customization as it was saved. Lists leave the body out; one version has it.
 */
export const CustomizationVersionSummarySchema = Type.Object({
  customizationId: Type.String(),
  /** 1, 2, 3… per customization, in the order of the saves; pruned numbers are not reused. */
  version: Type.Integer({ minimum: 1 }),
  language: Type.String(),
  subject: Type.String(),
  isDefault: Type.Boolean(),
  /** Who saved it: the API token's name, or the console user's name; `null` for the state found before history. */
  author: Type.Union([Type.String(), Type.Null()]),
  /** When it was saved (ISO 8601). */
  created: Type.String(),
});
export type CustomizationVersionSummary = Static<typeof CustomizationVersionSummarySchema>;

export const CustomizationVersionSchema = Type.Object({
  ...CustomizationVersionSummarySchema.properties,
  body: Type.String(),
});
export type CustomizationVersion = Static<typeof CustomizationVersionSchema>;

/** A customization deleted through Mailroom, with its last saved version (restorable as a new customization). */
export const DeletedCustomizationSchema = Type.Object({
  customizationId: Type.String(),
  deleted: Type.String(),
  deletedBy: Type.Union([Type.String(), Type.Null()]),
  latest: CustomizationVersionSummarySchema,
});
export type DeletedCustomization = Static<typeof DeletedCustomizationSchema>;
