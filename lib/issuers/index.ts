// The issuers module's public parts, one file each (see ARCHITECTURE.md). Client islands import the file
// they need directly, so the browser bundle carries only that file.
export * from "./names";
export * from "./order";
export * from "./pages";
export * from "./part-facts";
