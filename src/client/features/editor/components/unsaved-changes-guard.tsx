import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useLatest } from '../../../lib/use-latest';

/**
 * Guards unsaved work: leaving inside the console asks first (a dialog), closing or reloading the tab gets
 * the browser's own prompt. Returns the dialog to render.
 */
export function useUnsavedChangesGuard(unsaved: boolean) {
  // Read at navigation time, so a save that just finished (and navigates) is never blocked by a stale render.
  const unsavedRef = useLatest(unsaved);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      unsavedRef.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!unsaved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium needs returnValue set to show the prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsaved]);

  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      onClose={() => blocker.reset?.()}
      onConfirm={() => blocker.proceed?.()}
      title="Leave without saving?"
      confirmLabel="Discard changes and leave"
    >
      <p>Your changes to this customization haven&apos;t been saved. They will be lost if you leave.</p>
    </ConfirmDialog>
  );
}
