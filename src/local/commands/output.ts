/** What a command produces: text for stdout and an exit status (0 clean, 1 findings, 2 unusable input). */
export interface CommandOutput {
  /** Written in order; a large report comes in chunks so it is never one giant string, and as UTF-8 already. */
  stdout: Iterable<string | Uint8Array>;
  status: 0 | 1 | 2;
}

// C0 controls but tab and newline, DEL, and C1 controls: a cell holding ESC ] 0 ; … BEL would retitle or
// recolour the terminal that shows a text report. JSON escapes the C0 ones itself and is left as written.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text for a terminal: every control character a cell may smuggle in shown as �. */
export const terminalSafe = (text: string): string => text.replace(CONTROL, '\ufffd');

export function* terminalSafeChunks(chunks: Iterable<string | Uint8Array>): Generator<string> {
  for (const chunk of chunks) yield terminalSafe(typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk));
}
