// The interactive figure of a primer, chosen by its data (lib/learn/primers.ts). A server
// component: it only picks the client figure and its initial data, which render on the server first.
import { demoCoinsProblem, demoGmmProblem } from "@/lib/learn/em-trace";
import type { PrimerFigure as Figure } from "@/lib/learn/primers";
import { EmStepper } from "./em-stepper";
import { LikelihoodExplorer } from "./likelihood-explorer";

export function PrimerFigure({ figure }: { figure: Figure }) {
  if (figure.kind === "likelihood") return <LikelihoodExplorer initialModel={figure.model} />;
  return <EmStepper problem={figure.problem === "coins" ? demoCoinsProblem() : demoGmmProblem()} />;
}
