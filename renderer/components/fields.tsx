/**
 * Form fields built on react-aria-components: real labels, descriptions, and an error
 * shown next to the field (validation is done by us and the core, so behaviour is 'aria').
 */
import type { ReactNode, Ref } from 'react';
import {
  Checkbox,
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  TextArea,
  TextField,
  Button as AriaButton,
  type Key,
} from 'react-aria-components';

export function LabelText({
  label,
  isRequired,
  hiddenSuffix,
}: {
  label: string;
  isRequired?: boolean | undefined;
  hiddenSuffix?: string | undefined;
}) {
  // The "(required)" marker sits outside the <label>, so the field's name is exactly its label
  // (screen readers announce "required" from aria-required instead).
  return (
    <span className="field-label-row">
      <Label className="field-label">
        {label}
        {/* The space sits outside the hidden span, so every name calculation keeps it. */}
        {hiddenSuffix ? ' ' : null}
        {hiddenSuffix ? <span className="visually-hidden">{hiddenSuffix}</span> : null}
      </Label>
      {isRequired ? (
        <span className="field-required" aria-hidden="true">
          (required)
        </span>
      ) : null}
    </span>
  );
}

export interface BaseFieldProps {
  label: string;
  /** Becomes the input's id, so an error summary can link to it and focus can move to it. */
  id?: string;
  description?: ReactNode;
  error?: string | null | undefined;
  isRequired?: boolean;
  isDisabled?: boolean;
  className?: string;
  autoFocus?: boolean;
  /** Words added to the accessible name only, to tell apart repeated fields (e.g. "for AOC1"). */
  hiddenLabelSuffix?: string;
}

export interface TextInputFieldProps extends BaseFieldProps {
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  type?: string;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement>;
  autoComplete?: string;
  name?: string;
}

/** A field's hint and its error, in the slots react-aria links to the control. */
export function FieldNotes({ description, error }: { description?: ReactNode; error?: ReactNode }) {
  return (
    <>
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <FieldError className="field-error">{error}</FieldError>
    </>
  );
}

export function TextInputField(props: TextInputFieldProps) {
  const { label, id, description, error, isRequired, isDisabled, className, value, onChange, onBlur, type } = props;
  return (
    <TextField
      id={id}
      className={['field', className ?? ''].join(' ').trim()}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      isInvalid={!!error}
      isRequired={isRequired ?? false}
      isDisabled={isDisabled ?? false}
      validationBehavior="aria"
      type={type ?? 'text'}
      name={props.name}
      autoComplete={props.autoComplete}
      autoFocus={props.autoFocus ?? false}
    >
      <LabelText label={label} isRequired={isRequired} hiddenSuffix={props.hiddenLabelSuffix} />
      <FieldNotes description={description} error={error} />
      <Input ref={props.inputRef} className="input" placeholder={props.placeholder} />
    </TextField>
  );
}

export interface TextAreaFieldProps extends BaseFieldProps {
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  rows?: number;
  inputRef?: Ref<HTMLTextAreaElement>;
}

export function TextAreaField(props: TextAreaFieldProps) {
  const { label, id, description, error, isRequired, isDisabled, className, value, onChange, onBlur, rows } = props;
  return (
    <TextField
      id={id}
      className={['field', className ?? ''].join(' ').trim()}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      isInvalid={!!error}
      isRequired={isRequired ?? false}
      isDisabled={isDisabled ?? false}
      validationBehavior="aria"
      autoFocus={props.autoFocus ?? false}
    >
      <LabelText label={label} isRequired={isRequired} hiddenSuffix={props.hiddenLabelSuffix} />
      <FieldNotes description={description} error={error} />
      <TextArea ref={props.inputRef} className="input textarea" rows={rows ?? 4} />
    </TextField>
  );
}

export interface Option {
  id: string;
  label: string;
}

export interface SelectFieldProps extends BaseFieldProps {
  options: readonly Option[];
  value: string | null;
  onChange: (value: string) => void;
  placeholder?: string;
  /** Hides the visible label (the accessible name stays). */
  hideLabel?: boolean;
}

