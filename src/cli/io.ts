/** What a CLI command may touch, so commands are testable without a process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** all of standard input, as UTF-8 */
  readStdin(): Promise<string>;
  cwd: string;
}

export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    cwd: process.cwd(),
  };
}
