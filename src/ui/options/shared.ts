/** What the options page's sections share: notices, error text and reading a chosen file. */

export type Notice = { kind: 'ok'; text: string } | { kind: 'error'; title: string; errors: string[] };

export function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The chosen file's name and text; the input is cleared so the same file can be chosen again. */
export async function readFile(input: HTMLInputElement): Promise<{ name: string; text: string } | undefined> {
  const file = input.files?.[0];
  if (!file) return undefined;
  const text = await file.text();
  input.value = '';
  return { name: file.name, text };
}
