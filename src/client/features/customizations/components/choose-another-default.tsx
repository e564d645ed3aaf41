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
 * the old default is deleted right after it has moved (two calls, in the only order Okta allows).
 */
export function ChooseAnotherDefault({
  brandId,
  templateName,
  current,
  others,
  onDone,
}: {
  brandId: string;
  templateName: string;
  /** The default that was to be deleted. */
  current: EmailCustomization;
  others: EmailCustomization[];
  onDone: (result: { newDefault: EmailCustomization }) => void;
}) {
  const [chosenId, setChosenId] = useState(others[0]?.id ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const setDefault = useMakeDefault(brandId, templateName);
  const remove = useDeleteCustomization(brandId, templateName);
  const chosen = others.find((c) => c.id === chosenId) ?? others[0];
  const pending = setDefault.isPending || remove.isPending;
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
    try {
      await remove.mutateAsync(current.id);
    } catch (error) {
      setProblem(
        `${languageName(chosen.language)} is now the default, but the ${oldName} customization couldn't be deleted: ${describeError(error).detail}`,
      );
      return;
    }
    onDone({ newDefault: chosen });
  };

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
        hint={`Users whose language has no customization will get it. Then ${oldName} is deleted.`}
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
        Make {chosen ? languageName(chosen.language) : 'it'} the default and delete {oldName}
      </Button>
    </form>
  );
}
