// Types for static-path.mjs (plain JavaScript, so the static server runs with node alone).
export declare const MAX_TARGET_LENGTH: number;
export declare function targetSegments(target: unknown): { segments: string[]; directory: boolean } | undefined;
export declare function isFile(path: string): boolean;
export declare function resolveTarget(root: string, target: unknown): string | undefined;
