import { useEffect, useRef } from 'react';

export interface ErrorSummaryItem {
  /** The id of the field to jump to; omit for a problem that belongs to the whole form. */
  fieldId?: string;
  text: string;
}

/** GOV.UK-style "There is a problem" box listing every error, each linking to its field. */
export function ErrorSummary({ items, focusOnShow = false }: { items: ErrorSummaryItem[]; focusOnShow?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = items.length > 0;
  useEffect(() => {
    if (shown && focusOnShow) ref.current?.focus();
  }, [shown, focusOnShow]);
  if (!shown) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h3 className="error-summary-title" id="error-summary-title">
        There is a problem
      </h3>
      <ul className="error-summary-list">
        {items.map((item, i) => (
          <li key={`${item.fieldId ?? 'form'}-${i}`}>
            {item.fieldId ? (
              <a
                href={`#${item.fieldId}`}
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(item.fieldId ?? '')?.focus();
                }}
              >
                {item.text}
              </a>
            ) : (
              item.text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
