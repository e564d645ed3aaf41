import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { EmailCustomization } from '../../../shared/okta/email-template';
import { useCreateCustomization } from '../customizations/api/create-customization';
import { customizationQueries } from '../customizations/api/customization-queries';
import { useUpdateCustomization } from '../customizations/api/update-customization';

export interface SaveInput {
  language: string;
  subject: string;
  body: string;
  isDefault: boolean;
  /** The template has no customization yet, so this one becomes the default whatever is asked. */
  isFirst: boolean;
}

export type SaveOutcome =
  | { kind: 'created' | 'replaced'; customization: EmailCustomization }
  /** Someone else saved it since it was loaded: `conflict` holds their version, nothing was written. */
  | { kind: 'conflict' }
  | { kind: 'refused'; error: unknown };

/**
 * Saving in the editor: create (a new default goes in plainly and is then made the default, since creating one
 * while a default exists is E0000182), or replace after checking nobody else saved meanwhile (Okta's API has no
 * preconditions, so `lastUpdated` is compared with the server's copy just before writing).
 */
export function useSaveCustomization(brandId: string, templateName: string, initial?: EmailCustomization) {
  const queryClient = useQueryClient();
  const create = useCreateCustomization(brandId, templateName);
  const update = useUpdateCustomization(brandId, templateName);
  const [saved, setSaved] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<EmailCustomization | null>(null);

  const save = async (input: SaveInput, { overwrite = false } = {}): Promise<SaveOutcome> => {
    setSaveError(null);
    setSaving(true);
    try {
      if (!saved) {
        let created = await create.mutateAsync({
          language: input.language,
          subject: input.subject,
          body: input.body,
          ...(input.isFirst ? {} : { isDefault: false }),
        });
        if (input.isDefault && !input.isFirst)
          created = await update.mutateAsync({
            id: created.id,
            input: {
              language: input.language,
              subject: created.subject,
              body: created.body,
              isDefault: true,
            },
          });
        setSaved(created);
        return { kind: 'created', customization: created };
      }
      if (!overwrite) {
        const latest = await queryClient.fetchQuery({
          ...customizationQueries.detail(brandId, templateName, saved.id),
          staleTime: 0,
        });
        if (latest.lastUpdated !== saved.lastUpdated) {
          setConflict(latest);
          return { kind: 'conflict' };
        }
      }
      const result = await update.mutateAsync({
        id: saved.id,
        input: {
          language: input.language,
          subject: input.subject,
          body: input.body,
          isDefault: input.isDefault,
        },
      });
      setSaved(result);
      setConflict(null);
      return { kind: 'replaced', customization: result };
    } catch (error) {
      setSaveError(error);
      // A refused overwrite closes the conflict dialog: the refusal, and its way past (saveProblem), show on the page.
      setConflict(null);
      return { kind: 'refused', error };
    } finally {
      setSaving(false);
    }
  };

  return {
    saved,
    saving,
    saveError,
    conflict,
    save,
    dismissConflict: () => setConflict(null),
    /** Takes the other version as the saved one (the editor then shows it). */
    acceptTheirs: (theirs: EmailCustomization) => {
      setSaved(theirs);
      setConflict(null);
    },
  };
}
