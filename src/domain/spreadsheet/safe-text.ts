// Formula injection (CSV/spreadsheet injection): a spreadsheet program treats a cell whose text starts
// with = + - @ (or a tab or carriage return, or their full-width forms) as a formula, so a name typed as
// =HYPERLINK("…") would run when an exported file is opened. Every text cell written to an .xlsx or a
// CSV goes through neutralizeText, which puts a single quote in front (OWASP's advice); the import
// readers take that quote off again (restoreText), so an exported file imports back unchanged.

// Text that starts with a trigger, after any quotes: a text that already starts with quotes gets one
// more, so taking one off on import always gives back the text as it was.
const TRIGGER = /^'*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

export function neutralizeText(text: string): string {
  return TRIGGER.test(text) ? `'${text}` : text;
}

/** Text neutralized; numbers, dates, booleans and empty cells as they are (a number is never run). */
export function neutralizeCell<T>(value: T): T | string {
  return typeof value === 'string' ? neutralizeText(value) : value;
}

/** The text an exported cell held before neutralizeText: the quote it added is taken off. */
export function restoreText(text: string): string {
  return text.charCodeAt(0) === 39 && TRIGGER.test(text.slice(1)) ? text.slice(1) : text;
}
