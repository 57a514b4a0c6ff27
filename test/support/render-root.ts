/**
 * Rendering a Preact tree in happy-dom for the UI tests: a fresh root element per test, unmounted and
 * taken out after it, and a flush that lets pending renders, effects and the fake storage's promises
 * settle.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';

/** A root element in <body> to render into (call in beforeEach). */
export function mountRoot(): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  return root;
}

/** Unmounts what was rendered into `root` and takes it out of the page (call in afterEach). */
export function unmountRoot(root: HTMLElement): void {
  render(null, root);
  root.remove();
}

/**
 * Runs `rounds` turns of the event loop inside act(): each turn settles one link of a chain of
 * awaits (storage read, then state update, then effect), so a screen that loads in n steps needs n.
 */
export async function flushRenders(rounds: number): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}
