/**
 * True while building the static export (`npm run build:export` sets STATIC_EXPORT=1 next to
 * `output: 'export'`). A static page cannot read ?q on the server, so /search then renders a shell and
 * searches in the browser; reading searchParams would make the page dynamic and break the export.
 */
export const IS_STATIC_EXPORT = process.env.STATIC_EXPORT === "1";
