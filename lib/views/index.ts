// The views module's public parts, one file each (see ARCHITECTURE.md). Client islands import the file
// they need directly, so the browser bundle carries only that file.
export * from "./api-v1";
export * from "./asides";
export * from "./build-mode";
export * from "./cited-sources";
export * from "./code";
export * from "./moved-codes";
export * from "./service-groups";
export * from "./stop-party";
export * from "./wait-date";
