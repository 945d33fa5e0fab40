/**
 * A date field that reads and types day / month / year whatever the browser's language:
 * react-aria's DatePicker (a segment for each part, and a calendar in a popover), with the
 * app's UK locale from the I18nProvider at the root. The value is a plain string, as for a
 * text field: '' or an ISO date 'yyyy-mm-dd'; a date typed only in part reads as ''.
 */
import { useContext, useEffect, useRef, useState, type FocusEvent } from 'react';
import { parseDate, type CalendarDate } from '@internationalized/date';
import {
  Button as AriaButton,
  Calendar,
  CalendarCell,
  CalendarGrid,
  CalendarGridBody,
  CalendarGridHeader,
  CalendarHeaderCell,
  DateFieldStateContext,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  Group,
  Heading,
  Popover,
  type DateSegmentProps,
  type DateValue,
} from 'react-aria-components';
import { FieldNotes, LabelText, type BaseFieldProps } from './fields.tsx';

export interface DateInputFieldProps extends BaseFieldProps {
  /** '' or an ISO date, 'yyyy-mm-dd'. */
  value: string;
  /** Called with an ISO date, or '' when the field is cleared or only partly typed. */
  onChange: (value: string) => void;
  /**
   * Called when focus leaves the field (but not when it moves into its calendar) with its
   * value then ('' or an ISO date); not called when it holds a date typed only in part,
   * which the field says is not whole rather than letting it be saved as no date.
   */
  onBlur?: (value: string) => void;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toCalendarDate(value: string): CalendarDate | null {
  if (!ISO_DATE.test(value)) return null;
  try {
    return parseDate(value);
  } catch {
    return null;
  }
}

/** The ISO date a picked date stands for: '' while its year is still being typed (under 1000). */
function isoOf(d: DateValue | null): string {
  return d && d.year >= 1000 ? d.toString().slice(0, 10) : '';
}

type Segment = DateSegmentProps['segment'];

/** What the segments show: '' when any part is blank, the ISO date when they show the
 * field's date in full, null while they show a whole date not yet taken (such as 30/02). */
function shownValue(segments: readonly Segment[], value: DateValue | null): string | null {
  const parts = segments.filter((s) => s.isEditable);
  if (parts.length === 0) return null;
  if (parts.some((s) => s.isPlaceholder)) return '';
  if (!value) return null;
  const same = parts.every((s) => (s.type === 'day' || s.type === 'month' || s.type === 'year' ? s.value === value[s.type] : true));
  return same ? isoOf(value) : null;
}

interface Sync {
  known: string;
  emit: (value: string) => void;
  /** Whether some parts of the date are typed and others are still blank; whether all are blank. */
  partial: boolean;
  empty: boolean;
}

/** Read when focus leaves a date typed only in part, so the date is not taken as cleared without a word. */
export const PARTIAL_DATE_ERROR = 'Enter a whole date (day, month and year), or clear the field.';
export const SHORT_YEAR_ERROR = 'Enter the year in full, for example 2027.';

/** What the date field with this id says is wrong with a date typed in part, if it does (read by forms before they save). */
export function incompleteDateAt(id: string): string | null {
  const el = document.getElementById(id);
  const group = el?.closest('.date-field')?.querySelector<HTMLElement>('[data-incomplete]');
  return group?.dataset['incomplete'] ?? null;
}

/**
 * One segment. The day segment also watches the whole field, so that a date deleted in
 * part reads as '' (as a browser's own date input does) and reads again when typed back.
 */
function Segment({ segment, sync }: { segment: Segment; sync: { current: Sync } }) {
  const state = useContext(DateFieldStateContext);
  const shown = segment.type === 'day' && state ? shownValue(state.segments, state.value) : null;
  if (segment.type === 'day' && state) {
    const parts = state.segments.filter((s) => s.isEditable);
    sync.current.empty = parts.every((s) => s.isPlaceholder);
    sync.current.partial = !sync.current.empty && parts.some((s) => s.isPlaceholder);
  }
  useEffect(() => {
    // Only when what the segments show changes, so a parent that keeps its value is not asked again.
    if (shown !== null && shown !== sync.current.known) sync.current.emit(shown);
  }, [shown, sync]);
  return <DateSegment segment={segment} className="date-segment" />;
}

function CalendarIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <rect x="1.5" y="2.5" width="13" height="12" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <path d="M1.5 6h13M5 1v3M11 1v3" fill="none" stroke="currentColor" strokeWidth="1.4" />
    </svg>
  );
}

