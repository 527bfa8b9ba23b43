import { describe, expect, it } from "vitest";
import { urlHost } from "@/lib/web/url-host";

describe("urlHost", () => {
  it("gives the host of a link, without port, path or query", () => {
    expect(urlHost("https://www.saisoncard.co.jp/service/3d-secure/")).toBe("www.saisoncard.co.jp");
    expect(urlHost("https://example.com:8443/a?b=c#d")).toBe("example.com");
    expect(urlHost("https://ＥＸＡＭＰＬＥ.com/")).toBe("example.com");
  });

  it("gives undefined, never an error, when there is no host to show", () => {
    for (const bad of [undefined, "", "not a url", "https://", "//example.com", "mailto:a@example.com", "javascript:alert(1)", "https://exa mple.com/"]) {
      expect(urlHost(bad), String(bad)).toBeUndefined();
    }
  });
});
