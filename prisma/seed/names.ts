// Names, places and universities for Swedish (Värmland) and Norwegian (Innlandet) demo people.

export interface PeopleCatalogue {
  womenFirst: readonly string[];
  menFirst: readonly string[];
  last: readonly string[];
  /** Municipalities inside the consortium's region. */
  regionMunicipalities: readonly string[];
  /** Places people move to when they leave the region. */
  elsewhere: readonly string[];
  /** [university, weight]; the first is the region's own. */
  universities: readonly (readonly [string, number])[];
  regionalUniversity: string;
  phone: (digits: string) => string;
}

export const SWEDISH: PeopleCatalogue = {
  womenFirst: [
    "Emma", "Maja", "Ida", "Wilma", "Alva", "Ebba", "Julia", "Linnea", "Moa", "Sara", "Hanna",
    "Klara", "Frida", "Matilda", "Amanda", "Johanna", "Sofia", "Tilda", "Lisa", "Emelie", "Felicia",
    "Agnes", "Elsa", "Stina", "Amira", "Leila", "Aisha", "Josefin", "Malin", "Therese",
  ],
  menFirst: [
    "Erik", "Oscar", "Viktor", "Filip", "Gustav", "Axel", "Anton", "Emil", "Jonatan", "Simon",
    "Hampus", "Linus", "Albin", "Isak", "Oliver", "Rasmus", "Johan", "David", "Adam", "Ali",
    "Omar", "Elias", "Ludvig", "Melker", "Samuel", "Sebastian", "Mattias", "Pontus", "Karim", "Niklas",
  ],
  last: [
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
    "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Lindberg",
    "Lindqvist", "Berglund", "Sundberg", "Forsberg", "Nyström", "Holm", "Ek", "Dahl", "Sandberg",
    "Lund", "Björk", "Wikström", "Ahmadi", "Hassan", "Nordin", "Engström", "Fransson", "Lundgren",
    "Hedlund", "Åberg", "Öberg", "Söderberg", "Mohammadi", "Axelsson", "Magnusson", "Olofsson",
  ],
  regionMunicipalities: [
    "Karlstad", "Karlstad", "Karlstad", "Karlstad", "Hammarö", "Arvika", "Kristinehamn", "Säffle",
    "Sunne", "Torsby", "Filipstad", "Kil", "Forshaga", "Grums", "Hagfors", "Årjäng", "Eda",
  ],
  elsewhere: ["Stockholm", "Göteborg", "Uppsala", "Örebro", "Malmö", "Oslo"],
  universities: [
    ["Karlstads universitet", 45],
    ["Uppsala universitet", 8],
    ["Göteborgs universitet", 7],
    ["Örebro universitet", 7],
    ["Stockholms universitet", 6],
    ["Lunds universitet", 5],
    ["Linköpings universitet", 5],
    ["Chalmers tekniska högskola", 4],
    ["KTH Kungliga Tekniska högskolan", 4],
    ["Högskolan Väst", 3],
    ["Mälardalens universitet", 3],
    ["Umeå universitet", 3],
    ["Universitetet i Innlandet", 1],
  ],
  regionalUniversity: "Karlstads universitet",
  phone: (d) => `07${d[0]}-${d.slice(1, 4)} ${d.slice(4, 6)} ${d.slice(6, 8)}`,
};

export const NORWEGIAN: PeopleCatalogue = {
  womenFirst: [
    "Nora", "Emma", "Ingrid", "Sara", "Maja", "Thea", "Ida", "Emilie", "Julie", "Hanna", "Marte",
    "Silje", "Ingeborg", "Kari", "Tuva", "Live", "Vilde", "Amalie", "Hedda", "Astrid", "Mari",
    "Amina", "Guro", "Synne", "Ragnhild", "Åse", "Eline", "Frida", "Sunniva", "Marie",
  ],
  menFirst: [
    "Jakob", "Emil", "Noah", "Oliver", "Filip", "William", "Lucas", "Henrik", "Magnus", "Sander",
    "Markus", "Jonas", "Kristian", "Martin", "Eirik", "Sindre", "Håkon", "Ole", "Anders", "Tobias",
    "Mathias", "Even", "Ahmed", "Vegard", "Torbjørn", "Sigurd", "Aksel", "Jørgen", "Stian", "Yusuf",
  ],
  last: [
    "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
    "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen",
    "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen", "Lund",
    "Sørensen", "Bakken", "Moen", "Solberg", "Strand", "Lunde", "Nygård", "Kristoffersen", "Aas",
    "Rustad", "Sveen", "Øien", "Bråten", "Hovde", "Aasen", "Ali", "Mohamed", "Skaug",
  ],
  regionMunicipalities: [
    "Hamar", "Hamar", "Hamar", "Lillehammer", "Lillehammer", "Gjøvik", "Gjøvik", "Elverum",
    "Kongsvinger", "Ringsaker", "Stange", "Løten", "Østre Toten", "Vestre Toten", "Trysil", "Tynset",
    "Nord-Aurdal", "Øyer",
  ],
  elsewhere: ["Oslo", "Bergen", "Trondheim", "Lillestrøm", "Drammen", "Karlstad"],
  universities: [
    ["Universitetet i Innlandet", 40],
    ["NTNU", 14],
    ["Universitetet i Oslo", 10],
    ["OsloMet – storbyuniversitetet", 8],
    ["Norges miljø- og biovitenskapelige universitet", 6],
    ["Universitetet i Bergen", 5],
    ["Handelshøyskolen BI", 5],
    ["Universitetet i Sørøst-Norge", 4],
    ["UiT Norges arktiske universitet", 3],
    ["Norges Handelshøyskole", 3],
    ["Karlstads universitet", 2],
  ],
  regionalUniversity: "Universitetet i Innlandet",
  phone: (d) => `${"49"[Number(d[0]) % 2]}${d.slice(1, 3)} ${d.slice(3, 5)} ${d.slice(5, 8)}`,
};

