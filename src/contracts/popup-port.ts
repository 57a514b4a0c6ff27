/**
 * What the popup needs from the outside world. The extension implements it over the browser API
 * (src/platform/popup-port.ts); tests pass a plain object.
 */
import type { PageReport } from './report';

export type ReportResult =
  | { kind: 'report'; report: PageReport }
  /** the page has no content script (browser page, store, PDF viewer, still loading) or answered nonsense */
  | { kind: 'unavailable'; detail: string };

/** A dataset the page engine uses, as the popup's footer lists it. */
export interface DatasetInUseRow {
  id: string;
  name: string;
  version: string;
  /** bundled with ClaimLens, imported from a file, the reader's recorded claims, or followed at a URL */
  kind: 'bundled' | 'file' | 'recorded' | 'subscription';
  /** subscriptions: the last check (ms since 1970), whether it failed, a version waiting for the reader */
  checkedAt?: number;
  checkFailed?: boolean;
  pendingVersion?: string;
}

export interface PopupPort {
  getReport(): Promise<ReportResult>;
  /** scrolls the page to the mark, flashes it and opens its card; false when the mark is gone */
  showMark(markId: number): Promise<boolean>;
  /** remembers the choice for the page's site and tells the page at once */
  setSiteEnabled(pageUrl: string, enabled: boolean): Promise<void>;
  copyText(text: string): Promise<void>;
  download(filename: string, text: string, mimeType: string): void;
  openOptions(): void;
  /** the names of imported datasets that are broken and not used (removable in the options) */
  brokenDatasets(): Promise<string[]>;
  /** every dataset in use (bundled, imported, recorded, subscribed), in the order the engine takes them */
  datasetsInUse(): Promise<DatasetInUseRow[]>;
  /** calls back when the page reports new results (rescan, navigation); returns an unsubscribe */
  onPageChanged(callback: () => void): () => void;
}
