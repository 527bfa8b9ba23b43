// The catalog/schema module's public parts, one file each (see ARCHITECTURE.md). Client islands import the file
// they need directly, so the browser bundle carries only that file.
export * from "./brand";
export * from "./catalog";
export * from "./cause";
export * from "./code";
export * from "./common";
export * from "./issuer";
export * from "./service";
export * from "./source";
export * from "./translation";
export * from "./wizard";
