/** English twin of ../core.ts: the frame of the site (header, footer, home, code pages). */
import type { CORE_TEXT } from "../core";
import type { Shape } from "../shape";

/** The parties of the stop diagram arrive joined for Japanese (「A」「B」 without the outer marks). */
const partyList = (names: string): string[] => names.split("」「");

export const CORE_TEXT_EN = {
  siteName: "Payment Error Navi",
  siteTagline: "Find out from the error code why your card payment failed, and how to fix it with your card company",
  skipToContent: "Skip to main content",
  punct: { colon: ": ", open: " (", close: ")", dot: " · ", spacedDot: " · ", listSep: ", " },
  language: { switchTo: "日本語", switchLang: "ja", switchLabel: "このページを日本語で読む" },
  nav: { home: "Home", codes: "Error codes" },
  home: {
    heading: "Why your payment failed, and how to fix it",
    lead: "Choose the error code shown on your screen. You will see the cause and how to fix it with your card company.",
    issuersHeading: "Identity check (3-D Secure, 「本人認証サービス」) by card company",
    noCodes: "No codes have been added yet.",
    allCodes: (name: string, count: number) => `See all ${name} codes (${count})`,
    brandsHeading: "Card brands and the names of their identity checks",
  },
  /** Headings that group services on the home page and /services (lib/views/service-groups.ts). */
  serviceGroups: {
    "emoney-transit": "E-money and transit cards",
    wallet: "QR code and app payments",
    "online-shop": "Online shop payments",
    "app-store": "App stores",
    "three-d-secure": "Identity check (3-D Secure)",
  },
  code: {
    breadcrumbCodes: "Error codes",
    breadcrumbLabel: "Breadcrumb",
    metaTitle: (service: string, code: string, title: string) => `${service} ${code}: ${title}`,
    metaTitleIssuer: (service: string, code: string, issuer: string) => `${service} ${code} (for ${issuer})`,
    metaDescriptionIssuer: (summary: string, issuer: string) =>
      `${summary} Also: how to fix it with ${issuer}, their help page, and how to contact them.`,
    meaningHeading: "What this code means",
    messageHeading: "The message on your screen",
    messageParaphrase: "(a summary of the message)",
    causesHeading: "Possible causes and how to fix them",
    relatedHeading: "Related codes",
    lastVerified: "Last checked",
    sourceLabel: "Sources: ",
    meaningUnknown: "The meaning is not known (we found no published explanation)",
    meaningUncertain: "The meaning is not certain",
    likelihoodNote: "The most likely causes come first.",
    issuer: {
      heading: "Your card company",
      lead: "Choose one, and that company's help page, its name for the password and its contact details will appear in the steps.",
      /** The one tab stop of the likely companies (arrow keys move within it). */
      likelyLabel: "Card companies people often use",
      more: "Other card companies",
      change: "Change card company",
      chosen: (name: string) => `Selected: ${name}`,
      clear: "View without choosing",
      filterLabel: "Filter by card company name",
      noMatch: "No card company matches.",
      brands: "Brands",
      issuerPage: (name: string) => `More about ${name}`,
    },
    diagram: {
      heading: "Where it stopped",
      parties: { shop: "Shop or service", payment: "Payment company", card: "Card company / identity check (3-D Secure)" },
      stoppedHere: "It stopped here",
      maybeHere: "It may have stopped here",
      summary: (names: string) => `Your payment was stopped by: ${partyList(names).join(", ")}.`,
      summaryMaybe: (names: string) => {
        const list = partyList(names);
        return list.length > 1
          ? `Your payment was most likely stopped by one of these: ${list.join(", ")}.`
          : `Your payment was most likely stopped by: ${list.join("")}.`;
      },
    },
    actions: {
      heading: "Use this page",
      copyLink: "Copy link",
      copied: "Link copied",
      copyFailed: "Could not copy. Please copy the address from the address bar.",
      print: "Print",
      diagnose: "Answer questions to narrow down the cause",
    },
    serviceLink: (name: string) => `${name} error codes`,
  },
  confidence: {
    official: "Official",
    vendor: "Payment company's document",
    "third-party": "Third-party article",
    seed: "Source material",
  },
  notFound: {
    title: "Page not found",
    body: "We could not find the page you were looking for. Please check the address, or look for your error code from the home page.",
    backHome: "Back to home",
    exactHeading: "Is this the page you wanted?",
    nearHeading: "Similar error codes",
    searchHeading: "Other ways to find it",
    searchLink: (q: string) => `Search for 「${q}」`,
    searchPlain: "Search error codes",
    diagnose: "Answer questions to narrow down the cause",
  },
  footer: {
    disclaimer:
      "This guidance is based on published documents. For the final word, follow your card company's or the service's own guidance. This site will never ask for your card number, security code or password.",
  },
} as const satisfies Shape<typeof CORE_TEXT>;
