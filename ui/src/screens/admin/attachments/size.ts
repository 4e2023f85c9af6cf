/** Attachment sizes as people read them: the API counts bytes, the screen says MB (1 MB = 1024 × 1024 bytes, as the API's messages do). */
export const MB = 1024 * 1024;
export const MAX_FILE_BYTES = 100 * MB;

/** Bytes as a number of MB to type into the field: "25", "1.5", "0.00098" for a limit far under a megabyte. */
export function bytesToMegabytes(bytes: number): string {
  const mb = bytes / MB;
  const rounded = mb >= 0.01 ? Number(mb.toFixed(2)) : Number(mb.toPrecision(2));
  return String(rounded);
}

/** A size typed in MB (a decimal comma is fine) as bytes: above 0 and at most 100 MB, else null. */
export function megabytesToBytes(text: string): number | null {
  const normalised = text.trim().replace(',', '.');
  if (!/^\d*\.?\d+$|^\d+\.$/.test(normalised)) return null;
  const mb = Number(normalised);
  if (!(mb > 0) || mb > MAX_FILE_BYTES / MB) return null;
  return Math.max(1, Math.round(mb * MB));
}

/** A size in words: "25 MB", "1.5 MB", "512 KB", "300 bytes". */
export function plainSize(bytes: number): string {
  if (bytes >= MB) return `${Number((bytes / MB).toFixed(2))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
}
