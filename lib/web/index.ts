// The web module's public parts, one file each (see ARCHITECTURE.md). Client islands import the file
// they need directly, so the browser bundle carries only that file.
export * from "./canonical-path";
export * from "./code-match";
export * from "./links";
export * from "./moved-code-redirects";
export * from "./page-meta";
export * from "./security-headers";
export * from "./site";
export * from "./url-host";
