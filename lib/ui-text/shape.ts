/**
 * The shape another language's interface words must have: the same nested keys as the Japanese, every
 * string a string (any wording), every function the same parameters returning a string, every list the
 * same length. Use it as `{ … } as const satisfies Shape<typeof CORE_TEXT>`: TypeScript then reports a
 * missing key, an extra key, a wrong type or an extra parameter (a missing parameter is caught by
 * tests/unit/ui-text-locales.test.ts, which compares each function's `.length`).
 */
export type Shape<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Shape<R>
    : T extends object
      ? { readonly [K in keyof T]: Shape<T[K]> }
      : T;
