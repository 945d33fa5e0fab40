import { useCallback, useState } from 'react';
import type { ErrorSummaryItem } from './ErrorSummary.tsx';
import { incompleteDateAt } from './DateInputField.tsx';
import { focusFirstError, mapErrors, type FieldErrors } from './forms.ts';

/**
 * Errors of one form: beside fields (from our checks or the core's message), a summary
 * at the top, and focus moved to the first field in error.
 */
export function useFormErrors<F extends string>(labels: Record<F, string>, order: readonly F[], idFor: (f: F) => string) {
  const [fields, setFields] = useState<FieldErrors<F>>({});
  const [form, setForm] = useState<string | null>(null);

  const show = useCallback(
    (next: FieldErrors<F>, formMessage: string | null) => {
      setFields(next);
      setForm(formMessage);
      // After React has rendered the messages, so the field is described by its error.
      setTimeout(() => {
        if (!focusFirstError(next, order, idFor) && formMessage) {
          document.querySelector<HTMLElement>('.error-summary')?.focus();
        }
      }, 0);
    },
    [order, idFor],
  );

  /**
   * Our own checks before calling the core; returns true when there were none. A date field
   * left in part counts too: it hands the form no date, which must not be saved as none.
   */
  const check = useCallback(
    (own: FieldErrors<F>) => {
      const errors: FieldErrors<F> = { ...own };
      for (const f of order) {
        const incomplete = errors[f] ? null : incompleteDateAt(idFor(f));
        if (incomplete) errors[f] = incomplete;
      }
      const any = order.some((f) => errors[f]);
      if (any) show(errors, null);
      else {
        setFields({});
        setForm(null);
      }
      return !any;
    },
    [order, idFor, show],
  );

  const fromError = useCallback(
    (e: unknown) => {
      const mapped = mapErrors(e, labels);
      show(mapped.fields, mapped.form);
    },
    [labels, show],
  );

  const clear = useCallback(() => {
    setFields({});
    setForm(null);
  }, []);

  const summary: ErrorSummaryItem[] = [
    ...(form ? [{ text: form }] : []),
    ...order.filter((f) => fields[f]).map((f) => ({ fieldId: idFor(f), text: fields[f] ?? '' })),
  ];

  return { fields, form, check, fromError, clear, summary };
}
