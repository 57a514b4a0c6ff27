/** Saving a text as a file from an extension page (the popup's exports, the options page's backup). */

/** Offers `text` as a download named `filename`, through a link to a blob (no downloads permission). */
export function downloadText(filename: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // the download reads the blob after click() returns: revoke it later, not at once
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
