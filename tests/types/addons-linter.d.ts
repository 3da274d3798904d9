// The part of Mozilla's addons-linter API that tests/firefox-build.test.ts uses (the package
// ships no types).
declare module 'addons-linter' {
  interface LinterMessage {
    code: string;
    message: string;
    file?: string;
  }
  interface LinterResult {
    summary: { errors: number; notices: number; warnings: number };
    errors: LinterMessage[];
    warnings: LinterMessage[];
    notices: LinterMessage[];
  }
  const linter: {
    createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): { run(): Promise<LinterResult> };
  };
  export default linter;
}
