declare module 'virtual:claims-index' {
  import type { CompiledIndex } from './core/claims/compile';
  const index: CompiledIndex;
  export default index;
}

declare module 'virtual:claims-hint' {
  /** the hint words of the bundled datasets' subjects (subject-test.ts: hintWords) */
  const words: readonly string[];
  export default words;
}

declare module 'virtual:claims-ids' {
  import type { DatasetInUse } from './core/claims/claim-ids';
  /** the bundled datasets' ids and all their claim ids (claim-ids.ts), names and versions */
  const datasets: readonly (DatasetInUse & { name: string; version: string })[];
  export default datasets;
}

declare module 'virtual:claims-datasets' {
  import type { Dataset } from './core/claims/schema';
  /** the bundled datasets as validated (the options page's claim form offers their subjects and claims) */
  const datasets: readonly Dataset[];
  export default datasets;
}
