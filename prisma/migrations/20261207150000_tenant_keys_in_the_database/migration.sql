-- Tenancy in the database, all of it (docs/decisions/0038-tenant-foreign-keys.md).
-- Hand-written: Prisma cannot express either part. `npm run db:diff` leaves the *_tenant_key
-- indexes and *_tenant_fkey constraints alone (scripts/db/tenant-constraints.ts).

-- 1. Membership, per command. A person reads their own memberships in every consortium (the
--    consortium picker); adding, changing and removing one happens only inside its consortium.
--    The old single policy's "OR own user" also let a person delete or change their membership
--    rows of another consortium.
DROP POLICY tenant_isolation ON "Membership";
CREATE POLICY membership_read ON "Membership" FOR SELECT
  USING ("consortiumId" = app_current_consortium() OR "userId" = app_current_user());
CREATE POLICY membership_insert ON "Membership" FOR INSERT
  WITH CHECK ("consortiumId" = app_current_consortium());
CREATE POLICY membership_update ON "Membership" FOR UPDATE
  USING ("consortiumId" = app_current_consortium())
  WITH CHECK ("consortiumId" = app_current_consortium());
CREATE POLICY membership_delete ON "Membership" FOR DELETE
  USING ("consortiumId" = app_current_consortium());

-- 2. Child rows point only into their own consortium. Foreign-key checks do not see row-level
--    security, so a single-column key lets a Placement of one consortium name another's Employer.
--    Beside every such key, a composite one: the child's ("consortiumId", column) must match the
--    parent's ("consortiumId", id), over a unique index on the parent. The delete and update
--    rules copy the single-column key's, so nothing changes for rows that were already right.
--    A migration that adds a tenant table calls SELECT app_add_tenant_foreign_keys(); once more;
--    the integration test "every key between tenant tables stays inside one consortium" fails
--    until it does.
CREATE OR REPLACE FUNCTION app_add_tenant_foreign_keys() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  fk record;
  key_name text;
  fk_name text;
  on_delete text;
  on_update text;
  added integer := 0;
BEGIN
  FOR fk IN
    SELECT c.conrelid,
           child.relname AS child, parent.relname AS parent,
           (SELECT attname FROM pg_attribute WHERE attrelid = c.conrelid AND attnum = c.conkey[1]) AS child_col,
           (SELECT attname FROM pg_attribute WHERE attrelid = c.confrelid AND attnum = c.confkey[1]) AS parent_col,
           c.confdeltype, c.confupdtype
      FROM pg_constraint c
      JOIN pg_class child ON child.oid = c.conrelid
      JOIN pg_class parent ON parent.oid = c.confrelid
     WHERE c.contype = 'f'
       AND c.connamespace = 'public'::regnamespace
       AND array_length(c.conkey, 1) = 1
       AND EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = c.conrelid AND attname = 'consortiumId' AND NOT attisdropped)
       AND EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = c.confrelid AND attname = 'consortiumId' AND NOT attisdropped)
     ORDER BY child.relname, c.conname
  LOOP
    key_name := left(fk.parent || '_consortiumId_' || fk.parent_col || '_tenant_key', 63);
    fk_name := left(fk.child || '_' || fk.child_col || '_tenant_fkey', 63);
    IF to_regclass(format('public.%I', key_name)) IS NULL THEN
      EXECUTE format('CREATE UNIQUE INDEX %I ON %I ("consortiumId", %I)', key_name, fk.parent, fk.parent_col);
    END IF;
    CONTINUE WHEN EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = fk.conrelid AND conname = fk_name);
    on_delete := CASE fk.confdeltype
      WHEN 'c' THEN 'CASCADE'
      -- Only the pointing column becomes NULL: the row keeps its consortium (PostgreSQL 15+).
      WHEN 'n' THEN format('SET NULL (%I)', fk.child_col)
      WHEN 'r' THEN 'RESTRICT'
      ELSE 'NO ACTION'
    END;
    on_update := CASE fk.confupdtype WHEN 'c' THEN 'CASCADE' WHEN 'r' THEN 'RESTRICT' ELSE 'NO ACTION' END;
    EXECUTE format(
      'ALTER TABLE %I ADD CONSTRAINT %I FOREIGN KEY ("consortiumId", %I) REFERENCES %I ("consortiumId", %I) ON DELETE %s ON UPDATE %s',
      fk.child, fk_name, fk.child_col, fk.parent, fk.parent_col, on_delete, on_update);
    added := added + 1;
  END LOOP;
  RETURN added;
END $$;

SELECT app_add_tenant_foreign_keys();
