/** What a command produces: text for stdout and an exit status (0 clean, 1 findings, 2 unusable input). */
export interface CommandOutput {
  /** Written in order; a large report comes in chunks so it is never one giant string. */
  stdout: Iterable<string>;
  status: 0 | 1 | 2;
}
