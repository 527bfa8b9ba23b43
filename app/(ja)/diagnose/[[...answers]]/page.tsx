import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DiagnosisView } from "@/components/wizard/diagnosis-view";
import { QuestionStep } from "@/components/wizard/question-step";
import { AnswersSoFar, WizardLinks, WizardProgress } from "@/components/wizard/wizard-nav";
import { IssuerScope } from "@/components/wizard/by-issuer";
import { CompanyFill } from "@/components/issuer/company-fill";
import { getWizardData, listIssuers } from "@/lib/catalog";
import { diagnoseStepHref } from "@/lib/web/links";
import { languageAlternates } from "@/lib/web/page-meta";
import { FILL_IN_BROWSER, prerenderParams, wizardStepParams } from "@/lib/views/build-mode";
import { UI } from "@/lib/ui-text";
import { resolveAnswers } from "@/lib/wizard";

type Params = { answers?: string[] };

// Every reachable step is a file in the static export. In server mode only the start and the first
// question's answers are built ahead; later steps render on first request and are then kept. Any path
// the wizard cannot reach is a 404 (resolve below). No `dynamicParams` export: see the card-company page.

export function generateStaticParams(): Params[] {
  return prerenderParams(wizardStepParams, ({ answers = [] }) => answers.length <= 1);
}

async function resolve(params: Promise<Params>) {
  const { answers = [] } = await params;
  return resolveAnswers(getWizardData(), answers);
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const r = await resolve(params);
  if (!r) return {};
  const title = UI.wizard.stepTitle(r.screen.kind === "question" ? r.screen.question : UI.wizard.diagnosisHeading);
  return {
    title,
    description: UI.wizard.lead,
    alternates: languageAlternates(diagnoseStepHref(r.path)),
    // Only the start is worth a search result; the steps are near-duplicates of each other.
    robots: r.path.length > 0 ? { index: false, follow: true } : undefined,
  };
}

export default async function DiagnosePage({ params }: { params: Promise<Params> }) {
  const r = await resolve(params);
  if (!r) notFound();
  const { wizard } = getWizardData();
  const issuers = listIssuers();
  const chooseIssuer = r.screen.kind === "diagnosis" && r.screen.issuerAsked;
  // In the export the browser fills the chosen company in; a server's page holds every company's version.
  const fill = FILL_IN_BROWSER && chooseIssuer;
  const body = (
    <>
      <WizardProgress answered={r.steps.length} remaining={r.remaining} />
      {r.path.length === 0 ? <p>{UI.wizard.lead}</p> : null}
      {r.screen.kind === "question" ? (
        <QuestionStep screen={r.screen} path={r.path} />
      ) : (
        <DiagnosisView screen={r.screen} issuers={chooseIssuer && !fill ? issuers : null} fill={fill} />
      )}
      <AnswersSoFar steps={r.steps} issuers={issuers} otherIssuerLabel={wizard.issuerQuestion.otherLabel} fill={fill} />
      <WizardLinks path={r.path} />
      {fill ? (
        <CompanyFill ids={issuers.map((i) => i.id)} base={diagnoseStepHref(r.path)} failText={UI.pages.companyParts.loadFailed} />
      ) : null}
    </>
  );
  return <article>{chooseIssuer && !fill ? <IssuerScope issuers={issuers}>{body}</IssuerScope> : body}</article>;
}
