// Session-local helpers for the bulk SQL: a deterministic random number per (row key, salt), and
// temp tables with each consortium's word lists, each campaign's calendar and each cohort's
// possible host employers. They vanish with the connection.
import type { Client } from "pg";
import { FIELD_WEIGHTS, FIELDS } from "../../../prisma/seed/fields";
import { CHECKIN_NOTES, COVER_CLOSINGS, COVER_MIDDLES, COVER_OPENINGS, DROPOUT_REASONS, EVALUATION_COMMENTS } from "../../../prisma/seed/texts";
import { askedInWave, type WaveName } from "../../../lib/surveys/types";
import { cc, ids } from "./plan";
import { ELSEWHERE } from "./regions";
import { insertRows, type Row } from "./insert";
import { catalogueOf, questionRows, type ScaleConsortium } from "./registry-members";

const FUNCTIONS = `
  -- A float in [0, 1) from a row's key and a salt: the same inputs give the same value on every run.
  CREATE FUNCTION pg_temp.rnd(key bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT ((hashint8extended(key, salt) >> 11) & 9007199254740991)::float8 / 9007199254740992 $$;
  CREATE FUNCTION pg_temp.pick(items anyarray, key bigint, salt int) RETURNS anyelement LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT items[1 + floor(pg_temp.rnd(key, salt) * cardinality(items))::int] $$;
  CREATE FUNCTION pg_temp.fold(name text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT replace(translate(lower(name), 'åäöøéüá -', 'aaooeua..'), 'æ', 'ae') $$;`;

const TABLES = `
  CREATE TEMP TABLE cat (c int PRIMARY KEY, cc text, cid text, lang text, women text[], men text[], last text[], universities text[],
    regional text, munis text[], elsewhere text[], fields text[], cover1 text[], cover2 text[], cover3 text[], comments text[],
    dropout text, shared text[], private text[], coord_user text, coord_member text, q_end jsonb, q_later jsonb);
  CREATE TEMP TABLE camp (c int, k int, y int, cid text, id text, cohort text, opens timestamp(3), closes timestamp(3),
    hired timestamp(3), finished timestamp(3), start date, finish date, postings int, apps int, first int, PRIMARY KEY (c, k));
  CREATE TEMP TABLE hosts (c int, y int, n int, employer text, PRIMARY KEY (c, y, n));`;

const weighted = <T>(pairs: readonly (readonly [T, number])[]) => pairs.flatMap(([value, weight]) => Array<T>(weight).fill(value));

/** The questions a trainee survey of a wave is sent with, as snapshotQuestions copies them. */
function snapshot(k: ScaleConsortium, wave: WaveName) {
  return questionRows(k)
    .filter((q) => q.audience === "TRAINEE" && askedInWave(q.key as string, wave))
    .map((q) => ({ id: q.id, key: q.key, kind: q.kind, label: q.label, options: q.options, required: q.required }));
}

function catalogueRow(k: ScaleConsortium): Row {
  const people = catalogueOf(k.lang);
  return {
    c: k.c, cc: cc(k.c), cid: k.id, lang: k.lang, women: people.womenFirst, men: people.menFirst, last: people.last,
    universities: weighted(people.universities), regional: people.regionalUniversity, munis: k.municipalities, elsewhere: ELSEWHERE[k.lang],
    fields: weighted(FIELD_WEIGHTS).map((f) => FIELDS[f][k.lang].label), cover1: COVER_OPENINGS[k.lang], cover2: COVER_MIDDLES[k.lang],
    cover3: COVER_CLOSINGS[k.lang], comments: EVALUATION_COMMENTS[k.lang], dropout: DROPOUT_REASONS[k.lang],
    shared: CHECKIN_NOTES[k.lang].shared, private: CHECKIN_NOTES[k.lang].private, coord_user: ids.staffUser(k.c, "coordinator"),
    coord_member: ids.staffMembership(k.c, "coordinator"), q_end: snapshot(k, "END"), q_later: snapshot(k, "YEAR_1"),
  };
}

export async function createCatalogue(client: Client, consortia: ScaleConsortium[], camp: Row[], hosts: Row[]): Promise<void> {
  await client.query(FUNCTIONS);
  await client.query(TABLES);
  await insertRows(client, "cat", consortia.map(catalogueRow));
  await insertRows(client, "camp", camp);
  await insertRows(client, "hosts", hosts);
  await client.query("ANALYZE cat; ANALYZE camp; ANALYZE hosts");
}
