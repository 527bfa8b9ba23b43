/** English twin of ../wizard.ts: the frame words of the diagnosis wizard (/diagnose). */
import type { WIZARD_TEXT } from "../wizard";
import type { Shape } from "../shape";

export const WIZARD_TEXT_EN = {
  title: "Answer questions to find the cause",
  stepTitle: (step: string) => `${step} (answer questions to find the cause)`,
  /** The header link to the wizard. */
  entry: "Find the cause",
  /** On the site's 404 page (a tampered wizard URL lands there too). */
  lead: "Answer a few questions to see the cause and how to fix it with your card company. We will never ask for your card number, security code or password.",
  /**
   * Which question this is. How many follow depends on the answers, so no count is promised (a "5 left"
   * that turns into "3 left" after one answer reads as a mistake); the last one is said when it is sure.
   */
  progress: (n: number, last: boolean) => (last ? `Question ${n} (this is the last question)` : `Question ${n}`),
  progressDone: "All questions answered",
  back: "Back",
  restart: "Start over",
  change: "Change",
  answersHeading: "Your answers so far",
  codesOf: (service: string) => `${service} codes`,
  codesOfCount: (service: string, n: number) => `${service} codes (${n})`,
  codeFilterLabel: "Filter by code or words (e.g. PGSE37)",
  codeNoMatch: "No code matches. Please choose 「この中にないコードが出ている」 (A code that is not in this list is shown) above.",
  likelyIssuers: "Card companies people often use",
  moreIssuers: "Other card companies",
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
  chosenIssuer: "Card company",
  issuerUnknown: "Not chosen (other, or not sure)",
  issuerChosenUnnamed: "The card company you chose",
  serviceNotes: (service: string) => `Good to know first about ${service}`,
  stillStuckHeading: "If this does not solve it",
  stillStuck: [
    "Call your card company on the phone number on the back of your card. The shop or the service's help desk may not be able to see why your card did not go through.",
    "If you are in a hurry, use another card that supports identity check (3-D Secure 2.0), or another way to pay.",
  ],
} as const satisfies Shape<typeof WIZARD_TEXT>;
