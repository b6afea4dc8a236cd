/**
 * Whether an error is the browser failing to download a part of the page's code (a chunk loaded with
 * `import()`), as opposed to the code failing once loaded. Each browser words it its own way: Chromium
 * « Failed to fetch dynamically imported module », Firefox « error loading dynamically imported module »,
 * Safari « Importing a module script failed »; Vite's preload of the chunk's styles « Unable to preload CSS ».
 */
export const isLoadFailure = (error: unknown): boolean =>
  error instanceof FileNotLoaded ||
  (error instanceof Error && /dynamically imported module|importing a module script failed|unable to preload/i.test(error.message));

/** A file of the app's own folder that did not arrive (a font the PDF needs): said like a part of the page's code. */
export class FileNotLoaded extends Error {}
