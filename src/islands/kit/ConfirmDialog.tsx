import { Dialog } from './Dialog';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  return (
    <Dialog open={props.open} title={props.title} onClose={props.onCancel}>
      <p>{props.body}</p>
      <div class="actions">
        <button type="button" class={props.danger ? 'button danger' : 'button'} onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
        <button type="button" class="button secondary" onClick={props.onCancel} autoFocus>
          {props.cancelLabel}
        </button>
      </div>
    </Dialog>
  );
}
