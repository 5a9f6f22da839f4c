// Closing a dialog must forget what was entered in it. antd keeps a form's values in the Form.useForm instance, which
// lives as long as the dialog component does — also across `destroyOnHidden`, which only unmounts the fields — so a
// cancelled dialog would reopen on the member (and dates) picked last time, and save them for the wrong person.
// Resetting on close rather than on open: the form is still mounted then, with its current initial values.
import type { FormInstance } from 'antd';

/** `onClose` preceded by a reset of `form` (to its initial values) and of any state the dialog keeps beside it. */
export function closeFresh(form: FormInstance, onClose: () => void, ...resets: (() => void)[]): () => void {
  return () => {
    form.resetFields();
    for (const reset of resets) reset();
    onClose();
  };
}