export function SelectField(props: SelectFieldProps) {
  const { label, id, description, error, isRequired, isDisabled, className, options, value, onChange } = props;
  return (
    <Select
      id={id}
      className={['field', className ?? ''].join(' ').trim()}
      value={value}
      onChange={(key: Key | null) => {
        if (key !== null) onChange(String(key));
      }}
      isInvalid={!!error}
      isRequired={isRequired ?? false}
      isDisabled={isDisabled ?? false}
      validationBehavior="aria"
      placeholder={props.placeholder ?? 'Choose…'}
      autoFocus={props.autoFocus ?? false}
    >
      {props.hideLabel ? (
        <Label className="visually-hidden">
          {props.hiddenLabelSuffix ? `${label} ${props.hiddenLabelSuffix}` : label}
        </Label>
      ) : (
        <LabelText label={label} isRequired={isRequired} hiddenSuffix={props.hiddenLabelSuffix} />
      )}
      <FieldNotes description={description} error={error} />
      <AriaButton className="input select-button">
        <SelectValue className="select-value" />
        <span aria-hidden="true" className="select-chevron">
          ▾
        </span>
      </AriaButton>
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(o) => (
            <ListBoxItem id={o.id} className="listbox-item" textValue={o.label}>
              {o.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}

export interface CheckboxFieldProps {
  label: ReactNode;
  description?: ReactNode;
  isSelected: boolean;
  onChange: (value: boolean) => void;
  id?: string;
  isDisabled?: boolean;
}

export function CheckboxField({ label, description, isSelected, onChange, id, isDisabled }: CheckboxFieldProps) {
  return (
    <div className="field checkbox-field">
      <Checkbox className="checkbox" isSelected={isSelected} onChange={onChange} id={id} isDisabled={isDisabled ?? false}>
        <span className="checkbox-box" aria-hidden="true">
          <svg viewBox="0 0 16 16" width="14" height="14">
            <polyline points="3,8.5 6.5,12 13,4.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
          </svg>
        </span>
        <span className="checkbox-label">{label}</span>
      </Checkbox>
      {description ? <p className="field-description checkbox-description">{description}</p> : null}
    </div>
  );
}

export interface ComboFieldProps extends BaseFieldProps {
  /** Suggestions; any other text is accepted too. */
  suggestions: readonly string[];
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** Called when a suggestion is picked from the list. */
  onPick?: (value: string) => void;
  /** Shown while the field is empty, e.g. "Any source" in a filter. */
  placeholder?: string;
}

/** A text field that suggests values (e.g. the library's partner organisations) but accepts any text. */
export function ComboField(props: ComboFieldProps) {
  const { label, id, description, error, isRequired, isDisabled, className, suggestions, value, onChange } = props;
  const needle = value.trim().toLowerCase();
  const items = suggestions
    .filter((s) => !needle || s.toLowerCase().includes(needle))
    .map((s) => ({ id: s, label: s }));
  return (
    <ComboBox
      id={id}
      className={['field', className ?? ''].join(' ').trim()}
      allowsCustomValue
      inputValue={value}
      onInputChange={onChange}
      onChange={(key: Key | null) => {
        if (key !== null) props.onPick?.(String(key));
      }}
      onBlur={props.onBlur}
      items={items}
      isInvalid={!!error}
      isRequired={isRequired ?? false}
      isDisabled={isDisabled ?? false}
      validationBehavior="aria"
      menuTrigger="focus"
    >
      <LabelText label={label} isRequired={isRequired} hiddenSuffix={props.hiddenLabelSuffix} />
      <FieldNotes description={description} error={error} />
      <div className="combo">
        <Input className="input combo-input" placeholder={props.placeholder} />
        <AriaButton className="combo-button" aria-label="Show suggestions">
          <span aria-hidden="true">▾</span>
        </AriaButton>
      </div>
      <Popover className="popover">
        <ListBox className="listbox" renderEmptyState={() => <div className="listbox-empty">No matching partner organisations</div>}>
          {(o: { id: string; label: string }) => (
            <ListBoxItem id={o.id} className="listbox-item" textValue={o.label}>
              {o.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
