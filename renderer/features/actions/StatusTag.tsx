import type { ColourFamily } from '../../../shared/schemas/actions.ts';

/** A status as a coloured tag that always carries its words ("Delayed", "On track"). */
export function StatusTag({ label, colour, className }: { label: string | null; colour: ColourFamily; className?: string }) {
  return (
    <span className={`tone tone-${label ? colour : 'grey'}${className ? ` ${className}` : ''}`}>
      <span className="tone-dot" aria-hidden="true" />
      {label ?? 'No status'}
    </span>
  );
}

export const colourLabels: Record<ColourFamily, string> = {
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
  blue: 'Blue',
  grey: 'Grey',
};
