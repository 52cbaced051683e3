// Member employers of the two demo consortia and the rows they become. The first employer of each
// list is the one the demo employer contact speaks for.
import { randomUUID } from "node:crypto";
import type { FieldKey } from "./fields";
import { day, type Rng } from "./random";
import type { Ctx, SeededEmployer } from "./types";

export interface EmployerSpec {
  name: string;
  sector: "PUBLIC" | "PRIVATE";
  sizeBand: "UNDER_10" | "FROM_10_TO_49" | "FROM_50_TO_149" | "FROM_150_TO_249" | "FROM_250";
  employeeCount: number;
  /** Yearly turnover in millions of the currency (private companies). */
  turnoverMillions?: number;
  municipality: string;
  about: string;
  website?: string;
  memberSince: string;
  status: "ACTIVE" | "PAUSED" | "LEFT";
  memberUntil?: string;
  /** Fields the employer posts trainee roles in, most likely first. */
  fields: FieldKey[];
}

type Tuple = [string, EmployerSpec["sector"], EmployerSpec["sizeBand"], number, string, string, FieldKey[], string, string?];

function list(rows: Tuple[]): EmployerSpec[] {
  return rows.map(([name, sector, sizeBand, employeeCount, municipality, memberSince, fields, about, website]) => ({
    name, sector, sizeBand, employeeCount, municipality, memberSince, fields, about, website, status: "ACTIVE",
    turnoverMillions: sector === "PRIVATE" ? Math.round(employeeCount * 1.3) : undefined,
  }));
}

export const SWEDISH_EMPLOYERS: EmployerSpec[] = list([
  ["Karlstads kommun", "PUBLIC", "FROM_250", 6800, "Karlstad", "2019-01-01", ["planning", "data", "hr", "communication", "environment", "social"], "Värmlands största arbetsgivare med verksamheter från skola och omsorg till stadsbyggnad.", "https://karlstad.se"],
  ["Region Värmland", "PUBLIC", "FROM_250", 8500, "Karlstad", "2019-01-01", ["health", "data", "economics", "hr"], "Ansvarar för hälso- och sjukvård, kollektivtrafik och regional utveckling i Värmland.", "https://www.regionvarmland.se"],
  ["Arvika kommun", "PUBLIC", "FROM_250", 2100, "Arvika", "2019-06-01", ["planning", "economics", "social"], "Kommun i västra Värmland med starkt kulturliv och industri.", "https://www.arvika.se"],
  ["Kristinehamns kommun", "PUBLIC", "FROM_250", 1900, "Kristinehamn", "2020-01-01", ["environment", "law", "planning"], "Kommun vid Vänern med hamn, industri och ett växande besöksliv.", "https://www.kristinehamn.se"],
  ["Hammarö kommun", "PUBLIC", "FROM_250", 1150, "Hammarö", "2020-09-01", ["economics", "communication", "social"], "Växande kommun söder om Karlstad med många barnfamiljer.", "https://www.hammaro.se"],
  ["Säffle kommun", "PUBLIC", "FROM_250", 1200, "Säffle", "2021-01-01", ["hr", "planning"], "Kommun vid Byälven och Vänern med ett aktivt näringsliv.", "https://www.saffle.se"],
  ["Torsby kommun", "PUBLIC", "FROM_250", 1000, "Torsby", "2021-01-01", ["marketing", "social", "economics"], "Norra Värmlands största kommun till ytan, med skog, fjäll och besöksnäring.", "https://torsby.se"],
  ["Länsstyrelsen Värmland", "PUBLIC", "FROM_150_TO_249", 230, "Karlstad", "2022-01-01", ["environment", "law", "planning"], "Statens företrädare i länet: miljö, samhällsplanering och krisberedskap.", "https://www.lansstyrelsen.se/varmland"],
  ["Klarälvens Bygg AB", "PRIVATE", "FROM_50_TO_149", 95, "Karlstad", "2019-01-01", ["construction", "economics"], "Byggföretag med bostads- och lokalprojekt i hela Värmland."],
  ["Värmlandsdata AB", "PRIVATE", "FROM_10_TO_49", 38, "Karlstad", "2020-01-01", ["it", "data"], "IT-konsulter som bygger digitala tjänster åt kommuner och industri."],
  ["Fryksdalens Trä AB", "PRIVATE", "FROM_50_TO_149", 120, "Sunne", "2021-06-01", ["logistics", "engineering"], "Sågverk och trävaruindustri i Fryksdalen."],
  ["Arvika Mekaniska AB", "PRIVATE", "FROM_150_TO_249", 210, "Arvika", "2019-06-01", ["engineering", "logistics", "economics"], "Tillverkar komponenter till fordons- och maskinindustrin."],
  ["Filipstads Bergslagsenergi AB", "PRIVATE", "FROM_50_TO_149", 64, "Filipstad", "2022-01-01", ["engineering", "environment"], "Energibolag med fjärrvärme, elnät och solkraft i Bergslagen."],
  ["Sunne Turism & Konferens AB", "PRIVATE", "FROM_10_TO_49", 28, "Sunne", "2021-01-01", ["marketing"], "Hotell, konferens och upplevelser vid Frykensjöarna."],
  ["Vänerhamn Logistik AB", "PRIVATE", "FROM_10_TO_49", 45, "Kristinehamn", "2020-01-01", ["logistics"], "Hamn- och logistiktjänster vid Vänern."],
]);
SWEDISH_EMPLOYERS[13].status = "PAUSED";
SWEDISH_EMPLOYERS[14].status = "LEFT";
SWEDISH_EMPLOYERS[14].memberUntil = "2025-12-31";

