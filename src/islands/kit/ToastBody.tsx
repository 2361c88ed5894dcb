import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { TOAST_MS, type ToastProps } from './Toast';

/**
 * Where the focus is, when a keyboard user has it: on a button or box reached or used by the
 * keyboard (`:focus-visible`), or nowhere (the body), because the control they were on was
 * removed. A field keeps its focus, whoever put it there: someone may be typing, and a text field
 * or a choice shows its focus whatever moved it there, so it says nothing of the keyboard.
 */
function keyboardFocus(): Element | null {
  const active = document.activeElement;
  if (!active || active === document.body) return document.body;
  const field = active.matches('textarea, select, input:not([type=button], [type=checkbox], [type=radio])');
  return !field && active.matches(':focus-visible') ? active : null;
}

/**
 * The toast itself, loaded the first time there is one (see Toast.tsx): a one-line message after
 * an action, with an optional Undo. Announced politely. It leaves by itself after a while (10 s),
 * but never while the pointer rests on it or the focus is in it (on its Undo, say): the time
 * starts again when both have left, so no one loses the Undo while reaching for it.
 *
 * A keyboard user is not sent down the page to reach the Undo: when a toast offering one comes
 * after what they did from the keyboard (removing an item with its remove button, say), the Undo
 * takes the focus, and Enter undoes at once. Once the toast goes (undone, dismissed, or Escape),
 * the focus goes back where it was, unless they have moved it on themselves.
 */
export function ToastBody({ message, actionLabel, onAction, onDismiss, dismissLabel, timeout = TOAST_MS }: ToastProps) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  // The same, as the events say it, at once: a timer that fires before the re-render knows.
  const held = useRef({ hovered: false, focused: false });
  const dismiss = useRef(onDismiss);
  dismiss.current = onDismiss;
  const actionRef = useRef<HTMLButtonElement>(null);
  // Where the focus was when the Undo took it, to give it back.
  const returnTo = useRef<Element | null>(null);
  const hold = (what: 'hovered' | 'focused', on: boolean) => {
    held.current[what] = on;
    (what === 'hovered' ? setHovered : setFocused)(on);
  };
  const hasAction = Boolean(actionLabel && onAction);

  // The time starts as the toast shows (a layout effect runs before the browser paints it), not
  // a frame or more later as a plain effect would.
  useLayoutEffect(() => {
    if (message === null || timeout === false || hovered || focused) return;
    const timer = setTimeout(() => {
      if (!held.current.hovered && !held.current.focused) dismiss.current();
    }, timeout);
    return () => clearTimeout(timer);
  }, [message, timeout, hovered, focused]);

  // Once the tool, or a dialog closing, has placed the focus for what was done (a task later):
  // the Undo takes it from a keyboard user.
  useEffect(() => {
    if (message === null || !hasAction) return;
    const timer = setTimeout(() => {
      const from = keyboardFocus();
      // Already in the toast (a new message over the last): it keeps where to go back to.
      if (!from || actionRef.current?.parentElement?.contains(from)) return;
      returnTo.current = from === document.body ? null : from;
      actionRef.current?.focus();
    });
    return () => clearTimeout(timer);
  }, [message, hasAction]);

  // A toast that leaves takes its hover and focus with it, and gives the focus back.
  useEffect(() => {
    if (message !== null) return;
    hold('hovered', false);
    hold('focused', false);
    const back = returnTo.current;
    returnTo.current = null;
    const active = document.activeElement;
    if (back?.isConnected && (!active || active === document.body)) (back as HTMLElement).focus();
  }, [message]);

  return (
    <>
      {message && (
        <div
          class="toast"
          onMouseEnter={() => hold('hovered', true)}
          onMouseLeave={() => hold('hovered', false)}
          onFocusIn={() => hold('focused', true)}
          onFocusOut={(event) => {
            if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
            hold('focused', false);
            // Moved on by the user: the focus is theirs now.
            if (event.relatedTarget) returnTo.current = null;
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onDismiss();
          }}
        >
          <span>{message}</span>
          {hasAction && (
            <button type="button" class="button secondary" ref={actionRef} onClick={onAction}>
              {actionLabel}
            </button>
          )}
          <button type="button" class="link-button" onClick={onDismiss}>
            {dismissLabel}
          </button>
        </div>
      )}
    </>
  );
}
