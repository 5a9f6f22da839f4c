// How much of an uploaded spreadsheet the readers take before refusing it. Every limit bounds memory
// by a constant or by what the file really holds, never by a number the file merely claims.
import { importMaxRows } from '../../../config.js';
import { ZIP_LIMITS, type ZipLimits } from './zip.js';

/** Excel's last column, XFD. */
export const EXCEL_MAX_COLUMNS = 16_384;
/** Excel's last row: no .xlsx may name a row past it. */
export const EXCEL_MAX_ROWS = 1_048_576;

export interface ReadLimits {
  /** Row numbers and rows of a sheet, header included (IMPORT_MAX_ROWS). */
  maxRows: number;
  /** Cells of all rows together, empty ones between written cells included (8 bytes each). */
  maxCells: number;
  /** Empty cells an .xlsx may leave between written ones, beyond one per written cell. */
  maxGap: number;
  zip: ZipLimits;
}

/** 20 million cells: a full Excel-sized sheet of the 17 template columns, at most 160 MB of cell slots. */
export const MAX_CELLS = 20_000_000;
/** A million empty cells (8 MB) whatever the file: a tiny file cannot claim more by naming far columns. */
export const MAX_GAP = 1_000_000;

export function readLimits(over: Partial<ReadLimits> = {}): ReadLimits {
  return { maxRows: importMaxRows(), maxCells: MAX_CELLS, maxGap: MAX_GAP, zip: ZIP_LIMITS, ...over };
}
