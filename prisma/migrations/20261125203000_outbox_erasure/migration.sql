-- Erasure (retention job, "delete my account") also removes the mail sent to the person: the app
-- may delete its own tenant's outbox rows, never another consortium's or those of no tenant.
CREATE POLICY outbox_erase ON "OutboxEmail" FOR DELETE
  USING ("consortiumId" = app_current_consortium());
