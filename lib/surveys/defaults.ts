import type { Tx } from "../db/tenant";
import type { AudienceName, ChoiceOption, Label, QuestionKindName } from "./types";

// The ready-made questions every consortium's bank starts with. Keys mark them; those listed in
// OUTCOME_KEYS (types.ts) feed the outcomes the steering group sees.
interface DefaultQuestion {
  audience: AudienceName;
  key: string;
  kind: QuestionKindName;
  label: Label;
  options?: ChoiceOption[];
  required?: boolean;
}

const YES: ChoiceOption = { value: "yes", label: { sv: "Ja", nb: "Ja", en: "Yes" } };
const NO: ChoiceOption = { value: "no", label: { sv: "Nej", nb: "Nei", en: "No" } };

export const DEFAULT_QUESTIONS: DefaultQuestion[] = [
  {
    audience: "TRAINEE", key: "residence", kind: "MUNICIPALITY", required: true,
    label: { sv: "I vilken kommun bor du nu?", nb: "Hvilken kommune bor du i nå?", en: "Which municipality do you live in now?" },
  },
  {
    audience: "TRAINEE", key: "works_in_region", kind: "CHOICE", required: true, options: [YES, NO],
    label: { sv: "Arbetar du i regionen?", nb: "Jobber du i regionen?", en: "Do you work in the region?" },
  },
  {
    audience: "TRAINEE", key: "work_municipality", kind: "MUNICIPALITY",
    label: { sv: "Om du arbetar: i vilken kommun?", nb: "Hvis du jobber: i hvilken kommune?", en: "If you work: in which municipality?" },
  },
  {
    audience: "TRAINEE", key: "offered_job", kind: "CHOICE", required: true, options: [YES, NO],
    label: {
      sv: "Fick du erbjudande om anställning hos någon av dina traineearbetsgivare?",
      nb: "Fikk du tilbud om jobb hos en av traineearbeidsgiverne dine?",
      en: "Were you offered a job by one of your trainee employers?",
    },
  },
  {
    audience: "TRAINEE", key: "accepted_offer", kind: "CHOICE", options: [YES, NO],
    label: { sv: "Om du fick ett erbjudande: tackade du ja?", nb: "Hvis du fikk et tilbud: takket du ja?", en: "If you were offered a job: did you accept it?" },
  },
  {
    audience: "TRAINEE", key: "would_have_moved", kind: "CHOICE",
    options: [YES, NO, { value: "already", label: { sv: "Jag bodde redan här", nb: "Jeg bodde her allerede", en: "I already lived here" } }],
    label: {
      sv: "Hade du flyttat hit utan traineeprogrammet?",
      nb: "Ville du ha flyttet hit uten traineeprogrammet?",
      en: "Would you have moved here without the trainee programme?",
    },
  },
  {
    audience: "TRAINEE", key: "scale_courses", kind: "SCALE",
    label: { sv: "De gemensamma utbildningsdagarna var värdefulla för mig.", nb: "Fellessamlingene var verdifulle for meg.", en: "The joint training days were valuable to me." },
  },
  {
    audience: "TRAINEE", key: "scale_network", kind: "SCALE",
    label: { sv: "Programmet gav mig ett nätverk i regionen.", nb: "Programmet ga meg et nettverk i regionen.", en: "The programme gave me a network in the region." },
  },
  {
    audience: "TRAINEE", key: "scale_follow_up", kind: "SCALE",
    label: {
      sv: "Jag fick det stöd och den uppföljning jag behövde under året.",
      nb: "Jeg fikk den støtten og oppfølgingen jeg trengte gjennom året.",
      en: "I got the support and follow-up I needed during the year.",
    },
  },
  {
    audience: "TRAINEE", key: "comment", kind: "TEXT",
    label: { sv: "Vill du berätta något mer för oss?", nb: "Vil du fortelle oss noe mer?", en: "Is there anything else you would like to tell us?" },
  },
  {
    audience: "EMPLOYER", key: "employer_why", kind: "TEXT",
    label: { sv: "Varför är ni med i traineeprogrammet?", nb: "Hvorfor er dere med i traineeprogrammet?", en: "Why do you take part in the trainee programme?" },
  },
  {
    audience: "EMPLOYER", key: "employer_continue", kind: "CHOICE", required: true,
    options: [YES, NO, { value: "undecided", label: { sv: "Vet inte än", nb: "Vet ikke ennå", en: "Undecided" } }],
    label: { sv: "Kommer ni att fortsätta som medlem?", nb: "Kommer dere til å fortsette som medlem?", en: "Will you continue as a member?" },
  },
  {
    audience: "EMPLOYER", key: "employer_offered", kind: "CHOICE", required: true, options: [YES, NO],
    label: { sv: "Erbjöd ni er trainee en anställning?", nb: "Tilbød dere traineen en stilling?", en: "Did you offer your trainee a job?" },
  },
  {
    audience: "EMPLOYER", key: "employer_offer_why", kind: "TEXT",
    label: { sv: "Varför, eller varför inte?", nb: "Hvorfor, eller hvorfor ikke?", en: "Why, or why not?" },
  },
];

/**
 * Creates the ready-made questions a consortium's bank lacks. Idempotent and safe to run twice at
 * once: the unique (consortium, audience, key) makes the second insert of a key do nothing, and a
 * ready-made question the coordinator edited or archived is never touched again.
 */
export async function ensureQuestionBank(tx: Tx, consortiumId: string): Promise<void> {
  const positions = { TRAINEE: 0, EMPLOYER: 0 };
  await tx.surveyQuestion.createMany({
    data: DEFAULT_QUESTIONS.map((q) => ({
      consortiumId,
      audience: q.audience,
      key: q.key,
      kind: q.kind,
      label: q.label,
      options: (q.options ?? []) as unknown as object[],
      required: q.required ?? false,
      position: ++positions[q.audience],
    })),
    skipDuplicates: true,
  });
}
