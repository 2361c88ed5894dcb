/**
 * Typing before a tool starts. On a slow connection the server-rendered fields are editable
 * seconds before their island hydrates. Hydration would lose what they show (Preact sets a
 * textarea's value while hydrating, and the first render of the stored values sets every
 * field's), so the island root reads, before it hydrates, what the user changed (a field's
 * state against what the server wrote into the page), and once the stored values are on screen
 * hands each change to the field's own handlers, as if typed again: the tool computes and saves
 * it, and fields the user did not touch keep their stored values. A file chosen in a file field
 * (a CRM export, a workbook to import) is handed over the same way, so it is read, not dropped.
 * Taps on a tool's buttons before it started are kept by a small inline script in the page
 * (Base.astro) and pressed again the same way.
 */

/** One field the user changed before its tool started. */
export interface EarlyEdit {
  id: string;
  /** The text of a text field or the value of a select; the state of a checkbox or radio; the files chosen in a file field. */
  value: string | boolean | FileList;
  /** A text field's label: what the user is told where the started tool no longer shows the field. */
  label?: string;
}

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const SKIPPED_TYPES = new Set(['button', 'submit', 'reset', 'hidden', 'image']);

const isFileField = (control: Control): control is HTMLInputElement => control instanceof HTMLInputElement && control.type === 'file';

function isToggle(control: Control): control is HTMLInputElement {
  return control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio');
}

/** The value the server rendered into a select: its `selected` option, else the first. */
function initialSelectValue(select: HTMLSelectElement): string {
  const options = [...select.options];
  return (options.find((option) => option.defaultSelected) ?? options[0])?.value ?? '';
}

/** The fields of tools not yet started (under `root`) whose state differs from what the server rendered, by id. */
export function earlyEdits(root: ParentNode): EarlyEdit[] {
  const edits: EarlyEdit[] = [];
  const waiting = 'astro-island[ssr]';
  for (const control of root.querySelectorAll<Control>(`${waiting} input, ${waiting} textarea, ${waiting} select`)) {
    if (!control.id || control.disabled || (control instanceof HTMLInputElement && SKIPPED_TYPES.has(control.type))) continue;
    if (isFileField(control)) {
      // A file chosen before the tool could read it (the field keeps it through hydration).
      if (control.files?.length) edits.push({ id: control.id, value: control.files });
    } else if (isToggle(control)) {
      // A radio the user left is not an edit of its own: the one they chose says it all.
      if (control.checked !== control.defaultChecked && (control.type === 'checkbox' || control.checked)) {
        edits.push({ id: control.id, value: control.checked });
      }
    } else if (control instanceof HTMLSelectElement) {
      if (control.value !== initialSelectValue(control)) edits.push({ id: control.id, value: control.value });
    } else if (control.value !== control.defaultValue) {
      const label = control.labels?.[0]?.textContent?.trim() || control.getAttribute('aria-label') || '';
      edits.push({ id: control.id, value: control.value, label });
    }
  }
  return edits;
}

/**
 * Puts each edit back into its field (found by id under `root`) and lets the field's handlers
 * see it, through the events a user's typing or choosing fires. The handlers must read the
 * store's current value, not a closure's, since several edits arrive before the tool re-renders.
 * Returns the text typed into fields the started tool no longer shows (its stored work chose
 * another mode), for the tool to show the user rather than drop.
 */
export function replayEdits(root: ParentNode, edits: readonly EarlyEdit[]): EarlyEdit[] {
  const unplaced: EarlyEdit[] = [];
  for (const edit of edits) {
    const control = root.querySelector<Control>(`#${CSS.escape(edit.id)}`);
    if (!control) {
      if (typeof edit.value === 'string' && edit.value.trim() && edit.label !== undefined) unplaced.push(edit);
      continue;
    }
    if (isFileField(control)) {
      if (typeof edit.value !== 'object' || !edit.value.length) continue;
      if (control.files !== edit.value) control.files = edit.value;
    } else if (isToggle(control)) {
      if (typeof edit.value !== 'boolean') continue;
      control.checked = edit.value;
    } else {
      if (typeof edit.value !== 'string') continue;
      control.value = edit.value;
    }
    control.dispatchEvent(new Event('input', { bubbles: true }));
    control.dispatchEvent(new Event('change', { bubbles: true }));
  }
  return unplaced;
}

/** The ids of buttons tapped before their tool started, kept by the page's inline script. */
declare global {
  var __earlyClicks: string[] | undefined;
}

/** Presses again, in order, each button under `root` that was tapped before its tool started. */
export function replayClicks(root: ParentNode): void {
  const pending = globalThis.__earlyClicks;
  if (!pending?.length) return;
  for (const id of [...pending]) {
    const button = root.querySelector<HTMLButtonElement>(`#${CSS.escape(id)}`);
    if (!button) continue;
    pending.splice(pending.indexOf(id), 1);
    if (!button.disabled) button.click();
  }
}
