/** An extraction failure that names the file and the problem, for the CLI and the report. */
export class ExtractError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ExtractError';
  }
}
