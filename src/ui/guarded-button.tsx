import { useState, type ButtonHTMLAttributes } from 'react';
import './guarded-button.css';

interface GuardedButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled' | 'onClick' | 'type'> {
  /** Nothing to do now (history empty, a document being built): the button says so and ignores activation. */
  unavailable: boolean;
  onActivate: () => void;
}

/**
 * A button that may become unavailable while it holds the focus (Enter on « Annuler » until the history is empty):
 * it then keeps the focus, marked aria-disabled, instead of dropping it to the page (a disabled button cannot hold
 * it); once the focus leaves, it is disabled as usual, out of the Tab order.
 */
export function GuardedButton({ unavailable, onActivate, onFocus, onBlur, ...button }: GuardedButtonProps) {
  const [focused, setFocused] = useState(false);
  return (
    <button
      type="button"
      {...button}
      disabled={unavailable && !focused}
      aria-disabled={unavailable || undefined}
      onFocus={(event) => {
        setFocused(true);
        onFocus?.(event);
      }}
      onBlur={(event) => {
        setFocused(false);
        onBlur?.(event);
      }}
      onClick={() => {
        if (!unavailable) onActivate();
      }}
    />
  );
}
