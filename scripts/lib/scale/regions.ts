// Regions of the scale consortia: Swedish ones for odd numbers, Norwegian ones for even numbers,
// each with its municipalities (the first is the regional centre). A region recurs when there are
// more consortia than regions; the consortium's number tells them apart.
import type { Lang } from "./plan";

export interface Region {
  name: string;
  municipalities: string[];
}

const region = (name: string, list: string): Region => ({ name, municipalities: list.split(", ") });

const SWEDISH: Region[] = [
  region("Dalarna", "Falun, Borlänge, Mora, Ludvika, Avesta, Leksand, Rättvik, Hedemora, Säter, Smedjebacken"),
  region("Gävleborg", "Gävle, Sandviken, Hudiksvall, Bollnäs, Söderhamn, Ljusdal, Ovanåker, Hofors"),
  region("Västernorrland", "Sundsvall, Härnösand, Örnsköldsvik, Kramfors, Sollefteå, Timrå, Ånge"),
  region("Jämtland", "Östersund, Krokom, Åre, Strömsund, Berg, Härjedalen, Bräcke, Ragunda"),
  region("Västerbotten", "Umeå, Skellefteå, Lycksele, Vännäs, Vindeln, Robertsfors, Storuman, Nordmaling"),
  region("Norrbotten", "Luleå, Piteå, Boden, Kiruna, Gällivare, Kalix, Haparanda, Älvsbyn"),
  region("Värmland", "Karlstad, Arvika, Kristinehamn, Säffle, Sunne, Torsby, Hammarö, Filipstad"),
  region("Örebro län", "Örebro, Karlskoga, Kumla, Lindesberg, Hallsberg, Askersund, Nora, Degerfors"),
  region("Västmanland", "Västerås, Köping, Sala, Fagersta, Arboga, Hallstahammar, Surahammar, Norberg"),
  region("Kalmar län", "Kalmar, Västervik, Oskarshamn, Nybro, Vimmerby, Borgholm, Mönsterås, Emmaboda"),
  region("Kronoberg", "Växjö, Ljungby, Älmhult, Alvesta, Tingsryd, Markaryd, Lessebo, Uppvidinge"),
  region("Blekinge", "Karlskrona, Ronneby, Karlshamn, Sölvesborg, Olofström"),
  region("Jönköpings län", "Jönköping, Värnamo, Nässjö, Gislaved, Vetlanda, Tranås, Eksjö, Sävsjö"),
  region("Halland", "Halmstad, Varberg, Falkenberg, Kungsbacka, Laholm, Hylte"),
  region("Skaraborg", "Skövde, Lidköping, Mariestad, Falköping, Skara, Tidaholm, Hjo, Töreboda"),
  region("Sörmland", "Eskilstuna, Nyköping, Katrineholm, Strängnäs, Flen, Oxelösund, Vingåker, Gnesta"),
];

const NORWEGIAN: Region[] = [
  region("Innlandet", "Hamar, Lillehammer, Gjøvik, Elverum, Kongsvinger, Ringsaker, Stange, Løten"),
  region("Trøndelag", "Trondheim, Steinkjer, Levanger, Stjørdal, Namsos, Orkland, Verdal, Malvik"),
  region("Nordland", "Bodø, Narvik, Rana, Vefsn, Vågan, Fauske, Sortland, Brønnøy"),
  region("Troms", "Tromsø, Harstad, Senja, Målselv, Balsfjord, Bardu, Skjervøy, Karlsøy"),
  region("Finnmark", "Alta, Hammerfest, Sør-Varanger, Vadsø, Porsanger, Nordkapp, Vardø, Karasjok"),
  region("Møre og Romsdal", "Ålesund, Molde, Kristiansund, Volda, Ørsta, Sula, Hustadvika, Sunndal"),
  region("Vestland", "Bergen, Sunnfjord, Voss, Stord, Kvinnherad, Sogndal, Ullensvang, Askøy"),
  region("Rogaland", "Stavanger, Sandnes, Haugesund, Sola, Time, Klepp, Eigersund, Karmøy"),
  region("Agder", "Kristiansand, Arendal, Grimstad, Lindesnes, Farsund, Flekkefjord, Lillesand, Vennesla"),
  region("Telemark", "Skien, Porsgrunn, Notodden, Bamble, Kragerø, Midt-Telemark, Tinn, Vinje"),
  region("Vestfold", "Tønsberg, Sandefjord, Larvik, Horten, Holmestrand, Færder"),
  region("Buskerud", "Drammen, Kongsberg, Ringerike, Lier, Modum, Øvre Eiker, Hol, Nesbyen"),
  region("Østfold", "Fredrikstad, Sarpsborg, Moss, Halden, Indre Østfold, Våler, Råde, Rakkestad"),
];

/** Where people move when they leave the region: never one of the regions above. */
export const ELSEWHERE: Record<Lang, string[]> = {
  sv: ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Solna", "Oslo"],
  nb: ["Oslo", "Bærum", "Asker", "Lillestrøm", "Nordre Follo", "Stockholm"],
};

export function regionOf(c: number, lang: Lang): Region {
  const list = lang === "sv" ? SWEDISH : NORWEGIAN;
  return list[Math.floor((c - 1) / 2) % list.length];
}

/** Words for private member companies' names: a prefix and a trade, "Mora Skogsteknik AB". */
export const TRADES: Record<Lang, string[]> = {
  sv: ["Bygg", "Data", "Energi", "Logistik", "Konsult", "Mekaniska", "Skogsteknik", "Fastigheter", "Analys", "Vatten", "Trä", "Revision"],
  nb: ["Bygg", "Data", "Energi", "Logistikk", "Rådgivning", "Mekaniske", "Skogteknikk", "Eiendom", "Analyse", "Vann", "Tre", "Revisjon"],
};
