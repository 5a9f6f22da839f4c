// Why an uploaded file is refused before any of it is used. The readers throw these; read-file.ts
// turns them into a 400 with a sentence in the user's language (src/i18n/uploads.*.json).

/** The file is not a spreadsheet at all (a broken ZIP, no workbook): "not a spreadsheet". */
export class NotXlsx extends Error {}

/** The file is a spreadsheet we will not read: too large unpacked, malformed, past Excel's limits. */
export class FileRefused extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'FileRefused';
  }
}
