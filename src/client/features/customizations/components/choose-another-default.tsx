import { useState } from 'react';
import type { EmailCustomization } from '../../../../shared/okta/email-template';
import { languageName } from '../../../../shared/templates/languages';
import { Button } from '../../../components/ui/button';
import { describeError, InlineError } from '../../../components/ui/error-state';
import { SelectField } from '../../../components/ui/form-field';
import { useDeleteCustomization } from '../api/delete-customization';
import { useMakeDefault } from '../api/make-default';

/**
 * The way past "the default can't be deleted" (E0000184), in place: pick another language to be the default, and
 * the old default is deleted right after it has moved (two calls, in the only order Okta allows). With
 * `afterwards: 'save'`, the way past "the default can't be unset" (E0000185): the default moves, then `onDone`
 * saves the refused change again (the editor's save, awaited so the form stays busy meanwhile).
 */
export function ChooseAnotherDefault({
  brandId,
  templateName,
  current,
  others,
  afterwards = 'delete',
  onDone,
}: {
  brandId: string;
  templateName: string;
  /** The default that was to be deleted, or saved as not the default. */
  current: EmailCustomization;
  others: EmailCustomization[];
  afterwards?: 'delete' | 'save';
  onDone: (result: { newDefault: EmailCustomization }) => unknown;
}) {
  const [chosenId, setChosenId] = useState(others[0]?.id ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const setDefault = useMakeDefault(brandId, templateName);
  const remove = useDeleteCustomization(brandId, templateName);
  const chosen = others.find((c) => c.id === chosenId) ?? others[0];
  const [finishing, setFinishing] = useState(false);
  const pending = setDefault.isPending || remove.isPending || finishing;
  const oldName = languageName(current.language);

  const run = async () => {
    if (!chosen) return;
    setProblem(null);
    try {
      await setDefault.mutateAsync(chosen);
    } catch (error) {
      setProblem(
        `${languageName(chosen.language)} couldn't be made the default: ${describeError(error).detail}`,
      );
      return;
    }
    if (afterwards === 'delete') {
      try {
        await remove.mutateAsync(current.id);
      } catch (error) {
        setProblem(
          `${languageName(chosen.language)} is now the default, but the ${oldName} customization couldn't be deleted: ${describeError(error).detail}`,
        );
        return;
      }
    }
    setFinishing(true);
    try {
      await onDone({ newDefault: chosen });
    } finally {
      setFinishing(false);
    }
  };
  const chosenName = chosen ? languageName(chosen.language) : 'it';

  return (
    <form
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3.5"
      onSubmit={(event) => {
        event.preventDefault();
        void run();
      }}
    >
      <p className="text-sm font-medium text-slate-900">Choose another default</p>
      <SelectField
        label="New default"
        value={chosen?.id ?? ''}
        onChange={(event) => setChosenId(event.target.value)}
        disabled={pending}
        hint={`Users whose language has no customization will get it. Then ${
          afterwards === 'delete' ? `${oldName} is deleted` : `your ${oldName} changes are saved`
        }.`}
        data-autofocus
      >
        {others.map((c) => (
          <option key={c.id} value={c.id}>
            {languageName(c.language)} ({c.language})
          </option>
        ))}
      </SelectField>
      {problem && <InlineError>{problem}</InlineError>}
      <Button type="submit" variant="primary" pending={pending} disabled={!chosen}>
        {afterwards === 'delete'
          ? `Make ${chosenName} the default and delete ${oldName}`
          : `Make ${chosenName} the default and save`}
      </Button>
    </form>
  );
}
