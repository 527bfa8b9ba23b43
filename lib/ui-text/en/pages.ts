/** English twin of ../pages.ts: the card-company pages, the service pages and the lists that lead to them. */
import type { PAGES_TEXT } from "../pages";
import type { Shape } from "../shape";

export const PAGES_TEXT_EN = {
  companyParts: {
    title: (name: string) => `${name}: parts filled into pages`,
    noScript:
      "Without JavaScript, this page cannot show the steps for one card company. The steps below apply to every company; each company's own help is in the list of card companies.",
    loadFailed: "The card company's part could not be loaded. Reload the page, or choose the company again from the list below.",
  },
  issuer: {
    breadcrumb: "Card companies",
    title: (name: string) => `${name}: identity check (3-D Secure) and contacts`,
    description: (name: string) =>
      `${name}'s identity check (3-D Secure): the sign-up page, what its passwords and codes are called, how to unlock a stopped card, and whom to contact, with sources.`,
    threeDSecureHeading: "Signing up for identity check (3-D Secure)",
    threeDSecureLead: "You sign up and change the settings on your card company's help page.",
    namesHeading: "Other names",
    codesHeading: "Error codes that involve this card company",
    codesLead: "For these codes, the steps include this card company's instructions.",
    noCodes: "No codes include this card company's instructions yet.",
    secondaryCodes: (count: number) => `Other codes (${count}; they almost never need fixing, for example how sure a check result was)`,
    listTitle: "Card companies",
    listDescription: "Each card company's identity check (3-D Secure) help page and contact details.",
    brandsNone: "Not checked yet.",
  },
  brand: {
    breadcrumb: "Card brands",
    title: (name: string, programme: string) => `${name} identity check (${programme})`,
    description: (name: string, programme: string) =>
      `${name}'s identity check, ${programme}: its current and former names, what happens when you pay, and which card companies' cards it covers.`,
    nowCalled: (name: string, programme: string) => `The identity check for ${name} cards is now called ${programme}.`,
    formerly: "Former names",
    whatItMeans:
      "When you use your card online, your card company checks that it is really you: on the card company's screen you enter a password or a one-time password (「ワンタイムパスワード」), or it checks information from your device. How to sign up and set it up differs by card company.",
    whatItMeansHeading: "What happens when you pay",
    officialPage: (name: string) => `${name}'s help page`,
    issuersHeading: "Card companies that issue cards of this brand",
    issuersLead: "Choose a card company to see how to sign up with it or contact it.",
    issuersNone: "Not yet checked for the card companies on this site.",
    codesHeading: "Errors from the identity check",
    codesLink: "Identity check (3-D Secure) error codes",
    listTitle: "Card brands and the names of their identity checks",
    listDescription: "The current and former names of the identity checks of Visa, Mastercard, JCB, American Express and Diners Club.",
    sourcesHeading: "Sources",
  },
  service: {
    breadcrumb: "Services",
    title: (name: string) => `${name} error codes`,
    description: (name: string, count: number) => `${name} error codes (${count}): what each one means, and how to fix each cause.`,
    operator: "Run by",
    notesHeading: "Good to know first",
    codesHeading: "Error codes",
    noCodes: "No codes have been added yet.",
    listTitle: "Services",
    listDescription: "Services that show error codes.",
  },
  cause: {
    breadcrumb: "Causes",
    metaTitleIssuer: (title: string, issuer: string) => `${title} (for ${issuer})`,
    metaDescriptionIssuer: (summary: string, issuer: string) =>
      `${summary} Also: how to fix it with ${issuer}, their help page, and how to contact them.`,
    whatToDo: "How to fix it",
    seenAs: "The same problem can also show up like this",
    seenAsLead: "This cause is also possible for these error codes.",
    noCodes: "No error codes linked to this cause have been added yet.",
    listTitle: "Causes",
    listDescription:
      "Possible causes when a card payment does not go through, and how to fix each one. If you do not know the error code, you can look by what went wrong.",
    listLead: "If you do not know the error code, look for the cause that seems to fit.",
  },
  home: {
    issuersMore: "Guides by card company",
    servicesMore: (name: string) => `See all ${name} error codes`,
  },
} as const satisfies Shape<typeof PAGES_TEXT>;
