import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-client';
import { useSession } from '../../api/session';
import { ErrorMessage } from '../layout/status';
import './account.css';

/** Name and password; the API's own words when it refuses (a wrong password, too many attempts). */
export function SignInForm({ onSignedIn }: { onSignedIn(): void }) {
  const session = useSession();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await session.signIn(name.trim(), password);
      onSignedIn();
    } catch (e) {
      setError(e);
      // A wrong password is retyped, not the name.
      if (e instanceof ApiError && e.status === 401) setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card account-form" onSubmit={submit} aria-describedby={error ? 'sign-in-error' : undefined}>
      <label>
        Name
        <input name="username" autoComplete="username" required value={name} onChange={(e) => setName(e.target.value)} autoFocus />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
      {error ? (
        <div id="sign-in-error">
          <ErrorMessage error={error} doing="sign in" />
        </div>
      ) : null}
    </form>
  );
}
