-- CreateIndex
CREATE INDEX "Funding_platformId_idx" ON "Funding"("platformId");

-- CreateIndex
CREATE INDEX "Funding_actionId_idx" ON "Funding"("actionId");

-- CreateIndex
CREATE INDEX "Action_reportYears_idx" ON "Action" USING GIN ("reportYears");

-- CreateIndex
CREATE INDEX "Action_audiences_idx" ON "Action" USING GIN ("audiences");

-- CreateIndex
CREATE INDEX "Meeting_instanceId_idx" ON "Meeting"("instanceId");

-- CreateIndex
CREATE INDEX "Meeting_campusId_idx" ON "Meeting"("campusId");
