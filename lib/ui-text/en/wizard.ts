/** English twin of ../wizard.ts: the frame words of the diagnosis wizard (/diagnose). */
import type { WIZARD_TEXT } from "../wizard";
import type { Shape } from "../shape";

export const WIZARD_TEXT_EN = {
  title: "Answer questions to find the cause",
  /** The header link to the wizard. */
  entry: "Find the cause",
  lead: "Answer a few questions to see the cause and how to fix it with your card company. We will never ask for your card number, security code or password.",
  progress: (n: number, remaining: number) =>
    remaining > 1 ? `Question ${n} (up to ${remaining - 1} more)` : `Question ${n} (this is the last question)`,
  progressLabel: "Progress",
  progressDone: "All questions answered",
  back: "Back",
  restart: "Start over",
  change: "Change",
  answersHeading: "Your answers so far",
  codesOf: (service: string) => `${service} codes`,
  codesOfCount: (service: string, n: number) => `${service} codes (${n})`,
  otherAnswers: "If you cannot find your code",
  noCodesYet: "No codes have been added for this service yet.",
  searchInstead: "You can also search for a code that is not in the list",
  diagnosisHeading: "Result",
  sureness: {
    sure: "From your answers, this is very likely the cause.",
    likely: "This is the most likely cause. Please look at the other causes too, just in case.",
    several: "There are several possible causes. Please check them from the top.",
    unclear: "The cause is not clear. Please start with the general checks.",
  },
  topCause: "Most likely cause",
  chosenCode: "The code you chose",
  codePageLink: "See the full explanation of this code",
  meaningUnknown: "The meaning is not known (we found no published explanation)",
  meaningUncertain: "The meaning is not certain",
  chosenIssuer: "Card company",
  issuerUnknown: "Not chosen (other, or not sure)",
  serviceNotes: (service: string) => `Good to know first about ${service}`,
  likelihood: {
    raised: "Likely, from your answers",
    high: "Likely",
    medium: "Possible",
    low: "Rare",
    lowered: "Unlikely, from your answers",
  },
  fixer: {
    user: "You can fix this yourself",
    issuer: "Your card company fixes this",
    merchant: "The shop fixes this",
    service: "The company that runs the service fixes this",
  },
  stepsHeading: "Steps",
  dontDoHeading: "What not to do",
  waitHeading: "How long to wait",
  waitHours: (hours: number, from: string) => `${hours} hours after ${from}`,
  sourcesHeading: "Sources",
  stillStuckHeading: "If this does not solve it",
  stillStuck: [
    "Call your card company on the phone number on the back of your card. The shop or the service's help desk may not be able to see why your card did not go through.",
    "If you are in a hurry, use another card that supports identity check (3-D Secure 2.0), or another way to pay.",
  ],
  /** How a step's card-company part reads, by part; `name` is the company's name. */
  issuerPart: {
    threeDSecure: (name: string) => `${name}'s identity check guide`,
    threeDSecureNone:
      "To find out how to sign up with your card company, check its member site or call the phone number on the back of your card.",
    authMethod: (name: string) => `How ${name} checks it is you`,
    passwordName: "What the password is called",
    authMethodUnknown: (name: string) =>
      `This site has not yet checked how ${name} checks it is you. See the help page above, or call the phone number on the back of your card.`,
    unlock: (name: string) => `Unlocking with ${name}`,
    unlockUnknown: (name: string) =>
      `This site has not yet checked how to unlock with ${name}. Please call the phone number on the back of your card.`,
    unlockNone: "To find out how to unlock, call your card company on the phone number on the back of your card.",
    fraudUnlock: (name: string) => `Unlocking when ${name} has stopped your card`,
    contact: (name: string) => `Contacting ${name}`,
    contactFallback: "Contact: the phone number on the back of your card",
    datedNote: "Note",
  },
} as const satisfies Shape<typeof WIZARD_TEXT>;
