// Fields of work/study with their labels, posting titles and a line about the work, in Swedish
// and Norwegian (bokmål). Postings, applicants and trainees share these labels so that the
// steering group's breakdown by field groups them.

export type Lang = "sv" | "nb";

export type FieldKey =
  | "planning" | "data" | "it" | "economics" | "hr" | "communication" | "environment"
  | "engineering" | "construction" | "logistics" | "law" | "social" | "health" | "marketing";

interface FieldText {
  label: string;
  title: string;
  work: string;
}

export const FIELDS: Record<FieldKey, Record<Lang, FieldText>> = {
  planning: {
    sv: { label: "Samhällsplanering", title: "Trainee inom samhällsplanering", work: "detaljplaner, översiktsplanering och dialog med invånare och näringsliv" },
    nb: { label: "Samfunnsplanlegging", title: "Trainee innen samfunnsplanlegging", work: "reguleringsplaner, kommuneplanens samfunnsdel og medvirkning med innbyggere og næringsliv" },
  },
  data: {
    sv: { label: "Data och analys", title: "Trainee – data och analys", work: "uppföljning, statistik och beslutsunderlag byggda på verksamhetens data" },
    nb: { label: "Data og analyse", title: "Trainee – data og analyse", work: "styringsdata, statistikk og beslutningsgrunnlag bygget på virksomhetens data" },
  },
  it: {
    sv: { label: "Systemutveckling", title: "Trainee inom systemutveckling", work: "utveckling och förvaltning av digitala tjänster tillsammans med erfarna utvecklare" },
    nb: { label: "Systemutvikling", title: "Trainee innen systemutvikling", work: "utvikling og forvaltning av digitale tjenester sammen med erfarne utviklere" },
  },
  economics: {
    sv: { label: "Ekonomi", title: "Trainee inom ekonomi och controlling", work: "budget, prognoser, bokslut och ekonomisk analys" },
    nb: { label: "Økonomi", title: "Trainee innen økonomi", work: "budsjett, prognoser, regnskap og økonomisk analyse" },
  },
  hr: {
    sv: { label: "HR och personal", title: "Trainee inom HR och kompetensförsörjning", work: "rekrytering, arbetsmiljö och kompetensförsörjning" },
    nb: { label: "HR og personal", title: "Trainee innen HR og rekruttering", work: "rekruttering, arbeidsmiljø og kompetanseutvikling" },
  },
  communication: {
    sv: { label: "Kommunikation", title: "Trainee inom kommunikation", work: "webb, sociala medier, pressarbete och intern kommunikation" },
    nb: { label: "Kommunikasjon", title: "Trainee innen kommunikasjon", work: "nettsider, sosiale medier, mediekontakt og intern kommunikasjon" },
  },
  environment: {
    sv: { label: "Miljö och hållbarhet", title: "Trainee inom miljö och hållbarhet", work: "klimatstrategi, miljötillsyn och hållbarhetsredovisning" },
    nb: { label: "Miljø og bærekraft", title: "Trainee innen klima og miljø", work: "klimaplan, miljøtilsyn og bærekraftsrapportering" },
  },
  engineering: {
    sv: { label: "Teknik och ingenjörsvetenskap", title: "Trainee – ingenjör inom produktutveckling", work: "konstruktion, produktutveckling och förbättringsarbete i produktionen" },
    nb: { label: "Teknologi og ingeniørfag", title: "Trainee – ingeniør innen produktutvikling", work: "konstruksjon, produktutvikling og forbedringsarbeid i produksjonen" },
  },
  construction: {
    sv: { label: "Bygg och fastighet", title: "Trainee inom bygg och projektledning", work: "projektledning, kalkyl och uppföljning av bygg- och fastighetsprojekt" },
    nb: { label: "Bygg og eiendom", title: "Trainee innen bygg og prosjektledelse", work: "prosjektledelse, kalkyle og oppfølging av bygg- og eiendomsprosjekter" },
  },
  logistics: {
    sv: { label: "Logistik och produktion", title: "Trainee inom logistik och produktion", work: "produktionsplanering, inköp och flöden genom lager och fabrik" },
    nb: { label: "Logistikk og produksjon", title: "Trainee innen logistikk og produksjon", work: "produksjonsplanlegging, innkjøp og vareflyt gjennom lager og fabrikk" },
  },
  law: {
    sv: { label: "Juridik och upphandling", title: "Trainee inom upphandling och juridik", work: "offentlig upphandling, avtal och förvaltningsrätt" },
    nb: { label: "Juss og anskaffelser", title: "Trainee innen anskaffelser og juss", work: "offentlige anskaffelser, avtaler og forvaltningsrett" },
  },
  social: {
    sv: { label: "Socialt arbete och välfärd", title: "Trainee inom välfärdsutveckling", work: "utveckling av socialtjänst, skola och omsorg tillsammans med verksamheterna" },
    nb: { label: "Sosialfag og velferd", title: "Trainee innen velferdsutvikling", work: "utvikling av helse- og velferdstjenester sammen med fagmiljøene" },
  },
  health: {
    sv: { label: "Hälsa och vård", title: "Trainee inom hälso- och sjukvårdens verksamhetsutveckling", work: "verksamhetsutveckling, kvalitet och patientsäkerhet i vården" },
    nb: { label: "Helse og omsorg", title: "Trainee innen helse og tjenesteutvikling", work: "tjenesteutvikling, kvalitet og pasientsikkerhet i helsetjenesten" },
  },
  marketing: {
    sv: { label: "Marknadsföring och besöksnäring", title: "Trainee inom marknadsföring och besöksnäring", work: "marknadsföring, evenemang och utveckling av besöksmål" },
    nb: { label: "Markedsføring og reiseliv", title: "Trainee innen markedsføring og reiseliv", work: "markedsføring, arrangementer og utvikling av reisemål" },
  },
};

