import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { config } from "../../../proxy";

// The proxy is skipped for canonical paths (it costs a prerendered page a large share of its server
// time), so these cases pin down that it still runs wherever it has something to do.
const matches = (path: string) => unstable_doesMiddlewareMatch({ config, url: `http://localhost${path}` });

describe("proxy matcher", () => {
  it.each([
    "/codes/AU-PAY/ER323",
    "/codes/au-pay/ER323",
    "/codes/AU-PAY/er323",
    "/CODES/au-pay/er323",
    "/Codes/au-pay/er323",
    "/CODES",
    "/issuers/SAISON",
    "/services/NANACO",
    "/codes/au-pay/ER323/SAISON",
    "/codes/au-pay/er323?issuer=saison",
    "/codes/au-pay/er323?issuer=%E3%81",
    "/codes/au-pay/%E3%81",
    "/%E3%81",
    "/search/%E3%81",
  ])("runs for %s", (path) => {
    expect(matches(path)).toBe(true);
  });

  it.each([
    "/",
    "/codes",
    "/codes/au-pay/er323",
    "/codes/au-pay/er323/saison",
    "/codes/au-pay/er323?utm_source=mail",
    // An empty ?issuer= names no card company: the plain code page answers as it is.
    "/codes/au-pay/er323?issuer=",
    "/issuers/saison",
    "/services/nanaco",
    "/search?q=ER323",
    "/api/v1/codes.json",
    "/_next/static/chunks/0Ab-Cd.js",
    "/diagnose/code/au-pay/er323",
  ])("is skipped for %s", (path) => {
    expect(matches(path)).toBe(false);
  });
});
