/**
 * English twin of ../cause.ts: the words of a cause and of a card company's part in it (code pages,
 * cause pages, the wizard's diagnosis).
 */
import type { CAUSE_TEXT, COMPANY_TEXT } from "../cause";
import type { Shape } from "../shape";

/** Topics arrive joined for Japanese (A・B); English lists them with commas. */
const topicList = (topics: string): string => topics.split("・").join(", ");

export const CAUSE_TEXT_EN = {
  likelihood: {
    high: "Likely",
    medium: "Possible",
    low: "Rare",
    /** The wizard's answers pointed at this cause, or spoke against it. */
    raised: "Likely, from your answers",
    lowered: "Unlikely, from your answers",
  },
  /** Who can make the payment go through, as people say it. */
  fixer: {
    user: "You can fix this yourself",
    issuer: "You need to contact your card company",
    merchant: "You need to contact the shop",
    service: "Wait a while, or contact the service's help desk",
  },
  stepsHeading: "Steps",
  dontDoHeading: "What not to do",
  waitHeading: "How long to wait",
  sourcesHeading: "Sources",
  more: "More details",
  causePageLink: (title: string) => `See the page “${title}”`,
  wait: {
    after: (from: string, hours: number) => `${hours === 1 ? "1 hour" : `${hours} hours`} after ${from}`,
    atHour: (hour: number) => ` (from ${hour}:00 that day)`,
    inputLabel: (from: string) => `Date and time of ${from} (Japan time)`,
    result: (when: string) => `You should be able to use it from ${when} (Japan time).`,
    invalid: "Please enter a valid date and time.",
  },
  /** 「まず、これを」 (Do this first): the few actions for the most likely cause, right under the title. */
  answer: {
    heading: "Do this first",
    cause: "Most common cause",
    dontDo: "What not to do",
    retry: "You can try again",
    hurry: "If you are in a hurry",
    hurryText: "Use another card, or another way to pay.",
    more: "Full steps and other causes",
  },
} as const satisfies Shape<typeof CAUSE_TEXT>;

/** A card company's own part of a step, and the box of its facts. `name` is the company's name. */
export const COMPANY_TEXT_EN = {
  partFor: (name: string) => `For ${name}`,
  /** Shown once per cause on pages where a company can be chosen, in place of its part. */
  pickHint: "Choose your card company, and its instructions will appear here.",
  threeDSecureLink: (name: string) => `${name}'s identity check (3-D Secure) help page`,
  variant: (applies: string) => `For ${applies}`,
  changedOn: (date: string) => ` (from ${date})`,
  resetLink: "Page to reset your password",
  contactPage: (name: string) => `${name}'s contact page`,
  phonePurpose: { general: "Card enquiries", "lost-stolen": "Lost or stolen card", security: "Suspected fraud" },
  /** Topics of a company's facts, as they read in `unknown`. */
  topic: {
    authMethod: "How the identity check works",
    passwordName: "What the password or code is called",
    unlock: "Unlocking the identity check",
    fraudUnlock: "Unlocking a card stopped for suspected fraud",
    contact: "Contact details",
  },
  threeDSecure: "Identity check (3-D Secure) help page",
  unknown: (topics: string) => `Not yet checked by this site: ${topicList(topics)}.`,
  /** The official way in when a fact is unknown: the company's contact route, or its own 3-D Secure page. */
  routeContact: (name: string) => `Please check with ${name}'s help desk.`,
  routeSite: (name: string) => `Please call the phone number on the back of your card, or check ${name}'s help page.`,
  routeSiteAbove: "Please call the phone number on the back of your card, or check the help page above.",
  routeContactAbove: "Please check with the contact above.",
  /** With no company chosen (the wizard's 「わからない」, not sure), what is always true. */
  general: {
    "three-d-secure":
      "You can check whether you have signed up, and how to sign up, on your card company's member site or by calling the phone number on the back of your card.",
    unlock: "To find out how to unlock it, call your card company on the phone number on the back of your card.",
    "fraud-unlock": "To find out how to unlock it, call your card company on the phone number on the back of your card.",
    contact: "Contact: the phone number on the back of your card",
  },
} as const satisfies Shape<typeof COMPANY_TEXT>;
