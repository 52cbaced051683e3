-- CreateIndex
CREATE INDEX "Application_interviewSlotId_idx" ON "Application"("interviewSlotId");

-- CreateIndex
CREATE INDEX "InterviewSlot_startsAt_idx" ON "InterviewSlot"("startsAt");
