// Control characters in text read from files. A NUL cannot be stored by PostgreSQL at all, and the
// others are invisible garbage from broken exports: a cell holding one is refused, with its row and field.

/** C0 controls other than tab, line feed and carriage return (which become spaces), DEL and C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Every C0 and C1 control, tab and line breaks included: a name is one line of letters. */
const CONTROL_IN_NAME = /[\u0000-\u001f\u007f-\u009f]/;

export function hasControl(text: string, inName = false): boolean {
  return (inName ? CONTROL_IN_NAME : CONTROL).test(text);
}

/** The text without any control character (for messages about a value that was refused). */
export function withoutControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
}
