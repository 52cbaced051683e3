// Free text of the demo data (campaign rules, cover letters, notes, reasons), per language.
import type { Lang } from "./fields";

type Trilingual = { sv: string; nb: string; en: string };

export const RATING_CRITERIA: { key: string; label: Trilingual }[] = [
  { key: "motivation", label: { sv: "Motivation", nb: "Motivasjon", en: "Motivation" } },
  { key: "competence", label: { sv: "Utbildning och kompetens", nb: "Utdanning og kompetanse", en: "Education and skills" } },
  { key: "collaboration", label: { sv: "Samarbetsförmåga", nb: "Samarbeidsevne", en: "Collaboration" } },
];

export function consentText(consortium: string, retentionMonths: number): Trilingual {
  return {
    sv: `Jag samtycker till att ${consortium} behandlar mina personuppgifter, inklusive min video och mitt CV, för att hantera min ansökan till traineeprogrammet. Uppgifterna visas bara för samordnaren och de medlemsarbetsgivare jag söker till och raderas senast ${retentionMonths} månader efter att ansökningsperioden stängt, om jag inte anställs. Jag kan när som helst se, ladda ner eller radera mina uppgifter och återkalla mitt samtycke.`,
    nb: `Jeg samtykker til at ${consortium} behandler personopplysningene mine, inkludert video og CV, for å behandle søknaden min til traineeprogrammet. Opplysningene vises bare for koordinatoren og medlemsbedriftene jeg søker til, og slettes senest ${retentionMonths} måneder etter at søknadsfristen har gått ut dersom jeg ikke blir ansatt. Jeg kan når som helst se, laste ned eller slette opplysningene mine og trekke tilbake samtykket.`,
    en: `I consent to ${consortium} processing my personal data, including my video and CV, to handle my application to the trainee programme. The data is shown only to the coordinator and the member employers I apply to, and is erased no later than ${retentionMonths} months after the application period closes unless I am hired. I can see, download or erase my data and withdraw my consent at any time.`,
  };
}

export const COVER_OPENINGS: Record<Lang, readonly string[]> = {
  sv: [
    "Jag söker till traineeprogrammet för att jag vill börja min yrkesbana i en region där jag kan göra skillnad.",
    "Under min utbildning har jag blivit alltmer intresserad av hur offentlig sektor och näringsliv kan samarbeta.",
    "Efter mina studier vill jag gärna stanna i Värmland och hitta ett arbete där jag får växa.",
    "Jag har följt programmet sedan en vän gick det och tror att det passar mig mycket bra.",
  ],
  nb: [
    "Jeg søker traineeprogrammet fordi jeg vil starte yrkeslivet i en region der jeg kan bidra.",
    "Gjennom studiene har jeg blitt stadig mer interessert i samspillet mellom offentlig sektor og næringslivet.",
    "Etter studiene vil jeg gjerne bli i Innlandet og finne en jobb der jeg får utvikle meg.",
    "Jeg har fulgt programmet siden en venn var trainee, og tror det passer meg svært godt.",
  ],
};

export const COVER_MIDDLES: Record<Lang, readonly string[]> = {
  sv: [
    "I mitt examensarbete analyserade jag hur mindre kommuner kan dela på specialistkompetens.",
    "Vid sidan av studierna har jag arbetat extra inom handel och varit aktiv i kårstyrelsen.",
    "Jag trivs i team, tar gärna ansvar och tycker om att lösa problem tillsammans med andra.",
    "Min praktik gav mig erfarenhet av projektarbete och av att presentera resultat för beslutsfattare.",
  ],
  nb: [
    "I masteroppgaven min så jeg på hvordan mindre kommuner kan dele på spesialkompetanse.",
    "Ved siden av studiene har jeg jobbet deltid i varehandelen og vært aktiv i studentrådet.",
    "Jeg trives i team, tar gjerne ansvar og liker å løse problemer sammen med andre.",
    "Praksisperioden ga meg erfaring med prosjektarbeid og med å legge fram resultater for ledere.",
  ],
};

