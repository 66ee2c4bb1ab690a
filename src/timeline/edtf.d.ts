// The `edtf` package ships no types; this declares only the part edtfToRange uses.
declare module 'edtf' {
  interface EdtfValue {
    type: string;
    /** UTC ms; null when unknown, ±Infinity when open. */
    min: number | null;
    max: number | null;
  }
  export default function edtf(text: string): EdtfValue;
}
