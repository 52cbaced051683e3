-- Row-level security: the database's own wall between consortia, behind the app's queries.
-- The app connects as a role that owns no table, so FORCE is belt and braces for a non-superuser
-- owner. Each request sets app.consortium_id (and app.user_id) with set_config(..., true), which
-- lasts only for its transaction. Without a setting, no tenant row is visible.

CREATE OR REPLACE FUNCTION app_current_consortium() RETURNS text
  LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.consortium_id', true), '') $$;

CREATE OR REPLACE FUNCTION app_current_user() RETURNS text
  LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.user_id', true), '') $$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'Invitation', 'Employer', 'Cohort', 'Campaign', 'Posting', 'Applicant', 'Application',
    'ApplicationPreference', 'ApplicationShare', 'Evaluation', 'InterviewSlot', 'Offer', 'Trainee',
    'Placement', 'Gathering', 'Attendance', 'MentorAssignment', 'CheckIn', 'FollowUp', 'FeeRule',
    'BillableEvent', 'InvoiceLine', 'AuditEvent'
  ] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING ("consortiumId" = app_current_consortium()) '
      'WITH CHECK ("consortiumId" = app_current_consortium())', t);
  END LOOP;
END $$;

-- A person sees their own memberships in every consortium (to pick one), and a consortium's
-- memberships only inside that consortium.
ALTER TABLE "Membership" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Membership" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Membership"
  USING ("consortiumId" = app_current_consortium() OR "userId" = app_current_user())
  WITH CHECK ("consortiumId" = app_current_consortium());

-- The outbox: the app may add mail for its tenant or mail of no tenant (sign-in links) but reads
-- back only its tenant's; the mail worker runs as the owner.
ALTER TABLE "OutboxEmail" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OutboxEmail" FORCE ROW LEVEL SECURITY;
CREATE POLICY outbox_insert ON "OutboxEmail" FOR INSERT
  WITH CHECK ("consortiumId" IS NULL OR "consortiumId" = app_current_consortium());
CREATE POLICY outbox_tenant ON "OutboxEmail" FOR SELECT
  USING ("consortiumId" = app_current_consortium());