export function DateInputField(props: DateInputFieldProps) {
  const { label, id, description, error, isRequired, isDisabled, className, value, onChange, onBlur } = props;
  // The date the picker holds, and the value this field last saw or sent. A partly typed
  // date sends '' but keeps the picker's date, so the segments typed so far stay on screen.
  const [known, setKnown] = useState(value);
  const [picked, setPicked] = useState<CalendarDate | null>(() => toCalendarDate(value));
  if (value !== known) {
    setKnown(value);
    setPicked(toCalendarDate(value));
  }
  // Said by the field itself when focus leaves a date it cannot take (the parent's error comes first).
  const [ownError, setOwnError] = useState<string | null>(null);
  const emit = (next: string) => {
    if (next === known) return;
    setKnown(next);
    onChange(next);
  };
  // Read by the segments' effects, which run after this render (so it is kept current here).
  const sync = useRef<Sync>({ known, emit, partial: false, empty: !value });
  sync.current = { ...sync.current, known, emit };

  /**
   * On leaving the field: a two-digit year is this century's ("24" is 2024); a date left in
   * part is said to be so. Gives the field's value, or null while it is not whole.
   */
  const settle = (): string | null => {
    if (sync.current.partial) {
      setOwnError(PARTIAL_DATE_ERROR);
      return null;
    }
    if (sync.current.empty || !picked) {
      setOwnError(null);
      return '';
    }
    if (picked.year < 100) {
      const whole = picked.set({ year: 2000 + picked.year });
      setPicked(whole);
      emit(isoOf(whole));
      setOwnError(null);
      return isoOf(whole);
    }
    const short = picked.year < 1000;
    setOwnError(short ? SHORT_YEAR_ERROR : null);
    return short ? null : known;
  };
  const shownError = error || ownError || undefined;

  return (
    <DatePicker<CalendarDate>
      className={['field', 'date-field', className ?? ''].join(' ').trim()}
      id={id}
      value={picked}
      onChange={(d: DateValue | null) => {
        setPicked(d ? toCalendarDate(d.toString().slice(0, 10)) : null);
        emit(isoOf(d));
        if (d && d.year >= 1000) setOwnError(null);
      }}
      onBlur={() => {
        const settled = settle();
        if (settled !== null) onBlur?.(settled);
      }}
      granularity="day"
      isInvalid={!!shownError}
      isRequired={isRequired ?? false}
      isDisabled={isDisabled ?? false}
      validationBehavior="aria"
      autoFocus={props.autoFocus ?? false}
      shouldForceLeadingZeros
    >
      <LabelText label={label} isRequired={isRequired} hiddenSuffix={props.hiddenLabelSuffix} />
      <FieldNotes description={description} error={shownError} />
      {/* The group carries the field's id; focusing it (from an error summary) moves to the day. */}
      <Group
        className="input date-group"
        tabIndex={-1}
        data-incomplete={ownError ?? undefined}
        onFocus={(e: FocusEvent<HTMLDivElement>) => {
          if (e.target === e.currentTarget) e.currentTarget.querySelector<HTMLElement>('[role="spinbutton"]')?.focus();
        }}
      >
        <DateInput className="date-input">{(segment) => <Segment segment={segment} sync={sync} />}</DateInput>
        <AriaButton className="date-button">
          <CalendarIcon />
        </AriaButton>
      </Group>
      <Popover className="popover date-popover" placement="bottom start">
        <Dialog className="date-dialog">
          <Calendar className="calendar">
            <header className="calendar-header">
              <AriaButton slot="previous" className="calendar-nav">
                <span aria-hidden="true">‹</span>
              </AriaButton>
              <Heading className="calendar-heading" />
              <AriaButton slot="next" className="calendar-nav">
                <span aria-hidden="true">›</span>
              </AriaButton>
            </header>
            <CalendarGrid className="calendar-grid" weekdayStyle="short">
              <CalendarGridHeader>{(day) => <CalendarHeaderCell className="calendar-weekday">{day}</CalendarHeaderCell>}</CalendarGridHeader>
              <CalendarGridBody>{(date) => <CalendarCell date={date} className="calendar-cell" />}</CalendarGridBody>
            </CalendarGrid>
          </Calendar>
        </Dialog>
      </Popover>
    </DatePicker>
  );
}