/** How common each field is among applicants (business and tech draw the most). */
export const FIELD_WEIGHTS: readonly (readonly [FieldKey, number])[] = [
  ["economics", 16], ["data", 10], ["it", 10], ["hr", 8], ["communication", 8], ["planning", 7],
  ["environment", 7], ["engineering", 9], ["construction", 5], ["logistics", 5], ["law", 5],
  ["social", 5], ["health", 3], ["marketing", 4],
];

/** The posting text, in the consortium's language. */
export function postingDescription(
  lang: Lang,
  field: FieldKey,
  employer: string,
  municipality: string,
  consortium: string,
  level: "BACHELOR" | "MASTER" | "PHD",
): string {
  const work = FIELDS[field][lang].work;
  // "Ekonomi" → "ekonomi", but "HR och personal" keeps its acronym.
  const label = FIELDS[field][lang].label.replace(/^(\p{Lu})(?!\p{Lu})/u, (c) => c.toLowerCase());
  // "Karlstads kommun i Karlstad" says the place twice.
  const where = employer.includes(municipality) ? employer : `${employer} i ${municipality}`;
  if (lang === "sv") {
    const degree = level === "BACHELOR" ? "kandidatexamen" : level === "MASTER" ? "masterexamen" : "doktorsexamen";
    return [
      `Som trainee hos ${where} arbetar du med ${work}.`,
      `Du får en handledare på arbetsplatsen och ingår i ${consortium}s gemensamma program med ledarskapsutbildning, företagsbesök och en fadder från förra årets grupp.`,
      `Vi söker dig som har eller snart tar en ${degree} inom ${label} eller närliggande område och vill bygga din karriär i Värmland.`,
    ].join(" ");
  }
  const degree = level === "BACHELOR" ? "bachelorgrad" : level === "MASTER" ? "mastergrad" : "doktorgrad";
  return [
    `Som trainee i ${where} jobber du med ${work}.`,
    `Du får en fast veileder på arbeidsplassen og er med i ${consortium}s felles program med lederutvikling, bedriftsbesøk og en fadder fra fjorårets kull.`,
    `Vi ser etter deg som har eller snart fullfører en ${degree} innen ${label} eller beslektet fag, og som vil bygge karrieren din i Innlandet.`,
  ].join(" ");
}