export const COVER_CLOSINGS: Record<Lang, readonly string[]> = {
  sv: [
    "Jag ser fram emot att berätta mer på en intervju.",
    "Rotationen mellan arbetsgivare lockar mig särskilt, eftersom jag vill se flera verksamheter.",
    "Jag hoppas få möjlighet att bidra och lära mig mer hos er.",
  ],
  nb: [
    "Jeg ser fram til å fortelle mer i et intervju.",
    "Rotasjonen mellom arbeidsgivere frister spesielt, fordi jeg vil se flere virksomheter fra innsiden.",
    "Jeg håper å få muligheten til å bidra og lære mer hos dere.",
  ],
};

export const EVALUATION_COMMENTS: Record<Lang, readonly string[]> = {
  sv: ["Stark motivation och tydlig koppling till regionen.", "Bra video, relevant examensarbete.", "Lite tunn erfarenhet men lovande.", "Passar väl för rollen hos oss."],
  nb: ["Sterk motivasjon og tydelig tilknytning til regionen.", "God video, relevant masteroppgave.", "Litt tynn erfaring, men lovende.", "Passer godt til stillingen hos oss."],
};

export const DROPOUT_REASONS: Record<Lang, string> = {
  sv: "Fick en fast tjänst i Stockholm och flyttade i februari.",
  nb: "Fikk fast stilling i Oslo og flyttet i februar.",
};

export const CHECKIN_NOTES: Record<Lang, { shared: readonly string[]; private: readonly string[] }> = {
  sv: {
    shared: [
      "Bra start. Har kommit in i arbetsgruppen och har ett första eget uppdrag.",
      "Trivs bra, vill gärna få mer kontakt med andra enheter.",
      "Introduktionen gick bra; handledaren och traineen träffas varannan vecka.",
    ],
    private: [
      "Nämnde att boendet är tillfälligt; följ upp i december.",
      "Lite osäker på arbetsuppgifterna, tala med handledaren.",
      "Inga bekymmer just nu.",
    ],
  },
  nb: {
    shared: [
      "God start. Har kommet inn i arbeidsgruppen og har fått sitt første egne oppdrag.",
      "Trives godt, ønsker mer kontakt med andre avdelinger.",
      "Introduksjonen gikk fint; veileder og trainee møtes annenhver uke.",
    ],
    private: [
      "Nevnte at boligen er midlertidig; følg opp i desember.",
      "Litt usikker på arbeidsoppgavene, ta det opp med veileder.",
      "Ingen bekymringer nå.",
    ],
  },
};

export const FOLLOW_UP_COMMENTS: Record<Lang, readonly string[]> = {
  sv: ["Programmet gav mig ett nätverk i hela länet.", "Rotationen var det bästa med året.", "Jag hade gärna haft fler gemensamma träffar."],
  nb: ["Programmet ga meg et nettverk i hele fylket.", "Rotasjonen var det beste med året.", "Jeg skulle gjerne hatt flere samlinger."],
};

export interface GatheringText {
  title: string;
  agenda: string;
}

export const GATHERINGS: Record<Lang, { course: GatheringText; visit: GatheringText; social: GatheringText; leadership: GatheringText }> = {
  sv: {
    course: { title: "Uppstart: introduktion och gruppdynamik", agenda: "Välkomna, presentation av programmet, övningar i grupp och middag." },
    visit: { title: "Företagsbesök i Arvika", agenda: "Rundvandring i produktionen, samtal med ledningen och tidigare traineer." },
    social: { title: "Julfika med fadderna", agenda: "Fika och frågesport tillsammans med förra årets traineer." },
    leadership: { title: "Ledarskapskurs del 1: att leda sig själv", agenda: "Två dagar med extern kursledare: självledarskap, feedback och kommunikation." },
  },
  nb: {
    course: { title: "Oppstart: introduksjon og gruppedynamikk", agenda: "Velkommen, presentasjon av programmet, gruppeoppgaver og middag." },
    visit: { title: "Bedriftsbesøk på Gjøvik", agenda: "Omvisning i produksjonen, samtale med ledelsen og tidligere traineer." },
    social: { title: "Julebord med fadderne", agenda: "Middag og quiz sammen med fjorårets traineer." },
    leadership: { title: "Lederutvikling del 1: å lede seg selv", agenda: "To dager med ekstern kursleder: selvledelse, tilbakemelding og kommunikasjon." },
  },
};
