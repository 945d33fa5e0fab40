import type { ReactNode } from 'react';
import { Checkbox } from 'react-aria-components';

/** A checkbox in a table row or list (named for screen readers), or with a short visible label. */
export function TickBox({
  label,
  isSelected,
  isIndeterminate,
  onChange,
  isDisabled,
  children,
}: {
  /** The accessible name; shown too when there are no children. */
  label: string;
  /** A visible label (then `label` is only used when it differs, for screen readers). */
  children?: ReactNode;
  isSelected: boolean;
  isIndeterminate?: boolean;
  onChange: (value: boolean) => void;
  isDisabled?: boolean;
}) {
  return (
    <Checkbox
      className="checkbox tick-box"
      aria-label={children ? undefined : label}
      isSelected={isSelected}
      isIndeterminate={isIndeterminate ?? false}
      onChange={onChange}
      isDisabled={isDisabled ?? false}
    >
      <span className="checkbox-box" aria-hidden="true">
        <svg viewBox="0 0 16 16" width="14" height="14">
          {isIndeterminate ? (
            <line x1="3.5" y1="8" x2="12.5" y2="8" stroke="currentColor" strokeWidth="2.2" />
          ) : (
            <polyline points="3,8.5 6.5,12 13,4.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
          )}
        </svg>
      </span>
      {children ? <span className="checkbox-label">{children}</span> : null}
    </Checkbox>
  );
}
