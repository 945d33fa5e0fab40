import { useState } from 'react';

/**
 * A field's text while it is being edited. Follows the saved value (e.g. after the core
 * trims it, or another window changes it) except while the user is typing.
 */
export function useDraft(saved: string) {
  const [draft, setDraft] = useState(saved);
  const [base, setBase] = useState(saved);
  const [editing, setEditing] = useState(false);
  if (base !== saved && !editing) {
    setBase(saved);
    setDraft(saved);
  }
  return {
    draft,
    change(value: string) {
      setEditing(true);
      setDraft(value);
    },
    finish() {
      setEditing(false);
    },
  };
}
