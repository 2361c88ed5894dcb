import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { TOAST_MS, type ToastProps } from './Toast';

/**
 * The toast itself, loaded the first time there is one (see Toast.tsx): a one-line message after
 * an action, with an optional Undo. Announced politely. It leaves by itself after a while (10 s),
 * but never while the pointer rests on it or the focus is in it (on its Undo, say): the time
 * starts again when both have left, so no one loses the Undo while reaching for it.
 */
export function ToastBody({ message, actionLabel, onAction, onDismiss, dismissLabel, timeout = TOAST_MS }: ToastProps) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  // The same, as the events say it, at once: a timer that fires before the re-render knows.
  const held = useRef({ hovered: false, focused: false });
  const dismiss = useRef(onDismiss);
  dismiss.current = onDismiss;
  const hold = (what: 'hovered' | 'focused', on: boolean) => {
    held.current[what] = on;
    (what === 'hovered' ? setHovered : setFocused)(on);
  };

  // The time starts as the toast shows (a layout effect runs before the browser paints it), not
  // a frame or more later as a plain effect would.
  useLayoutEffect(() => {
    if (message === null || timeout === false || hovered || focused) return;
    const timer = setTimeout(() => {
      if (!held.current.hovered && !held.current.focused) dismiss.current();
    }, timeout);
    return () => clearTimeout(timer);
  }, [message, timeout, hovered, focused]);

  // A toast that leaves takes its hover and focus with it.
  useEffect(() => {
    if (message !== null) return;
    hold('hovered', false);
    hold('focused', false);
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
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) hold('focused', false);
          }}
        >
          <span>{message}</span>
          {actionLabel && onAction && (
            <button type="button" class="button secondary" onClick={onAction}>
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
