/** CHANGELOG.md sections written from commit subjects, newest release first, for the releaser to edit. */

export const CHANGELOG_TITLE = '# Changelog';

const CHANGELOG_INTRO = `${CHANGELOG_TITLE}

Each release's section starts as the commit subjects since the release before it (\`npm run release\`),
then is edited for readers.
`;

/** A release's section: its heading, then one line per commit subject, oldest first. */
export function changelogSection(version: string, date: string, subjects: readonly string[]): string {
  const lines =
    subjects.length > 0 ? subjects.map((s) => `- ${s.trim()}`) : ['- No changes since the last release.'];
  return `## ${version} — ${date}\n\n${lines.join('\n')}\n`;
}

/** The changelog with the section added above the previous releases (a new file when there is none). */
export function withSection(existing: string | undefined, section: string): string {
  const text = existing?.trim() ? existing : CHANGELOG_INTRO;
  const firstRelease = text.search(/^## /m);
  if (firstRelease < 0) return `${text.trimEnd()}\n\n${section}`;
  return `${text.slice(0, firstRelease)}${section}\n${text.slice(firstRelease)}`;
}

/** Whether the changelog already has a section for this version. */
export function hasSection(existing: string | undefined, version: string): boolean {
  return new RegExp(`^## ${version.replaceAll('.', '\\.')}(\\s|$)`, 'm').test(existing ?? '');
}
