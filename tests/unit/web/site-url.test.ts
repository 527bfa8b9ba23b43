import { describe, expect, it } from "vitest";
import { resolveSiteUrl } from "@/lib/web/site";

describe("resolveSiteUrl", () => {
  const quiet = () => {};

  it("takes an http(s) origin, without a trailing slash", () => {
    expect(resolveSiteUrl({ SITE_URL: "https://kessai.example/" })).toBe("https://kessai.example");
    expect(resolveSiteUrl({ SITE_URL: " http://127.0.0.1:8080 " })).toBe("http://127.0.0.1:8080");
  });

  it("fails a deployment build without SITE_URL, saying what to set", () => {
    for (const env of [{}, { SITE_URL: "" }, { SITE_URL: "  " }, { SITE_PREVIEW: "0" }]) {
      expect(() => resolveSiteUrl(env, quiet)).toThrow(/SITE_URL is not set[\s\S]*SITE_URL=https:\/\/[\s\S]*npm run serve/);
    }
  });

  it("lets a local preview go on with a warning and the local address", () => {
    const warnings: string[] = [];
    expect(resolveSiteUrl({ SITE_PREVIEW: "1" }, (m) => warnings.push(m))).toBe("http://127.0.0.1:3000");
    expect(resolveSiteUrl({ SITE_PREVIEW: "1", PORT: "3005" }, (m) => warnings.push(m))).toBe("http://127.0.0.1:3005");
    expect(resolveSiteUrl({ SITE_PREVIEW: "1", PORT: "x; rm" }, quiet)).toBe("http://127.0.0.1:3000");
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/SITE_URL is not set/);
  });

  it("rejects what is not a bare http(s) origin", () => {
    for (const bad of [
      "kessai.example",
      "ftp://kessai.example",
      "https://kessai.example/ja",
      "https://kessai.example/?a=1",
      "https://u:p@kessai.example",
      "javascript:alert(1)",
    ]) {
      expect(() => resolveSiteUrl({ SITE_URL: bad }), bad).toThrow(/SITE_URL/);
    }
  });
});
