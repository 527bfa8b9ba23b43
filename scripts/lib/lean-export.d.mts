// Types for lean-export.mjs (plain JavaScript, run by node alone from build-export.mjs).
export declare function isDroppable(rel: string): boolean;
export declare function fileKind(rel: string): string;
export declare function pageKind(rel: string): string;
