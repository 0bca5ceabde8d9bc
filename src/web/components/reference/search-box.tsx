import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Words to find kept in the page's URL (?q=), so a search can be shared; the URL follows the
 * typing after a short pause rather than at every key.
 */
export function useSearchWords(): [string, (q: string) => void] {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const setQ = (next: string) =>
    setParams(
      (current) => {
        const p = new URLSearchParams(current);
        next.trim() ? p.set('q', next) : p.delete('q');
        return p;
      },
      { replace: true },
    );
  return [q, setQ];
}

/** A search field that finds by any name or alias, in any convention or script. */
export function SearchBox({ q, onChange, label, placeholder }: { q: string; onChange(q: string): void; label: string; placeholder: string }) {
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);
  useEffect(() => {
    if (draft === q) return;
    const t = setTimeout(() => onChange(draft), 300);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft]);
  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(e) => {
        e.preventDefault();
        onChange(draft);
      }}
    >
      <label>
        {label}
        <input type="search" value={draft} placeholder={placeholder} onChange={(e) => setDraft(e.target.value)} />
      </label>
      <button type="submit">Find</button>
    </form>
  );
}
