// fontverter ships no types; the tests use one function of it.
declare module 'fontverter' {
  const fontverter: {
    /** The font in `buffer` (WOFF2, WOFF or SFNT) converted to another format. */
    convert(buffer: Uint8Array, to: 'truetype' | 'sfnt' | 'woff' | 'woff2'): Promise<Uint8Array>;
  };
  export default fontverter;
}
