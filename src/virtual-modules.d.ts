/** The URL of the current catalog as the build checked it, its schema defaults filled in (vite.config.ts, catalogChecked). */
declare module 'virtual:current-catalog-url' {
  const url: string;
  export default url;
}
