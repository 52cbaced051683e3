import type { AppLocale } from "../i18n/routing";
import type { TraineeColumn } from "./columns";

// The words a spreadsheet of earlier years may use, in Swedish, Norwegian bokmål and English: old
// reports were kept in the programme's language, so "kvinna", "kvinne" and "woman" all mean the
// same. Compared trimmed and case-insensitively; an empty cell means "not known" wherever that is
// a value (docs/decisions/0033-import-as-people-have-it.md).

export type Word = { en: string; sv: string[]; nb: string[] };

/** Per value: the English word (the canonical one), then what sv and nb spreadsheets write. */
export const WORDS = {
  gender: {
    WOMAN: { en: "woman", sv: ["kvinna"], nb: ["kvinne"] },
    MAN: { en: "man", sv: ["man"], nb: ["mann"] },
    OTHER: { en: "other", sv: ["annat", "annan"], nb: ["annet", "annen"] },
    UNDISCLOSED: { en: "unknown", sv: ["okänt", "okänd", "vill ej ange"], nb: ["ukjent", "vil ikke oppgi"] },
  },
  education_level: {
    BACHELOR: { en: "bachelor", sv: ["kandidat", "kandidatexamen"], nb: ["bachelorgrad"] },
    MASTER: { en: "master", sv: ["magister", "masterexamen"], nb: ["mastergrad"] },
    PHD: { en: "phd", sv: ["doktor", "doktorsexamen"], nb: ["ph.d.", "doktorgrad"] },
    UNKNOWN: { en: "unknown", sv: ["okänd", "okänt"], nb: ["ukjent"] },
  },
  ties: {
    GREW_UP: { en: "grew_up", sv: ["uppvuxen"], nb: ["oppvokst"] },
    STUDIED: { en: "studied", sv: ["studerat"], nb: ["studert"] },
    PARTNER_FAMILY: { en: "partner_family", sv: ["partner_familj"], nb: ["partner_familie"] },
    NONE: { en: "none", sv: ["ingen"], nb: ["ingen"] },
    UNKNOWN: { en: "unknown", sv: ["okänd", "okänt"], nb: ["ukjent"] },
  },
  employer_sector: {
    PRIVATE: { en: "private", sv: ["privat"], nb: ["privat"] },
    PUBLIC: { en: "public", sv: ["offentlig"], nb: ["offentlig"] },
  },
  yes_no: {
    YES: { en: "yes", sv: ["ja"], nb: ["ja"] },
    NO: { en: "no", sv: ["nej"], nb: ["nei"] },
    UNKNOWN: { en: "unknown", sv: ["okänt", "okänd", "vet ej"], nb: ["ukjent", "vet ikke"] },
  },
} as const satisfies Record<string, Record<string, Word>>;

export type WordList = keyof typeof WORDS;

/** The word list a column reads. */
export function wordListOf(column: TraineeColumn): WordList | null {
  if (column === "gender" || column === "education_level" || column === "ties" || column === "employer_sector") return column;
  if (["completed", "offered_job", "accepted_offer", "in_region_end", "in_region_1y", "in_region_3y"].includes(column)) return "yes_no";
  return null;
}

const lookup = new Map<WordList, Map<string, string>>(
  (Object.keys(WORDS) as WordList[]).map((list) => [
    list,
    new Map(Object.entries(WORDS[list] as Record<string, Word>).flatMap(([value, w]) => [w.en, ...w.sv, ...w.nb].map((word) => [word.toLocaleLowerCase("sv"), value] as const))),
  ]),
);

/** The value a word stands for in any of the three languages, or undefined. */
export function valueOfWord(list: WordList, word: string): string | undefined {
  return lookup.get(list)!.get(word.trim().toLocaleLowerCase("sv"));
}

/** The words of a list in one language, as an error message and the template show them. */
export function wordsIn(list: WordList, locale: AppLocale): string[] {
  return Object.values(WORDS[list] as Record<string, Word>).map((w) => (locale === "en" ? w.en : w[locale][0]));
}

/** Column names in the user's language (templates), all accepted in a header beside the English ones. */
export const COLUMN_NAMES: Record<"sv" | "nb", Record<string, string>> = {
  sv: {
    cohort: "kull", cohort_start: "kull_start", cohort_end: "kull_slut", trainee_name: "namn", trainee_email: "epost", gender: "kön",
    education_level: "utbildningsnivå", field: "utbildningsområde", ties: "band_till_regionen", employer: "arbetsgivare",
    employer_org_number: "organisationsnummer", employer_sector: "sektor", completed: "fullföljde", offered_job: "erbjöds_jobb",
    accepted_offer: "tackade_ja", in_region_end: "i_regionen_vid_slut", in_region_1y: "i_regionen_efter_1_år", in_region_3y: "i_regionen_efter_3_år",
    applicants: "sökande", places: "platser", applicants_outside_region: "sökande_utanför_regionen", interviewed: "intervjuade",
  },
  nb: {
    cohort: "kull", cohort_start: "kull_start", cohort_end: "kull_slutt", trainee_name: "navn", trainee_email: "epost", gender: "kjønn",
    education_level: "utdanningsnivå", field: "fagfelt", ties: "tilknytning_til_regionen", employer: "arbeidsgiver",
    employer_org_number: "organisasjonsnummer", employer_sector: "sektor", completed: "fullførte", offered_job: "tilbudt_jobb",
    accepted_offer: "takket_ja", in_region_end: "i_regionen_ved_slutt", in_region_1y: "i_regionen_etter_1_år", in_region_3y: "i_regionen_etter_3_år",
    applicants: "søkere", places: "plasser", applicants_outside_region: "søkere_utenfor_regionen", interviewed: "intervjuet",
  },
};

/** The column a header cell names, in any language (canonical English name), or the header as written. */
export function canonicalColumn(header: string): string {
  const name = header.trim().toLocaleLowerCase("sv").replace(/\s+/g, "_");
  for (const names of Object.values(COLUMN_NAMES)) {
    const found = Object.entries(names).find(([, local]) => local === name);
    if (found) return found[0];
  }
  return name;
}

/** A column's name as the template in `locale` writes it. */
export const columnName = (column: string, locale: AppLocale) => (locale === "en" ? column : (COLUMN_NAMES[locale][column] ?? column));
