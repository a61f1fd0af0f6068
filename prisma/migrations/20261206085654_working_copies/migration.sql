-- CreateTable
CREATE TABLE "WorkingCopy" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    "recordKey" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "baseVersion" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkingCopy_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WorkingCopy_userId_form_recordKey_key" ON "WorkingCopy"("userId", "form", "recordKey");

-- AddForeignKey
ALTER TABLE "WorkingCopy" ADD CONSTRAINT "WorkingCopy_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
