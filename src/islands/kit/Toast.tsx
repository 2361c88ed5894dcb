import { useEffect, useState } from 'preact/hooks';
import type { ToastBody } from './ToastBody';

/** How long a toast stays, unless the pointer or the focus is on it. */
export const TOAST_MS = 10_000;

export interface ToastProps {
  message: string | null;
  actionLabel?: string | undefined;
  onAction?: (() => void) | undefined;
  onDismiss: () => void;
  dismissLabel: string;
  /** Milliseconds before the toast leaves by itself (default TOAST_MS); false: it stays until dismissed. */
  timeout?: number | false;
}

/**
 * A one-line message after an action, with an optional Undo, announced politely (see ToastBody).
 * The live region is on the page from the start, so a screen reader announces what arrives in
 * it; the toast's own code loads the first time there is a message, as most visits have none.
 */
export function Toast(props: ToastProps) {
  const [Body, setBody] = useState<typeof ToastBody | null>(null);
  const wanted = props.message !== null;
  useEffect(() => {
    if (wanted && !Body) void import('./ToastBody').then((module) => setBody(() => module.ToastBody));
  }, [wanted]);
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {Body && <Body {...props} />}
    </div>
  );
}
