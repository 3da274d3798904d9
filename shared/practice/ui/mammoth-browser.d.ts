// mammoth ships a prebuilt browser bundle without type declarations; this is the part we use.
declare module 'mammoth/mammoth.browser.js' {
  interface RawTextResult {
    value: string;
    messages: { type: string; message: string }[];
  }
  const mammoth: { extractRawText(input: { arrayBuffer: ArrayBuffer }): Promise<RawTextResult> };
  export default mammoth;
}
