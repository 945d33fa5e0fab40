import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'danger' | 'link';

export interface ButtonProps extends Omit<AriaButtonProps, 'className'> {
  variant?: ButtonVariant;
  className?: string;
  size?: 'normal' | 'small';
}

/** The app's one button: react-aria's Button (press, keyboard and focus ring handled). */
export function Button({ variant = 'secondary', size = 'normal', className, ...rest }: ButtonProps) {
  const classes = ['btn', `btn-${variant}`, size === 'small' ? 'btn-small' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return <AriaButton {...rest} className={classes} />;
}
