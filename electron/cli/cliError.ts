/** Exit codes of every CLI command: 0 ok, 1 bad input (one-line message), 2 internal error. */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_INTERNAL = 2;

/** A bad-input failure with a one-line message for the user. */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}
