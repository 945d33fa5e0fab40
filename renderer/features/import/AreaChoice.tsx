import type { Area } from '../../../shared/schemas/areas.ts';
import { CheckboxField } from '../../components/fields.tsx';
import { areaLabel } from '../../stores/areas.ts';

/** "Link to these areas of concern": a tick box for each area, as a spreadsheet import offers before it runs; nothing when there are no areas. */
export function AreaChoice(props: {
  legend: string;
  areas: readonly Area[];
  selected: readonly string[];
  onChange: (update: (ids: string[]) => string[]) => void;
  className: string;
  listClassName: string;
  /** Gives each tick box an id: `${idPrefix}${area id}`. */
  idPrefix?: string;
}) {
  if (props.areas.length === 0) return null;
  return (
    <fieldset className={props.className}>
      <legend className="field-label">{props.legend}</legend>
      <div className={props.listClassName}>
        {props.areas.map((a) => (
          <CheckboxField
            key={a.id}
            {...(props.idPrefix ? { id: `${props.idPrefix}${a.id}` } : {})}
            label={areaLabel(a)}
            isSelected={props.selected.includes(a.id)}
            onChange={(on) => props.onChange((ids) => (on ? [...ids, a.id] : ids.filter((x) => x !== a.id)))}
          />
        ))}
      </div>
    </fieldset>
  );
}
