/** What the options page's sections share: notices, error text and reading a chosen file. */
import type { Translate } from '../i18n';

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

/**
 * The file chosen in a file input's change event, or undefined when none was chosen or it could not
 * be read (then the reason is shown with `setStatus`).
 */
export async function readChosenFile(
  event: Event,
  t: Translate,
  setStatus: (text: string) => void,
): Promise<{ name: string; text: string } | undefined> {
  const input = event.currentTarget as HTMLInputElement;
  try {
    return await readFile(input);
  } catch (error) {
    setStatus(t('optionsReadFailed', [input.files?.[0]?.name ?? '', message(error)]));
    return undefined;
  }
}