export const NORWEGIAN_EMPLOYERS: EmployerSpec[] = list([
  ["Hamar kommune", "PUBLIC", "FROM_250", 2600, "Hamar", "2020-01-01", ["planning", "data", "hr", "social"], "Innlandets største by med tjenester fra barnehage til byutvikling.", "https://www.hamar.kommune.no"],
  ["Innlandet fylkeskommune", "PUBLIC", "FROM_250", 4200, "Hamar", "2020-01-01", ["planning", "environment", "communication", "economics"], "Ansvarlig for videregående skole, fylkesveier og regional utvikling i Innlandet.", "https://innlandetfylke.no"],
  ["Lillehammer kommune", "PUBLIC", "FROM_250", 2300, "Lillehammer", "2020-06-01", ["economics", "social", "communication"], "OL-byen med et rikt kulturliv og sterke kunnskapsmiljøer.", "https://www.lillehammer.kommune.no"],
  ["Gjøvik kommune", "PUBLIC", "FROM_250", 2000, "Gjøvik", "2021-01-01", ["planning", "law"], "Kommune ved Mjøsa med industri, teknologi og NTNU-campus.", "https://www.gjovik.kommune.no"],
  ["Elverum kommune", "PUBLIC", "FROM_250", 1700, "Elverum", "2021-01-01", ["hr", "health"], "Skogbyen ved Glomma med Forsvaret og høyskolemiljø.", "https://www.elverum.kommune.no"],
  ["Kongsvinger kommune", "PUBLIC", "FROM_250", 1500, "Kongsvinger", "2022-01-01", ["economics", "social"], "Festningsbyen nær svenskegrensen, med korte veier til Oslo.", "https://www.kongsvinger.kommune.no"],
  ["Mjøsbygg AS", "PRIVATE", "FROM_50_TO_149", 110, "Gjøvik", "2020-01-01", ["construction", "economics"], "Entreprenør med bolig- og næringsbygg rundt Mjøsa."],
  ["Mjøsdata AS", "PRIVATE", "FROM_10_TO_49", 34, "Hamar", "2020-06-01", ["it", "data"], "Programvarehus som lager fagsystemer for kommuner og landbruk."],
  ["Glåmdal Tre AS", "PRIVATE", "FROM_150_TO_249", 180, "Kongsvinger", "2021-01-01", ["logistics", "engineering"], "Sagbruk og trelastindustri i Glåmdalen."],
  ["Elverum Skogteknikk AS", "PRIVATE", "FROM_10_TO_49", 22, "Elverum", "2022-01-01", ["engineering", "environment"], "Utvikler digitale verktøy og maskiner for skogbruket."],
  ["Lillehammer Reiseliv og Event AS", "PRIVATE", "FROM_10_TO_49", 40, "Lillehammer", "2021-06-01", ["marketing"], "Arrangerer konferanser, idrettsarrangementer og opplevelser."],
  ["Innlandet Energi og Nett AS", "PRIVATE", "FROM_150_TO_249", 240, "Gjøvik", "2020-01-01", ["engineering", "data", "economics"], "Kraftproduksjon og strømnett for Innlandet."],
]);
NORWEGIAN_EMPLOYERS[10].status = "PAUSED";

/** Swedish organisationsnummer NNNNNN-NNNN with a valid Luhn check digit. */
function swedishOrgNumber(rng: Rng, sector: EmployerSpec["sector"]): string {
  const body = sector === "PUBLIC" ? `212000${rng.chars(3, "0123456789")}` : `556${rng.chars(6, "0123456789")}`;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const product = Number(body[i]) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  const digits = body + ((10 - (sum % 10)) % 10);
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}

/** Norwegian organisasjonsnummer "NNN NNN NNN" with a valid modulus-11 check digit. */
function norwegianOrgNumber(rng: Rng): string {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const body = `9${rng.chars(7, "0123456789")}`;
    const sum = weights.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check === 10) continue;
    const digits = body + check;
    return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
  }
}

/** Adds the consortium's employers to the rows and returns them in list order. */
export function buildEmployers(ctx: Ctx): SeededEmployer[] {
  const seen = new Set<string>();
  return ctx.spec.employers.map((spec, index) => {
    let orgNumber: string;
    do {
      orgNumber = ctx.spec.country === "SE" ? swedishOrgNumber(ctx.rng, spec.sector) : norwegianOrgNumber(ctx.rng);
    } while (seen.has(orgNumber));
    seen.add(orgNumber);
    const id = randomUUID();
    ctx.rows.employers.push({
      id,
      consortiumId: ctx.consortiumId,
      name: spec.name,
      orgNumber,
      sector: spec.sector,
      sizeBand: spec.sizeBand,
      employeeCount: spec.employeeCount,
      // millions × 1,000,000 units × 100 minor units
      turnoverMinor: spec.turnoverMillions === undefined ? null : BigInt(spec.turnoverMillions) * 100_000_000n,
      municipality: spec.municipality,
      about: spec.about,
      website: spec.website ?? null,
      memberSince: day(spec.memberSince),
      memberUntil: spec.memberUntil ? day(spec.memberUntil) : null,
      status: spec.status,
      // Distinct creation times keep "the first employer" first when sorted by creation.
      createdAt: new Date(day(spec.memberSince).getTime() + index * 3_600_000),
    });
    return { id, spec };
  });
}

/** Whether an employer was a member on a given day (it may post and host trainees). */
export function memberOn(employer: SeededEmployer, date: Date): boolean {
  const since = day(employer.spec.memberSince).getTime();
  const until = employer.spec.memberUntil ? day(employer.spec.memberUntil).getTime() : Infinity;
  return since <= date.getTime() && date.getTime() <= until;
}
