import { useState, type FormEvent } from 'react';
import { useCreateToken, useRevokeToken, useTokens } from '../../hooks/use-tokens';
import { Empty, ErrorMessage, Loading } from '../layout/status';

const when = (iso?: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

/** The signed-in user's API tokens, for scripts and the CLI: create one (its secret is shown once), revoke one. */
export function TokenList() {
  const tokens = useTokens(true);
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const [name, setName] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(name.trim(), { onSuccess: () => setName('') });
  };

  return (
    <>
      <form className="token-form" onSubmit={submit}>
        <label>
          What the new token is for
          <input required maxLength={100} value={name} placeholder="e.g. nightly export script" onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create a token'}
        </button>
      </form>
      {create.isError ? <ErrorMessage error={create.error} doing="create the token" /> : null}
      {create.data ? (
        <div className="token-secret" role="status">
          <p>
            The secret of “{create.data.name}”. Copy it now: it is stored only as a hash and will not be shown again.
          </p>
          <code>{create.data.secret}</code>
          <p className="muted">Send it as the header: Authorization: Bearer &lt;secret&gt;</p>
        </div>
      ) : null}
      {revoke.isError ? <ErrorMessage error={revoke.error} doing="revoke the token" /> : null}
      {tokens.isPending ? (
        <Loading what="your tokens" />
      ) : tokens.isError ? (
        <ErrorMessage error={tokens.error} doing="read your tokens" />
      ) : tokens.data.length === 0 ? (
        <Empty>You have no API token.</Empty>
      ) : (
        <table>
          <caption className="visually-hidden">Your API tokens</caption>
          <thead>
            <tr>
              <th scope="col">For</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {tokens.data.map((t) => (
              <tr key={t.id}>
                <td>{t.name}</td>
                <td>{when(t.created_at)}</td>
                <td>{when(t.last_used_at)}</td>
                <td>
                  {t.revoked_at ? (
                    <span className="muted">revoked {when(t.revoked_at)}</span>
                  ) : (
                    <button type="button" disabled={revoke.isPending} onClick={() => revoke.mutate(t.id)} aria-label={`Revoke the token for ${t.name}`}>
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
