export interface ToastProps {
  message: string | null;
  actionLabel?: string | undefined;
  onAction?: (() => void) | undefined;
  onDismiss: () => void;
  dismissLabel: string;
}

/** A one-line message after an action, with an optional Undo. Announced politely. */
export function Toast({ message, actionLabel, onAction, onDismiss, dismissLabel }: ToastProps) {
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {message && (
        <div class="toast">
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
    </div>
  );
}
