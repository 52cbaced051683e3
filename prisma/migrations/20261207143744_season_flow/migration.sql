-- Name search (decision 0028): trigram matching on a folded copy of name and address, so that
-- "asa" finds "Åsa" and "malin moh" finds "Malin Mohammadi". Both extensions ship with PostgreSQL
-- (contrib) and are "trusted": a database owner may create them without being a superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent(text) is only STABLE (its dictionary could change); naming the dictionary makes the
-- result fixed, which lets queries and the trigger below share one definition.
CREATE OR REPLACE FUNCTION kohort_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

-- AlterTable
ALTER TABLE "Applicant" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "lastVisitAt" TIMESTAMP(3),
ADD COLUMN     "previousVisitAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "answerBy" DATE,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "applicationId" TEXT;

-- CreateTable
CREATE TABLE "ApplicationNote" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "authorUserId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ApplicationNote_consortiumId_applicationId_createdAt_idx" ON "ApplicationNote"("consortiumId", "applicationId", "createdAt");

-- CreateIndex
CREATE INDEX "Applicant_searchText_idx" ON "Applicant" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "OutboxEmail_consortiumId_applicationId_idx" ON "OutboxEmail"("consortiumId", "applicationId");

-- AddForeignKey
ALTER TABLE "ApplicationNote" ADD CONSTRAINT "ApplicationNote_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The folded text is kept by the database itself, so every writer (the app, the seed, imports,
-- erasure) keeps it right without knowing about it.
CREATE OR REPLACE FUNCTION applicant_search_text() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := kohort_fold(concat_ws(' ', NEW."firstName", NEW."lastName", NEW.email));
  RETURN NEW;
END $$;

CREATE TRIGGER applicant_search_text BEFORE INSERT OR UPDATE OF "firstName", "lastName", email ON "Applicant"
  FOR EACH ROW EXECUTE FUNCTION applicant_search_text();

UPDATE "Applicant" SET "searchText" = kohort_fold(concat_ws(' ', "firstName", "lastName", email));

-- Internal notes belong to their consortium like every other tenant table.
ALTER TABLE "ApplicationNote" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ApplicationNote" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ApplicationNote"
  USING ("consortiumId" = app_current_consortium())
  WITH CHECK ("consortiumId" = app_current_consortium());
