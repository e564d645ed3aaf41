import { useState, type FormEvent } from 'react';
import { isOktaApiError } from '../../../lib/api-client';
import { Button } from '../../../components/ui/button';
import { describeError, InlineError } from '../../../components/ui/error-state';
import { TextField } from '../../../components/ui/form-field';
import { useSignIn } from '../api/sign-in';
import type { Session } from '../api/session-queries';

export function SignInForm({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [token, setToken] = useState('');
  const signIn = useSignIn();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!token.trim()) return;
    signIn.mutate(token, {
      onSuccess: (session) => {
        setToken('');
        onSignedIn(session);
      },
    });
  };
  const error = signIn.error
    ? isOktaApiError(signIn.error) && signIn.error.errorCode === 'E0000011'
      ? "That token wasn't accepted. Check that you pasted the whole token and that it hasn't been revoked."
      : describeError(signIn.error).detail
    : null;
  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      <TextField
        label="API token"
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={token}
        onChange={(e) => setToken(e.target.value)}
        hint="Mailroom prints the bootstrap admin's token at first start and saves it to DATA_DIR/admin-token. It is exchanged for a session; the browser never keeps it."
        autoFocus
        required
        className="font-mono"
      />
      {error && <InlineError>{error}</InlineError>}
      <Button
        type="submit"
        variant="primary"
        className="w-full"
        pending={signIn.isPending}
        disabled={!token.trim()}
      >
        Sign in
      </Button>
    </form>
  );
}
