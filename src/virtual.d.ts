declare module 'virtual:claims-index' {
  import type { CompiledIndex } from './core/claims/compile';
  const index: CompiledIndex;
  export default index;
}
